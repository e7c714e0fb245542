import sharp from 'sharp';
import type { Section, ThemeName, UiDslDocument } from '@uidsl/dsl';

export const pageOf = (sections: Section[], theme: ThemeName = 'minimal', extra: Partial<UiDslDocument['page']> = {}): UiDslDocument => ({
  page: { name: 'home_page', theme, sections, ...extra },
});

/** Width, height and how much the pixels vary (0 means a blank image). */
export async function pngStats(png: Buffer) {
  const img = sharp(png);
  const meta = await img.metadata();
  const stats = await img.stats();
  const spread = Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev));
  return { width: meta.width!, height: meta.height!, format: meta.format, spread };
}

/** The colour of one pixel as #RRGGBB. */
export async function pixel(png: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return `#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** Tags and attribute names in markup, to check a document could not add any of its own. */
export function markupVocabulary(html: string): { tags: Set<string>; attrs: Set<string> } {
  const tags = new Set<string>();
  const attrs = new Set<string>();
  // A tag is its name, then name="value" pairs (values may hold anything but a double quote).
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>\/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    tags.add(m[1].toLowerCase());
    for (const a of m[2].matchAll(/\s+([^\s=>\/]+)(?:="[^"]*")?/g)) attrs.add(a[1].toLowerCase());
  }
  // Whatever '<' is left unmatched would be a tag the browser sees and this parser did not.
  const stray = html.replace(/<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>\/]+(?:="[^"]*")?)*)\s*\/?>/g, '').replace(/<!doctype html>/i, '');
  if (/<[a-zA-Z!\/?]/.test(stray)) tags.add('(unparsed)');
  return { tags, attrs };
}
