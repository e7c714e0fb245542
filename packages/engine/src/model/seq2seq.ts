import { bool, float32, int64, type Feeds, type Session, type Tensor } from '../backend/ort.ts';

/** Encoder output for a batch, reused by every decoder step. */
export interface Encoded {
  hidden: Tensor;
  mask: Tensor;
  rows: number;
}

/** The decoder's key/value cache: past_key_values.* tensors and how many positions they hold. */
export interface Cache {
  past: Feeds;
  length: number;
}

export interface DecodeResult {
  /** [rows, n, vocab], row-major. */
  logits: Float32Array;
  n: number;
  cache: Cache;
}

export interface ModelDims {
  heads: number;
  dKv: number;
  vocab: number;
}

const PAST = 'past_key_values.';
const isEncoderKv = (name: string) => name.includes('.encoder.');

/** Copies rows `rows` of a [B, ...] tensor (beam reordering, tiling one prompt over its beams). */
function pickRows(t: Tensor, rows: readonly number[]): Tensor {
  const data = t.data as Float32Array | BigInt64Array;
  const per = data.length / t.dims[0]!;
  const out = new (data.constructor as Float32ArrayConstructor | BigInt64ArrayConstructor)(rows.length * per);
  rows.forEach((r, i) => out.set(data.subarray(r * per, (r + 1) * per) as never, i * per));
  return new (t.constructor as any)(t.type, out, [rows.length, ...t.dims.slice(1)]);
}

/** Keeps the first `keep` positions of a [B, H, S, D] cache tensor (rolling back rejected tokens). */
function keepPositions(t: Tensor, keep: number): Tensor {
  const [b, h, s, d] = t.dims as [number, number, number, number];
  if (keep === s) return t;
  const src = t.data as Float32Array;
  const out = new Float32Array(b * h * keep * d);
  for (let i = 0; i < b * h; i++) out.set(src.subarray(i * s * d, i * s * d + keep * d), i * keep * d);
  return float32(out, [b, h, keep, d]);
}

/**
 * A T5-style encoder-decoder on two ONNX sessions (encoder, merged decoder with `use_cache_branch`),
 * with the tensor bookkeeping the decoding strategies need.
 */
export class Seq2Seq {
  readonly pastNames: string[];
  private readonly hasCacheBranch: boolean;

  constructor(
    private readonly encoder: Session,
    private readonly decoder: Session,
    readonly dims: ModelDims,
  ) {
    this.pastNames = decoder.inputNames.filter((n) => n.startsWith(PAST));
    this.hasCacheBranch = decoder.inputNames.includes('use_cache_branch');
  }

  /** Encodes right-padded token rows; `pad` fills the short ones and the mask hides it. */
  async encode(rows: readonly (readonly number[])[], pad: number): Promise<Encoded> {
    const width = Math.max(...rows.map((r) => r.length));
    const ids: number[] = [];
    const mask: number[] = [];
    for (const r of rows) {
      for (let i = 0; i < width; i++) {
        ids.push(i < r.length ? r[i]! : pad);
        mask.push(i < r.length ? 1 : 0);
      }
    }
    const feeds: Feeds = { input_ids: int64(ids, [rows.length, width]), attention_mask: int64(mask, [rows.length, width]) };
    const out = await this.encoder.run(feeds);
    return { hidden: out.last_hidden_state!, mask: feeds.attention_mask!, rows: rows.length };
  }

  /** Runs the decoder on `tokens` ([rows][n], the same n for every row) after the cached positions. */
  async decode(enc: Encoded, tokens: readonly (readonly number[])[], cache: Cache | null): Promise<DecodeResult> {
    const n = tokens[0]!.length;
    const feeds: Feeds = {
      input_ids: int64(tokens.flat(), [tokens.length, n]),
      encoder_hidden_states: enc.hidden,
      encoder_attention_mask: enc.mask,
    };
    if (this.hasCacheBranch) feeds.use_cache_branch = bool(cache !== null);
    for (const name of this.pastNames) {
      feeds[name] = cache?.past[name] ?? float32(new Float32Array(0), [tokens.length, this.dims.heads, 0, this.dims.dKv]);
    }
    const wanted = Object.fromEntries(Object.entries(feeds).filter(([k]) => this.decoder.inputNames.includes(k)));
    const out = await this.decoder.run(wanted);
    const past: Feeds = {};
    for (const name of this.pastNames) {
      // The encoder's keys/values never change; the cached branch does not recompute them.
      past[name] = cache && isEncoderKv(name) ? cache.past[name]! : out[name.replace('past_key_values', 'present')]!;
    }
    return { logits: out.logits!.data as Float32Array, n, cache: { past, length: (cache?.length ?? 0) + n } };
  }

  /** Drops cached positions from `keep` on (tokens fed speculatively and then rejected). */
  truncate(cache: Cache, keep: number): Cache {
    if (keep === cache.length) return cache;
    const past: Feeds = {};
    for (const name of this.pastNames) past[name] = isEncoderKv(name) ? cache.past[name]! : keepPositions(cache.past[name]!, keep);
    return { past, length: keep };
  }

  /** Reorders or repeats batch rows of the cache (beam search). */
  selectCache(cache: Cache, rows: readonly number[]): Cache {
    const past: Feeds = {};
    for (const name of this.pastNames) past[name] = pickRows(cache.past[name]!, rows);
    return { past, length: cache.length };
  }

  selectEncoded(enc: Encoded, rows: readonly number[]): Encoded {
    return { hidden: pickRows(enc.hidden, rows), mask: pickRows(enc.mask, rows), rows: rows.length };
  }

  async release(): Promise<void> {
    await Promise.all([this.encoder.release(), this.decoder.release()]);
  }
}
