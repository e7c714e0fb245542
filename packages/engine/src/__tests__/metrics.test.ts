import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile, scoreItem, summarize } from '../eval/metrics.ts';

const gold = JSON.stringify({
  page: { name: 'home_page', theme: 'minimal', sections: [{ type: 'topbar', props: { title: 'A' } }, { type: 'card-list', props: { columns: 2, count: 4 } }, { type: 'tabbar', props: { items: ['home', 'user'] } }] },
});

test('an exact answer scores full marks', () => {
  const s = scoreItem({ expected: gold, doc: JSON.parse(gold), ms: 5 });
  assert.deepEqual(s, { jsonValid: true, schemaValid: true, exact: true, page: true, theme: true, types: [3, 3, 3], props: [4, 4] });
});

test('section types and props are scored on the aligned sections', () => {
  const doc = JSON.parse(gold);
  doc.page.theme = 'ocean-blue';
  doc.page.sections.splice(0, 1, { type: 'search-bar', props: {} });
  doc.page.sections[1].props.columns = 3;
  const s = scoreItem({ expected: gold, doc, ms: 5 });
  assert.equal(s.exact, false);
  assert.equal(s.theme, false);
  assert.deepEqual(s.types, [2, 3, 3]);
  // topbar.title is missing, card-list.columns is wrong: count and the tabbar items are right.
  assert.deepEqual(s.props, [2, 4]);
});

test('raw text is scored for JSON and schema validity', () => {
  assert.deepEqual(
    [scoreItem({ expected: gold, text: '{"page":', ms: 1 }), scoreItem({ expected: gold, text: '{"page":{}}', ms: 1 })].map((s) => [s.jsonValid, s.schemaValid]),
    [[false, false], [true, false]],
  );
});

test('the summary aggregates shares, micro-averaged F1 and latency percentiles', () => {
  const r = summarize([
    { expected: gold, doc: JSON.parse(gold), ms: 10, method: 'model' },
    { expected: gold, text: 'nope', ms: 30 },
  ]);
  assert.equal(r.exact_match, 0.5);
  assert.equal(r.json_valid, 0.5);
  assert.equal(r.section_precision, 1);
  assert.equal(r.section_recall, 0.5);
  assert.equal(r.section_f1, 0.6667);
  assert.equal(r.by_model, 0.5);
  assert.deepEqual([r.latency_ms.p50, r.latency_ms.p99, r.latency_ms.max], [10, 30, 30]);
  assert.equal(percentile([1, 2, 3, 4], 50), 2);
});
