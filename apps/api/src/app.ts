import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import compression from 'compression';
import cors from 'cors';
import helmet from 'helmet';
import type { ApiConfig } from './config.ts';
import type { AppDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import { createQueue } from './queue.ts';
import { createCache } from './cache.ts';
import { createGeneration } from './generation.ts';
import { sendError } from './respond.ts';
import { context } from './middleware/context.ts';
import { requireJson, jsonBody, bodyErrors } from './middleware/body.ts';
import { apiKeys } from './middleware/auth.ts';
import { clientRateLimit } from './middleware/rate-limit.ts';
import { generateRoute } from './routes/generate.ts';
import { renderRoute } from './routes/render.ts';
import { generateUiHandler } from './routes/generate-ui.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { healthRoutes } from './routes/health.ts';
import { docsRoutes } from './routes/docs.ts';
import { webRoutes } from './routes/web.ts';
import { uiFontRoutes } from './routes/ui-font.ts';
import type { Services } from './services.ts';

export interface UidslApp {
  app: Express;
  services: Services;
  /** One generation through the real path, so the first user does not pay for cold caches; flips /readyz. */
  warmUp(): Promise<void>;
}

/** Which methods each API path takes, so a wrong method gets 405 with Allow rather than 404. */
const apiMethods: Record<string, string> = {
  '/api/v1/generate': 'POST',
  '/api/v1/render': 'POST',
  '/api/v1/generate-ui': 'POST',
  '/generate-ui': 'POST',
  '/api/v1/themes': 'GET, HEAD',
  '/api/v1/pages': 'GET, HEAD',
  '/api/v1/schema': 'GET, HEAD',
};

const WARMUP_PROMPT = '一个简单的商城首页，顶部搜索，商品两列';

/**
 * Builds the app from its configuration and its dependencies (the engine and the renderer, or
 * stand-ins in tests). Nothing listens yet: see server.ts.
 */
export function createApp(config: ApiConfig, deps: AppDeps, opts: { logger?: Logger } = {}): UidslApp {
  const log = opts.logger ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const queueGauge = (s: { name: string; waiting: number; active: number }) => {
    metrics.queueDepth.set({ queue: s.name }, s.waiting);
    metrics.queueActive.set({ queue: s.name }, s.active);
  };
  const inferenceQueue = createQueue({ name: 'inference', concurrency: config.concurrency, maxDepth: config.queueDepth, onChange: queueGauge });
  const renderQueue = createQueue({ name: 'render', concurrency: config.renderConcurrency, maxDepth: config.renderQueueDepth, onChange: queueGauge });
  queueGauge(inferenceQueue.stats());
  queueGauge(renderQueue.stats());
  const services: Services = {
    config,
    deps,
    log,
    metrics,
    inferenceQueue,
    renderQueue,
    cache: createCache({ entries: config.cacheEntries, bytes: config.cacheBytes }),
    generation: createGeneration(deps, inferenceQueue, metrics, { cacheEntries: config.cacheEntries, timeoutMs: config.generateTimeoutMs }),
    state: { warm: !config.warmup, draining: false, workersReady: true },
  };
  metrics.provider.set({ provider: deps.engine.info().device }, 1);

  const app = express();
  app.disable('x-powered-by');
  // ETags are set by the routes themselves, strong and over the exact bytes sent.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');

  app.use(context({ log, metrics, timeoutMs: config.requestTimeoutMs, envelopePaths: ['/api/v1/generate-ui', '/generate-ui'] }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Rendered pages and Swagger UI carry inline styles; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'frame-src': ["'self'"],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      // The preview iframe and PNG downloads are same-origin; nothing here needs cross-origin isolation.
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Renders are gzipped by their route, which keeps the compressed bytes in its cache.
  const compress = compression();
  app.use((req, res, next) => (req.path === '/api/v1/render' ? next() : compress(req, res, next)));
  if (config.corsOrigins.length) {
    const any = config.corsOrigins.includes('*');
    app.use(['/api', '/generate-ui', '/openapi.json'], cors({ origin: any ? true : config.corsOrigins, exposedHeaders: ['ETag', 'Retry-After', 'X-Request-Id', 'X-Generation-Method'], maxAge: 600 }));
  }

  healthRoutes(app, services);
  docsRoutes(app);

  const refuseWhenDraining: RequestHandler = (_req, _res, next) => next(services.state.draining ? new ApiError('SHUTTING_DOWN') : undefined);
  const chain = [refuseWhenDraining, apiKeys(config.apiKeys), clientRateLimit({ limit: config.rateLimit, windowMs: config.rateWindowMs, metrics }), requireJson, jsonBody(config.bodyLimitBytes), bodyErrors];

  const v1 = express.Router();
  catalogRoutes(v1);
  generateRoute(v1, services);
  renderRoute(v1, services);
  v1.post('/generate-ui', generateUiHandler(services));
  app.use('/api/v1', ...chain, v1);

  app.use('/generate-ui', ...chain);
  app.post('/generate-ui', generateUiHandler(services));

  uiFontRoutes(app, { webDir: config.webDir, modelDir: config.modelDir });
  webRoutes(app, config.webDir);

  app.use((req, res) => {
    const allow = apiMethods[req.path];
    if (allow) res.setHeader('Allow', allow);
    sendError(req, res, allow ? new ApiError('METHOD_NOT_ALLOWED', `${req.path} takes ${allow}`) : new ApiError('NOT_FOUND', `no such endpoint: ${req.method} ${req.path.slice(0, 100)}`));
  });
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = (err as { status?: number }).status;
    sendError(req, res, status === 404 ? new ApiError('NOT_FOUND') : err);
  };
  app.use(onError);

  async function warmUp(): Promise<void> {
    if (services.state.warm) return;
    const t0 = performance.now();
    try {
      const out = await deps.engine.generate(WARMUP_PROMPT, { timeoutMs: config.generateTimeoutMs });
      await deps.warmUp?.(out.doc);
      log.info({ ms: Math.round(performance.now() - t0), method: out.method, device: deps.engine.info().device }, 'warm-up done');
    } catch (err) {
      log.warn({ err }, 'warm-up generation failed; serving anyway');
    }
    services.state.warm = true;
    metrics.ready.set(1);
  }

  return { app, services, warmUp };
}
