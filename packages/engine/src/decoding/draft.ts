import { isComplete, type State } from '../automaton/automaton.ts';
import type { TokenTable } from '../tokenizer/token-table.ts';
import { advance } from './advance.ts';

/**
 * Speculative decoding with a guessed document as the draft, in the manner of prompt-lookup decoding:
 * the engine tokenizes the rule-based generator's answer for the same prompt, looks up where the output
 * written so far ends in it, and feeds the draft's next tokens to the decoder in the same call as the
 * chosen token. The logits of that call verify each drafted token against what greedy would choose, and
 * the cache is cut back at the first disagreement (as for jump-forward), so the output is exactly plain
 * greedy's. A model that writes what the rules write, most of most documents, then needs a decoder call
 * for each disagreement rather than for each token.
 */
export interface Draft {
  readonly ids: readonly number[];
  /** Where the last lookup matched: later lookups search forward from here first, as output follows the draft in order. */
  cursor: number;
}

/** Tokens drafted per decoder call at most: past this, a wrong guess costs more than a right one saves. */
export const DRAFT_TOKENS = 32;

/** Longest and shortest run of last output tokens looked up in the draft. */
const MAX_NGRAM = 4;
const MIN_NGRAM = 1;
/** Shorter runs than this (one `","`) are common enough to match in the wrong place: forward only. */
const ANYWHERE_NGRAM = 3;

export const newDraft = (ids: readonly number[]): Draft => ({ ids, cursor: 0 });

function matchEnd(draft: readonly number[], out: readonly number[], n: number, from: number, to: number): number {
  for (let end = Math.max(from, n); end <= to; end++) {
    let k = 0;
    while (k < n && draft[end - n + k] === out[out.length - n + k]) k++;
    if (k === n) return end;
  }
  return -1;
}

/**
 * The draft position right after the longest run (up to MAX_NGRAM tokens) that ends the output, searched
 * forward from the cursor and, for long runs, then from the start. -1 when the output's end is nowhere.
 */
export function lookup(d: Draft, out: readonly number[]): number {
  for (let n = Math.min(MAX_NGRAM, out.length); n >= MIN_NGRAM; n--) {
    let end = matchEnd(d.ids, out, n, d.cursor, d.ids.length - 1);
    if (end < 0 && n >= ANYWHERE_NGRAM) end = matchEnd(d.ids, out, n, 0, Math.min(d.cursor, d.ids.length - 1));
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * The draft tokens to feed after `out`, each checked against the grammar from `state` (null: no
 * grammar), with the state after each; stops at the first token the grammar refuses, at a complete
 * document, or after `max` tokens. Empty when the draft has nothing to say here.
 */
export function planDraft(d: Draft, out: readonly number[], state: State | null, table: TokenTable, max: number): { ids: number[]; states: Array<State | null> } {
  const ids: number[] = [];
  const states: Array<State | null> = [];
  if (max <= 0 || !out.length) return { ids, states };
  const at = lookup(d, out);
  if (at < 0) return { ids, states };
  d.cursor = at;
  let cur = state;
  for (let j = at; j < d.ids.length && ids.length < max; j++) {
    const id = d.ids[j]!;
    if (cur) {
      const next = advance(table, cur, id);
      if (!next) break;
      cur = next;
    }
    ids.push(id);
    states.push(cur);
    if (cur && isComplete(cur)) break;
  }
  return { ids, states };
}
