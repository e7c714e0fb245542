import { hash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** A cached answer: the bytes sent, their content type, and a strong ETag over them. */
export interface CachedResponse {
  body: Buffer;
  contentType: string;
  etag: string;
  /** Response headers worth repeating on a hit (generation method, timings). */
  headers?: Record<string, string>;
  /** The download name the answer suggests. */
  filename?: string;
  /** The body gzipped, kept when the request that made the entry accepted gzip (see compress.ts). */
  gzip?: Buffer;
}

export interface ResponseCache {
  get(key: string): CachedResponse | undefined;
  set(key: string, value: Omit<CachedResponse, 'etag'>): CachedResponse;
  /** Files an existing entry under a second key; the bytes are shared, so only the entry's overhead is counted again. */
  alias(key: string, entry: CachedResponse): void;
  readonly size: number;
}

// One-shot hashing: no Hash object per call, which for small inputs costs as much as the hashing.
export const etagOf = (body: Buffer | string): string => `"${hash('sha256', body, 'base64url').slice(0, 27)}"`;

/**
 * The key of a request: the route and its normalised body (keys sorted, so `{a,b}` and `{b,a}`
 * hit the same entry). Hashed, so a key never holds a client's 100 kB body twice.
 */
export function cacheKey(route: string, body: unknown): string {
  return hash('sha256', `${route}\0${stableJson(body)}`, 'base64url');
}

/** The key of a request by its exact bytes. */
export function rawCacheKey(route: string, bytes: Buffer): string {
  return hash('sha256', Buffer.concat([Buffer.from(`${route}\0`), bytes]), 'base64url');
}

/** JSON with every object's keys sorted; `undefined` members are left out, as JSON.stringify does. */
export function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  let out: string;
  if (Array.isArray(v)) {
    out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + stableJson(v[i]);
    return out + ']';
  }
  const o = v as Record<string, unknown>;
  out = '{';
  let first = true;
  for (const k of Object.keys(o).sort()) {
    if (o[k] === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + stableJson(o[k]);
    first = false;
  }
  return out + '}';
}

/** An LRU bounded both by entry count and by total bytes; `entries: 0` disables it. */
export function createCache(opts: { entries: number; bytes: number }): ResponseCache {
  if (opts.entries === 0 || opts.bytes === 0) {
    return { get: () => undefined, set: (_k, v) => ({ ...v, etag: etagOf(v.body) }), alias: () => undefined, size: 0 };
  }
  const lru = new LRUCache<string, CachedResponse>({
    max: opts.entries,
    maxSize: opts.bytes,
    sizeCalculation: (v) => Math.max(1, v.body.length + (v.gzip?.length ?? 0) + 256),
  });
  return {
    get: (key) => lru.get(key),
    set(key, value) {
      const entry = { ...value, etag: etagOf(value.body) };
      // An entry larger than the whole cache is answered but not kept.
      if (value.body.length + (value.gzip?.length ?? 0) + 256 <= opts.bytes) lru.set(key, entry);
      return entry;
    },
    alias(key, entry) {
      if (entry.body.length + 256 <= opts.bytes) lru.set(key, entry, { size: 256 });
    },
    get size() {
      return lru.size;
    },
  };
}
