import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, parseDocument, assertValid, DslValidationError, DslErrorCodes as C, MAX_ISSUES, toPath, type DslIssue } from '../index.ts';

const doc = (sections: unknown[], page: Record<string, unknown> = {}) => ({
  page: { name: 'home_page', theme: 'obsidian-gold', layout: { grid: 12, gutter: 16, padding: 16 }, sections, ...page },
});
const only = (issues: DslIssue[]) => issues.map((i) => [i.code, i.path]);

test('the contract example is valid and comes back typed', () => {
  const example = doc([
    { type: 'topbar', props: { title: '潮鞋集市', actions: ['search', 'bell'] } },
    { type: 'tabs', props: { items: ['出货', '求货'], active: 0 } },
    { type: 'card-list', props: { columns: 2, card: { type: 'product-card' } } },
    { type: 'tabbar', props: { items: ['home', 'search', 'plus', 'message', 'user'] } },
  ], { layout: { grid: 12, gutter: 16, padding: 16, bg: '#0E0E0E' } });
  const r = validate(example);
  assert.equal(r.valid, true, JSON.stringify(r.issues));
  assert.deepEqual(r.issues, []);
  assert.equal(r.doc?.page.sections.length, 4);
});

test('a document without layout and with empty props is valid (everything optional has a default)', () => {
  assert.equal(validate({ page: { name: 'login_page', theme: 'minimal', sections: [{ type: 'form', props: {} }] } }).valid, true);
});

const invalid: [string, unknown, [string, string][]][] = [
  ['unknown prop on a section', doc([{ type: 'topbar', props: { title: 'x', colour: 'red' } }]), [[C.UNKNOWN_PROP, 'page.sections[0].props.colour']]],
  ['unknown section type', doc([{ type: 'carousell', props: {} }]), [[C.NOT_ALLOWED, 'page.sections[0].type']]],
  ['unknown theme', doc([], { theme: 'neon' }), [[C.NOT_ALLOWED, 'page.theme']]],
  ['missing page name', { page: { theme: 'minimal', sections: [] } }, [[C.MISSING, 'page.name']]],
  ['columns out of the enum', doc([{ type: 'card-list', props: { columns: 4 } }]), [[C.NOT_ALLOWED, 'page.sections[0].props.columns']]],
  ['count as a string', doc([{ type: 'carousel', props: { count: '3' } }]), [[C.WRONG_TYPE, 'page.sections[0].props.count']]],
  ['bad colour', doc([], { layout: { bg: 'red' } }), [[C.BAD_COLOR, 'page.layout.bg']]],
  ['too long a title', doc([{ type: 'topbar', props: { title: '长'.repeat(31) } }]), [[C.TOO_LONG, 'page.sections[0].props.title']]],
  ['tab bar with one item', doc([{ type: 'tabbar', props: { items: ['home'] } }]), [[C.TOO_FEW, 'page.sections[0].props.items']]],
  ['unknown icon in a tab bar', doc([{ type: 'tabbar', props: { items: ['home', 'rocket'] } }]), [[C.NOT_ALLOWED, 'page.sections[0].props.items[1]']]],
  ['form field without a type', doc([{ type: 'form', props: { fields: [{ label: '手机号' }] } }]), [[C.MISSING, 'page.sections[0].props.fields[0].type']]],
  ['negative price', doc([{ type: 'price', props: { value: -1 } }]), [[C.OUT_OF_RANGE, 'page.sections[0].props.value']]],
  ['too many sections', doc(Array.from({ length: 31 }, () => ({ type: 'text', props: {} }))), [[C.TOO_MANY, 'page.sections']]],
  // Semantic rules, beyond what the schema can say:
  ['tabs.active past the items', doc([{ type: 'tabs', props: { items: ['a', 'b'], active: 2 } }]), [[C.INDEX_OUT_OF_RANGE, 'page.sections[0].props.active']]],
  ['tabs.active past the default items', doc([{ type: 'tabs', props: { active: 5 } }]), [[C.INDEX_OUT_OF_RANGE, 'page.sections[0].props.active']]],
  ['steps.active past the steps', doc([{ type: 'steps', props: { items: ['a', 'b'], active: 3 } }]), [[C.INDEX_OUT_OF_RANGE, 'page.sections[0].props.active']]],
  ['a tab twice', doc([{ type: 'tabs', props: { items: ['a', 'a'] } }]), [[C.DUPLICATE, 'page.sections[0].props.items[1]']]],
  ['an icon twice in the tab bar', doc([{ type: 'tabbar', props: { items: ['home', 'user', 'home'] } }]), [[C.DUPLICATE, 'page.sections[0].props.items[2]']]],
  ['two fields with one label', doc([{ type: 'form', props: { fields: [{ label: '密码', type: 'password' }, { label: '密码', type: 'text' }] } }]), [[C.DUPLICATE, 'page.sections[0].props.fields[1]']]],
  ['original price below the price', doc([{ type: 'price', props: { value: 99, original: 59 } }]), [[C.INCONSISTENT, 'page.sections[0].props.original']]],
];

for (const [name, value, expected] of invalid) {
  test(`invalid: ${name}`, () => {
    const r = validate(value);
    assert.equal(r.valid, false);
    assert.equal(r.doc, undefined);
    assert.deepEqual(only(r.issues), expected);
    for (const i of r.issues) assert.ok(i.message.length > 5, `message for ${i.path} says what is wrong`);
  });
}

test('messages name what is allowed, so a person can fix it', () => {
  const [issue] = validate(doc([{ type: 'topbar', props: { colour: 'red' } }])).issues;
  assert.match(issue.message, /unknown property "colour"; allowed here: title, logo, actions/);
  const [enumIssue] = validate(doc([], { theme: 'neon' })).issues;
  assert.match(enumIssue.message, /"obsidian-gold"/);
});

test('every problem is reported, not only the first, up to the cap', () => {
  const r = validate(doc([{ type: 'topbar', props: { a: 1 } }, { type: 'cta', props: { b: 1 } }]));
  assert.deepEqual(only(r.issues), [[C.UNKNOWN_PROP, 'page.sections[0].props.a'], [C.UNKNOWN_PROP, 'page.sections[1].props.b']]);
  const hostile = doc(Array.from({ length: 30 }, () => ({ type: 'topbar', props: { x: 1, y: 2, z: 3 } })));
  assert.equal(validate(hostile).issues.length, MAX_ISSUES);
});

test('parseDocument reports broken JSON as an issue, with no throw', () => {
  const r = parseDocument('{"page": {');
  assert.equal(r.valid, false);
  assert.equal(r.issues[0].code, C.INVALID_JSON);
  assert.equal(parseDocument(JSON.stringify(doc([]))).valid, true);
});

test('assertValid throws a DslValidationError listing every path', () => {
  assert.throws(
    () => assertValid(doc([{ type: 'tabs', props: { items: ['a'], active: 1 } }])),
    (e: unknown) => e instanceof DslValidationError && e.issues.length === 1 && /page\.sections\[0\]\.props\.active/.test(e.message),
  );
});

test('toPath turns JSON pointers into readable paths', () => {
  assert.equal(toPath('/page/sections/2/props/title'), 'page.sections[2].props.title');
  assert.equal(toPath(''), '');
  assert.equal(toPath('/a~1b/0'), 'a/b[0]');
});
