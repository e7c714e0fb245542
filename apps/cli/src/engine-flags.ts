import type { EngineOptions } from '@uidsl/engine';

/** The engine flags `generate` and `eval` share, for node:util parseArgs. */
export const engineFlagSpec = {
  model: { type: 'string' },
  device: { type: 'string' },
  threads: { type: 'string' },
  precision: { type: 'string' },
  beams: { type: 'string' },
  'max-new-tokens': { type: 'string' },
  timeout: { type: 'string' },
  'no-constraints': { type: 'boolean' },
  'no-jump-forward': { type: 'boolean' },
  'no-copy': { type: 'boolean' },
  'no-draft': { type: 'boolean' },
  'no-fallback': { type: 'boolean' },
  fallback: { type: 'boolean' },
} as const;

export const engineFlagHelp = `engine options:
  --model DIR          model directory (default $UIDSL_MODEL_DIR, else data/models/default)
  --device D           cpu, cuda, webgpu or auto (default $UIDSL_DEVICE, else cpu)
  --threads N          ONNX Runtime threads (default 1; 0 lets ONNX Runtime choose)
  --precision P        fp32 or q8 (the int8 files)
  --beams N            beam search width (default 1: greedy)
  --max-new-tokens N   output length cap (default 512)
  --timeout MS         per-request limit (default 10000)
  --no-constraints     decode freely (the output may be invalid)
  --no-jump-forward    choose every token from the model, even forced ones
  --no-copy            let free text (titles, labels) be anything, not only spans of the description
  --no-draft           do not verify the rule-based answer ahead as a draft (same output, more decoder calls)
`;

function int(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number >= ${min}; got "${v}"`);
  return n;
}

/** Engine options from parsed flags; `fallbackDefault` is what applies when neither --fallback nor --no-fallback is given. */
export function engineOptions(v: Record<string, string | boolean | undefined>, fallbackDefault: boolean): EngineOptions {
  const precision = v.precision as string | undefined;
  if (precision !== undefined && precision !== 'fp32' && precision !== 'q8') throw new Error(`--precision must be fp32 or q8; got "${precision}"`);
  const device = v.device as string | undefined;
  if (device !== undefined && !['cpu', 'cuda', 'webgpu', 'auto'].includes(device)) throw new Error(`--device must be cpu, cuda, webgpu or auto; got "${device}"`);
  return {
    modelDir: v.model as string | undefined,
    device: device as EngineOptions['device'],
    threads: int('threads', v.threads as string | undefined, 0),
    precision: precision as EngineOptions['precision'],
    beams: int('beams', v.beams as string | undefined, 1),
    maxNewTokens: int('max-new-tokens', v['max-new-tokens'] as string | undefined, 1),
    timeoutMs: int('timeout', v.timeout as string | undefined, 1),
    constrained: !v['no-constraints'],
    jumpForward: !v['no-jump-forward'],
    copyConstrained: !v['no-copy'],
    draft: !v['no-draft'],
    fallback: v['no-fallback'] ? false : v.fallback ? true : fallbackDefault,
  };
}
