import { initialState, isComplete, type State } from '../automaton/automaton.ts';
import type { Encoded } from '../model/seq2seq.ts';
import { advance, lastChar } from './advance.ts';
import type { DecodeContext, Generation } from './context.ts';
import { planJump, type Jump } from './jump-forward.ts';
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

/**
 * Greedy decoding of one sequence with the KV cache. With jump-forward, the text the grammar forces is
 * tokenized and fed in the same decoder call as the chosen token; the logits of that call then verify
 * each forced token against what greedy would have chosen, and the cache is cut back at the first
 * disagreement. So the result is always the one plain constrained greedy gives, only with fewer calls.
 */
export async function greedy(ctx: DecodeContext, enc: Encoded): Promise<Generation> {
  const { model, tokenizer } = ctx;
  const vocab = model.dims.vocab;
  const eos = tokenizer.table.eos;
  const out: number[] = [];
  let state: State | null = ctx.grammar ? initialState(ctx.grammar) : null;
  let pending = [ctx.decoderStart];
  let jump: Jump | null = null;
  let cache = null;
  const stats = { decoderCalls: 0, jumped: 0, rolledBack: 0, logProb: 0, scored: 0 };
  const score = (c: Choice | null) => {
    if (c) (stats.logProb += c.logp), stats.scored++;
  };
  const result = (finished: boolean): Generation => ({ ids: out, finished, ...stats });
  // The opening of every document (`{"page":{"name":"`) is forced: it rides along with the start token.
  if (state && ctx.jumpForward) {
    jump = planJump(state, undefined, tokenizer);
    if (jump) pending = [ctx.decoderStart, ...jump.ids];
  }

  for (;;) {
    ctx.check();
    const step = await model.decode(enc, [pending], cache);
    cache = step.cache;
    stats.decoderCalls++;
    let next: Choice | null = null;
    let row = 0;
    if (jump) {
      // Row i holds the logits after the i-th fed token: what greedy would choose in place of jump.ids[i].
      let kept = 0;
      for (; kept < jump.ids.length; kept++) {
        const before = kept === 0 ? state : jump.states[kept - 1]!;
        const choice = choose(ctx, rowOf(step.logits, vocab, kept), before, out.concat(jump.ids.slice(0, kept)));
        score(choice);
        if (choice?.id !== jump.ids[kept]) {
          next = choice;
          break;
        }
      }
      out.push(...jump.ids.slice(0, kept));
      stats.jumped += kept;
      if (kept > 0) state = jump.states[kept - 1]!;
      if (kept < jump.ids.length) {
        stats.rolledBack += jump.ids.length - kept;
        cache = model.truncate(cache, cache.length - (jump.ids.length - kept));
      }
      row = kept;
      jump = null;
    }
    if (row === step.n - 1) score((next = choose(ctx, rowOf(step.logits, vocab, row), state, out)));
    if (!next || next.id === eos) return result(next !== null);
    if (stats.scored >= 8 && Math.exp(stats.logProb / stats.scored) < ctx.giveUpBelow) return result(false);
    out.push(next.id);
    state = next.state;
    if (state && isComplete(state)) return result(true);
    if (out.length >= ctx.maxNewTokens) return result(false);
    pending = [next.id];
    if (state && ctx.jumpForward) {
      const plan = planJump(state, lastChar(tokenizer.table, next.id), tokenizer);
      if (plan && out.length + plan.ids.length <= ctx.maxNewTokens) {
        if (isComplete(plan.states.at(-1)!)) {
          // The rest of the document is forced: its text is the same however it is split, so stop here.
          out.push(...plan.ids);
          stats.jumped += plan.ids.length;
          return result(true);
        }
        jump = plan;
        pending = [next.id, ...plan.ids];
      }
    }
  }
}
