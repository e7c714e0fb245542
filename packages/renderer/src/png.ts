import { lookOf } from './theme.ts';
import { bottomSpace } from './page.ts';
import { tileKey, tileSvg, tileStrip, type Tile } from './tiles.ts';
import { assemblePng, solidRgb, stripOf, stripHead, type Strip } from './png-strips.ts';
import { resolve, LIMITS, type PngOptions } from './options.ts';
import { RenderError } from './errors.ts';

/**
 * The page as a PNG: each section block laid out by satori, rasterised by sharp at `dpr` device
 * pixels per CSS pixel and compressed on its own (see tiles.ts), then the blocks' compressed rows
 * laid one under the other with the page background below them (png-strips.ts): a page whose
 * blocks are all cached costs no drawing and no compression. Rasterising and compressing run on
 * libuv's thread pool, each block's as soon as it is laid out, while satori lays out the next one
 * on this thread. The screen viewport lays out only the blocks above the 812 px fold. Refused past LIMITS.maxPixels, and no block is rasterised past that limit either.
 */
export async function renderPng(input: unknown, opts: PngOptions = {}): Promise<Buffer> {
  const r = resolve(input, opts);
  const look = lookOf(r.doc, r.theme, r.width);
  const screen = r.viewport === 'screen';
  const fold = LIMITS.screen.height;
  const within = (cssRows: number) => r.width * cssRows * r.dpr * r.dpr <= LIMITS.maxPixels;

  const sections = r.doc.page.sections;
  const keys = sections.map((s) => tileKey(s, look));
  const tiles: Tile[] = [];
  const drawn: Promise<Strip>[] = [];
  let laidOut = 0;
  const start = (i: number, tile: Tile) => {
    tiles[i] = tile;
    laidOut += tile.height;
    if (!within(laidOut)) return;
    drawn[i] = tileStrip(tile, keys[i], r.dpr);
    // Handled when awaited below; this only keeps a failure from counting as unhandled meanwhile.
    drawn[i].catch(() => {});
  };
  for (let i = 0; i < sections.length && !(screen && laidOut >= fold); i++) {
    start(i, await tileSvg(sections[i], look, keys[i]));
  }
  const height = screen ? fold : Math.max(1, laidOut + bottomSpace(r.doc, look));
  if (!within(height)) {
    throw new RenderError('TOO_LARGE', `the page would be ${r.width * r.dpr}x${height * r.dpr} px, over the ${LIMITS.maxPixels} pixel limit; use a smaller dpr or the screen viewport`);
  }

  try {
    const strips = await Promise.all(drawn.slice(0, tiles.length));
    const width = r.width * r.dpr;
    // The fold cuts the last block of a screen render; below the blocks is the page background.
    let rows = 0;
    const page = await Promise.all(strips.map((s) => {
      const keep = Math.min(s.rows, height * r.dpr - rows);
      rows += keep;
      return keep < s.rows ? stripHead(s, keep) : s;
    }));
    const rest = height * r.dpr - rows;
    if (rest > 0) page.push(await stripOf(solidRgb(width, rest, look.t.bg), width, rest));
    return assemblePng(page);
  } catch (err) {
    throw new RenderError('FAILED', `rasterising the page failed: ${(err as Error).message}`);
  }
}
