import { LRUCache } from 'lru-cache';
import type { ThemeName, PageName } from '@uidsl/dsl';
import type { AppDeps, GenerateOutcome } from './deps.ts';
import type { Queue } from './queue.ts';
import type { Metrics } from './metrics.ts';

export interface Generated extends GenerateOutcome {
  /** Milliseconds spent waiting for a free inference slot. */
  queueMs: number;
  cached: boolean;
}

export interface GenerateRequest {
  prompt: string;
  theme?: ThemeName;
  pageType?: PageName;
  useRules?: boolean;
  signal?: AbortSignal;
}

/**
 * Prompt to document: the rule-based generator directly (it takes microseconds), the model through the
 * bounded queue. Identical requests share one result, and identical requests in flight share one run.
 */
export function createGeneration(deps: AppDeps, queue: Queue, metrics: Metrics, opts: { cacheEntries: number; timeoutMs: number }) {
  const cache = opts.cacheEntries > 0 ? new LRUCache<string, GenerateOutcome>({ max: opts.cacheEntries }) : null;
  const inFlight = new Map<string, Promise<Generated>>();

  function rules(req: GenerateRequest): Generated {
    const t0 = performance.now();
    const doc = deps.rulesGenerate(req.prompt, { theme: req.theme, pageType: req.pageType });
    const ms = performance.now() - t0;
    metrics.generation.observe({ method: 'rules' }, ms / 1000);
    return { doc, method: 'rules', ms, queueMs: 0, cached: false };
  }

  async function model(req: GenerateRequest, key: string): Promise<Generated> {
    const queued = performance.now();
    let started = queued;
    const out = await queue.run(() => {
      started = performance.now();
      // The request's own signal is not passed: a shared run must not die with the first client.
      return deps.engine.generate(req.prompt, { theme: req.theme, pageType: req.pageType, timeoutMs: opts.timeoutMs });
    }, req.signal);
    metrics.generation.observe({ method: out.method }, out.ms / 1000);
    // Rule fallbacks are not cached: once the model is back, it should answer.
    if (out.method === 'model') cache?.set(key, out);
    return { ...out, queueMs: started - queued, cached: false };
  }

  return {
    async generate(req: GenerateRequest): Promise<Generated> {
      if (req.useRules) return rules(req);
      const key = JSON.stringify([req.prompt, req.theme ?? null, req.pageType ?? null]);
      const hit = cache?.get(key);
      if (hit) return { ...hit, queueMs: 0, cached: true };
      const pending = inFlight.get(key);
      if (pending) return pending;
      const run = model(req, key).finally(() => inFlight.delete(key));
      inFlight.set(key, run);
      return run;
    },
  };
}
export type Generation = ReturnType<typeof createGeneration>;
