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

/** `workers` threads, each kept `depth` chunks ahead, results reordered by request number. */
export function workerSource(nextRequest: () => ChunkRequest, workers: number, depth = 2): ChunkSource {
  const threads = Array.from({ length: workers }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url)));
  const pending = new Map<number, { resolve: (r: ChunkResult) => void; reject: (e: Error) => void; promise: Promise<ChunkResult> }>();
  let issued = 0;
  let consumed = 0;
  const issue = (thread: Worker) => {
    const req = nextRequest();
    const seq = issued++;
    let resolve!: (r: ChunkResult) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<ChunkResult>((res, rej) => ((resolve = res), (reject = rej)));
    pending.set(seq, { resolve, reject, promise });
    queues.get(thread)!.push(seq);
    thread.postMessage(req);
  };
  const queues = new Map<Worker, number[]>(threads.map((t) => [t, []]));
  for (const t of threads) {
    t.on('message', (r: ChunkResult) => {
      const seq = queues.get(t)!.shift()!;
      pending.get(seq)!.resolve(r);
    });
    t.on('error', (e) => { for (const p of pending.values()) p.reject(e); });
  }
  for (let d = 0; d < depth; d++) for (const t of threads) issue(t);
  return {
    async next() {
      const seq = consumed++;
      const entry = pending.get(seq)!;
      const result = await entry.promise;
      pending.delete(seq);
      // Keep the thread that made it busy with the next request.
      const thread = [...queues.entries()].find(([, q]) => q.length < depth)?.[0];
      if (thread) issue(thread);
      return result;
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
