import type { DecodeContext } from '../../decoding/context.ts';

/**
 * A decoding context around a scripted stand-in for the model (vocabulary of `vocab` ids: 0 start,
 * 1 end-of-sequence, no grammar, no processors), for testing strategies without ONNX Runtime.
 */
export function scriptedContext(model: object, vocab: number, over: Partial<DecodeContext> = {}): DecodeContext {
  const table = { size: vocab, eos: 1, pad: 0, chars: [], bytes: new Int16Array(vocab).fill(-1) };
  return {
    model: { dims: { heads: 1, dKv: 1, vocab }, ...model } as never,
    tokenizer: { table } as never,
    decoderStart: 0,
    maxNewTokens: 10,
    grammar: null,
    draft: null,
    jumpForward: false,
    processors: [],
    giveUpBelow: 0,
    check: () => {},
    ...over,
  };
}
