import type { UiDslDocument, ThemeName, PageName } from '@uidsl/dsl';
import type { ApiConfig } from './config.ts';
import type { Logger } from './logger.ts';
import { createRenderPool } from './render-pool.ts';

/**
 * What the API needs from the engine and the renderer, as narrow ports: the app is built from these,
 * so tests can hand it a slow, failing or counting stand-in where the real thing cannot be made to be.
 */
export interface GenerateOutcome {
  doc: UiDslDocument;
  method: 'model' | 'rules';
  ms: number;
  timings?: Record<string, number>;
  warnings?: string[];
}
export interface EnginePort {
  generate(prompt: string, opts?: { theme?: ThemeName; pageType?: PageName; signal?: AbortSignal; timeoutMs?: number }): Promise<GenerateOutcome>;
  info(): { device: string; modelDir: string; ready: boolean };
  close(): Promise<void> | void;
}
export interface RenderOptions {
  theme?: ThemeName;
  width?: number;
  dpr?: 1 | 2 | 3;
  viewport?: 'full' | 'screen';
}
export interface RendererPort {
  renderHtml(doc: UiDslDocument, opts?: RenderOptions): string;
  renderVue(doc: UiDslDocument, opts?: RenderOptions): string;
  renderPng(doc: UiDslDocument, opts?: RenderOptions): Promise<Buffer>;
}
export interface AppDeps {
  engine: EnginePort;
  renderer: RendererPort;
  rulesGenerate(prompt: string, opts?: { theme?: ThemeName; pageType?: PageName }): UiDslDocument;
  /** Loads what the first request would otherwise pay for (render workers); awaited before /readyz is 200. */
  warmUp?(doc: UiDslDocument): Promise<void>;
  /** Releases what the dependencies hold (worker threads); called once the server has drained. */
  close?(): Promise<void>;
}

/** The real engine and renderer, configured from the API's settings; the engine's log lines join the JSON log. */
export async function loadDeps(config: ApiConfig, log?: Logger): Promise<AppDeps> {
  const [engineMod, renderer] = await Promise.all([import('@uidsl/engine'), import('@uidsl/renderer')]);
  const engine = await engineMod.createEngine({
    modelDir: config.modelDir,
    device: config.device,
    threads: config.threads,
    maxBatch: config.maxBatch,
    fallback: config.fallback,
    timeoutMs: config.generateTimeoutMs,
    ...(log ? { log: (line: string) => log[/^warning\b/i.test(line) ? 'warn' : 'info']({ component: 'engine' }, line) } : {}),
  });
  const pool = createRenderPool(config.renderConcurrency);
  return {
    engine,
    renderer: { renderHtml: renderer.renderHtml, renderVue: renderer.renderVue, renderPng: pool.renderPng },
    rulesGenerate: engineMod.rulesGenerate,
    warmUp: (doc) => pool.warmUp(doc),
    close: () => pool.close(),
  };
}
