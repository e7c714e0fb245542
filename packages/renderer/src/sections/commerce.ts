import { h } from 'vue';
import { icon } from '../icons.ts';
import { art } from '../art.ts';
import { row, col, line, para, font, card, circle, chunk, css, primaryButton } from '../ui.ts';
import { PLACEHOLDER, pick, fakePrice } from '../placeholders.ts';
import type { Tokens, Look } from '../theme.ts';
import type { SectionEntry } from './types.ts';

const money = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));

type CardView = (t: Tokens, w: number, i: number, columns: number) => ReturnType<typeof col>;

/** One drawing per card type of the schema; the card-list lays them out in rows. */
const CARDS: Record<string, CardView> = {
  'product-card': (t, w, i) =>
    col({ ...card(t), width: w, overflow: 'hidden', flexShrink: 0 }, [
      art(w, w, t, i + 1, 0),
      col({ padding: 8, gap: 4 }, [
        line(`${pick(PLACEHOLDER.product, i)} ${i + 1}`, { ...font(t.fontSize - 1, 500), color: t.text }),
        row({ justifyContent: 'space-between' }, [
          line(`¥${money(fakePrice(i))}`, { ...font(t.fontSize + 1, 700), color: t.price }),
          line(`${(i * 37 + 12) % 90 + 10}人付款`, { ...font(t.smallSize - 1), color: t.muted }),
        ]),
      ]),
    ]),
  'article-card': (t, w, i, columns) =>
    columns === 1
      ? row({ ...card(t), width: w, padding: 10, gap: 10, alignItems: 'flex-start', flexShrink: 0 }, [
          col({ flexGrow: 1, flexShrink: 1, gap: 6, minWidth: 0 }, [
            para(`${pick(PLACEHOLDER.article, i)}`, { ...font(t.fontSize + 1, 600, 1.45), color: t.text }, 2),
            line(`${pick(PLACEHOLDER.user, i)} · ${(i * 53) % 900 + 100}阅读`, { ...font(t.smallSize), color: t.muted }),
          ]),
          art(96, 72, t, i + 11, Math.min(t.radius, 8)),
        ])
      : col({ ...card(t), width: w, overflow: 'hidden', flexShrink: 0 }, [
          art(w, Math.round(w * 0.62), t, i + 11, 0),
          col({ padding: 8, gap: 4 }, [
            para(pick(PLACEHOLDER.article, i), { ...font(t.fontSize - 1, 600, 1.45), color: t.text }, 2),
            line(`${(i * 53) % 900 + 100}阅读`, { ...font(t.smallSize - 1), color: t.muted }),
          ]),
        ]),
  'user-card': (t, w, i) =>
    col({ ...card(t), width: w, padding: 12, alignItems: 'center', gap: 6, flexShrink: 0 }, [
      circle(52, t.surfaceAlt, [icon('user', 26, t.primary)], { border: `2px solid ${t.accent}` }),
      line(pick(PLACEHOLDER.user, i), { ...font(t.fontSize, 600), color: t.text, maxWidth: w - 16 }),
      row({ height: 24, paddingLeft: 12, paddingRight: 12, ...primaryButton(t, t.radius ? 12 : 0), justifyContent: 'center' }, [
        line('关注', { ...font(t.smallSize, 600), color: t.onPrimary }),
      ]),
    ]),
  'shop-card': (t, w, i) =>
    col({ ...card(t), width: w, overflow: 'hidden', flexShrink: 0 }, [
      art(w, Math.round(w * 0.45), t, i + 21, 0),
      row({ padding: 8, gap: 8 }, [
        circle(28, t.primary, [icon('shop', 16, t.onPrimary)]),
        col({ flexGrow: 1, flexShrink: 1, minWidth: 0 }, [
          line(pick(PLACEHOLDER.shop, i), { ...font(t.fontSize - 1, 600), color: t.text }),
          line(`评分 ${(4.5 + (i % 5) / 10).toFixed(1)}`, { ...font(t.smallSize - 1), color: t.muted }),
        ]),
      ]),
    ]),
  'video-card': (t, w, i) =>
    col({ ...card(t), width: w, overflow: 'hidden', flexShrink: 0 }, [
      h('div', { style: css({ display: 'flex', position: 'relative', width: w, height: Math.round(w * 1.25) }) }, [
        art(w, Math.round(w * 1.25), t, i + 31, 0),
        row({ position: 'absolute', left: 6, bottom: 6, gap: 4, height: 20, paddingLeft: 6, paddingRight: 6, borderRadius: 10, backgroundColor: 'rgba(0,0,0,0.45)' }, [
          icon('play', 14, '#FFFFFF'),
          line(`${(i * 7) % 90 + 10}万`, { ...font(t.smallSize - 1, 600), color: '#FFFFFF' }),
        ]),
      ]),
      col({ padding: 8 }, [line(pick(PLACEHOLDER.video, i), { ...font(t.fontSize - 1, 500), color: t.text })]),
    ]),
};

