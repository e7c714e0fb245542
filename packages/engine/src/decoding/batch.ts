import { initialState, isComplete, type State } from '../automaton/automaton.ts';
import type { GNode } from '../grammar/nodes.ts';
import type { Encoded } from '../model/seq2seq.ts';
import type { DecodeContext, Generation } from './context.ts';
import { choose } from './greedy.ts';

/** What may differ between the rows of one batch: their grammar (a theme or page type the user fixed) and their deadline. */
export interface BatchRow {
  grammar: GNode | null;
  check: () => void;
}

interface Row {
  out: number[];
  state: State | null;
  check: () => void;
  done: boolean;
  finished: boolean;
  logProb: number;
  scored: number;
  error?: unknown;
}

/**
 * Greedy decoding of many sequences in one decoder call per step. Rows that finish are fed padding
 * until the last one ends. Jump-forward is off here: the merged decoder has no self-attention mask, so
 * rows cannot take different numbers of tokens in one call. Each row stops on its own: at its end, when
 * its confidence falls under `ctx.giveUpBelow`, or when its check throws (that row alone fails).
 */
export async function greedyBatch(ctx: DecodeContext, enc: Encoded, perRow?: readonly BatchRow[]): Promise<Generation[]> {
  const { model, tokenizer } = ctx;
  const vocab = model.dims.vocab;
  const eos = tokenizer.table.eos;
  const rows: Row[] = Array.from({ length: enc.rows }, (_, i) => {
    const grammar = perRow ? perRow[i]!.grammar : ctx.grammar;
    return { out: [], state: grammar ? initialState(grammar) : null, check: perRow?.[i]!.check ?? (() => {}), done: false, finished: false, logProb: 0, scored: 0 };
  });
  const stop = (r: Row, finished: boolean) => {
    r.done = true;
    r.finished = finished;
  };
  let tokens = rows.map(() => [ctx.decoderStart]);
  let cache = null;
  let calls = 0;
  while (rows.some((r) => !r.done)) {
    ctx.check();
    for (const r of rows) {
      if (r.done) continue;
      try {
        r.check();
      } catch (err) {
        r.error = err;
        stop(r, false);
      }
    }
    if (rows.every((r) => r.done)) break;
    const step = await model.decode(enc, tokens, cache);
    cache = step.cache;
    calls++;
    tokens = rows.map((r, i) => {
      if (r.done) return [tokenizer.table.pad];
      const next = choose(ctx, step.logits.subarray(i * vocab, (i + 1) * vocab), r.state, r.out);
      if (!next || next.id === eos) {
        stop(r, next !== null);
        return [tokenizer.table.pad];
      }
      r.out.push(next.id);
      r.state = next.state;
      r.logProb += next.logp;
      r.scored++;
      if ((r.state && isComplete(r.state)) || r.out.length >= ctx.maxNewTokens) {
        stop(r, r.out.length < ctx.maxNewTokens || (r.state !== null && isComplete(r.state)));
      } else if (r.scored >= 8 && Math.exp(r.logProb / r.scored) < ctx.giveUpBelow) {
        stop(r, false);
      }
      return [next.id];
    });
  }
  return rows.map((r) => ({ ids: r.out, finished: r.finished, decoderCalls: calls, jumped: 0, drafted: 0, rolledBack: 0, logProb: r.logProb, scored: r.scored, error: r.error }));
}
