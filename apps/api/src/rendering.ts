import type { UiDslDocument } from '@uidsl/dsl';
import type { RendererPort, RenderOptions } from './deps.ts';
import type { Queue } from './queue.ts';
import type { OutputFormat } from './requests.ts';

export interface Rendered {
  body: Buffer;
  contentType: string;
}

type Renderer = (r: RendererPort, doc: UiDslDocument, opts: RenderOptions, queue: Queue, signal?: AbortSignal) => Promise<Rendered>;

/** One entry per output format: how to produce it and what it is called on the wire. */
export const formats: Record<OutputFormat, Renderer> = {
  json: async (_r, doc, opts) => ({
    body: Buffer.from(JSON.stringify(opts.theme ? { page: { ...doc.page, theme: opts.theme } } : doc)),
    contentType: 'application/json; charset=utf-8',
  }),
  html: async (r, doc, opts) => ({ body: Buffer.from(r.renderHtml(doc, opts)), contentType: 'text/html; charset=utf-8' }),
  vue: async (r, doc, opts) => ({ body: Buffer.from(r.renderVue(doc, opts)), contentType: 'text/plain; charset=utf-8' }),
  // Rasterising is the one CPU-heavy format: it waits its turn in its own bounded queue.
  png: async (r, doc, opts, queue, signal) => ({ body: await queue.run(() => r.renderPng(doc, opts), signal), contentType: 'image/png' }),
};

export const fileExtension: Record<OutputFormat, string> = { json: 'json', html: 'html', vue: 'vue', png: 'png' };
