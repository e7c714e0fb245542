// What every phrasing function shares: its context, what it returns, and small helpers.
import { usualLabels, type PageName, type SectionType } from '@uidsl/dsl';
import type { Rng } from '../rng.ts';
import { iconFor } from '../infer.ts';
import { countWord, timesCount } from '../say.ts';

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

/** Labels of `pool` that could stand for a wrong entry of `labels`: none of them, beginning none of them, two characters at least. */
export const sparesFor = (pool: readonly string[], labels: readonly string[]): string[] =>
  pool.filter((l) => l.length >= 2 && !labels.some((x) => x.startsWith(l) || l.startsWith(x) || x.includes(l)));

export const said = (text: string, props: Record<string, unknown> = {}, varied: string[] = [], placed = false): SaidSection => ({ text, props, varied, placed });
export const pickList = (rng: Rng, pool: readonly string[], lo: number, hi: number) => rng.sample(pool, rng.range(lo, Math.min(hi, pool.length)));
export const hasPos = (w: string) => /^(顶部|底部|头部|最上|最下|上方|下方)/.test(w);

/** Menu and grid entries: the label, with the icon of its head word when it has one. */
export const iconLabels = (labels: string[]) => labels.map((label) => { const icon = iconFor(label); return icon ? { icon, label } : { label }; });

/** The entries of a section the description only counts: the catalog's usual ones (`usualLabels`), as the rules fill them. */
export const usual = (type: SectionType, n: number, page: PageName, orders = false) => usualLabels(type, n, { page, orders })!;

/** "菜单5项", "共6个", "八个快捷入口", "宫格 x8": how many entries, none named. */
export function countOnly(rng: Rng, word: string, n: number, measure: string): string {
  const cw = countWord(rng, n, measure);
  return rng.pick([`${word}${cw}`, `${word}，共${cw}`, `${cw}${word}`, `${word}${rng.chance(0.5) ? ' ' : ''}${timesCount(rng, n)}`]);
}
