import { catalog } from '@uidsl/dsl';
import { icon } from '../icons.ts';
import { row, col, line, font, divider, primaryButton } from '../ui.ts';
import type { SectionEntry } from './types.ts';

/** The Chinese word a person reads under a tabbar icon. */
const iconLabel = (name: string): string => catalog.icons[name]?.words[0] ?? name;

export const topbar: SectionEntry = {
  bleed: true,
  view: (p, { t, padding }) => {
    const actions: string[] = p.actions ?? [];
    const back = actions.includes('back');
    const right = actions.filter((a) => a !== 'back');
    return row({ height: 48, paddingLeft: padding, paddingRight: padding, backgroundColor: t.surface, ...divider(t), gap: 12 }, [
      back && icon('back', 22, t.text),
      p.logo ? line(p.logo, { ...font(t.titleSize, 800), color: t.primary, flexShrink: 0, maxWidth: 120 }) : null,
      line(p.title ?? '', { ...font(t.titleSize, t.titleWeight), color: t.text, flexGrow: 1, flexShrink: 1, textAlign: back ? 'center' : 'left' }),
      row({ gap: 14, flexShrink: 0 }, right.map((a) => icon(a, 22, t.text))),
    ]);
  },
};

export const tabs: SectionEntry = {
  bleed: true,
  view: (p, { t, padding }) =>
    row({ height: 44, paddingLeft: padding - 4, paddingRight: padding - 4, backgroundColor: t.surface, ...divider(t), overflow: 'hidden' },
      (p.items as string[]).map((item, i) => {
        const on = i === (p.active ?? 0);
        return col({ height: 44, paddingLeft: 10, paddingRight: 10, alignItems: 'center', justifyContent: 'center', flexShrink: 0 }, [
          line(item, { ...font(on ? t.fontSize + 1 : t.fontSize, on ? 700 : 400), color: on ? t.primary : t.muted }),
          col({ width: 18, height: 3, marginTop: 4, borderRadius: 2, backgroundColor: on ? t.primary : 'transparent' }, []),
        ]);
      })),
};

export const tabbar: SectionEntry = {
  bleed: true,
  view: (p, { t }) =>
    row({ height: 58, backgroundColor: t.surface, borderTop: `1px solid ${t.border}`, marginTop: 12 },
      (p.items as string[]).map((name, i) => {
        const color = i === 0 ? t.primary : t.muted;
        if (name === 'plus') {
          return col({ flexGrow: 1, flexBasis: 0, alignItems: 'center', justifyContent: 'center' }, [
            row({ width: 44, height: 32, ...primaryButton(t, t.radius ? 16 : 0), justifyContent: 'center' }, [icon('plus', 22, t.onPrimary)]),
          ]);
        }
        return col({ flexGrow: 1, flexBasis: 0, alignItems: 'center', justifyContent: 'center', gap: 2 }, [
          icon(name, 22, color),
          line(iconLabel(name), { ...font(10, i === 0 ? 600 : 400), color }),
        ]);
      })),
};

export const searchBar: SectionEntry = {
  bleed: true,
  view: (p, { t, padding }) =>
    row({ paddingLeft: padding, paddingRight: padding, paddingTop: 8, paddingBottom: 8, backgroundColor: t.surface }, [
      row({ height: 36, flexGrow: 1, borderRadius: t.radius ? 18 : 0, backgroundColor: t.surfaceAlt, paddingLeft: 12, paddingRight: 12, gap: 8, border: `1px solid ${t.border}` }, [
        icon('search', 16, t.muted),
        line(p.placeholder || '搜索', { ...font(t.fontSize - 1), color: t.muted, flexGrow: 1 }),
      ]),
    ]),
};

export const filters: SectionEntry = {
  bleed: true,
  view: (p, { t, padding }) =>
    row({ height: 42, paddingLeft: padding, paddingRight: padding, backgroundColor: t.surface, ...divider(t) },
      (p.items as string[]).map((item, i) =>
        row({ flexGrow: 1, flexBasis: 0, justifyContent: 'center', gap: 2, minWidth: 0 }, [
          line(item, { ...font(t.fontSize - 1, i === 0 ? 700 : 400), color: i === 0 ? t.primary : t.text }),
          icon('chevron-down', 12, i === 0 ? t.primary : t.muted),
        ]))),
};

export const noticeBar: SectionEntry = {
  bleed: true,
  view: (p, { t, padding }) =>
    row({ height: 36, paddingLeft: padding, paddingRight: padding, backgroundColor: t.surfaceAlt, gap: 8 }, [
      icon('notice', 16, t.primary),
      line(p.text ?? '', { ...font(t.smallSize + 1), color: t.text, flexGrow: 1, flexShrink: 1 }),
    ]),
};
