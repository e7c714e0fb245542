import { initialState, isComplete, type State } from '../automaton/automaton.ts';
import type { Cache, Encoded } from '../model/seq2seq.ts';
import { advance } from './advance.ts';
import type { DecodeContext, Generation } from './context.ts';
import { bestAccepted } from './select.ts';

interface Beam {
  ids: number[];
  state: State | null;
  score: number;
}

function logSoftmax(row: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of row) if (v > max) max = v;
  let sum = 0;
  for (const v of row) sum += Math.exp(v - max);
  const lse = max + Math.log(sum);
  return row.map((v) => v - lse);
}

/**
 * Beam search over one prompt, `width` beams, each extended by its best `width` valid tokens. Scores are
 * log-probabilities under the model's full distribution (not renormalised over the valid tokens), with
 * generation_config's length_penalty applied to finished hypotheses, as in Transformers.
 */
export async function beamSearch(ctx: DecodeContext, enc: Encoded, width: number, lengthPenalty = 1): Promise<Generation> {
  const { model, tokenizer } = ctx;
  const table = tokenizer.table;
  const vocab = model.dims.vocab;
  let beams: Beam[] = [{ ids: [], state: ctx.grammar ? initialState(ctx.grammar) : null, score: 0 }];
  let encRows = enc;
  let cache: Cache | null = null;
  let tokens = [[ctx.decoderStart]];
  const finished: { ids: number[]; score: number; raw: number; steps: number }[] = [];
  let calls = 0;
  const norm = (score: number, len: number) => score / Math.max(1, len) ** lengthPenalty;

  for (let step = 0; step < ctx.maxNewTokens && beams.length; step++) {
    ctx.check();
    const res = await model.decode(encRows, tokens, cache);
    calls++;
    const candidates: { from: number; id: number; state: State | null; score: number }[] = [];
    beams.forEach((b, i) => {
      const row = res.logits.subarray(i * vocab, (i + 1) * vocab);
      for (const p of ctx.processors) p(row, b.ids);
      const logp = logSoftmax(row);
      const states = new Map<number, State | null>();
      const accept = (id: number) => {
        if (!b.state) return true;
        const s = advance(table, b.state, id);
        states.set(id, s);
        return s !== null;
      };
      for (const id of bestAccepted(logp, 0, Math.min(vocab, table.size), accept, width))
        candidates.push({ from: i, id, state: states.get(id) ?? null, score: b.score + logp[id]! });
    });
    candidates.sort((a, b) => b.score - a.score);
    const next: Beam[] = [];
    const from: number[] = [];
    for (const c of candidates) {
      if (next.length === width) break;
      const ids = [...beams[c.from]!.ids, ...(c.id === table.eos ? [] : [c.id])];
      if (c.id === table.eos || (c.state && isComplete(c.state))) finished.push({ ids, score: norm(c.score, ids.length), raw: c.score, steps: step + 1 });
      else {
        next.push({ ids, state: c.state, score: c.score });
        from.push(c.from);
      }
    }
    if (!next.length) break;
    // Transformers' rule (early_stopping false): stop once `width` hypotheses are finished and the best
    // live beam, normalised at its current length, no longer beats the worst of them. Stopping as soon as
    // `width` had finished kept short documents that ended early over longer, likelier ones.
    if (finished.length >= width) {
      finished.sort((a, b) => b.score - a.score).length = width;
      const bestLive = Math.max(...next.map((b) => norm(b.score, b.ids.length)));
      if (bestLive <= finished.at(-1)!.score) break;
    }
    cache = model.selectCache(res.cache, from);
    if (encRows.rows !== next.length || step === 0) encRows = model.selectEncoded(enc, next.map(() => 0));
    tokens = next.map((b) => [b.ids.at(-1)!]);
    beams = next;
  }
  const best = finished.sort((a, b) => b.score - a.score)[0];
  const fallback = beams.sort((a, b) => b.score - a.score)[0];
  const logProb = best?.raw ?? fallback?.score ?? 0;
  const scored = best?.steps ?? fallback?.ids.length ?? 0;
  return { ids: best?.ids ?? fallback?.ids ?? [], finished: best !== undefined, decoderCalls: calls, jumped: 0, drafted: 0, rolledBack: 0, logProb, scored };
}
