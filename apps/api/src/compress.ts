import { gzipSync, constants } from 'node:zlib';
import type { Request } from 'express';

/** Below this, gzip's header and the extra round of work cost more than the bytes saved (compression's own default). */
const THRESHOLD = 1024;

/**
 * Level 1: on a typical rendered page (63 kB, mostly a base64 font subset) it took 1.5 ms against
 * level 6's 2.3 ms, for a body 5% larger (31.6 kB against 30.2 kB); see docs/api.md.
 */
const LEVEL = 1;

const compressible = (contentType: string) => /^(text\/|application\/(json|javascript|xml))/.test(contentType);

/** Whether this answer should go out gzipped: the client asked for it, the type compresses, the body is large enough. */
export function wantsGzip(req: Request, contentType: string, bytes: number): boolean {
  return bytes >= THRESHOLD && compressible(contentType) && req.acceptsEncodings('gzip', 'identity') === 'gzip';
}

export const gzip = (body: Buffer): Buffer => gzipSync(body, { level: LEVEL, strategy: constants.Z_DEFAULT_STRATEGY });
