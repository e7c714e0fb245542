import { icon } from '../icons.ts';
import { row, col, line, font, card, circle, chunk, divider } from '../ui.ts';
import type { SectionEntry } from './types.ts';

export const userInfo: SectionEntry = {
  view: (p, { t }) =>
    row({
      padding: 16, gap: 14, borderRadius: t.radius,
      backgroundImage: `linear-gradient(135deg, ${t.heroFrom}, ${t.heroTo})`,
      border: t.decor ? undefined : `1px solid ${t.border}`,
    }, [
      p.avatar === false ? null : circle(60, t.surface, [icon('user', 30, t.primary)], { border: `2px solid ${t.accent}` }),
      col({ flexGrow: 1, flexShrink: 1, gap: 6, minWidth: 0 }, [
        line(p.name ?? '', { ...font(t.titleSize + 1, 700), color: t.heroText }),
        (p.stats as string[] | undefined)?.length
          ? row({ gap: 12, flexWrap: 'wrap' }, (p.stats as string[]).map((s) => line(s, { ...font(t.smallSize), color: t.heroText, opacity: 0.85 })))
          : line('这个人很懒,什么都没写', { ...font(t.smallSize), color: t.heroText, opacity: 0.75 }),
      ]),
      icon('chevron-right', 18, t.heroText),
    ]),
};

export const stats: SectionEntry = {
  view: (p, { t }) =>
    row({ ...card(t), paddingTop: 14, paddingBottom: 14 },
      (p.items as { label: string; value: string | number }[]).map((s) =>
        col({ flexGrow: 1, flexBasis: 0, alignItems: 'center', gap: 2, minWidth: 0 }, [
          line(String(s.value), { ...font(t.titleSize + 1, 700), color: t.text }),
          line(s.label, { ...font(t.smallSize), color: t.muted }),
        ]))),
};

export const menuList: SectionEntry = {
  view: (p, { t }) => {
    const items = p.items as { icon?: string; label: string }[];
    return col({ ...card(t), paddingLeft: 14, paddingRight: 14 },
      items.map((it, i) =>
        row({ height: 50, gap: 12, ...(i < items.length - 1 ? divider(t) : {}) }, [
          icon(it.icon ?? 'info', 20, t.primary),
          line(it.label, { ...font(t.fontSize), color: t.text, flexGrow: 1 }),
          icon('chevron-right', 16, t.muted),
        ])));
  },
};

export const gridMenu: SectionEntry = {
  view: (p, { t, inner }) => {
    const columns: number = p.columns ?? 4;
    const items = p.items as { icon?: string; label: string }[];
    const w = Math.floor((inner - 8) / columns);
    return col({ ...card(t), paddingTop: 12, paddingBottom: 4, paddingLeft: 4, paddingRight: 4 },
      chunk(items, columns).map((r) =>
        row({ alignItems: 'flex-start' }, r.map((it) =>
          col({ width: w, alignItems: 'center', gap: 6, paddingBottom: 10 }, [
            circle(44, t.surfaceAlt, [icon(it.icon ?? 'category', 22, t.primary)]),
            line(it.label, { ...font(t.smallSize), color: t.text, maxWidth: w - 4, textAlign: 'center' }),
          ])))));
  },
};
