/**
 * How much jump-forward saves on gold documents, with no model and no timing: the decoder calls needed
 * by a model that writes each document exactly, against one call per token, plus the automaton's own
 * cost per document.
 *
 *   npx tsx packages/engine/bench/forced-tokens.ts [--split out/ds/test.jsonl] [--n 300] [--model DIR]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { initialState, isComplete, type State } from '../src/automaton/automaton.ts';
import { advance, lastChar } from '../src/decoding/advance.ts';
import { planJump, type Jump } from '../src/decoding/jump-forward.ts';
import { documentGrammar } from '../src/grammar/build.ts';
import { defaultModelDir } from '../src/model/files.ts';
import { loadTokenizer } from '../src/tokenizer/load.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const { values: a } = parseArgs({ options: { split: { type: 'string' }, n: { type: 'string', default: '300' }, model: { type: 'string' } } });
const dir = resolve(a.model ?? process.env.UIDSL_MODEL_DIR ?? defaultModelDir);
const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
const tok = await loadTokenizer(dir, config, config.vocab_size);
const docs = readFileSync(a.split ?? join(REPO, 'out', 'ds', 'test.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, Number(a.n))
  .map((l) => JSON.parse(l).output_json_minified as string);

let tokens = 0;
let calls = 0;
let forced = 0;
let automatonMs = 0;
for (const doc of docs) {
  const ids = tok.encodePiece(doc);
  tokens += ids.length;
  const t = performance.now();
  let s: State = initialState(documentGrammar());
  let i = 0;
  const take = (jump: Jump) => {
    for (const id of jump.ids) if (ids[i++] !== id) throw new Error(`jump-forward disagrees with the tokenizer in ${doc}`);
    s = jump.states.at(-1)!;
    forced += jump.ids.length;
  };
  // The engine's loop: one decoder call per chosen token; the forced text after it rides along.
  calls++;
  const opening = planJump(s, undefined, tok);
  if (opening) take(opening);
  while (i < ids.length) {
    const id = ids[i++]!;
    const next = advance(tok.table, s, id);
    if (!next) throw new Error(`the automaton refuses ${doc}`);
    s = next;
    if (isComplete(s)) break;
    const jump = planJump(s, lastChar(tok.table, id), tok);
    if (jump && isComplete(jump.states.at(-1)!)) {
      forced += jump.ids.length;
      break;
    }
    calls++;
    if (jump) take(jump);
  }
  automatonMs += performance.now() - t;
}
const per = (x: number) => Math.round((x / docs.length) * 10) / 10;
console.log(JSON.stringify({ documents: docs.length, tokens_per_doc: per(tokens), forced_tokens_per_doc: per(forced), decoder_calls_per_doc: { jump_forward: per(calls), token_by_token: per(tokens) }, automaton_ms_per_doc: per(automatonMs) }, null, 1));
