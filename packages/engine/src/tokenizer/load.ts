import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { buildTokenTable, type TokenTable } from './token-table.ts';

export interface Tokenizer {
  /** Token ids of an instruction, with the special tokens the model was trained with (T5: a final </s>). */
  encodePrompt(text: string): number[];
  /** Token ids of a piece of output text, no special tokens: what jump-forward feeds the decoder. */
  encodePiece(text: string): number[];
  /** Token ids of a whole output text, no special tokens, not cached: a draft document. */
  encodeText(text: string): number[];
  table: TokenTable;
}

/** Loads the tokenizer from the model directory only; nothing is fetched. */
export async function loadTokenizer(dir: string, config: Record<string, any>, vocabSize: number): Promise<Tokenizer> {
  env.allowRemoteModels = false;
  const tok = await AutoTokenizer.from_pretrained(dir, { local_files_only: true });
  const json = JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8'));
  const eos = config.eos_token_id ?? tok.eos_token_id ?? 1;
  const pad = config.pad_token_id ?? tok.pad_token_id ?? 0;
  const table = buildTokenTable(json, vocabSize, eos, pad);
  const pieces = new Map<string, number[]>();
  const encodeText = (text: string): number[] => tok.encode(text, { add_special_tokens: false });
  return {
    encodePrompt: (text) => tok.encode(text),
    encodePiece(text) {
      // Jump-forward feeds the same few structural pieces over and over.
      let ids = pieces.get(text);
      if (!ids) {
        ids = encodeText(text);
        if (pieces.size < 50_000) pieces.set(text, ids);
      }
      return ids;
    },
    encodeText,
    table,
  };
}
