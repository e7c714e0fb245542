import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HashTable64, hash64 } from '../hash.ts';
import { Rng, deriveSeed } from '../rng.ts';
import { chineseCount, chineseNumber } from '../numerals.ts';
import { correctedList } from '../say.ts';
import { fieldTypeFor, iconFor } from '../infer.ts';
import { parseRatios, splitOf, shardFile } from '../splits.ts';

test('HashTable64 remembers every key through growth and returns the first value stored', () => {
  const t = new HashTable64(4);
  for (let i = 0; i < 50000; i++) assert.equal(t.getOrSet(i * 7919, i ^ 0x5bd1e995, i), undefined);
  assert.equal(t.size, 50000);
  for (let i = 0; i < 50000; i += 97) assert.equal(t.getOrSet(i * 7919, i ^ 0x5bd1e995, 999999), i);
  assert.equal(t.getOrSet(0, 0, 5), undefined, 'the empty-slot key is still a key');
  assert.equal(t.getOrSet(0, 0, 6), 5);
});

test('hash64 is stable and spreads near-identical strings', () => {
  assert.deepEqual(hash64('黑金首页'), hash64('黑金首页'));
  assert.notDeepEqual(hash64('黑金首页'), hash64('黑金首页。'));
  assert.notDeepEqual(hash64('a', 1), hash64('a', 2));
});

test('Rng is deterministic per seed and stays in range', () => {
  const a = new Rng(42);
  const b = new Rng(42);
  const seq = Array.from({ length: 100 }, () => a.next());
  assert.deepEqual(seq, Array.from({ length: 100 }, () => b.next()));
  assert.ok(seq.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(seq, Array.from({ length: 100 }, ((c) => () => c.next())(new Rng(43))));
  const r = new Rng(1);
  for (let i = 0; i < 1000; i++) {
    const v = r.range(3, 5);
    assert.ok(v >= 3 && v <= 5);
  }
  assert.deepEqual(new Rng(9).sample([1, 2, 3, 4], 4).sort(), [1, 2, 3, 4]);
  assert.notEqual(deriveSeed(1, 0, 0), deriveSeed(1, 0, 1));
  assert.notEqual(deriveSeed(1, 1, 0), deriveSeed(1, 0, 1));
});

test('Chinese numerals and counts', () => {
  assert.deepEqual([1, 2, 3, 10, 12, 20, 35, 99].map(chineseNumber), ['一', '二', '三', '十', '十二', '二十', '三十五', '九十九']);
  assert.equal(chineseCount(2), '两');
  assert.equal(chineseCount(4), '四');
});

test('icons and field types come from the head word of a label', () => {
  assert.equal(iconFor('收货地址'), 'address');
  assert.equal(iconFor('我的订单'), 'order');
  assert.equal(iconFor('联系客服'), 'service');
  assert.equal(iconFor('清除缓存'), undefined);
  assert.equal(fieldTypeFor('手机号'), 'phone');
  assert.equal(fieldTypeFor('确认密码'), 'password');
  assert.equal(fieldTypeFor('商品图片'), 'image');
  assert.equal(fieldTypeFor('描述'), 'textarea');
  assert.equal(fieldTypeFor('价格'), 'number');
  assert.equal(fieldTypeFor('验证码'), 'text');
});

test('split ratios parse, normalise and refuse nonsense', () => {
  assert.deepEqual(parseRatios('90,5,5'), { train: 0.9, val: 0.05, test: 0.05 });
  assert.throws(() => parseRatios('1,2'), /three/);
  assert.throws(() => parseRatios('0,0,0'), /three/);
  assert.throws(() => parseRatios('a,b,c'), /three/);
  const r = { train: 0.8, val: 0.1, test: 0.1 };
  assert.equal(splitOf(0, r), 'train');
  assert.equal(splitOf(Math.floor(0.85 * 2 ** 32), r), 'val');
  assert.equal(splitOf(2 ** 32 - 1, r), 'test');
  assert.equal(shardFile('train', 2, 8), 'train-00002-of-00008.jsonl');
  assert.equal(shardFile('train', 0, 1), 'train.jsonl');
});

test('correctedList names every entry meant, and the spare only where it is taken back', () => {
  const items = ['钱包', '卡券', '客服'];
  const seen = new Set<string>();
  for (let seed = 0; seed < 300; seed++) {
    const text = correctedList(new Rng(seed), items, '关于');
    for (const item of items) assert.ok(text.includes(item), `${text} lacks ${item}`);
    if (text.includes('关于')) assert.match(text, /关于(?:不要了|不要|去掉吧|改成|换成)/, text);
    seen.add(/不要|去掉/.test(text) ? 'drop' : /改成|换成/.test(text) ? 'rename' : 'add');
  }
  assert.deepEqual([...seen].sort(), ['add', 'drop', 'rename']);
  // An entry holding 和 would be counted as two: such a list is said plainly.
  assert.equal(correctedList(new Rng(1), ['赞和收藏', '关注'], '评论'), '赞和收藏、关注');
});
