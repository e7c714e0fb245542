import { pageNames, sectionTypes, themeNames } from '@uidsl/dsl';
import type { SplitName } from './splits.ts';

/** Everything report.json holds; built up while records are kept, so it costs no second pass. */
export interface Report {
  options: Record<string, unknown>;
  requested: number;
  written: number;
  attempts: number;
  distinctInstructions: number;
  duplicatesDropped: number;
  /** Pairs not written because their instruction is in an `exclude` file (a split held out elsewhere). */
  heldOut: number;
  rejected: { total: number; reasons: Record<string, number> };
  splits: Record<SplitName, number>;
  pages: Record<string, number>;
  themes: Record<string, number>;
  sectionTypes: Record<string, number>;
  length: { min: number; max: number; mean: number; p50: number; p90: number; p99: number; histogram: Record<string, number> };
  files: string[];
  seconds: number;
  pairsPerSecond: number;
}

const BUCKET = 10;

/** Collects counts as records are kept; the length histogram has fixed buckets, so memory is flat. */
export class ReportBuilder {
  pages: Record<string, number> = {};
  themes: Record<string, number> = {};
  sectionTypes: Record<string, number> = {};
  splits: Record<SplitName, number> = { train: 0, val: 0, test: 0 };
  reasons: Record<string, number> = {};
  lengthBuckets = new Float64Array(1000);
  lengthSum = 0;
  minLength = Infinity;
  maxLength = 0;
  written = 0;
  attempts = 0;
  duplicates = 0;
  heldOut = 0;
  rejectedTotal = 0;

  /** Counts a kept record: page and theme by index into the schema's enums, sections as a bit mask. */
  keep(page: number, theme: number, sectionMask: number, length: number, split: SplitName): void {
    this.written++;
    const p = pageNames[page];
    const t = themeNames[theme];
    this.pages[p] = (this.pages[p] ?? 0) + 1;
    this.themes[t] = (this.themes[t] ?? 0) + 1;
    for (let i = 0; sectionMask >>> i; i++) {
      if ((sectionMask >>> i) & 1) this.sectionTypes[sectionTypes[i]] = (this.sectionTypes[sectionTypes[i]] ?? 0) + 1;
    }
    this.splits[split]++;
    this.lengthBuckets[Math.min(999, length)]++;
    this.lengthSum += length;
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
  }

  reject(reason: string): void {
    this.rejectedTotal++;
    this.reasons[reason] = (this.reasons[reason] ?? 0) + 1;
  }

  private percentile(p: number): number {
    let seen = 0;
    const target = p * this.written;
    for (let i = 0; i < this.lengthBuckets.length; i++) {
      seen += this.lengthBuckets[i];
      if (seen >= target) return i;
    }
    return this.maxLength;
  }

  /** Folds another builder in (one per shard run in the same process). */
  merge(o: ReportBuilder): void {
    const add = (a: Record<string, number>, b: Record<string, number>) => { for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v; };
    add(this.pages, o.pages); add(this.themes, o.themes); add(this.sectionTypes, o.sectionTypes); add(this.reasons, o.reasons);
    add(this.splits, o.splits);
    for (let i = 0; i < this.lengthBuckets.length; i++) this.lengthBuckets[i] += o.lengthBuckets[i];
    this.lengthSum += o.lengthSum;
    this.minLength = Math.min(this.minLength, o.minLength);
    this.maxLength = Math.max(this.maxLength, o.maxLength);
    this.written += o.written; this.attempts += o.attempts; this.duplicates += o.duplicates; this.heldOut += o.heldOut; this.rejectedTotal += o.rejectedTotal;
  }

  build(extra: { options: Record<string, unknown>; requested: number; files: string[]; seconds: number }): Report {
    const histogram: Record<string, number> = {};
    for (let i = 0; i < this.lengthBuckets.length; i++) {
      if (!this.lengthBuckets[i]) continue;
      const key = `${Math.floor(i / BUCKET) * BUCKET}-${Math.floor(i / BUCKET) * BUCKET + BUCKET - 1}`;
      histogram[key] = (histogram[key] ?? 0) + this.lengthBuckets[i];
    }
    const sorted = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort((a, b) => b[1] - a[1]));
    return {
      options: extra.options,
      requested: extra.requested,
      written: this.written,
      attempts: this.attempts,
      distinctInstructions: this.written,
      duplicatesDropped: this.duplicates,
      heldOut: this.heldOut,
      rejected: { total: this.rejectedTotal, reasons: sorted(this.reasons) },
      splits: this.splits,
      pages: sorted(this.pages),
      themes: sorted(this.themes),
      sectionTypes: sorted(this.sectionTypes),
      length: {
        min: this.written ? this.minLength : 0,
        max: this.maxLength,
        mean: this.written ? Math.round((this.lengthSum / this.written) * 10) / 10 : 0,
        p50: this.percentile(0.5),
        p90: this.percentile(0.9),
        p99: this.percentile(0.99),
        histogram,
      },
      files: extra.files,
      seconds: extra.seconds,
      pairsPerSecond: extra.seconds > 0 ? Math.round(this.written / extra.seconds) : 0,
    };
  }
}

/** The printed summary: a few lines a person reads at the end of a run. */
export function summarise(r: Report): string {
  const top = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `wrote ${r.written} records (${r.splits.train} train, ${r.splits.val} val, ${r.splits.test} test) in ${r.seconds.toFixed(1)} s, ${r.pairsPerSecond} pairs/s`,
    `distinct instructions ${r.distinctInstructions}, duplicates dropped ${r.duplicatesDropped},${r.heldOut ? ` held out ${r.heldOut},` : ''} rejected ${r.rejected.total}${r.rejected.total ? ` (${top(r.rejected.reasons)})` : ''}`,
    `instruction length: min ${r.length.min}, median ${r.length.p50}, p90 ${r.length.p90}, max ${r.length.max}, mean ${r.length.mean}`,
    `page types (${Object.keys(r.pages).length}): ${top(r.pages)}`,
    `themes (${Object.keys(r.themes).length}): ${top(r.themes)}`,
    `section types (${Object.keys(r.sectionTypes).length}): ${top(r.sectionTypes)}`,
  ].join('\n');
}
