import { catalog } from '@uidsl/dsl';
import type { SectionType } from '@uidsl/dsl';
import type { Token } from './tokenize.ts';

type Props = Record<string, unknown>;
type Reader = (tokens: Token[], props: Props, known: Props) => void;

const keyOf = (t: Token | undefined) => (t?.kind === 'word' ? t.reading?.key : undefined);
/** 不自动播放, 不显示头像: a negation one or two words before. */
const negated = (tokens: Token[], i: number) => [1, 2].some((d) => tokens[i - d]?.kind === 'word' && tokens[i - d].reading?.role === 'negate');

/** A currency said before an amount: the yuan signs (the default currency, so no catalog word) or a catalog currency. */
const currencySign = (t: Token) => (t.kind === 'other' && /^[¥￥]$/.test(t.text)) || (t.kind === 'word' && !!t.reading?.currency);

/** The number a key word is given ("评分4.9", "高度 200", "原价¥199"), skipping verbs, fillers and a currency between. */
function numberAfter(tokens: Token[], i: number): number | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (t.kind === 'num') return t.value;
    if (currencySign(t)) continue;
    if (t.kind !== 'word' || !t.reading?.role) return undefined;
  }
  return undefined;
}

/** Each number with the measure word `measure` (or any of `measures`), in order. */
const numbers = (tokens: Token[], measures: Array<Token['measure'] | 'none'>) =>
  tokens.filter((t, i) => t.kind === 'num' && measures.includes(t.measure ?? 'none') && !keyOf(tokens[i - 1]) && !keyOf(tokens[i - 2]) && !perRowAfter(tokens, i));

/** "五个一行", "4个一排": a count right before 一行 is how many sit in a row, not how many there are. */
const perRowAfter = (tokens: Token[], i: number) => keyOf(tokens[i + 1]) === 'perRow' && tokens[i + 2]?.kind !== 'num';

const columns: Reader = (tokens, props) => {
  const n = numbers(tokens, ['columns'])[0];
  if (n) props.columns = n.value;
  tokens.forEach((t, i) => {
    if (keyOf(t) === 'perRow') {
      const before = tokens[i - 1]?.kind === 'num' && tokens[i - 1]!.measure === 'items' && perRowAfter(tokens, i - 1) ? tokens[i - 1]!.value : undefined;
      const v = numberAfter(tokens, i) ?? before;
      if (v !== undefined) props.columns = v;
    }
  });
};

/** 默认选中第二个, 第2个默认选中, 停在支付: the active index by position or by the item's label. */
const active =
  (type: SectionType): Reader =>
  (tokens, props, known) => {
    const items = () => (known.items ?? props.items ?? catalog.sections[type].defaults.items) as unknown[];
    const find = (l: string, prefix: boolean) => {
      const all = items();
      if (!Array.isArray(all) || !l) return -1;
      const at = all.findIndex((x) => typeof x === 'string' && (x === l || (prefix && l.startsWith(x))));
      if (at >= 0 || !prefix || l.length < 2) return at;
      // ("默认手机", of 手机注册 and 邮箱注册: the start of one entry's label, when no other starts so.)
      const starts = all.flatMap((x, k) => (typeof x === 'string' && x.startsWith(l) ? [k] : []));
      return starts.length === 1 ? starts[0]! : -1;
    };
    tokens.forEach((t, i) => {
      // "选笔记那个", "选“未读”": 选 opening a clause before one of the entries chooses it.
      if (!keyOf(t) && /^选(?!择|项|购)/.test(t.text) && (i === 0 || ['filler', 'conn', 'order'].includes(tokens[i - 1]!.reading?.role ?? ''))) {
        const at = find(tokens.slice(i).map((x) => x.text).join('').slice(1), true);
        if (at >= 0) props.active = at;
        return;
      }
      if (keyOf(t) !== 'active') return;
      // "active=1", as developers write it: the index itself, counted from 0 as in the DSL.
      // ("active0", "active 1": with no sign between too.)
      const sign = ['=', ':'].includes(tokens[i + 1]?.text ?? '') ? 1 : 0;
      const n = tokens[i + 1 + sign];
      if (t.text.toLowerCase() === 'active' && n?.kind === 'num' && !n.ordinal && !n.measure) {
        props.active = n.value;
        return;
      }
      // ("current step 1", "current 2": counted from 1, as people count.)
      if (/^current/i.test(t.text) && n?.kind === 'num' && !n.measure && n.value! >= 1) {
        props.active = n.value! - 1;
        return;
      }
      const ordinal = [tokens[i - 1], tokens[i + 1], tokens[i + 2]].find((x) => x?.kind === 'num' && x.ordinal);
      if (ordinal?.value) {
        props.active = ordinal.value - 1;
        return;
      }
      // "默认选中进行中", "active=箱包": the entry's label after the key.
      // ("现在到骑手配送了": 到 before the label and 了 after it are no part of it.)
      const said = tokens.slice(i + 1).map((x) => x.text).join('').replace(/了$/, '');
      const label = said.replace(/^(?:[=:是为在到]|停在|看)+/, '');
      // ("默认在卖": 在 may begin the label itself. "默认选“待入住”": 选 before the label, unless it begins it: 选择分类.)
      // (默认在 is one word: its 在 may be the label's.)
      let at = find((t.text.endsWith('在') ? '在' : '') + said.replace(/^[=:]+/, ''), false);
      if (at < 0) at = find(label, true);
      if (at < 0) at = find(label.replace(/^选中?/, ''), true);
      // "用户那个是选中的", "然后私信选中": or before it, past 那个, 是 and the like.
      if (at < 0) {
        let b = i - 1;
        while (b >= 0 && ((tokens[b]!.kind === 'word' && ['filler', 'verb'].includes(tokens[b]!.reading?.role ?? '')) || /^(?:那|这|那个|这个|个|是|的)$/.test(tokens[b]!.text))) b--;
        if (b >= 0) at = find(tokens[b]!.text, false);
      }
      if (at >= 0) props.active = at;
    });
  };

