import { feedByte, feedChar, isComplete, type State } from '../automaton/automaton.ts';
import type { TokenTable } from '../tokenizer/token-table.ts';

/** The automaton state after a token, or null when the token cannot come next. End-of-sequence only ends a complete document. */
export function advance(table: TokenTable, s: State, id: number): State | null {
  if (id === table.eos) return isComplete(s) ? s : null;
  const b = table.bytes[id]!;
  if (b >= 0) return feedByte(s, b);
  const chars = table.chars[id];
  if (!chars || chars.length === 0) return null;
  let next: State | null = s;
  for (const c of chars) {
    next = feedChar(next, c);
    if (!next) return null;
  }
  return next;
}

/** The last character a token writes (a byte of a multi-byte character counts as a letter). */
export function lastChar(table: TokenTable, id: number): string | undefined {
  const b = table.bytes[id]!;
  if (b >= 0) return b < 0x80 ? String.fromCharCode(b) : '\u0080';
  return table.chars[id]?.at(-1);
}
