import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../engine.ts';
import type { DecodeContext } from '../decoding/context.ts';
import { lookup, newDraft, planDraft } from '../decoding/draft.ts';
import { greedy } from '../decoding/greedy.ts';
import { initialState, feedText, isComplete } from '../automaton/automaton.ts';
import { decodeTokens } from '../tokenizer/token-table.ts';
import { documentGrammar } from '../grammar/build.ts';
import { loadTokenizer } from '../tokenizer/load.ts';
import { rulesGenerate } from '../rules/index.ts';
import { PROMPTS, modelDir, noModel, outputOf } from './helpers/model.ts';
import { scriptedContext } from './helpers/scripted.ts';

test('lookup finds where the output ends in the draft, forward of the cursor first', () => {
  const d = newDraft([5, 6, 7, 5, 6, 8, 9]);
  assert.equal(lookup(d, [1, 5, 6]), 2, 'the first place "5 6" ends');
  d.cursor = 3;
  assert.equal(lookup(d, [1, 5, 6]), 5, 'after the cursor, the later "5 6"');
  assert.equal(lookup(d, [6, 8]), 6, 'the longest run wins');
  assert.equal(lookup(d, [4, 4]), -1, 'a token the draft never holds matches nowhere');
  d.cursor = 6;
  assert.equal(lookup(d, [5]), -1, 'a single token is looked up forward only');
  assert.equal(lookup(d, [7, 5, 6]), 5, 'three tokens are looked up behind the cursor too');
});

test('planDraft proposes what follows, at most max tokens, nothing past the draft end', () => {
  const d = newDraft([5, 6, 7, 8, 9]);
  assert.deepEqual(planDraft(d, [5, 6], null, null as never, 2).ids, [7, 8]);
  assert.equal(d.cursor, 2, 'the cursor moves to the match');
  assert.deepEqual(planDraft(d, [8], null, null as never, 10).ids, [9]);
  assert.deepEqual(planDraft(d, [9], null, null as never, 10).ids, [], 'at the draft end there is nothing to guess');
  assert.deepEqual(planDraft(d, [], null, null as never, 10).ids, [], 'an empty output matches nothing');
});

test('planDraft stops where the grammar refuses the draft, and at a complete document', { skip: noModel }, async () => {
  const config = JSON.parse(readFileSync(join(modelDir, 'config.json'), 'utf8'));
  const tok = await loadTokenizer(modelDir, config, config.vocab_size);
  const doc = JSON.stringify(rulesGenerate('深蓝色的购物车页面，商品列表加结算按钮'));
  const head = '{"page":{"name":"';
  const out = tok.encodeText(head);
  const state = feedText(initialState(documentGrammar()), head)!;
  const whole = planDraft(newDraft(tok.encodeText(doc)), out, state, tok.table, 1000);
  assert.match(doc, /"name":"cart_page"/);
  assert.equal(head + decodeTokens(tok.table, whole.ids), doc, 'a valid draft is proposed to its end');
  assert.ok(isComplete(whole.states.at(-1)!), 'the last state is the complete document');
  // A draft that says another page type than the grammar allows (an override) is cut where it turns wrong.
  const cart = feedText(initialState(documentGrammar({ pageType: 'home_page' })), head)!;
  const cut = planDraft(newDraft(tok.encodeText(doc)), out, cart, tok.table, 1000);
  assert.ok(cut.ids.length < whole.ids.length, 'cut short');
  const written = head + decodeTokens(tok.table, cut.ids);
  assert.ok('{"page":{"name":"home_page"'.startsWith(written), `only what home_page allows: ${written}`);
});

// A scripted decoder whose next token depends on the whole sequence fed so far, with a real cache
// (the sequence) that truncate cuts back, so verification and rollback run as on the model.
// Ids: 0 start, 1 end-of-sequence, 2.. text.
const V = 12;
const ANSWER = [2, 3, 4, 5, 6, 7, 8, 9];

