import { catalog, propsSchema, type PageName, type Section, type SectionType, type ThemeName, type UiDslDocument } from '@uidsl/dsl';

/** What a description leaves unsaid comes from here. */
export const DEFAULT_PAGE: PageName = 'home_page';
/** One fixed theme for every page type when none is named: the plain one. */
export const DEFAULT_THEME: ThemeName = 'minimal';
export const DEFAULT_LAYOUT = { grid: 12, gutter: 16, padding: 16 } as const;

const PROP_ORDER: Record<string, string[]> = Object.fromEntries(Object.keys(catalog.sections).map((t) => [t, Object.keys(propsSchema(t).properties)]));

/** Props in the schema's order, so the same content always serialises to the same bytes. */
export function canonicalProps(type: SectionType, props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PROP_ORDER[type]) if (props[key] !== undefined) out[key] = props[key];
  return out;
}

const own = Object.prototype.hasOwnProperty;

/** `canonicalProps(type, { ...usual, ...said })` without the intermediate object: what is said wins, even when undefined. */
function mergedProps(type: SectionType, usual: Readonly<Record<string, unknown>>, said: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PROP_ORDER[type]) {
    const v = own.call(said, key) ? said[key] : usual[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** page -> section type -> the props it has in that page's usual layout; built once. */
const USUAL: Record<string, Record<string, Readonly<Record<string, unknown>>>> = Object.fromEntries(
  Object.entries(catalog.pages).map(([page, entry]) => [page, Object.fromEntries(entry.layout.map((s) => [s.type, Object.freeze({ ...(s.props as Record<string, unknown>) })]))]),
);
const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The props a section has in the page type's usual layout, or {} when the layout lacks it.
 * Shared and read-only: documents are serialised right away, so nested values are never mutated.
 */
export function usualProps(page: PageName, type: SectionType): Readonly<Record<string, unknown>> {
  return USUAL[page][type] ?? EMPTY;
}

export interface LayoutSaid { gutter?: number; padding?: number; bg?: string }

/** Builds the document in canonical key order: page (name, theme, layout, sections), section (type, props). */
export function buildDocument(page: PageName, theme: ThemeName, sections: { type: SectionType; props: Record<string, unknown> }[] | null, layout: LayoutSaid = {}): UiDslDocument {
  const list = sections ?? catalog.pages[page].layout.map((s) => ({ type: s.type, props: {} }));
  const out: Section[] = [];
  for (const s of list) out.push({ type: s.type, props: mergedProps(s.type, usualProps(page, s.type), s.props) } as Section);
  const lay: Record<string, unknown> = { grid: DEFAULT_LAYOUT.grid, gutter: layout.gutter ?? DEFAULT_LAYOUT.gutter, padding: layout.padding ?? DEFAULT_LAYOUT.padding };
  if (layout.bg) lay.bg = layout.bg;
  return { page: { name: page, theme, layout: lay, sections: out } } as UiDslDocument;
}
