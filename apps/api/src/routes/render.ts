import type { Request, Response, Router } from 'express';
import { cacheKey, rawCacheKey, etagOf, type CachedResponse } from '../cache.ts';
import { parseRender } from '../requests.ts';
import { rawBody } from '../middleware/body.ts';
import { formats, fileExtension } from '../rendering.ts';
import { ctx } from '../respond.ts';
import { gzip, wantsGzip } from '../compress.ts';
import type { Services } from '../services.ts';

/**
 * Sends a cached or fresh rendering with its strong ETag; a matching If-None-Match gets 304.
 * Gzip is done here rather than by the compression middleware (which this route skips): a cached
 * entry keeps its gzipped bytes, so a repeated answer is not compressed again.
 */
export function sendRendered(req: Request, res: Response, entry: CachedResponse, filename: string): void {
  res.setHeader('ETag', entry.etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  for (const [k, v] of Object.entries(entry.headers ?? {})) res.setHeader(k, v);
  // On a 304 too: a cache keyed without it would hand one client's gzip to another that cannot read it.
  if (entry.contentType !== 'image/png') res.setHeader('Vary', 'Accept-Encoding');
  const inm = req.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim() === entry.etag || t.trim() === `W/${entry.etag}`)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', entry.contentType);
  if (!entry.contentType.startsWith('application/json')) res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
  if (wantsGzip(req, entry.contentType, entry.body.length)) {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(entry.gzip ?? gzip(entry.body));
    return;
  }
  res.end(entry.body);
}

/**
 * POST /api/v1/render: a prompt or a document in; the document, an HTML page, a Vue SFC or a PNG
 * out. Identical requests are answered from the LRU cache.
 */
export function renderRoute(router: Router, s: Services): void {
  router.post('/render', async (req, res) => {
    // Byte-identical requests are answered before parsing is even looked at: the bytes were valid
    // when the entry was made. Other requests are keyed on their validated form.
    const raw = rawBody(req);
    const rawKey = raw ? rawCacheKey('render', raw) : undefined;
    const early = rawKey ? s.cache.get(rawKey) : undefined;
    if (early) {
      s.metrics.cache.inc({ result: 'hit' });
      return sendRendered(req, res, early, early.filename ?? 'page');
    }
    const body = parseRender(req.body);
    const opts = { theme: body.theme, width: body.width, dpr: body.dpr, viewport: body.viewport };
    const key = cacheKey('render', { ...body });
    let entry = s.cache.get(key);
    s.metrics.cache.inc({ result: entry ? 'hit' : 'miss' });
    if (!entry) {
      let doc = body.dsl;
      let method = 'dsl';
      if (!doc) {
        const out = await s.generation.generate({ prompt: body.prompt!, theme: body.theme, pageType: body.pageType, signal: ctx(res).signal });
        doc = out.doc;
        method = out.method;
      }
      const rendered = await formats[body.format](s.deps.renderer, doc, opts, s.renderQueue, ctx(res).signal);
      // The gzipped bytes are kept with the entry only when this client wanted them: a client that
      // never asks for gzip (a script, the load test) never pays for compressing.
      const packed = wantsGzip(req, rendered.contentType, rendered.body.length) ? { gzip: gzip(rendered.body) } : {};
      const value = { ...rendered, ...packed, headers: { 'X-Generation-Method': method }, filename: `page.${fileExtension[body.format]}` };
      // A rule-based stand-in for a failed model run is answered, not remembered.
      entry = method === 'rules' ? { ...value, etag: etagOf(value.body) } : s.cache.set(key, value);
    }
    if (rawKey && entry.headers?.['X-Generation-Method'] !== 'rules') s.cache.alias(rawKey, entry);
    sendRendered(req, res, entry, entry.filename ?? 'page');
  });
}
