import { newCanvas, type Canvas, type Context } from './skia.ts';

/**
 * Two-colour linear gradients without dithering. Skia dithers its gradient shader, which put
 * noise into every picture and banner: pages came out almost three times larger as PNGs and took
 * zlib longer. Here the gradient is a strip of N exact colours drawn stretched along the gradient
 * line with nearest-neighbour sampling: every pixel gets the colour rounded from its position,
 * as an undithered gradient would.
 */
const N = 256;
const HEX = /^#([0-9a-fA-F]{6})$/;
const strips = new Map<string, Canvas>();

function strip(from: string, to: string): Canvas | null {
  const a = HEX.exec(from)?.[1];
  const b = HEX.exec(to)?.[1];
  if (!a || !b) return null;
  const key = `${a}${b}`;
  let c = strips.get(key);
  if (!c) {
    if (strips.size > 512) strips.clear();
    const ca = [0, 2, 4].map((i) => parseInt(a.slice(i, i + 2), 16));
    const cb = [0, 2, 4].map((i) => parseInt(b.slice(i, i + 2), 16));
    c = newCanvas(N, 1);
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(N, 1);
    for (let i = 0; i < N; i++) {
      const t = (i + 0.5) / N;
      for (let k = 0; k < 3; k++) img.data[i * 4 + k] = Math.round(ca[k] + (cb[k] - ca[k]) * t);
      img.data[i * 4 + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    strips.set(key, c);
  }
  return c;
}

/**
 * Fills the current clip with a gradient from `from` at (x0, y0) to `to` at (x1, y1), in the
 * context's current units; `reach` is how far the fill extends either side of the gradient line.
 * Returns false (drawing nothing) for colours other than `#rrggbb`.
 */
export function fillGradient(ctx: Context, x0: number, y0: number, x1: number, y1: number, from: string, to: string, reach: number): boolean {
  const s = strip(from, to);
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (!s || len === 0) return false;
  ctx.save();
  ctx.translate(x0, y0);
  ctx.rotate(Math.atan2(y1 - y0, x1 - x0));
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(s, 0, 0, N, 1, 0, -reach, len, 2 * reach);
  ctx.restore();
  return true;
}
