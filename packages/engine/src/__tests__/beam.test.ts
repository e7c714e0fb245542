import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beamSearch } from '../decoding/beam.ts';
import type { DecodeContext } from '../decoding/context.ts';
import { scriptedContext } from './helpers/scripted.ts';

// A scripted decoder: the next-token distribution depends only on the last token fed.
// Ids: 0 start, 1 end-of-sequence, 2 A, 3 B, 4 C.
const V = 5;
const NEXT: Record<number, Record<number, number>> = {
  0: { 1: 0.35, 2: 0.33, 3: 0.32 }, // ending at once is the single likeliest step...
  2: { 1: 0.05, 4: 0.95 }, // ...but A goes on to C almost surely,
  4: { 1: 0.99, 3: 0.01 }, // and C ends: "A C" beats the empty answer per token.
  3: { 1: 1 },
};

function nextTokenContext(): DecodeContext {
  const model = {
    async decode(_enc: unknown, tokens: number[][]) {
      const logits = new Float32Array(tokens.length * V).fill(-1e9);
      tokens.forEach((row, i) => {
        for (const [id, p] of Object.entries(NEXT[row.at(-1)!]!)) logits[i * V + Number(id)] = Math.log(p);
      });
      return { logits, n: 1, cache: { past: {}, length: 0 } };
    },
    selectCache: (cache: unknown) => cache,
    selectEncoded: (_enc: unknown, rows: number[]) => ({ rows: rows.length }),
  };
  return scriptedContext(model, V);
}

test('beam search keeps going while a live beam can still beat the finished ones', async () => {
  const gen = await beamSearch(nextTokenContext(), { rows: 1 } as never, 2);
  // Two hypotheses have finished after step 2 (the empty one, and "A" ending), but "A C" is still live
  // and better per token; stopping at two finished would have returned the empty answer.
  assert.deepEqual(gen.ids, [2, 4]);
  assert.equal(gen.finished, true);
});

test('width 1 is greedy', async () => {
  const gen = await beamSearch(nextTokenContext(), { rows: 1 } as never, 1);
  assert.deepEqual(gen.ids, []);
});
