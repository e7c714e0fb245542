import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine, summarize, type Engine, type ItemInput, type Report } from '@uidsl/engine';
import { engineFlagHelp, engineFlagSpec, engineOptions } from '../engine-flags.ts';
import { progress } from '../progress.ts';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

const HELP = `usage: uidsl eval --in SPLIT.jsonl [--limit N] [--report FILE] [--dev FILE | --no-dev] [--fallback]

Scores the engine on a dataset split (lines {"id", "instruction", "output_json_minified"}):
JSON validity, schema validity, exact match, page-type and theme accuracy, section-type
precision/recall/F1, prop accuracy and latency percentiles. Then runs the hand-written dev set
($UIDSL_DEV_SET, else ../shared/eval/dev.jsonl) through its score.mjs. Prints a table and writes
a JSON report (default out/eval/SPLIT.report.json). The model is scored alone unless --fallback.

options:
  --limit N        score the first N records only
  --report FILE    where the JSON report goes
  --dev FILE       the dev set (score.mjs must sit next to it)
  --no-dev         skip the dev set
  --fallback       let the rule-based generator answer where the model fails
${engineFlagHelp}`;

interface Rec {
  id: unknown;
  instruction: string;
  output_json_minified: string;
}

/** The split's records; a line that is not a record, or a split with none, is an error naming the file and line. */
function readSplit(path: string): Rec[] {
  const records: Rec[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let rec: Partial<Rec>;
      try {
        rec = JSON.parse(line);
      } catch (err) {
        throw new Error(`${path}:${i + 1}: not JSON (${(err as Error).message})`);
      }
      for (const key of ['instruction', 'output_json_minified'] as const) {
        if (typeof rec?.[key] !== 'string') throw new Error(`${path}:${i + 1}: "${key}" must be a string`);
      }
      records.push(rec as Rec);
    });
  if (!records.length) throw new Error(`${path} holds no records`);
  return records;
}

async function answer(engine: Engine, instruction: string): Promise<Omit<ItemInput, 'expected'>> {
  const t = performance.now();
  try {
    const r = await engine.generate(instruction);
    return { doc: r.doc, method: r.method, ms: r.ms };
  } catch (err) {
    return { text: (err as { output?: string }).output ?? '', ms: Math.round((performance.now() - t) * 100) / 100 };
  }
}

async function scoreDev(engine: Engine, devPath: string, outDir: string): Promise<Record<string, unknown>> {
  const items = readFileSync(devPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: unknown; instruction: string });
  const bar = progress('dev set', items.length);
  const lines: string[] = [];
  for (const item of items) {
    const a = await answer(engine, item.instruction);
    lines.push(JSON.stringify({ id: item.id, output: a.doc ?? a.text ?? null, method: a.method ?? 'none', ms: a.ms }));
    bar.tick();
  }
  bar.stop();
  const resultsPath = join(outDir, 'dev-results.jsonl');
  writeFileSync(resultsPath, lines.join('\n') + '\n');
  const scorer = join(dirname(devPath), 'score.mjs');
  const out = JSON.parse(execFileSync(process.execPath, [scorer, devPath, resultsPath, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  return { file: devPath, results: resultsPath, ...out.summary, failures: out.failures };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function table(r: Report, dev?: Record<string, any>): string {
  const rows: [string, string][] = [
    ['items', String(r.items)],
    ['JSON valid', pct(r.json_valid)],
    ['schema valid', pct(r.schema_valid)],
    ['exact match', pct(r.exact_match)],
    ['page type accuracy', pct(r.page_accuracy)],
    ['theme accuracy', pct(r.theme_accuracy)],
    ['section precision', pct(r.section_precision)],
    ['section recall', pct(r.section_recall)],
    ['section F1', pct(r.section_f1)],
    ['prop accuracy', pct(r.prop_accuracy)],
    ['answered by the model', pct(r.by_model)],
    ['latency p50 / p90 / p99 ms', `${r.latency_ms.p50} / ${r.latency_ms.p90} / ${r.latency_ms.p99}`],
  ];
  if (dev) rows.push(['dev set items correct', `${pct(dev.items_correct)} of ${dev.items} (checks ${pct(dev.checks_passed)}, by model ${pct(dev.method_model)})`]);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
}

export async function run(argv: string[]): Promise<number> {
  let values: Record<string, any>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { in: { type: 'string' }, limit: { type: 'string' }, report: { type: 'string' }, dev: { type: 'string' }, 'no-dev': { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...engineFlagSpec },
      strict: true,
    }));
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (!values.in) throw new Error('--in is required');
    if (!existsSync(values.in)) throw new Error(`cannot read "${values.in}"`);
    if (values.limit !== undefined && !(Number.isInteger(Number(values.limit)) && Number(values.limit) > 0)) throw new Error('--limit must be a whole number > 0');
    // Scores measure the model: a generous deadline unless one is given (latency is reported anyway).
    values.engine = engineOptions(values, false);
    values.engine.timeoutMs ??= 60_000;
  } catch (err) {
    process.stderr.write(`uidsl eval: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  let records: Rec[];
  try {
    records = readSplit(values.in).slice(0, values.limit ? Number(values.limit) : undefined);
  } catch (err) {
    process.stderr.write(`uidsl eval: ${(err as Error).message}\n`);
    return 2;
  }
  const devPath = values['no-dev'] ? undefined : resolve(values.dev ?? process.env.UIDSL_DEV_SET ?? join(REPO, '..', 'shared', 'eval', 'dev.jsonl'));
  const reportPath = resolve(values.report ?? join(REPO, 'out', 'eval', `${basename(values.in, '.jsonl')}.report.json`));
  mkdirSync(dirname(reportPath), { recursive: true });

  const engine = await createEngine(values.engine);
  try {
    const bar = progress('eval', records.length);
    const items: ItemInput[] = [];
    for (const rec of records) {
      items.push({ expected: rec.output_json_minified, ...(await answer(engine, rec.instruction)) });
      bar.tick();
    }
    bar.stop();
    const report = summarize(items);
    let dev: Record<string, unknown> | undefined;
    if (devPath && existsSync(devPath)) dev = await scoreDev(engine, devPath, dirname(reportPath));
    else if (devPath) process.stderr.write(`uidsl eval: no dev set at ${devPath}; skipped\n`);
    const full = { split: resolve(values.in), engine: { ...values.engine, ...engine.info() }, ...report, ...(dev ? { dev } : {}) };
    writeFileSync(reportPath, JSON.stringify(full, null, 2) + '\n');
    process.stdout.write(table(report, dev));
    process.stdout.write(`report: ${reportPath}\n`);
    return 0;
  } finally {
    await engine.close();
  }
}
