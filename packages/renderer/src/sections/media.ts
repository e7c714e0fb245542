import { h } from 'vue';
import { art } from '../art.ts';
import { row, col, line, para, font, css } from '../ui.ts';
import type { SectionEntry } from './types.ts';

export const carousel: SectionEntry = {
  view: (p, { t, inner }) => {
    const height: number = p.height ?? 180;
    const count: number = p.count ?? 3;
    return h('div', { style: css({ display: 'flex', position: 'relative', width: inner, height, flexShrink: 0 }) }, [
      art(inner, height, t, 100 + count),
      row({ position: 'absolute', left: 0, right: 0, bottom: 10, justifyContent: 'center', gap: 5 },
        Array.from({ length: count }, (_, i) => col({ width: i === 0 ? 14 : 6, height: 6, borderRadius: 3, backgroundColor: i === 0 ? t.onPrimary : t.artInk, opacity: i === 0 ? 1 : 0.6 }, []))),
    ]);
  },
};

export const banner: SectionEntry = {
  view: (p, { t, inner }) =>
    h('div', {
      style: css({
        display: 'flex', flexDirection: 'column', justifyContent: 'center', position: 'relative', overflow: 'hidden',
        width: inner, height: 112, paddingLeft: 20, paddingRight: 20, borderRadius: t.radius,
        backgroundImage: `linear-gradient(135deg, ${t.heroFrom}, ${t.heroTo})`,
        border: t.decor ? undefined : `1px solid ${t.border}`,
      }),
    }, [
      t.decor ? col({ position: 'absolute', right: -30, top: -40, width: 140, height: 140, borderRadius: 70, backgroundColor: t.artInk, opacity: 0.18 }, []) : null,
      t.decor ? col({ position: 'absolute', right: 40, bottom: -50, width: 90, height: 90, borderRadius: 45, backgroundColor: t.artInk, opacity: 0.14 }, []) : null,
      line(p.title ?? '', { ...font(22, 800, 1.3), color: t.heroText, maxWidth: inner - 40 }),
      p.subtitle ? para(p.subtitle, { ...font(t.fontSize - 1, 400, 1.45), color: t.heroText, opacity: 0.85, marginTop: 4, maxWidth: inner - 40 }, 2) : null,
    ].filter((c) => c !== null)),
};
