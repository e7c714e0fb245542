import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalog, deref, iconNames, pageNames, propsSchema, schema, sectionTypes, themeNames, validate } from '../index.ts';

const sorted = (xs: Iterable<string>) => [...xs].sort();

test('the catalog and the schema name the same page types, themes, section types and icons', () => {
  assert.deepEqual(sorted(Object.keys(catalog.pages)), sorted(pageNames));
  assert.deepEqual(sorted(Object.keys(catalog.themes)), sorted(themeNames));
  assert.deepEqual(sorted(Object.keys(catalog.sections)), sorted(sectionTypes));
  assert.deepEqual(sorted(Object.keys(catalog.icons)), sorted(iconNames));
});

test('the contract names are all there (never renamed or dropped)', () => {
  for (const p of ['home_page', 'detail_page', 'search_page', 'profile_page', 'publish_page', 'login_page', 'cart_page', 'order_page', 'settings_page', 'article_page', 'message_page', 'checkout_page']) assert.ok(pageNames.includes(p), p);
  for (const t of ['obsidian-gold', 'silver-white', 'minimal', 'ocean-blue', 'forest-green', 'sakura-pink', 'tech-purple', 'sunset-orange']) assert.ok(themeNames.includes(t), t);
  const contract = ['topbar', 'tabs', 'card-list', 'carousel', 'price', 'seller', 'proof', 'cta', 'tabbar', 'user-info', 'menu-list', 'form', 'filters', 'search-bar', 'banner', 'grid-menu', 'notice-bar', 'list', 'text', 'stats', 'steps'];
  for (const s of contract) assert.ok(sectionTypes.includes(s), s);
  const props: Record<string, string[]> = {
    topbar: ['title', 'logo', 'actions'], tabs: ['items', 'active'], 'card-list': ['columns', 'card', 'count'], carousel: ['count', 'height', 'autoplay'],
    price: ['value', 'original', 'currency'], seller: ['name', 'rating', 'verified'], proof: ['items'], cta: ['text', 'secondary'], tabbar: ['items'],
    'user-info': ['name', 'avatar', 'stats'], 'menu-list': ['items'], form: ['fields', 'submit'], filters: ['items'], 'search-bar': ['placeholder'],
    banner: ['title', 'subtitle'], 'grid-menu': ['items', 'columns'], 'notice-bar': ['text'], list: ['items', 'style'], text: ['title', 'body'], stats: ['items'], steps: ['items', 'active'],
  };
  for (const [type, names] of Object.entries(props)) for (const n of names) assert.ok(n in propsSchema(type).properties, `${type}.${n}`);
});

test("every page type's usual layout is a valid document", () => {
  for (const [name, page] of Object.entries(catalog.pages)) {
    const r = validate({ page: { name, theme: 'minimal', sections: page.layout } });
    assert.equal(r.valid, true, `${name}: ${JSON.stringify(r.issues)}`);
    assert.ok(page.layout.length > 0 && page.words.length > 0, name);
  }
});

test("every section type's render defaults are valid props", () => {
  for (const [type, entry] of Object.entries(catalog.sections)) {
    const r = validate({ page: { name: 'home_page', theme: 'minimal', sections: [{ type, props: entry.defaults }] } });
    assert.equal(r.valid, true, `${type}: ${JSON.stringify(r.issues)}`);
  }
});

test('card and field type words cover exactly the schema enums', () => {
  const cardEnum = deref(propsSchema('card-list').properties.card).properties.type.enum;
  assert.deepEqual(sorted(Object.keys(catalog.vocab.cards)), sorted(cardEnum));
  assert.deepEqual(sorted(Object.keys(catalog.vocab.fieldTypes)), sorted(schema.$defs.field.properties.type.enum));
});

test('theme tokens are #rrggbb colours the layout may use as bg', () => {
  for (const [name, theme] of Object.entries(catalog.themes)) {
    for (const key of ['bg', 'surface', 'text', 'primary']) assert.match(String(theme.tokens[key]), /^#[0-9A-Fa-f]{6}$/, `${name}.${key}`);
    assert.ok(theme.words.length > 0, name);
  }
});

test('a page or theme word names one page or theme only', () => {
  for (const group of [catalog.pages, catalog.themes]) {
    const owner = new Map<string, string>();
    for (const [name, entry] of Object.entries(group)) {
      for (const w of entry.words) {
        assert.ok(!owner.has(w) || owner.get(w) === name, `"${w}" names both ${owner.get(w)} and ${name}`);
        owner.set(w, name);
      }
    }
  }
});

test('every page type but the home page has goals, none of them holding another page\'s word', () => {
  for (const [name, page] of Object.entries(catalog.pages)) {
    if (name === 'home_page') {
      assert.equal(page.goals, undefined);
      continue;
    }
    assert.ok((page.goals?.length ?? 0) >= 3, name);
    // A goal that held another page's word would name that page instead of implying this one.
    for (const g of page.goals!) for (const [otherName, other] of Object.entries(catalog.pages)) if (otherName !== name) for (const w of other.words) assert.ok(!g.includes(w), `${name}: "${g}" holds the page word "${w}"`);
  }
});
