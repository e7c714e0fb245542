/**
 * Rewrites satori's SVG into an equivalent one that librsvg (sharp's rasteriser) draws many times faster.
 * librsvg renders every <mask> into a surface the size of the whole page, and parses every
 * `data:image/svg+xml` image as a separate document; satori emits both for each clipped box and icon.
 * - Overflow masks (`satori_om-*`) are plain rectangles that repeat the clip-path satori sets beside
 *   them, so dropping them keeps the same clipping.
 * - Embedded SVG images (our icons and placeholder art, never document text) become nested <svg>
 *   elements at the same place and size.
 */
export function flattenSvg(svg: string): string {
  return svg
    .replace(/<mask id="satori_om-[^"]*">.*?<\/mask>/g, '')
    .replace(/ mask="url\(#satori_om-[^)]*\)"/g, '')
    .replace(/<image ([^>]*?)href="data:image\/svg\+xml;utf8,([^"]*)"([^>]*)\/>/g, (whole, before: string, data: string, after: string) => {
      const attrs = attributes(`${before} ${after}`);
      let inner: string;
      try {
        inner = decodeURIComponent(data);
      } catch {
        return whole;
      }
      const open = /^<svg\b([^>]*)>/.exec(inner);
      if (!open || attrs['preserveAspectRatio'] !== undefined && attrs['preserveAspectRatio'] !== 'xMidYMid meet') return whole;
      const own = open[1].replace(/\s(width|height|x|y)="[^"]*"/g, '');
      const place = ['x', 'y', 'width', 'height'].map((k) => (attrs[k] !== undefined ? ` ${k}="${attrs[k]}"` : '')).join('');
      const nested = `<svg${own}${place}>${inner.slice(open[0].length)}`;
      const clip = attrs['clip-path'] ? ` clip-path="${attrs['clip-path']}"` : '';
      return clip ? `<g${clip}>${nested}</g>` : nested;
    });
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}
