import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'vue';
import satori from 'satori';
import sharp from 'sharp';
import { flattenSvg } from '../svg-flatten.ts';
import { toSatori } from '../satori-tree.ts';
import { fontsForSatori } from '../font.ts';
import { UiPage } from '../page.ts';
import { EVERY_SECTION } from '../samples.ts';

test('flattening satori SVG removes masks and images and draws the same pixels', async () => {
  // Bars with icons, clipped cards with art, a banner: every construct the rewrite touches, on a short page
  // (rasterising satori's own output is the slow part this rewrite exists for).
  const doc = { page: { name: 'home_page' as const, theme: 'sakura-pink' as const, sections: EVERY_SECTION.filter((s) => ['topbar', 'banner', 'card-list', 'tabbar'].includes(s.type)).slice(0, 4) } };
  const [tree] = toSatori(h(UiPage, { doc, theme: 'sakura-pink', width: 375 }));
  const raw = await satori(tree as any, { width: 375, fonts: fontsForSatori() });
  const flat = flattenSvg(raw);
  assert.ok(/<image /.test(raw) && /mask="url\(#satori_om-/.test(raw), 'the input has what is to be removed');
  assert.ok(!/<image /.test(flat), 'images left');
  assert.ok(!/satori_om-/.test(flat), 'overflow masks left');
  const [a, b] = await Promise.all([raw, flat].map((s) => sharp(Buffer.from(s)).raw().toBuffer()));
  assert.equal(a.length, b.length);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff += Math.abs(a[i] - b[i]);
  assert.ok(diff / a.length < 0.5, `mean difference ${diff / a.length} per channel`);
});

test('an image that is not an SVG data URL is left alone', () => {
  const svg = '<svg><image x="1" y="2" width="3" height="4" href="data:image/png;base64,AAAA"/></svg>';
  assert.equal(flattenSvg(svg), svg);
});
