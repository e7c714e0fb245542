/**
 * The engine's speed and memory, side by side with Transformers.js's own generate() on the same model
 * and prompts. One command:
 *
 *   npx tsx packages/engine/bench/generate.ts [--model DIR] [--prompts FILE.jsonl] [--n 50]
 *        [--batch 8] [--memory-runs 10000] [--threads 1] [--precision fp32|q8] [--out FILE.json]
 *
 * Prints a table and writes the figures as JSON (default out/bench/engine.json).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { AutoModelForSeq2SeqLM, AutoTokenizer, env } from '@huggingface/transformers';
import { createEngine, defaultModelDir, percentile, type EngineOptions, type GenerateResult } from '../src/index.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const { values: a } = parseArgs({
  options: {
    model: { type: 'string' },
    prompts: { type: 'string' },
    n: { type: 'string', default: '50' },
    batch: { type: 'string', default: '8' },
    'memory-runs': { type: 'string', default: '10000' },
    threads: { type: 'string' },
    precision: { type: 'string', default: 'fp32' },
    'max-new-tokens': { type: 'string', default: '512' },
    out: { type: 'string' },
  },
});

const modelDir = resolve(a.model ?? process.env.UIDSL_MODEL_DIR ?? defaultModelDir);
const n = Number(a.n);
const maxNewTokens = Number(a['max-new-tokens']);
// The engine's default is 1 thread; Transformers.js gets the same count so the comparison is fair.
const threads = a.threads === undefined ? 1 : Number(a.threads);
const precision = a.precision as 'fp32' | 'q8';

/** Instructions of the generated test split when there is one, else a few written here. */
function loadPrompts(): string[] {
  const file = a.prompts ?? join(REPO, 'out', 'ds', 'test.jsonl');
  const own = ['深蓝色的购物车页面，商品列表加结算按钮', '极简风格设置页，菜单列表，底部导航', '暗金色主页，轮播图在上，下面三列商品', '樱花粉的消息列表，聊天样式', '紫色的搜索页，搜索框、筛选和单列商品'];
  const list = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).instruction as string) : own;
  return Array.from({ length: n }, (_, i) => list[i % list.length]!);
}

const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const r1 = (x: number) => Math.round(x * 10) / 10;
const stats = (ms: number[]) => {
  const s = [...ms].sort((x, y) => x - y);
  return { p50: r1(percentile(s, 50)), p90: r1(percentile(s, 90)), p99: r1(percentile(s, 99)), mean: r1(s.reduce((x, y) => x + y, 0) / s.length) };
};

function bar(label: string, total: number) {
  if (!process.stderr.isTTY) {
    let done = 0;
    return { increment: () => ++done % Math.max(1, Math.floor(total / 10)) === 0 && process.stderr.write(`${label}: ${done}/${total}\n`), stop() {} };
  }
  const b = new cliProgress.SingleBar({ format: `${label.padEnd(28)} {bar} {value}/{total} | {eta_formatted}`, stream: process.stderr }, cliProgress.Presets.shades_classic);
  b.start(total, 0);
  return b;
}

interface Mode {
  name: string;
  opts: EngineOptions;
}

const modes: Mode[] = [
  { name: 'constraints + jump-forward + draft', opts: {} },
  { name: 'constraints + jump-forward, no draft', opts: { draft: false } },
  { name: 'constraints, no jump-forward, no draft', opts: { jumpForward: false, draft: false } },
  { name: 'no constraints', opts: { constrained: false, draft: false } },
];
/** The plain constrained greedy run the shortcuts (jump-forward, draft) must not change. */
const PLAIN = modes[2]!.name;

