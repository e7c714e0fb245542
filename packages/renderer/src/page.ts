import { h, type FunctionalComponent, type VNode } from 'vue';
import { catalog, type Section, type SectionType, type UiDslDocument, type ThemeName } from '@uidsl/dsl';
import { SECTIONS } from './sections/index.ts';
import { lookOf, type Look } from './theme.ts';
import { col, css } from './ui.ts';
import { FONT_STACK } from './font.ts';

interface SectionProps { p: Record<string, any>; look: Look }

const pascal = (type: string) => type.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/** One Vue functional component per section type, named `Ui<Type>` (UiCardList, ...). */
export const sectionComponents = Object.fromEntries(
  (Object.keys(SECTIONS) as SectionType[]).map((type) => {
    const component: FunctionalComponent<SectionProps> = ({ p, look }) => SECTIONS[type].view(p, look);
    component.props = ['p', 'look'];
    component.displayName = `Ui${pascal(type)}`;
    return [type, component];
  }),
) as Record<SectionType, FunctionalComponent<SectionProps>>;

/** Section props as the renderer reads them: the catalog's defaults under what the document says. */
export const withDefaults = (type: SectionType, props: object): Record<string, any> => ({ ...catalog.sections[type]?.defaults, ...props });

export interface PageProps { doc: UiDslDocument; theme: ThemeName; width: number; minHeight?: number }

/** A section with its place on the page: edge to edge for bars, else inside the side padding. */
export function sectionBlock(section: Section, look: Look): VNode {
  const body = h(sectionComponents[section.type], { p: withDefaults(section.type, section.props), look });
  if (SECTIONS[section.type].bleed) return body;
  return col({ paddingLeft: look.padding, paddingRight: look.padding, paddingTop: Math.min(look.gutter, 16), flexShrink: 0 }, [body]);
}

/** Space under the last section, unless it is a bar that closes the page. */
export const bottomSpace = (doc: UiDslDocument, look: Look): number => {
  const last = doc.page.sections[doc.page.sections.length - 1];
  return last && SECTIONS[last.type].bleed ? 0 : Math.min(look.gutter, 16);
};

/** The page box: the theme's background, text colour and type. */
export const pageStyle = ({ t, width }: Look) => ({
  display: 'flex', flexDirection: 'column', width,
  backgroundColor: t.bg, color: t.text, fontFamily: FONT_STACK, fontSize: t.fontSize, lineHeight: `${Math.round(t.fontSize * 1.4)}px`,
});

/** The page: its sections top to bottom on the theme's background. */
export const UiPage: FunctionalComponent<PageProps> = ({ doc, theme, width, minHeight }) => {
  const look = lookOf(doc, theme, width);
  return h('div', {
    class: 'uidsl-page',
    style: css({ ...pageStyle(look), minHeight, paddingBottom: bottomSpace(doc, look) }),
  }, doc.page.sections.map((section) => sectionBlock(section, look)));
};
UiPage.props = ['doc', 'theme', 'width', 'minHeight'];
UiPage.displayName = 'UiPage';
