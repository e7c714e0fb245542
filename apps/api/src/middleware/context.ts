import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { sendError, type RequestContext } from '../respond.ts';

const SAFE_ID = /^[\w.:-]{1,64}$/;

/**
 * First middleware: gives the request an id (the caller's X-Request-Id when sane), a child logger,
 * a deadline that answers 504 if nothing else has, and an access-log line plus metrics when it ends.
 */
export function context(opts: { log: Logger; metrics: Metrics; timeoutMs: number; envelopePaths: string[] }): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const incoming = req.get('x-request-id');
    const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    const ac = new AbortController();
    // The child logger is made only when a route logs: most requests write the access line alone.
    let child: Logger | undefined;
    const c: RequestContext = {
      id,
      get log() {
        return (child ??= opts.log.child({ reqId: id }));
      },
      signal: ac.signal,
      envelope: opts.envelopePaths.includes(req.path),
    };
    res.locals.ctx = c;

    const timer = setTimeout(() => {
      opts.metrics.rejections.inc({ reason: 'timeout' });
      const err = new ApiError('TIMEOUT', `no answer within ${opts.timeoutMs} ms`);
      ac.abort(err);
      sendError(req, res, err);
    }, opts.timeoutMs);
    timer.unref();

    res.on('close', () => {
      clearTimeout(timer);
      // The client left before the answer: stop work queued on its behalf.
      if (!res.writableFinished) ac.abort(new ApiError('TIMEOUT', 'client closed the connection'));
      const seconds = (performance.now() - started) / 1000;
      // Only a matched route names itself (none has path parameters), so label cardinality stays bounded.
      // The URL is used because a router that threw has already reset req.baseUrl by now.
      const route = req.route ? req.originalUrl.split('?')[0]!.toLowerCase() : res.statusCode === 404 ? 'unmatched' : req.originalUrl.startsWith('/api/') ? 'api' : 'static';
      opts.metrics.requests.inc({ route, method: req.method, status: String(res.statusCode) });
      opts.metrics.latency.observe({ route, method: req.method }, seconds);
      opts.log[res.statusCode >= 500 ? 'warn' : 'info'](
        { reqId: id, method: req.method, url: req.originalUrl.slice(0, 200), status: res.statusCode, ms: Math.round(seconds * 10000) / 10, bytes: Number(res.getHeader('content-length') ?? 0) || undefined, aborted: !res.writableFinished || undefined },
        'request',
      );
    });
    next();
  };
}
