import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built web app at /, so one port serves the product. Hashed assets are cached for a year;
 * index.html is revalidated so a new build shows at once. Any other GET that wants HTML gets the app.
 */
export function webRoutes(app: Express, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res.status(404).type('text').send(`The web app is not built (no ${index}). Run: bash scripts/setup-web.sh\nThe API is at /api/v1 and its docs at /docs.\n`);
    });
    return;
  }
  app.use('/assets', express.static(join(webDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  app.use(express.static(webDir, { index: 'index.html', maxAge: 0 }));
  app.get('/{*rest}', (req, res, next) => {
    if (req.path.startsWith('/api/') || !req.accepts('html')) return next();
    res.sendFile(index);
  });
}
