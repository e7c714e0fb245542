import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { themeNames, validate } from '@uidsl/dsl';
import { startTestServer, post, catalogDoc, TINY_PNG } from './fakes.ts';

let srv: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  srv = await startTestServer();
});
after(() => srv.shutdown());

test('POST /api/v1/generate answers a valid document with method and timings', async () => {
  const r = await post(srv.url, '/api/v1/generate', { prompt: '做一个黑金风格的球鞋商城首页', theme: 'obsidian-gold' });
  assert.equal(r.status, 200);
  assert.equal(validate(r.data.doc).valid, true);
  assert.equal(r.data.method, 'model');
  assert.equal(r.data.doc.page.theme, 'obsidian-gold');
  for (const k of ['queue_ms', 'generate_ms', 'total_ms']) assert.equal(typeof r.data.timings[k], 'number', k);
  assert.match(r.headers.get('x-request-id')!, /^[0-9a-f-]{36}$/);
});

test('identical generate requests are served from the cache without a second model run', async () => {
  const before = srv.controls!.calls.generate;
  const body = { prompt: '一个只有登录表单的页面', page_type: 'login_page' };
  const a = await post(srv.url, '/api/v1/generate', body);
  const b = await post(srv.url, '/api/v1/generate', body);
  assert.equal(a.data.cached, false);
  assert.equal(b.data.cached, true);
  assert.deepEqual(a.data.doc, b.data.doc);
  assert.equal(srv.controls!.calls.generate - before, 1);
});

test('POST /api/v1/render answers json, html, vue and png with their content types', async () => {
  const dsl = catalogDoc('detail_page', 'ocean-blue');
  const json = await post(srv.url, '/api/v1/render', { dsl, output_format: 'json' });
  assert.equal(json.status, 200);
  assert.deepEqual(json.data, dsl);
  const html = await post(srv.url, '/api/v1/render', { dsl, output_format: 'html', theme: 'sakura-pink', width: 414 });
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type')!, /^text\/html/);
  assert.match(html.data, /data-theme="sakura-pink" data-width="414"/);
  const vue = await post(srv.url, '/api/v1/render', { dsl, output_format: 'vue' });
  assert.match(vue.headers.get('content-type')!, /^text\/plain/);
  assert.match(vue.data, /<template>/);
  const png = await post(srv.url, '/api/v1/render', { prompt: '商城首页', output_format: 'png', dpr: 2 });
  assert.equal(png.headers.get('content-type'), 'image/png');
  assert.deepEqual(png.data, TINY_PNG);
  assert.equal(png.headers.get('x-generation-method'), 'model');
});

test('render with a theme rewrites the theme of the json answer', async () => {
  const r = await post(srv.url, '/api/v1/render', { dsl: catalogDoc(), theme: 'tech-purple' });
  assert.equal(r.data.page.theme, 'tech-purple');
});

test('rendered output carries a strong ETag; sending it back gets 304 with no body', async () => {
  const body = { dsl: catalogDoc('cart_page'), output_format: 'html' };
  const a = await post(srv.url, '/api/v1/render', body);
  const etag = a.headers.get('etag')!;
  assert.match(etag, /^"[\w-]{27}"$/);
  const b = await post(srv.url, '/api/v1/render', body, { 'if-none-match': etag });
  assert.equal(b.status, 304);
  assert.equal(b.data, '');
  const c = await post(srv.url, '/api/v1/render', { ...body, theme: 'forest-green' }, { 'if-none-match': etag });
  assert.equal(c.status, 200, 'a different request does not match the old ETag');
});

test('identical png renders hit the cache instead of rasterising again', async () => {
  const body = { dsl: catalogDoc('order_page'), output_format: 'png' };
  const before = srv.controls!.calls.png;
  await post(srv.url, '/api/v1/render', body);
  await post(srv.url, '/api/v1/render', body);
  assert.equal(srv.controls!.calls.png - before, 1);
});

