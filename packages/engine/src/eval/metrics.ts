import { parseDocument, type UiDslDocument } from '@uidsl/dsl';

/** One evaluated item: what the engine wrote (text or document) against the expected minified document. */
export interface ItemInput {
  expected: string;
  /** The document the engine returned, or the raw text when it returned none. */
  doc?: UiDslDocument;
  text?: string;
  method?: 'model' | 'rules';
  ms: number;
}

export interface ItemScore {
  jsonValid: boolean;
  schemaValid: boolean;
  exact: boolean;
  page: boolean;
  theme: boolean;
  /** Section types: matched, predicted, expected (multiset counts). */
  types: [tp: number, predicted: number, expected: number];
  /** Props of expected sections: right, in all. */
  props: [right: number, total: number];
}

const counts = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

/** Longest common subsequence of two type lists, as index pairs: sections compared for their props. */
function align(a: string[], b: string[]): [number, number][] {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function scoreItem(item: ItemInput): ItemScore {
  const gold = JSON.parse(item.expected) as UiDslDocument;
  const goldTypes = gold.page.sections.map((s) => s.type as string);
  const goldProps = gold.page.sections.reduce((n, s) => n + Object.keys(s.props ?? {}).length, 0);
  let doc = item.doc;
  let jsonValid = doc !== undefined;
  let schemaValid = doc !== undefined;
  if (!doc && item.text !== undefined) {
    const parsed = parseDocument(item.text);
    jsonValid = !parsed.issues.some((i) => i.code === 'DSL_INVALID_JSON');
    schemaValid = parsed.valid;
    doc = parsed.doc;
  }
  if (!doc) return { jsonValid, schemaValid, exact: false, page: false, theme: false, types: [0, 0, goldTypes.length], props: [0, goldProps] };
  const types = doc.page.sections.map((s) => s.type as string);
  const want = counts(goldTypes);
  let tp = 0;
  for (const [t, n] of counts(types)) tp += Math.min(n, want.get(t) ?? 0);
  let right = 0;
  for (const [i, j] of align(types, goldTypes)) {
    const got = doc.page.sections[i]!.props as Record<string, unknown>;
    for (const [k, v] of Object.entries(gold.page.sections[j]!.props as Record<string, unknown>)) if (JSON.stringify(got[k]) === JSON.stringify(v)) right++;
  }
  return {
    jsonValid,
    schemaValid,
    exact: JSON.stringify(doc) === item.expected,
    page: doc.page.name === gold.page.name,
    theme: doc.page.theme === gold.page.theme,
    types: [tp, types.length, goldTypes.length],
    props: [right, goldProps],
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Report {
  items: number;
  json_valid: number;
  schema_valid: number;
  exact_match: number;
  page_accuracy: number;
  theme_accuracy: number;
  section_precision: number;
  section_recall: number;
  section_f1: number;
  prop_accuracy: number;
  by_model: number;
  latency_ms: { p50: number; p90: number; p99: number; mean: number; max: number };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function summarize(items: readonly ItemInput[]): Report {
  const scores = items.map(scoreItem);
  const n = Math.max(1, scores.length);
  const share = (f: (s: ItemScore) => boolean) => round(scores.filter(f).length / n);
  const sum = (f: (s: ItemScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const tp = sum((s) => s.types[0]);
  const precision = tp / Math.max(1, sum((s) => s.types[1]));
  const recall = tp / Math.max(1, sum((s) => s.types[2]));
  const ms = items.map((i) => i.ms).sort((a, b) => a - b);
  return {
    items: scores.length,
    json_valid: share((s) => s.jsonValid),
    schema_valid: share((s) => s.schemaValid),
    exact_match: share((s) => s.exact),
    page_accuracy: share((s) => s.page),
    theme_accuracy: share((s) => s.theme),
    section_precision: round(precision),
    section_recall: round(recall),
    section_f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    prop_accuracy: round(sum((s) => s.props[0]) / Math.max(1, sum((s) => s.props[1]))),
    by_model: round(items.filter((i) => i.method === 'model').length / n),
    latency_ms: {
      p50: percentile(ms, 50),
      p90: percentile(ms, 90),
      p99: percentile(ms, 99),
      mean: round(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length)),
      max: ms.at(-1) ?? 0,
    },
  };
}
