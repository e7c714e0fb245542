import { requestedDevice, type DeviceRequest } from './devices.ts';
import type { Precision } from './model/files.ts';

export interface EngineOptions {
  /** Model directory in the Transformers.js export layout; default UIDSL_MODEL_DIR, then data/models/default. */
  modelDir?: string;
  /** cpu (default), cuda, webgpu or auto; default UIDSL_DEVICE. */
  device?: DeviceRequest;
  /**
   * Intra-op threads; default UIDSL_THREADS, else 1: one decoder step of a model this size is too small to
   * split across cores (2 threads measured slower), and the server keeps a core for everything else.
   * 0 lets ONNX Runtime choose.
   */
  threads?: number;
  /** Keep every output inside the schema (default true). */
  constrained?: boolean;
  /**
   * Under constraints, free text (titles, labels, button text) must be a span of the description or a
   * string the catalog puts in documents, which is all the training data ever holds (default true).
   */
  copyConstrained?: boolean;
  /** Feed text the schema forces without choosing it token by token (default true). */
  jumpForward?: boolean;
  /**
   * Speculative decoding: the rule-based answer for the same prompt is fed ahead as a draft and
   * verified in the same decoder call, so tokens the model agrees with cost no call of their own. The
   * output is unchanged; only the number of decoder calls falls (default true; greedy only).
   */
  draft?: boolean;
  /** Answer with the rule-based generator when the model fails (default true). */
  fallback?: boolean;
  /** Per-request limit (default 10000 ms; UIDSL_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Output length cap in tokens (default 512). */
  maxNewTokens?: number;
  /**
   * With fallback on, a model answer whose per-token confidence (geometric mean of the probabilities
   * the model gave its own tokens) is below this is replaced by the rule-based one: a valid document
   * the model was unsure of is more often wrong than the rules. 0 trusts every valid answer.
   * Default UIDSL_MIN_CONFIDENCE, else DEFAULT_MIN_CONFIDENCE.
   */
  minConfidence?: number;
  /** Beam width; 1 is greedy (default). */
  beams?: number;
  /**
   * Requests that arrive while the model is busy are decoded together, up to this many in one batch
   * (greedy only; default UIDSL_MAX_BATCH, else DEFAULT_MAX_BATCH, 1: every request on its own). A
   * request that finds the model idle runs alone, with jump-forward and its draft.
   */
  maxBatch?: number;
  /** fp32 or q8 (the *_quantized.onnx files); default UIDSL_PRECISION, else fp32. */
  precision?: Precision;
  /** Where log lines go (default: stderr, prefixed "[engine]"). */
  log?: (line: string) => void;
  /** Skip the warm-up generation at start. */
  warmup?: boolean;
}

export type ResolvedOptions = Required<Omit<EngineOptions, 'modelDir'>> & { modelDir: string | undefined };

/** Chosen on the shipped model's validation split: see docs/engine.md, "Confidence gate". */
export const DEFAULT_MIN_CONFIDENCE = 0.9995;
/**
 * One request at a time: each then decodes with its draft and jump-forward, which a batch cannot, and on
 * the CPU that is faster than batching (64 concurrent calls: 9.8-14.1 against 5.5-7.0 documents/s,
 * docs/engine.md "Batching requests that wait").
 */
export const DEFAULT_MAX_BATCH = 1;

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

export function resolveOptions(o: EngineOptions, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  const precision = o.precision ?? (env.UIDSL_PRECISION as Precision | undefined) ?? 'fp32';
  if (precision !== 'fp32' && precision !== 'q8') throw new Error(`unknown precision "${precision}"; use fp32 or q8`);
  return {
    modelDir: o.modelDir,
    device: requestedDevice(o.device, env),
    threads: o.threads ?? num(env.UIDSL_THREADS) ?? 1,
    constrained: o.constrained ?? true,
    copyConstrained: o.copyConstrained ?? true,
    jumpForward: o.jumpForward ?? true,
    draft: o.draft ?? true,
    fallback: o.fallback ?? true,
    timeoutMs: o.timeoutMs ?? num(env.UIDSL_TIMEOUT_MS) ?? 10_000,
    maxNewTokens: o.maxNewTokens ?? 512,
    minConfidence: o.minConfidence ?? num(env.UIDSL_MIN_CONFIDENCE) ?? DEFAULT_MIN_CONFIDENCE,
    beams: Math.max(1, o.beams ?? 1),
    maxBatch: Math.max(1, Math.floor(o.maxBatch ?? num(env.UIDSL_MAX_BATCH) ?? DEFAULT_MAX_BATCH)),
    precision,
    log: o.log ?? ((line) => process.stderr.write(`[engine] ${line}\n`)),
    warmup: o.warmup ?? true,
  };
}
