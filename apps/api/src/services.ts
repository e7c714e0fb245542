import type { ApiConfig } from './config.ts';
import type { AppDeps } from './deps.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import type { Queue } from './queue.ts';
import type { ResponseCache } from './cache.ts';
import type { Generation } from './generation.ts';

/** Lifecycle flags the health routes report and the server flips. */
export interface AppState {
  /** The warm-up generation has finished (or was skipped). */
  warm: boolean;
  /** Shutdown has begun: stop taking new work. */
  draining: boolean;
  /** The processes started to share the port (UIDSL_WORKERS) are serving, or have given up trying. */
  workersReady: boolean;
}

/** Everything a route may use, built once per app by createApp. */
export interface Services {
  config: ApiConfig;
  deps: AppDeps;
  log: Logger;
  metrics: Metrics;
  inferenceQueue: Queue;
  renderQueue: Queue;
  cache: ResponseCache;
  generation: Generation;
  state: AppState;
}