const flag = (key: string, prop: string, when = true): Reader => (tokens, props) => {
  tokens.forEach((t, i) => {
    if (keyOf(t) === key) props[prop] = negated(tokens, i) ? !when : when;
  });
};

const keyed = (key: string, prop: string): Reader => (tokens, props) => {
  tokens.forEach((t, i) => {
    if (keyOf(t) !== key) return;
    const v = numberAfter(tokens, i);
    if (v !== undefined) props[prop] = v;
  });
};

/**
 * Hints for `build`, not schema props: how many entries a list section has when the description names
 * none of them ("宫格8个", "菜单6项", "评论list 5条"), in how many rows ("两行 每行五个": rows times the
 * columns, which another clause may give), and whether a grid holds order states (订单宫格). `build` fills
 * that many of the page's usual entries (`usualLabels`). And whether a tab bar named no icons but a plus
 * in its middle.
 */
export const HINT = { count: '#count', rows: '#rows', orders: '#orders', plus: '#plus', columns: '#columns' } as const;

const entries: Reader = (tokens, props) => {
  // "四个tabs：…、订单列表": a count before a section word other than the clause's head (its last) is that section's.
  const isSection = (x: Token) => x.kind === 'word' && !!x.reading?.section;
  const head = tokens.findLastIndex(isSection);
  const other = (t: Token) => tokens.slice(tokens.indexOf(t) + 1, head).some(isSection);
  const counts = numbers(tokens, ['items']).filter((t) => !glued(tokens, t) && !other(t));
  const rows = counts.find((t) => /行$/.test(t.text));
  const n = counts.find((t) => t !== rows && t.value! > 1);
  // ("两行四列八个": with the columns said too, the count is all of them.)
  const columnsSaid = tokens.some((t) => t.kind === 'num' && t.measure === 'columns');
  if (rows && rows.value! > 1 && !(n && columnsSaid)) {
    props[HINT.rows] = rows.value;
    // "2行x5" (2行5个): the count after the rows is per row.
    if (n) props.columns = n.value;
  } else if (n) props[HINT.count] = n.value;
  if (tokens.some((t) => t.text.includes('订单'))) props[HINT.orders] = true;
};

/** A number glued between two pieces of plain text is part of a label (近3个月), not a count. */
const glued = (tokens: Token[], t: Token) => {
  const i = tokens.indexOf(t);
  return tokens[i - 1]?.end === t.start && tokens[i - 1]!.kind === 'other' && tokens[i + 1]?.start === t.end && tokens[i + 1]!.kind === 'other';
};

