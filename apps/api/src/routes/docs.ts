import express, { type Express } from 'express';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument } from '../openapi.ts';

// absolute-path.js alone: the package's index would load the whole 1 MB browser bundle into the server.
const swaggerDir: string = createRequire(import.meta.url)('swagger-ui-dist/absolute-path.js')();

// A file, not an inline script, so the page works under the strict Content-Security-Policy.
const initializer = `window.onload = function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });
};
`;

/** GET /openapi.json and the interactive docs at /docs, served from swagger-ui-dist (no CDN). */
export function docsRoutes(app: Express): void {
  const doc = openApiDocument();
  const index = readFileSync(join(swaggerDir, 'index.html'), 'utf8');
  app.get('/openapi.json', (_req, res) => void res.json(doc));
  app.get('/docs', (req, res, next) => (req.originalUrl === '/docs' ? res.redirect(301, '/docs/') : next()));
  app.get('/docs/', (_req, res) => void res.type('html').send(index));
  app.get('/docs/swagger-initializer.js', (_req, res) => void res.type('js').send(initializer));
  app.use('/docs', express.static(swaggerDir, { index: false, maxAge: '1d' }));
}
