import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { validate } from '@uidsl/dsl';
import { loadConfig } from '../config.ts';
import { loadDeps } from '../deps.ts';
import { startTestServer, post, catalogDoc } from './fakes.ts';

// The real engine and renderer over HTTP. The content checks pin the engine to its rule-based path
// (no model directory), so they test the API's plumbing, not the quality of whichever model is shipped.
let srv: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  // Generous time limits: on a busy 2-core machine a cold PNG worker alone can take tens of seconds.
  const env = { UIDSL_RENDER_CONCURRENCY: '1', UIDSL_MODEL_DIR: '/nonexistent-model', UIDSL_REQUEST_TIMEOUT_MS: '180000' };
  const deps = await loadDeps(loadConfig({ ...env, UIDSL_LOG_LEVEL: 'silent' }));
  await deps.warmUp?.(catalogDoc());
  srv = await startTestServer(env, deps);
});
after(() => srv.shutdown());

test('the shipped model answers through the API: loaded, ready, a valid document', { timeout: 180_000 }, async () => {
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', UIDSL_LOG_LEVEL: 'silent', UIDSL_RENDER_CONCURRENCY: '1' });
  const withModel = await startTestServer({ UIDSL_RENDER_CONCURRENCY: '1', UIDSL_REQUEST_TIMEOUT_MS: '180000' }, await loadDeps(config));
  try {
    const ready = await (await fetch(`${withModel.url}/readyz`)).json();
    assert.equal(ready.model_loaded, true);
    assert.equal(ready.device, 'cpu');
    const r = await post(withModel.url, '/api/v1/generate', { prompt: '银白色的设置页面' });
    assert.equal(r.status, 200);
    assert.equal(validate(r.data.doc).valid, true);
    // The model answers, or (out of time, or an unusable output) the rules do and say why.
    assert.ok(r.data.method === 'model' || r.data.warnings?.length, JSON.stringify(r.data).slice(0, 300));
    const metrics = await (await fetch(`${withModel.url}/metrics`)).text();
    assert.match(metrics, /uidsl_execution_provider\{provider="cpu"\} 1/);
  } finally {
    await withModel.shutdown();
  }
});

test('generate: a valid document that keeps the quoted title and the asked theme', async () => {
  const r = await post(srv.url, '/api/v1/generate', { prompt: '做一个商城首页，标题叫“青柠集市”，顶部有搜索', theme: 'forest-green' });
  assert.equal(r.status, 200);
  assert.equal(validate(r.data.doc).valid, true);
  assert.equal(r.data.doc.page.theme, 'forest-green');
  assert.match(JSON.stringify(r.data.doc), /青柠集市/);
  assert.equal(r.data.method, 'rules');
});

test('render html from a prompt: a complete page that shows the title', async () => {
  const r = await post(srv.url, '/api/v1/render', { prompt: '个人中心页面，标题叫“我的小店”', output_format: 'html', width: 414 });
  assert.equal(r.status, 200);
  assert.match(r.data, /^<!doctype html>/i);
  assert.match(r.data, /我的小店/);
});

test('render png: the real rasteriser, sized by width and dpr', async () => {
  const r = await post(srv.url, '/api/v1/render', { dsl: catalogDoc('login_page', 'sakura-pink'), output_format: 'png', width: 400, dpr: 2 });
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/png');
  assert.equal(r.data.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(r.data.readUInt32BE(16), 800);
  const screen = await post(srv.url, '/api/v1/render', { dsl: catalogDoc('home_page'), output_format: 'png', viewport: 'screen' });
  assert.equal(screen.data.readUInt32BE(16), 375);
  assert.equal(screen.data.readUInt32BE(20), 812);
});

test('render vue: a single-file component', async () => {
  const r = await post(srv.url, '/api/v1/render', { dsl: catalogDoc('cart_page'), output_format: 'vue' });
  assert.equal(r.status, 200);
  assert.match(r.data, /<template>[\s\S]*<\/template>/);
  assert.match(r.headers.get('content-disposition')!, /page\.vue/);
});

test('the compatibility endpoint with use_rules answers method "rules" and a png data URL', async () => {
  const r = await post(srv.url, '/generate-ui', { prompt: '购物车页面', output_format: 'png', use_rules: true });
  assert.equal(r.status, 200);
  assert.equal(r.data.method, 'rules');
  assert.equal(r.data.data.dsl.page.name, 'cart_page');
  assert.match(r.data.data.png, /^data:image\/png;base64,iVBORw0KGgo/);
});

/** A POST whose body comes back exactly as sent on the wire (fetch would decode gzip itself). */
function rawPost(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

test('rendered pages go out gzipped only when asked, fresh and from the cache, and decode to the same bytes', async () => {
  const body = { dsl: catalogDoc('profile_page', 'sakura-pink'), output_format: 'html' };
  const url = `${srv.url}/api/v1/render`;
  const plain = await rawPost(url, body, {});
  assert.equal(plain.status, 200);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.length > 10_000, 'a real page with its font subset');
  const fresh = await rawPost(url, { ...body, width: 400 }, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(fresh.headers['content-encoding'], 'gzip');
  assert.equal(fresh.headers.vary, 'Accept-Encoding');
  assert.ok(fresh.body.length < plain.body.length * 0.7);
  assert.match(gunzipSync(fresh.body).toString(), /<!doctype html>/i);
  const cached = await rawPost(url, body, { 'accept-encoding': 'gzip' });
  assert.equal(cached.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(cached.body), plain.body);
  assert.equal(cached.headers.etag, plain.headers.etag);
  const refused = await rawPost(url, body, { 'accept-encoding': 'gzip;q=0, identity' });
  assert.equal(refused.headers['content-encoding'], undefined);
  assert.deepEqual(refused.body, plain.body);
});
