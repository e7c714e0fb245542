import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQueue } from '../queue.ts';
import { ApiError } from '../errors.ts';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

test('runs at most `concurrency` tasks, in order, and refuses past maxDepth', async () => {
  const q = createQueue({ name: 't', concurrency: 2, maxDepth: 1 });
  const gates = [deferred(), deferred(), deferred()];
  const order: number[] = [];
  const runs = gates.map((g, i) => q.run(async () => (await g.promise, order.push(i), i)));
  assert.deepEqual(q.stats(), { name: 't', active: 2, waiting: 1, concurrency: 2, maxDepth: 1 });
  await assert.rejects(q.run(async () => 9), (e: ApiError) => e.code === 'QUEUE_FULL' && e.status === 503 && e.extra.retryAfterS! >= 1);
  gates[1]!.resolve();
  gates[0]!.resolve();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(q.stats().active, 1, 'the waiting task took the freed slot');
  gates[2]!.resolve();
  assert.deepEqual(await Promise.all(runs), [0, 1, 2]);
  assert.deepEqual(order, [1, 0, 2]);
  await q.idle();
  assert.deepEqual(q.stats(), { name: 't', active: 0, waiting: 0, concurrency: 2, maxDepth: 1 });
});

test('a waiter whose signal aborts leaves the line without running', async () => {
  const q = createQueue({ name: 't', concurrency: 1, maxDepth: 5 });
  const gate = deferred();
  const first = q.run(() => gate.promise);
  const ac = new AbortController();
  let ran = false;
  const second = q.run(async () => void (ran = true), ac.signal);
  ac.abort(new Error('gone'));
  await assert.rejects(second, /gone/);
  assert.equal(q.stats().waiting, 0);
  gate.resolve();
  await first;
  assert.equal(ran, false);
});

test('a failing task frees its slot', async () => {
  const q = createQueue({ name: 't', concurrency: 1, maxDepth: 0 });
  await assert.rejects(q.run(async () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal(await q.run(async () => 'next'), 'next');
});
