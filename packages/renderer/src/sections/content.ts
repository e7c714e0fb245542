import { icon } from '../icons.ts';
import { row, col, line, para, font, card, circle, divider, type Style, primaryButton } from '../ui.ts';
import { PLACEHOLDER, pick } from '../placeholders.ts';
import type { Tokens } from '../theme.ts';
import type { SectionEntry } from './types.ts';

type Item = { title: string; subtitle?: string };

/** One drawing per list style of the schema. */
const LIST_STYLES: Record<string, (t: Tokens, items: Item[]) => ReturnType<typeof col>> = {
  plain: (t, items) =>
    col({ ...card(t), paddingLeft: 14, paddingRight: 14 }, items.map((it, i) =>
      col({ paddingTop: 12, paddingBottom: 12, gap: 3, ...(i < items.length - 1 ? divider(t) : {}) }, [
        line(it.title, { ...font(t.fontSize, 500), color: t.text }),
        it.subtitle ? line(it.subtitle, { ...font(t.smallSize), color: t.muted }) : null,
      ]))),
  card: (t, items) =>
    col({ gap: 10 }, items.map((it) =>
      row({ ...card(t), padding: 12, gap: 10 }, [
        col({ width: 4, height: 32, borderRadius: 2, backgroundColor: t.primary }, []),
        col({ flexGrow: 1, flexShrink: 1, gap: 3, minWidth: 0 }, [
          line(it.title, { ...font(t.fontSize, 600), color: t.text }),
          it.subtitle ? line(it.subtitle, { ...font(t.smallSize), color: t.muted }) : null,
        ]),
        icon('chevron-right', 16, t.muted),
      ]))),
  chat: (t, items) =>
    col({ ...card(t), paddingLeft: 12, paddingRight: 12 }, items.map((it, i) =>
      row({ paddingTop: 12, paddingBottom: 12, gap: 12, ...(i < items.length - 1 ? divider(t) : {}) }, [
        circle(44, t.surfaceAlt, [icon('user', 22, t.primary)]),
        col({ flexGrow: 1, flexShrink: 1, gap: 3, minWidth: 0 }, [
          row({ gap: 8 }, [
            line(it.title, { ...font(t.fontSize, 600), color: t.text, flexGrow: 1, flexShrink: 1 }),
            line(pick(PLACEHOLDER.times, i), { ...font(t.smallSize - 1), color: t.muted, flexShrink: 0 }),
          ]),
          it.subtitle ? line(it.subtitle, { ...font(t.smallSize + 1), color: t.muted }) : null,
        ]),
        i < 2 ? circle(8, t.danger, []) : null,
      ]))),
};

export const list: SectionEntry = {
  view: (p, { t }) => (LIST_STYLES[p.style] ?? LIST_STYLES.plain)(t, p.items as Item[]),
};

export const text: SectionEntry = {
  view: (p, { t }) =>
    col({ gap: 8 }, [
      p.title ? para(p.title, { ...font(t.titleSize + 3, 700, 1.4), color: t.text }) : null,
      p.body ? para(p.body, { ...font(t.fontSize + 1, 400, 1.75), color: t.text, opacity: 0.9 }) : null,
    ]),
};

export const steps: SectionEntry = {
  view: (p, { t }) => {
    const items = p.items as string[];
    const active: number = p.active ?? 0;
    return row({ ...card(t), paddingTop: 14, paddingBottom: 12, alignItems: 'flex-start' }, items.map((label, i) => {
      const done = i <= active;
      const bar = (on: boolean, show: boolean): Style => ({ flexGrow: 1, height: 2, backgroundColor: show ? (on ? t.primary : t.border) : 'transparent' });
      return col({ flexGrow: 1, flexBasis: 0, alignItems: 'center', gap: 6, minWidth: 0 }, [
        row({ width: '100%' }, [
          col(bar(i <= active, i > 0), []),
          circle(24, done ? t.primary : t.surface, [
            i < active ? icon('check', 14, t.onPrimary, 3) : line(String(i + 1), { ...font(t.smallSize, 700, 1.2), color: done ? t.onPrimary : t.muted }),
          ], { border: `2px solid ${done ? t.primary : t.border}` }),
          col(bar(i < active, i < items.length - 1), []),
        ]),
        line(label, { ...font(t.smallSize, i === active ? 700 : 400), color: i === active ? t.primary : t.muted, maxWidth: '100%' }),
      ]);
    }));
  },
};

/** How each field type of the schema looks inside its box. */
const FIELD_HINT: Record<string, { hint: (label: string) => string; icon?: string; height?: number }> = {
  text: { hint: (l) => `请输入${l}` },
  number: { hint: () => '0' },
  password: { hint: () => '••••••••', icon: 'lock' },
  textarea: { hint: (l) => `请填写${l}…`, height: 88 },
  select: { hint: () => '请选择', icon: 'chevron-down' },
  date: { hint: () => '年 / 月 / 日', icon: 'calendar' },
  phone: { hint: () => '+86  请输入手机号', icon: 'phone' },
};

export const form: SectionEntry = {
  view: (p, { t }) => {
    const fields = p.fields as { label: string; type: string }[];
    const box: Style = { backgroundColor: t.surfaceAlt, borderRadius: Math.min(t.radius, 10), border: `1px solid ${t.border}` };
    return col({ ...card(t), padding: 14, gap: 12 }, [
      ...fields.map((f) =>
        col({ gap: 6 }, [
          line(f.label, { ...font(t.smallSize + 1, 600), color: t.text }),
          f.type === 'image'
            ? row({ width: 80, height: 80, justifyContent: 'center', ...box, border: `1px dashed ${t.muted}` }, [icon('camera', 26, t.muted)])
            : row({ ...box, height: FIELD_HINT[f.type]?.height ?? 42, paddingLeft: 12, paddingRight: 12, gap: 8, alignItems: FIELD_HINT[f.type]?.height ? 'flex-start' : 'center', paddingTop: FIELD_HINT[f.type]?.height ? 10 : 0 }, [
                line((FIELD_HINT[f.type] ?? FIELD_HINT.text).hint(f.label), { ...font(t.fontSize), color: t.muted, flexGrow: 1, flexShrink: 1 }),
                FIELD_HINT[f.type]?.icon ? icon(FIELD_HINT[f.type].icon!, 16, t.muted) : null,
              ]),
        ])),
      p.submit
        ? row({ height: 44, marginTop: 4, ...primaryButton(t, t.radius ? 22 : 0), justifyContent: 'center' }, [
            line(p.submit, { ...font(t.fontSize + 1, 700), color: t.onPrimary }),
          ])
        : null,
    ]);
  },
};
