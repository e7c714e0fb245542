/**
 * Each check an evaluation set's item failed, with what it wanted and what the document holds: score.mjs
 * names the failed checks, this shows the values, which is what finding a fix needs.
 *
 *   npx tsx packages/engine/src/rules/why.ts EXPECT.jsonl RESULTS.jsonl [ID,ID…]
 *
 * EXPECT.jsonl is in score.mjs's format ({"id","instruction","expect":{name,theme,order,props}}), RESULTS.jsonl
 * as eval-dev.ts or `uidsl generate --out` write it ({"id","output"}).
 */
import { readFileSync } from 'node:fs';

interface Expect { id: string; instruction: string; expect: { name?: string; theme?: string; order?: string[]; props?: Record<string, unknown> } }
interface Page { name: string; theme: string; sections: Array<{ type: string; props: Record<string, unknown> }> }

const [expectPath, resultsPath, only] = process.argv.slice(2);
if (!expectPath || !resultsPath) {
  process.stderr.write('usage: why.ts EXPECT.jsonl RESULTS.jsonl [ID,ID…]\n');
  process.exit(2);
}
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const results = new Map<string, unknown>(lines(resultsPath).map((r: { id: string; output: unknown }) => [String(r.id), r.output]));
const show = (v: unknown) => JSON.stringify(v);

for (const item of lines(expectPath) as Expect[]) {
  if (only && !only.split(',').includes(item.id)) continue;
  const out = results.get(item.id);
  const page = (typeof out === 'string' ? JSON.parse(out) : out)?.page as Page | undefined;
  if (!page) {
    console.log(`\n## ${item.id} no document`);
    continue;
  }
  const types = page.sections.map((s) => s.type);
  const e = item.expect;
  const failed: string[] = [];
  if (e.name && page.name !== e.name) failed.push(`name: want ${e.name}, got ${page.name}`);
  if (e.theme && page.theme !== e.theme) failed.push(`theme: want ${e.theme}, got ${page.theme}`);
  // The order check as score.mjs runs it: each wanted type found after the one before.
  let cursor = 0;
  const inOrder = (e.order ?? []).every((want) => {
    const at = types.findIndex((t, i) => i >= cursor && want.split('|').includes(t));
    cursor = at + 1;
    return at >= 0;
  });
  if (!inOrder) failed.push(`order: want ${e.order!.join(' ')}`);
  for (const [key, want] of Object.entries(e.props ?? {})) {
    if (key === 'sections#>=') {
      if (types.length < (want as number)) failed.push(`${key}: want ${show(want)}, got ${types.length}`);
      continue;
    }
    const [, type, prop, mode] = /^([a-z-]+)\.([a-zA-Z_]+)([~#]?)$/.exec(key)!;
    const got = page.sections.find((s) => s.type === type)?.props[prop];
    const ok = mode === '~' ? (Array.isArray(got) || typeof got === 'string') && got.includes(want as never)
      : mode === '#' ? Array.isArray(got) && got.length === want
      : show(got) === show(want);
    if (!ok) failed.push(`${key}: want ${show(want)}, got ${show(mode === '#' && Array.isArray(got) ? got.length : got)}`);
  }
  if (!failed.length) continue;
  console.log(`\n## ${item.id} ${item.instruction.replace(/\n/g, ' ⏎ ')}\n  got: ${types.join(' ')}`);
  for (const f of failed) console.log(`  - ${f}`);
}
