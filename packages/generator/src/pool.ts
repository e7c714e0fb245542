import { Worker } from 'node:worker_threads';
import { makeChunk, type ChunkRequest, type ChunkResult } from './chunk.ts';

/** Hands out chunk requests and yields results strictly in request order, whatever finishes first. */
export interface ChunkSource {
  next(): Promise<ChunkResult>;
  close(): Promise<void>;
}

/** Chunks made on the calling thread: the 1-worker case, with no message passing at all. */
export function inlineSource(nextRequest: () => ChunkRequest): ChunkSource {
  return { next: async () => makeChunk(nextRequest()), close: async () => {} };
}

interface Deferred { promise: Promise<ChunkResult>; resolve: (r: ChunkResult) => void; reject: (e: Error) => void }
const deferred = (): Deferred => {
  let resolve!: (r: ChunkResult) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<ChunkResult>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

/**
 * `workers` generators in all: the calling thread plus `workers - 1` worker threads, so W workers
 * keep W cores busy with no extra thread fighting for them. Request n goes to generator n mod W
 * (the calling thread makes its share when the consumer reaches it); each thread keeps `depth`
 * requests queued. Results come back in request order, so the output never depends on W.
 */
export function workerSource(nextRequest: () => ChunkRequest, workers: number, depth = 2): ChunkSource {
  const threads = Array.from({ length: workers - 1 }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url)));
  const queues = threads.map(() => [] as Deferred[]);
  const pending = new Map<number, Deferred | ChunkRequest>();
  let issued = 0;
  let consumed = 0;
  let failed: Error | undefined;

  threads.forEach((t, i) => {
    t.on('message', (r: ChunkResult) => queues[i].shift()!.resolve(r));
    t.on('error', (e) => {
      failed = e;
      for (const q of queues) for (const d of q.splice(0)) d.reject(e);
    });
  });

  const issue = () => {
    const seq = issued++;
    const req = nextRequest();
    const slot = seq % workers;
    if (slot === workers - 1) {
      pending.set(seq, req);
      return;
    }
    const d = deferred();
    queues[slot].push(d);
    pending.set(seq, d);
    threads[slot].postMessage(req);
  };
  for (let i = 0; i < workers * depth; i++) issue();

  return {
    async next() {
      if (failed) throw failed;
      const seq = consumed++;
      const entry = pending.get(seq)!;
      pending.delete(seq);
      issue();
      return 'promise' in entry ? entry.promise : makeChunk(entry);
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
