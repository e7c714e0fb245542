import type { GNode } from '../grammar/nodes.ts';
import type { Seq2Seq } from '../model/seq2seq.ts';
import type { Tokenizer } from '../tokenizer/load.ts';
import type { Draft } from './draft.ts';
import type { LogitsProcessor } from './logits-processors.ts';

/** Everything a decoding strategy needs for one request. */
export interface DecodeContext {
  model: Seq2Seq;
  tokenizer: Tokenizer;
  decoderStart: number;
  maxNewTokens: number;
  /** The document grammar to stay inside; null decodes freely (plain greedy, like Transformers.js). */
  grammar: GNode | null;
  jumpForward: boolean;
  /** A guessed answer to verify ahead (speculative decoding, greedy only); null guesses nothing. */
  draft: Draft | null;
  processors: readonly LogitsProcessor[];
  /**
   * Stop early (unfinished) once at least 8 tokens are scored and the running per-token confidence is
   * below this: the answer will be refused anyway, so spare the rest of the decoding. 0 never stops.
   */
  giveUpBelow: number;
  /** Throws when the request was aborted or ran out of time; called between decoder calls. */
  check: () => void;
}

/** What a strategy produced, with counters the benchmark reports. */
export interface Generation {
  ids: number[];
  /** Ended by end-of-sequence (or a complete document under constraints), not by the length cap. */
  finished: boolean;
  decoderCalls: number;
  /** Tokens appended by jump-forward without being chosen from logits. */
  jumped: number;
  /** Drafted tokens the model agreed with, kept without a decoder call of their own. */
  drafted: number;
  /** Jump-forward and drafted tokens the model disagreed with, rolled back. */
  rolledBack: number;
  /**
   * Sum of the log-probabilities (full softmax over the vocabulary) the model gave the tokens it
   * chose, and how many were scored; `exp(logProb / scored)` is the per-token confidence the engine
   * gates on before trusting an answer.
   */
  logProb: number;
  scored: number;
  /** Set when the row's own check stopped it (its deadline, its client gone) while other rows went on. */
  error?: unknown;
}
