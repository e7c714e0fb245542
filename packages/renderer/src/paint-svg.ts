import type { SatoriChild, SatoriElement } from './satori-tree.ts';
import { path2d, type Context } from './skia.ts';
import { fillGradient } from './gradient.ts';

/**
 * Paints the inline SVG the components emit (Lucide icons and the placeholder art of art.ts) on a
 * canvas: paths and basic shapes, fill and stroke with their opacities, a linear gradient in
 * bounding-box units, and a clip path. Anything else in an SVG is skipped, never guessed at.
 */
interface Paint { fill: string; stroke: string; width: number; cap: string; join: string; fillOpacity: number; strokeOpacity: number }

const num = (v: unknown, fallback = 0): number => {
  const n = typeof v === 'number' ? v : parseFloat(String(v ?? ''));
  return Number.isFinite(n) ? n : fallback;
};
const kids = (el: SatoriElement): SatoriElement[] => {
  const c = el.props.children;
  const list: SatoriChild[] = c === undefined ? [] : Array.isArray(c) ? c : [c];
  return list.filter((k): k is SatoriElement => typeof k !== 'string');
};

function inherit(p: Paint, a: Record<string, unknown>): Paint {
  return {
    fill: typeof a.fill === 'string' ? a.fill : p.fill,
    stroke: typeof a.stroke === 'string' ? a.stroke : p.stroke,
    width: a['stroke-width'] !== undefined ? num(a['stroke-width'], p.width) : p.width,
    cap: typeof a['stroke-linecap'] === 'string' ? a['stroke-linecap'] : p.cap,
    join: typeof a['stroke-linejoin'] === 'string' ? a['stroke-linejoin'] : p.join,
    fillOpacity: a['fill-opacity'] !== undefined ? num(a['fill-opacity'], 1) : p.fillOpacity,
    strokeOpacity: a['stroke-opacity'] !== undefined ? num(a['stroke-opacity'], 1) : p.strokeOpacity,
  };
}

const points = (v: unknown): number[] => String(v ?? '').trim().split(/[\s,]+/).map(Number).filter(Number.isFinite);

/** The outline of a shape element as path data (cached as a Path2D by skia.ts), or null for other elements. */
function outline(el: SatoriElement): string | null {
  const a = el.props;
  switch (el.type) {
    case 'path':
      return typeof a.d === 'string' ? a.d : null;
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [num(a.cx), num(a.cy)];
      const rx = el.type === 'circle' ? num(a.r) : num(a.rx);
      const ry = el.type === 'circle' ? rx : num(a.ry);
      return rx > 0 && ry > 0 ? `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z` : null;
    }
    case 'rect': {
      const [x, y, w, h] = [num(a.x), num(a.y), num(a.width), num(a.height)];
      const r = Math.min(num(a.rx, num(a.ry)), w / 2, h / 2);
      if (w <= 0 || h <= 0) return null;
      if (r <= 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
      return `M${x + r} ${y}H${x + w - r}A${r} ${r} 0 0 1 ${x + w} ${y + r}V${y + h - r}A${r} ${r} 0 0 1 ${x + w - r} ${y + h}H${x + r}A${r} ${r} 0 0 1 ${x} ${y + h - r}V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`;
    }
    case 'line':
      return `M${num(a.x1)} ${num(a.y1)}L${num(a.x2)} ${num(a.y2)}`;
    case 'polyline':
    case 'polygon': {
      const p = points(a.points);
      if (p.length < 4) return null;
      let d = `M${p[0]} ${p[1]}`;
      for (let i = 2; i + 1 < p.length; i += 2) d += `L${p[i]} ${p[i + 1]}`;
      return el.type === 'polygon' ? `${d}Z` : d;
    }
    default:
      return null;
  }
}

