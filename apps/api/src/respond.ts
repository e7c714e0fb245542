import type { Request, Response } from 'express';
import { ApiError, errorBody, toApiError } from './errors.ts';
import type { Logger } from './logger.ts';

/** What every request carries after the context middleware: its id, logger and deadline. */
export interface RequestContext {
  id: string;
  log: Logger;
  /** Aborts when the request times out or the client goes away. */
  signal: AbortSignal;
  /** Answer errors in the original design's envelope instead of `{error: {...}}`. */
  envelope: boolean;
}

export const ctx = (res: Response): RequestContext => res.locals.ctx as RequestContext;

/** The original design's success envelope. */
export const envelope = (data: unknown, method: string | null, message = 'ok') => ({
  success: true,
  message,
  data,
  method,
  timestamp: new Date().toISOString(),
});

/** Sends an error in the shape the route speaks; logs 5xx with their cause. Safe to call late. */
export function sendError(req: Request, res: Response, thrown: unknown): void {
  const err = toApiError(thrown);
  const c = ctx(res);
  if (err.status >= 500 && err.code !== 'QUEUE_FULL' && err.code !== 'TIMEOUT' && err.code !== 'SHUTTING_DOWN' && err.code !== 'NOT_READY') {
    c?.log.error({ err: thrown, path: req.path }, 'request failed');
  }
  if (res.headersSent) return;
  if (err.extra.retryAfterS !== undefined || err.status === 503) res.setHeader('Retry-After', String(err.extra.retryAfterS ?? 1));
  res.status(err.status);
  if (c?.envelope) {
    res.json({
      success: false,
      error: err.code,
      message: err.message,
      code: err.status,
      ...(err.extra.path !== undefined ? { path: err.extra.path } : {}),
      ...(err.extra.issues ? { issues: err.extra.issues } : {}),
      timestamp: new Date().toISOString(),
    });
  } else {
    res.json(errorBody(err, c?.id ?? ''));
  }
}

export { ApiError };
