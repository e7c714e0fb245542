import type { Router } from 'express';
import { parseGenerate } from '../requests.ts';
import { ctx } from '../respond.ts';
import type { Services } from '../services.ts';

const round = (ms: number) => Math.round(ms * 10) / 10;

/** POST /api/v1/generate: a description in, a UI-DSL document out, with how and how fast. */
export function generateRoute(router: Router, s: Services): void {
  router.post('/generate', async (req, res) => {
    const t0 = performance.now();
    const body = parseGenerate(req.body);
    const out = await s.generation.generate({ ...body, signal: ctx(res).signal });
    res.setHeader('X-Generation-Method', out.method);
    res.json({
      doc: out.doc,
      method: out.method,
      cached: out.cached,
      timings: { ...out.timings, queue_ms: round(out.queueMs), generate_ms: round(out.ms), total_ms: round(performance.now() - t0) },
      ...(out.warnings?.length ? { warnings: out.warnings } : {}),
    });
  });
}
