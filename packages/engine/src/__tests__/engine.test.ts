import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '@uidsl/dsl';
import { createEngine } from '../engine.ts';
import { EngineError } from '../errors.ts';
import { PROMPTS, modelDir, noModel } from './helpers/model.ts';

// Deadlines are tested on their own; elsewhere a busy machine must not turn into a timeout.
const quiet = { log: () => {}, warmup: false, threads: 1, timeoutMs: 600_000 };
const prompt = PROMPTS[0]!;

test('with constraints on, every model answer is a valid document and says it came from the model', { skip: noModel }, async () => {
  const engine = await createEngine({ modelDir, fallback: false, maxNewTokens: 512, ...quiet });
  try {
    for (const p of PROMPTS.slice(0, 3)) {
      // Constrained decoding cannot write an invalid document; only the length cap can stop it short.
      const r = await engine.generate(p).catch((e: EngineError) => e);
      if (r instanceof EngineError) assert.match(r.message, /token limit/);
      else {
        assert.equal(r.method, 'model');
        assert.ok(validate(r.doc).valid);
        assert.ok(r.timings!.decode! > 0 && r.ms >= r.timings!.decode!);
      }
    }
  } finally {
    await engine.close();
  }
});

test('beam search also stays inside the schema', { skip: noModel }, async () => {
  const engine = await createEngine({ modelDir, fallback: false, beams: 2, maxNewTokens: 512, ...quiet });
  try {
    const r = await engine.generate(prompt).catch((e: EngineError) => e);
    if (r instanceof EngineError) assert.match(r.message, /token limit/);
    else assert.ok(validate(r.doc).valid && r.method === 'model');
  } finally {
    await engine.close();
  }
});

test('a model failure falls back to the rules with a warning, or is reported with --no-fallback', { skip: noModel }, async () => {
  // Three tokens cannot hold a document: the model always fails here.
  const withRules = await createEngine({ modelDir, maxNewTokens: 3, ...quiet });
  const strict = await createEngine({ modelDir, maxNewTokens: 3, fallback: false, ...quiet });
  try {
    const r = await withRules.generate(prompt);
    assert.equal(r.method, 'rules');
    assert.ok(validate(r.doc).valid);
    assert.match(r.warnings![0]!, /token limit.*rule-based/);
    await assert.rejects(strict.generate(prompt), (e: EngineError) => e.code === 'ENGINE_INVALID_OUTPUT' && e.status === 502 && typeof e.output === 'string');
  } finally {
    await Promise.all([withRules.close(), strict.close()]);
  }
});

test('explicit theme and page type win, from the model and from the rules', { skip: noModel }, async () => {
  const engine = await createEngine({ modelDir, maxNewTokens: 512, ...quiet });
  const rulesOnly = await createEngine({ modelDir, maxNewTokens: 3, ...quiet });
  try {
    for (const e of [engine, rulesOnly]) {
      const r = await e.generate(prompt, { theme: 'sunset-orange', pageType: 'order_page' });
      assert.equal(r.doc.page.theme, 'sunset-orange');
      assert.equal(r.doc.page.name, 'order_page');
    }
  } finally {
    await Promise.all([engine.close(), rulesOnly.close()]);
  }
});

test('timeouts fall back to the rules, or fail with ENGINE_TIMEOUT; a cancelled request always fails', { skip: noModel }, async () => {
  const engine = await createEngine({ modelDir, ...quiet });
  const strict = await createEngine({ modelDir, fallback: false, ...quiet });
  try {
    const r = await engine.generate(prompt, { timeoutMs: 1 });
    assert.equal(r.method, 'rules');
    assert.match(r.warnings![0]!, /ran out of time/);
    await assert.rejects(strict.generate(prompt, { timeoutMs: 1 }), (e: EngineError) => e.code === 'ENGINE_TIMEOUT' && e.status === 504);
    const controller = new AbortController();
    const pending = engine.generate(prompt, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (e: EngineError) => e.code === 'ENGINE_ABORTED');
  } finally {
    await Promise.all([engine.close(), strict.close()]);
  }
});

test('bad instructions are refused with ENGINE_BAD_INPUT', { skip: noModel }, async () => {
  const engine = await createEngine({ modelDir, ...quiet });
  try {
    for (const bad of ['', '   ', 'x'.repeat(2001), 42 as unknown as string]) {
      await assert.rejects(engine.generate(bad), (e: EngineError) => e.code === 'ENGINE_BAD_INPUT' && e.status === 400);
    }
    await assert.rejects(engine.generateBatch(['首页', '']), (e: EngineError) => e.code === 'ENGINE_BAD_INPUT');
  } finally {
    await engine.close();
  }
});

test('without a model the engine answers with the rules, or refuses to start with fallback off', async () => {
  const missing = '/nonexistent/uidsl-model';
  const engine = await createEngine({ modelDir: missing, ...quiet });
  assert.equal(engine.info().ready, false);
  const r = await engine.generate(prompt);
  assert.equal(r.method, 'rules');
  assert.ok(validate(r.doc).valid);
  await assert.rejects(createEngine({ modelDir: missing, fallback: false, ...quiet }), (e: EngineError) => e.code === 'ENGINE_MODEL_NOT_FOUND');
  await engine.close();
  await assert.rejects(engine.generate(prompt), (e: EngineError) => e.code === 'ENGINE_CLOSED');
});

test('the confidence gate: an answer the model is unsure of goes to the rules; 0 trusts every valid answer', { skip: noModel }, async () => {
  // maxNewTokens keeps the ungated run short; the gated run gives up early on its own.
  const strict = await createEngine({ modelDir, minConfidence: 1, maxNewTokens: 64, ...quiet });
  const trusting = await createEngine({ modelDir, minConfidence: 0, fallback: true, maxNewTokens: 64, ...quiet });
  try {
    const gated = await strict.generate(prompt);
    assert.equal(gated.method, 'rules');
    assert.match(gated.warnings![0]!, /confidence/);
    assert.ok(gated.timings!.confidence! > 0 && gated.timings!.confidence! < 1);
    const r = await trusting.generate(prompt);
    // With the gate off, only a failure (here: the length cap) can send the answer to the rules.
    if (r.method === 'rules') assert.match(r.warnings![0]!, /token limit/);
    else assert.ok(validate(r.doc).valid);
  } finally {
    await strict.close();
    await trusting.close();
  }
});
