/**
 * 64-bit string hash (cyrb53's mixing, both 32-bit lanes kept). Used for dedup and split
 * assignment, where a JS Map of a million strings would cost hundreds of megabytes.
 */
export function hash64(text: string, seed = 0): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * 32-bit hash of a long string (a minified document), for telling documents apart: one multiply a
 * character, in two independent lanes (even and odd characters) so the CPU runs them side by side.
 * About four times cheaper than `hash64` on the ~300 characters of a document.
 */
export function hash32(text: string): number {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b ^ text.length;
  const n = text.length - 1;
  let i = 0;
  for (; i < n; i += 2) {
    a = Math.imul(a ^ text.charCodeAt(i), 0xcc9e2d51);
    b = Math.imul(b ^ text.charCodeAt(i + 1), 0x1b873593);
  }
  if (i === n) a = Math.imul(a ^ text.charCodeAt(i), 0xcc9e2d51);
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  return (a ^ (a >>> 16)) >>> 0;
}

/**
 * An open-addressing table from a 64-bit key to a 32-bit value, in typed arrays: 12 bytes a slot,
 * so a million distinct instructions cost about 24 MB instead of a Map's few hundred.
 * Key (0, 0) marks an empty slot; a real key hashing to it is nudged to (0, 1).
 */
export class HashTable64 {
  private keys: Uint32Array;
  private values: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap * 2);
    this.values = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  /** Returns the stored value, or undefined when the key is new (then stores `value`). */
  getOrSet(k1: number, k2: number, value: number): number | undefined {
    if (k1 === 0 && k2 === 0) k2 = 1;
    let i = (k1 ^ Math.imul(k2, 0x9e3779b1)) & this.mask;
    for (;;) {
      const a = this.keys[i * 2];
      const b = this.keys[i * 2 + 1];
      if (a === 0 && b === 0) break;
      if (a === k1 && b === k2) return this.values[i];
      i = (i + 1) & this.mask;
    }
    this.keys[i * 2] = k1;
    this.keys[i * 2 + 1] = k2;
    this.values[i] = value >>> 0;
    if (++this.size * 2 > this.mask + 1) this.grow();
    return undefined;
  }

  /** The stored value, or undefined; stores nothing. */
  get(k1: number, k2: number): number | undefined {
    if (k1 === 0 && k2 === 0) k2 = 1;
    for (let i = (k1 ^ Math.imul(k2, 0x9e3779b1)) & this.mask; ; i = (i + 1) & this.mask) {
      const a = this.keys[i * 2];
      const b = this.keys[i * 2 + 1];
      if (a === 0 && b === 0) return undefined;
      if (a === k1 && b === k2) return this.values[i];
    }
  }

  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  private grow(): void {
    const { keys, values } = this;
    const cap = (this.mask + 1) * 2;
    this.keys = new Uint32Array(cap * 2);
    this.values = new Uint32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < values.length; i++) {
      const a = keys[i * 2];
      const b = keys[i * 2 + 1];
      if (a !== 0 || b !== 0) this.getOrSet(a, b, values[i]);
    }
  }
}