test('POST /api/v1/generate-ui and /generate-ui answer the original envelope', async () => {
  for (const path of ['/api/v1/generate-ui', '/generate-ui']) {
    const r = await post(srv.url, path, { prompt: '个人中心页面', output_format: 'json', use_rules: true });
    assert.equal(r.status, 200);
    assert.equal(r.data.success, true);
    assert.equal(r.data.method, 'rules');
    assert.equal(validate(r.data.data).valid, true);
    assert.ok(!Number.isNaN(Date.parse(r.data.timestamp)));
  }
  const vue = await post(srv.url, '/generate-ui', { prompt: '个人中心页面', output_format: 'vue' });
  assert.match(vue.data.data.vue, /<template>/);
  assert.equal(vue.data.method, 'model');
  const png = await post(srv.url, '/generate-ui', { prompt: '个人中心页面', output_format: 'png', client: 'legacy' });
  assert.equal(png.status, 200, 'unknown fields are ignored on the compatibility endpoint');
  assert.deepEqual(Buffer.from(png.data.data.png.replace('data:image/png;base64,', ''), 'base64'), TINY_PNG);
});

test('compatibility errors use the error envelope', async () => {
  const r = await post(srv.url, '/generate-ui', { prompt: '' });
  assert.equal(r.status, 400);
  assert.deepEqual(Object.keys(r.data).sort(), ['code', 'error', 'issues', 'message', 'path', 'success', 'timestamp']);
  assert.equal(r.data.success, false);
  assert.equal(r.data.error, 'PROMPT_EMPTY');
  assert.equal(r.data.code, 400);
  const bad = await post(srv.url, '/api/v1/generate-ui', '{"prompt": ', {});
  assert.equal(bad.data.error, 'INVALID_JSON');
  assert.equal(bad.data.success, false);
});

test('GET /api/v1/themes lists the 8 themes with tokens; /schema is the JSON Schema', async () => {
  const themes = await (await fetch(`${srv.url}/api/v1/themes`)).json();
  assert.deepEqual(themes.themes.map((t: { name: string }) => t.name), [...themeNames]);
  assert.match(themes.themes[0].tokens.bg, /^#[0-9A-F]{6}$/i);
  const res = await fetch(`${srv.url}/api/v1/schema`);
  assert.match(res.headers.get('content-type')!, /application\/schema\+json/);
  const schema = await res.json();
  assert.equal(schema.title, 'UiDslDocument');
  const again = await fetch(`${srv.url}/api/v1/schema`, { headers: { 'if-none-match': res.headers.get('etag')! } });
  assert.equal(again.status, 304);
});

test('/fonts/ui.css declares the web app\'s Chinese typeface; its TrueType cuts are cached by ETag; other weights 404', async () => {
  const css = await fetch(`${srv.url}/fonts/ui.css`);
  assert.match(css.headers.get('content-type')!, /^text\/css/);
  const rules = await css.text();
  for (const w of [400, 700]) assert.match(rules, new RegExp(`font-family:"UIDSL UI";src:url\\(/fonts/ui-${w}\\.ttf\\)[^}]*font-weight:${w};[^}]*unicode-range:`));
  const font = await fetch(`${srv.url}/fonts/ui-400.ttf`);
  assert.equal(font.status, 200);
  assert.equal(font.headers.get('content-type'), 'font/ttf');
  const body = Buffer.from(await font.arrayBuffer());
  assert.equal(body.readUInt32BE(0), 0x00010000, 'a TrueType font');
  assert.ok(body.length > 50_000 && body.length < 2_000_000, `${body.length} bytes`);
  const again = await fetch(`${srv.url}/fonts/ui-400.ttf`, { headers: { 'if-none-match': font.headers.get('etag')! } });
  assert.equal(again.status, 304);
  const other = await fetch(`${srv.url}/fonts/ui-500.ttf`);
  assert.equal(other.status, 404);
  assert.equal((await other.json()).error.code, 'NOT_FOUND');
});

test('/healthz is ok; /readyz reports the engine; /metrics has every series', async () => {
  const health = await (await fetch(`${srv.url}/healthz`)).json();
  assert.deepEqual(Object.keys(health), ['status', 'uptime_s', 'pid']);
  assert.equal(health.pid, process.pid, 'the answering process, which tells apart the processes of UIDSL_WORKERS');
  const ready = await fetch(`${srv.url}/readyz`);
  assert.equal(ready.status, 200);
  const body = await ready.json();
  assert.equal(body.device, 'cpu');
  assert.equal(body.model_loaded, true);
  const text = await (await fetch(`${srv.url}/metrics`)).text();
  for (const series of [
    'uidsl_http_requests_total{route="/api/v1/generate",method="POST",status="200"}',
    'uidsl_http_request_duration_seconds_bucket{le="0.5",route="/api/v1/render",method="POST"}',
    'uidsl_generation_duration_seconds_count{method="model"}',
    'uidsl_queue_depth{queue="inference"} 0',
    'uidsl_execution_provider{provider="cpu"} 1',
    'uidsl_cache_requests_total{result="hit"}',
  ]) {
    assert.ok(text.includes(series), `missing ${series}`);
  }
});

test('/openapi.json describes every route; /docs serves Swagger UI locally', async () => {
  const doc = await (await fetch(`${srv.url}/openapi.json`)).json();
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/v1/generate', '/api/v1/render', '/api/v1/generate-ui', '/generate-ui', '/api/v1/themes', '/api/v1/schema', '/healthz', '/readyz', '/metrics']) {
    assert.ok(doc.paths[p], `missing ${p}`);
  }
  const redirect = await fetch(`${srv.url}/docs`, { redirect: 'manual' });
  assert.equal(redirect.status, 301);
  const page = await (await fetch(`${srv.url}/docs/`)).text();
  assert.match(page, /swagger-ui-bundle\.js/);
  assert.doesNotMatch(page, /https?:\/\/(cdn|unpkg)/);
  const init = await (await fetch(`${srv.url}/docs/swagger-initializer.js`)).text();
  assert.match(init, /url: '\/openapi\.json'/);
  const bundle = await fetch(`${srv.url}/docs/swagger-ui-bundle.js`);
  assert.equal(bundle.status, 200);
});

