import { catalog, themeNames, type ThemeName, type UiDslDocument } from '@uidsl/dsl';

/** Everything a component reads about the look of a page: theme tokens plus the page's layout. */
export interface Tokens {
  bg: string; surface: string; surfaceAlt: string; text: string; muted: string; primary: string; onPrimary: string;
  accent: string; border: string; price: string; danger: string;
  heroFrom: string; heroTo: string; heroText: string; artFrom: string; artTo: string; artInk: string;
  /** The edge of primary buttons: the neon ring of tech-purple, the gold line of obsidian-gold, else the fill. */
  ring: string;
  radius: number; borderWidth: number; shadow: string;
  fontSize: number; titleSize: number; smallSize: number; titleWeight: number; space: number;
  /** 1 draws ornaments (shapes on banners and art), 0 keeps a theme plain. */
  decor: number;
}

export interface Look {
  theme: ThemeName;
  t: Tokens;
  /** Content width in px (page width less the side padding). */
  width: number;
  inner: number;
  padding: number;
  gutter: number;
}

const HEX = /^#[0-9A-Fa-f]{6}$/;
// Only these shapes of colour and shadow can reach a style, so catalog data cannot smuggle CSS either.
const SHADOW = /^(none|(-?\d+(\.\d+)?px|0)( (-?\d+(\.\d+)?px|0)){1,3} (#[0-9A-Fa-f]{6}|rgba\(\d{1,3},\d{1,3},\d{1,3},(0|1|0?\.\d+)\)))$/;

/** A `#rrggbb` colour, or the fallback: a document's colour is checked again here, not trusted. */
export const safeColor = (value: unknown, fallback: string): string => (typeof value === 'string' && HEX.test(value) ? value : fallback);

const numberIn = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

const DEFAULTS: Tokens = {
  bg: '#FFFFFF', surface: '#FFFFFF', surfaceAlt: '#F5F5F5', text: '#111111', muted: '#777777', primary: '#111111',
  onPrimary: '#FFFFFF', accent: '#111111', border: '#E5E5E5', price: '#111111', danger: '#111111',
  heroFrom: '#F5F5F5', heroTo: '#F5F5F5', heroText: '#111111', artFrom: '#F0F0F0', artTo: '#F0F0F0', artInk: '#DADADA',
  ring: '#111111', radius: 8, borderWidth: 1, shadow: 'none', fontSize: 14, titleSize: 17, smallSize: 12, titleWeight: 700, space: 12, decor: 1,
};

/** The tokens of a theme from the catalog, every value checked and bounded. */
export function themeTokens(theme: ThemeName): Tokens {
  const raw = (catalog.themes[theme]?.tokens ?? {}) as Record<string, unknown>;
  const t = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Tokens)[]) {
    const fallback = DEFAULTS[key];
    if (typeof fallback === 'number') (t as any)[key] = numberIn(raw[key], 0, key === 'titleWeight' ? 900 : 48, fallback);
    else if (key === 'shadow') (t as any)[key] = typeof raw[key] === 'string' && SHADOW.test(raw[key] as string) ? raw[key] : fallback;
    else (t as any)[key] = safeColor(raw[key], fallback);
  }
  return t;
}

const cache = new Map<ThemeName, Tokens>();
const tokensOf = (theme: ThemeName): Tokens => {
  let t = cache.get(theme);
  if (!t) cache.set(theme, (t = themeTokens(theme)));
  return t;
};

/** The look of one page: its theme's tokens, `layout.bg` over the background, and the content box. */
export function lookOf(doc: UiDslDocument, theme: ThemeName, width: number): Look {
  const layout = doc.page.layout ?? {};
  const base = tokensOf(theme);
  const t = layout.bg ? { ...base, bg: safeColor(layout.bg, base.bg) } : base;
  const padding = numberIn(layout.padding, 0, 64, 16);
  const gutter = numberIn(layout.gutter, 0, 64, 12);
  return { theme, t, width, inner: width - 2 * padding, padding, gutter };
}

/** Themes for the API and the web app: name, Chinese label and tokens, in the contract's order. */
export function themeList(): { name: ThemeName; label: string; tokens: Tokens }[] {
  return (themeNames as ThemeName[]).map((name) => ({ name, label: catalog.themes[name].label, tokens: tokensOf(name) }));
}
