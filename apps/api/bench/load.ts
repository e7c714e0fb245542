/**
 * Load test of the API on loopback: throughput and latency per endpoint, then overload at twice the
 * sustainable rate (excess must be refused fast with 429/503, and the server must recover).
 *
 *   npx tsx apps/api/bench/load.ts [--duration 10] [--only html,png,generate,overload] [--out FILE]
 *
 * The server runs as its own process (`uidsl serve`) so the load generator does not share its event
 * loop; on a 2-core machine they still share the cores, as they would in the measurements written
 * in docs/api.md. Only 127.0.0.1 is ever contacted. The server takes its settings from the
 * environment as usual, e.g. `UIDSL_WORKERS=2 npx tsx apps/api/bench/load.ts`.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg, cpus, getPriority } from 'node:os';
import autocannon from 'autocannon';
import cliProgress from 'cli-progress';
import { catalog, pageNames, themeNames, type PageName, type UiDslDocument } from '@uidsl/dsl';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const DURATION = Math.min(120, Math.max(2, Number(args.get('duration') ?? 10)));
const ONLY = new Set((args.get('only') ?? 'html,png,generate,overload').split(','));
const OUT = args.get('out') ?? join(root, 'out/bench/api-load.json');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function startServer(env: Record<string, string>): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [join(root, 'apps/cli/bin/uidsl.mjs'), 'serve'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), UIDSL_LOG_LEVEL: 'info', ...env },
    // The JSON access log is written, as in production, but to nowhere.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) return { url, proc };
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.kill('SIGTERM');
  throw new Error('server did not become ready in 120 s');
}

const stop = (proc: ChildProcess) => new Promise<void>((resolve) => (proc.exitCode !== null ? resolve() : (proc.once('exit', () => resolve()), proc.kill('SIGTERM'))));

/** A valid document per page type; `n` makes each one distinct so the response cache cannot answer. */
function doc(n: number): UiDslDocument {
  const page = pageNames[n % pageNames.length] as PageName;
  const sections = structuredClone(catalog.pages[page].layout);
  const top = sections.find((s) => s.type === 'topbar');
  if (top) (top.props as { title?: string }).title = `页面${n % 100000}`;
  return { page: { name: page, theme: themeNames[n % themeNames.length], layout: { grid: 12, gutter: 16, padding: 16 }, sections } } as UiDslDocument;
}
const PROMPT_PARTS = ['首页', '商品详情页', '个人中心', '登录页', '购物车', '订单列表', '设置页', '消息列表'];
const COLOURS = ['黑金', '蓝色', '绿色', '粉色', '紫色', '橙色', '简约', '银白'];
const prompt = (n: number) => `${COLOURS[n % 8]}风格的${PROMPT_PARTS[(n >> 3) % 8]}，顶部标题叫“店铺${n}”`;

interface Scenario {
  name: string;
  path: string;
  connections: number;
  body: (n: number) => unknown;
  overallRate?: number;
  env?: Record<string, string>;
}

interface Outcome {
  scenario: string;
  connections: number;
  offered_rps?: number;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  ok: number;
  rejected: { '429': number; '503': number };
  other_errors: number;
  rejected_p50_ms?: number;
  rejected_p99_ms?: number;
  recovered_ms?: number;
  server_cpu_ms_per_req?: number;
  client_cpu_ms_per_req?: number;
  /** Successful answers by X-Generation-Method (model, rules, dsl), and generations answered from the cache. */
  methods?: Record<string, number>;
  cache_hits?: number;
}

// CPU seconds the server has used (all its threads, and the processes it started to share its port
// with UIDSL_WORKERS), from /proc: on a shared machine, CPU per request is the figure other jobs
// cannot distort; req/s and latency are.
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const statOf = (pid: number | string) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const fields = statOf(entry);
        if (Number(entry) === pid || Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // A process that ended between the listing and the read.
      }
    }
    return ticks / CLK_TCK;
  } catch {
    return NaN;
  }
}

const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: '{scenario} [{bar}] {percentage}% | {value}/{total} s | {rps} req/s | ETA {eta}s', hideCursor: true }, cliProgress.Presets.shades_classic) : null;

