import { initialState, isComplete, type State } from '../automaton/automaton.ts';
import type { Encoded } from '../model/seq2seq.ts';
import type { DecodeContext, Generation } from './context.ts';
import { choose } from './greedy.ts';

interface Row {
  out: number[];
  state: State | null;
  done: boolean;
  finished: boolean;
  logProb: number;
  scored: number;
}

/**
 * Greedy decoding of many sequences in one decoder call per step. Rows that finish are fed padding
 * until the last one ends. Jump-forward is off here: the merged decoder has no self-attention mask, so
 * rows cannot take different numbers of tokens in one call.
 */
export async function greedyBatch(ctx: DecodeContext, enc: Encoded): Promise<Generation[]> {
  const { model, tokenizer } = ctx;
  const vocab = model.dims.vocab;
  const eos = tokenizer.table.eos;
  const rows: Row[] = Array.from({ length: enc.rows }, () => ({ out: [], state: ctx.grammar ? initialState(ctx.grammar) : null, done: false, finished: false, logProb: 0, scored: 0 }));
  let tokens = rows.map(() => [ctx.decoderStart]);
  let cache = null;
  let calls = 0;
  while (rows.some((r) => !r.done)) {
    ctx.check();
    const step = await model.decode(enc, tokens, cache);
    cache = step.cache;
    calls++;
    tokens = rows.map((r, i) => {
      if (r.done) return [tokenizer.table.pad];
      const next = choose(ctx, step.logits.subarray(i * vocab, (i + 1) * vocab), r.state, r.out);
      if (!next || next.id === eos) {
        r.done = true;
        r.finished = next !== null;
        return [tokenizer.table.pad];
      }
      r.out.push(next.id);
      r.state = next.state;
      r.logProb += next.logp;
      r.scored++;
      if ((r.state && isComplete(r.state)) || r.out.length >= ctx.maxNewTokens) {
        r.done = true;
        r.finished = r.out.length < ctx.maxNewTokens || (r.state !== null && isComplete(r.state));
      }
      return [next.id];
    });
  }
  return rows.map((r) => ({ ids: r.out, finished: r.finished, decoderCalls: calls, jumped: 0, rolledBack: 0, logProb: r.logProb, scored: r.scored }));
}
