import type { ArrayNode, Field, GNode, NumberNode, ObjectNode, StringNode, AnyOfNode } from '../grammar/nodes.ts';
import { copyCloseOk, copyViable } from '../grammar/copy.ts';
import { numberComplete, numberPrefixOk } from './number.ts';

/**
 * One open JSON value on the automaton's stack. Frames are immutable: a step returns new frames, so a
 * state can be tried against many candidate tokens without copying.
 */
export type Frame = ObjFrame | ArrFrame | StrFrame | NumFrame | BoolFrame | AnyFrame;

interface ObjFrame {
  k: 'obj';
  node: ObjectNode;
  fields: readonly Field[];
  /** Index of the first field that may still come. */
  pos: number;
  phase: 'open' | 'first' | 'quote' | 'key' | 'colon' | 'value' | 'after';
  key: string;
  at: number;
  values: Readonly<Record<string, unknown>>;
  /** Fields that may come next (narrowed by the key typed so far), computed once per field boundary. */
  cands: readonly Field[];
  /** Whether a required field is still to come, so the object cannot close yet. */
  mustGo: boolean;
}
interface ArrFrame {
  k: 'arr';
  node: ArrayNode;
  phase: 'open' | 'first' | 'item' | 'value' | 'after';
  items: readonly unknown[];
}
interface StrFrame {
  k: 'str';
  node: StringNode;
  phase: 'open' | 'body' | 'esc' | 'hex';
  buf: string;
  len: number;
  hex: string;
  /** Enum values still allowed (the node's, less excluded ones); null for free text. */
  values: readonly string[] | null;
}
interface NumFrame { k: 'num'; node: NumberNode; text: string }
interface BoolFrame { k: 'bool'; text: string }
interface AnyFrame { k: 'any'; node: AnyOfNode }

/**
 * What a frame does with one character:
 * stay (consumed it), push (consumed it and opened a child), delegate (opened a child that must take it),
 * swap (became another frame that must take it), done (consumed it and closed with a value),
 * pass (closed with a value without consuming it; the parent takes it).
 */
export type Step =
  | { t: 'stay'; f: Frame }
  | { t: 'push'; f: Frame; child: Frame }
  | { t: 'delegate'; f: Frame; child: Frame }
  | { t: 'swap'; f: Frame }
  | { t: 'done'; v: unknown }
  | { t: 'pass'; v: unknown }
  | null;

/** `peek` answers: the only possible next character, several, or none left (the frame is complete). */
export const MANY = 0;
export const END = 1;
export type Peek = string | typeof MANY | typeof END;

const SHORT_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** JSON.stringify writes other control characters as \u00XX, lower-case. */
const HEX_AT = [/^0$/, /^0$/, /^[01]$/, /^[0-9a-f]$/];

export function open(node: GNode): Frame {
  switch (node.kind) {
    case 'object':
      return { k: 'obj', node, fields: node.fields, pos: 0, phase: 'open', key: '', at: -1, values: {}, cands: [], mustGo: true };
    case 'array':
      return { k: 'arr', node, phase: 'open', items: [] };
    case 'string': {
      const values = node.values && node.exclude ? node.values.filter((v) => !node.exclude!.has(v)) : node.values;
      return { k: 'str', node, phase: 'open', buf: '', len: 0, hex: '', values: values ?? null };
    }
    case 'number':
      return { k: 'num', node, text: '' };
    case 'boolean':
      return { k: 'bool', text: '' };
    case 'anyOf':
      return { k: 'any', node };
  }
}

/** Can any value satisfy this node? (Dynamic constraints can empty a range or an enum.) */
export function satisfiable(node: GNode): boolean {
  switch (node.kind) {
    case 'number':
      return node.values ? node.values.some((v) => v >= node.min && v <= node.max) : node.integer ? Math.ceil(node.min) <= Math.floor(node.max) : node.min <= node.max;
    case 'string':
      return node.min <= node.max && (!node.values || node.values.some((v) => !node.exclude?.has(v)));
    default:
      return true;
  }
}

