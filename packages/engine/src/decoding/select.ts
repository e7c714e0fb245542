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

/**
 * Ids of a row in descending order, produced lazily from a binary max-heap: O(V) to build, O(log V) per
 * id taken, so a constraint that rejects the first few hundred candidates stays cheap.
 */
function* descending(row: Float32Array, off: number, size: number): Generator<number> {
  const heap = new Uint32Array(size);
  for (let i = 0; i < size; i++) heap[i] = i;
  // a before b: larger logit, then lower id (the order argmax uses).
  const before = (a: number, b: number) => row[off + a]! > row[off + b]! || (row[off + a] === row[off + b] && a < b);
  const sift = (from: number, n: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < n && before(heap[l]!, heap[top]!)) top = l;
      if (r < n && before(heap[r]!, heap[top]!)) top = r;
      if (top === i) return;
      const t = heap[i]!;
      heap[i] = heap[top]!;
      heap[top] = t;
      i = top;
    }
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) sift(i, size);
  for (let n = size; n > 0; n--) {
    yield heap[0]!;
    heap[0] = heap[n - 1]!;
    sift(0, n - 1);
  }
}

/** The best ids the constraint accepts, at most `k`, best first. */
export function bestAccepted(logits: Float32Array, off: number, size: number, accept: Accept, k = 1): number[] {
  if (k === 1) {
    const first = argmax(logits, off, size);
    if (accept(first)) return [first];
  }
  const found: number[] = [];
  for (const id of descending(logits, off, size)) if (accept(id) && found.push(id) === k) break;
  return found;
}

/** log softmax(row)[id]: how much probability the model itself put on a token, constraint or not. */
export function logProbOf(row: Float32Array, id: number): number {
  let max = -Infinity;
  for (let i = 0; i < row.length; i++) if (row[i]! > max) max = row[i]!;
  let sum = 0;
  for (let i = 0; i < row.length; i++) sum += Math.exp(row[i]! - max);
  return row[id]! - max - Math.log(sum);
}
