import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baselineOffset, ellipsize, faceWeight, textWidth, wrapAll } from '../text.ts';

const S = { size: 14, weight: 400, lineHeight: 20 };

test('Chinese characters are one em wide in the shipped font, and bold is wider for Latin', () => {
  assert.ok(Math.abs(textWidth('中文字', S) - 42) < 0.5);
  assert.ok(textWidth('Hello', { ...S, weight: 700 }) > textWidth('Hello', S));
});

test('weights map to the two faces as CSS font matching does', () => {
  assert.deepEqual([300, 400, 500, 600, 700, 800].map(faceWeight), [400, 400, 400, 700, 700, 700]);
});

test('text that fits is not cut; text that does not ends in an ellipsis', () => {
  assert.equal(ellipsize('短', 100, S), '短');
  const cut = ellipsize('一二三四五六七八九十', 70, S);
  assert.equal(cut, '一二三四…');
});

test('break-all wrapping keeps every character, in order, within the width', () => {
  const lines = wrapAll('一二三四五六七八九十', 70, S);
  assert.deepEqual(lines, ['一二三四五', '六七八九十']);
  assert.deepEqual(wrapAll('', 70, S), ['']);
  // A space at a break hangs at the end of the line instead of starting the next one.
  assert.deepEqual(wrapAll('一二三四五 六七', 70, S), ['一二三四五', '六七']);
});

test('the baseline sits where the browser puts it in the line box', () => {
  // Ascent round(1.16 x 14) = 16, descent round(0.288 x 14) = 4, half-leading (20 - 20) / 2 = 0.
  assert.equal(baselineOffset(S), 16);
  assert.equal(baselineOffset({ size: 14, weight: 400, lineHeight: 30 }), 21);
});
