/**
 * Picking tokens under a constraint without masking the whole vocabulary: candidates are walked in
 * descending logit order and the first one the constraint accepts wins, which is exactly the argmax of
 * the masked distribution. Usually the model's own favourite is valid, so one pass over the row suffices.
 */
export type Accept = (id: number) => boolean;

/** Index of the largest value in row `off..off+size`; the first one on ties, as Transformers.js does. */
export function argmax(logits: Float32Array, off: number, size: number): number {
  let best = 0;
  let max = -Infinity;
  for (let i = 0; i < size; i++) {
    const v = logits[off + i]!;
    if (v > max) {
      max = v;
      best = i;
    }
  }
  return best;
}

/** The `k` largest ids of a row, best first (ties: lower id first). */
export function topIds(logits: Float32Array, off: number, size: number, k: number): number[] {
  const ids: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < size; i++) {
    const v = logits[off + i]!;
    if (ids.length === k && v <= vals[k - 1]!) continue;
    let at = Math.min(ids.length, k - 1);
    if (ids.length < k) {
      ids.push(i);
      vals.push(v);
      at = ids.length - 1;
    }
    while (at > 0 && vals[at - 1]! < v) {
      ids[at] = ids[at - 1]!;
      vals[at] = vals[at - 1]!;
      at--;
    }
    ids[at] = i;
    vals[at] = v;
  }
  return ids;
}

/** Every id of a row, best first. */
function sortedIds(logits: Float32Array, off: number, size: number): Uint32Array {
  const ids = new Uint32Array(size);
  for (let i = 0; i < size; i++) ids[i] = i;
  return ids.sort((a, b) => logits[off + b]! - logits[off + a]! || a - b);
}

const WINDOW = 64;

/** The best ids the constraint accepts, at most `k`, best first. */
export function bestAccepted(logits: Float32Array, off: number, size: number, accept: Accept, k = 1): number[] {
  const found: number[] = [];
  const first = argmax(logits, off, size);
  if (k === 1 && accept(first)) return [first];
  const window = topIds(logits, off, size, Math.min(WINDOW, size));
  for (const id of window) if (accept(id) && found.push(id) === k) return found;
  if (window.length === size) return found;
  const all = sortedIds(logits, off, size);
  for (let i = window.length; i < all.length; i++) if (accept(all[i]!) && found.push(all[i]!) === k) return found;
  return found;
}
