/**
 * How closely the PNG (satori + sharp) matches headless Chromium's screenshot of the same page's HTML:
 * every page type's usual layout plus a page with every section type, in all 8 themes, SSIM on greyscale.
 *   node --import tsx packages/renderer/bench/similarity.ts [--dpr 1] [--out out/similarity]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { themeNames, type ThemeName, type UiDslDocument } from '@uidsl/dsl';
import { renderHtml, renderPng, lookOf } from '../src/index.ts';
import { usualPages, everySectionPage } from '../src/samples.ts';
import { ssim } from './ssim.ts';
import { launch, screenshot } from './chromium.ts';
import { progress } from './progress.ts';

const { values } = parseArgs({ options: { dpr: { type: 'string', default: '1' }, out: { type: 'string', default: 'out/similarity' }, width: { type: 'string', default: '375' } } });
const dpr = Number(values.dpr) as 1 | 2 | 3;
const width = Number(values.width);
const outDir = values.out!;
mkdirSync(outDir, { recursive: true });

const pages: { id: string; doc: UiDslDocument; theme: ThemeName }[] = [];
for (const theme of themeNames as ThemeName[]) {
  for (const doc of usualPages(theme)) pages.push({ id: `${doc.page.name}-${theme}`, doc, theme });
  pages.push({ id: `every-section-${theme}`, doc: everySectionPage(theme), theme });
}

/** Greyscale pixels of an image padded (with the page background) to a height. */
async function grey(png: Buffer, height: number, bg: string) {
  const meta = await sharp(png).metadata();
  const img = sharp(png).flatten({ background: bg }).extend({ bottom: height - meta.height!, background: bg }).greyscale();
  return new Uint8Array(await img.raw().toBuffer());
}

const browser = await launch();
// A viewport 1 px high: the full-page screenshot is then exactly the document's height, so a short
// page is compared over its own height, not padded to a phone screen of identical background.
const context = await browser.newContext({ viewport: { width, height: 1 }, deviceScaleFactor: dpr });
const page = await context.newPage();
const bar = progress('similarity', pages.length);
const rows: { id: string; ssim: number; heightPng: number; heightChromium: number }[] = [];
for (const p of pages) {
  const html = renderHtml(p.doc, { width });
  const [shot, png] = [await screenshot(page, html), await renderPng(p.doc, { width, dpr })];
  const [ms, mp] = [await sharp(shot).metadata(), await sharp(png).metadata()];
  const h = Math.max(ms.height!, mp.height!);
  const bg = lookOf(p.doc, p.theme, width).t.bg;
  const score = ssim(await grey(png, h, bg), await grey(shot, h, bg), ms.width!, h);
  rows.push({ id: p.id, ssim: Number(score.toFixed(4)), heightPng: mp.height!, heightChromium: ms.height! });
  if (score < 0.9) {
    writeFileSync(join(outDir, `${p.id}.png`), png);
    writeFileSync(join(outDir, `${p.id}.chromium.png`), shot);
  }
  bar.tick(p.id);
}
bar.stop();
await browser.close();

const scores = rows.map((r) => r.ssim).sort((a, b) => a - b);
const summary = {
  when: new Date().toISOString(), dpr, width, pages: rows.length,
  min: scores[0], median: scores[Math.floor(scores.length / 2)], mean: Number((scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(4)),
  below090: rows.filter((r) => r.ssim < 0.9).map((r) => r.id),
};
writeFileSync(join(outDir, 'similarity.json'), JSON.stringify({ summary, rows }, null, 2));
for (const r of [...rows].sort((a, b) => a.ssim - b.ssim).slice(0, 10)) console.log(`${r.ssim.toFixed(4)}  ${r.id}  (png ${r.heightPng}px, chromium ${r.heightChromium}px)`);
console.log(JSON.stringify(summary, null, 2));