test('responses carry security headers, gzip when asked, and echo a sane X-Request-Id', async () => {
  const res = await fetch(`${srv.url}/api/v1/schema`, { headers: { 'accept-encoding': 'gzip', 'x-request-id': 'trace-123' } });
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  assert.equal(res.headers.get('x-request-id'), 'trace-123');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.match(res.headers.get('content-security-policy')!, /script-src 'self'/);
  assert.equal(res.headers.get('x-powered-by'), null);
  const hostile = await fetch(`${srv.url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
  assert.notEqual(hostile.headers.get('x-request-id'), 'a b<script>');
});

test('every request is logged as one JSON line with its id, status and time', async () => {
  await fetch(`${srv.url}/healthz`, { headers: { 'x-request-id': 'log-check-1' } });
  await new Promise((r) => setTimeout(r, 20));
  const line = srv.logs.find((l) => l.reqId === 'log-check-1');
  assert.ok(line, 'no log line for the request');
  assert.equal(line.status, 200);
  assert.equal(line.url, '/healthz');
  assert.equal(typeof line.ms, 'number');
});

test('unknown paths get 404 NOT_FOUND and wrong methods 405 with Allow', async () => {
  const nf = await fetch(`${srv.url}/api/v1/nope`);
  assert.equal(nf.status, 404);
  assert.equal((await nf.json()).error.code, 'NOT_FOUND');
  const na = await fetch(`${srv.url}/api/v1/generate`);
  assert.equal(na.status, 405);
  assert.equal(na.headers.get('allow'), 'POST');
  assert.equal((await na.json()).error.code, 'METHOD_NOT_ALLOWED');
});

test('without a built web app, / explains how to build it', async () => {
  const res = await fetch(`${srv.url}/`);
  assert.equal(res.status, 404);
  assert.match(await res.text(), /setup-web\.sh/);
});
