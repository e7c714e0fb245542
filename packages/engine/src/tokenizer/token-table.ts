/**
 * What each token id writes, computed once from tokenizer.json: the code points of a text piece, or the
 * one raw byte of a byte-fallback token (`<0xE4>`), whose multi-byte characters the automaton
 * reassembles. Special tokens write nothing and are never chosen as content.
 */
export interface TokenTable {
  size: number;
  /** Code points of each text token; null for special, byte and unknown ids. */
  chars: (readonly string[] | null)[];
  /** The byte of each byte-fallback token, -1 otherwise. */
  bytes: Int16Array;
  eos: number;
  pad: number;
}

const BYTE = /^<0x([0-9A-Fa-f]{2})>$/;

type Decoder = { type: string; decoders?: Decoder[]; pattern?: { String?: string }; content?: string; replacement?: string };

/** The string-level decoder steps that change a piece's text (Replace, Metaspace); others are no-ops here. */
function pieceRewriter(decoder: Decoder | null): { byteFallback: boolean; rewrite: (s: string) => string } {
  const steps = decoder ? (decoder.type === 'Sequence' ? decoder.decoders ?? [] : [decoder]) : [];
  const rewrites: ((s: string) => string)[] = [];
  for (const d of steps) {
    if (d.type === 'Replace' && d.pattern?.String !== undefined) rewrites.push((s) => s.split(d.pattern!.String!).join(d.content ?? ''));
    else if (d.type === 'Metaspace') rewrites.push((s) => s.split(d.replacement ?? '▁').join(' '));
    else if (!['ByteFallback', 'Fuse', 'Strip'].includes(d.type)) throw new Error(`tokenizer decoder step ${d.type} is not supported`);
  }
  return { byteFallback: steps.some((d) => d.type === 'ByteFallback'), rewrite: (s) => rewrites.reduce((acc, f) => f(acc), s) };
}

export function buildTokenTable(tokenizerJson: Record<string, any>, vocabSize: number, eos: number, pad: number): TokenTable {
  const vocab = tokenizerJson.model?.vocab;
  const entries: [string, number][] = Array.isArray(vocab) ? vocab.map(([t]: [string], i: number) => [t, i]) : Object.entries(vocab ?? {});
  const special = new Set<number>((tokenizerJson.added_tokens ?? []).filter((t: any) => t.special).map((t: any) => t.id as number));
  for (const t of tokenizerJson.added_tokens ?? []) entries.push([t.content, t.id]);
  const { byteFallback, rewrite } = pieceRewriter(tokenizerJson.decoder ?? null);
  const size = Math.max(vocabSize, ...entries.map(([, id]) => id + 1));
  const chars: (string[] | null)[] = new Array(size).fill(null);
  const bytes = new Int16Array(size).fill(-1);
  for (const [piece, id] of entries) {
    if (special.has(id)) continue;
    const byte = byteFallback ? BYTE.exec(piece) : null;
    if (byte) bytes[id] = parseInt(byte[1]!, 16);
    else chars[id] = [...rewrite(piece)];
  }
  const unk = tokenizerJson.model?.unk_token;
  if (unk !== undefined) for (const [piece, id] of entries) if (piece === unk) chars[id] = null;
  return { size, chars, bytes, eos, pad };
}

/** The UTF-8 bytes a token sequence writes (special tokens write none). */
export function tokenBytes(table: TokenTable, ids: readonly number[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: number[] = [];
  for (const id of ids) {
    const b = table.bytes[id]!;
    if (b >= 0) parts.push(b);
    else if (table.chars[id]) parts.push(...enc.encode(table.chars[id]!.join('')));
  }
  return Uint8Array.from(parts);
}

export const decodeTokens = (table: TokenTable, ids: readonly number[]): string => new TextDecoder().decode(tokenBytes(table, ids));
