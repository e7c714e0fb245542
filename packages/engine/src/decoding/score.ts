import type { Encoded, Seq2Seq } from '../model/seq2seq.ts';
import { logProbOf } from './select.ts';

/**
 * The model's log-probability of writing `ids` and then ending, teacher-forced in one decoder call
 * (full softmax, no constraint): how likely the model finds a given answer, to weigh it against its own.
 */
export async function scoreSequence(model: Seq2Seq, enc: Encoded, decoderStart: number, ids: readonly number[], eos: number): Promise<number> {
  const step = await model.decode(enc, [[decoderStart, ...ids]], null);
  const vocab = model.dims.vocab;
  let sum = 0;
  for (let i = 0; i <= ids.length; i++) sum += logProbOf(step.logits.subarray(i * vocab, (i + 1) * vocab), i < ids.length ? ids[i]! : eos);
  return sum;
}
