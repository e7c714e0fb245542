import type { Box } from './layout.ts';
import { paintSvg } from './paint-svg.ts';
import { fillGradient } from './gradient.ts';
import { baselineOffset, fontOf, textWidth } from './text.ts';
import type { Context } from './skia.ts';

/**
 * Paints a laid-out box tree (layout.ts) on a canvas whose transform maps CSS px to device pixels,
 * in the browser's order: a box's background and borders, its picture or text, then its children,
 * in-flow ones before positioned or translucent ones (which the browser paints in a later phase).
 * Box edges are snapped to device pixels as the browser snaps backgrounds.
 */
const LINEAR = /^linear-gradient\(\s*(-?\d+(?:\.\d+)?)deg\s*,\s*([^,]+?)\s*,\s*([^,]+?)\s*\)$/;

function roundRect(ctx: Context, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  if (r > 0) ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
  else ctx.rect(x, y, w, h);
}

/** Fills the rounded box with a CSS `linear-gradient(<angle>deg, a, b)`, its line sized as CSS sizes it. */
function cssGradient(ctx: Context, value: string, x: number, y: number, w: number, h: number, r: number): void {
  const m = LINEAR.exec(value);
  if (!m) return;
  const a = (Number(m[1]) * Math.PI) / 180;
  const dx = Math.sin(a);
  const dy = -Math.cos(a);
  const half = (Math.abs(w * dx) + Math.abs(h * dy)) / 2;
  const [x0, y0, x1, y1] = [x + w / 2 - dx * half, y + h / 2 - dy * half, x + w / 2 + dx * half, y + h / 2 + dy * half];
  ctx.save();
  roundRect(ctx, x, y, w, h, r);
  ctx.clip();
  if (!fillGradient(ctx, x0, y0, x1, y1, m[2], m[3], w + h)) {
    const g = ctx.createLinearGradient(x0, y0, x1, y1);
    g.addColorStop(0, m[2]);
    g.addColorStop(1, m[3]);
    ctx.fillStyle = g;
    ctx.fillRect(x, y, w, h);
  }
  ctx.restore();
}

const layered = (b: Box): boolean => b.style.position === 'absolute' || (typeof b.style.opacity === 'number' && b.style.opacity < 1);

function paintBox(ctx: Context, b: Box, ox: number, oy: number, snap: (v: number) => number): void {
  const s = b.style;
  const opacity = typeof s.opacity === 'number' ? Math.max(0, Math.min(1, s.opacity)) : 1;
  if (opacity === 0 || s.display === 'none') return;
  const base = ctx.globalAlpha;
  ctx.globalAlpha = base * opacity;
  const x0 = ox + b.left;
  const y0 = oy + b.top;
  const x = snap(x0);
  const y = snap(y0);
  const w = snap(x0 + b.width) - x;
  const h = snap(y0 + b.height) - y;
  const radius = typeof s.borderRadius === 'number' ? Math.max(0, s.borderRadius) : 0;

  if (typeof s.backgroundColor === 'string' && s.backgroundColor !== 'transparent') {
    ctx.fillStyle = s.backgroundColor;
    roundRect(ctx, x, y, w, h, radius);
    ctx.fill();
  }
  if (typeof s.backgroundImage === 'string') cssGradient(ctx, s.backgroundImage, x, y, w, h, radius);
  const [top, right, bottom, left] = b.sides;
  if (top && right && bottom && left && top.width === right.width && top.width === bottom.width && top.width === left.width && top.color === left.color) {
    const bw = top.width;
    ctx.strokeStyle = top.color;
    ctx.lineWidth = bw;
    // The browser's dashes are about three times the border's width.
    ctx.setLineDash(top.dashed ? [bw * 3, bw * 3] : []);
    roundRect(ctx, x + bw / 2, y + bw / 2, w - bw, h - bw, Math.max(0, radius - bw / 2));
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    const edge = (side: Box['sides'][number], rx: number, ry: number, rw: number, rh: number) => {
      if (!side) return;
      ctx.fillStyle = side.color;
      ctx.fillRect(rx, ry, rw, rh);
    };
    edge(top, x, y, w, top?.width ?? 0);
    edge(bottom, x, y + h - (bottom?.width ?? 0), w, bottom?.width ?? 0);
    edge(left, x, y, left?.width ?? 0, h);
    edge(right, x + w - (right?.width ?? 0), y, right?.width ?? 0, h);
  }

  if (b.el.type === 'svg') paintSvg(ctx, b.el, x0, y0, b.width, b.height);
  if (b.text) {
    const t = b.text;
    const padL = b.pad[3] + (left?.width ?? 0);
    const padR = b.pad[1] + (right?.width ?? 0);
    const padT = b.pad[0] + (top?.width ?? 0);
    const inner = b.width - padL - padR;
    const clip = s.overflow === 'hidden';
    if (clip) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x0, y0, b.width, b.height);
      ctx.clip();
    }
    ctx.font = fontOf(t.style);
    ctx.fillStyle = t.color;
    const baseline = baselineOffset(t.style);
    t.lines.forEach((text, i) => {
      const tw = textWidth(text, t.style);
      const dx = t.align === 'center' ? (inner - tw) / 2 : t.align === 'right' || t.align === 'end' ? inner - tw : 0;
      const by = y0 + padT + i * t.style.lineHeight + baseline;
      ctx.fillText(text, x0 + padL + dx, by);
      if (t.strike) ctx.fillRect(x0 + padL + dx, by - t.style.size * 0.3, tw, Math.max(1, t.style.size * 0.05));
    });
    if (clip) ctx.restore();
  }

  if (b.children.length) {
    const clip = s.overflow === 'hidden';
    if (clip) {
      // Children are clipped to the padding box, whose corners follow the border's.
      const bl = left?.width ?? 0;
      const bt = top?.width ?? 0;
      ctx.save();
      roundRect(ctx, x + bl, y + bt, w - bl - (right?.width ?? 0), h - bt - (bottom?.width ?? 0), Math.max(0, radius - Math.max(bl, bt)));
      ctx.clip();
    }
    for (const c of b.children) if (!layered(c)) paintBox(ctx, c, x0, y0, snap);
    for (const c of b.children) if (layered(c)) paintBox(ctx, c, x0, y0, snap);
    if (clip) ctx.restore();
  }
  ctx.globalAlpha = base;
}

/** Paints `box` with its top-left corner at the canvas origin; the context's transform is CSS px to device pixels at `dpr`. */
export function paint(ctx: Context, box: Box, dpr: number): void {
  paintBox(ctx, box, -box.left, -box.top, (v) => Math.round(v * dpr) / dpr);
}
