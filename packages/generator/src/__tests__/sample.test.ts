import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { catalog, parseDocument } from '@uidsl/dsl';
import { SAMPLE_PATH, makeSample } from '../../scripts/make-sample.ts';

const text = readFileSync(SAMPLE_PATH, 'utf8');
const records = text.trim().split('\n').map((l) => JSON.parse(l));

test('the committed sample is valid and shows every page type, theme and section type', () => {
  assert.ok(records.length >= 900 && records.length <= 1100, `${records.length} records`);
  const seen = new Set<string>();
  for (const r of records) {
    const v = parseDocument(r.output_json_minified);
    assert.equal(v.valid, true, r.id);
    seen.add(v.doc!.page.name);
    seen.add(v.doc!.page.theme);
    for (const s of v.doc!.page.sections) seen.add(s.type);
  }
  const want = [...Object.keys(catalog.pages), ...Object.keys(catalog.themes), ...Object.keys(catalog.sections)];
  assert.deepEqual(want.filter((w) => !seen.has(w)), []);
});

test('the committed sample is what the generator makes now (regenerate with scripts/make-sample.ts)', async () => {
  assert.equal(text, await makeSample());
});
