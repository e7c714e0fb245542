import { catalog, type PageName, type ThemeName, type UiDslDocument } from '@uidsl/dsl';

export interface Overrides {
  theme?: ThemeName;
  pageType?: PageName;
}

/**
 * Applies the user's explicit choices on top of a generated document. A background that was the old
 * theme's own colour follows the new theme; a colour the description asked for stays.
 */
export function applyOverrides(doc: UiDslDocument, o: Overrides): UiDslDocument {
  if (!o.theme && !o.pageType) return doc;
  const page = { ...doc.page };
  if (o.pageType) page.name = o.pageType;
  if (o.theme && o.theme !== page.theme) {
    const oldBg = catalog.themes[page.theme]?.tokens.bg;
    if (page.layout?.bg && oldBg && page.layout.bg.toLowerCase() === oldBg.toLowerCase()) page.layout = { ...page.layout, bg: catalog.themes[o.theme].tokens.bg };
    page.theme = o.theme;
  }
  return { ...doc, page };
}
