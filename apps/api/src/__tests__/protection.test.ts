import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, post, fakeDeps } from './fakes.ts';

test('past the queue depth, generation answers 503 with Retry-After at once', async () => {
  const srv = await startTestServer({ UIDSL_QUEUE_DEPTH: '2', UIDSL_CONCURRENCY: '1', UIDSL_CACHE_ENTRIES: '0' });
  try {
    srv.controls!.generateDelayMs = 1000;
    let settled = 0;
    const inFlight = [0, 1, 2].map((i) => post(srv.url, '/api/v1/generate', { prompt: `首页 ${i}` }).finally(() => settled++));
    await new Promise((r) => setTimeout(r, 100));
    const refused = await post(srv.url, '/api/v1/generate', { prompt: '首页 3' });
    assert.equal(refused.status, 503);
    assert.equal(refused.data.error.code, 'QUEUE_FULL');
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    // Refused at once: before even the first of the queued generations (1 s each) was done.
    assert.equal(settled, 0, 'the refusal waited for the queue');
    const done = await Promise.all(inFlight);
    assert.deepEqual(done.map((r) => r.status), [200, 200, 200]);
    const metrics = await (await fetch(`${srv.url}/metrics`)).text();
    assert.match(metrics, /uidsl_http_requests_total\{route="\/api\/v1\/generate",method="POST",status="503"\} 1/);
  } finally {
    await srv.shutdown();
  }
});

test('the png render queue is bounded too', async () => {
  const srv = await startTestServer({ UIDSL_RENDER_QUEUE_DEPTH: '1', UIDSL_RENDER_CONCURRENCY: '1', UIDSL_CACHE_ENTRIES: '0' });
  try {
    srv.controls!.pngDelayMs = 200;
    const bodies = [0, 1, 2].map((i) => ({ prompt: `首页 ${i}`, output_format: 'png' }));
    const first = bodies.slice(0, 2).map((b) => post(srv.url, '/api/v1/render', b));
    await new Promise((r) => setTimeout(r, 50));
    const refused = await post(srv.url, '/api/v1/render', bodies[2]);
    assert.equal(refused.status, 503);
    assert.equal(refused.data.error.code, 'QUEUE_FULL');
    assert.deepEqual((await Promise.all(first)).map((r) => r.status), [200, 200]);
  } finally {
    await srv.shutdown();
  }
});

test('per-client rate limit answers 429 with Retry-After; other routes stay open', async () => {
  const srv = await startTestServer({ UIDSL_RATE_LIMIT: '3', UIDSL_RATE_WINDOW_MS: '60000' });
  try {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(srv.url, '/api/v1/generate', { prompt: '首页' })).status);
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const limited = await post(srv.url, '/api/v1/generate', { prompt: '首页' });
    assert.equal(limited.data.error.code, 'RATE_LIMITED');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    // A different API key is a different client.
    assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
  } finally {
    await srv.shutdown();
  }
});

test('with API keys configured, /api needs a valid Bearer key; health and docs do not', async () => {
  const srv = await startTestServer({ UIDSL_API_KEYS: 'k-one, k-two' });
  try {
    const none = await post(srv.url, '/api/v1/generate', { prompt: '首页' });
    assert.equal(none.status, 401);
    assert.equal(none.data.error.code, 'UNAUTHORIZED');
    const wrong = await post(srv.url, '/api/v1/generate', { prompt: '首页' }, { authorization: 'Bearer k-three' });
    assert.equal(wrong.status, 401);
    const ok = await post(srv.url, '/api/v1/generate', { prompt: '首页' }, { authorization: 'Bearer k-two' });
    assert.equal(ok.status, 200);
    const legacy = await post(srv.url, '/generate-ui', { prompt: '首页' });
    assert.equal(legacy.status, 401);
    assert.equal(legacy.data.success, false);
    assert.equal((await fetch(`${srv.url}/readyz`)).status, 200);
    assert.equal((await fetch(`${srv.url}/openapi.json`)).status, 200);
    await new Promise((r) => setTimeout(r, 20));
    assert.ok(!JSON.stringify(srv.logs).includes('k-two'), 'a key reached the logs');
  } finally {
    await srv.shutdown();
  }
});

