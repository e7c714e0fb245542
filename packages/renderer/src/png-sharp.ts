import sharp from 'sharp';
import { drawSvg } from './svg.ts';
import { LIMITS, type Resolved } from './options.ts';
import { RenderError } from './errors.ts';

// libvips' operation cache is keyed on input buffers: our SVGs differ per page, so it never hits,
// yet holds up to 50 MB of pixels and let RSS creep over a 1,000-page run.
sharp.cache(false);

/**
 * The other rasterizer: the whole page as satori's SVG, rasterised by sharp (librsvg). It shares
 * nothing with the Skia painter but the component tree, so it is a cross-check of that painter;
 * it is several times slower (docs/rendering.md) and keeps no block cache.
 */
export async function sharpPng(r: Resolved): Promise<Buffer> {
  const { svg, height } = await drawSvg(r);
  if (r.width * height * r.dpr * r.dpr > LIMITS.maxPixels) {
    throw new RenderError('TOO_LARGE', `the page would be ${r.width * r.dpr}x${height * r.dpr} px, over the ${LIMITS.maxPixels} pixel limit; use a smaller dpr or the screen viewport`);
  }
  try {
    return await sharp(Buffer.from(svg), { density: 72 * r.dpr })
      .resize(r.width * r.dpr, height * r.dpr, { fit: 'fill' })
      .flatten({ background: '#ffffff' })
      .png({ compressionLevel: 1, adaptiveFiltering: false })
      .toBuffer();
  } catch (err) {
    throw new RenderError('FAILED', `rasterising the page failed: ${(err as Error).message}`);
  }
}
