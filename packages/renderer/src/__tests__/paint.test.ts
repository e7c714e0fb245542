import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SatoriElement } from '../satori-tree.ts';
import { layout } from '../layout.ts';
import { paint } from '../paint.ts';
import { newCanvas } from '../skia.ts';

const el = (style: Record<string, unknown>, ...children: (SatoriElement | string)[]): SatoriElement => ({
  type: 'div', props: { style, ...(children.length ? { children: children.length === 1 ? children[0] : children } : {}) },
});

/** Paints `tree` at `dpr` and returns a reader of its pixels as #RRGGBB at CSS coordinates. */
function draw(tree: SatoriElement, width: number, dpr = 1) {
  const box = layout(tree, width);
  const canvas = newCanvas(width * dpr, Math.round(box.height) * dpr);
  const ctx = canvas.getContext('2d');
  ctx.scale(dpr, dpr);
  paint(ctx, box, dpr);
  const data = canvas.data();
  const w = width * dpr;
  return (x: number, y: number) => {
    const i = (Math.floor(y * dpr) * w + Math.floor(x * dpr)) * 4;
    return `#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
  };
}

test('backgrounds, borders and rounded corners land where the layout put them', () => {
  const at = draw(el({ display: 'flex', backgroundColor: '#FFFFFF', padding: 10, height: 60 },
    el({ width: 40, height: 40, backgroundColor: '#FF0000', border: '2px solid #0000FF', borderRadius: 12 })), 100);
  assert.equal(at(5, 5), '#FFFFFF', 'page');
  assert.equal(at(30, 30), '#FF0000', 'inside the box');
  assert.equal(at(30, 10.5), '#0000FF', 'top border');
  assert.equal(at(10.5, 10.5), '#FFFFFF', 'the rounded corner leaves the page showing');
  assert.equal(at(55, 30), '#FFFFFF', 'right of the box');
});

test('one-sided borders draw only that side', () => {
  const at = draw(el({ display: 'flex', flexDirection: 'column', backgroundColor: '#FFFFFF' },
    el({ height: 20, borderBottom: '1px solid #00FF00' })), 50);
  assert.equal(at(25, 19.5), '#00FF00');
  assert.equal(at(25, 0.5), '#FFFFFF');
});

test('text is drawn inside its line box in its colour, and centred text sits in the middle', () => {
  const at = draw(el({ display: 'flex', flexDirection: 'column', backgroundColor: '#FFFFFF', width: 200 },
    el({ display: 'block', color: '#000000', fontSize: 20, lineHeight: '28px', textAlign: 'center' }, '田')), 200, 2);
  // 田 is a box of strokes: its horizontal centre stroke crosses x = 100 near the middle of the line.
  const column = Array.from({ length: 28 }, (_, y) => at(100, y + 0.25));
  assert.ok(column.some((c) => c !== '#FFFFFF'), 'ink in the middle column');
  assert.equal(at(20, 14), '#FFFFFF', 'nothing at the far left');
});

test('positioned and translucent children are painted after the others, as the browser does', () => {
  const at = draw(el({ display: 'flex', position: 'relative', backgroundColor: '#FFFFFF', width: 60, height: 40 },
    el({ position: 'absolute', left: 0, top: 0, width: 30, height: 40, backgroundColor: '#FF0000' }),
    el({ width: 60, height: 40, backgroundColor: '#0000FF' })), 60);
  assert.equal(at(10, 20), '#FF0000', 'the positioned box is on top though it comes first');
  assert.equal(at(45, 20), '#0000FF');
});

test('a box that clips its children keeps them inside its rounded corners', () => {
  const at = draw(el({ display: 'flex', backgroundColor: '#FFFFFF', padding: 10 },
    el({ display: 'flex', width: 40, height: 40, borderRadius: 20, overflow: 'hidden' }, el({ width: 40, height: 40, backgroundColor: '#000000', flexShrink: 0 }))), 60);
  assert.equal(at(30, 30), '#000000');
  assert.equal(at(11, 11), '#FFFFFF', 'the child is clipped at the corner');
});

test('a CSS gradient runs from its first colour to its last without dithering noise', () => {
  const at = draw(el({ display: 'flex', backgroundColor: '#FFFFFF' },
    el({ width: 200, height: 20, backgroundImage: 'linear-gradient(90deg, #000000, #C80000)' })), 200);
  const reds = Array.from({ length: 200 }, (_, x) => parseInt(at(x + 0.5, 10).slice(1, 3), 16));
  assert.ok(reds[0] < 3 && reds[199] > 197, `${reds[0]}..${reds[199]}`);
  for (let x = 1; x < 200; x++) assert.ok(reds[x] >= reds[x - 1], `red falls at x=${x}: ${reds[x - 1]} -> ${reds[x]}`);
  const row2 = Array.from({ length: 200 }, (_, x) => parseInt(at(x + 0.5, 3).slice(1, 3), 16));
  assert.deepEqual(row2, reds, 'every row of a horizontal gradient is the same');
});
