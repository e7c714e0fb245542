import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../engine.ts';
import { PROMPTS, modelDir, noModel } from './helpers/model.ts';

test('a batch gives each instruction the document it gets alone', { skip: noModel }, async () => {
  // With fallback on every instruction gets a document; the method says whose it is.
  const engine = await createEngine({ modelDir, maxNewTokens: 160, threads: 1, warmup: false, timeoutMs: 600_000, log: () => {} });
  try {
    const batch = await engine.generateBatch(PROMPTS);
    assert.equal(batch.length, PROMPTS.length);
    for (const [i, prompt] of PROMPTS.entries()) {
      const alone = await engine.generate(prompt);
      assert.equal(batch[i]!.method, alone.method, prompt);
      assert.deepEqual(batch[i]!.doc, alone.doc, prompt);
    }
  } finally {
    await engine.close();
  }
});