async function run(url: string, s: Scenario, duration = DURATION, pid?: number): Promise<Outcome> {
  const cpu0 = cpuSeconds(pid);
  const client0 = process.cpuUsage();
  let n = 0;
  const rejectedLatencies: number[] = [];
  const statuses = new Map<number, number>();
  // What actually answered: a "cached" scenario whose answers are rule fallbacks (never cached) is
  // measuring in-flight sharing of one model run, not the cache, and the table must say so.
  const methods: Record<string, number> = {};
  let cacheHits = 0;
  const instance = autocannon({
    url: url + s.path,
    method: 'POST',
    connections: s.connections,
    duration,
    ...(s.overallRate ? { overallRate: s.overallRate } : {}),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: JSON.stringify(s.body(n++)) }),
        onResponse: (status, body, _context, headers) => {
          if (status !== 200) return;
          const method = headers?.['x-generation-method'] ?? headers?.['X-Generation-Method'];
          if (typeof method === 'string') methods[method] = (methods[method] ?? 0) + 1;
          if (body.includes('"cached":true')) cacheHits++;
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (status, _bytes, ms) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 429 || status === 503) rejectedLatencies.push(ms);
      });
    },
  });
  let elapsed = 0;
  bar?.start(duration, 0, { scenario: s.name.padEnd(18), rps: 0 });
  const tick = setInterval(() => {
    elapsed++;
    const done = [...statuses.values()].reduce((a, b) => a + b, 0);
    if (bar) bar.update(Math.min(elapsed, duration), { rps: Math.round(done / elapsed) });
    else if (elapsed % 5 === 0) process.stderr.write(`${s.name}: ${elapsed}/${duration} s, ${Math.round(done / elapsed)} req/s\n`);
  }, 1000);
  const r = await instance;
  const cpu = cpuSeconds(pid) - cpu0;
  const client = process.cpuUsage(client0);
  clearInterval(tick);
  bar?.stop();
  const count = (c: number) => statuses.get(c) ?? 0;
  const okCount = [...statuses].filter(([c]) => c >= 200 && c < 400).reduce((a, [, v]) => a + v, 0);
  rejectedLatencies.sort((a, b) => a - b);
  return {
    scenario: s.name,
    connections: s.connections,
    ...(s.overallRate ? { offered_rps: s.overallRate } : {}),
    rps: Math.round((okCount / duration) * 10) / 10,
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    ok: okCount,
    rejected: { '429': count(429), '503': count(503) },
    ...(Number.isFinite(cpu) ? { server_cpu_ms_per_req: round1((cpu * 1000) / Math.max(1, r.requests.total)) } : {}),
    // The load generator shares the machine's cores with the server: what it costs bounds the server's share.
    client_cpu_ms_per_req: round1((client.user + client.system) / 1000 / Math.max(1, r.requests.total)),
    methods,
    ...(s.path === '/api/v1/generate' ? { cache_hits: cacheHits } : {}),
    other_errors: [...statuses].filter(([c]) => c >= 400 && c !== 429 && c !== 503).reduce((a, [, v]) => a + v, 0) + r.errors + r.timeouts,
    ...(rejectedLatencies.length
      ? { rejected_p50_ms: round1(rejectedLatencies[Math.floor(rejectedLatencies.length * 0.5)]!), rejected_p99_ms: round1(rejectedLatencies[Math.floor(rejectedLatencies.length * 0.99)]!) }
      : {}),
  };
}

