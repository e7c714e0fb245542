import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, post, catalogDoc } from './fakes.ts';

let srv: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  srv = await startTestServer({ UIDSL_BODY_LIMIT: '4kb' });
});
after(() => srv.shutdown());

/** Each bad-input class: the request, the status, the stable code and the JSON path it must name. */
const cases: { name: string; path: string; body: unknown; headers?: Record<string, string>; status: number; code: string; at?: string }[] = [
  { name: 'malformed JSON', path: '/api/v1/generate', body: '{"prompt": "首页",', status: 400, code: 'INVALID_JSON', at: '' },
  { name: 'a JSON array body', path: '/api/v1/generate', body: '[1,2]', status: 400, code: 'INVALID_BODY', at: '' },
  { name: 'a JSON string body', path: '/api/v1/render', body: '"首页"', status: 400, code: 'INVALID_BODY', at: '' },
  { name: 'JSON null', path: '/api/v1/generate', body: 'null', status: 400, code: 'INVALID_BODY', at: '' },
  { name: 'wrong content type', path: '/api/v1/generate', body: 'prompt=首页', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', at: '' },
  { name: 'text/plain JSON', path: '/api/v1/render', body: '{"prompt":"首页"}', headers: { 'content-type': 'text/plain' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'no body', path: '/api/v1/generate', body: '', status: 400, code: 'MISSING_FIELD', at: 'prompt' },
  { name: 'missing prompt', path: '/api/v1/generate', body: { theme: 'minimal' }, status: 400, code: 'MISSING_FIELD', at: 'prompt' },
  { name: 'empty prompt', path: '/api/v1/generate', body: { prompt: '' }, status: 400, code: 'PROMPT_EMPTY', at: 'prompt' },
  { name: 'whitespace prompt', path: '/api/v1/generate', body: { prompt: ' \n\t ' }, status: 400, code: 'PROMPT_EMPTY', at: 'prompt' },
  { name: 'prompt of 501 characters', path: '/api/v1/generate', body: { prompt: '页'.repeat(501) }, status: 400, code: 'PROMPT_TOO_LONG', at: 'prompt' },
  { name: 'prompt not a string', path: '/api/v1/generate', body: { prompt: 42 }, status: 400, code: 'INVALID_TYPE', at: 'prompt' },
  { name: 'unknown field', path: '/api/v1/generate', body: { prompt: '首页', colour: 'red' }, status: 400, code: 'UNKNOWN_FIELD', at: 'colour' },
  { name: 'unknown theme', path: '/api/v1/generate', body: { prompt: '首页', theme: 'neon' }, status: 400, code: 'UNKNOWN_THEME', at: 'theme' },
  { name: 'unknown page type', path: '/api/v1/generate', body: { prompt: '首页', page_type: 'landing' }, status: 400, code: 'UNKNOWN_PAGE_TYPE', at: 'page_type' },
  { name: 'unknown format', path: '/api/v1/render', body: { prompt: '首页', output_format: 'pdf' }, status: 400, code: 'UNKNOWN_FORMAT', at: 'output_format' },
  { name: 'legacy endpoint refuses html', path: '/generate-ui', body: { prompt: '首页', output_format: 'html' }, status: 400, code: 'UNKNOWN_FORMAT', at: 'output_format' },
  { name: 'width too small', path: '/api/v1/render', body: { prompt: '首页', width: 319 }, status: 400, code: 'WIDTH_OUT_OF_RANGE', at: 'width' },
  { name: 'width one past the maximum', path: '/api/v1/render', body: { prompt: '首页', width: 1281 }, status: 400, code: 'WIDTH_OUT_OF_RANGE', at: 'width' },
  { name: 'width far too large', path: '/api/v1/render', body: { prompt: '首页', width: 100000 }, status: 400, code: 'WIDTH_OUT_OF_RANGE', at: 'width' },
  { name: 'width not whole', path: '/api/v1/render', body: { prompt: '首页', width: 375.5 }, status: 400, code: 'INVALID_TYPE', at: 'width' },
  { name: 'dpr out of bounds', path: '/api/v1/render', body: { prompt: '首页', output_format: 'png', dpr: 4 }, status: 400, code: 'DPR_OUT_OF_RANGE', at: 'dpr' },
  { name: 'both prompt and dsl', path: '/api/v1/render', body: { prompt: '首页', dsl: catalogDoc() }, status: 400, code: 'PROMPT_OR_DSL', at: '' },
  { name: 'neither prompt nor dsl', path: '/api/v1/render', body: { output_format: 'html' }, status: 400, code: 'PROMPT_OR_DSL', at: '' },
  { name: 'dsl not an object', path: '/api/v1/render', body: { dsl: '{"page":{}}' }, status: 400, code: 'INVALID_TYPE', at: 'dsl' },
  {
    name: 'dsl the schema rejects',
    path: '/api/v1/render',
    body: { dsl: { page: { ...catalogDoc().page, sections: [{ type: 'hero', props: {} }] } } },
    status: 422,
    code: 'INVALID_DSL',
    at: 'dsl.page.sections[0].type',
  },
  { name: 'dsl with a bad colour', path: '/api/v1/render', body: { dsl: { page: { ...catalogDoc().page, layout: { bg: 'red' } } } }, status: 422, code: 'INVALID_DSL', at: 'dsl.page.layout.bg' },
  { name: 'body over the limit', path: '/api/v1/generate', body: JSON.stringify({ prompt: '首页', pad: 'x'.repeat(8000) }), status: 413, code: 'BODY_TOO_LARGE', at: '' },
];

for (const c of cases) {
  test(`${c.name} -> ${c.status} ${c.code}`, async () => {
    const r = await post(srv.url, c.path, c.body, c.headers);
    assert.equal(r.status, c.status, JSON.stringify(r.data));
    const err = c.path === '/generate-ui' ? { code: r.data.error, path: r.data.path } : r.data.error;
    assert.equal(err.code, c.code);
    if (c.at !== undefined) assert.equal(err.path, c.at);
  });
}

test('a rejected document lists the validator issues, each with a dsl. path and a code', async () => {
  const doc = catalogDoc();
  const bad = { page: { ...doc.page, theme: 'neon', sections: [{ type: 'tabs', props: { items: ['a', 'b'], active: 5 } }] } };
  const r = await post(srv.url, '/api/v1/render', { dsl: bad, output_format: 'html' });
  assert.equal(r.status, 422);
  const paths = r.data.error.issues.map((i: { path: string }) => i.path);
  assert.ok(paths.includes('dsl.page.theme'), paths.join());
  assert.ok(r.data.error.issues.every((i: { code: string }) => /^DSL_/.test(i.code)));
});

test('the prompt limit counts characters, not bytes: 500 Chinese characters pass', async () => {
  const r = await post(srv.url, '/api/v1/generate', { prompt: '页'.repeat(500) });
  assert.equal(r.status, 200);
});
