import type { Rng } from './rng.ts';
import { chineseCount } from './numerals.ts';

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
