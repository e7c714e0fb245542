import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from '../errors.ts';

// Keys are compared as hashes of equal length, so timing says nothing about how much of a key matched.
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Bearer API keys from configuration; with none configured, the API is open. */
export function apiKeys(keys: string[]): RequestHandler {
  const allowed = keys.map(digest);
  return (req, _res, next) => {
    if (allowed.length === 0) return next();
    const m = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    const given = m ? digest(m[1]!) : null;
    if (given && allowed.some((k) => timingSafeEqual(k, given))) return next();
    next(new ApiError('UNAUTHORIZED', m ? 'the API key is not valid' : 'send an API key as Authorization: Bearer <key>'));
  };
}
