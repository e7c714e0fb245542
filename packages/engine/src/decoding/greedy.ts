import { initialState, isComplete, type State } from '../automaton/automaton.ts';
import type { Encoded } from '../model/seq2seq.ts';
import { advance, lastChar } from './advance.ts';
import type { DecodeContext, Generation } from './context.ts';
import { DRAFT_TOKENS, planDraft } from './draft.ts';
import { planJump } from './jump-forward.ts';
import { argmax, bestAccepted, logProbOf } from './select.ts';

interface Choice {
  id: number;
  state: State | null;
  /** The model's own log-probability of `id`, before the constraint. */
  logp: number;
}

/** Greedy choice on one row of logits, inside the grammar when there is one. */
export function choose(ctx: DecodeContext, row: Float32Array, state: State | null, generated: readonly number[]): Choice | null {
  for (const p of ctx.processors) p(row, generated);
  if (!state) {
    const id = argmax(row, 0, row.length);
    return { id, state: null, logp: logProbOf(row, id) };
  }
  const table = ctx.tokenizer.table;
  let next: State | null = null;
  const [id] = bestAccepted(row, 0, Math.min(row.length, table.size), (candidate) => (next = advance(table, state, candidate)) !== null);
  return id === undefined ? null : { id, state: next, logp: logProbOf(row, id) };
}

const rowOf = (logits: Float32Array, vocab: number, i: number) => logits.subarray(i * vocab, (i + 1) * vocab);

/** Tokens fed ahead of choosing them: first what the grammar forces, then what the draft guesses. */
interface Guess {
  ids: number[];
  /** The automaton state after each of `ids` (null without a grammar). */
  states: Array<State | null>;
  /** How many of `ids` the grammar forces; the rest are drafted. */
  forced: number;
}

/**
 * What to feed after `out` (whose last token writes `last`), in at most `room` tokens: forced text
 * cut at pre-token boundaries, then the draft's continuation. Null when there is nothing to guess.
 */
function guess(ctx: DecodeContext, out: readonly number[], state: State | null, last: string | undefined, room: number): Guess | null {
  const ids: number[] = [];
  const states: Array<State | null> = [];
  let end = state;
  if (state && ctx.jumpForward) {
    const plan = planJump(state, last, ctx.tokenizer);
    if (plan && plan.ids.length <= room) {
      ids.push(...plan.ids);
      states.push(...plan.states);
      end = plan.states.at(-1)!;
    }
  }
  const forced = ids.length;
  if (ctx.draft && !(end && isComplete(end))) {
    const d = planDraft(ctx.draft, forced ? out.concat(ids) : out, end, ctx.tokenizer.table, Math.min(DRAFT_TOKENS, room - forced));
    ids.push(...d.ids);
    states.push(...d.states);
  }
  return ids.length ? { ids, states, forced } : null;
}

/**
 * Greedy decoding of one sequence with the KV cache. Tokens known or guessed ahead (jump-forward's
 * forced text, the draft's continuation) are fed in the same decoder call as the chosen token; the
 * logits of that call verify each one against what greedy would have chosen, and the cache is cut
 * back at the first disagreement. So the result is always the one plain greedy (constrained or not)
 * gives, only with fewer calls.
 */
export async function greedy(ctx: DecodeContext, enc: Encoded): Promise<Generation> {
  const { model, tokenizer } = ctx;
  const vocab = model.dims.vocab;
  const eos = tokenizer.table.eos;
  const out: number[] = [];
  let state: State | null = ctx.grammar ? initialState(ctx.grammar) : null;
  const stats = { decoderCalls: 0, jumped: 0, drafted: 0, rolledBack: 0, logProb: 0, scored: 0 };
  const result = (finished: boolean): Generation => ({ ids: out, finished, ...stats });
  /** Scores a choice; true when the running confidence says to give up (checked after each token, as plain greedy does). */
  const scoreGivesUp = (c: Choice | null) => {
    if (c) (stats.logProb += c.logp), stats.scored++;
    return stats.scored >= 8 && Math.exp(stats.logProb / stats.scored) < ctx.giveUpBelow;
  };
  // The opening of every document (`{"page":{"name":"`) is forced: it rides along with the start token.
  let ahead = guess(ctx, out, state, undefined, ctx.maxNewTokens);
  let pending = [ctx.decoderStart, ...(ahead?.ids ?? [])];
  let cache = null;

  for (;;) {
    ctx.check();
    const step = await model.decode(enc, [pending], cache);
    cache = step.cache;
    stats.decoderCalls++;
    let next: Choice | null = null;
    let row = 0;
    if (ahead) {
      // Row i holds the logits after the i-th fed token: what greedy would choose in place of ahead.ids[i].
      let kept = 0;
      for (; kept < ahead.ids.length; kept++) {
        const before = kept === 0 ? state : ahead.states[kept - 1]!;
        const choice = choose(ctx, rowOf(step.logits, vocab, kept), before, out.concat(ahead.ids.slice(0, kept)));
        if (scoreGivesUp(choice)) {
          out.push(...ahead.ids.slice(0, kept));
          return result(false);
        }
        if (choice?.id !== ahead.ids[kept]) {
          next = choice;
          break;
        }
      }
      out.push(...ahead.ids.slice(0, kept));
      stats.jumped += Math.min(kept, ahead.forced);
      stats.drafted += Math.max(0, kept - ahead.forced);
      if (kept > 0) state = ahead.states[kept - 1]!;
      if (kept < ahead.ids.length) {
        stats.rolledBack += ahead.ids.length - kept;
        cache = model.truncate(cache, cache.length - (ahead.ids.length - kept));
      }
      row = kept;
      ahead = null;
      // A draft may end the document: plain greedy stops there too, without scoring the end.
      if (state && isComplete(state)) return result(true);
    }
    if (row === step.n - 1) {
      next = choose(ctx, rowOf(step.logits, vocab, row), state, out);
      if (scoreGivesUp(next)) return result(false);
    }
    if (!next || next.id === eos) return result(next !== null);
    out.push(next.id);
    state = next.state;
    if (state && isComplete(state)) return result(true);
    if (out.length >= ctx.maxNewTokens) return result(false);
    pending = [next.id];
    ahead = guess(ctx, out, state, lastChar(tokenizer.table, next.id), ctx.maxNewTokens - out.length);
    if (ahead) {
      const end = ahead.states.at(-1);
      if (ahead.forced === ahead.ids.length && end && isComplete(end)) {
        // The rest of the document is forced: its text is the same however it is split, so stop here.
        out.push(...ahead.ids);
        stats.jumped += ahead.ids.length;
        return result(true);
      }
      pending.push(...ahead.ids);
    }
  }
}