// Frames are rebuilt with every property in a fixed order: one hidden class per kind keeps the hot path fast.
const objOf = (f: ObjFrame, p: Partial<ObjFrame>): ObjFrame => ({
  k: 'obj',
  node: f.node,
  fields: p.fields ?? f.fields,
  pos: p.pos ?? f.pos,
  phase: p.phase ?? f.phase,
  key: p.key ?? f.key,
  at: p.at ?? f.at,
  values: p.values ?? f.values,
  cands: p.cands ?? f.cands,
  mustGo: p.mustGo ?? f.mustGo,
});
const arrOf = (f: ArrFrame, phase: ArrFrame['phase'], items = f.items): ArrFrame => ({ k: 'arr', node: f.node, phase, items });
const strOf = (f: StrFrame, phase: StrFrame['phase'], buf: string, len: number, hex: string): StrFrame => ({ k: 'str', node: f.node, phase, buf, len, hex, values: f.values });

const refined = (f: Field, values: Readonly<Record<string, unknown>>): GNode => (f.refine ? f.refine(values, f.node) : f.node);

/** Fields that may be written next: from `pos` up to and including the first required one. */
function boundary(fr: ObjFrame): Pick<ObjFrame, 'cands' | 'mustGo'> {
  const cands: Field[] = [];
  let mustGo = false;
  for (let i = fr.pos; i < fr.fields.length; i++) {
    const f = fr.fields[i]!;
    if (satisfiable(refined(f, fr.values))) cands.push(f);
    if (f.required) {
      mustGo = true;
      break;
    }
  }
  return { cands, mustGo };
}

function withExclude(node: GNode, path: readonly string[], taken: Set<string>): GNode {
  if (path.length === 0) return node.kind === 'string' ? { ...node, exclude: taken } : node;
  if (node.kind !== 'object') return node;
  return { ...node, fields: node.fields.map((f) => (f.key === path[0] ? { ...f, node: withExclude(f.node, path.slice(1), taken) } : f)) };
}

function itemNode(fr: ArrFrame): GNode {
  const { unique, item } = fr.node;
  if (!unique) return item;
  const taken = new Set(fr.items.map((v) => unique.reduce<any>((o, k) => o?.[k], v)).filter((v): v is string => typeof v === 'string'));
  return withExclude(item, unique, taken);
}

function firstChar(node: GNode): Peek {
  switch (node.kind) {
    case 'object':
      return '{';
    case 'array':
      return '[';
    case 'string':
      return '"';
    default:
      return MANY;
  }
}

const single = (chars: Set<string>): Peek => (chars.size === 1 ? [...chars][0]! : MANY);

interface Handler<F extends Frame> {
  step(f: F, ch: string): Step;
  peek(f: F): Peek;
  receive?(f: F, v: unknown): Frame;
  /** The value of a frame that can close without consuming a character (numbers). */
  value?(f: F): unknown;
}

