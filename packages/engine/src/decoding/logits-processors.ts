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

/**
 * Forbids a token that would make a run of `max + 1` identical tokens. A small model decoding greedily
 * can fall into writing one character for ever; inside a string the grammar allows it until the length
 * cap, and the document is lost. No text a page shows repeats one token that often, and the structure
 * the grammar forces never does.
 */
export function tokenRunLimit(max: number): LogitsProcessor {
  return (row, generated) => {
    const n = generated.length;
    if (n < max) return;
    const last = generated[n - 1]!;
    for (let i = n - max; i < n - 1; i++) if (generated[i] !== last) return;
    row[last] = -Infinity;
  };
}

/** The run limit the engine applies under constraints (see tokenRunLimit). */
export const MAX_TOKEN_RUN = 8;

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
