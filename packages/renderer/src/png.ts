import sharp from 'sharp';
import { lookOf } from './theme.ts';
import { bottomSpace } from './page.ts';
import { tileKey, tileSvg, tileRaster } from './tiles.ts';
import { resolve, LIMITS, type PngOptions } from './options.ts';
import { RenderError } from './errors.ts';

/**
 * The page as a PNG: each section block drawn by satori and rasterised by sharp at `dpr` device
 * pixels per CSS pixel (see tiles.ts), stacked on the page background, then encoded by sharp.
 * The screen viewport draws only the blocks above the 812 px fold. Refused past LIMITS.maxPixels.
 */
export async function renderPng(input: unknown, opts: PngOptions = {}): Promise<Buffer> {
  const r = resolve(input, opts);
  const look = lookOf(r.doc, r.theme, r.width);
  const screen = r.viewport === 'screen';
  const fold = LIMITS.screen.height;

  const blocks: { key: string; top: number; tile: Awaited<ReturnType<typeof tileSvg>> }[] = [];
  let y = 0;
  for (const section of r.doc.page.sections) {
    if (screen && y >= fold) break;
    const key = tileKey(section, look);
    const tile = await tileSvg(section, look, key);
    blocks.push({ key, top: y, tile });
    y += tile.height;
  }
  const height = screen ? fold : Math.max(1, y + bottomSpace(r.doc, look));
  const pixels = r.width * height * r.dpr * r.dpr;
  if (pixels > LIMITS.maxPixels) {
    throw new RenderError('TOO_LARGE', `the page would be ${r.width * r.dpr}x${height * r.dpr} px, over the ${LIMITS.maxPixels} pixel limit; use a smaller dpr or the screen viewport`);
  }

  try {
    const layers = await Promise.all(blocks.map(async (b) => ({ raster: await tileRaster(b.tile, b.key, r.dpr), top: b.top * r.dpr })));
    const canvas = { width: r.width * r.dpr, height: height * r.dpr };
    return await sharp({ create: { ...canvas, channels: 4, background: look.t.bg } })
      .composite(
        layers
          .filter((l) => l.top < canvas.height)
          .map(({ raster, top }) => ({
            input: raster.data,
            raw: { width: raster.width, height: raster.height, channels: 4 as const },
            left: 0,
            top,
            // sharp refuses an overlay taller than the canvas; the fold cuts the last block.
            ...(top + raster.height > canvas.height ? { input: cropRows(raster, canvas.height - top), raw: { width: raster.width, height: canvas.height - top, channels: 4 as const } } : {}),
          })),
      )
      // zlib level 1: half the encode time of level 3 for a file about 40% larger (measured in bench/render.ts' page set).
      .png({ compressionLevel: 1, adaptiveFiltering: false })
      .toBuffer();
  } catch (err) {
    throw new RenderError('FAILED', `rasterising the page failed: ${(err as Error).message}`);
  }
}

const cropRows = (raster: { data: Buffer; width: number }, rows: number): Buffer => raster.data.subarray(0, raster.width * 4 * rows);