const obj: Handler<ObjFrame> = {
  step(f, ch) {
    switch (f.phase) {
      case 'open':
        if (ch !== '{') return null;
        return { t: 'stay', f: objOf(f, { phase: 'first', ...boundary(f) }) };
      case 'first':
        if (ch === '"' && f.cands.length) return { t: 'stay', f: objOf(f, { phase: 'key', key: '' }) };
        return ch === '}' && !f.mustGo ? { t: 'done', v: f.values } : null;
      case 'quote':
        return ch === '"' ? { t: 'stay', f: objOf(f, { phase: 'key', key: '' }) } : null;
      case 'key': {
        if (ch === '"') {
          const hit = f.cands.find((x) => x.key === f.key);
          return hit ? { t: 'stay', f: objOf(f, { phase: 'colon', at: f.fields.indexOf(hit, f.pos) }) } : null;
        }
        const key = f.key + ch;
        const cands = f.cands.filter((x) => x.key.startsWith(key));
        return cands.length ? { t: 'stay', f: objOf(f, { key, cands }) } : null;
      }
      case 'colon':
        return ch === ':' ? { t: 'push', f: objOf(f, { phase: 'value' }), child: open(refined(f.fields[f.at]!, f.values)) } : null;
      case 'after':
        if (ch === ',' && f.cands.length) return { t: 'stay', f: objOf(f, { phase: 'quote' }) };
        return ch === '}' && !f.mustGo ? { t: 'done', v: f.values } : null;
      case 'value':
        return null;
    }
  },
  peek(f) {
    switch (f.phase) {
      case 'open':
        return '{';
      case 'first':
      case 'after':
        if (f.cands.length && f.mustGo) return f.phase === 'first' ? '"' : ',';
        if (!f.cands.length) return '}';
        return MANY;
      case 'quote':
        return '"';
      case 'key': {
        let only: string | undefined;
        for (const c of f.cands) {
          const next = c.key === f.key ? '"' : c.key[f.key.length]!;
          if (only === undefined) only = next;
          else if (only !== next) return MANY;
        }
        return only ?? MANY;
      }
      case 'colon':
        return ':';
      case 'value':
        return MANY;
    }
  },
  receive(f, v) {
    const field = f.fields[f.at]!;
    const values = { ...f.values, [field.key]: v };
    const variant = f.node.tag && field.key === f.node.tag.key ? f.node.tag.variants.get(v as string) : undefined;
    const fields = variant ? [...f.fields.slice(0, f.at + 1), ...variant] : f.fields;
    const next = objOf(f, { fields, values, pos: f.at + 1, phase: 'after' });
    return objOf(next, boundary(next));
  },
};

const arr: Handler<ArrFrame> = {
  step(f, ch) {
    switch (f.phase) {
      case 'open':
        return ch === '[' ? { t: 'stay', f: arrOf(f, 'first') } : null;
      case 'first':
        if (ch === ']') return f.node.min === 0 ? { t: 'done', v: f.items } : null;
        return f.node.max > 0 && satisfiable(itemNode(f)) ? { t: 'delegate', f: arrOf(f, 'value'), child: open(itemNode(f)) } : null;
      case 'item':
        return { t: 'delegate', f: arrOf(f, 'value'), child: open(itemNode(f)) };
      case 'after':
        if (ch === ',') return f.items.length < f.node.max && satisfiable(itemNode(f)) ? { t: 'stay', f: arrOf(f, 'item') } : null;
        return ch === ']' && f.items.length >= f.node.min ? { t: 'done', v: f.items } : null;
      case 'value':
        return null;
    }
  },
  peek(f) {
    switch (f.phase) {
      case 'open':
        return '[';
      case 'first': {
        const canItem = f.node.max > 0 && satisfiable(itemNode(f));
        if (f.node.min === 0) return canItem ? MANY : ']';
        return firstChar(itemNode(f));
      }
      case 'item':
        return firstChar(itemNode(f));
      case 'after': {
        const chars = new Set<string>();
        if (f.items.length < f.node.max && satisfiable(itemNode(f))) chars.add(',');
        if (f.items.length >= f.node.min) chars.add(']');
        return single(chars);
      }
      case 'value':
        return MANY;
    }
  },
  receive(f, v) {
    return arrOf(f, 'after', [...f.items, v]);
  },
};

function closeOk(f: StrFrame): boolean {
  const { node, buf, len } = f;
  if (len < node.min) return false;
  if (f.values && !f.values.includes(buf)) return false;
  if (node.pattern && len !== node.pattern.length) return false;
  if (node.copy && !copyCloseOk(node.copy, buf, node.exclude)) return false;
  return !node.exclude?.has(buf);
}

function addChar(f: StrFrame, c: string): Step {
  const { node } = f;
  const buf = f.buf + c;
  const len = f.len + 1;
  if (len > node.max) return null;
  if (f.values && !f.values.some((v) => v.startsWith(buf))) return null;
  if (node.pattern && !node.pattern[f.len]?.test(c)) return null;
  // At the length limit the string must close next, so it must not be a taken value.
  if (len === node.max && node.exclude?.has(buf)) return null;
  if (node.copy && !copyViable(node.copy, buf, node.exclude, node.max)) return null;
  return { t: 'stay', f: strOf(f, 'body', buf, len, '') };
}

