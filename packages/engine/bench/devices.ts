/**
 * The engine on each execution provider, one after the other on the same model and prompts: which
 * provider really ran (the engine's own log line), load time, latency one request at a time (with and
 * without drafts), throughput for many concurrent calls (maxBatch 1 and a larger batch), and whether
 * the documents match the first device's. One command:
 *
 *   npx tsx packages/engine/bench/devices.ts [--devices cpu,webgpu,cuda] [--model DIR]
 *        [--prompts FILE.jsonl] [--n 50] [--concurrency 64] [--batch 16] [--threads 1] [--out FILE.json]
 *
 * A device that cannot start is reported with the engine's warning, not skipped silently. The model
 * answers every prompt (no fallback, no confidence gate): this measures the model on the device.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, percentile, type Engine, type EngineOptions } from '../src/index.ts';
import type { DeviceRequest } from '../src/devices.ts';

const { values: a } = parseArgs({
  options: {
    devices: { type: 'string', default: 'cpu,webgpu' },
    model: { type: 'string' },
    prompts: { type: 'string' },
    n: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '64' },
    batch: { type: 'string', default: '16' },
    threads: { type: 'string', default: '1' },
    out: { type: 'string', default: 'out/bench/devices.json' },
  },
});

const r1 = (x: number) => Math.round(x * 10) / 10;
const stats = (ms: number[]) => {
  const s = [...ms].sort((x, y) => x - y);
  return { p50: r1(percentile(s, 50)), p90: r1(percentile(s, 90)), mean: r1(s.reduce((x, y) => x + y, 0) / Math.max(1, s.length)) };
};

function loadPrompts(file: string | undefined, n: number): string[] {
  const own = ['深蓝色的购物车页面,商品列表加结算按钮', '极简风格设置页,菜单列表,底部导航', '暗金色主页,轮播图在上,下面三列商品', '樱花粉的消息列表,聊天样式', '紫色的搜索页,搜索框、筛选和单列商品'];
  const list = file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String(JSON.parse(l).instruction)) : own;
  return Array.from({ length: n }, (_, i) => list[i % list.length]!);
}

/** One request at a time; returns the latencies, the documents' text and the mean decoder calls. */
async function sequential(engine: Engine, prompts: string[]) {
  const ms: number[] = [];
  const texts: (string | null)[] = [];
  let calls = 0;
  for (const p of prompts) {
    const t = performance.now();
    const r = await engine.generate(p).catch((e: Error) => e);
    ms.push(performance.now() - t);
    texts.push('doc' in r ? r.text ?? null : null);
    calls += ('timings' in r && r.timings?.decoderCalls) || 0;
  }
  return { latency_ms: stats(ms), decoder_calls_mean: r1(calls / prompts.length), texts };
}

async function concurrent(engine: Engine, prompts: string[]): Promise<number> {
  const t = performance.now();
  await Promise.all(prompts.map((p) => engine.generate(p).catch(() => null)));
  return r1(prompts.length / ((performance.now() - t) / 1000));
}

async function measure(device: DeviceRequest, prompts: string[], many: string[], batch: number) {
  const log: string[] = [];
  const base: EngineOptions = {
    modelDir: a.model,
    device,
    threads: Number(a.threads),
    fallback: false,
    minConfidence: 0,
    timeoutMs: 600_000,
    log: (l) => {
      log.push(l);
      process.stderr.write(`[${device}] ${l}\n`);
    },
  };
  const t = performance.now();
  const engine = await createEngine(base);
  const load_ms = r1(performance.now() - t);
  const active = engine.info().device;
  const withDraft = await sequential(engine, prompts);
  await engine.close();
  const plain = await createEngine({ ...base, draft: false, log: () => {} });
  const noDraft = await sequential(plain, prompts);
  const oneAtATime = await concurrent(plain, many);
  await plain.close();
  const batched = await createEngine({ ...base, maxBatch: batch, log: () => {} });
  const inBatches = await concurrent(batched, many);
  await batched.close();
  return {
    requested: device,
    active,
    log,
    load_ms,
    draft: { latency_ms: withDraft.latency_ms, decoder_calls_mean: withDraft.decoder_calls_mean },
    no_draft: { latency_ms: noDraft.latency_ms, decoder_calls_mean: noDraft.decoder_calls_mean },
    docs_per_s: { [`${many.length} concurrent, maxBatch 1`]: oneAtATime, [`${many.length} concurrent, maxBatch ${batch}`]: inBatches },
    texts: withDraft.texts,
  };
}

async function main() {
  const prompts = loadPrompts(a.prompts, Number(a.n));
  const many = loadPrompts(a.prompts, Number(a.concurrency));
  const requested = a.devices!.split(',').map((d) => d.trim()) as DeviceRequest[];
  const results = [];
  for (const device of requested) results.push(await measure(device, prompts, many, Number(a.batch)));
  const reference = results[0]!.texts;
  const report = {
    node: process.version,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model,
    threads: Number(a.threads),
    prompts: prompts.length,
    devices: results.map(({ texts, ...r }) => ({ ...r, same_documents_as_first: texts.filter((x, i) => x === reference[i]).length })),
  };
  const out = resolve(a.out!);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2));
  for (const d of report.devices) {
    console.log(`${d.requested} -> ${d.active}: load ${d.load_ms} ms; p50/p90 ${d.draft.latency_ms.p50}/${d.draft.latency_ms.p90} ms (draft), ${d.no_draft.latency_ms.p50}/${d.no_draft.latency_ms.p90} ms (no draft); ${JSON.stringify(d.docs_per_s)}; same documents ${d.same_documents_as_first}/${prompts.length}`);
  }
  console.log(`written to ${out}`);
}

await main();
