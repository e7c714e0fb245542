import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalog, minify, propsSchema, usualLabels, validate, type Section } from '@uidsl/dsl';
import { Rng } from '../rng.ts';
import { generatePair, type Pair } from '../pair.ts';
import { usualProps, DEFAULT_THEME } from '../document.ts';
import { chineseCount, chineseNumber } from '../numerals.ts';
import { PLACE_WORDS } from '../compose.ts';

const pairs: Pair[] = [];
const rng = new Rng(20240);
for (let i = 0; i < 4000; i++) pairs.push(generatePair(rng));

test('every generated document is schema-valid', () => {
  for (const p of pairs) {
    const r = validate(p.doc);
    assert.equal(r.valid, true, `${p.instruction}\n${JSON.stringify(r.issues)}`);
  }
});

test('documents are in canonical key order: page, layout and props as the contract and schema list them', () => {
  for (const { doc } of pairs) {
    assert.deepEqual(Object.keys(doc.page), ['name', 'theme', 'layout', 'sections']);
    assert.deepEqual(Object.keys(doc.page.layout!), ['grid', 'gutter', 'padding', ...(doc.page.layout!.bg ? ['bg'] : [])]);
    for (const s of doc.page.sections) {
      assert.deepEqual(Object.keys(s), ['type', 'props']);
      const order = Object.keys(propsSchema(s.type).properties);
      const keys = Object.keys(s.props);
      assert.deepEqual(keys, [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)), `${s.type}: ${keys}`);
    }
  }
});

test('a description that names no sections gets the usual layout of its page type', () => {
  const unnamed = pairs.filter((p) => !p.meta.sectionsNamed);
  assert.ok(unnamed.length > 100);
  for (const p of unnamed) {
    const usual = catalog.pages[p.doc.page.name].layout;
    assert.equal(minify({ page: { ...p.doc.page, sections: usual } } as never), minify(p.doc), p.instruction);
  }
});

test('an unnamed theme is the fixed default; a named one is written in the instruction', () => {
  for (const p of pairs) {
    if (!p.meta.themeNamed) assert.equal(p.doc.page.theme, DEFAULT_THEME, p.instruction);
    else assert.ok(catalog.themes[p.doc.page.theme].words.some((w) => p.instruction.replace(/ {2,}/g, ' ').includes(w)), p.instruction);
  }
});

test('a named page type is written in the instruction; an unnamed one is said by what it is for, or is home_page', () => {
  let implied = 0;
  for (const p of pairs) {
    // Typing noise may double the space inside a two-word name ("login  page").
    if (p.meta.pageNamed) assert.ok(catalog.pages[p.doc.page.name].words.some((w) => p.instruction.replace(/ {2,}/g, ' ').includes(w)), p.instruction);
    else if (p.doc.page.name !== 'home_page') {
      implied++;
      assert.ok(catalog.pages[p.doc.page.name].goals!.some((g) => p.instruction.includes(g)), p.instruction);
    }
  }
  assert.ok(implied > 0, 'some pages are said by what they are for');
});

/** A currency is said by its symbol or its name. */
const CURRENCY_WORDS: Record<string, string> = { '$': '美元', '€': '欧元', 'HK$': '港币', '£': '英镑' };
const ICON_OR_ENUM = new Set(['actions', 'items:tabbar', 'style', 'card']);
const ALSO: Record<number, string[]> = { 1: ['单'], 2: ['双'] };
const numberSaid = (instruction: string, n: number) =>
  instruction.includes(String(n)) ||
  (Number.isInteger(n) && n < 100 && [chineseNumber(n), chineseCount(n), ...(ALSO[n] ?? [])].some((w) => instruction.includes(w)));

/** What differs from the page's usual props was said, so it must be in the instruction, verbatim. */
function checkSaid(p: Pair, s: Section): void {
  const usual = usualProps(p.doc.page.name, s.type);
  for (const [key, value] of Object.entries(s.props)) {
    if (JSON.stringify(usual[key]) === JSON.stringify(value)) continue;
    if (ICON_OR_ENUM.has(key) || ICON_OR_ENUM.has(`${key}:${s.type}`)) continue;
    const where = `${s.type}.${key} in "${p.instruction}"`;
    if (key === 'currency') assert.ok(p.instruction.includes(String(value)) || p.instruction.includes(CURRENCY_WORDS[String(value)]), where);
    else if (typeof value === 'string') assert.ok(p.instruction.includes(value), where);
    else if (typeof value === 'number' && key !== 'active') assert.ok(numberSaid(p.instruction, value), where);
    else if (Array.isArray(value)) {
      // "菜单5项": a count alone brings the usual entries, and the count is what was said.
      const labels = value.map((item) => (typeof item === 'string' ? item : (item.label ?? item.title)));
      const counted = usualLabels(s.type, labels.length, { page: p.doc.page.name, orders: labels.some((l) => catalog.vocab.menuLabels.orderGrid.includes(l)) });
      // (Or rows of so many columns: "两行，每行四个".)
      const columns = (s.props as { columns?: number }).columns;
      const rows = columns && labels.length % columns === 0 ? labels.length / columns : 0;
      if (JSON.stringify(counted) === JSON.stringify(labels) && (numberSaid(p.instruction, labels.length) || (rows > 1 && numberSaid(p.instruction, rows)))) continue;
      for (const item of value) {
        const text = typeof item === 'string' ? item : (item.label ?? item.title);
        assert.ok(p.instruction.includes(text), `${where}: ${text}`);
      }
    }
  }
}

