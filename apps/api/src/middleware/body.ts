import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ApiError } from '../errors.ts';
import { sendError } from '../respond.ts';

/** Requests with a body must say it is JSON; anything else is 415 before a byte is parsed. */
export const requireJson: RequestHandler = (req, _res, next) => {
  if (req.method !== 'POST') return next();
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (hasBody && !req.is(['application/json', 'application/*+json'])) {
    return next(new ApiError('UNSUPPORTED_MEDIA_TYPE', `send the body as application/json, not ${req.get('content-type') ?? 'no content type'}`, { path: '' }));
  }
  next();
};

/** JSON parsing with a size limit; any JSON value is accepted here so a non-object gets INVALID_BODY, not a parse error. */
export const jsonBody = (limit: number): RequestHandler =>
  express.json({
    limit,
    strict: false,
    type: ['application/json', 'application/*+json'],
    // The exact bytes are kept (a reference, no copy): identical requests are found in the cache by them,
    // before any validation runs.
    verify: (req, _res, buf) => void ((req as { rawBody?: Buffer }).rawBody = buf),
  });

/** The body's bytes as received, when it was JSON. */
export const rawBody = (req: unknown): Buffer | undefined => (req as { rawBody?: Buffer }).rawBody;

/** Turns body-parser's errors into the API's codes. */
export const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
  const type = (err as { type?: string }).type;
  // Only body-parser's errors carry a `type`; everything else belongs to the final handler.
  if (typeof type !== 'string') return next(err);
  if (type === 'entity.parse.failed') {
    const pos = /position (\d+)/.exec(String(err.message))?.[1];
    return sendError(req, res, new ApiError('INVALID_JSON', `the body is not valid JSON${pos ? ` (at character ${pos})` : ''}`, { path: '' }));
  }
  if (type === 'entity.too.large') return sendError(req, res, new ApiError('BODY_TOO_LARGE', `the body is larger than ${(err as { limit: number }).limit} bytes`, { path: '' }));
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return sendError(req, res, new ApiError('UNSUPPORTED_MEDIA_TYPE', String(err.message), { path: '' }));
  if (typeof (err as { status?: number }).status === 'number' && (err as { status: number }).status < 500) {
    return sendError(req, res, new ApiError('INVALID_JSON', 'the body could not be read', { path: '' }));
  }
  next(err);
};
