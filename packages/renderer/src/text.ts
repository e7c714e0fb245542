import { measuringContext } from './skia.ts';
import { FONT_FAMILY } from './font.ts';

/**
 * Text as the browser sets it in the HTML, for the PNG painter: widths from the shipped font (Skia
 * shapes it, kerning included), lines cut the way the components' CSS asks (`white-space: nowrap`
 * with an ellipsis, or `word-break: break-all` wrapping), and the baseline where CSS puts it inside
 * the line box.
 */
export interface TextStyle { size: number; weight: number; lineHeight: number }

// The TTFs hold 400 and 700; CSS font matching takes 400 for weights up to 500 and 700 above.
export const faceWeight = (weight: number): 400 | 700 => (weight > 500 ? 700 : 400);
export const fontOf = (s: TextStyle): string => `${faceWeight(s.weight)} ${s.size}px "${FONT_FAMILY}"`;

const widths = new Map<string, number>();
/** The advance width of `text` in CSS px. */
export function textWidth(text: string, s: TextStyle): number {
  const key = `${fontOf(s)}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    // Bounded: a stream of distinct pages must not grow it without end.
    if (widths.size > 50_000) widths.clear();
    const ctx = measuringContext();
    ctx.font = fontOf(s);
    widths.set(key, (w = ctx.measureText(text).width));
  }
  return w;
}

// Noto Sans SC's hhea ascender and descender per em; the browser rounds each to whole px.
const ASCENT = 1.16;
const DESCENT = 0.288;
/** Distance from the top of a line box to the baseline. */
export function baselineOffset(s: TextStyle): number {
  const a = Math.round(ASCENT * s.size);
  const d = Math.round(DESCENT * s.size);
  return Math.floor((s.lineHeight - (a + d)) / 2) + a;
}

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const split = (text: string): string[] => Array.from(graphemes.segment(text), (g) => g.segment);

/** `text` cut to fit `width` with a trailing ellipsis, or as it is when it fits. */
export function ellipsize(text: string, width: number, s: TextStyle): string {
  if (textWidth(text, s) <= width + 0.01) return text;
  const room = width - textWidth('…', s);
  const chars = split(text);
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits beside the ellipsis.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(chars.slice(0, mid).join(''), s) <= room + 0.01) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Lines of `text` wrapped at `width` breaking between any two characters (`word-break: break-all`). */
export function wrapAll(text: string, width: number, s: TextStyle): string[] {
  const lines: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of split(text)) {
    // Sums of cached character widths: a line is measured without shaping every prefix of it.
    const w = textWidth(ch, s);
    // A space that does not fit hangs at the end of the line, as in the browser.
    if (current && ch !== ' ' && used + w > width + 0.01) {
      lines.push(current.trimEnd());
      current = ch;
      used = w;
    } else {
      current += ch;
      used += w;
    }
  }
  if (current || !lines.length) lines.push(current.trimEnd());
  return lines;
}
