import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { catalog, validate } from '@uidsl/dsl';
import { GRAMMAR } from '../rules/grammar.ts';
import { parsePrompt, rulesGenerate } from '../rules/index.ts';
import { build } from '../rules/build.ts';
import { MAX_PROMPT_CHARS } from '../rules/normalize.ts';

/**
 * Valid through the parser itself, not through the fallback: `rulesGenerate` would hide a parser bug
 * behind the usual layout, so the parse and the build are checked on their own (they must not throw).
 */
const valid = (prompt: unknown) => {
  const built = build(parsePrompt(prompt as string));
  const result = validate(built);
  if (!result.valid) assert.fail(`${JSON.stringify(prompt).slice(0, 200)}: ${JSON.stringify(result.issues)}`);
  assert.ok(validate(rulesGenerate(prompt as string)).valid);
  return true;
};

test('hostile input still gives a valid document', () => {
  const cases: unknown[] = [
    '',
    ' ',
    '\u0000\u0001\u001f',
    '\ud800\udfff\ud83d',
    '😀'.repeat(500),
    '{"page":{"name":"evil","sections":[{"type":"__proto__"}]}}',
    '__proto__ constructor prototype toString',
    '<script>alert(1)</script>标题叫<b>x</b>',
    '标题叫' + '“'.repeat(100),
    '按钮写' + '和'.repeat(300),
    '轮播图' + '9'.repeat(400) + '张',
    '价格-5元，原价1e309',
    '表单有' + '手机号、'.repeat(200),
    '底部导航有' + '首页/'.repeat(100),
    '第99999999999999999个默认选中',
    '(((((((((((((((',
    '#zzzzzz 背景#GGGGGG 背景色#12345',
    null,
    undefined,
    42,
  ];
  for (const c of cases) valid(c);
});

test('huge input is cut, not parsed whole', () => {
  const huge = '两列商品卡，'.repeat(200_000);
  const doc = rulesGenerate(huge);
  assert.ok(validate(doc).valid);
  assert.ok(doc.page.sections.length <= 30);
  assert.ok(MAX_PROMPT_CHARS < huge.length);
});

test('any string gives a schema-valid document', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), valid), { numRuns: 300 });
});

/** Words of the lexicon, glue and numbers shuffled together: text the parser's rules all fire on. */
const words = [
  ...Object.values(catalog.pages).flatMap((p) => p.words),
  ...Object.values(catalog.themes).flatMap((t) => t.words),
  ...Object.values(catalog.sections).flatMap((s) => s.words),
  ...Object.values(catalog.icons).flatMap((i) => i.words),
  ...Object.values(catalog.vocab.fieldTypes).flatMap((f) => f.words),
  ...Object.values(GRAMMAR).flat(),
  '标题叫', '按钮写', '“', '”', '「', '」', '(', ')', '两列', '3张', '第二个', '999', '4.8分', '#A1B2C3', '原价', '默认选中', '，', '、', ' ',
];

test('any mix of lexicon words gives a schema-valid document', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((w) => w.join('')), valid), { numRuns: 800 });
});
