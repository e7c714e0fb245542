import type { GNode } from '../grammar/nodes.ts';
import type { Seq2Seq } from '../model/seq2seq.ts';
import type { Tokenizer } from '../tokenizer/load.ts';
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
  processors: readonly LogitsProcessor[];
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
  /** Jump-forward tokens the model disagreed with, rolled back. */
  rolledBack: number;
}
