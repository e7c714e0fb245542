import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validate } from '@uidsl/dsl';
import { documentGrammar } from '../grammar/build.ts';
import { catalogValues, copySource, copyViable, numbersIn, withCopySource } from '../grammar/copy.ts';
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

test('numbers come from the description (digits or Chinese numerals) or the catalog; list indexes are free', () => {
  assert.deepEqual([...numbersIn('轮播七张，价格1885.5块，两列，单列，第二步')].sort((a, b) => a - b), [1, 2, 7, 1885.5]);
  const text = '详情页，轮播七张，价格1885块，卖家4.6分，标签：全部、待付款、已完成，默认选中已完成';
  const detail = (props: Record<string, unknown>) => page([{ type: 'carousel', props: { count: props.count } }, { type: 'seller', props: { rating: props.rating } }]);
  assert.ok(accepts(text, detail({ count: 7, rating: 4.6 })));
  assert.ok(accepts(text, detail({ count: 3, rating: 4.8 })), "the catalog's own values");
  assert.ok(!accepts(text, detail({ count: 7, rating: 4.7 })), 'a rating nobody wrote');
  assert.ok(!accepts(text, detail({ count: 5, rating: 4.6 })));
  assert.ok(accepts(text, page([{ type: 'tabs', props: { items: ['全部', '待付款', '已完成'], active: 2 } }])), 'active counts items');
  assert.ok(!accepts(text, page([{ type: 'price', props: { value: 1885, original: 3 } }])), 'refined bounds still hold');
});

test('catalog strings cover what the pages leave unsaid', () => {
  const { known } = catalogValues();
  for (const s of ['首页', '立即购买', '$', 'HK$']) assert.ok(known.has(s), s);
});

test('random walks under a copy source always end in a schema-valid document (no dead ends)', () => {
  const { known } = catalogValues();
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
