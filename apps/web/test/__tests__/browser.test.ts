import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig, loadDeps, startServer, type RunningServer } from '@uidsl/api';
import { validate } from '@uidsl/dsl';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let srv: RunningServer;
let browser: Browser;
let page: Page;
const generateCalls: string[] = [];

before(async () => {
  execFileSync('bash', ['scripts/setup-web.sh'], { cwd: root, stdio: 'inherit' });
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', UIDSL_LOG_LEVEL: 'warn', UIDSL_REQUEST_TIMEOUT_MS: '180000' });
  srv = await startServer(config, { deps: await loadDeps(config) });
  // As a user would: the page is opened once the server says it is ready (model and PNG workers warm).
  while ((await fetch(`${srv.url}/readyz`)).status !== 200) await new Promise((r) => setTimeout(r, 200));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.on('request', (r) => r.url().endsWith('/api/v1/generate') && generateCalls.push(r.postData() ?? ''));
  await page.goto(srv.url);
});
after(async () => {
  await browser?.close();
  await srv?.shutdown();
});

const editorText = () => page.locator('.cm-content').innerText();
const previewHtml = () => page.locator('[data-testid=preview]').getAttribute('srcdoc');

test('type a Chinese description, generate with Ctrl+Enter, see the preview and a valid document', { timeout: 120_000 }, async () => {
  await page.getByTestId('prompt').fill('做一个黑金风格的球鞋商城首页，顶部搜索，商品两列，底部导航');
  await page.getByTestId('prompt').press('Control+Enter');
  // The shipped model answers (or, past the time limit, the rules do): up to UIDSL_GENERATE_TIMEOUT_MS.
  await page.getByTestId('preview').waitFor({ timeout: 90_000 });
  const doc = JSON.parse(await editorText());
  assert.equal(validate(doc).valid, true);
  assert.match(await page.getByTestId('run-info').innerText(), /(模型|规则)生成 · \d+ ms/);
  assert.match((await previewHtml())!, /<html|<body/i);
  // The preview is sandboxed: no scripts run in it.
  assert.equal(await page.getByTestId('preview').getAttribute('sandbox'), '');
  await page.getByTestId('json-ok').waitFor();
  assert.equal(generateCalls.length, 1);
  assert.equal(await page.getByTestId('history').locator('li').count(), 1);
});

test('switching theme re-renders the preview without generating again', async () => {
  const before = await previewHtml();
  await page.locator('.theme[data-theme="ocean-blue"]').click();
  await page.waitForFunction((old) => document.querySelector('[data-testid=preview]')?.getAttribute('srcdoc') !== old, before);
  assert.match(await editorText(), /"theme": "ocean-blue"/);
  assert.equal(generateCalls.length, 1, 'the theme switch called /generate');
});

test('editing the JSON into an invalid state shows the errors in place', async () => {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('{"page": {"name": "home_page", "theme": "neon", "layout": {}, "sections": []}}');
  const errors = page.getByTestId('json-errors');
  await errors.waitFor({ timeout: 10_000 });
  assert.match(await errors.innerText(), /page\.theme/);
  // The editor marks the problem itself: a gutter marker and an underline.
  await page.locator('.cm-lint-marker-error').first().waitFor();
  await page.locator('.cm-lintRange-error').first().waitFor();
  assert.equal(await page.getByTestId('download-png').isDisabled(), true);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('{"page": ');
  await page.waitForFunction(() => /JSON 语法错误/.test(document.querySelector('[data-testid=json-errors]')?.textContent ?? ''));
});

test('picking the history entry restores the document; download PNG gives a real PNG', async () => {
  await page.getByTestId('history').locator('li button').first().click();
  await page.getByTestId('json-ok').waitFor({ timeout: 10_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('download-png').click()]);
  assert.equal(download.suggestedFilename(), 'page.png');
  const file = join(mkdtempSync(join(tmpdir(), 'uidsl-web-')), 'page.png');
  await download.saveAs(file);
  const png = readFileSync(file);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.ok(png.length > 2000, `PNG of ${png.length} bytes`);
  assert.equal(png.readUInt32BE(16), 375 * 2, 'downloaded at dpr 2 of the 375 px phone width');
});

test('rate limits and server errors are explained in Chinese', async () => {
  await page.route('**/api/v1/generate', (route) =>
    route.fulfill({ status: 429, headers: { 'retry-after': '7', 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'x' } }) }),
  );
  await page.getByTestId('generate').click();
  await page.waitForFunction(() => /请求太频繁/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''));
  assert.match(await page.getByTestId('notice').innerText(), /7 秒/);
  // A re-render of the preview that succeeds meanwhile (here a theme switch) leaves the generate error in place.
  const next = JSON.parse(await editorText()).page.theme === 'forest-green' ? 'sakura-pink' : 'forest-green';
  // (The render that carries the new theme: another may still be answering for the test before.)
  const rendered = page.waitForResponse((r) => r.url().endsWith('/api/v1/render') && r.ok() && (r.request().postData() ?? '').includes(`"${next}"`));
  await page.locator(`.theme[data-theme="${next}"]`).click();
  await rendered;
  await page.locator('.preview:not(.busy)').waitFor();
  assert.match(await page.getByTestId('notice').innerText(), /请求太频繁/);
  await page.unroute('**/api/v1/generate');
  await page.route('**/api/v1/generate', (route) => route.fulfill({ status: 504, contentType: 'application/json', body: '{"error":{"code":"TIMEOUT","message":"x"}}' }));
  await page.getByTestId('generate').click();
  await page.waitForFunction(() => /超时/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''));
  await page.unroute('**/api/v1/generate');
  await page.route('**/api/v1/generate', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"INTERNAL","message":"x"}}' }));
  await page.getByTestId('generate').click();
  await page.waitForFunction(() => /服务器出错/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''));
  await page.unroute('**/api/v1/generate');
});

