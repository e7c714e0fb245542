import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';

const require = createRequire(import.meta.url);

/**
 * The one typeface of every output: Noto Sans SC (SIL Open Font License), shipped as TTF files by the
 * `@expo-google-fonts/noto-sans-sc` npm package, so Chinese renders the same whatever fonts a machine has.
 */
export const FONT_FAMILY = 'UIDSL Sans';
export const FONT_STACK = `"${FONT_FAMILY}", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

const FILES = {
  400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
export type FontWeight = keyof typeof FILES;
export const FONT_WEIGHTS = Object.keys(FILES).map(Number) as FontWeight[];

const data = new Map<FontWeight, Buffer>();
/** The full TTF of a weight, read once. */
export function fontData(weight: FontWeight): Buffer {
  let buf = data.get(weight);
  if (!buf) data.set(weight, (buf = readFileSync(require.resolve(FILES[weight]))));
  return buf;
}

interface HbExports {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(p: number, n: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(b: number): void;
  hb_blob_get_data(b: number, len: number): number;
  hb_blob_get_length(b: number): number;
  hb_face_create(b: number, i: number): number;
  hb_face_destroy(f: number): void;
  hb_face_reference_blob(f: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_unicode_set(i: number): number;
  hb_subset_input_destroy(i: number): void;
  hb_set_add(s: number, cp: number): void;
  hb_subset_or_fail(f: number, i: number): number;
}

let hb: HbExports | null = null;
const faces = new Map<FontWeight, number>();

// HarfBuzz's subsetter (the wasm build in the `harfbuzzjs` package), instantiated synchronously so
// renderHtml can stay synchronous; each weight's face is loaded into its memory once and kept.
function face(weight: FontWeight): { hb: HbExports; face: number } {
  if (!hb) {
    const bytes = readFileSync(require.resolve('harfbuzzjs/hb-subset.wasm'));
    hb = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as HbExports;
  }
  let f = faces.get(weight);
  if (f === undefined) {
    const font = fontData(weight);
    const ptr = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer).set(font, ptr);
    const blob = hb.hb_blob_create(ptr, font.byteLength, 2 /* HB_MEMORY_MODE_WRITABLE */, 0, 0);
    f = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    faces.set(weight, f);
  }
  return { hb, face: f };
}

/**
 * Characters every subset holds, whatever the page: digits and the punctuation of numbers, so pages that
 * differ only in a price, a count or a date share one subset. The rest of ASCII is added only where a page
 * uses it: all of printable ASCII is 16 kB of a weight's subset, where a page's forty Chinese characters
 * are 11 kB.
 */
export const ALWAYS_IN_SUBSET = ' 0123456789.,:+-%/';

/** A TTF holding only the glyphs of `text` (plus `ALWAYS_IN_SUBSET`). */
export function subsetFont(weight: FontWeight, text: string): Buffer {
  const { hb, face: f } = face(weight);
  const input = hb.hb_subset_input_create_or_fail();
  const set = hb.hb_subset_input_unicode_set(input);
  for (const ch of ALWAYS_IN_SUBSET + text) hb.hb_set_add(set, ch.codePointAt(0)!);
  const subset = hb.hb_subset_or_fail(f, input);
  hb.hb_subset_input_destroy(input);
  if (!subset) throw new Error('font subsetting failed');
  const blob = hb.hb_face_reference_blob(subset);
  const ptr = hb.hb_blob_get_data(blob, 0);
  const out = Buffer.from(new Uint8Array(hb.memory.buffer, ptr, hb.hb_blob_get_length(blob)));
  hb.hb_blob_destroy(blob);
  hb.hb_face_destroy(subset);
  return out;
}

// Pages repeat the same words (a generator's templates, a user's edits): identical character sets
// reuse one subset. Bounded by bytes so a stream of distinct pages cannot grow it without end.
const css = new LRUCache<string, string>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (v) => v.length });

const always = new Set(ALWAYS_IN_SUBSET);
/** The characters a subset for `text` must add to `ALWAYS_IN_SUBSET`, sorted: pages that differ only in
 * digits (prices, counts) share one subset. */
export const subsetKey = (text: string): string => [...new Set(text)].filter((ch) => !always.has(ch)).sort().join('');

/** `@font-face` rules embedding subsets of every weight for `text`, as data URLs (no request leaves the page). */
export function fontFaceCss(text: string): string {
  const chars = subsetKey(text);
  let rules = css.get(chars);
  if (!rules) {
    rules = FONT_WEIGHTS.map(
      (w) => `@font-face{font-family:"${FONT_FAMILY}";font-weight:${w};font-style:normal;src:url(data:font/ttf;base64,${subsetFont(w, chars).toString('base64')}) format("truetype")}`,
    ).join('');
    css.set(chars, rules);
  }
  return rules;
}

/** The font list satori draws with; one array object, so satori parses each TTF once per process. */
let satoriFonts: { name: string; data: Buffer; weight: FontWeight; style: 'normal' }[] | null = null;
export function fontsForSatori() {
  return (satoriFonts ??= FONT_WEIGHTS.map((weight) => ({ name: FONT_FAMILY, data: fontData(weight), weight, style: 'normal' as const })));
}
