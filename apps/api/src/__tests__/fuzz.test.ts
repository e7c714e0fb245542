import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { themeNames, pageNames, sectionTypes, iconNames } from '@uidsl/dsl';
import { startTestServer, catalogDoc } from './fakes.ts';
import { loadConfig } from '../config.ts';
import { loadDeps } from '../deps.ts';

const BODIES = 5000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const paths = ['/api/v1/generate', '/api/v1/render', '/api/v1/generate-ui', '/generate-ui'];

// Values chosen to sit on and around every boundary the API checks.
const edgy = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '首页', '页'.repeat(500), '页'.repeat(501), '\ud800', '🙂'.repeat(300), '<script>alert(1)</script>', '{"a":', 'null'),
  fc.constantFrom(0, -1, 1, 2, 3, 4, 319, 320, 1280, 1281, 1e308, -0, 0.5, Number.MAX_SAFE_INTEGER),
  fc.constantFrom(...themeNames, ...pageNames, ...sectionTypes, ...iconNames, 'json', 'html', 'vue', 'png', 'pdf', 'full', 'screen'),
  fc.boolean(),
  fc.constant(null),
);
const anyValue = fc.oneof({ depthSize: 'small' }, edgy, fc.string({ unit: 'binary', maxLength: 40 }), fc.jsonValue({ maxDepth: 3 }));

/** Mutates a JSON value: replace, delete or add a field at a random depth. */
function mutate(value: unknown, ops: { kind: number; pick: number; v: unknown }[]): unknown {
  let doc = structuredClone(value);
  for (const op of ops) {
    const holders: Record<string, unknown>[] = [];
    const walk = (x: unknown) => {
      if (x && typeof x === 'object') {
        holders.push(x as Record<string, unknown>);
        Object.values(x).forEach(walk);
      }
    };
    walk(doc);
    if (!holders.length) return op.v;
    const h = holders[op.pick % holders.length]!;
    const keys = Object.keys(h);
    const key = keys.length ? keys[op.pick % keys.length]! : 'x';
    if (op.kind === 0) h[key] = op.v;
    else if (op.kind === 1) delete h[key];
    else if (op.kind === 2) h[`k${op.pick}`] = op.v;
    else doc = Array.isArray(h) ? doc : { ...(doc as object), [key]: op.v };
  }
  return doc;
}

const validBodies = fc.oneof(
  fc.record({ prompt: fc.constantFrom('黑金风格的首页', '登录页', '购物车', '带搜索的商城首页，商品三列'), theme: fc.constantFrom(...themeNames) }),
  fc.record({
    dsl: fc.constantFrom(...pageNames).map((p) => catalogDoc(p as never)),
    output_format: fc.constantFrom('json', 'html', 'vue', 'png'),
    width: fc.integer({ min: 200, max: 1400 }),
    dpr: fc.constantFrom(1, 2, 3, 4),
    viewport: fc.constantFrom('full', 'screen'),
  }),
);
const ops = fc.array(fc.record({ kind: fc.nat(3), pick: fc.nat(1000), v: anyValue }), { maxLength: 4 });

const requestArb = fc.record({
  path: fc.constantFrom(...paths),
  contentType: fc.oneof({ weight: 6, arbitrary: fc.constant('application/json') }, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/merge-patch+json', '')),
  body: fc.oneof(
    { weight: 5, arbitrary: fc.tuple(validBodies, ops).map(([b, o]) => JSON.stringify(mutate(b, o))) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.tuple(validBodies, fc.nat(200)).map(([b, n]) => JSON.stringify(b).slice(0, n)) },
    { weight: 1, arbitrary: fc.nat(3000).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  ),
});

test(`fuzz: ${BODIES} random and mutated bodies, no 5xx, no crash, bounded memory`, { timeout: 600_000 }, async () => {
  // The real renderer and engine. The engine runs its rule-based path (no model directory): thousands of
  // model generations would take hours here, and what is fuzzed is the API's handling of input.
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', UIDSL_WARMUP: 'false', UIDSL_LOG_LEVEL: 'silent', UIDSL_MODEL_DIR: '/nonexistent-model' });
  const deps = await loadDeps(config);
  await deps.warmUp?.(catalogDoc());
  // Time limits out of the way: a 504 on a busy machine would say nothing about input handling.
  const srv = await startTestServer(
    { UIDSL_RATE_LIMIT: '0', UIDSL_QUEUE_DEPTH: '1000', UIDSL_RENDER_QUEUE_DEPTH: '1000', UIDSL_BODY_LIMIT: '64kb', UIDSL_REQUEST_TIMEOUT_MS: '300000', UIDSL_CACHE_BYTES: '16mb' },
    deps,
  );
  try {
    const samples = fc.sample(requestArb, { numRuns: BODIES, seed: 20261123 });
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    let heapEarly = 0;
    const worker = async () => {
      while (next < samples.length) {
        const i = next++;
        const s = samples[i]!;
        const res = await fetch(srv.url + s.path, { method: 'POST', headers: s.contentType ? { 'content-type': s.contentType } : {}, body: s.body });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500 && failures.length < 5) failures.push(`${res.status} ${s.path} ${s.contentType} ${s.body.slice(0, 300)}`);
        if (i === BODIES / 5) heapEarly = heapAfterGc();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    assert.equal(total, BODIES);
    assert.deepEqual(failures, [], `5xx answers: ${JSON.stringify(Object.fromEntries(statuses))}`);
    assert.ok((statuses.get(200) ?? 0) > BODIES / 20, `too few valid bodies reached the renderer: ${JSON.stringify(Object.fromEntries(statuses))}`);
    assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
    // Memory: after the warm first fifth, the live heap may grow by the response cache (16 MB here) and
    // little else; the whole process stays under 1.5 GB (sharp's native buffers included).
    const grown = (heapAfterGc() - heapEarly) / 2 ** 20;
    const rss = process.memoryUsage().rss / 2 ** 20;
    console.log(`statuses ${JSON.stringify(Object.fromEntries(statuses))}; heap grew ${grown.toFixed(1)} MB; rss ${rss.toFixed(0)} MB`);
    assert.ok(grown < 48, `live heap grew ${grown.toFixed(1)} MB over the run`);
    assert.ok(rss < 1536, `RSS ${rss.toFixed(0)} MB`);
  } finally {
    await srv.shutdown();
  }
});
