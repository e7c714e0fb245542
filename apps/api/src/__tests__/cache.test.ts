import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey, createCache, etagOf, rawCacheKey, stableJson } from '../cache.ts';

test('stableJson sorts keys at every depth and leaves out undefined members', () => {
  assert.equal(stableJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' }, u: undefined }), '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}');
  assert.equal(stableJson([undefined, 'é']), '[null,"é"]');
});

test('cache keys ignore key order but not values or the route; raw keys are byte-exact', () => {
  assert.equal(cacheKey('render', { a: 1, b: { c: 2, d: 3 } }), cacheKey('render', { b: { d: 3, c: 2 }, a: 1 }));
  assert.notEqual(cacheKey('render', { a: 1 }), cacheKey('render', { a: 2 }));
  assert.notEqual(cacheKey('render', { a: 1 }), cacheKey('generate', { a: 1 }));
  assert.notEqual(rawCacheKey('render', Buffer.from('{"a":1,"b":2}')), rawCacheKey('render', Buffer.from('{"b":2,"a":1}')));
  assert.equal(rawCacheKey('render', Buffer.from('{}')), rawCacheKey('render', Buffer.from('{}')));
});

test('an ETag is strong, 27 base64url characters, and follows the bytes', () => {
  assert.match(etagOf(Buffer.from('x')), /^"[\w-]{27}"$/);
  assert.equal(etagOf('abc'), etagOf(Buffer.from('abc')));
  assert.notEqual(etagOf('abc'), etagOf('abd'));
});

test('kept gzipped bytes count against the byte budget', () => {
  const cache = createCache({ entries: 100, bytes: 10_000 });
  const body = Buffer.alloc(4000);
  cache.set('a', { body, contentType: 'text/html', gzip: Buffer.alloc(1000) });
  cache.set('b', { body, contentType: 'text/html', gzip: Buffer.alloc(1000) });
  // 2 x (4000 + 1000 + 256) > 10,000: the older entry has gone.
  assert.equal(cache.get('a'), undefined);
  assert.ok(cache.get('b'));
  const plain = createCache({ entries: 100, bytes: 10_000 });
  plain.set('a', { body, contentType: 'text/html' });
  plain.set('b', { body, contentType: 'text/html' });
  assert.ok(plain.get('a') && plain.get('b'));
});
