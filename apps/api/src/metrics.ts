import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The Prometheus metrics of one app. A registry per app (not prom-client's global one) so tests can
 * build several apps in one process without "metric already registered".
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'uidsl_' });
  return {
    registry,
    requests: new Counter({
      name: 'uidsl_http_requests_total',
      help: 'HTTP requests by route, method and status',
      labelNames: ['route', 'method', 'status'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'uidsl_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['route', 'method'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    generation: new Histogram({
      name: 'uidsl_generation_duration_seconds',
      help: 'time to produce a document, by method (model or rules)',
      labelNames: ['method'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'uidsl_queue_depth',
      help: 'jobs waiting in a bounded queue',
      labelNames: ['queue'] as const,
      registers: [registry],
    }),
    queueActive: new Gauge({
      name: 'uidsl_queue_active',
      help: 'jobs running from a bounded queue',
      labelNames: ['queue'] as const,
      registers: [registry],
    }),
    rejections: new Counter({
      name: 'uidsl_rejections_total',
      help: 'requests refused to protect the server, by reason (queue_full, rate_limited, timeout)',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    cache: new Counter({
      name: 'uidsl_cache_requests_total',
      help: 'response cache lookups by result (hit or miss)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    provider: new Gauge({
      name: 'uidsl_execution_provider',
      help: 'the active inference execution provider (1 for the one in use)',
      labelNames: ['provider'] as const,
      registers: [registry],
    }),
    ready: new Gauge({ name: 'uidsl_ready', help: '1 once the model is loaded and warm', registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
