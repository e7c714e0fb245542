import { Worker } from 'node:worker_threads';
import type { UiDslDocument } from '@uidsl/dsl';
import type { RenderOptions } from './deps.ts';

interface Job {
  resolve: (png: Buffer) => void;
  reject: (err: unknown) => void;
}
interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * PNG rendering on worker threads. Layout, painting and compression take tens of milliseconds of CPU; on the
 * main thread they would stall every other request, health probes and 503 refusals included.
 * Jobs go to the least busy worker; the render queue in front bounds how many are in flight.
 */
export function createRenderPool(size: number) {
  let nextId = 0;
  let closed = false;
  const slots: Slot[] = [];

  function spawn(index: number): Slot {
    const worker = new Worker(new URL('./render-worker.mjs', import.meta.url));
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (m: { id?: number; png?: ArrayBuffer; error?: Record<string, unknown>; ready?: boolean }) => {
      if (m.id === undefined) return;
      const job = slot.jobs.get(m.id);
      slot.jobs.delete(m.id);
      if (!job) return;
      if (m.png) job.resolve(Buffer.from(m.png));
      else job.reject(Object.assign(new Error(String(m.error?.message ?? 'render failed')), m.error));
    });
    // A worker that dies takes only its own jobs with it; a fresh one takes its place.
    const fail = (err: unknown) => {
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
      if (!closed) slots[index] = spawn(index);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && !closed && fail(new Error(`render worker exited with code ${code}`)));
    return slot;
  }
  for (let i = 0; i < size; i++) slots.push(spawn(i));

  return {
    renderPng(doc: UiDslDocument, opts: RenderOptions = {}): Promise<Buffer> {
      if (closed) return Promise.reject(new Error('the render pool is closed'));
      const slot = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        slot.jobs.set(id, { resolve, reject });
        slot.worker.postMessage({ id, doc, opts });
      });
    },
    /** Renders one small page on every worker, so fonts and layout code are loaded before /readyz says ready. */
    async warmUp(doc: UiDslDocument): Promise<void> {
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise<void>((resolve) => {
              const id = nextId++;
              slot.jobs.set(id, { resolve: () => resolve(), reject: () => resolve() });
              slot.worker.postMessage({ id, doc, opts: { viewport: 'screen' } });
            }),
        ),
      );
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
