import { test } from 'node:test';
import assert from 'node:assert/strict';
import { themeNames, type Section, type ThemeName } from '@uidsl/dsl';
import { themeList, renderPng, renderHtml } from '../index.ts';
import { pageOf, pixel } from './helpers.ts';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const hue = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (d === 0) return -1;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};
const tokens = Object.fromEntries(themeList().map((t) => [t.name, t.tokens])) as Record<ThemeName, ReturnType<typeof themeList>[number]['tokens']>;

test('themeList has the 8 themes of the contract with labels and tokens', () => {
  const list = themeList();
  assert.deepEqual(list.map((t) => t.name), [...themeNames]);
  for (const t of list) {
    assert.ok(t.label.length > 0);
    for (const key of ['bg', 'surface', 'text', 'primary', 'onPrimary', 'border'] as const) assert.match(t.tokens[key], /^#[0-9A-F]{6}$/i);
  }
});

test('themes look like their names', () => {
  assert.ok(luminance(tokens['obsidian-gold'].bg) < 0.1, 'obsidian-gold is near black');
  assert.ok(hue(tokens['obsidian-gold'].primary) >= 40 && hue(tokens['obsidian-gold'].primary) <= 55, 'with gold accents');
  assert.ok(luminance(tokens['tech-purple'].bg) < 0.1 && hue(tokens['tech-purple'].primary) > 250 && hue(tokens['tech-purple'].primary) < 290, 'tech-purple is dark with purple');
  assert.ok(luminance(tokens['silver-white'].bg) > 0.9 && Math.abs(hue(tokens['silver-white'].primary) - 210) < 30, 'silver-white is light with cool greys');
  assert.equal(tokens.minimal.bg, '#FFFFFF');
  assert.equal(tokens.minimal.radius, 0);
  assert.equal(tokens.minimal.decor, 0);
  const hues: [ThemeName, number, number][] = [['ocean-blue', 200, 225], ['forest-green', 100, 140], ['sakura-pink', 330, 350], ['sunset-orange', 20, 40]];
  for (const [name, lo, hi] of hues) assert.ok(hue(tokens[name].primary) >= lo && hue(tokens[name].primary) <= hi, `${name} primary hue ${hue(tokens[name].primary)}`);
});

test('no two themes share a background and primary colour', () => {
  const pairs = new Set(themeList().map((t) => `${t.tokens.bg}/${t.tokens.primary}`));
  assert.equal(pairs.size, themeNames.length);
});

test('the PNG background is the theme background, and layout.bg overrides it', async () => {
  const sections = [{ type: 'text', props: { body: '正文' } }] as Section[];
  for (const theme of themeNames as ThemeName[]) {
    assert.equal(await pixel(await renderPng(pageOf(sections, theme)), 2, 2), tokens[theme].bg.toUpperCase(), theme);
  }
  const doc = pageOf(sections, 'ocean-blue', { layout: { bg: '#123456' } });
  assert.equal(await pixel(await renderPng(doc), 2, 2), '#123456');
  assert.match(renderHtml(doc, { font: 'none' }), /background-color:#123456/);
});
