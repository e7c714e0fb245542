import { workerData, type MessagePort } from 'node:worker_threads';
import { makeChunk, type ChunkRequest } from './chunk.ts';
import type { WorkerMessage } from './pool.ts';

// One worker thread: says it is ready once loaded, then makes the chunks it is asked for, in order.
const port = (workerData as { port: MessagePort }).port;
const send = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
port.on('message', (req: ChunkRequest) => {
  const r = makeChunk(req);
  send(r, [r.bytes.buffer, r.ends.buffer, r.hashes.buffer, r.info.buffer, r.lengths.buffer] as ArrayBuffer[]);
});
send('ready');
