import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { FONT_FAMILY, FONT_WEIGHTS, fontData } from './font.ts';

/**
 * The one module that imports Skia (`@napi-rs/canvas`, prebuilt binaries from the npm registry).
 * The PNG is painted with it from the laid-out component tree (layout.ts, paint.ts). Fonts are the
 * npm package's TTFs registered under the page's own family name, never the machine's fonts.
 */
export type Context = SKRSContext2D;
export type { Canvas };

let registered = false;
function registerFonts(): void {
  if (registered) return;
  for (const w of FONT_WEIGHTS) GlobalFonts.register(fontData(w), FONT_FAMILY);
  registered = true;
}

/** A canvas of `width` x `height` device pixels. */
export function newCanvas(width: number, height: number): Canvas {
  registerFonts();
  return createCanvas(width, height);
}

let measurer: Context | null = null;
/** A context kept for measuring text. */
export function measuringContext(): Context {
  registerFonts();
  return (measurer ??= createCanvas(1, 1).getContext('2d'));
}

// Icons repeat on every page: each path string is parsed once.
const paths = new Map<string, Path2D>();
export function path2d(d: string): Path2D {
  let p = paths.get(d);
  if (!p) {
    if (paths.size > 4096) paths.clear();
    paths.set(d, (p = new Path2D(d)));
  }
  return p;
}
