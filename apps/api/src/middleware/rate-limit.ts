import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import { sendError } from '../respond.ts';

/**
 * Per-client request budget over a sliding window: the client is its API key when it sends one,
 * otherwise its address (IPv6 grouped by /56, so one host cannot rotate addresses to escape it).
 */
export function clientRateLimit(opts: { limit: number; windowMs: number; metrics: Metrics }): RequestHandler {
  if (opts.limit === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: opts.windowMs,
    limit: opts.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const m = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
      return m ? `key:${createHash('sha256').update(m[1]!).digest('hex').slice(0, 16)}` : `ip:${ipKeyGenerator(req.ip ?? '0.0.0.0')}`;
    },
    handler: (req, res) => {
      opts.metrics.rejections.inc({ reason: 'rate_limited' });
      const retryAfterS = Math.max(1, Math.ceil(opts.windowMs / 1000));
      sendError(req, res, new ApiError('RATE_LIMITED', `more than ${opts.limit} requests in ${opts.windowMs / 1000} s; retry later`, { retryAfterS: Number(res.getHeader('retry-after')) || retryAfterS }));
    },
  });
}
