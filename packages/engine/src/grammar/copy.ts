import { catalog, ROW_TITLES } from '@uidsl/dsl';
import { DEFAULT_LAYOUT } from '../rules/build.ts';
import { readNumber, startsNumber } from '../rules/numerals.ts';
import type { Field, GNode, NumberNode, StringNode } from './nodes.ts';

/**
 * Where free text in a document may come from. A page's words are either ones the user wrote (a shop
 * name, tab labels, a button's text) or the catalog's usual ones for what the user left unsaid; the
 * training data holds nothing else. A small model copies poorly: left free, it drifts off a span it is
 * copying into text it has seen elsewhere ("价格" becoming "价格统将于今晚维护"). Under this constraint a
 * free string must stay a span of the description or a prefix of a catalog string, and may close only
 * as one of them. Numbers likewise: each number of a document is one the description writes (in digits
 * or Chinese numerals) or one the catalog holds, except list indexes (`active`), which count items.
 */
export interface CopySource {
  /** The description as the model read it. */
  text: string;
  /** Strings the catalog itself puts in documents. */
  known: ReadonlySet<string>;
  /** Every proper prefix of those (the empty one included): text that can still become one. */
  extendable: ReadonlySet<string>;
  /** The numbers the description writes and the catalog's own, ascending. */
  numbers: readonly number[];
}

/** Free text: a string the schema bounds only by length. Enums, patterns (colours) stay as they are. */
export const isFreeText = (node: StringNode): boolean => !node.values && !node.pattern;

function collect(value: unknown, strings: Set<string>, numbers: Set<number>): void {
  if (typeof value === 'string') strings.add(value);
  else if (typeof value === 'number') numbers.add(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, strings, numbers);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v, strings, numbers);
}

let catalogText: (Pick<CopySource, 'known' | 'extendable'> & { numbers: ReadonlySet<number> }) | undefined;

/**
 * Every string and number in the pages' usual layouts, the sections' defaults and the usual entries, the currency signs and
 * the default page layout's numbers; computed once.
 */
export function catalogValues(): Pick<CopySource, 'known' | 'extendable'> & { numbers: ReadonlySet<number> } {
  if (!catalogText) {
    const known = new Set<string>();
    const numbers = new Set<number>(Object.values(DEFAULT_LAYOUT));
    for (const page of Object.values(catalog.pages)) collect(page.layout, known, numbers);
    for (const section of Object.values(catalog.sections)) collect(section.defaults, known, numbers);
    // Entries a description only counts ("菜单6项") are the usual ones (`usualLabels`).
    collect([catalog.vocab.menuLabels, catalog.vocab.statLabels, ROW_TITLES], known, numbers);
    // A named currency becomes its sign: "168美元" holds "$".
    for (const sign of Object.keys(catalog.vocab.currencies)) known.add(sign);
    const extendable = new Set<string>();
    for (const s of known) for (let i = 0; i < s.length; i++) extendable.add(s.slice(0, i));
    catalogText = { known, extendable, numbers };
  }
  return catalogText;
}

/**
 * Characters that end a span: list separators, brackets, quotes, sentence ends. No free string of the
 * training data holds one (the catalog's own strings aside), so a span crossing one ("已完成、待收货")
 * is the model running past the end of a label, never a label.
 */
const SPAN_BREAK = /[，、,;；：:\/／|｜「」『』“”"‘’'（）()【】[\]<>《》〈〉。！!？?~～+＋\\\u0000-\u001f]/;

/** A span may hold a space only after a Latin letter or digit ("Hi 欢迎"); "视频 用户" is two labels. */
const spanOk = (span: string): boolean => !SPAN_BREAK.test(span) && !/(^|[^A-Za-z0-9]) /.test(span);

/** Every number written in `text`: digit runs (with decimals) and Chinese numerals; 单 and 双 as 1 and 2. */
export function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (!startsNumber(text[i])) continue;
    const n = readNumber(text, i);
    if (!n) continue;
    out.add(n.value);
    i = n.end - 1; // "1885" holds no 885, 85 or 5
  }
  if (text.includes('单')) out.add(1);
  if (text.includes('双')) out.add(2);
  return out;
}

