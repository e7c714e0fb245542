import { h } from 'vue';
import { ssrRenderComponent } from '@vue/server-renderer';
import { catalog } from '@uidsl/dsl';
import { UiPage } from './page.ts';
import { resolve, type HtmlOptions } from './options.ts';
import { lookOf } from './theme.ts';
import { fontFaceCss } from './font.ts';
import { RenderError } from './errors.ts';

type SSRBuffer = (string | SSRBuffer | Promise<unknown>)[];

// Every component is synchronous, so Vue's SSR buffer holds only strings; joining it here keeps
// renderHtml synchronous (renderToString would wrap the same work in promises).
function unroll(buffer: SSRBuffer | Promise<unknown>, out: string[]): void {
  if (!Array.isArray(buffer)) throw new RenderError('FAILED', 'a component rendered asynchronously');
  for (const item of buffer) {
    if (typeof item === 'string') out.push(item);
    else unroll(item as SSRBuffer, out);
  }
}

/** The page markup alone (a `<div class="uidsl-page">`), rendered by @vue/server-renderer. */
export function renderMarkup(props: Parameters<typeof UiPage>[0]): string {
  const out: string[] = [];
  unroll(ssrRenderComponent(UiPage, props as unknown as Record<string, unknown>) as SSRBuffer, out);
  return out.join('');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every character a person can read on the page, for the font subset. */
const visibleText = (markup: string) => markup.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, '');

/**
 * A complete, self-contained HTML document: inline styles, the font subset as data URLs, and a
 * Content-Security-Policy that forbids scripts and every network request.
 */
export function renderHtml(input: unknown, opts: HtmlOptions = {}): string {
  const { doc, theme, width } = resolve(input, { theme: opts.theme, width: opts.width });
  const markup = renderMarkup({ doc, theme, width });
  const { t } = lookOf(doc, theme, width);
  const fonts = opts.font === 'none' ? '' : fontFaceCss(visibleText(markup));
  const title = escapeHtml(catalog.pages[doc.page.name]?.label ?? doc.page.name);
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=${width}, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">` +
    `<title>${title}</title><style>${fonts}` +
    `*{box-sizing:border-box;margin:0;padding:0}html,body{background:${t.bg}}body{width:${width}px;-webkit-text-size-adjust:100%}` +
    `</style></head><body>${markup}</body></html>`
  );
}
