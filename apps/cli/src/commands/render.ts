import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssues, parseDocument, themeNames, type ThemeName } from '@uidsl/dsl';
import { LIMITS, RASTERIZERS, type Rasterizer } from '@uidsl/renderer/options';
import type { RenderError as RenderErrorType } from '@uidsl/renderer';

const FORMATS = ['html', 'vue', 'png', 'svg'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `usage: uidsl render FILE [--format html|vue|png|svg] [--out PATH] [--theme T]
                    [--width W] [--dpr 1|2|3] [--viewport full|screen] [--rasterizer ${RASTERIZERS.join('|')}]

Renders a UI-DSL document (FILE, or "-" for standard input). The format defaults to the extension
of --out, else html; without --out the result goes to standard output. --theme overrides the
document's theme (${themeNames.join(', ')}).
--width is ${LIMITS.minWidth}-${LIMITS.maxWidth} px (default ${LIMITS.defaultWidth}); --dpr and --viewport apply to png and svg
('screen' is the ${LIMITS.screen.width}x${LIMITS.screen.height} phone viewport). --rasterizer picks how a png is drawn:
skia (default, from the laid-out components) or sharp (satori's SVG through librsvg, slower).
Exit codes: 0 written, 1 the document is invalid or could not be rendered, 2 bad usage.
`;

function usage(message: string): number {
  process.stderr.write(`uidsl render: ${message}\n\n${HELP}`);
  return 2;
}

export async function run(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, theme: { type: 'string', short: 't' },
        width: { type: 'string', short: 'w' }, dpr: { type: 'string' }, viewport: { type: 'string' }, rasterizer: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    return usage((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) return usage(positionals.length ? 'give exactly one FILE' : 'FILE is required');
  const out = values.out as string | undefined;
  const format = ((values.format as string | undefined) ?? (out && extname(out).slice(1).toLowerCase()) ?? 'html') || 'html';
  if (!FORMATS.includes(format as Format)) return usage(`--format must be one of ${FORMATS.join(', ')}; got "${format}"`);
  const theme = values.theme as string | undefined;
  if (theme !== undefined && !themeNames.includes(theme)) return usage(`--theme must be one of ${themeNames.join(', ')}; got "${theme}"`);
  const rasterizer = values.rasterizer as string | undefined;
  if (rasterizer !== undefined && !RASTERIZERS.includes(rasterizer as Rasterizer)) return usage(`--rasterizer must be one of ${RASTERIZERS.join(', ')}; got "${rasterizer}"`);
  const num = (name: string): number | undefined => (values[name] === undefined ? undefined : Number(values[name]));
  if (format === 'png' && !out && process.stdout.isTTY) return usage('a PNG needs --out PATH (or a pipe)');

  let text: string;
  try {
    text = readFileSync(positionals[0] === '-' ? 0 : positionals[0], 'utf8');
  } catch (err) {
    process.stderr.write(`uidsl render: cannot read "${positionals[0]}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  const parsed = parseDocument(text);
  if (!parsed.valid) {
    process.stderr.write(`uidsl render: ${positionals[0]} is not a valid UI-DSL document\n${formatIssues(parsed.issues, '  ')}\n`);
    return 1;
  }

  // Loaded only now: satori, Skia, sharp and the fonts take a while, and a usage error should not wait for them.
  const { renderHtml, renderVue, renderSvg, renderPng, RenderError } = await import('@uidsl/renderer');
  const opts = { theme: theme as ThemeName | undefined, width: num('width'), dpr: num('dpr') as 1 | 2 | 3 | undefined, viewport: values.viewport as 'full' | 'screen' | undefined, rasterizer: rasterizer as Rasterizer | undefined };
  let result: string | Buffer;
  try {
    result =
      format === 'html' ? renderHtml(parsed.doc, opts)
      : format === 'vue' ? renderVue(parsed.doc, opts)
      : format === 'svg' ? await renderSvg(parsed.doc, opts)
      : await renderPng(parsed.doc, opts);
  } catch (err) {
    if (err instanceof RenderError) {
      const e = err as RenderErrorType;
      process.stderr.write(`uidsl render: ${e.message} [${e.code}]\n`);
      return e.code === 'RENDER_BAD_OPTION' ? 2 : 1;
    }
    throw err;
  }
  if (out) {
    writeFileSync(out, result);
    process.stderr.write(`uidsl render: wrote ${out} (${format}, ${result.length} bytes)\n`);
  } else {
    process.stdout.write(result);
  }
  return 0;
}
