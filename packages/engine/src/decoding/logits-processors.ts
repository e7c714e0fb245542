/**
 * Logits processors, chosen from generation_config.json the way Transformers.js does, so plain greedy
 * here picks what its generate() picks. Each edits one row of logits in place.
 */
export type LogitsProcessor = (row: Float32Array, generated: readonly number[]) => void;

type Factory = (value: any, config: Record<string, any>) => LogitsProcessor | null;

function repetitionPenalty(penalty: number): LogitsProcessor | null {
  if (!penalty || penalty === 1) return null;
  return (row, generated) => {
    for (const id of new Set(generated)) row[id] = row[id]! < 0 ? row[id]! * penalty : row[id]! / penalty;
  };
}

function noRepeatNgram(n: number): LogitsProcessor | null {
  if (!n || n < 1) return null;
  return (row, generated) => {
    if (generated.length + 1 < n) return;
    const prefix = generated.slice(generated.length - n + 1).join(',');
    for (let i = 0; i + n <= generated.length; i++) {
      if (generated.slice(i, i + n - 1).join(',') === prefix) row[generated[i + n - 1]!] = -Infinity;
    }
  };
}

function minNewTokens(min: number, config: Record<string, any>): LogitsProcessor | null {
  const eos = config.eos_token_id;
  if (!min || typeof eos !== 'number') return null;
  return (row, generated) => {
    if (generated.length < min) row[eos] = -Infinity;
  };
}

const registry: Record<string, Factory> = {
  repetition_penalty: repetitionPenalty,
  no_repeat_ngram_size: noRepeatNgram,
  min_new_tokens: minNewTokens,
};

export function processorsFor(generationConfig: Record<string, any>): LogitsProcessor[] {
  return Object.entries(registry)
    .map(([key, make]) => (generationConfig[key] === undefined ? null : make(generationConfig[key], generationConfig)))
    .filter((p): p is LogitsProcessor => p !== null);
}
