import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { minify, pageNames, themeNames, type PageName, type ThemeName } from '@uidsl/dsl';
import { createEngine, type Engine, type GenerateOptions, type GenerateResult } from '@uidsl/engine';
import { engineFlagHelp, engineFlagSpec, engineOptions } from '../engine-flags.ts';
import { progress } from '../progress.ts';

const HELP = `usage: uidsl generate --text "DESCRIPTION" [--theme T] [--page P] [--json]
       uidsl generate --in PROMPTS.jsonl --out RESULTS.jsonl [--batch N]

Turns a Chinese page description into a UI-DSL document.
--text prints the minified document (with --json: the whole result, method and timings too).
--in reads lines {"id", "instruction"} and writes lines {"id", "instruction", "output", "method", "ms"};
a line that is not JSON or has no instruction gets {"id", "line", "error"} and the run goes on.
Exit codes: 0 ok, 1 some lines failed, 2 bad usage.

options:
  --theme T            force the theme (${themeNames.join(', ')})
  --page P             force the page type (${pageNames.join(', ')})
  --batch N            instructions per decoder batch (default 1)
  --no-fallback        report the model's failures instead of answering with the rule-based generator
${engineFlagHelp}`;

interface Line {
  line: number;
  id: unknown;
  instruction?: string;
  error?: string;
}

/** Reads the input lines; each becomes a prompt or an error, in input order. */
function readPrompts(path: string): Line[] {
  const out: Line[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      const line = i + 1;
      let rec: any;
      try {
        rec = JSON.parse(text);
      } catch (err) {
        out.push({ line, id: null, error: `not valid JSON: ${(err as Error).message}` });
        return;
      }
      const id = rec && typeof rec === 'object' && 'id' in rec ? rec.id : line;
      if (!rec || typeof rec !== 'object' || typeof rec.instruction !== 'string' || !rec.instruction.trim())
        out.push({ line, id, error: 'no "instruction" string' });
      else out.push({ line, id, instruction: rec.instruction });
    });
  return out;
}

const resultLine = (l: Line, r: GenerateResult) => JSON.stringify({ id: l.id, instruction: l.instruction, output: r.doc, method: r.method, ms: r.ms });
const errorLine = (l: Line, message: string, code?: string) => JSON.stringify({ id: l.id, line: l.line, ...(l.instruction ? { instruction: l.instruction } : {}), error: message, ...(code ? { code } : {}) });

async function runFile(engine: Engine, input: string, output: string, batch: number, g: GenerateOptions): Promise<number> {
  const lines = readPrompts(input);
  const out: string[] = new Array(lines.length);
  let failed = 0;
  const bar = progress('generate', lines.length);
  const good = lines.map((l, i) => ({ l, i })).filter(({ l }) => !l.error);
  lines.forEach((l, i) => {
    if (l.error) {
      out[i] = errorLine(l, l.error);
      failed++;
      bar.tick();
    }
  });
  for (let at = 0; at < good.length; at += batch) {
    const chunk = good.slice(at, at + batch);
    const prompts = chunk.map(({ l }) => l.instruction!);
    try {
      const results = batch > 1 ? await engine.generateBatch(prompts, g) : [await engine.generate(prompts[0]!, g)];
      chunk.forEach(({ l, i }, k) => (out[i] = resultLine(l, results[k]!)));
    } catch (err) {
      // A failing batch is retried one by one, so one bad instruction costs only its own line.
      for (const { l, i } of chunk) {
        try {
          out[i] = resultLine(l, await engine.generate(l.instruction!, g));
        } catch (e) {
          out[i] = errorLine(l, (e as Error).message, (e as { code?: string }).code);
          failed++;
        }
      }
    }
    bar.tick(chunk.length);
  }
  bar.stop();
  writeFileSync(output, out.join('\n') + (out.length ? '\n' : ''));
  process.stderr.write(`uidsl generate: ${lines.length - failed} of ${lines.length} lines written to ${output}${failed ? `, ${failed} with errors` : ''}\n`);
  return failed ? 1 : 0;
}

export async function run(argv: string[]): Promise<number> {
  let values: Record<string, any>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { text: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' }, batch: { type: 'string' }, theme: { type: 'string' }, page: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...engineFlagSpec },
      strict: true,
    }));
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (!values.text === !values.in) throw new Error('give either --text or --in');
    if (values.in && !values.out) throw new Error('--in needs --out');
    if (values.theme && !themeNames.includes(values.theme)) throw new Error(`unknown theme "${values.theme}"`);
    if (values.page && !pageNames.includes(values.page)) throw new Error(`unknown page type "${values.page}"`);
    if (values.batch !== undefined && !(Number.isInteger(Number(values.batch)) && Number(values.batch) >= 1)) throw new Error('--batch must be a whole number >= 1');
    values.engine = engineOptions(values, true);
  } catch (err) {
    process.stderr.write(`uidsl generate: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const engine = await createEngine(values.engine);
  const g: GenerateOptions = { theme: values.theme as ThemeName | undefined, pageType: values.page as PageName | undefined };
  try {
    if (values.in) return await runFile(engine, values.in, values.out, Number(values.batch ?? 1), g);
    try {
      const r = await engine.generate(values.text, g);
      process.stdout.write(`${values.json ? JSON.stringify(r) : minify(r.doc)}\n`);
      for (const w of r.warnings ?? []) process.stderr.write(`uidsl generate: ${w}\n`);
      return 0;
    } catch (err) {
      process.stderr.write(`uidsl generate: ${(err as Error).message}\n`);
      return 1;
    }
  } finally {
    await engine.close();
  }
}
