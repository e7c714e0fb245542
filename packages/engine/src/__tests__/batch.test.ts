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

test('requests that arrive while the model is busy are decoded together, each as it would be alone', { skip: noModel }, async () => {
  const opts = { modelDir, maxNewTokens: 160, threads: 1, warmup: false, timeoutMs: 600_000, fallback: false, minConfidence: 0, log: () => {} };
  const batching = await createEngine({ ...opts, maxBatch: 4 });
  const alone = await createEngine({ ...opts, maxBatch: 1 });
  try {
    const together = await Promise.all(PROMPTS.map((p) => batching.generate(p)));
    // All six arrive before the model starts: a batch of 4, then the 2 that waited for it.
    assert.equal(PROMPTS.length, 6);
    assert.deepEqual(together.map((r) => r.timings?.batch), [4, 4, 4, 4, 2, 2]);
    const single = await batching.generate(PROMPTS[0]!);
    assert.equal(single.timings?.batch, undefined, 'a request that finds the model idle runs alone, with jump-forward');
    assert.ok(single.timings!.jumped! > 0);
    for (const [i, prompt] of PROMPTS.entries()) {
      const one = await alone.generate(prompt);
      assert.equal(one.timings?.batch, undefined);
      assert.deepEqual(together[i]!.doc, one.doc, prompt);
    }
  } finally {
    await Promise.all([batching.close(), alone.close()]);
  }
});

test('a request cancelled while it waits fails alone; the rest of its batch is answered, each with its own overrides', { skip: noModel }, async () => {
  const engine = await createEngine({ modelDir, maxBatch: 4, maxNewTokens: 160, threads: 1, warmup: false, timeoutMs: 600_000, fallback: false, minConfidence: 0, log: () => {} });
  type Result = Awaited<ReturnType<typeof engine.generate>>;
  try {
    const gone = new AbortController();
    const pending = [
      engine.generate(PROMPTS[0]!),
      engine.generate(PROMPTS[1]!, { signal: gone.signal }),
      engine.generate(PROMPTS[2]!),
      engine.generate(PROMPTS[3]!, { theme: 'ocean-blue', pageType: 'search_page' }),
    ];
    gone.abort();
    const [first, cancelled, third, fixed] = await Promise.allSettled(pending);
    assert.equal(cancelled!.status, 'rejected');
    assert.equal((cancelled as PromiseRejectedResult).reason.code, 'ENGINE_ABORTED');
    for (const r of [first, third, fixed]) {
      assert.equal(r!.status, 'fulfilled');
      assert.equal((r as PromiseFulfilledResult<Result>).value.timings?.batch, 4);
    }
    const page = (fixed as PromiseFulfilledResult<Result>).value.doc.page;
    assert.deepEqual([page.theme, page.name], ['ocean-blue', 'search_page']);
  } finally {
    await engine.close();
  }
});
