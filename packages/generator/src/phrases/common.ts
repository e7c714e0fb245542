// What every phrasing function shares: its context, what it returns, and small helpers.
import type { PageName } from '@uidsl/dsl';
import type { Rng } from '../rng.ts';
import { iconFor } from '../infer.ts';

/** Where the phrase sits in the description: the composer adds 顶部/底部/然后... around it. */
export interface PhraseContext {
  rng: Rng;
  page: PageName;
  first: boolean;
  last: boolean;
}

/** One section as the user says it: the words, and the props those words fix. */
export interface SaidSection {
  text: string;
  props: Record<string, unknown>;
  /** The words already say where it is (顶部..., 底部...), so the composer adds no position word. */
  placed?: boolean;
  /** Names of what was varied, for the record's meta. */
  varied: string[];
}

export type Phraser = (c: PhraseContext) => SaidSection;

export const said = (text: string, props: Record<string, unknown> = {}, varied: string[] = [], placed = false): SaidSection => ({ text, props, varied, placed });
export const pickList = (rng: Rng, pool: readonly string[], lo: number, hi: number) => rng.sample(pool, rng.range(lo, Math.min(hi, pool.length)));
export const hasPos = (w: string) => /^(顶部|底部|头部|最上|最下|上方|下方)/.test(w);

/** Menu and grid entries: the label, with the icon of its head word when it has one. */
export const iconLabels = (labels: string[]) => labels.map((label) => { const icon = iconFor(label); return icon ? { icon, label } : { label }; });
