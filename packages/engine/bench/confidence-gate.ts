/**
 * Chooses the confidence gate's threshold from data: runs the model alone (no gate, no fallback) and the
 * rule-based generator on the same records, then scores "the model when its confidence reaches t, else
 * the rules" for a range of t. Use the validation split, never the test split or the dev set, so the
 * numbers reported on those stay honest.
 *
 *   npx tsx packages/engine/bench/confidence-gate.ts --in out/ds3/val.jsonl [--limit 300] [--model DIR]
 *        [--out out/bench/confidence-gate.json]
 *
 * Prints a table (exact match of the combination, share answered by the model) and the threshold with
 * the best exact match; writes every record's confidence and correctness as JSON.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, defaultModelDir, EngineError, rulesGenerate } from '../src/index.ts';

const { values: a } = parseArgs({
  options: {
    in: { type: 'string' },
    limit: { type: 'string', default: '300' },
    model: { type: 'string' },
    out: { type: 'string', default: 'out/bench/confidence-gate.json' },
  },
});
if (!a.in) {
  process.stderr.write('usage: confidence-gate.ts --in SPLIT.jsonl [--limit N] [--model DIR] [--out FILE]\n');
  process.exit(2);
}

interface Row {
  id: string;
  confidence: number;
  modelExact: boolean;
  rulesExact: boolean;
}

const records = readFileSync(a.in, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, Number(a.limit))
  .map((l) => JSON.parse(l) as { id: string; instruction: string; output_json_minified: string });

const engine = await createEngine({ modelDir: resolve(a.model ?? process.env.UIDSL_MODEL_DIR ?? defaultModelDir), fallback: false, minConfidence: 0, timeoutMs: 60_000, log: () => {} });
const rows: Row[] = [];
for (const [i, rec] of records.entries()) {
  const expected = rec.output_json_minified;
  let confidence = 0;
  let modelExact = false;
  try {
    const r = await engine.generate(rec.instruction);
    confidence = r.timings?.confidence ?? 0;
    modelExact = JSON.stringify(r.doc) === expected;
  } catch (err) {
    // An invalid or unfinished answer scores as a miss at any threshold; its confidence still counts.
    if (!(err instanceof EngineError)) throw err;
    confidence = err.timings?.confidence ?? 0;
  }
  rows.push({ id: rec.id, confidence, modelExact, rulesExact: JSON.stringify(rulesGenerate(rec.instruction)) === expected });
  if ((i + 1) % 50 === 0) process.stderr.write(`${i + 1}/${records.length}\n`);
}
await engine.close();

const thresholds = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.96, 0.98, 0.99, 0.995, 0.997, 0.998, 0.999, 0.9995, 0.9998, 1.01];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const table = thresholds.map((t) => {
  const byModel = rows.filter((r) => r.confidence >= t);
  const exact = rows.filter((r) => (r.confidence >= t ? r.modelExact : r.rulesExact)).length / rows.length;
  return { threshold: t, exact, byModel: byModel.length / rows.length, modelExactWhenUsed: byModel.length ? byModel.filter((r) => r.modelExact).length / byModel.length : null };
});
// Ties go to the lower threshold: the model answers more for the same exact match.
const best = table.reduce((x, y) => (y.exact > x.exact ? y : x));
console.log('threshold  exact   by model  model exact when used');
for (const r of table) console.log(`${String(r.threshold).padEnd(9)}  ${pct(r.exact).padStart(6)}  ${pct(r.byModel).padStart(8)}  ${r.modelExactWhenUsed === null ? '-' : pct(r.modelExactWhenUsed)}`);
console.log(`model alone: ${pct(rows.filter((r) => r.modelExact).length / rows.length)}, rules alone: ${pct(rows.filter((r) => r.rulesExact).length / rows.length)}, best threshold ${best.threshold} (${pct(best.exact)})`);
mkdirSync(dirname(resolve(a.out!)), { recursive: true });
writeFileSync(a.out!, JSON.stringify({ split: resolve(a.in), records: rows.length, table, best, rows }, null, 1) + '\n');
