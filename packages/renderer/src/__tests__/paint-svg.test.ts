import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SatoriElement } from '../satori-tree.ts';
import { toSatori } from '../satori-tree.ts';
import { paintSvg } from '../paint-svg.ts';
import { newCanvas } from '../skia.ts';
import { icon } from '../icons.ts';
import { art } from '../art.ts';
import { themeTokens } from '../theme.ts';

function draw(svg: SatoriElement, w: number, h: number) {
  const canvas = newCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, w, h);
  paintSvg(ctx, svg, 0, 0, w, h);
  const data = canvas.data();
  return (x: number, y: number) => [data[(y * w + x) * 4], data[(y * w + x) * 4 + 1], data[(y * w + x) * 4 + 2]];
}
const inked = (rgb: number[]) => rgb.some((v) => v < 200);

test('an icon is stroked in its colour, scaled from its 24-unit view box', () => {
  const [svg] = toSatori(icon('close', 48, '#000000')) as SatoriElement[];
  const at = draw(svg, 48, 48);
  // Lucide's X: two diagonals from (6,6) to (18,18), doubled in size.
  assert.ok(inked(at(24, 24)), 'the crossing');
  assert.ok(inked(at(14, 14)));
  assert.ok(!inked(at(24, 6)), 'nothing between the arms');
  assert.ok(!inked(at(2, 2)), 'nothing outside the drawing');
});

test('placeholder art fills its box with the theme gradient and keeps its rounded corners clear', () => {
  const t = themeTokens('ocean-blue');
  const [svg] = toSatori(art(120, 80, t, 3, 16)) as SatoriElement[];
  const at = draw(svg, 120, 80);
  assert.deepEqual(at(0, 0), [255, 255, 255], 'the corner is clipped');
  const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
  const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [from, to] = [rgb(t.artFrom), rgb(t.artTo)];
  // Near the top-left (the sun and hills are lower and further in) the gradient has barely left its first colour.
  const near = at(6, 6);
  near.forEach((v, k) => {
    assert.ok(v >= Math.min(from[k], to[k]) - 2 && v <= Math.max(from[k], to[k]) + 2, `${hex(near)} between ${t.artFrom} and ${t.artTo}`);
    if (from[k] !== to[k]) assert.ok(Math.abs(v - from[k]) < Math.abs(v - to[k]), `${hex(near)} nearer ${t.artFrom}`);
  });
});
