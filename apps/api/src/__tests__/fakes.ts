import { catalog, type UiDslDocument, type ThemeName, type PageName } from '@uidsl/dsl';
import { Writable } from 'node:stream';
import { loadConfig, type ApiConfig } from '../config.ts';
import type { AppDeps, GenerateOutcome } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { startServer, type RunningServer } from '../server.ts';

/** A valid document built from the catalog's usual layout of a page type. */
export function catalogDoc(pageType: PageName = 'home_page', theme: ThemeName = 'minimal'): UiDslDocument {
  return { page: { name: pageType, theme, layout: { grid: 12, gutter: 16, padding: 16 }, sections: structuredClone(catalog.pages[pageType].layout) } } as UiDslDocument;
}

// The 1x1 PNG signature and chunks: enough for clients that check the magic bytes.
export const TINY_PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

export interface FakeControls {
  calls: { generate: number; png: number; html: number };
  /** Milliseconds each model generation takes. */
  generateDelayMs: number;
  pngDelayMs: number;
  failNext: boolean;
}

/**
 * Stand-ins for the engine and renderer with the same shapes, for what the real ones cannot be made
 * to do on demand: be slow, fail, or count their calls.
 */
export function fakeDeps(): { deps: AppDeps; controls: FakeControls } {
  const controls: FakeControls = { calls: { generate: 0, png: 0, html: 0 }, generateDelayMs: 0, pngDelayMs: 0, failNext: false };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const deps: AppDeps = {
    engine: {
      async generate(prompt, opts = {}): Promise<GenerateOutcome> {
        controls.calls.generate++;
        await sleep(controls.generateDelayMs);
        if (controls.failNext) {
          controls.failNext = false;
          throw Object.assign(new Error('model exploded'), { name: 'EngineError', code: 'MODEL_FAILED', status: 500 });
        }
        const doc = catalogDoc(opts.pageType ?? (prompt.includes('登录') ? 'login_page' : 'home_page'), opts.theme ?? 'obsidian-gold');
        return { doc, method: 'model', ms: controls.generateDelayMs, timings: { decode_ms: controls.generateDelayMs } };
      },
      info: () => ({ device: 'cpu', modelDir: '/fake/model', ready: true }),
      close: () => undefined,
    },
    renderer: {
      renderHtml(doc, opts = {}) {
        controls.calls.html++;
        return `<!doctype html><html><head><style>body{margin:0}</style></head><body data-theme="${opts.theme ?? doc.page.theme}" data-width="${opts.width ?? 375}">${doc.page.sections.map((s) => `<section>${s.type}</section>`).join('')}</body></html>`;
      },
      renderVue: (doc) => `<template>\n  <div class="page">${doc.page.name}</div>\n</template>\n`,
      async renderPng() {
        controls.calls.png++;
        await sleep(controls.pngDelayMs);
        return TINY_PNG;
      },
    },
    rulesGenerate: (_prompt, opts = {}) => catalogDoc(opts.pageType ?? 'home_page', opts.theme ?? 'minimal'),
  };
  return { deps, controls };
}

/** Collects log lines in memory so tests can read them and the test output stays clean. */
export function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

/** A server on 127.0.0.1 and an ephemeral port, with test-friendly settings overridable per test. */
export async function startTestServer(env: Record<string, string> = {}, deps?: AppDeps): Promise<RunningServer & { controls?: FakeControls; logs: Record<string, unknown>[] }> {
  const config: ApiConfig = loadConfig({ HOST: '127.0.0.1', PORT: '0', UIDSL_WARMUP: 'false', UIDSL_WEB_DIR: '/nonexistent-web', ...env });
  const fake = deps ? undefined : fakeDeps();
  const { lines, logger } = memoryLog();
  const running = await startServer(config, { deps: deps ?? fake!.deps, logger });
  return Object.assign(running, { controls: fake?.controls, logs: lines });
}

/** POST JSON (or raw text with a given content type) and return status, headers and parsed body. */
export async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json() : type.startsWith('image/') ? Buffer.from(await res.arrayBuffer()) : await res.text();
  return { status: res.status, headers: res.headers, data: data as any };
}
