import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, compileTemplate } from '@vue/compiler-sfc';
import { themeNames, sectionTypes, type ThemeName, type Section } from '@uidsl/dsl';
import { renderHtml, renderVue, renderPng, SECTIONS } from '../index.ts';
import { EVERY_SECTION } from '../samples.ts';
import { pageOf, pngStats } from './helpers.ts';

const sample = (type: string): Section => EVERY_SECTION.find((s) => s.type === type)!;

test('the registry has a view for every section type of the schema', () => {
  assert.deepEqual(Object.keys(SECTIONS).sort(), [...sectionTypes].sort());
});

test('the samples cover every section type', () => {
  for (const type of sectionTypes) assert.ok(sample(type), `no sample for ${type}`);
});

for (const theme of themeNames as ThemeName[]) {
  test(`every section type renders to HTML, Vue and PNG in ${theme}`, async () => {
    for (const type of sectionTypes) {
      const doc = pageOf([sample(type)], theme);
      const html = renderHtml(doc, { font: 'none' });
      assert.match(html, /^<!doctype html>/);
      assert.match(html, /<div class="uidsl-page"/, `${type}: no page root`);
      const body = html.slice(html.indexOf('<body>'));
      assert.ok(body.length > 200, `${type}: almost nothing rendered`);

      const { descriptor, errors } = parse(renderVue(doc));
      assert.deepEqual(errors, [], `${type}: the SFC does not parse`);
      const compiled = compileTemplate({ source: descriptor.template!.content, filename: `${type}.vue`, id: `t-${type}` });
      assert.deepEqual(compiled.errors, [], `${type}: the template does not compile`);

      const png = await pngStats(await renderPng(doc));
      assert.equal(png.format, 'png');
      assert.equal(png.width, 375, `${type}: PNG width`);
      assert.ok(png.height >= 30, `${type}: PNG height ${png.height}`);
      assert.ok(png.spread > 2, `${type}: the PNG is blank`);
    }
  });
}

test('section text reaches the HTML', () => {
  const html = renderHtml(pageOf(EVERY_SECTION, 'ocean-blue'), { font: 'none' });
  for (const text of ['潮鞋集市', '搜索你想要的', '新人专享', '附近', '销量', '限时特惠', '全场满299减50', '领券', '1299', '官方旗舰店', '七天无理由', '小鹿同学', '粉丝 3.4万', '足迹', '联系客服', '发货', '请输入标题', '客服小美', '订单 20240301', '隐私设置', '商品详情', '立即购买', '加入购物车']) {
    assert.ok(html.includes(text), `missing "${text}"`);
  }
});

test('catalog defaults fill props a document leaves out', () => {
  const html = renderHtml(pageOf([{ type: 'proof', props: {} }, { type: 'filters', props: {} }] as Section[]), { font: 'none' });
  for (const text of ['正品保证', '七天无理由', '综合', '销量']) assert.ok(html.includes(text), `missing default "${text}"`);
});

test('a PNG at dpr 2 and 3 has 2x and 3x the pixels of dpr 1', async () => {
  const doc = pageOf([sample('banner'), sample('cta')], 'sakura-pink');
  const one = await pngStats(await renderPng(doc, { dpr: 1 }));
  for (const dpr of [2, 3] as const) {
    const n = await pngStats(await renderPng(doc, { dpr }));
    assert.equal(n.width, one.width * dpr);
    assert.ok(Math.abs(n.height - one.height * dpr) <= dpr, `dpr ${dpr}: ${n.height} vs ${one.height * dpr}`);
  }
});

test('the screen viewport is a 375x812 crop, whatever the page height', async () => {
  const tall = pageOf(EVERY_SECTION, 'tech-purple');
  const short = pageOf([sample('banner')], 'tech-purple');
  for (const doc of [tall, short]) {
    const s = await pngStats(await renderPng(doc, { viewport: 'screen', dpr: 2, width: 800 }));
    assert.deepEqual([s.width, s.height], [750, 1624]);
  }
});

test('a wider width lays the page out wider', async () => {
  const doc = pageOf([sample('card-list'), sample('tabbar')], 'forest-green');
  const s = await pngStats(await renderPng(doc, { width: 768 }));
  assert.equal(s.width, 768);
  assert.match(renderHtml(doc, { width: 768, font: 'none' }), /width:768px/);
});
