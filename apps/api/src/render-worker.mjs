// A PNG render worker. Plain JavaScript that registers tsx itself, because loader hooks of the main
// thread are not guaranteed to reach worker threads.
import { register } from 'tsx/esm/api';
import { parentPort } from 'node:worker_threads';

register();
const { renderPng } = await import('@uidsl/renderer');

parentPort.on('message', async ({ id, doc, opts }) => {
  try {
    const png = await renderPng(doc, opts);
    // The bytes move to the main thread without a copy.
    const ab = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);
    parentPort.postMessage({ id, png: ab }, [ab]);
  } catch (err) {
    parentPort.postMessage({ id, error: { name: err?.name, message: err?.message, code: err?.code, status: err?.status } });
  }
});
parentPort.postMessage({ ready: true });