export function copySource(text: string): CopySource {
  const { known, extendable, numbers } = catalogValues();
  return { text, known, extendable, numbers: [...new Set([...numbers, ...numbersIn(text)])].sort((a, b) => a - b) };
}

/** May a free string end as `buf`? */
const closable = (c: CopySource, buf: string): boolean => c.known.has(buf) || (buf.length > 0 && spanOk(buf) && c.text.includes(buf));

/**
 * In a list of distinct entries (tabs, filters, form fields), a new entry neither begins with one already
 * taken nor is the beginning of one: 3 of 15,299 such lists in the training data break this. Without it a
 * model that wants to repeat "昵称" writes "昵", "昵称字段"... until the list is full.
 */
const startsTaken = (buf: string, taken: ReadonlySet<string> | undefined): boolean => {
  if (taken) for (const t of taken) if (buf.startsWith(t)) return true;
  return false;
};
const beginsTaken = (buf: string, taken: ReadonlySet<string> | undefined): boolean => {
  if (taken) for (const t of taken) if (t.startsWith(buf)) return true;
  return false;
};

export const copyCloseOk = (c: CopySource, buf: string, taken?: ReadonlySet<string>): boolean =>
  closable(c, buf) && !startsTaken(buf, taken) && !beginsTaken(buf, taken);

const clashes = (value: string, taken: ReadonlySet<string> | undefined) => startsTaken(value, taken) || beginsTaken(value, taken);

/**
 * Can a free string that has `buf` so far still end somehow, given the entries already taken in its
 * list? Looks ahead to the end: "账" is a dead end when its only continuation, "账号", is taken, and the
 * decoder must not write it.
 */
export function copyViable(c: CopySource, buf: string, taken: ReadonlySet<string> | undefined, max: number): boolean {
  if (startsTaken(buf, taken)) return false;
  if (closable(c, buf) && !beginsTaken(buf, taken)) return true;
  const room = max - [...buf].length;
  if (room <= 0) return false;
  if (c.extendable.has(buf)) for (const k of c.known) if (k.length > buf.length && k.startsWith(buf) && [...k].length <= max && !clashes(k, taken)) return true;
  if (buf && !spanOk(buf)) return false;
  // Longer spans from each place this one occurs, until one would cross a break.
  for (let at = c.text.indexOf(buf); at >= 0; at = c.text.indexOf(buf, at + 1)) {
    let span = buf;
    for (const ch of c.text.slice(at + buf.length)) {
      if ([...span].length >= max || !spanOk(span + ch)) break;
      span += ch;
      if (startsTaken(span, taken)) break;
      if (!beginsTaken(span, taken)) return true;
    }
  }
  return false;
}

/** A list index (`tabs.active`) counts items; it is the one number a description need not write. */
const INDEX_KEYS = new Set(['active']);

function mapFields(fields: readonly Field[], source: CopySource): Field[] {
  return fields.map((f) => (INDEX_KEYS.has(f.key) ? f : { ...f, node: withCopySource(f.node, source) }));
}

/** The numbers of `source` this node's bounds allow; left open when none do, so a required number never dead-ends. */
function boundNumber(node: NumberNode, source: CopySource): NumberNode {
  if (node.values) return node;
  const values = source.numbers.filter((v) => v >= node.min && v <= node.max && (!node.integer || Number.isInteger(v)));
  return values.length ? { ...node, values } : node;
}

/** The grammar with every free string and number bound to `source`; booleans and enums are shared. */
export function withCopySource(node: GNode, source: CopySource): GNode {
  switch (node.kind) {
    case 'string':
      return isFreeText(node) ? { ...node, copy: source } : node;
    case 'number':
      return boundNumber(node, source);
    case 'array':
      return { ...node, item: withCopySource(node.item, source) };
    case 'anyOf':
      return { ...node, options: node.options.map((o) => withCopySource(o, source)) };
    case 'object':
      return {
        ...node,
        fields: mapFields(node.fields, source),
        ...(node.tag ? { tag: { key: node.tag.key, variants: new Map([...node.tag.variants].map(([k, v]) => [k, mapFields(v, source)])) } } : {}),
      };
    default:
      return node;
  }
}
