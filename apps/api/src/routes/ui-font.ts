import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Express } from 'express';
import { catalog } from '@uidsl/dsl';
import { subsetFont, FONT_WEIGHTS, type FontWeight } from '@uidsl/renderer';
import { etagOf } from '../cache.ts';
import { ApiError } from '../errors.ts';

/**
 * GET /fonts/ui.css, /fonts/ui-400.ttf and /fonts/ui-700.ttf: the web app's own typeface for Chinese on
 * machines with no Chinese font (a bare Linux desktop, a container's browser), where its labels and the
 * JSON editor would otherwise show boxes. Noto Sans SC cut to the characters this product speaks: the
 * web app's text, the catalog, and the model's tokenizer vocabulary (every character of the training
 * corpus), about 850 characters and 230 kB a weight. The web app's font stack lists it after the
 * system's Chinese fonts (apps/web/src/styles.css), so a browser that has one never fetches it. Each
 * weight is cut on first request and kept for the life of the process.
 */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const PUNCTUATION = '，。、；：？！“”‘’（）《》【】「」—…·～￥';

function productText(webDir: string, modelDir: string): string {
  const parts = [ASCII, PUNCTUATION, JSON.stringify(catalog)];
  const assets = join(webDir, 'assets');
  if (existsSync(join(webDir, 'index.html'))) parts.push(readFileSync(join(webDir, 'index.html'), 'utf8'));
  // The bundler writes non-ASCII text in scripts as \uXXXX escapes.
  const unescape = (src: string) => src.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, long: string | undefined, short: string | undefined) => String.fromCodePoint(parseInt(long ?? short!, 16)));
  if (existsSync(assets)) for (const f of readdirSync(assets)) if (/\.(js|css)$/.test(f)) parts.push(unescape(readFileSync(join(assets, f), 'utf8')));
  const tokenizer = join(modelDir, 'tokenizer.json');
  if (existsSync(tokenizer)) {
    try {
      parts.push(Object.keys((JSON.parse(readFileSync(tokenizer, 'utf8')) as { model?: { vocab?: object } }).model?.vocab ?? {}).join(''));
    } catch {
      // A model directory that cannot be read leaves the web app's and the catalog's characters, enough for the UI.
    }
  }
  return [...new Set(parts.join(''))].filter((c) => c >= ' ').sort().join('');
}

/** Only Chinese and full-width text falls back to it; the rest stays in the system's fonts. */
const CJK_RANGES = 'U+2000-206F, U+3000-303F, U+3400-9FFF, U+F900-FAFF, U+FF00-FFEF';
const css = FONT_WEIGHTS.map(
  (w) => `@font-face{font-family:"UIDSL UI";src:url(/fonts/ui-${w}.ttf) format("truetype");font-weight:${w};font-display:swap;unicode-range:${CJK_RANGES}}`,
).join('\n');
const cssEtag = etagOf(css);

export function uiFontRoutes(app: Express, dirs: { webDir: string; modelDir: string }): void {
  // The web app's index.html links this stylesheet, so the typeface is known before the first layout.
  app.get('/fonts/ui.css', (req, res) => {
    res.setHeader('ETag', cssEtag);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    if (req.get('if-none-match') === cssEtag) return void res.status(304).end();
    res.type('text/css').send(css);
  });
  const fonts = new Map<FontWeight, { body: Buffer; etag: string }>();
  let text: string | undefined;
  app.get('/fonts/ui-:weight.ttf', (req, res, next) => {
    const weight = Number(req.params.weight) as FontWeight;
    if (!FONT_WEIGHTS.includes(weight)) return next(new ApiError('NOT_FOUND', `no such font: ${req.path.slice(0, 100)}; there are ${FONT_WEIGHTS.map((w) => `/fonts/ui-${w}.ttf`).join(' and ')}`));
    let font = fonts.get(weight);
    if (!font) {
      const body = subsetFont(weight, (text ??= productText(dirs.webDir, dirs.modelDir)));
      fonts.set(weight, (font = { body, etag: etagOf(body) }));
    }
    res.setHeader('ETag', font.etag);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    if (req.get('if-none-match') === font.etag) return void res.status(304).end();
    res.type('font/ttf').send(font.body);
  });
}
