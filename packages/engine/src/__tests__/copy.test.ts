import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validate } from '@uidsl/dsl';
import { documentGrammar } from '../grammar/build.ts';
import { catalogStrings, copySource, copyViable, withCopySource } from '../grammar/copy.ts';
import { feedText, initialState, isComplete } from '../automaton/automaton.ts';
import { ALPHABET, walk } from './helpers/walk.ts';

const grammarFor = (text: string) => withCopySource(documentGrammar(), copySource(text));
const accepts = (text: string, doc: unknown) => {
  const s = feedText(initialState(grammarFor(text)), JSON.stringify(doc));
  return s !== null && isComplete(s);
};
const page = (sections: unknown[]) => ({ page: { name: 'home_page', theme: 'minimal', layout: { grid: 12, gutter: 16, padding: 16 }, sections } });

test('every record of the committed sample keeps its free text inside the description or the catalog', () => {
  const lines = readFileSync(new URL('../../../../data/samples/sample.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
  assert.ok(lines.length >= 1000);
  for (const line of lines) {
    const r = JSON.parse(line);
    const s = feedText(initialState(grammarFor(r.instruction)), r.output_json_minified);
    assert.ok(s && isComplete(s), `rejected: ${r.instruction}\n${r.output_json_minified}`);
  }
});

test('a title is a span of the description or a catalog string, and nothing else', () => {
  const text = '黑金风格的首页，顶部标题栏写潮鞋集市，底部导航';
  assert.ok(accepts(text, page([{ type: 'topbar', props: { title: '潮鞋集市' } }])));
  assert.ok(accepts(text, page([{ type: 'topbar', props: { title: '首页' } }])), 'the catalog default');
  assert.ok(!accepts(text, page([{ type: 'topbar', props: { title: '潮鞋集市场' } }])), 'runs past the span');
  assert.ok(!accepts(text, page([{ type: 'topbar', props: { title: '好物商城' } }])), 'made up');
});

test('a span never crosses a list separator or a bracket, nor holds a space between Chinese words', () => {
  const text = '订单页，标签：全部、待付款（热门） 已完成 Hi 欢迎';
  const tabs = (items: string[]) => page([{ type: 'tabs', props: { items } }]);
  assert.ok(accepts(text, tabs(['全部', '待付款'])));
  assert.ok(!accepts(text, tabs(['全部、待付款'])));
  assert.ok(!accepts(text, tabs(['待付款（热门'])));
  assert.ok(!accepts(text, tabs(['待付款（热门） 已完成'])));
  assert.ok(accepts(text, tabs(['Hi 欢迎'])), 'a space after a Latin letter stays');
});

test('in a list of distinct entries, a new one neither begins with a taken one nor begins one', () => {
  const text = '登录页，字段：账号、昵称、邀请码，另有昵称字段';
  const form = (labels: string[]) => page([{ type: 'form', props: { fields: labels.map((label) => ({ label, type: 'text' })) } }]);
  assert.ok(accepts(text, form(['账号', '昵称', '邀请码'])));
  assert.ok(!accepts(text, form(['昵称', '昵称字段'])), 'begins with a taken entry');
  assert.ok(!accepts(text, form(['昵称', '昵'])), 'the beginning of a taken entry');
});

test('lookahead refuses a beginning whose every ending is taken', () => {
  const c = copySource('字段：账号、密码');
  assert.equal(copyViable(c, '账', new Set(['账号']), 40), false, '"账" can only become the taken "账号"');
  assert.equal(copyViable(c, '账', undefined, 40), true);
  assert.equal(copyViable(c, '密', new Set(['账号']), 40), true);
});

test('catalog strings cover what the pages leave unsaid', () => {
  const { known } = catalogStrings();
  for (const s of ['首页', '立即购买', '$', 'HK$']) assert.ok(known.has(s), s);
});

test('random walks under a copy source always end in a schema-valid document (no dead ends)', () => {
  const { known } = catalogStrings();
  const alphabet = [...new Set([...ALPHABET, ...[...known].join('')])];
  fc.assert(
    fc.property(fc.integer(), fc.constantFrom('潮鞋商品、价格/中文 ab12，', '', '中文中文中文', '价格、价格、价格'), (seed, text) => {
      const doc = walk(seed, grammarFor(text), alphabet);
      const result = validate(JSON.parse(doc));
      assert.ok(result.valid, `${doc}\n${JSON.stringify(result.issues)}`);
    }),
    { numRuns: 150 },
  );
});
