import { validate, themeNames, type UiDslDocument, type ThemeName } from '@uidsl/dsl';
import { RenderError } from './errors.ts';

/** Bounds that keep one request from exhausting memory or CPU. */
export const LIMITS = {
  minWidth: 320,
  maxWidth: 1280,
  defaultWidth: 375,
  dprs: [1, 2, 3] as const,
  /** Output pixels (width x height x dpr²) of one PNG: 1280 x 6000 at dpr 1, or 375 x ~7000 at dpr 3. */
  maxPixels: 24_000_000,
  /** The phone viewport a `screen` render crops to. */
  screen: { width: 375, height: 812 },
} as const;

export type Viewport = 'full' | 'screen';
/** How a PNG is drawn: Skia from the laid-out component tree (fast, the default), or satori's SVG rasterised by sharp. */
export const RASTERIZERS = ['skia', 'sharp'] as const;
export type Rasterizer = (typeof RASTERIZERS)[number];
export interface HtmlOptions { theme?: ThemeName; width?: number; font?: 'embed' | 'none' }
export interface VueOptions { theme?: ThemeName; width?: number }
export interface SvgOptions { theme?: ThemeName; width?: number; viewport?: Viewport }
export interface PngOptions extends SvgOptions { dpr?: 1 | 2 | 3; rasterizer?: Rasterizer }

export interface Resolved {
  doc: UiDslDocument;
  theme: ThemeName;
  width: number;
  dpr: 1 | 2 | 3;
  viewport: Viewport;
  rasterizer: Rasterizer;
}

function badOption(name: string, value: unknown, want: string): never {
  throw new RenderError('BAD_OPTION', `option ${name}=${JSON.stringify(value)} is not allowed; ${want}`);
}

/** Validates the document (a rejected one is never rendered) and the options, and applies defaults. */
export function resolve(input: unknown, opts: PngOptions = {}): Resolved {
  const result = validate(input);
  if (!result.valid || !result.doc) {
    const first = result.issues[0];
    throw new RenderError('INVALID_DOCUMENT', `document refused: ${first ? `${first.path || '(root)'}: ${first.message}` : 'not a UI-DSL document'}`, result.issues);
  }
  const viewport = opts.viewport ?? 'full';
  if (viewport !== 'full' && viewport !== 'screen') badOption('viewport', viewport, 'use full or screen');
  const theme = opts.theme ?? result.doc.page.theme;
  if (!themeNames.includes(theme)) badOption('theme', theme, `use one of ${themeNames.join(', ')}`);
  // A screen render is the phone canvas, whatever width was asked for.
  const width = viewport === 'screen' ? LIMITS.screen.width : (opts.width ?? LIMITS.defaultWidth);
  if (!Number.isInteger(width) || width < LIMITS.minWidth || width > LIMITS.maxWidth) {
    badOption('width', width, `use a whole number of px from ${LIMITS.minWidth} to ${LIMITS.maxWidth}`);
  }
  const dpr = opts.dpr ?? 1;
  if (!LIMITS.dprs.includes(dpr)) badOption('dpr', dpr, 'use 1, 2 or 3');
  const rasterizer = opts.rasterizer ?? 'skia';
  if (!RASTERIZERS.includes(rasterizer)) badOption('rasterizer', rasterizer, `use ${RASTERIZERS.join(' or ')}`);
  return { doc: result.doc, theme, width, dpr, viewport, rasterizer };
}
