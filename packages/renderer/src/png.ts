import { lookOf } from './theme.ts';
import { bottomSpace } from './page.ts';
import { tile } from './tiles.ts';
import { assemblePng, solidRgba, stripOf, stripHead, type Strip } from './png-strips.ts';
import { resolve, LIMITS, type PngOptions, type Rasterizer, type Resolved } from './options.ts';
import { RenderError } from './errors.ts';

/**
 * The page as a PNG: each section block laid out (Yoga) and painted (Skia) at `dpr` device pixels
 * per CSS pixel and compressed on its own (see tiles.ts), then the blocks' compressed rows laid one
 * under the other with the page background below them (png-strips.ts): a page whose blocks are all
 * cached costs no drawing and no compression. Compression runs on libuv's thread pool, each block's
 * as soon as it is painted, while this thread lays out and paints the next one. The screen viewport
 * lays out only the blocks above the 812 px fold. Refused past LIMITS.maxPixels, and no block is
 * painted past that limit either.
 */
async function tiledPng(r: Resolved): Promise<Buffer> {
  const look = lookOf(r.doc, r.theme, r.width);
  const screen = r.viewport === 'screen';
  const fold = LIMITS.screen.height;
  const within = (cssRows: number) => r.width * cssRows * r.dpr * r.dpr <= LIMITS.maxPixels;

  const sections = r.doc.page.sections;
  const drawn: Promise<Strip>[] = [];
  let laidOut = 0;
  for (let i = 0; i < sections.length && !(screen && laidOut >= fold); i++) {
    const block = tile(sections[i], look, r.dpr);
    laidOut += block.height;
    if (!within(laidOut)) continue;
    const strip = block.strip();
    // Handled when awaited below; this only keeps a failure from counting as unhandled meanwhile.
    strip.catch(() => {});
    drawn.push(strip);
  }
  const height = screen ? fold : Math.max(1, laidOut + bottomSpace(r.doc, look));
  if (!within(height)) {
    throw new RenderError('TOO_LARGE', `the page would be ${r.width * r.dpr}x${height * r.dpr} px, over the ${LIMITS.maxPixels} pixel limit; use a smaller dpr or the screen viewport`);
  }

  try {
    const strips = await Promise.all(drawn);
    const width = r.width * r.dpr;
    // The fold cuts the last block of a screen render; below the blocks is the page background.
    let rows = 0;
    const page = await Promise.all(strips.map((s) => {
      const keep = Math.min(s.rows, height * r.dpr - rows);
      rows += keep;
      return keep < s.rows ? stripHead(s, keep) : s;
    }));
    const rest = height * r.dpr - rows;
    if (rest > 0) page.push(await stripOf(solidRgba(width, rest, look.t.bg), width, rest));
    return assemblePng(page);
  } catch (err) {
    throw new RenderError('FAILED', `rasterising the page failed: ${(err as Error).message}`);
  }
}

// The sharp rasterizer (satori and librsvg) is loaded when first asked for, not by every PNG.
const RASTERIZE: Record<Rasterizer, (r: Resolved) => Promise<Buffer>> = {
  skia: tiledPng,
  sharp: async (r) => (await import('./png-sharp.ts')).sharpPng(r),
};

/** The page as a PNG, drawn by the rasterizer the options name (Skia unless told otherwise). */
export function renderPng(input: unknown, opts: PngOptions = {}): Promise<Buffer> {
  try {
    const r = resolve(input, opts);
    return RASTERIZE[r.rasterizer](r);
  } catch (err) {
    return Promise.reject(err);
  }
}