test('a request over the time limit gets 504 TIMEOUT and the server keeps serving', async () => {
  const srv = await startTestServer({ UIDSL_REQUEST_TIMEOUT_MS: '150', UIDSL_CACHE_ENTRIES: '0' });
  try {
    srv.controls!.generateDelayMs = 400;
    const r = await post(srv.url, '/api/v1/generate', { prompt: '首页' });
    assert.equal(r.status, 504);
    assert.equal(r.data.error.code, 'TIMEOUT');
    srv.controls!.generateDelayMs = 0;
    await new Promise((r) => setTimeout(r, 400));
    assert.equal((await post(srv.url, '/api/v1/generate', { prompt: '首页' })).status, 200);
  } finally {
    await srv.shutdown();
  }
});

test('an engine failure is a 500 with a code, logged, and the process lives on', async () => {
  const srv = await startTestServer({ UIDSL_CACHE_ENTRIES: '0' });
  try {
    srv.controls!.failNext = true;
    const r = await post(srv.url, '/api/v1/generate', { prompt: '首页' });
    assert.equal(r.status, 500);
    assert.equal(r.data.error.code, 'GENERATION_FAILED');
    assert.doesNotMatch(JSON.stringify(r.data), /exploded/, 'internal messages are not leaked');
    assert.ok(srv.logs.some((l) => l.msg === 'request failed'));
    assert.equal((await post(srv.url, '/api/v1/generate', { prompt: '首页' })).status, 200);
  } finally {
    await srv.shutdown();
  }
});

test('CORS: configured origins are allowed, others get no CORS headers', async () => {
  const srv = await startTestServer({ UIDSL_CORS_ORIGINS: 'https://app.example.com' });
  try {
    const pre = await fetch(`${srv.url}/api/v1/render`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'https://app.example.com');
    const other = await fetch(`${srv.url}/api/v1/themes`, { headers: { origin: 'https://evil.example.com' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  } finally {
    await srv.shutdown();
  }
});

test('/readyz is 503 until the warm-up generation has run', async () => {
  const srv = await startTestServer({ UIDSL_WARMUP: 'true' });
  try {
    srv.controls!.generateDelayMs = 0;
    await srv.warmUp();
    assert.equal((await fetch(`${srv.url}/readyz`)).status, 200);
  } finally {
    await srv.shutdown();
  }
  const slow = fakeDeps();
  slow.controls.generateDelayMs = 2000;
  const cold = await startTestServer({ UIDSL_WARMUP: 'true' }, slow.deps);
  try {
    const r = await fetch(`${cold.url}/readyz`);
    assert.equal(r.status, 503);
    assert.equal((await r.json()).status, 'warming');
  } finally {
    await cold.shutdown();
  }
  // Ready also waits for the dependencies' own warm-up (the PNG workers loading fonts).
  const gated = fakeDeps();
  let open!: () => void;
  gated.deps.warmUp = () => new Promise<void>((r) => (open = r));
  const warming = await startTestServer({ UIDSL_WARMUP: 'true' }, gated.deps);
  try {
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await fetch(`${warming.url}/readyz`)).status, 503);
    open();
    await new Promise((r) => setTimeout(r, 50));
    assert.equal((await fetch(`${warming.url}/readyz`)).status, 200);
  } finally {
    await warming.shutdown();
  }
});

test('graceful shutdown: requests in flight finish, new ones are refused, readiness drops', async () => {
  const srv = await startTestServer({ UIDSL_CACHE_ENTRIES: '0', UIDSL_SHUTDOWN_GRACE_MS: '5000' });
  srv.controls!.generateDelayMs = 300;
  const inFlight = post(srv.url, '/api/v1/generate', { prompt: '首页' });
  // Shut down only once the request is inside the engine, however slow the machine is today.
  while (srv.controls!.calls.generate === 0) await new Promise((r) => setTimeout(r, 5));
  const stopping = srv.shutdown('test');
  assert.equal(srv.services.state.draining, true);
  const answered = await inFlight;
  assert.equal(answered.status, 200, 'the request in flight was cut off');
  await stopping;
  await assert.rejects(fetch(`${srv.url}/healthz`), 'the server still accepts connections');
  assert.ok(srv.logs.some((l) => l.msg === 'stopped'));
});
