/**
 * Render speed and memory, written down in docs/rendering.md:
 * - HTML of typical pages (5-8 sections): p50 with the font subset embedded (warm and new text) and without;
 * - PNG at 375 px, dpr 2, full page: p50 drawn from scratch (every cache emptied) and from the block
 *   cache, against headless Chromium screenshotting the same HTML in the same run, page by page
 *   (each page's own ratio, and the p50 over all pages); and p50 of
 *   documents never rendered before in a process that has rendered others (the blocks they share
 *   with earlier pages, such as a default tabbar, come from the cache);
 * - RSS while rendering 1,000 PNGs of different documents in one process.
 *   node --expose-gc --import tsx packages/renderer/bench/render.ts [--iterations 15] [--pages 1000] [--distinct 60] [--out out/bench]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validate, themeNames, type ThemeName, type UiDslDocument } from '@uidsl/dsl';
import { renderHtml, renderPng } from '../src/index.ts';
import { fontFaceCss } from '../src/font.ts';
import { clearTiles } from '../src/tiles.ts';
import { usualPage } from '../src/samples.ts';
import { progress } from './progress.ts';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '15' }, pages: { type: 'string', default: '1000' }, distinct: { type: 'string', default: '60' }, out: { type: 'string', default: 'out/bench' } } });
const N = Number(values.iterations);
const SOAK = Number(values.pages);
mkdirSync(values.out!, { recursive: true });

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;
async function time(f: () => unknown, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

// Typical pages: the usual home and detail layouts, and sample documents with 5-8 sections.
const samplePath = new URL('../../../data/samples/sample.jsonl', import.meta.url);
const samples: UiDslDocument[] = existsSync(samplePath)
  ? readFileSync(samplePath, 'utf8').split('\n').filter(Boolean).map((l) => validate(JSON.parse(JSON.parse(l).output_json_minified)).doc!).filter(Boolean)
  : [];
const midSize = samples.filter((d) => d.page.sections.length >= 5 && d.page.sections.length <= 8);
const typical = [usualPage('home_page', 'obsidian-gold'), usualPage('detail_page', 'ocean-blue'), ...midSize.slice(0, 4)];
const unseen = midSize.slice(4, 4 + Number(values.distinct));
const env = { when: new Date().toISOString(), cpu: cpus()[0]?.model, cores: cpus().length, loadavgAtStart: loadavg().map(round), nodeEnv: process.env.NODE_ENV ?? '(unset)' };
console.log(`typical pages: ${typical.map((d) => `${d.page.name}/${d.page.sections.length}`).join(', ')}; load ${env.loadavgAtStart.join(' ')}`);

// HTML
for (const d of typical) renderHtml(d);
const htmlEmbedWarm: number[] = [];
const htmlNoFont: number[] = [];
for (let i = 0; i < 10 * N; i++) {
  for (const d of typical) {
    htmlEmbedWarm.push(...(await time(() => renderHtml(d), 1)));
    htmlNoFont.push(...(await time(() => renderHtml(d, { font: 'none' }), 1)));
  }
}
// A page with characters never seen before pays for a new subset.
const subsetNew = await time(() => fontFaceCss(`新字${Math.random()}测试页面`), 3 * N);

// PNG against Chromium, page by page, taking turns: a Chromium screenshot of the page (in a process
// of its own, see chromium-process.ts), this renderer's PNG of it drawn from scratch (every block
// cache emptied), and again from the cache. Taking turns, both sides see the machine in the same
// state; in one process, Playwright's garbage from each screenshot was collected during the next
// render, which then took two to three times as long as it does on its own.
const shooter = fork(fileURLToPath(new URL('./chromium-process.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
shooter.on('exit', (code) => {
  if (code) throw new Error(`the Chromium process exited with code ${code}`);
});
const reply = () => new Promise<unknown>((res) => shooter.once('message', res));
await reply();
const pngCold: number[] = [];
const pngWarm: number[] = [];
const chromium: number[] = [];
const perPage: { page: string; heightPx: number; chromiumP50: number; coldP50: number; warmP50: number; ratioCold: number }[] = [];
const bar = progress('png vs chromium', typical.length);
for (const d of typical) {
  const html = renderHtml(d);
  const png = await renderPng(d, { dpr: 2 });
  const [shots, cold, warm]: number[][] = [[], [], []];
  for (let i = 0; i < N; i++) {
    shooter.send({ html, times: 1 });
    shots.push(...((await reply()) as number[]));
    clearTiles();
    cold.push(...(await time(() => renderPng(d, { dpr: 2 }), 1)));
    warm.push(...(await time(() => renderPng(d, { dpr: 2 }), 1)));
  }
  chromium.push(...shots);
  pngCold.push(...cold);
  pngWarm.push(...warm);
  perPage.push({
    page: `${d.page.name}/${d.page.theme}/${d.page.sections.length} sections`,
    heightPx: png.readUInt32BE(20) / 2,
    chromiumP50: round(p50(shots)),
    coldP50: round(p50(cold)),
    warmP50: round(p50(warm)),
    ratioCold: round(p50(shots) / p50(cold)),
  });
  bar.tick(d.page.name);
}
bar.stop();
shooter.send('close');

// Documents this process has not rendered before, one render each, caches as earlier pages left them.
const pngDistinct: number[] = [];
for (const d of unseen) pngDistinct.push(...(await time(() => renderPng(d, { dpr: 2 }), 1)));

// Memory over many different documents (all themes), cache at its bound.
const docs = samples.length ? samples : typical;
const rss: { after: number; rssMB: number; heapMB: number; externalMB: number }[] = [];
const soak = progress('rss soak', SOAK, 100);
const soakStart = performance.now();
for (let i = 0; i < SOAK; i++) {
  const d = docs[i % docs.length];
  await renderPng(d, { theme: themeNames[i % themeNames.length] as ThemeName });
  renderHtml(d, { theme: themeNames[(i + 3) % themeNames.length] as ThemeName });
  if ((i + 1) % 100 === 0) {
    // With --expose-gc the heap is collected first, so heapMB is what is really kept.
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    rss.push({ after: i + 1, rssMB: Math.round(m.rss / 1024 / 1024), heapMB: Math.round(m.heapUsed / 1024 / 1024), externalMB: Math.round((m.external + m.arrayBuffers) / 1024 / 1024) });
  }
  soak.tick();
}
soak.stop();

const result = {
  env: { ...env, loadavgAtEnd: loadavg().map(round) },
  htmlMs: { embedFontP50: round(p50(htmlEmbedWarm)), noFontP50: round(p50(htmlNoFont)), newTextSubsetP50: round(p50(subsetNew)), samples: htmlEmbedWarm.length },
  pngMs: { coldP50: round(p50(pngCold)), warmP50: round(p50(pngWarm)), samples: pngCold.length, distinctP50: pngDistinct.length ? round(p50(pngDistinct)) : null, distinctDocuments: pngDistinct.length },
  chromiumScreenshotMs: { p50: round(p50(chromium)) },
  speedup: {
    cold: round(p50(chromium) / p50(pngCold)), warm: round(p50(chromium) / p50(pngWarm)), distinct: pngDistinct.length ? round(p50(chromium) / p50(pngDistinct)) : null,
    // The same page on both sides: the median and the lowest of the pages' own ratios.
    coldPerPageMedian: round(p50(perPage.map((r) => r.ratioCold))), coldPerPageMin: Math.min(...perPage.map((r) => r.ratioCold)),
  },
  perPage,
  soak: { pages: SOAK, seconds: round((performance.now() - soakStart) / 1000), rss },
};
writeFileSync(join(values.out!, 'render.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