const URL = /^url\(#([^)]+)\)$/;
const fraction = (v: unknown, fallback: number): number => {
  const s = String(v ?? '');
  return s.endsWith('%') ? parseFloat(s) / 100 : num(v, fallback);
};

/** Fills `d` with a gradient given in the units of the box (x, y, w, h), as `gradientUnits="objectBoundingBox"`. */
function fillBoxGradient(ctx: Context, d: string, grad: SatoriElement, box: [number, number, number, number]): void {
  const a = grad.props;
  ctx.save();
  ctx.clip(path2d(d));
  ctx.translate(box[0], box[1]);
  ctx.scale(box[2], box[3]);
  const [x1, y1, x2, y2] = [fraction(a.x1, 0), fraction(a.y1, 0), fraction(a.x2, 1), fraction(a.y2, 0)];
  const stops = kids(grad).filter((k) => k.type === 'stop').map((k) => String(k.props['stop-color'] ?? '#000000'));
  const [from, to] = [stops[0] ?? '#000000', stops[stops.length - 1] ?? stops[0] ?? '#000000'];
  if (!fillGradient(ctx, x1, y1, x2, y2, from, to, 2)) {
    const g = ctx.createLinearGradient(x1, y1, x2, y2);
    for (const stop of kids(grad)) {
      if (stop.type === 'stop') g.addColorStop(Math.min(1, Math.max(0, fraction(stop.props.offset, 0))), String(stop.props['stop-color'] ?? '#000000'));
    }
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 1, 1);
  }
  ctx.restore();
}

function draw(ctx: Context, el: SatoriElement, up: Paint, defs: Map<string, SatoriElement>, view: [number, number, number, number]): void {
  if (el.type === 'defs' || el.type === 'linearGradient' || el.type === 'clipPath') return;
  const p = inherit(up, el.props);
  if (el.type === 'g' || el.type === 'svg') {
    const clip = URL.exec(String(el.props['clip-path'] ?? ''))?.[1];
    const region = clip ? defs.get(clip) : undefined;
    if (region) {
      ctx.save();
      for (const shape of kids(region)) {
        const d = outline(shape);
        if (d) ctx.clip(path2d(d));
      }
    }
    for (const k of kids(el)) draw(ctx, k, p, defs, view);
    if (region) ctx.restore();
    return;
  }
  const d = outline(el);
  if (!d) return;
  const base = ctx.globalAlpha;
  const gradient = URL.exec(p.fill)?.[1];
  if (gradient && defs.get(gradient)?.type === 'linearGradient') {
    const a = el.props;
    const box: [number, number, number, number] = el.type === 'rect' ? [num(a.x), num(a.y), num(a.width), num(a.height)] : view;
    ctx.globalAlpha = base * p.fillOpacity;
    fillBoxGradient(ctx, d, defs.get(gradient)!, box);
  } else if (p.fill !== 'none' && !gradient) {
    ctx.globalAlpha = base * p.fillOpacity;
    ctx.fillStyle = p.fill;
    ctx.fill(path2d(d));
  }
  if (p.stroke !== 'none' && p.width > 0 && !URL.test(p.stroke)) {
    ctx.globalAlpha = base * p.strokeOpacity;
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.width;
    ctx.lineCap = p.cap as CanvasLineCap;
    ctx.lineJoin = p.join as CanvasLineJoin;
    ctx.stroke(path2d(d));
  }
  ctx.globalAlpha = base;
}

function collectDefs(el: SatoriElement, out: Map<string, SatoriElement>): void {
  for (const k of kids(el)) {
    if ((k.type === 'linearGradient' || k.type === 'clipPath') && typeof k.props.id === 'string') out.set(k.props.id, k);
    collectDefs(k, out);
  }
}

const ROOT: Paint = { fill: '#000000', stroke: 'none', width: 1, cap: 'butt', join: 'miter', fillOpacity: 1, strokeOpacity: 1 };

/** Paints an `<svg>` element into the box at (x, y) of w x h CSS px, scaling its viewBox to fit. */
export function paintSvg(ctx: Context, svg: SatoriElement, x: number, y: number, w: number, h: number): void {
  const vb = points(svg.props.viewBox);
  const view: [number, number, number, number] = vb.length === 4 && vb[2] > 0 && vb[3] > 0 ? [vb[0], vb[1], vb[2], vb[3]] : [0, 0, w, h];
  const defs = new Map<string, SatoriElement>();
  collectDefs(svg, defs);
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(w / view[2], h / view[3]);
  ctx.translate(-view[0], -view[1]);
  draw(ctx, svg, ROOT, defs, view);
  ctx.restore();
}
