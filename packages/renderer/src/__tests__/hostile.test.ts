import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSSRApp } from 'vue';
import { renderToString } from '@vue/server-renderer';
import { parse } from '@vue/compiler-sfc';
import type { Section } from '@uidsl/dsl';
import { renderHtml, renderVue, renderPng, renderSvg, RenderError, safeColor, themeTokens } from '../index.ts';
import { pageOf, pngStats, markupVocabulary } from './helpers.ts';

// Each fits the shortest text limit of the schema it is used in (10 characters and up).
const ATTACKS = [
  '<script>x</script>',
  '"><img src=x>',
  "'><svg onload=x>",
  '</style><b>',
  '{{7*7}}',
  'url(//e.vil)',
  '&lt;i&gt;',
  '${7*7}`',
  '</div></body>',
  '-->\u0000<!--',
];

/** Every text prop of every section type, filled with one attack string (cut to the prop's limit). */
function hostileSections(a: string): Section[] {
  const s = (n: number) => a.slice(0, n);
  return [
    { type: 'topbar', props: { title: s(30), logo: s(30), actions: ['search'] } },
    { type: 'tabs', props: { items: [s(12), 'b'], active: 0 } },
    { type: 'price', props: { value: 1, original: 2, currency: s(4) } },
    { type: 'seller', props: { name: s(30), rating: 3, verified: true } },
    { type: 'proof', props: { items: [s(16)] } },
    { type: 'cta', props: { text: s(16), secondary: s(16) } },
    { type: 'user-info', props: { name: s(30), avatar: true, stats: [s(16)] } },
    { type: 'menu-list', props: { items: [{ icon: 'order', label: s(12) }] } },
    { type: 'form', props: { fields: [{ label: s(12), type: 'text' }, { label: `${s(11)}2`, type: 'textarea' }], submit: s(16) } },
    { type: 'filters', props: { items: [s(12)] } },
    { type: 'search-bar', props: { placeholder: s(40) } },
    { type: 'banner', props: { title: s(30), subtitle: s(40) } },
    { type: 'grid-menu', props: { items: [{ icon: 'gift', label: s(12) }], columns: 4 } },
    { type: 'notice-bar', props: { text: s(80) } },
    { type: 'list', props: { items: [{ title: s(30), subtitle: s(40) }], style: 'chat' } },
    { type: 'text', props: { title: s(40), body: s(500) } },
    { type: 'stats', props: { items: [{ label: s(10), value: s(12) }] } },
    { type: 'steps', props: { items: [s(10), 'b'], active: 0 } },
  ] as Section[];
}

const HTML_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'div', 'svg', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'g', 'defs', 'lineargradient', 'stop', 'clippath']);
const HTML_ATTRS = new Set(['charset', 'name', 'content', 'http-equiv', 'lang', 'class', 'style', 'xmlns', 'width', 'height', 'viewbox', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'd', 'cx', 'cy', 'r', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'rx', 'ry', 'points', 'id', 'offset', 'stop-color', 'fill-opacity', 'clip-path']);

for (const attack of ATTACKS) {
  test(`text is never markup: ${JSON.stringify(attack)}`, async () => {
    const doc = pageOf(hostileSections(attack), 'tech-purple');
    const html = renderHtml(doc);
    const { tags, attrs } = markupVocabulary(html);
    for (const t of tags) assert.ok(HTML_TAGS.has(t), `unexpected tag <${t}>`);
    for (const a of attrs) assert.ok(HTML_ATTRS.has(a), `unexpected attribute ${a}=`);
    assert.equal(html.split('<style>').length, 2, 'one stylesheet only');
    assert.equal(html.split('</style>').length, 2, 'the stylesheet is closed once');
    const css = [...html.matchAll(/ style="([^"]*)"/g)].map((m) => m[1]).join(';') + html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    assert.ok(!/url\((?!data:font\/ttf;base64,|#)/.test(css), 'CSS with a url() that is not the embedded font or a local reference');
    assert.ok(!css.includes('e.vil') && !css.includes('<b>'), 'document text inside CSS');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);

    const sfc = renderVue(doc);
    const { descriptor, errors } = parse(sfc);
    assert.deepEqual(errors, []);
    // Runtime-compile the template and render it: the text must come out as text, not as an evaluated expression.
    const out = await renderToString(createSSRApp({ template: descriptor.template!.content }));
    const { tags: vueTags } = markupVocabulary(out);
    for (const t of vueTags) assert.ok(HTML_TAGS.has(t), `SFC produced <${t}>`);
    if (attack.includes('{{7*7}}')) {
      assert.ok(!out.includes('>49<') && out.includes('{{7*7}}'), 'an interpolation in text was evaluated');
    }

    const svg = await renderSvg(doc);
    assert.ok(!/<(script|foreignObject|a|img)\b/i.test(svg), 'SVG holds active content');
    const png = await pngStats(await renderPng(doc));
    assert.equal(png.width, 375);
  });
}

test('a hostile colour is refused before anything renders', () => {
  for (const bg of ['red;background:url(//x)', '#fff', '#12345g', 'expression(alert(1))', '#0000001']) {
    const doc = pageOf([{ type: 'text', props: { body: 'x' } }] as Section[], 'minimal', { layout: { bg } });
    assert.throws(() => renderHtml(doc), (e: unknown) => e instanceof RenderError && e.code === 'RENDER_INVALID_DOCUMENT' && e.status === 422);
  }
});

test('colours are checked again where they are used, not trusted from the schema', () => {
  assert.equal(safeColor('#A1b2C3', '#000000'), '#A1b2C3');
  for (const bad of ['red', '#fff;x:y', 'url(a)', 12, null, '#12345']) assert.equal(safeColor(bad, '#000000'), '#000000');
  const t = themeTokens('minimal');
  for (const v of Object.values(t)) if (typeof v === 'string' && v.startsWith('#')) assert.match(v, /^#[0-9A-Fa-f]{6}$/);
});

test('a document that is not an object, or has extra keys, is refused', () => {
  for (const bad of [null, 'x', [], { page: { name: 'home_page', theme: 'minimal', sections: [], onload: 'x' } }, { page: { name: 'home_page', theme: 'minimal', sections: [{ type: 'text', props: { body: 'x', style: 'color:red' } }] } }]) {
    assert.throws(() => renderHtml(bad), (e: unknown) => e instanceof RenderError && e.code === 'RENDER_INVALID_DOCUMENT');
  }
});
