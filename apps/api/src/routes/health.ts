import type { Express } from 'express';
import type { Services } from '../services.ts';

/** GET /healthz (the process answers), /readyz (model loaded and warm, not draining), /metrics. */
export function healthRoutes(app: Express, s: Services): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptime_s: Math.round(process.uptime()), pid: process.pid });
  });

  app.get('/readyz', (_req, res) => {
    const info = s.deps.engine.info();
    // Without a model the rule-based fallback still serves, when allowed to.
    const ready = s.state.warm && s.state.workersReady && !s.state.draining && (info.ready || s.config.fallback);
    s.metrics.ready.set(ready ? 1 : 0);
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : s.state.draining ? 'draining' : 'warming',
      warm: s.state.warm,
      workers_ready: s.state.workersReady,
      model_loaded: info.ready,
      device: info.device,
      model_dir: info.modelDir,
      queue: s.inferenceQueue.stats(),
    });
  });

  app.get('/metrics', async (_req, res) => {
    res.type(s.metrics.registry.contentType).send(await s.metrics.registry.metrics());
  });
}
