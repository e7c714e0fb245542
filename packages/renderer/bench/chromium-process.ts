/**
 * Chromium's side of the speed benchmark, in a process of its own (render.ts forks it). Playwright
 * receives every screenshot as a multi-megabyte base64 message; in the renderer's own process that
 * garbage was collected during the renderer's next timed page, which then ran two to three times
 * slower than on its own. Here each message { html, times } is answered with the screenshot times
 * in ms; the first message of a page takes one untimed screenshot before them.
 */
import { launch, screenshot } from './chromium.ts';

const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 })).newPage();

let last = '';
process.on('message', async (m: { html: string; times: number } | 'close') => {
  if (m === 'close') {
    await browser.close();
    process.exit(0);
  }
  if (m.html !== last) await screenshot(page, m.html);
  last = m.html;
  const ms: number[] = [];
  for (let i = 0; i < m.times; i++) {
    const t = performance.now();
    await screenshot(page, m.html);
    ms.push(performance.now() - t);
  }
  process.send!(ms);
});
process.send!('ready');
