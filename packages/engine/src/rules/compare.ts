/**
 * Which records a change to the rules fixed and which it broke, from two runs of eval-dev.ts on the same
 * split (their OUT.diff.jsonl files list the records that missed). A fix is kept only when it breaks none.
 *
 *   npx tsx packages/engine/src/rules/compare.ts BEFORE.diff.jsonl AFTER.diff.jsonl
 */
import { readFileSync } from 'node:fs';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  process.stderr.write('usage: compare.ts BEFORE.diff.jsonl AFTER.diff.jsonl\n');
  process.exit(2);
}
const misses = (file: string) =>
  new Map(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; instruction: string; want: string; got: string }).map((r) => [r.id, r]));
const a = misses(before);
const b = misses(after);
const fixed = [...a.keys()].filter((id) => !b.has(id));
const broke = [...b.values()].filter((r) => !a.has(r.id));
console.log(`fixed ${fixed.length}, broke ${broke.length}`);
for (const r of broke) console.log(`broke ${r.id}: ${r.instruction}\n  want ${r.want}\n  got  ${r.got}`);
process.exitCode = broke.length ? 1 : 0;
