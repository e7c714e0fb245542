import { h, type FunctionalComponent, type VNode } from 'vue';
import { catalog, type SectionType, type UiDslDocument, type ThemeName } from '@uidsl/dsl';
import { SECTIONS } from './sections/index.ts';
import { lookOf, type Look } from './theme.ts';
import { col, css } from './ui.ts';
import { FONT_STACK } from './font.ts';

interface SectionProps { p: Record<string, any>; look: Look; index: number }

const pascal = (type: string) => type.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/** One Vue functional component per section type, named `Ui<Type>` (UiCardList, ...). */
export const sectionComponents = Object.fromEntries(
  (Object.keys(SECTIONS) as SectionType[]).map((type) => {
    const component: FunctionalComponent<SectionProps> = ({ p, look, index }) => SECTIONS[type].view(p, look, index);
    component.props = ['p', 'look', 'index'];
    component.displayName = `Ui${pascal(type)}`;
    return [type, component];
  }),
) as Record<SectionType, FunctionalComponent<SectionProps>>;

/** Section props as the renderer reads them: the catalog's defaults under what the document says. */
export const withDefaults = (type: SectionType, props: object): Record<string, any> => ({ ...catalog.sections[type]?.defaults, ...props });

export interface PageProps { doc: UiDslDocument; theme: ThemeName; width: number; minHeight?: number }

/** The page: its sections top to bottom on the theme's background. */
export const UiPage: FunctionalComponent<PageProps> = ({ doc, theme, width, minHeight }) => {
  const look = lookOf(doc, theme, width);
  const { t, padding, gutter } = look;
  const children: VNode[] = doc.page.sections.map((section, index) => {
    const entry = SECTIONS[section.type];
    const body = h(sectionComponents[section.type], { p: withDefaults(section.type, section.props), look, index });
    if (entry.bleed) return body;
    return col({ paddingLeft: padding, paddingRight: padding, paddingTop: Math.min(gutter, 16), flexShrink: 0 }, [body]);
  });
  const last = doc.page.sections[doc.page.sections.length - 1];
  return h('div', {
    class: 'uidsl-page',
    style: css({
      display: 'flex', flexDirection: 'column', width, minHeight, paddingBottom: last && SECTIONS[last.type].bleed ? 0 : Math.min(gutter, 16),
      backgroundColor: t.bg, color: t.text, fontFamily: FONT_STACK, fontSize: t.fontSize, lineHeight: `${Math.round(t.fontSize * 1.4)}px`,
    }),
  }, children);
};
UiPage.props = ['doc', 'theme', 'width', 'minHeight'];
UiPage.displayName = 'UiPage';
