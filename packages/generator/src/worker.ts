import { parentPort } from 'node:worker_threads';
import { makeChunk, type ChunkRequest } from './chunk.ts';

// One worker thread: makes the chunks the main thread asks for and sends them back.
parentPort!.on('message', (req: ChunkRequest) => {
  const result = makeChunk(req);
  parentPort!.postMessage(result, [result.hashes.buffer as ArrayBuffer, result.info.buffer as ArrayBuffer, result.lengths.buffer as ArrayBuffer]);
});
