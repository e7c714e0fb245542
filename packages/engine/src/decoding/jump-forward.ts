import { feedChar, forcedText, type State } from '../automaton/automaton.ts';
import type { Tokenizer } from '../tokenizer/load.ts';
import { advance } from './advance.ts';

/** The pre-tokenizer's split class: runs of JSON punctuation are pre-tokens of their own. */
const PUNCT = /[{}[\]:,"]/;
const isPunct = (c: string) => PUNCT.test(c);

/** Characters that stand for "something that is not punctuation" when asking what may follow. */
const OTHER = [...'0123456789-.#_abcdefghijklmnopqrstuvwxyz中'];

function mayFollow(s: State, punct: boolean): boolean {
  return (punct ? [...'{}[]:,"'] : OTHER).some((c) => feedChar(s, c) !== null);
}

export interface Jump {
  ids: number[];
  /** The automaton state after each of `ids`. */
  states: State[];
  text: string;
}

/**
 * The tokens of the text the document forces next, cut so both ends fall on pre-token boundaries: it
 * must start where the character class changes from the last one written, and it gives up its last run
 * when the character after it could continue that run. Then the tokenizer's split of the piece is the
 * split it would make of the whole text, i.e. the tokens the model was trained on.
 */
export function planJump(s: State, last: string | undefined, tokenizer: Tokenizer): Jump | null {
  const { text, state: end, eos } = forcedText(s);
  if (!text || (last !== undefined && isPunct(last) === isPunct(text[0]!))) return null;
  let cut = text.length;
  if (!eos) {
    const punct = isPunct(text[cut - 1]!);
    if (mayFollow(end, punct)) while (cut > 0 && isPunct(text[cut - 1]!) === punct) cut--;
  }
  if (cut === 0) return null;
  const piece = text.slice(0, cut);
  const ids = tokenizer.encodePiece(piece);
  const states: State[] = [];
  let cur: State | null = s;
  for (const id of ids) {
    cur = advance(tokenizer.table, cur, id);
    // A tokenizer that does not write the piece back exactly (unknown pieces) gets no shortcut.
    if (!cur) return null;
    states.push(cur);
  }
  return ids.length ? { ids, states, text: piece } : null;
}
