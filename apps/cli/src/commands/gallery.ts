import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validate, themeNames, type ThemeName, type UiDslDocument } from '@uidsl/dsl';
import { progress } from '../progress.ts';

const HELP = `usage: uidsl gallery --in FILE.jsonl --out DIR [--limit N] [--themes all|doc|T1,T2] [--viewport screen|full] [--dpr 1|2]

Writes DIR/index.html, a contact sheet with one row per document and one PNG per theme, so many
pages can be looked at side by side. Each line of FILE is a UI-DSL document or a dataset record
(its "output_json_minified" is drawn, its "instruction" shown above the row). Invalid lines are
counted and skipped. Defaults: --limit 24, --themes all, --viewport screen, --dpr 1.
Exit codes: 0 written, 1 no valid document in FILE, 2 bad usage.
`;

interface Entry { line: number; id: string; instruction?: string; doc: UiDslDocument }

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Documents from a JSONL file: bare documents or dataset records; invalid lines are counted, not fatal. */
function readEntries(text: string, limit: number): { entries: Entry[]; invalid: number } {
  const entries: Entry[] = [];
  let invalid = 0;
  for (const [i, raw] of text.split('\n').entries()) {
    if (!raw.trim() || entries.length >= limit) continue;
    try {
      const value = JSON.parse(raw);
      const record = value && typeof value === 'object' && typeof value.output_json_minified === 'string';
      const result = validate(record ? JSON.parse(value.output_json_minified) : value);
      if (!result.valid) throw new Error('invalid');
      entries.push({ line: i + 1, id: String(record && value.id ? value.id : `line ${i + 1}`), instruction: record ? String(value.instruction ?? '') : undefined, doc: result.doc! });
    } catch {
      invalid++;
    }
  }
  return { entries, invalid };
}

type Renderer = typeof import('@uidsl/renderer');

function page({ themeList, fontFaceCss, FONT_STACK }: Renderer, entries: Entry[], themes: (ThemeName | 'doc')[], cells: string[][], source: string): string {
  const labels = Object.fromEntries(themeList().map((t) => [t.name, t.label]));
  const head = themes.map((t) => `<th>${t === 'doc' ? 'document theme' : `${escapeHtml(t)}<br><small>${escapeHtml(labels[t])}</small>`}</th>`).join('');
  const rows = entries.map((e, r) =>
    `<tr><td colspan="${themes.length}" class="meta"><b>${escapeHtml(e.id)}</b> · ${escapeHtml(e.doc.page.name)} · ${escapeHtml(e.doc.page.theme)}` +
    `${e.instruction ? ` — ${escapeHtml(e.instruction)}` : ''}</td></tr>` +
    `<tr>${cells[r].map((src) => `<td><img loading="lazy" src="${escapeHtml(src)}" width="188"></td>`).join('')}</tr>`).join('\n');
  const body = `<h1>uidsl gallery</h1><p>${entries.length} documents from ${escapeHtml(source)}</p>
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table>`;
  // The sheet's own Chinese (labels, instructions) uses the renderer's font, embedded, like the pages.
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>uidsl gallery</title><style>${fontFaceCss(body.replace(/<[^>]*>/g, ''))}
body{font:13px/1.4 ${FONT_STACK};margin:16px;background:#f3f3f3;color:#222}table{border-collapse:collapse}
th{position:sticky;top:0;background:#fff;padding:6px;font-weight:600}td{padding:4px;vertical-align:top}
td.meta{padding-top:14px;color:#444}img{display:block;border:1px solid #ccc;background:#fff}
</style></head><body>${body}</body></html>`;
}

export async function run(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        in: { type: 'string', short: 'i' }, out: { type: 'string', short: 'o' }, limit: { type: 'string' }, themes: { type: 'string' },
        viewport: { type: 'string' }, dpr: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`uidsl gallery: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const fail = (m: string) => (process.stderr.write(`uidsl gallery: ${m}\n\n${HELP}`), 2);
  if (!values.in || !values.out) return fail('--in and --out are required');
  const limit = values.limit === undefined ? 24 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) return fail(`--limit must be a whole number >= 1; got "${values.limit}"`);
  const viewport = (values.viewport ?? 'screen') as string;
  if (viewport !== 'screen' && viewport !== 'full') return fail('--viewport must be screen or full');
  const dpr = Number(values.dpr ?? 1);
  if (dpr !== 1 && dpr !== 2) return fail('--dpr must be 1 or 2');
  const themeArg = (values.themes ?? 'all') as string;
  const themes: (ThemeName | 'doc')[] = themeArg === 'all' ? [...(themeNames as ThemeName[])] : themeArg === 'doc' ? ['doc'] : (themeArg.split(',') as ThemeName[]);
  const unknown = themes.filter((t) => t !== 'doc' && !themeNames.includes(t));
  if (unknown.length) return fail(`unknown theme ${unknown.join(', ')}`);

  let text: string;
  try {
    text = readFileSync(values.in as string, 'utf8');
  } catch (err) {
    process.stderr.write(`uidsl gallery: cannot read "${values.in}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  const { entries, invalid } = readEntries(text, limit);
  if (!entries.length) {
    process.stderr.write(`uidsl gallery: no valid document in ${values.in} (${invalid} invalid lines)\n`);
    return 1;
  }
  // Loaded only now: satori, Skia, sharp and the fonts take a while, and a usage error should not wait for them.
  const renderer = await import('@uidsl/renderer');
  const dir = values.out as string;
  mkdirSync(join(dir, 'png'), { recursive: true });
  const bar = progress('gallery', entries.length * themes.length);
  const cells: string[][] = [];
  for (const [r, e] of entries.entries()) {
    const row: string[] = [];
    for (const theme of themes) {
      const name = `png/${String(r).padStart(3, '0')}-${theme === 'doc' ? e.doc.page.theme : theme}.png`;
      const png = await renderer.renderPng(e.doc, { theme: theme === 'doc' ? undefined : theme, viewport: viewport as 'screen' | 'full', dpr: dpr as 1 | 2 });
      writeFileSync(join(dir, name), png);
      row.push(name);
      bar.tick();
    }
    cells.push(row);
  }
  bar.stop();
  writeFileSync(join(dir, 'index.html'), page(renderer, entries, themes, cells, values.in as string));
  process.stderr.write(`uidsl gallery: wrote ${join(dir, 'index.html')} (${entries.length} documents x ${themes.length} themes${invalid ? `, ${invalid} invalid lines skipped` : ''})\n`);
  return 0;
}
