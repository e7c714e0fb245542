import type { Router } from 'express';
import { catalog, schema, themeNames, pageNames, type ThemeName, type PageName } from '@uidsl/dsl';
import { etagOf } from '../cache.ts';

const themesBody = JSON.stringify({
  themes: themeNames.map((name) => {
    const t = catalog.themes[name as ThemeName];
    return { name, label: t.label, words: t.words, tokens: t.tokens };
  }),
});
const pagesBody = JSON.stringify({
  pages: pageNames.map((name) => ({ name, label: catalog.pages[name as PageName].label, words: catalog.pages[name as PageName].words })),
});
const schemaBody = JSON.stringify(schema);

/** GET /api/v1/themes, /pages, /schema: fixed for the life of the process, so built once with an ETag. */
export function catalogRoutes(router: Router): void {
  for (const [path, body] of [
    ['/themes', themesBody],
    ['/pages', pagesBody],
    ['/schema', schemaBody],
  ] as const) {
    const etag = etagOf(body);
    router.get(path, (req, res) => {
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'public, max-age=300');
      if (req.get('if-none-match') === etag) return void res.status(304).end();
      res.type(path === '/schema' ? 'application/schema+json' : 'application/json').send(body);
    });
  }
}