/** Time until a fresh request succeeds again after an overload run. */
async function recovery(url: string, path: string, body: unknown): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    if (res.ok) return Math.round(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const results: Outcome[] = [];
const open = { UIDSL_RATE_LIMIT: '0' };
const throughput = ([
  { name: 'html (cached)', path: '/api/v1/render', connections: 10, body: () => ({ dsl: doc(1), output_format: 'html' }) },
  { name: 'html (distinct)', path: '/api/v1/render', connections: 10, body: (n) => ({ dsl: doc(n), output_format: 'html' }) },
  { name: 'png (cached)', path: '/api/v1/render', connections: 8, body: () => ({ dsl: doc(1), output_format: 'png' }) },
  { name: 'png (distinct)', path: '/api/v1/render', connections: 8, body: (n) => ({ dsl: doc(n), output_format: 'png' }) },
  // One prompt over and over: answered from the cache when the model answers, and by one shared
  // in-flight run per batch of waiting requests when the rules do (their answers are not cached).
  { name: 'generate (same prompt)', path: '/api/v1/generate', connections: 10, body: () => ({ prompt: prompt(1) }) },
  { name: 'generate (distinct)', path: '/api/v1/generate', connections: 10, body: (n) => ({ prompt: prompt(n) }) },
  // The target as stated, 20 req/s with p99 under 500 ms: offered at that rate (open loop), so the
  // latency is the one a client sees at 20 req/s. The closed-loop run above cannot show it: with 10
  // connections always waiting, latency is 10 / throughput by construction (500 ms at 20 req/s).
  { name: 'generate (distinct) 20/s', path: '/api/v1/generate', connections: 32, overallRate: 20, body: (n) => ({ prompt: prompt(n + 3e6) }) },
] as Scenario[]).filter((s) => ONLY.has(s.name.split(' ')[0]!));

const WORKERS = process.env.UIDSL_WORKERS ?? '1';
process.stderr.write(`load test: ${DURATION} s per scenario on ${cpus().length} cores, UIDSL_WORKERS ${WORKERS}, nice ${getPriority()}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

if (throughput.length) {
  const { url, proc } = await startServer(open);
  const info = await (await fetch(`${url}/readyz`)).json();
  process.stderr.write(`server ready: device ${info.device}, model loaded ${info.model_loaded}\n`);
  try {
    // JIT and caches warm up first, unrecorded.
    await run(url, { ...throughput[0]!, name: 'warm-up' }, 3, proc.pid);
    for (const s of throughput) results.push(await run(url, s, DURATION, proc.pid));
  } finally {
    await stop(proc);
  }
}

if (ONLY.has('overload')) {
  // Each overload run is calibrated just before it, on a fresh unlimited server, so "twice the
  // sustainable rate" means twice what the machine sustains now, not minutes ago.
  const calibrate = async (s: Scenario, env: Record<string, string>) => {
    const { url, proc } = await startServer({ ...open, ...env });
    try {
      const r = await run(url, { ...s, name: `${s.name} calibration` }, DURATION, proc.pid);
      results.push(r);
      return r.rps;
    } finally {
      await stop(proc);
    }
  };
  // PNG at twice its sustainable rate against a short render queue: the excess must get 503 fast.
  {
    const png: Scenario = { name: 'png', path: '/api/v1/render', connections: 8, body: (n) => ({ dsl: doc(n + 2e6), output_format: 'png' }) };
    const rate = Math.max(2, Math.round(2 * (await calibrate(png, {}))));
    const { url, proc } = await startServer({ ...open, UIDSL_RENDER_QUEUE_DEPTH: '8' });
    try {
      const o = await run(url, { name: 'png 2x (queue)', path: '/api/v1/render', connections: 64, overallRate: rate, body: (n) => ({ dsl: doc(n + 1e6), output_format: 'png' }) }, DURATION, proc.pid);
      o.recovered_ms = await recovery(url, '/api/v1/render', { dsl: doc(7), output_format: 'png' });
      results.push(o);
    } finally {
      await stop(proc);
    }
  }
  // Generation at twice its sustainable rate from one client whose budget is the sustainable rate: 429.
  {
    const gen: Scenario = { name: 'generate', path: '/api/v1/generate', connections: 10, body: (n) => ({ prompt: prompt(n + 2e6) }) };
    const rps = Math.max(1, Math.round(await calibrate(gen, {})));
    const { url, proc } = await startServer({ UIDSL_RATE_LIMIT: String(rps), UIDSL_RATE_WINDOW_MS: '1000' });
    try {
      const o = await run(url, { name: 'generate 2x (rate)', path: '/api/v1/generate', connections: 32, overallRate: 2 * rps, body: (n) => ({ prompt: prompt(n + 1e6) }) }, DURATION, proc.pid);
      await new Promise((r) => setTimeout(r, 1100));
      o.recovered_ms = await recovery(url, '/api/v1/generate', { prompt: prompt(3) });
      results.push(o);
    } finally {
      await stop(proc);
    }
  }
}

const header = '| scenario | conns | offered req/s | ok req/s | p50 ms | p99 ms | 429 | 503 | other errors | refused p50 / p99 ms | recovered in ms | server CPU ms/req | client CPU ms/req | answered by | cache hits |';
const answeredBy = (m: Record<string, number> = {}) => Object.entries(m).map(([k, v]) => `${k} ${v}`).join(', ') || '-';
const rows = results.map((r) =>
  `| ${r.scenario} | ${r.connections} | ${r.offered_rps ?? 'max'} | ${r.rps} | ${r.p50_ms} | ${r.p99_ms} | ${r.rejected['429']} | ${r.rejected['503']} | ${r.other_errors} | ${r.rejected_p50_ms !== undefined ? `${r.rejected_p50_ms} / ${r.rejected_p99_ms}` : '-'} | ${r.recovered_ms ?? '-'} | ${r.server_cpu_ms_per_req ?? '-'} | ${r.client_cpu_ms_per_req ?? '-'} | ${answeredBy(r.methods)} | ${r.cache_hits ?? '-'} |`,
);
process.stdout.write([header, '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|', ...rows].join('\n') + '\n');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ at: new Date().toISOString(), durationS: DURATION, workers: Number(WORKERS), cores: cpus().length, loadavg: loadavg(), nice: getPriority(), results }, null, 2));
process.stderr.write(`written ${OUT}\n`);
