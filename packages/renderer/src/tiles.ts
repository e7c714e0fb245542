import { h } from 'vue';
import satori from 'satori';
import sharp from 'sharp';
import { LRUCache } from 'lru-cache';
import type { Section } from '@uidsl/dsl';
import { sectionBlock, pageStyle } from './page.ts';
import { toSatori } from './satori-tree.ts';
import { flattenSvg } from './svg-flatten.ts';
import { fontsForSatori } from './font.ts';
import { css } from './ui.ts';
import type { Look } from './theme.ts';
import { RenderError } from './errors.ts';
import { stripOf, solidRgb, type Strip } from './png-strips.ts';

/**
 * A page is a column of independent blocks, one per section, each as wide as the page and as tall
 * as its own content. Each block is drawn on the page background (satori, then sharp), compressed
 * into a finished PNG strip (png-strips.ts) and kept: a page that repeats a block already drawn for
 * the same look (a tabbar, a default topbar, the sections a user did not touch while editing
 * another) reuses its compressed rows as they are. Blocks keep integer CSS heights, so stacking
 * them lands on whole pixels and matches a single drawing of the page.
 */
export interface Tile { svg: string; height: number; bg: string }

const MB = 1024 * 1024;

// libvips' operation cache is keyed on input buffers: our SVGs differ per block, so it never hits,
// yet holds up to 50 MB of pixels and let RSS creep over a 1,000-page run. The block cache below
// keeps what is worth keeping.
sharp.cache(false);
const svgs = new LRUCache<string, Tile>({ maxSize: 16 * MB, sizeCalculation: (t) => t.svg.length + 64 });
// Compressed, a block is about 1/30 of its pixels, so this holds thousands of blocks.
const strips = new LRUCache<string, Strip>({ maxSize: 48 * MB, sizeCalculation: (s) => s.chunk.length + 64 });

/** What a block's pixels depend on: the look of the page and the section itself. */
export const tileKey = (section: Section, look: Look): string =>
  JSON.stringify([look.t, look.width, look.padding, look.gutter, section.type, section.props]);

export async function tileSvg(section: Section, look: Look, key = tileKey(section, look)): Promise<Tile> {
  const hit = svgs.get(key);
  if (hit) return hit;
  const [tree] = toSatori(h('div', { style: css(pageStyle(look)) }, [sectionBlock(section, look)]));
  let svg: string;
  try {
    svg = await satori(tree as any, { width: look.width, fonts: fontsForSatori() });
  } catch (err) {
    throw new RenderError('FAILED', `drawing a ${section.type} section failed: ${(err as Error).message}`);
  }
  const tile = { svg: flattenSvg(svg), height: Math.round(Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0)), bg: look.t.bg };
  svgs.set(key, tile);
  return tile;
}

/** The block's rows at `dpr`: exactly height x dpr of them. */
export function tileStrip(tile: Tile, key: string, dpr: number): Promise<Strip> {
  const skey = `${dpr}:${key}`;
  const hit = strips.get(skey);
  if (hit) return Promise.resolve(hit);
  // A page holding the same block twice, or two pages drawn at once, share one drawing.
  let pending = drawing.get(skey);
  if (!pending) {
    pending = drawStrip(tile, dpr).then(
      (strip) => (strips.set(skey, strip), strip),
    ).finally(() => drawing.delete(skey));
    drawing.set(skey, pending);
  }
  return pending;
}
const drawing = new Map<string, Promise<Strip>>();

async function drawStrip(tile: Tile, dpr: number): Promise<Strip> {
  const rows = tile.height * dpr;
  // Satori's first element fills the block with the page background, so every row a block keeps is opaque:
  // dropping alpha gives the same pixels as flattening on the background, for a fifth less CPU (home page, dpr 2: 60 vs 76 ms).
  const { data, info } = await sharp(Buffer.from(tile.svg), { density: 72 * dpr }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  // A fractional SVG height rasterises to one row more than the block's whole-pixel height; the next block owns it.
  const rgb = info.height >= rows ? data : Buffer.concat([data, solidRgb(info.width, rows - info.height, tile.bg)]);
  return stripOf(rgb, info.width, rows);
}

/** Empties both caches (benchmarks use it to measure drawing from scratch). */
export function clearTiles(): void {
  svgs.clear();
  strips.clear();
}
