import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { ChunkBuilder, makeChunk, type ChunkRequest, type ChunkResult } from './chunk.ts';

/** Hands out chunk requests and yields results strictly in request order, whatever finishes first. */
export interface ChunkSource {
  next(): Promise<ChunkResult>;
  close(): Promise<void>;
}

/** Chunks made on the calling thread: the 1-worker case, with no message passing at all. */
export function inlineSource(nextRequest: () => ChunkRequest): ChunkSource {
  return { next: async () => makeChunk(nextRequest()), close: async () => {} };
}

/** What a worker thread sends back: 'ready' once it has loaded, then one result per request, in order. */
export type WorkerMessage = 'ready' | ChunkResult;

interface Helper { thread: Worker; port: MessagePort; ready: boolean; inFlight: number[] }

/** Pairs the calling thread makes between looks at what the threads have sent (about a millisecond). */
const STEP = 25;

/**
 * `workers` generators in all: the calling thread plus `workers - 1` worker threads, so W workers
 * keep W cores busy with no extra thread fighting for them. Each worker thread keeps `depth`
 * requests queued. The calling thread also writes every record, so it takes no fixed share of the
 * chunks: while the next result is not back, it works on a chunk of its own a few pairs at a time,
 * looking for results (and handing out requests) in between, so it neither waits idle nor keeps a
 * thread waiting. Requests are numbered in order and results consumed in that order, and a chunk
 * depends only on its request, so the output never depends on W nor on which thread made what.
 */
export function workerSource(nextRequest: () => ChunkRequest, workers: number, depth = 3): ChunkSource {
  /** Results not consumed yet, by request number; made here ahead of need, or back from a thread. */
  const made = new Map<number, ChunkResult>();
  /** How many results may wait here: bounds memory while a thread is slow with the next one. */
  const maxMade = workers * depth;
  let issued = 0;
  let consumed = 0;
  let closing = false;
  let failed: Error | undefined;
  let wake: (() => void) | undefined;

  const feed = (h: Helper) => {
    while (h.ready && h.inFlight.length < depth) {
      h.inFlight.push(issued++);
      h.port.postMessage(nextRequest());
    }
  };
  const receive = (h: Helper, m: WorkerMessage) => {
    if (m === 'ready') h.ready = true;
    else made.set(h.inFlight.shift()!, m);
    feed(h);
    wake?.();
  };
  const fail = (e: Error) => {
    failed ??= e;
    wake?.();
  };
  const helpers: Helper[] = Array.from({ length: workers - 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const thread = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { port: port2 }, transferList: [port2] });
    const h: Helper = { thread, port: port1, ready: false, inFlight: [] };
    port1.on('message', (m: WorkerMessage) => receive(h, m));
    thread.on('error', fail);
    thread.on('exit', (code) => closing || fail(new Error(`generator thread stopped (exit code ${code})`)));
    return h;
  });
  /** Takes in what the threads have sent while this thread was busy, and gives them new requests. */
  const poll = () => {
    for (const h of helpers) for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) receive(h, m.message as WorkerMessage);
  };

  /** The chunk this thread is making, a few pairs at a time. */
  let own: { seq: number; builder: ChunkBuilder } | undefined;
  const start = () => (own = { seq: issued++, builder: new ChunkBuilder(nextRequest()) });

  return {
    async next() {
      const seq = consumed++;
      for (;;) {
        poll();
        if (failed) throw failed;
        const ready = made.get(seq);
        if (ready) {
          made.delete(seq);
          return ready;
        }
        // Not handed out yet: make it here.
        if (seq === issued) start();
        if (own) {
          if (own.builder.step(STEP)) {
            const r = own.builder.result();
            made.set(own.seq, r);
            own = undefined;
          }
          continue;
        }
        // A thread has it and is not done: start on a later one here meanwhile, within bounds.
        if (made.size < maxMade) {
          start();
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
    async close() {
      closing = true;
      for (const h of helpers) h.port.close();
      await Promise.all(helpers.map((h) => h.thread.terminate()));
    },
  };
}
