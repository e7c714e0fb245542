import { h } from 'vue';
import { UiPage } from './page.ts';
import { toSatori } from './satori-tree.ts';
import { fontsForSatori } from './font.ts';
import { resolve, LIMITS, type SvgOptions, type Resolved } from './options.ts';
import { RenderError } from './errors.ts';
import { flattenSvg } from './svg-flatten.ts';

/** Draws a resolved request to SVG with satori; text becomes paths, so the SVG needs no fonts. */
export async function drawSvg(r: Resolved): Promise<{ svg: string; width: number; height: number }> {
  const screen = r.viewport === 'screen';
  const [tree] = toSatori(h(UiPage, { doc: r.doc, theme: r.theme, width: r.width, minHeight: screen ? LIMITS.screen.height : undefined }));
  let svg: string;
  try {
    // Loaded on first use: satori and its font parser are a third of the renderer's heap, which a
    // process that only paints PNGs with Skia would otherwise mark on every full garbage collection.
    const { default: satori } = await import('satori');
    svg = await satori(tree as any, {
      width: r.width,
      ...(screen ? { height: LIMITS.screen.height } : {}),
      fonts: fontsForSatori(),
    });
  } catch (err) {
    throw new RenderError('FAILED', `drawing the page failed: ${(err as Error).message}`);
  }
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { svg: flattenSvg(svg), width: r.width, height: Math.ceil(height) };
}

/** The page as an SVG document, the full page or the 375x812 phone screen. */
export async function renderSvg(input: unknown, opts: SvgOptions = {}): Promise<string> {
  return (await drawSvg(resolve(input, opts))).svg;
}
