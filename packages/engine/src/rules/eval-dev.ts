/**
 * Runs the rule-based generator over a JSONL file of instructions.
 *
 *   npx tsx packages/engine/src/rules/eval-dev.ts IN.jsonl OUT.jsonl
 *
 * IN lines: {"id", "instruction"} (the dev set), or dataset records with "output_json_minified".
 * OUT lines: {"id", "output", "method": "rules", "ms"}, the RESULTS format of shared/eval/score.mjs.
 * For dataset records it also prints exact match against "output_json_minified" and writes the
 * disagreements to OUT with ".diff.jsonl" in place of ".jsonl".
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { minify } from '@uidsl/dsl';
import { rulesGenerate } from './index.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: eval-dev.ts IN.jsonl OUT.jsonl');
  process.exit(2);
}

const out = createWriteStream(output);
const diffs = createWriteStream(output.replace(/(\.jsonl)?$/, '.diff.jsonl'));
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ format: 'rules {bar} {value} lines | {rate}/s | eta {eta}s', stream: process.stderr }, cliProgress.Presets.shades_classic)
  : undefined;
bar?.start(0, 0, { rate: 0 });

let n = 0;
let withGold = 0;
let exact = 0;
let bad = 0;
let totalMs = 0;
const started = performance.now();
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  let rec: { id?: unknown; instruction?: unknown; output_json_minified?: unknown };
  try {
    rec = JSON.parse(line);
  } catch {
    bad++;
    continue;
  }
  const t0 = performance.now();
  const doc = rulesGenerate(String(rec.instruction ?? ''));
  const ms = performance.now() - t0;
  totalMs += ms;
  n++;
  out.write(JSON.stringify({ id: rec.id, output: doc, method: 'rules', ms: Math.round(ms * 1000) / 1000 }) + '\n');
  if (typeof rec.output_json_minified === 'string') {
    withGold++;
    const got = minify(doc);
    if (got === rec.output_json_minified) exact++;
    else diffs.write(JSON.stringify({ id: rec.id, instruction: rec.instruction, want: rec.output_json_minified, got }) + '\n');
  }
  if (bar) {
    bar.setTotal(n);
    bar.update(n, { rate: Math.round(n / ((performance.now() - started) / 1000)) });
  } else if (n % 10000 === 0) console.error(`rules: ${n} lines, ${Math.round(n / ((performance.now() - started) / 1000))}/s`);
}
bar?.stop();
out.end();
diffs.end();
const summary = {
  lines: n,
  unreadable: bad,
  mean_ms: n ? Math.round((totalMs / n) * 1000) / 1000 : 0,
  ...(withGold ? { exact_match: exact / withGold, exact, with_gold: withGold } : {}),
};
console.log(JSON.stringify(summary));
