import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { catalog, validate, pageNames, themeNames } from '@uidsl/dsl';
import { documentGrammar } from '../grammar/build.ts';
import { feedByte, feedChar, feedText, forcedChar, initialState, isComplete, type State } from '../automaton/automaton.ts';
import { walk } from './helpers/walk.ts';

test('random walks through the automaton always end in a schema-valid, canonical document', () => {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const text = walk(seed);
      const value = JSON.parse(text);
      const result = validate(value);
      assert.ok(result.valid, `${text}\n${JSON.stringify(result.issues)}`);
      assert.equal(JSON.stringify(value), text, 'minified');
    }),
    { numRuns: 300 },
  );
});

test('walks under an override keep the forced theme and page type', () => {
  const grammar = documentGrammar({ theme: 'tech-purple', pageType: 'cart_page' });
  for (let seed = 1; seed <= 20; seed++) {
    const doc = JSON.parse(walk(seed, grammar));
    assert.equal(doc.page.theme, 'tech-purple');
    assert.equal(doc.page.name, 'cart_page');
  }
});

test('every usual page layout in the catalog, in every theme, is accepted to the end', () => {
  for (const name of pageNames) {
    for (const theme of themeNames) {
      const doc = { page: { name, theme, layout: { grid: 12, gutter: 16, padding: 16, bg: '#0E0E0E' }, sections: catalog.pages[name as keyof typeof catalog.pages].layout } };
      assert.ok(validate(doc).valid, `catalog layout of ${name} is valid`);
      const s = feedText(initialState(documentGrammar()), JSON.stringify(doc));
      assert.ok(s && isComplete(s), `${name}/${theme} accepted`);
    }
  }
});

test('unknown types, props and enum values, broken JSON and semantic violations are refused', () => {
  const head = '{"page":{"name":"home_page","theme":"minimal","sections":[';
  const bad = [
    '{"page":{"name":"landing_page"',
    '{"page":{"theme":"minimal"',
    '{"page":{"name":"home_page","theme":"gold"',
    `${head}{"type":"hero"`,
    `${head}{"type":"topbar","props":{"color"`,
    `${head}{"type":"topbar","props":{"actions":["rocket"`,
    `${head}{"type":"card-list","props":{"columns":4`,
    `${head}{"type":"carousel","props":{"height":79}`,
    `${head}{"type":"tabs","props":{"items":["a","a"]`,
    `${head}{"type":"tabs","props":{"items":["a","b"],"active":2}`,
    `${head}{"type":"price","props":{"value":12,"original":11}`,
    `${head}{"type":"cta","props":{"text":""}`,
    `${head}{"type":"tabbar","props":{"items":["home","home"]`,
    `${head}{"type":"form","props":{"fields":[{"label":"a","type":"text"},{"label":"a"`,
    `${head}{"type":"topbar","props":{"title":"x"}},]`,
    '{"page":{"name":"home_page","theme":"minimal","layout":{"bg":"#12345G"',
    '{"page":{"name":"home_page","theme":"minimal","layout":{"gutter":016',
    '{"page":{"name":"home_page","theme":"minimal","sections":[]} ',
  ];
  for (const text of bad) assert.equal(feedText(initialState(documentGrammar()), text), null, text);
  const done = feedText(initialState(documentGrammar()), `${head}]}}`);
  assert.ok(done && isComplete(done));
  assert.equal(feedChar(done!, ' '), null, 'nothing after the end');
});

test('numbers: bounds, integers and canonical form', () => {
  const head = '{"page":{"name":"home_page","theme":"minimal","sections":[{"type":"';
  const ok = (t: string) => feedText(initialState(documentGrammar()), head + t) !== null;
  assert.ok(ok('seller","props":{"rating":4.85}'));
  assert.ok(!ok('seller","props":{"rating":5.1'));
  assert.ok(!ok('seller","props":{"rating":4.50}'), 'no trailing zero');
  assert.ok(!ok('carousel","props":{"count":1.5'), 'integer');
  assert.ok(ok('stats","props":{"items":[{"label":"x","value":-12.5}]}'));
  assert.ok(!ok('price","props":{"value":-1'));
  assert.ok(ok('carousel","props":{"height":600}'));
  assert.ok(!ok('carousel","props":{"height":6000'));
});

test('strings: escapes, lengths in code points, byte-fallback UTF-8', () => {
  const head = '{"page":{"name":"home_page","theme":"minimal","sections":[{"type":"cta","props":{"text":"';
  const start = feedText(initialState(documentGrammar()), head)!;
  assert.ok(feedText(start, 'a\\"b\\n\\u0001"'));
  assert.equal(feedText(start, '\\u000a'), null, 'newline has a short escape');
  assert.ok(feedText(start, '😀'.repeat(16) + '"'), '16 code points fit');
  assert.equal(feedText(start, '😀'.repeat(17)), null);
  let s: State | null = start;
  for (const b of new TextEncoder().encode('中文')) s = s && feedByte(s, b);
  assert.deepEqual(s, feedText(start, '中文'));
  assert.equal(feedByte(start, 0xc0), null, 'overlong lead byte');
  const half = feedByte(start, 0xe4)!;
  assert.equal(feedChar(half, 'a'), null, 'a character cannot interrupt a byte sequence');
  const enumStart = feedText(initialState(documentGrammar()), '{"page":{"name":"')!;
  assert.equal(feedByte(enumStart, 0xe4), null, 'no multi-byte character inside an enum');
});

test('forced text follows the only continuation and stops at a choice', () => {
  const s = feedText(initialState(documentGrammar()), '{"page":{"name":"home_page"')!;
  let text = '';
  let cur = s;
  for (let c = forcedChar(cur); typeof c === 'string'; c = forcedChar(cur)) {
    text += c;
    cur = feedChar(cur, c)!;
  }
  assert.equal(text, ',"theme":"');
});
