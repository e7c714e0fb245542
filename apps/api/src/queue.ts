import { ApiError } from './errors.ts';

export interface QueueStats {
  name: string;
  active: number;
  waiting: number;
  concurrency: number;
  maxDepth: number;
}

export interface Queue {
  /** Runs `task` when a slot is free; rejects at once with QUEUE_FULL (503) when `maxDepth` are already waiting. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  stats(): QueueStats;
  /** Resolves once nothing is running or waiting. */
  idle(): Promise<void>;
}

interface Waiter {
  start: () => void;
}

/**
 * A bounded FIFO in front of expensive work (model inference, PNG rendering). Past its depth it
 * refuses instead of piling up, so latency stays bounded and the client learns when to retry.
 */
export function createQueue(opts: { name: string; concurrency: number; maxDepth: number; onChange?: (s: QueueStats) => void }): Queue {
  let active = 0;
  const waiting: Waiter[] = [];
  let idleWaiters: (() => void)[] = [];
  // Mean service time, so Retry-After says roughly when a slot will be free.
  let meanMs = 100;

  const stats = (): QueueStats => ({ name: opts.name, active, waiting: waiting.length, concurrency: opts.concurrency, maxDepth: opts.maxDepth });
  const changed = () => {
    opts.onChange?.(stats());
    if (active === 0 && waiting.length === 0) {
      const w = idleWaiters;
      idleWaiters = [];
      w.forEach((f) => f());
    }
  };
  const next = () => {
    while (active < opts.concurrency && waiting.length) waiting.shift()!.start();
    changed();
  };

  async function execute<T>(task: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await task();
    } finally {
      meanMs = meanMs * 0.9 + (performance.now() - t0) * 0.1;
      active--;
      next();
    }
  }

  return {
    run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < opts.concurrency) {
        active++;
        changed();
        return execute(task);
      }
      if (waiting.length >= opts.maxDepth) {
        const retryAfterS = Math.max(1, Math.ceil(((waiting.length + 1) * meanMs) / opts.concurrency / 1000));
        return Promise.reject(new ApiError('QUEUE_FULL', `the ${opts.name} queue is full (${opts.maxDepth} waiting); retry in ${retryAfterS} s`, { retryAfterS }));
      }
      return new Promise<T>((resolve, reject) => {
        const waiter: Waiter = {
          start: () => {
            signal?.removeEventListener('abort', onAbort);
            active++;
            execute(task).then(resolve, reject);
          },
        };
        // A request that gives up while waiting leaves the line, so it never costs a slot.
        const onAbort = () => {
          const i = waiting.indexOf(waiter);
          if (i >= 0) waiting.splice(i, 1);
          changed();
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(waiter);
        changed();
      });
    },
    stats,
    idle: () => (active === 0 && waiting.length === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
  };
}