test('values the document holds beyond the defaults are copied verbatim from the instruction', () => {
  let checked = 0;
  for (const p of pairs) for (const s of p.doc.page.sections) (checkSaid(p, s), checked++);
  assert.ok(checked > 5000);
});

test('every page type, theme, section type, card type and field type is produced', () => {
  const seen = new Set<string>();
  for (const { doc } of pairs) {
    seen.add(doc.page.name);
    seen.add(doc.page.theme);
    for (const s of doc.page.sections) {
      seen.add(s.type);
      for (const k of Object.keys(s.props)) seen.add(`${s.type}.${k}`);
      if (s.type === 'card-list' && s.props.card) seen.add(s.props.card.type);
      if (s.type === 'form') for (const f of s.props.fields ?? []) seen.add(`field:${f.type}`);
      if (s.type === 'list' && s.props.style) seen.add(`list:${s.props.style}`);
    }
  }
  const want = [
    ...Object.keys(catalog.pages), ...Object.keys(catalog.themes), ...Object.keys(catalog.sections), ...Object.keys(catalog.vocab.cards),
    ...Object.keys(catalog.vocab.fieldTypes).map((t) => `field:${t}`), 'list:plain', 'list:card', 'list:chat',
    ...Object.keys(catalog.sections).flatMap((t) => Object.keys(propsSchema(t).properties).map((k) => `${t}.${k}`)),
  ];
  assert.deepEqual(want.filter((w) => !seen.has(w)), []);
});

test('the same seed gives the same pairs', () => {
  const a = new Rng(5);
  const b = new Rng(5);
  for (let i = 0; i < 200; i++) {
    const x = generatePair(a);
    const y = generatePair(b);
    assert.equal(x.instruction, y.instruction);
    assert.equal(minify(x.doc), minify(y.doc));
  }
});

test('descriptions vary: few exact repeats and many distinct openings', () => {
  const distinct = new Set(pairs.map((p) => p.instruction));
  assert.ok(distinct.size > pairs.length * 0.97, `${distinct.size} distinct of ${pairs.length}`);
  const openings = new Set(pairs.map((p) => p.instruction.slice(0, 4)));
  assert.ok(openings.size > 500, `${openings.size} distinct openings`);
});

test('a written spec numbers its sections one a line, in the document\'s order', () => {
  const specs = pairs.filter((p) => /\n(1[.、)）]|\u2460|[-·•] )/.test(p.instruction));
  assert.ok(specs.length > 20, `only ${specs.length} written specs in 4,000 pairs`);
  for (const p of specs) {
    const body = p.instruction.slice(p.instruction.indexOf('\n') + 1);
    // One marker a section, each opening a line or, numbered, running on in one ("1）… 2）…").
    // ("卖家卡片 4.6分": a decimal is no marker.)
    const markers = [...body.matchAll(/(?:^|\n| )(?:(\d+)(?:\.(?!\d)|[、)）])|([\u2460-\u2473])|[-·•] )/g)];
    assert.equal(markers.length, p.doc.page.sections.length, p.instruction);
    markers.forEach((m, i) => {
      if (m[1]) assert.equal(Number(m[1]), i + 1, p.instruction);
      if (m[2]) assert.equal(m[2].charCodeAt(0) - 0x2460, i, p.instruction);
    });
  }
});

test('a developer\'s quick spec joins its sections with + | → ; or bullets, and names some in English', () => {
  const dev = pairs.filter((p) => p.meta.style === 'dev');
  assert.ok(dev.length > 40, `only ${dev.length} quick specs in 4,000 pairs`);
  // (About a third name one of these, 34% over 40,000 pairs; a quarter keeps the test off the mean.)
  assert.ok(dev.filter((p) => /\b(?:navbar|header|topbar|swiper|carousel|slider|grid|searchbar|tabbar|notice|menu|steps|stats|filters|tabs)\b/.test(p.instruction)).length > dev.length / 4);
  for (const p of dev) assert.match(p.instruction, / \+ | \| | → |；|\n- /, p.instruction);
});

test('said into voice input, a description pauses with spaces, not punctuation, and quotes only spaced values', () => {
  const spoken = pairs.filter((p) => p.meta.style === 'spoken');
  assert.ok(spoken.length > 40, `only ${spoken.length} spoken descriptions in 4,000 pairs`);
  for (const p of spoken) {
    assert.doesNotMatch(p.instruction, /[，。；！\n]/, p.instruction);
    for (const q of p.instruction.matchAll(/[“「『‘]([^”」』’]*)[”」』’]|(["'])([^"'\n]{1,30})\2/g)) assert.match(q[1] ?? q[3]!, /[\s、,，]/, `${q[0]} in ${p.instruction}`);
  }
});

test('a section said last with where it goes is placed there in the document', () => {
  let moved = 0;
  for (const p of pairs) {
    const m = /[，。](?:再加个|再加一个|还要一个|另外加个|再来个)(.+)，(?:放在|放到|挪到)(\S+?)(?:上面|前面|上方)$/.exec(p.instruction);
    if (!m) continue;
    moved++;
    // The place word names one section, the only one of its type, and something stands before it: the one placed.
    const types = p.doc.page.sections.map((s) => s.type);
    const named = Object.entries(PLACE_WORDS).filter(([, words]) => words!.includes(m[2]!)).map(([t]) => t);
    assert.equal(named.length, 1, p.instruction);
    assert.equal(types.filter((t) => t === named[0]).length, 1, p.instruction);
    assert.ok(types.indexOf(named[0] as (typeof types)[number]) >= 1, p.instruction);
  }
  assert.ok(moved > 0, 'some descriptions place a section said last');
});
