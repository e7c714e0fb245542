import type { NumberNode } from '../grammar/nodes.ts';

/** Fraction digits a number may carry; JSON.stringify writes fewer for any value a page needs. */
export const MAX_FRACTION_DIGITS = 6;

const SYNTAX = /^(-?)(0|[1-9]\d*)?(?:\.(\d*))?$/;

/** Is `text` exactly a number this node accepts, written the way JSON.stringify writes it? */
export function numberComplete(text: string, node: NumberNode): boolean {
  if (node.values) return node.values.some((v) => v >= node.min && v <= node.max && String(v) === text);
  if (!/^-?\d/.test(text)) return false;
  const n = Number(text);
  return String(n) === text && n >= node.min && n <= node.max && (!node.integer || Number.isInteger(n));
}

/** An interval of magnitudes with open or closed ends. */
type Span = [lo: number, hi: number, loClosed: boolean, hiClosed: boolean];

function meets([lo, hi, loClosed, hiClosed]: Span, neg: boolean, min: number, max: number): boolean {
  if (neg) [lo, hi, loClosed, hiClosed] = [-hi, -lo, hiClosed, loClosed];
  if (lo > max || hi < min) return false;
  if (lo === max && !loClosed) return false;
  if (hi === min && !hiClosed) return false;
  return lo < hi || (loClosed && hiClosed);
}

/**
 * Can `text` still be extended to a number this node accepts? The numbers written with a given prefix
 * form a few intervals (the value itself, its fractions, and one per count of digits still to come);
 * the prefix is fine when one of them meets [min, max].
 */
export function numberPrefixOk(text: string, node: NumberNode): boolean {
  // A refinement (original ≥ value) can narrow the bounds of a node whose values are listed.
  if (node.values) return node.values.some((v) => v >= node.min && v <= node.max && String(v).startsWith(text));
  const m = SYNTAX.exec(text);
  if (!m) return false;
  const [, sign, int, frac] = m;
  const neg = sign === '-';
  const { min, max, integer } = node;
  if (int === undefined) {
    if (frac !== undefined) return false;
    return neg ? (integer ? min <= -1 : min < 0) : min <= max;
  }
  const spans: Span[] = [];
  if (frac !== undefined) {
    if (integer || frac.length > MAX_FRACTION_DIGITS) return false;
    const base = Number(`${int}.${frac || '0'}`);
    if (frac && !frac.endsWith('0')) spans.push([base, base, true, true]);
    if (frac.length < MAX_FRACTION_DIGITS) spans.push([base, base + 10 ** -frac.length, false, false]);
  } else {
    const n = Number(int);
    if (!(neg && n === 0)) spans.push([n, n, true, true]);
    if (!integer) spans.push([n, n + 1, false, false]);
    if (n !== 0) {
      const bound = Math.max(Math.abs(min), Math.abs(max));
      for (let scale = 10; n * scale <= bound; scale *= 10)
        spans.push(integer ? [n * scale, n * scale + scale - 1, true, true] : [n * scale, (n + 1) * scale, true, false]);
    }
  }
  return spans.some((s) => meets(s, neg, min, max));
}
