import { h } from 'vue';
import { LRUCache } from 'lru-cache';
import type { Section } from '@uidsl/dsl';
import { sectionBlock, pageStyle } from './page.ts';
import { toSatori, type SatoriElement } from './satori-tree.ts';
import { layout, type Box } from './layout.ts';
import { paint } from './paint.ts';
import { newCanvas, type Canvas } from './skia.ts';
import { css } from './ui.ts';
import type { Look } from './theme.ts';
import { RenderError } from './errors.ts';
import { stripOf, type Strip } from './png-strips.ts';

/**
 * A page is a column of independent blocks, one per section, each as wide as the page and as tall
 * as its own content. Each block is laid out (layout.ts) and painted with Skia (paint.ts) from the
 * components' element tree on the page background, compressed into a finished PNG strip
 * (png-strips.ts) and kept: a page that repeats a block already drawn for the same look (a tabbar,
 * a default topbar, the sections a user did not touch while editing another) reuses its compressed
 * rows as they are. Blocks keep whole CSS-pixel heights, so stacking them lands on whole pixels.
 */
export interface Tile {
  /** Height in CSS px. */
  height: number;
  /** The block's rows at the tile's dpr: drawn when first asked for, then kept. */
  strip: () => Promise<Strip>;
}

const MB = 1024 * 1024;
// Compressed, a block is about 1/30 of its pixels, so this holds thousands of blocks.
const strips = new LRUCache<string, Strip>({ maxSize: 48 * MB, sizeCalculation: (s) => s.chunk.length + 64 });
// A page holding the same block twice, or two pages drawn at once, share one drawing.
const drawing = new Map<string, { height: number; strip: Promise<Strip> }>();

/** What a block's pixels depend on: the look of the page and the section itself. */
export const tileKey = (section: Section, look: Look): string =>
  JSON.stringify([look.t, look.width, look.padding, look.gutter, section.type, section.props]);

/** The element tree of one section's block, on the page's background and type. */
export const blockTree = (section: Section, look: Look): SatoriElement =>
  toSatori(h('div', { style: css(pageStyle(look)) }, [sectionBlock(section, look)]))[0] as SatoriElement;

function laidOut(section: Section, look: Look): Box {
  try {
    return layout(blockTree(section, look), look.width);
  } catch (err) {
    throw new RenderError('FAILED', `laying out a ${section.type} section failed: ${(err as Error).message}`);
  }
}

// One canvas per width, reused: a fresh Skia surface per block cost more than painting most blocks.
const canvases = new Map<number, Canvas>();
function canvasFor(width: number, rows: number): Canvas {
  let c = canvases.get(width);
  if (!c || c.height < rows) {
    c = newCanvas(width, Math.max(rows, c?.height ?? 0, 1));
    canvases.set(width, c);
  }
  return c;
}

/** Paints a laid-out block at `dpr` and compresses its rows (on libuv's thread pool). */
function drawStrip(box: Box, height: number, look: Look, dpr: number): Promise<Strip> {
  const width = look.width * dpr;
  const rows = height * dpr;
  if (rows === 0) return stripOf(new Uint8Array(0), width, 0);
  const canvas = newCanvas(width, rows);
  const ctx = canvas.getContext('2d');
  // The background first: a block whose content ends on a fraction of a pixel keeps opaque rows.
  ctx.fillStyle = look.t.bg;
  ctx.fillRect(0, 0, width, rows);
  ctx.scale(dpr, dpr);
  paint(ctx, box, dpr);
  return stripOf(canvas.data(), width, rows);
}

/** One section's block at `dpr`: from the cache when the same block was drawn before, else laid out now. */
export function tile(section: Section, look: Look, dpr: number, key = tileKey(section, look)): Tile {
  const skey = `${dpr}:${key}`;
  const hit = strips.get(skey);
  if (hit) return { height: hit.rows / dpr, strip: () => Promise.resolve(hit) };
  const pending = drawing.get(skey);
  if (pending) return { height: pending.height, strip: () => pending.strip };
  const box = laidOut(section, look);
  const height = Math.max(0, Math.round(box.height));
  return {
    height,
    strip: () => {
      const again = strips.get(skey) ?? drawing.get(skey)?.strip;
      if (again) return Promise.resolve(again);
      let strip: Promise<Strip>;
      try {
        strip = drawStrip(box, height, look, dpr);
      } catch (err) {
        return Promise.reject(new RenderError('FAILED', `painting a ${section.type} section failed: ${(err as Error).message}`));
      }
      const done = strip.then((s) => (strips.set(skey, s), s)).finally(() => drawing.delete(skey));
      drawing.set(skey, { height, strip: done });
      return done;
    },
  };
}

/** Empties the block cache (benchmarks use it to measure drawing from scratch). */
export function clearTiles(): void {
  strips.clear();
}
