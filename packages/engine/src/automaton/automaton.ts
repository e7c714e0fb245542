import type { GNode } from '../grammar/nodes.ts';
import { END, MANY, handlers, open, type Frame } from './frames.ts';

/** The open values, innermost first; shared between states, never mutated. */
interface Stack {
  f: Frame;
  up: Stack | null;
}

/** A UTF-8 character begun by byte-fallback tokens and not yet complete. */
interface Pending {
  need: number;
  cp: number;
  lo: number;
  hi: number;
}

/**
 * Where the decoder is inside "a valid prefix of a schema-valid canonical document". `stack` null means
 * the document is complete: only end-of-sequence may follow.
 */
export interface State {
  stack: Stack | null;
  pending: Pending | null;
}

/** The only continuation is the end of the document (end-of-sequence). */
export const EOS = Symbol('eos');

export function initialState(grammar: GNode): State {
  return { stack: { f: open(grammar), up: null }, pending: null };
}

export const isComplete = (s: State): boolean => s.stack === null && s.pending === null;

const step = (f: Frame, ch: string) => handlers[f.k].step(f as never, ch);
const receive = (up: Stack | null, v: unknown): Stack | null =>
  up ? { f: handlers[up.f.k].receive!(up.f as never, v), up: up.up } : null;

/** Feeds one character (one code point); null when no valid document continues this way. */
export function feedChar(s: State, ch: string): State | null {
  if (s.pending) return null;
  let stack = s.stack;
  for (;;) {
    if (!stack) return null;
    const r = step(stack.f, ch);
    if (!r) return null;
    switch (r.t) {
      case 'stay':
        return { stack: { f: r.f, up: stack.up }, pending: null };
      case 'push':
        return { stack: { f: r.child, up: { f: r.f, up: stack.up } }, pending: null };
      case 'done':
        return { stack: receive(stack.up, r.v), pending: null };
      case 'delegate':
        stack = { f: r.child, up: { f: r.f, up: stack.up } };
        break;
      case 'swap':
        stack = { f: r.f, up: stack.up };
        break;
      case 'pass':
        stack = receive(stack.up, r.v);
        break;
    }
  }
}

/** Feeds text, code point by code point. */
export function feedText(s: State | null, text: string): State | null {
  for (const ch of text) {
    if (!s) return null;
    s = feedChar(s, ch);
  }
  return s;
}

/** Stands for "some non-ASCII character" while a multi-byte one is still arriving byte by byte. */
const PROBE = '中';

/** Feeds one raw byte (a byte-fallback token), decoding UTF-8 strictly (no overlongs, no surrogates). */
export function feedByte(s: State, b: number): State | null {
  const p = s.pending;
  if (!p) {
    if (b < 0x80) return feedChar(s, String.fromCharCode(b));
    let pending: Pending;
    if (b >= 0xc2 && b <= 0xdf) pending = { need: 1, cp: b & 0x1f, lo: 0x80, hi: 0xbf };
    else if (b >= 0xe0 && b <= 0xef) pending = { need: 2, cp: b & 0x0f, lo: b === 0xe0 ? 0xa0 : 0x80, hi: b === 0xed ? 0x9f : 0xbf };
    else if (b >= 0xf0 && b <= 0xf4) pending = { need: 3, cp: b & 0x07, lo: b === 0xf0 ? 0x90 : 0x80, hi: b === 0xf4 ? 0x8f : 0xbf };
    else return null;
    return feedChar(s, PROBE) ? { stack: s.stack, pending } : null;
  }
  if (b < p.lo || b > p.hi) return null;
  const cp = (p.cp << 6) | (b & 0x3f);
  if (p.need > 1) return { stack: s.stack, pending: { need: p.need - 1, cp, lo: 0x80, hi: 0xbf } };
  return feedChar({ stack: s.stack, pending: null }, String.fromCodePoint(cp));
}

/** The one character that must come next, EOS when the document is complete, null when there is a choice. */
export function forcedChar(s: State): string | typeof EOS | null {
  if (s.pending) return null;
  let stack = s.stack;
  while (stack) {
    const h = handlers[stack.f.k];
    const p = h.peek(stack.f as never);
    if (p === MANY) return null;
    if (p !== END) return p;
    stack = receive(stack.up, h.value!(stack.f as never));
  }
  return EOS;
}

/** Follows forced characters as far as they go (at most `max`). */
export function forcedText(s: State, max = 256): { text: string; state: State; eos: boolean } {
  let text = '';
  while (text.length < max) {
    const c = forcedChar(s);
    if (c === null) return { text, state: s, eos: false };
    if (c === EOS) return { text, state: s, eos: true };
    const next = feedChar(s, c);
    if (!next) return { text, state: s, eos: false };
    text += c;
    s = next;
  }
  return { text, state: s, eos: false };
}
