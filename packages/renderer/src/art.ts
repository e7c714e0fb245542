import { h, type VNode } from 'vue';
import type { Tokens } from './theme.ts';

/** A small deterministic generator (mulberry32), so the same seed always draws the same picture. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Placeholder imagery drawn locally: a themed gradient with a sun and two hills, varied by `seed`.
 * Themes with `decor: 0` get a flat tile with a small picture glyph instead.
 */
export function art(width: number, height: number, t: Tokens, seed: number, radius = t.radius): VNode {
  const w = Math.round(width);
  const hgt = Math.round(height);
  const rnd = random(seed * 7919 + w * 31 + hgt);
  const id = `a${seed}x${w}x${hgt}`;
  const shapes: VNode[] = [];
  if (t.decor) {
    const sx = r1(w * (0.2 + 0.6 * rnd()));
    const sy = r1(hgt * (0.2 + 0.2 * rnd()));
    const sr = r1(Math.min(w, hgt) * (0.08 + 0.06 * rnd()));
    const y1 = r1(hgt * (0.55 + 0.15 * rnd()));
    const y2 = r1(hgt * (0.65 + 0.15 * rnd()));
    const peak = r1(w * (0.25 + 0.5 * rnd()));
    shapes.push(
      h('circle', { cx: sx, cy: sy, r: sr, fill: t.artInk, 'fill-opacity': 0.85 }),
      h('path', { d: `M0 ${hgt}L0 ${y1}L${peak} ${r1(y1 - hgt * 0.25)}L${w} ${y2}L${w} ${hgt}Z`, fill: t.artInk, 'fill-opacity': 0.35 }),
      h('path', { d: `M0 ${hgt}L${r1(w * 0.15)} ${y2}L${r1(w * 0.6)} ${r1(y2 - hgt * 0.12)}L${w} ${r1(y2 + hgt * 0.08)}L${w} ${hgt}Z`, fill: t.artInk, 'fill-opacity': 0.55 }),
    );
  } else {
    const s = Math.min(w, hgt) * 0.22;
    const x = (w - s) / 2;
    const y = (hgt - s) / 2;
    shapes.push(
      h('rect', { x: r1(x), y: r1(y), width: r1(s), height: r1(s), rx: 2, fill: 'none', stroke: t.artInk, 'stroke-width': 2 }),
      h('circle', { cx: r1(x + s * 0.33), cy: r1(y + s * 0.33), r: r1(s * 0.1), fill: t.artInk }),
    );
  }
  return h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}`, style: { flexShrink: 0 } },
    [
      h('defs', null, [
        h('linearGradient', { id: `${id}g`, x1: 0, y1: 0, x2: 1, y2: 1 }, [
          h('stop', { offset: 0, 'stop-color': t.artFrom }),
          h('stop', { offset: 1, 'stop-color': t.artTo }),
        ]),
        h('clipPath', { id: `${id}c` }, [h('rect', { x: 0, y: 0, width: w, height: hgt, rx: radius })]),
      ]),
      // The clip keeps the hills inside the rounded corners.
      h('g', { 'clip-path': `url(#${id}c)` }, [h('rect', { x: 0, y: 0, width: w, height: hgt, fill: `url(#${id}g)` }), ...shapes]),
    ],
  );
}
