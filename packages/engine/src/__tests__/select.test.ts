import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { argmax, bestAccepted, logProbOf } from '../decoding/select.ts';

test('bestAccepted is the argmax of the masked row, and the k best in order', () => {
  fc.assert(
    fc.property(fc.array(fc.float({ noNaN: true, min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 4 }), (values, mod, k) => {
      const row = Float32Array.from(values);
      const accept = (id: number) => id % mod === 0;
      const masked = Array.from(row, (v, i) => ({ v, i })).filter(({ i }) => accept(i)).sort((a, b) => b.v - a.v || a.i - b.i);
      assert.deepEqual(bestAccepted(row, 0, row.length, accept, k), masked.slice(0, k).map((x) => x.i));
    }),
    { numRuns: 300 },
  );
});

test('argmax and bestAccepted take the lower id among equal values', () => {
  const row = Float32Array.from([1, 5, 5, -2, 4]);
  assert.equal(argmax(row, 0, row.length), 1);
  assert.deepEqual(bestAccepted(row, 0, row.length, (id) => id !== 1, 2), [2, 4]);
  assert.deepEqual(bestAccepted(row, 0, row.length, () => false), []);
});

test('logProbOf is log softmax, to 1e-9', () => {
  const exact = (row: Float32Array, id: number) => {
    const max = Math.max(...row);
    return row[id]! - max - Math.log(Array.from(row).reduce((s, v) => s + Math.exp(v - max), 0));
  };
  fc.assert(
    fc.property(fc.array(fc.float({ noNaN: true, min: -80, max: 20 }), { minLength: 1, maxLength: 6000 }), fc.nat(), (values, pick) => {
      const row = Float32Array.from(values);
      const id = pick % row.length;
      assert.ok(Math.abs(logProbOf(row, id) - exact(row, id)) < 1e-9);
    }),
    { numRuns: 200 },
  );
});