/** How the words of a clause set a section's props, per section type. */
const READERS: Partial<Record<SectionType, Reader[]>> = {
  'card-list': [
    columns,
    (tokens, props) => {
      // "一个卡片列表" is a quantifier, not a count of one card ("商品卡单列，1个", in digits, is one).
      const count = numbers(tokens, ['items', 'slides']).find((t) => t.value !== 1 || /^[0-9]/.test(t.text));
      if (count) props.count = count.value;
      // The most specific card word said wins; the generic 商品 of 商品卡 only when no other is said.
      const cards = tokens.filter((t) => t.kind === 'word' && t.reading?.card).map((t) => t.reading!.card!);
      const card = cards.filter((c) => c !== 'product-card').pop() ?? cards.pop();
      if (card) props.card = { type: card };
    },
  ],
  form: [
    (tokens, props) => {
      // "只有一个输入框", "就1个文本框", "一个 textarea 字段", "表单就两项": how many fields, when none are named
      // (build.ts then takes that many of the usual ones; one box is one field to type in).
      const box = tokens.findIndex((t) => /^(?:输入框|文本框|框|字段|textarea|输入区|项)$/.test(t.text) || (t.kind === 'word' && t.reading?.field === 'textarea'));
      // One box is a count only when the form was named by another word or the one is stressed ("只有一个输入框",
      // "form：一个文本框"); "一个输入框" alone names the form, the generator's way of saying it.
      // (字段 itself counts fields: "一个文本字段" is one field wherever the form was named.)
      const stressed = tokens[box]?.text === '字段' || tokens.some((t, i) => i !== box && (/^(?:只有|就|只|仅|就是)$/.test(t.text) || /表单|^form$|输入区/i.test(t.text)));
      const n = numbers(tokens, ['items']).find((t) => t.value! >= 1 && t.value! <= 8 && (t.value! > 1 || (box >= 0 && tokens.indexOf(t) < box && stressed)));
      if (n) props[HINT.count] = n.value;
      if (n?.value === 1 && tokens.some((t) => /^(?:textarea|多行|大的文本框)$/.test(t.text) || (t.kind === 'word' && t.reading?.field === 'textarea'))) props[HINT.rows] = 'textarea';
    },
  ],
  'grid-menu': [columns, entries],
  'menu-list': [entries],
  stats: [entries],
  carousel: [
    (tokens, props) => {
      const n = numbers(tokens, ['slides', 'items']).find((t) => t.value !== 1);
      if (n) props.count = n.value;
      const px = numbers(tokens, ['px'])[0];
      if (px) props.height = px.value;
    },
    keyed('height', 'height'),
    flag('autoplay', 'autoplay'),
    flag('manual', 'autoplay', false),
  ],
  price: [
    (tokens, props, known) => {
      // "7天无理由": a number glued to the words after it is part of a label, not an amount.
      // ("¥468起": 起, from, is no label.)
      const glued = (t: Token) => tokens.find((x) => x.start === t.end && x.kind === 'other' && /^[\u4e00-\u9fff]/.test(x.text) && !/^起/.test(x.text));
      // (第四块 is a place in the page, not four yuan.)
      const n = numbers(tokens, ['none', 'money']).find((t) => !glued(t) && !t.ordinal);
      // The first amount said is the price; later ones in other clauses do not replace it.
      if (n && known.value === undefined) props.value = n.value;
      const currency = tokens.find((t) => t.kind === 'word' && t.reading?.currency);
      if (currency?.kind === 'word') props.currency = currency.reading!.currency;
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
    entries,
    // "车源列表 两列", "推荐酒店列表单列": a list has no columns; one said with them is cards (`build` turns it).
    // (The hint holds the props the clause gives as cards: columns, and the card its words name.)
    (tokens, props) => {
      const n = numbers(tokens, ['columns'])[0];
      if (!n || /行/.test(n.text)) return;
      const cards: Props = {};
      for (const read of READERS['card-list']!) read(tokens, cards, {});
      props[HINT.columns] = cards;
    },
    (tokens, props) => {
      // A style word counts before 样式 (聊天样式), as a word of its own (卡片式), or as 聊天/卡片 right
      // before the list word (聊天列表); 普通列表 is just a list.
      tokens.forEach((t, i) => {
        const style = t.kind === 'word' ? t.reading?.style : undefined;
        if (!style) return;
        const next = tokens[i + 1];
        // ("普通列表样式": with 样式 after the list's word, the plain style too.)
        const before = next?.kind === 'word' && next.reading?.section === 'list' && (style !== 'plain' || tokens[i + 2]?.reading?.role === 'style');
        // "聊天记录（气泡）": a style word alone in brackets.
        const bracketed = tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')';
        // "style 用 chat", "样式：卡片": the style word after the word for style.
        const named = [tokens[i - 1], tokens[i - 2]].some((x, d) => x?.kind === 'word' && x.reading?.role === 'style' && (d === 0 || ['用', '是', ':', '='].includes(tokens[i - 1]!.text)));
        // ("一问一答": a word for a chat that is itself the list's word.)
        const own = t.kind === 'word' && t.reading?.section === 'list';
        // ("list style 用 chat": the style word alone in the clause after the list's.)
        const alone = tokens.every((x) => x === t || (x.kind === 'word' && (x.reading?.role === 'filler' || x.reading?.role === 'style')));
        // ("list chat 风格", "评论区 list card": a style's Latin name right after the list's word.)
        const latin = /^[a-z]+$/.test(t.text) && tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.reading?.section === 'list';
        if (t.text.endsWith('式') || (next?.kind === 'word' && next.reading?.role === 'style') || before || bracketed || named || alone || own || latin) props.style = style;
      });
    },
  ],
  'user-info': [
    (tokens, props) => {
      tokens.forEach((t, i) => {
        if (t.text.includes('头像')) props.avatar = !negated(tokens, i);
      });
    },
  ],
  tabs: [active('tabs')],
  // "底部导航中间加个发布的加号": the usual tab bar with the plus in its middle (`build`).
  tabbar: [
    (tokens, props) => {
      if (tokens.some((t) => t.text === '加号' || (t.text === '中间' && tokens.some((u) => u.kind === 'word' && u.reading?.icon === 'plus')))) props[HINT.plus] = true;
      // "底部导航5个": how many tabs, when none is named.
      const n = numbers(tokens, ['items']).find((t) => !glued(tokens, t));
      if (n) props[HINT.count] = n.value;
    },
  ],
  steps: [active('steps')],
};

/** The props a clause's words set for a section of this type. */
export function readProps(type: SectionType, tokens: Token[], known: Props = {}): Props {
  const props: Props = {};
  for (const read of READERS[type] ?? []) read(tokens, props, known);
  return props;
}