export const cardList: SectionEntry = {
  view: (p, { t, inner, gutter }: Look) => {
    const columns: number = p.columns ?? 2;
    const gap = Math.min(gutter, 12);
    const w = Math.floor((inner - gap * (columns - 1)) / columns);
    const view = CARDS[p.card?.type] ?? CARDS['product-card'];
    const indices = Array.from({ length: p.count ?? 6 }, (_, i) => i);
    return col({ gap }, chunk(indices, columns).map((r) => row({ gap, alignItems: 'stretch' }, r.map((i) => view(t, w, i, columns)))));
  },
};

export const price: SectionEntry = {
  view: (p, { t }) =>
    row({ ...card(t), padding: 12, alignItems: 'flex-end', gap: 8 }, [
      row({ alignItems: 'flex-end' }, [
        line(p.currency ?? '¥', { ...font(t.fontSize + 2, 700, 1.3), color: t.price, marginBottom: 2 }),
        line(money(p.value ?? 0), { ...font(28, 800, 1.15), color: t.price }),
      ]),
      typeof p.original === 'number'
        ? line(`${p.currency ?? '¥'}${money(p.original)}`, { ...font(t.smallSize + 1, 400, 1.3), color: t.muted, textDecoration: 'line-through', marginBottom: 3 })
        : null,
    ]),
};

export const seller: SectionEntry = {
  view: (p, { t }) => {
    const rating = Math.max(0, Math.min(5, Number(p.rating ?? 0)));
    return row({ ...card(t), padding: 12, gap: 10 }, [
      circle(40, t.primary, [icon('shop', 20, t.onPrimary)]),
      col({ flexGrow: 1, flexShrink: 1, gap: 4, minWidth: 0 }, [
        row({ gap: 4 }, [
          line(p.name ?? '', { ...font(t.fontSize, 600), color: t.text, flexShrink: 1 }),
          p.verified ? icon('badge-check', 16, t.primary) : null,
        ]),
        row({ gap: 2 }, [
          ...Array.from({ length: 5 }, (_, i) => (i < Math.round(rating) ? icon('star', 12, t.accent, 2, t.accent) : icon('star', 12, t.border))),
          line(rating.toFixed(1), { ...font(t.smallSize), color: t.muted, marginLeft: 4 }),
        ]),
      ]),
      row({ height: 28, paddingLeft: 12, paddingRight: 12, borderRadius: t.radius ? 14 : 0, border: `1px solid ${t.primary}`, justifyContent: 'center', flexShrink: 0 }, [
        line('进店', { ...font(t.smallSize, 600), color: t.primary }),
      ]),
    ]);
  },
};

export const proof: SectionEntry = {
  view: (p, { t }) =>
    row({ flexWrap: 'wrap', gap: 12, paddingTop: 2, paddingBottom: 2 },
      (p.items as string[]).map((item) =>
        row({ gap: 4 }, [icon('circle-check', 14, t.primary), line(item, { ...font(t.smallSize), color: t.muted })]))),
};

export const cta: SectionEntry = {
  view: (p, { t }) => {
    const radius = t.radius ? 22 : 0;
    const base = { height: 44, flexGrow: 1, flexBasis: 0, borderRadius: radius, justifyContent: 'center', minWidth: 0 };
    return row({ gap: 10 }, [
      p.secondary
        ? row({ ...base, border: `1px solid ${t.primary}`, backgroundColor: t.surface }, [line(p.secondary, { ...font(t.fontSize + 1, 600), color: t.primary })])
        : null,
      row({ ...base, ...primaryButton(t, radius) }, [
        line(p.text ?? '', { ...font(t.fontSize + 1, 700), color: t.onPrimary }),
      ]),
    ]);
  },
};
