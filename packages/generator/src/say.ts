import type { Rng } from './rng.ts';
import { catalog } from '@uidsl/dsl';
import { chineseCount } from './numerals.ts';

const SECTION_WORDS = Object.values(catalog.sections).flatMap((s) => s.words).filter((w) => w.length >= 2);

/** How a named value is set off: bare or in one of the quote styles people type. */
const QUOTES: readonly (readonly [string, string, number])[] = [
  ['', '', 10],
  ['“', '”', 4],
  ['「', '」', 2],
  ['"', '"', 3],
  ["'", "'", 2],
  ['‘', '’', 1],
  ['《', '》', 0.5],
];

const QUOTE_TABLE = QUOTES.map((q) => [q, q[2]] as const);

export function quote(rng: Rng, value: string): string {
  const [open, close] = rng.weighted(QUOTE_TABLE);
  return open + value + close;
}

/** Two values in the same quotes, as people quote a pair of labels: “加入购物车”和“立即购买”. */
export function quotePair(rng: Rng, a: string, b: string): [string, string] {
  const [open, close] = rng.pick([['“', '”'], ['"', '"'], ['「', '」'], ["'", "'"]] as const);
  return [open + a + close, open + b + close];
}

/** "标题叫X", "标题是X", "标题：X" ... : the verb between a prop word and its value. */
const NAMING = ['叫', '是', '写', '为', '：', ':', '显示', '写着', '用', ' '] as const;
export const namingVerb = (rng: Rng): string => rng.pick(NAMING);

/** Joins list items the ways people do: 、 / , spaces, "和" before the last one. */
export function joinList(rng: Rng, items: readonly string[]): string {
  if (items.length === 1) return items[0];
  const style = rng.int(items.length === 2 ? 7 : 6);
  switch (style) {
    case 0:
    case 1:
      return items.join('、');
    case 2:
      return items.join('/');
    case 3:
      return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
    case 4:
      return items.join(rng.pick([',', ' ', '｜', ' / ']));
    case 5:
      return `${items.slice(0, -1).join('、')}${rng.pick(['以及', '还有', '、'])}${items[items.length - 1]}`;
    default:
      return items.join(rng.pick(['和', '跟', '与']));
  }
}

/** "x3", "×4": a count written with a times sign, as people typing specs do. */
export function timesCount(rng: Rng, n: number): string {
  return `${rng.pick(['x', 'x', '×'])}${n}`;
}

/** "四个", "4个", "两个": a count with a measure word. */
export function countWord(rng: Rng, n: number, measure = '个'): string {
  return `${rng.chance(0.6) ? chineseCount(n) : String(n)}${measure}`;
}

/**
 * A list said with one correction on the way, as people speaking do: the last entry added after the list with the
 * new count ("钱包、卡券，哦客服也要，三个"), an entry named and then dropped ("钱包、卡券、关于……关于不要了，就前面两个"),
 * or one named wrong and renamed ("钱包、优惠……优惠改成“卡券”"). The entries meant are `items`, in order; `spare` is a
 * label that is none of them and begins none of them. Entries are joined with 、, and the phrase should end its clause.
 */
export function correctedList(rng: Rng, items: readonly string[], spare: string): string {
  const n = items.length;
  // (An entry holding 和 or 及 would be counted as two by whoever reads the correction.)
  if (items.some((i) => /和|及|、/.test(i)) || /和|及|、/.test(spare)) return items.join('、');
  // (An entry added after the list that is also a section's word, "还有一个商品", reads as one more section.)
  const sectionWord = (label: string) => SECTION_WORDS.some((w) => label.includes(w));
  const head = (list: readonly string[]) => list.join('、');
  const count = (k: number) => `${rng.pick(['一共', '', '总共'])}${countWord(rng, k, rng.pick(['个', '个', '项']))}`;
  const form = n >= 3 && !sectionWord(items[n - 1]!) ? rng.int(3) : 1 + rng.int(2);
  if (form === 0) {
    const last = items[n - 1]!;
    const added = rng.pick([`${last}也要`, `还有${last}`, `再加个${last}`, `还有一个${last}`]);
    return `${head(items.slice(0, -1))}，${rng.pick(['哦', '嗯，', '对了，', '哦对，', ''])}${added}，${count(n)}`;
  }
  if (form === 1) {
    const gap = rng.pick(['……', '，', '……呃，', '，嗯，']);
    return `${head([...items, spare])}${gap}${spare}${rng.pick(['不要了', '不要', '去掉吧'])}，${rng.pick(['就前面', '就', '只要前面'])}${countWord(rng, n)}`;
  }
  const k = rng.int(n);
  const said = items.map((item, i) => (i === k ? spare : item));
  const to = rng.chance(0.5) ? `“${items[k]}”` : items[k];
  return `${head(said)}${rng.pick(['……', '，', '，哦不对，'])}${spare}${rng.pick(['改成', '换成'])}${to}`;
}
