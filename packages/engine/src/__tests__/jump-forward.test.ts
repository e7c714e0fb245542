import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog, pageNames, themeNames } from '@uidsl/dsl';
import { createEngine } from '../engine.ts';
import { initialState, feedText } from '../automaton/automaton.ts';
import { documentGrammar } from '../grammar/build.ts';
import { planJump } from '../decoding/jump-forward.ts';
import { decodeTokens } from '../tokenizer/token-table.ts';
import { loadTokenizer } from '../tokenizer/load.ts';
import { PROMPTS, modelDir, noModel, outputOf } from './helpers/model.ts';

const docs = pageNames.map((name, i) =>
  JSON.stringify({ page: { name, theme: themeNames[i % themeNames.length], layout: { grid: 12, gutter: 16, padding: 12, bg: '#1A2B3C' }, sections: catalog.pages[name as keyof typeof catalog.pages].layout } }),
);

test('forced pieces cut at pre-token boundaries tokenize exactly as inside the whole document', { skip: noModel }, async () => {
  const config = JSON.parse(readFileSync(join(modelDir, 'config.json'), 'utf8'));
  const tok = await loadTokenizer(modelDir, config, config.vocab_size);
  let jumps = 0;
  for (const doc of docs) {
    const whole = tok.encodePiece(doc);
    assert.equal(decodeTokens(tok.table, whole), doc, 'the token table writes the text back');
    // Walk the document, jumping wherever the engine would, and tokenize the rest piece by piece.
    const ids: number[] = [];
    let at = 0;
    let state = initialState(documentGrammar());
    while (at < doc.length) {
      const jump = planJump(state, at ? doc[at - 1] : undefined, tok);
      let piece: string;
      if (jump) {
        assert.ok(doc.startsWith(jump.text, at), `jump text ${jump.text} is what the document says at ${at}`);
        piece = jump.text;
        ids.push(...jump.ids);
        jumps++;
      } else {
        // The free run up to the next forced stretch: one pre-token class at a time.
        const punct = /[{}[\]:,"]/.test(doc[at]!);
        let end = at + 1;
        while (end < doc.length && /[{}[\]:,"]/.test(doc[end]!) === punct) end++;
        piece = doc.slice(at, end);
        ids.push(...tok.encodePiece(piece));
      }
      state = feedText(state, piece)!;
      assert.ok(state, `the document stays valid through ${at}`);
      at += piece.length;
    }
    assert.deepEqual(ids, whole, doc);
  }
  assert.ok(jumps > docs.length * 5, `jump-forward found forced text (${jumps} jumps)`);
});

test('jump-forward gives the same documents as plain constrained greedy, in fewer decoder calls', { skip: noModel }, async () => {
  const opts = { modelDir, fallback: false, maxNewTokens: 160, threads: 1, warmup: false, timeoutMs: 600_000, log: () => {} };
  const [jf, plain] = await Promise.all([createEngine({ ...opts, jumpForward: true }), createEngine({ ...opts, jumpForward: false })]);
  try {
    for (const prompt of PROMPTS) {
      const a = await jf.generate(prompt).catch((e) => e);
      const b = await plain.generate(prompt).catch((e) => e);
      assert.equal(outputOf(a), outputOf(b), prompt);
      if (a.timings && b.timings) assert.ok(a.timings.decoderCalls <= b.timings.decoderCalls, `${a.timings.decoderCalls} <= ${b.timings.decoderCalls}`);
    }
  } finally {
    await Promise.all([jf.close(), plain.close()]);
  }
});
