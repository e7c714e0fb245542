import { catalog } from '@uidsl/dsl';
import type { Field, GNode, StringNode } from './nodes.ts';

/**
 * Where free text in a document may come from. A page's words are either ones the user wrote (a shop
 * name, tab labels, a button's text) or the catalog's usual ones for what the user left unsaid; the
 * training data holds nothing else. A small model copies poorly: left free, it drifts off a span it is
 * copying into text it has seen elsewhere ("价格" becoming "价格统将于今晚维护"). Under this constraint a
 * free string must stay a span of the description or a prefix of a catalog string, and may close only
 * as one of them.
 */
export interface CopySource {
  /** The description as the model read it. */
  text: string;
  /** Strings the catalog itself puts in documents. */
  known: ReadonlySet<string>;
  /** Every proper prefix of those (the empty one included): text that can still become one. */
  extendable: ReadonlySet<string>;
}

/** Free text: a string the schema bounds only by length. Enums, patterns (colours) stay as they are. */
export const isFreeText = (node: StringNode): boolean => !node.values && !node.pattern;

function collectStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
}

let catalogText: Pick<CopySource, 'known' | 'extendable'> | undefined;

/** Every string in the pages' usual layouts and the sections' defaults, and the currency signs; computed once. */
export function catalogStrings(): Pick<CopySource, 'known' | 'extendable'> {
  if (!catalogText) {
    const known = new Set<string>();
    for (const page of Object.values(catalog.pages)) collectStrings(page.layout, known);
    for (const section of Object.values(catalog.sections)) collectStrings(section.defaults, known);
    // A named currency becomes its sign: "168美元" holds "$".
    for (const sign of Object.keys(catalog.vocab.currencies)) known.add(sign);
    const extendable = new Set<string>();
    for (const s of known) for (let i = 0; i < s.length; i++) extendable.add(s.slice(0, i));
    catalogText = { known, extendable };
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

export function copySource(text: string): CopySource {
  return { text, ...catalogStrings() };
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

function mapFields(fields: readonly Field[], source: CopySource): Field[] {
  return fields.map((f) => ({ ...f, node: withCopySource(f.node, source) }));
}

/** The grammar with every free string bound to `source`; numbers, booleans and enums are shared. */
export function withCopySource(node: GNode, source: CopySource): GNode {
  switch (node.kind) {
    case 'string':
      return isFreeText(node) ? { ...node, copy: source } : node;
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
