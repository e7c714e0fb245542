import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '@vue/compiler-sfc';
import { schema, deref, propsSchema, sectionTypes, pageNames, themeNames, validate, type UiDslDocument } from '@uidsl/dsl';
import { renderHtml, renderVue, renderSvg, renderPng } from '../index.ts';

// Text mixes Chinese, Latin, markup characters, an emoji and a zero-width space.
const CHARS = ['中', '文', '页', '购', 'a', 'Z', '0', ' ', '<', '>', '&', '"', "'", '{', '}', '/', '\\', '🙂', '\u200b', '·'];

/** An arbitrary for any node of the UI-DSL schema, following its types, bounds and enums. */
function arb(node: Record<string, any>): fc.Arbitrary<unknown> {
  const n = deref(node);
  if (n.enum) return fc.constantFrom(...n.enum);
  if (n.const !== undefined) return fc.constant(n.const);
  if (n.anyOf) return fc.oneof(...n.anyOf.map(arb));
  switch (n.type) {
    case 'string':
      if (n.pattern) return fc.tuple(...Array.from({ length: 6 }, () => fc.constantFrom(...'0123456789abcdefABCDEF'))).map((d) => `#${d.join('')}`);
      return fc.string({ unit: fc.constantFrom(...CHARS), minLength: n.minLength ?? 0, maxLength: Math.min(n.maxLength ?? 40, 60) });
    case 'integer':
      return fc.integer({ min: n.minimum ?? 0, max: n.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: n.minimum ?? 0, max: n.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arb(n.items), { minLength: n.minItems ?? 0, maxLength: Math.min(n.maxItems ?? 6, 8) });
    case 'object': {
      const props = Object.fromEntries(Object.entries(n.properties ?? {}).map(([k, v]) => [k, arb(v as Record<string, any>)]));
      return fc.record(props, { requiredKeys: n.required ?? [] });
    }
    default:
      throw new Error(`no arbitrary for ${JSON.stringify(n).slice(0, 80)}`);
  }
}

const section = fc.constantFrom(...sectionTypes).chain((type) => arb(propsSchema(type)).map((props) => ({ type, props })));
const documents = fc
  .record({
    name: fc.constantFrom(...pageNames),
    theme: fc.constantFrom(...themeNames),
    layout: arb(schema.$defs.layout),
    sections: fc.array(section, { maxLength: 6 }),
  }, { requiredKeys: ['name', 'theme', 'sections'] })
  .map((page) => ({ page }) as UiDslDocument)
  // The validator's semantic rules (active inside items, unique tabs, ...) decide what is schema-valid.
  .filter((doc) => validate(doc).valid);

test('random schema-valid documents always render to HTML, Vue and SVG', async () => {
  await fc.assert(
    fc.asyncProperty(documents, async (doc) => {
      const html = renderHtml(doc, { font: 'none' });
      assert.match(html, /<div class="uidsl-page"/);
      assert.ok(!/<script/i.test(html));
      assert.deepEqual(parse(renderVue(doc)).errors, []);
      assert.match(await renderSvg(doc), /^<svg /);
    }),
    { numRuns: 40 },
  );
});

test('random schema-valid documents always render to PNG', async () => {
  await fc.assert(
    fc.asyncProperty(documents, fc.constantFrom(1, 2) as fc.Arbitrary<1 | 2>, async (doc, dpr) => {
      const png = await renderPng(doc, { dpr, viewport: 'screen' });
      assert.equal(png.readUInt32BE(16), 375 * dpr, 'PNG width from its header');
      assert.equal(png.readUInt32BE(20), 812 * dpr, 'PNG height from its header');
    }),
    { numRuns: 15 },
  );
});