test('API key: a 401 opens the key field and says so; the saved key goes out as Bearer, survives a reload, and can be cleared', { timeout: 120_000 }, async () => {
  const sent: (string | undefined)[] = [];
  const themesSent: (string | undefined)[] = [];
  // This server has no keys configured; the route plays one that has (key "k-123") and passes the
  // requests that carry it on to the real server.
  await page.route('**/api/v1/**', (route) => {
    const auth = route.request().headers()['authorization'];
    sent.push(auth);
    if (route.request().url().endsWith('/api/v1/themes')) themesSent.push(auth);
    if (auth === 'Bearer k-123') return route.continue();
    return route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ error: { code: 'UNAUTHORIZED', message: 'x' } }) });
  });
  const noticeMatches = (re: RegExp) => page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-testid=notice]')?.textContent ?? ''), re.source);
  try {
    await page.getByTestId('prompt').fill('樱花粉的登录页，只有登录表单');
    await page.getByTestId('generate').click();
    await noticeMatches(/需要 API 密钥/);
    await page.getByTestId('api-key').waitFor();
    assert.equal(await page.getByTestId('api-key').evaluate((el) => el === document.activeElement), true, 'the key field has the focus');
    assert.equal(sent.at(-1), undefined);

    await page.getByTestId('api-key').fill('wrong');
    await page.getByTestId('api-key-save').click();
    await page.getByTestId('generate').click();
    await noticeMatches(/API 密钥无效/);
    assert.equal(sent.at(-1), 'Bearer wrong');

    await page.getByTestId('api-key').fill('  k-123 ');
    await page.getByTestId('api-key-save').click();
    const entries = await page.getByTestId('history').locator('li').count();
    await page.getByTestId('generate').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=history] li').length === n + 1, entries, { timeout: 90_000 });
    assert.equal(sent.at(-1), 'Bearer k-123');

    await page.reload();
    await page.locator('.theme').first().waitFor();
    assert.equal(themesSent.at(-1), 'Bearer k-123', 'the themes request after a reload carries the kept key');
    assert.match(await page.getByTestId('api-key-toggle').innerText(), /已设置/);

    await page.getByTestId('api-key-toggle').click();
    await page.getByTestId('api-key-clear').click();
    assert.equal(await page.evaluate(() => localStorage.getItem('uidsl.apiKey.v1')), null);
    await page.getByTestId('prompt').fill('樱花粉的登录页，只有登录表单');
    await page.getByTestId('generate').click();
    await noticeMatches(/需要 API 密钥/);
    assert.equal(sent.at(-1), undefined);
  } finally {
    await page.unroute('**/api/v1/**');
  }
});

test('Chinese labels and the JSON editor never draw as boxes, whatever fonts the machine has', async () => {
  await page.reload();
  await page.getByTestId('prompt').waitFor();
  // Each element's own font draws its text differently from a character no font has (a private-use code
  // point). Passed as source: the test runner's transpiler would wrap named functions in a helper the page lacks.
  const boxes = (await page.evaluate(`(() => {
    const missing = [];
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40;
    const ctx = canvas.getContext('2d');
    const pixels = (font, text) => {
      ctx.font = font;
      ctx.clearRect(0, 0, 40, 40);
      ctx.fillText(text, 2, 30);
      return ctx.getImageData(0, 0, 40, 40).data.join(',');
    };
    for (const el of [document.querySelector('h1'), document.querySelector('h2'), document.querySelector('[data-testid=generate]')]) {
      const style = getComputedStyle(el);
      const font = style.fontWeight + ' 28px ' + style.fontFamily;
      const ch = [...el.textContent].find((c) => /[\\u4e00-\\u9fff]/.test(c));
      if (pixels(font, ch) === pixels(font, '\\u{10FFFD}')) missing.push(el.tagName + ' ' + ch);
    }
    return missing;
  })()`)) as string[];
  assert.deepEqual(boxes, []);
  const font = await fetch(`${srv.url}/fonts/ui-400.ttf`);
  assert.equal(font.headers.get('content-type'), 'font/ttf');
});

test('usable at phone width: one column, nothing wider than the screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByTestId('prompt').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  const [a, b] = await Promise.all([page.locator('.workspace .pane').nth(0).boundingBox(), page.locator('.workspace .pane').nth(1).boundingBox()]);
  assert.ok(b!.y >= a!.y + a!.height - 1, 'preview and editor should stack on a phone');
  assert.ok((await page.getByTestId('generate').boundingBox())!.height >= 36, 'touch target too small');
});

test('the interactive API docs render every operation under the strict CSP', async () => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${srv.url}/docs/`);
  await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
  assert.ok((await page.locator('.opblock').count()) >= 9);
  assert.deepEqual(violations.filter((v) => /Content Security Policy/i.test(v)), []);
});
