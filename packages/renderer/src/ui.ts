import { h, type VNode } from 'vue';
import type { Tokens } from './theme.ts';

/**
 * Building blocks every section uses. Styles stay inside the CSS subset satori lays out the way a
 * browser does (flexbox, px sizes, explicit line heights), so the PNG and the HTML agree.
 */
export type Style = Record<string, string | number | undefined>;
type Child = VNode | string | null | undefined | false;

// CSS properties that take bare numbers; every other number is a length in px.
const UNITLESS = new Set(['fontWeight', 'flexGrow', 'flexShrink', 'opacity', 'zIndex', 'lineHeight']);

/** Drops unset values and writes lengths as `Npx`: Vue prints numbers as they are, and CSS needs the unit. */
export function css(style: Style): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(style)) {
    if (v === undefined) continue;
    out[k] = typeof v === 'number' && !UNITLESS.has(k) ? `${v}px` : v;
  }
  return out;
}

const kids = (children: Child[]): (VNode | string)[] => children.filter((c): c is VNode | string => c !== null && c !== undefined && c !== false);

export const row = (style: Style, children: Child[]): VNode =>
  h('div', { style: css({ display: 'flex', flexDirection: 'row', alignItems: 'center', ...style }) }, kids(children));

export const col = (style: Style, children: Child[]): VNode =>
  h('div', { style: css({ display: 'flex', flexDirection: 'column', ...style }) }, kids(children));

/** One line of text cut with an ellipsis when it does not fit. */
export const line = (text: string, style: Style): VNode =>
  h('div', { style: css({ display: 'block', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', minWidth: 0, ...style }) }, text);

/** Text that wraps; `lines` cuts it after that many lines (by height, which both renderers honour alike). */
export const para = (text: string, style: Style & { lineHeight: string }, lines?: number): VNode =>
  h('div', { style: css({ display: 'block', wordBreak: 'break-all', ...(lines ? { maxHeight: lines * parseInt(style.lineHeight, 10), overflow: 'hidden' } : {}), ...style }) }, text);

/** A font-size/line-height pair in px, so both renderers place baselines alike. */
export const font = (size: number, weight = 400, lh = 1.4): Style & { lineHeight: string } => ({ fontSize: size, fontWeight: weight, lineHeight: `${Math.round(size * lh)}px` });

// Cards are set off by a hairline, not a blurred shadow: librsvg draws each blur through a
// page-sized filter surface, which made one PNG take seconds.
export const card = (t: Tokens, style: Style = {}): Style => ({
  backgroundColor: t.surface,
  borderRadius: t.radius,
  border: `${t.borderWidth}px solid ${t.border}`,
  ...style,
});

/** The filled primary button look, with the theme's ring around it. */
export const primaryButton = (t: Tokens, radius: number): Style => ({
  backgroundColor: t.primary,
  borderRadius: radius,
  border: `1px solid ${t.ring}`,
});

export const divider = (t: Tokens): Style => ({ borderBottom: `1px solid ${t.border}` });

/** A round badge with an icon or a letter inside, used for avatars and shop logos. */
export const circle = (size: number, bg: string, children: Child[], style: Style = {}): VNode =>
  row({ width: size, height: size, borderRadius: size / 2, backgroundColor: bg, justifyContent: 'center', flexShrink: 0, ...style }, children);

/** Splits a list into rows of `n`. */
export const chunk = <T>(items: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
};
