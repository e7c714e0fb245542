import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SatoriElement } from '../satori-tree.ts';
import { layout, type Box } from '../layout.ts';
import { textWidth } from '../text.ts';

const el = (style: Record<string, unknown>, ...children: (SatoriElement | string)[]): SatoriElement => ({
  type: 'div', props: { style: { boxSizing: 'border-box', ...style }, ...(children.length ? { children: children.length === 1 ? children[0] : children } : {}) },
});
const icon = (size: number): SatoriElement => ({ type: 'svg', props: { width: size, height: size, viewBox: '0 0 24 24', style: { flexShrink: 0 } } });
const LINE = { display: 'block', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', minWidth: 0, fontSize: 14, lineHeight: '20px' };
const TEXT = { size: 14, weight: 400, lineHeight: 20 };

test('a row shares its width: fixed icons keep their size and a growing line takes the rest', () => {
  const root = layout(el({ display: 'flex', flexDirection: 'row', alignItems: 'center', paddingLeft: 16, paddingRight: 16, gap: 12, height: 48 },
    icon(22), el({ ...LINE, flexGrow: 1 }, '标题'), icon(22)), 375);
  const [a, line, b] = root.children;
  assert.deepEqual([a.left, a.width, a.height, a.top], [16, 22, 22, 13]);
  assert.equal(line.left, 16 + 22 + 12);
  assert.equal(line.width, 375 - 32 - 44 - 24);
  assert.equal(b.left + b.width, 375 - 16);
  assert.deepEqual(line.text?.lines, ['标题']);
});

test('a line too long for its box is cut with an ellipsis that fits inside it', () => {
  const long = '这是一段很长很长的文字,放不下的时候要用省略号结尾';
  const root = layout(el({ display: 'flex', width: 120 }, el({ ...LINE, flexGrow: 1 }, long)), 375);
  const [shown] = root.children[0].text!.lines;
  assert.ok(shown.endsWith('…') && shown.length < long.length, shown);
  assert.ok(long.startsWith(shown.slice(0, -1)));
  assert.ok(textWidth(shown, TEXT) <= 120);
});

test('break-all text wraps inside its width and the box grows by whole lines', () => {
  const text = '一二三四五六七八九十'.repeat(3);
  const root = layout(el({ display: 'flex', flexDirection: 'column', width: 100 }, el({ display: 'block', wordBreak: 'break-all', fontSize: 14, lineHeight: '20px' }, text)), 375);
  const para = root.children[0];
  const lines = para.text!.lines;
  assert.ok(lines.length >= 4, `${lines.length} lines`);
  assert.equal(lines.join(''), text, 'no character lost or repeated');
  for (const l of lines) assert.ok(textWidth(l, TEXT) <= 100);
  assert.equal(para.height, lines.length * 20);
});

test('borders and padding sit inside the given width, and absolute boxes are placed from the far edges', () => {
  const root = layout(el({ display: 'flex', position: 'relative', width: 200, height: 100, padding: 10, border: '2px solid #FF0000' },
    el({ position: 'absolute', right: 6, bottom: 4, width: 30, height: 20 })), 375);
  assert.equal(root.width, 200);
  assert.deepEqual(root.sides.map((s) => s?.width), [2, 2, 2, 2]);
  const abs: Box = root.children[0];
  assert.deepEqual([abs.left + abs.width, abs.top + abs.height], [200 - 2 - 6, 100 - 2 - 4]);
});

test('text inherits colour and size from its ancestors, and numbers of px are lengths', () => {
  const root = layout(el({ display: 'flex', color: '#123456', fontSize: 17, lineHeight: '24px' }, el({ display: 'flex' }, el(LINE, 'x'))), 375);
  const t = root.children[0].children[0].text!;
  assert.equal(t.color, '#123456');
  assert.equal(t.style.size, 14, 'the line sets its own size');
  assert.equal(t.style.lineHeight, 20);
});