function answering(draft: number[] | null, giveUpBelow = 0, unsureAt = -1): DecodeContext {
  const model = {
    async decode(_enc: unknown, tokens: number[][], cache: { seq: number[]; length: number } | null) {
      const seq = [...(cache?.seq ?? []), ...tokens[0]!];
      const fed = tokens[0]!.length;
      const logits = new Float32Array(fed * V).fill(-20);
      for (let i = 0; i < fed; i++) {
        const written = seq.length - fed + i; // tokens after the start token, up to and including this one
        const next = ANSWER[written] ?? 1;
        // Sure of every token but one, where the runner-up is close: confidence drops there.
        logits[i * V + next] = written === unsureAt ? 0.01 : 10;
        if (written === unsureAt) logits[i * V + 10] = logits[i * V + 11] = 0;
      }
      return { logits, n: fed, cache: { seq, length: seq.length } };
    },
    truncate: (cache: { seq: number[] }, keep: number) => ({ seq: cache.seq.slice(0, keep), length: keep }),
  };
  return scriptedContext(model, V, { maxNewTokens: 20, draft: draft ? newDraft(draft) : null, giveUpBelow });
}

test('a right draft is kept in one call; a wrong one is rolled back to what greedy writes', async () => {
  const plain = await greedy(answering(null), { rows: 1 } as never);
  assert.deepEqual(plain.ids, ANSWER);
  assert.equal(plain.decoderCalls, ANSWER.length + 1);

  const right = await greedy(answering(ANSWER), { rows: 1 } as never);
  assert.deepEqual(right.ids, ANSWER);
  assert.ok(right.decoderCalls <= 3, `${right.decoderCalls} calls`);
  assert.equal(right.rolledBack, 0);
  assert.ok(right.drafted >= ANSWER.length - 2);

  // The draft goes wrong after 4: the model's 5 wins, the rest of the draft is cut from the cache,
  // and the lookup finds its way back when the output meets the draft again (7 8 9).
  const wrong = await greedy(answering([2, 3, 4, 10, 10, 6, 7, 8, 9]), { rows: 1 } as never);
  assert.deepEqual(wrong.ids, ANSWER);
  assert.ok(wrong.rolledBack > 0);
  assert.ok(wrong.decoderCalls < plain.decoderCalls, `${wrong.decoderCalls} < ${plain.decoderCalls}`);
  assert.equal(wrong.logProb.toFixed(6), plain.logProb.toFixed(6), 'the same tokens scored the same');
  assert.equal(wrong.scored, plain.scored);
});

test('the confidence gate gives up at the same token with a draft as without', async () => {
  const plain = await greedy(answering(null, 0.9, 2), { rows: 1 } as never);
  const drafted = await greedy(answering(ANSWER, 0.9, 2), { rows: 1 } as never);
  assert.equal(plain.finished, false, 'plain greedy gives up');
  assert.equal(drafted.finished, false);
  assert.equal(drafted.scored, plain.scored, 'scored up to the same token');
  assert.deepEqual(drafted.ids, plain.ids);
});

test('drafting gives the same documents as plain greedy, constrained or not, in fewer decoder calls', { skip: noModel }, async () => {
  const opts = { modelDir, maxNewTokens: 160, threads: 1, warmup: false, timeoutMs: 600_000, log: () => {} };
  for (const variant of [{ fallback: false }, { fallback: true }, { fallback: false, constrained: false }]) {
    const [d, plain] = await Promise.all([createEngine({ ...opts, ...variant, draft: true }), createEngine({ ...opts, ...variant, draft: false })]);
    try {
      let calls = 0;
      let plainCalls = 0;
      // The last run fixes the theme and page type: the draft is made under the same overrides.
      const runs = [...PROMPTS.map((p) => [p, {}] as const), [PROMPTS[0]!, { theme: 'ocean-blue', pageType: 'search_page' }] as const];
      for (const [prompt, over] of runs) {
        const a = await d.generate(prompt, over).catch((e) => e);
        const b = await plain.generate(prompt, over).catch((e) => e);
        assert.equal(outputOf(a), outputOf(b), `${JSON.stringify(variant)} ${prompt}`);
        assert.equal(a.method, b.method);
        calls += a.timings?.decoderCalls ?? 0;
        plainCalls += b.timings?.decoderCalls ?? 0;
      }
      assert.ok(calls < plainCalls, `${JSON.stringify(variant)}: ${calls} < ${plainCalls} decoder calls`);
    } finally {
      await Promise.all([d.close(), plain.close()]);
    }
  }
});
