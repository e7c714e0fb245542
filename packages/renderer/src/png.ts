import sharp from 'sharp';
import { drawSvg } from './svg.ts';
import { resolve, LIMITS, type PngOptions } from './options.ts';
import { RenderError } from './errors.ts';

/**
 * The page as a PNG: satori's SVG rasterised by sharp at `dpr` device pixels per CSS pixel,
 * refused when the image would pass LIMITS.maxPixels.
 */
export async function renderPng(input: unknown, opts: PngOptions = {}): Promise<Buffer> {
  const r = resolve(input, opts);
  const { svg, width, height } = await drawSvg(r);
  const pixels = width * height * r.dpr * r.dpr;
  if (pixels > LIMITS.maxPixels) {
    throw new RenderError('TOO_LARGE', `the page would be ${width * r.dpr}x${height * r.dpr} px, over the ${LIMITS.maxPixels} pixel limit; use a smaller dpr or the screen viewport`);
  }
  try {
    return await sharp(Buffer.from(svg), { density: 72 * r.dpr })
      .png({ compressionLevel: 3, adaptiveFiltering: false })
      .toBuffer();
  } catch (err) {
    throw new RenderError('FAILED', `rasterising the page failed: ${(err as Error).message}`);
  }
}
