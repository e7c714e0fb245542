import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSSRApp } from 'vue';
import { renderToString } from '@vue/server-renderer';
import { parse, compileTemplate, compileStyle } from '@vue/compiler-sfc';
import { renderVue, renderHtml } from '../index.ts';
import { everySectionPage } from '../samples.ts';

const doc = everySectionPage('ocean-blue');
const sfc = renderVue(doc);
const { descriptor, errors } = parse(sfc, { filename: 'Page.vue' });
/** What a person reads: the text of the body (or of a fragment), without whitespace. */
const textOf = (html: string) => html.replace(/^[\s\S]*<body>/, '').replace(/<[^>]+>/g, '').replace(/\s+/g, '');

test('the SFC has a template and a scoped style, and both compile', () => {
  assert.deepEqual(errors, []);
  assert.ok(descriptor.template);
  assert.equal(descriptor.styles.length, 1);
  assert.equal(descriptor.styles[0].scoped, true);
  const id = 'data-v-uidsl';
  const template = compileTemplate({ source: descriptor.template!.content, filename: 'Page.vue', id, scoped: true, compilerOptions: { scopeId: id } });
  assert.deepEqual(template.errors, []);
  // The scope attribute reaches the elements inside the v-pre root, so the scoped classes apply.
  assert.ok((template.code.match(/data-v-uidsl/g) ?? []).length > 20);
  const style = compileStyle({ source: descriptor.styles[0].content, filename: 'Page.vue', id, scoped: true });
  assert.deepEqual(style.errors, []);
  assert.match(style.code, /\.u0\[data-v-uidsl\]/);
});

test('the SFC shows the same text as the HTML page', async () => {
  const fromSfc = await renderToString(createSSRApp({ template: descriptor.template!.content }));
  assert.equal(textOf(fromSfc), textOf(renderHtml(doc, { font: 'none' })));
});

test('equal inline styles share one class', () => {
  const elements = (descriptor.template!.content.match(/<div /g) ?? []).length;
  const classes = (descriptor.styles[0].content.match(/^\.u\d+ \{/gm) ?? []).length;
  assert.ok(classes > 10 && classes < elements / 2, `${classes} classes for ${elements} elements`);
  assert.ok(!/ style="/.test(descriptor.template!.content), 'no inline styles left in the template');
});
