import type { SectionType } from '@uidsl/dsl';
import type { Token } from './tokenize.ts';

type Props = Record<string, unknown>;
type Reader = (tokens: Token[], props: Props) => void;

const keyOf = (t: Token | undefined) => (t?.kind === 'word' ? t.reading?.key : undefined);
const negated = (tokens: Token[], i: number) => tokens[i - 1]?.kind === 'word' && tokens[i - 1].reading?.role === 'negate';

/** The number a key word is given ("评分4.9", "高度 200"), skipping verbs and fillers between. */
function numberAfter(tokens: Token[], i: number): number | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (t.kind === 'num') return t.value;
    if (t.kind !== 'word' || !t.reading?.role) return undefined;
  }
  return undefined;
}

/** Each number with the measure word `measure` (or any of `measures`), in order. */
const numbers = (tokens: Token[], measures: Array<Token['measure'] | 'none'>) =>
  tokens.filter((t, i) => t.kind === 'num' && measures.includes(t.measure ?? 'none') && !keyOf(tokens[i - 1]) && !keyOf(tokens[i - 2]));

const columns: Reader = (tokens, props) => {
  const n = numbers(tokens, ['columns'])[0];
  if (n) props.columns = n.value;
  tokens.forEach((t, i) => {
    if (keyOf(t) === 'perRow') {
      const v = numberAfter(tokens, i);
      if (v !== undefined) props.columns = v;
    }
  });
};

const active: Reader = (tokens, props) => {
  tokens.forEach((t, i) => {
    if (keyOf(t) !== 'active') return;
    const v = numberAfter(tokens, i);
    if (v !== undefined) props.active = Math.max(0, v - 1);
  });
};

const flag = (key: string, prop: string): Reader => (tokens, props) => {
  tokens.forEach((t, i) => {
    if (keyOf(t) === key) props[prop] = !negated(tokens, i);
  });
};

const keyed = (key: string, prop: string): Reader => (tokens, props) => {
  tokens.forEach((t, i) => {
    if (keyOf(t) !== key) return;
    const v = numberAfter(tokens, i);
    if (v !== undefined) props[prop] = v;
  });
};

/** How the words of a clause set a section's props, per section type. */
const READERS: Partial<Record<SectionType, Reader[]>> = {
  'card-list': [
    columns,
    (tokens, props) => {
      const count = numbers(tokens, ['items'])[0];
      if (count) props.count = count.value;
      // The most specific card word said wins; the generic 商品 of 商品卡 only when no other is said.
      const cards = tokens.filter((t) => t.kind === 'word' && t.reading?.card).map((t) => t.reading!.card!);
      const card = cards.filter((c) => c !== 'product-card').pop() ?? cards.pop();
      if (card) props.card = { type: card };
    },
  ],
  'grid-menu': [columns],
  carousel: [
    (tokens, props) => {
      const n = numbers(tokens, ['slides', 'items'])[0];
      if (n) props.count = n.value;
      const px = numbers(tokens, ['px'])[0];
      if (px) props.height = px.value;
    },
    keyed('height', 'height'),
    flag('autoplay', 'autoplay'),
  ],
  price: [
    (tokens, props) => {
      const n = numbers(tokens, ['none', 'money'])[0];
      if (n) props.value = n.value;
    },
    keyed('original', 'original'),
  ],
  seller: [
    (tokens, props) => {
      const n = numbers(tokens, ['score'])[0];
      if (n) props.rating = n.value;
    },
    keyed('rating', 'rating'),
    flag('verified', 'verified'),
  ],
  list: [
    (tokens, props) => {
      const style = tokens.map((t) => (t.kind === 'word' ? t.reading?.style : undefined)).filter(Boolean).pop();
      if (style) props.style = style;
    },
  ],
  tabs: [active],
  steps: [active],
};

/** The props a clause's words set for a section of this type. */
export function readProps(type: SectionType, tokens: Token[]): Props {
  const props: Props = {};
  for (const read of READERS[type] ?? []) read(tokens, props);
  return props;
}
