import { hash64 } from './hash.ts';

/** Letters and digits only: noise variants of one description (spaces, doubled commas) share a split. */
const PUNCTUATION = /[\s，。、,.;；:：!！?？~～"'“”‘’「」《》<>（）()[\]【】\/|｜+\-—_>→]+/g;
export const splitKey = (instruction: string) => instruction.replace(PUNCTUATION, '').toLowerCase();

/** Seed of the split hash: `hash64(splitKey(instruction), SPLIT_SEED)[0]` picks a record's split. */
export const SPLIT_SEED = 0x5eed;

// What `splitKey` does to each UTF-16 unit, learnt the first time the unit is seen (a description
// uses a few hundred distinct ones): kept, dropped (punctuation), A-Z lowered, or anything the
// per-unit fast path cannot reproduce (other case changes, surrogates), which falls back to splitKey.
const UNKNOWN = 0;
const KEEP = 1;
const DROP = 2;
const LOWER_ASCII = 3;
const SLOW = 4;
const unitClass = new Uint8Array(65536);
const ONE_PUNCTUATION = new RegExp(`^${PUNCTUATION.source}$`);

function learn(unit: number): number {
  const s = String.fromCharCode(unit);
  const c = unit >= 0xd800 && unit < 0xe000 ? SLOW : ONE_PUNCTUATION.test(s) ? DROP : s.toLowerCase() === s ? KEEP : unit >= 65 && unit <= 90 ? LOWER_ASCII : SLOW;
  unitClass[unit] = c;
  return c;
}

/**
 * Both hashes a record needs from its instruction, in one pass and without building the split key:
 * out[at], out[at + 1] = hash64(instruction); out[at + 3] = hash64(splitKey(instruction), SPLIT_SEED)[0].
 * Same values as those calls, which the slow path uses when a unit needs more than A-Z lowering.
 */
export function instructionHashes(text: string, out: Uint32Array, at: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let g1 = 0xdeadbeef ^ SPLIT_SEED;
  let g2 = 0x41c6ce57 ^ SPLIT_SEED;
  let slow = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
    let c = unitClass[ch];
    if (c === UNKNOWN) c = learn(ch);
    if (c === DROP) continue;
    if (c === LOWER_ASCII) ch += 32;
    else if (c === SLOW) slow = true;
    g1 = Math.imul(g1 ^ ch, 2654435761);
    g2 = Math.imul(g2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[at] = h1;
  out[at + 1] = h2;
  if (slow) {
    out[at + 3] = hash64(splitKey(text), SPLIT_SEED)[0];
    return;
  }
  g1 = Math.imul(g1 ^ (g1 >>> 16), 2246822507);
  g1 ^= Math.imul(g2 ^ (g2 >>> 13), 3266489909);
  out[at + 3] = g1;
}
