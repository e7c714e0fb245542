import type { Request, Response } from 'express';
import { parseGenerateUi } from '../requests.ts';
import { formats } from '../rendering.ts';
import { ctx, envelope } from '../respond.ts';
import type { Services } from '../services.ts';

/**
 * POST /api/v1/generate-ui (and /generate-ui): the original design's endpoint, kept for its clients.
 * Answers `{success, message, data, method, timestamp}`; `data` is the document for json,
 * `{dsl, vue}` for vue and `{dsl, png}` (a data: URL) for png.
 */
export function generateUiHandler(s: Services) {
  return async (req: Request, res: Response): Promise<void> => {
    const body = parseGenerateUi(req.body);
    const out = await s.generation.generate({ ...body, signal: ctx(res).signal });
    const opts = { theme: body.theme };
    if (body.format === 'json') {
      res.json(envelope(out.doc, out.method));
      return;
    }
    const rendered = await formats[body.format](s.deps.renderer, out.doc, opts, s.renderQueue, ctx(res).signal);
    const data =
      body.format === 'vue'
        ? { dsl: out.doc, vue: rendered.body.toString('utf8') }
        : { dsl: out.doc, png: `data:image/png;base64,${rendered.body.toString('base64')}` };
    res.json(envelope(data, out.method));
  };
}