async function main() {
  const prompts = loadPrompts();
  // A generous deadline: the benchmark measures the model, a timeout would only hide its output.
  const base: EngineOptions = { modelDir, fallback: false, maxNewTokens, precision, threads, timeoutMs: 600_000, log: (l) => process.stderr.write(`[engine] ${l}\n`) };
  const report: Record<string, any> = { model: modelDir, precision, prompts: prompts.length, threads, node: process.version, cpus: (await import('node:os')).cpus().length };

  const rssBefore = rss();
  let t = performance.now();
  const engine = await createEngine(base);
  report.load_ms = r1(performance.now() - t);
  report.rss_mb = { before_load: rssBefore, model_loaded: rss() };

  // Each mode in its own engine, run over the same prompts.
  const outputs: Record<string, (string | null)[]> = {};
  report.modes = {};
  for (const mode of modes) {
    const e = mode.name === modes[0]!.name ? engine : await createEngine({ ...base, ...mode.opts, log: () => {} });
    const ms: number[] = [];
    const calls: number[] = [];
    const tokens: number[] = [];
    const out: (string | null)[] = [];
    let valid = 0;
    const b = bar(mode.name, prompts.length);
    for (const p of prompts) {
      // Timed whether or not the model finished: the tiny stand-in model rarely does, and speed is speed.
      const t0 = performance.now();
      const r: GenerateResult | (Error & { output?: string; timings?: Record<string, number> }) = await e.generate(p).catch((err) => err);
      ms.push(performance.now() - t0);
      const timings = r.timings ?? {};
      calls.push(timings.decoderCalls ?? 0);
      tokens.push(timings.tokens ?? 0);
      if ('doc' in r) {
        out.push(r.text!);
        valid++;
      } else out.push(r.output ?? null);
      b.increment();
    }
    b.stop();
    outputs[mode.name] = out;
    report.modes[mode.name] = { valid: valid / prompts.length, latency_ms: stats(ms), decoder_calls_mean: r1(calls.reduce((x, y) => x + y, 0) / Math.max(1, calls.length)), tokens_mean: r1(tokens.reduce((x, y) => x + y, 0) / Math.max(1, tokens.length)) };
    if (e !== engine) await e.close();
  }
  report.shortcuts_same_output = [modes[0]!, modes[1]!].every((m) => outputs[m.name]!.every((o, i) => o === outputs[PLAIN]![i]));

  // Batched throughput: documents per second, batch of B against one at a time.
  const B = Number(a.batch);
  const batched = await createEngine({ ...base, maxBatch: B, log: () => {} });
  t = performance.now();
  for (let i = 0; i < prompts.length; i += B) await batched.generateBatch(prompts.slice(i, i + B)).catch(() => null);
  const batchS = (performance.now() - t) / 1000;
  t = performance.now();
  for (const p of prompts) await batched.generate(p).catch(() => null);
  const seqS = (performance.now() - t) / 1000;
  // The same prompts as concurrent generate() calls: the engine decodes those waiting together (maxBatch).
  t = performance.now();
  await Promise.all(prompts.map((p) => batched.generate(p).catch(() => null)));
  const concurrentS = (performance.now() - t) / 1000;
  await batched.close();
  // The same concurrent calls decoded one at a time, each with its draft and jump-forward (a batch has neither).
  const single = await createEngine({ ...base, maxBatch: 1, log: () => {} });
  t = performance.now();
  await Promise.all(prompts.map((p) => single.generate(p).catch(() => null)));
  const oneByOneS = (performance.now() - t) / 1000;
  await single.close();
  report.throughput_docs_per_s = {
    [`batch ${B}`]: r1(prompts.length / batchS),
    [`${prompts.length} concurrent generate() calls, maxBatch ${B}`]: r1(prompts.length / concurrentS),
    [`${prompts.length} concurrent generate() calls, maxBatch 1`]: r1(prompts.length / oneByOneS),
    sequential: r1(prompts.length / seqS),
  };

  // Transformers.js's own generate(): greedy, no constraints, same model files.
  env.allowRemoteModels = false;
  const tok = await AutoTokenizer.from_pretrained(modelDir, { local_files_only: true });
  const ref = await AutoModelForSeq2SeqLM.from_pretrained(modelDir, {
    local_files_only: true,
    dtype: precision,
    device: 'cpu',
    session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
  } as any);
  const refMs: number[] = [];
  let same = 0;
  const b = bar('transformers.js generate()', prompts.length);
  for (const [i, p] of prompts.entries()) {
    t = performance.now();
    const inputs = tok(p);
    const ids = (await ref.generate({ ...inputs, max_new_tokens: maxNewTokens, do_sample: false, num_beams: 1 } as any)) as any;
    const text = tok.decode(Array.from(ids.tolist()[0] as bigint[], Number), { skip_special_tokens: true });
    refMs.push(performance.now() - t);
    if (text === outputs['no constraints']![i]) same++;
    b.increment();
  }
  b.stop();
  await ref.dispose();
  report.transformers_js = { latency_ms: stats(refMs), same_output_as_unconstrained: `${same}/${prompts.length}` };
  const ours = report.modes[modes[0]!.name].latency_ms;
  if (ours) report.speedup_p50 = r1(report.transformers_js.latency_ms.p50 / ours.p50);

  // Memory: resident size over many generations with the default engine.
  const runs = Number(a['memory-runs']);
  if (runs > 0) {
    const samples: [number, number][] = [];
    const mb = bar(`memory (${runs} generations)`, runs);
    for (let i = 0; i < runs; i++) {
      await engine.generate(prompts[i % prompts.length]!).catch(() => null);
      if (i % Math.max(1, Math.floor(runs / 20)) === 0 || i === runs - 1) samples.push([i + 1, rss()]);
      mb.increment();
    }
    mb.stop();
    const settled = samples.find(([k]) => k > Math.min(200, runs / 10)) ?? samples[0]!;
    report.memory = { runs, rss_mb_after_warmup: settled[1], rss_mb_end: samples.at(-1)![1], rss_mb_max: Math.max(...samples.map(([, m]) => m)), samples };
  }
  await engine.close();

  const outPath = resolve(a.out ?? join(REPO, 'out', 'bench', 'engine.json'));
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify(report, null, 2) + '\n');
  const rows = [
    ...Object.entries(report.modes).map(([k, v]: [string, any]) => [`engine, ${k}`, v.latency_ms ? `${v.latency_ms.p50} / ${v.latency_ms.p90}` : '-', String(v.decoder_calls_mean), `${(100 * v.valid).toFixed(0)}%`]),
    ['transformers.js generate()', `${report.transformers_js.latency_ms.p50} / ${report.transformers_js.latency_ms.p90}`, '-', '-'],
  ];
  console.log(`| run | p50 / p90 ms | decoder calls | valid |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
  console.log(JSON.stringify({ speedup_p50: report.speedup_p50, same_as_transformers_js: report.transformers_js.same_output_as_unconstrained, shortcuts_same_output: report.shortcuts_same_output, throughput: report.throughput_docs_per_s, rss_mb: report.rss_mb, memory: report.memory && { ...report.memory, samples: undefined } }, null, 1));
  console.log(`written: ${outPath}`);
}

await main();