const literalOf = (re: RegExp): string | null => {
  const m = /^\^(\\?.)\$$/u.exec(re.source);
  return m ? m[1]!.replace(/^\\/, '') : null;
};

const str: Handler<StrFrame> = {
  step(f, ch) {
    switch (f.phase) {
      case 'open':
        return ch === '"' ? { t: 'stay', f: strOf(f, 'body', f.buf, f.len, '') } : null;
      case 'body':
        if (ch === '"') return closeOk(f) ? { t: 'done', v: f.buf } : null;
        // Copied text holds nothing JSON escapes (copy.ts), so an escape there could only lead nowhere.
        if (ch === '\\') return f.values || f.node.pattern || f.node.copy || f.len >= f.node.max ? null : { t: 'stay', f: strOf(f, 'esc', f.buf, f.len, '') };
        if (ch.codePointAt(0)! < 0x20) return null;
        return addChar(f, ch);
      case 'esc':
        if (ch === 'u') return { t: 'stay', f: strOf(f, 'hex', f.buf, f.len, '') };
        return SHORT_ESCAPES[ch] ? addChar(f, SHORT_ESCAPES[ch]!) : null;
      case 'hex': {
        if (!HEX_AT[f.hex.length]!.test(ch)) return null;
        const hex = f.hex + ch;
        if (hex.length < 4) return { t: 'stay', f: strOf(f, 'hex', f.buf, f.len, hex) };
        const c = String.fromCharCode(parseInt(hex, 16));
        return Object.values(SHORT_ESCAPES).includes(c) ? null : addChar(f, c);
      }
    }
  },
  peek(f) {
    switch (f.phase) {
      case 'open':
        return '"';
      case 'body': {
        if (f.values) {
          const chars = new Set<string>();
          for (const v of f.values) {
            if (v === f.buf) chars.add('"');
            else if (v.startsWith(f.buf)) chars.add(v[f.buf.length]!);
          }
          return single(chars);
        }
        if (f.node.pattern) return f.len === f.node.pattern.length ? '"' : (literalOf(f.node.pattern[f.len]!) ?? MANY);
        return f.len >= f.node.max ? '"' : MANY;
      }
      default:
        return MANY;
    }
  },
};

const DIGITS = '0123456789.-'.split('');

const num: Handler<NumFrame> = {
  step(f, ch) {
    const text = f.text + ch;
    if (numberPrefixOk(text, f.node)) return { t: 'stay', f: { k: 'num', node: f.node, text } };
    return numberComplete(f.text, f.node) ? { t: 'pass', v: Number(f.text) } : null;
  },
  peek(f) {
    const complete = numberComplete(f.text, f.node);
    let only: string | undefined;
    for (const c of DIGITS) {
      if (!numberPrefixOk(f.text + c, f.node)) continue;
      // Two ways on, or one way on besides stopping here: a choice either way.
      if (only !== undefined || complete) return MANY;
      only = c;
    }
    return only ?? (complete ? END : MANY);
  },
  value: (f) => Number(f.text),
};

const BOOLS = ['true', 'false'];
const bool: Handler<BoolFrame> = {
  step(f, ch) {
    const text = f.text + ch;
    const hit = BOOLS.find((b) => b.startsWith(text));
    if (!hit) return null;
    return hit === text ? { t: 'done', v: text === 'true' } : { t: 'stay', f: { k: 'bool', text } };
  },
  peek(f) {
    const hit = f.text ? BOOLS.find((b) => b.startsWith(f.text)) : undefined;
    return hit ? hit[f.text.length]! : MANY;
  },
};

const any: Handler<AnyFrame> = {
  step(f, ch) {
    for (const option of f.node.options) {
      const child = open(option);
      if (handlers[child.k].step(child as never, ch)) return { t: 'swap', f: child };
    }
    return null;
  },
  peek: () => MANY,
};

/** One handler per frame kind: what a character does, what may come next, how a child's value lands. */
export const handlers: { [K in Frame['k']]: Handler<Extract<Frame, { k: K }>> } = { obj, arr, str, num, bool, any };
