// Shopping sections: card lists, carousels, price, seller, guarantees and buttons.
import { buttonRoles, catalog } from '@uidsl/dsl';
import type { Rng } from '../rng.ts';
import { countWord, joinList, namingVerb, quote, quotePair } from '../say.ts';
import { chineseCount } from '../numerals.ts';
import * as V from '../values.ts';
import { said, pickList, type PhraseContext, type SaidSection } from './common.ts';

const CARD_WORDS: Record<string, readonly string[]> = {
  'product-card': ['商品', '商品卡片', '商品卡', '好物', '商品列表', '商品瀑布流'],
  'article-card': ['文章卡片', '文章', '资讯卡片', '文章列表', '资讯列表'],
  'video-card': ['作品', '视频', '视频卡片', '作品卡片', '短视频'],
  'shop-card': ['店铺卡片', '店铺列表', '店铺卡'],
  'user-card': ['达人卡片', '用户卡片列表', '达人列表', '博主卡片'],
};
const COLUMN_WORDS: Record<number, readonly string[]> = {
  1: ['单列', '一列', '1列', '单栏'],
  2: ['两列', '双列', '2列', '两栏', '双排'],
  3: ['三列', '3列', '三栏'],
};

export function cardList({ rng, page }: PhraseContext): SaidSection {
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  const listPage = page === 'cart_page' || page === 'checkout_page' || page === 'order_page';
  let noun: string;
  const cardRoll = rng.next();
  const cardType = cardRoll < 0.45 ? undefined : rng.weighted([['product-card', 3], ['article-card', 2], ['video-card', 2], ['shop-card', 1], ['user-card', 1]] as const);
  if (cardType) {
    props.card = { type: cardType };
    varied.push('card');
    noun = rng.pick(CARD_WORDS[cardType].filter((w) => !listPage || !w.endsWith('列表')));
  } else {
    noun = rng.pick(listPage ? ['推荐商品', '猜你喜欢', '为你推荐', '卡片'] : ['卡片列表', '卡片', '瀑布流', '推荐列表', '猜你喜欢', '卡片流', '信息流', 'feed流', '商品流']);
  }
  if (rng.chance(0.15)) noun = rng.pick(listPage ? ['推荐', '为你推荐', '猜你喜欢'] : ['相关推荐', '推荐', '猜你喜欢', '热门', '精选', '为你推荐']) + (cardType ? noun.replace(/列表$/, '') : rng.pick(['卡片', '', '列表']));
  let text = noun;
  const colRoll = rng.next();
  if (colRoll < 0.6) {
    const columns = rng.weighted([[1, 3], [2, 5], [3, 2]] as const);
    props.columns = columns;
    varied.push('columns');
    const cw = rng.pick(COLUMN_WORDS[columns]);
    text = rng.pick([`${cw}${noun}`, `${cw}的${noun}`, `${noun}${cw}`, `${noun}（${cw}）`, `${noun}${rng.chance(0.5) ? '，' : ' '}${cw}展示`, `${rng.pick(['每行', '一行'])}${countWord(rng, columns)}的${noun}`]);
  }
  if (rng.chance(0.15)) {
    const count = rng.range(2, 12);
    props.count = count;
    varied.push('count');
    const cw = countWord(rng, count, rng.pick(['个', '条', '张']));
    text = rng.pick([`${cw}${text}`, `${text}，${rng.pick(['展示', '显示', '放'])}${cw}`, `${text}（${cw}）`]);
  }
  return said(text, props, varied);
}

export function carousel({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['轮播图', '轮播', 'banner轮播', '焦点图', '幻灯片', '轮播banner', '大图轮播', '图片轮播']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.35)) {
    const count = rng.range(2, 8);
    props.count = count;
    varied.push('count');
    const n = rng.chance(0.5) ? chineseCount(count) : String(count);
    text = rng.pick([`${word}${n}张`, `${n}张${word}`, `${n}张图的${word}`, `${word}（${n}张）`, `${word}放${n}张图`, `${word}（共${n}张）`, `${word}，${n}张图`]);
    // "三张大图可以左右划": pictures to swipe through.
    // ("三张大图轮着放", "几张图片来回切": pictures that take turns, since the eighteenth session.)
    if (rng.chance(0.05)) text = rng.pick([`${n}张大图${rng.pick(['可以', '能', ''])}左右${rng.pick(['划', '滑'])}`, `${rng.pick(['大图', '照片'])}能划着看，${n}张`, `${n}张大图${rng.pick(['轮着放', '来回切', '轮换着放'])}`]);
    // "轮播三张，哦不对，四张吧": a count taken back.
    if (rng.chance(0.05)) {
      const wrong = rng.pick([2, 3, 4, 5, 6, 7, 8].filter((k) => k !== count));
      text = `${word}${rng.pick(['', '，', '放'])}${chineseCount(wrong)}张${rng.pick(['，哦不对，', '……不，', '，不对，', '……哦不，'])}${rng.pick(['', '放', '改成'])}${n}张${rng.pick(['', '吧', '就够了'])}`;
    }
  }
  if (rng.chance(0.1)) {
    const height = rng.pick([150, 160, 180, 200, 220, 240, 260, 300]);
    props.height = height;
    varied.push('height');
    text += rng.pick([`，高度${height}`, `，高${height}px`, ` 高${height}`]);
  }
  if (rng.chance(0.12)) {
    const on = rng.chance(0.65);
    props.autoplay = on;
    varied.push('autoplay');
    text = on ? rng.pick([`自动播放的${text}`, `${text}，自动轮播`, `${text}自动播放`]) : rng.pick([`${text}，不自动播放`, `${text}（手动切换）`, `不自动播放的${text}`]);
  }
  return said(text, props, varied);
}

const money = (rng: Rng): number => (rng.chance(0.7) ? rng.pick([9, 19, 29, 39, 49, 59, 69, 79, 88, 99, 128, 168, 199, 299, 399, 499, 599, 799, 999, 1299, 1999, 2999, 4999]) : rng.range(1, 3000) + rng.pick([0, 0.5, 0.9, 0.99]));
const fmtMoney = (n: number) => String(n);
const CURRENCIES = Object.entries(catalog.vocab.currencies).map(([symbol, entry]) => [entry.words[0]!, symbol] as const);

export function price({ rng, page }: PhraseContext): SaidSection {
  const word = page === 'cart_page' || page === 'checkout_page' ? rng.pick(['合计', '总价', '合计金额', '价格', '价格栏', '结算金额', '价格合计', '总计', '应付金额', '应付', '实付', '费用', '共计']) : rng.pick(['价格', '价格区', '售价', '价格栏', '价格信息', '价格区域', '价格展示', '商品价格']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  if (rng.chance(0.4)) {
    const value = money(rng);
    props.value = value;
    varied.push('value');
    const unit = rng.pick(['', '', '元', '块']);
    const yen = rng.chance(0.2) ? rng.pick(['¥', '￥']) : '';
    // "显示这次要付的钱 ¥168，原来是 ¥238": what is paid, said without a price word.
    if ((page === 'cart_page' || page === 'checkout_page') && rng.chance(0.05)) {
      const lead = rng.pick(['显示要付的钱', '显示这次要付的钱', '再显示要付的', '要付的钱']);
      if (rng.chance(0.5)) return said(`${lead} ¥${value}`, props, varied);
      const original = Math.round(value * rng.pick([1.2, 1.5, 2]));
      props.original = original;
      varied.push('original');
      return said(`${lead} ¥${value}，原来是 ¥${original}`, props, varied);
    }
    if (rng.chance(0.4)) {
      const original = Math.round(value * rng.pick([1.2, 1.5, 2, 3]));
      props.original = original;
      varied.push('original');
      return said(
        rng.pick([`原价${original}现价${value}`, `现价${yen}${value}${unit}，原价${original}${unit}`, `${word}${value}（原价${original}）`, `${word}${value}${unit}，划线价${original}`, `${word} ¥${value}，原价 ¥${original}`, `${word}（¥${value} 原价¥${original}）`, `${word} ${value}，原价 ${original}`]),
        props, varied,
      );
    }
    if (rng.chance(0.12)) {
      // A named currency: the symbol is what the document holds.
      const [currencyWord, symbol] = rng.pick(CURRENCIES);
      props.currency = symbol;
      varied.push('currency');
      return said(rng.pick([`${word}${value}${currencyWord}`, `${currencyWord}${word}${value}`, `${word}${symbol}${value}`, `${word}${value}，用${currencyWord}`]), props, varied);
    }
    return said(rng.pick([`${word}${yen}${fmtMoney(value)}${unit}`, `${word}${namingVerb(rng)}${yen}${fmtMoney(value)}${unit}`, `${word}（${yen}${fmtMoney(value)}）`]), props, varied);
  }
  if (rng.chance(0.04)) {
    const [currencyWord, symbol] = rng.pick(CURRENCIES);
    return said(rng.pick([`${word}用${currencyWord}`, `${currencyWord}${word}`, `${word}（${currencyWord}）`]), { currency: symbol }, ['currency']);
  }
  return said(word, props, varied);
}

export function seller({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(page === 'detail_page' ? ['卖家信息', '店铺信息', '商家信息', '卖家', '店铺', '商家', '卖家卡片'] : ['卖家信息', '店铺信息', '商家信息']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.3)) {
    const name = rng.chance(0.6) ? V.brandName(rng) : V.userName(rng);
    props.name = name;
    varied.push('name');
    text = rng.pick([`${word}，店名${namingVerb(rng)}${quote(rng, name)}`, `${word}（${quote(rng, name)}）`, `店铺名${rng.pick(['叫', '是'])}${quote(rng, name)}的${word}`]);
  }
  if (rng.chance(0.2)) {
    const rating = rng.pick([4.5, 4.6, 4.7, 4.8, 4.9, 5]);
    props.rating = rating;
    varied.push('rating');
    text += rng.pick([`，评分${rating}`, ` ${rating}分`, `（${rating}分）`, `，评分 ${rating}`]);
  }
  if (rng.chance(0.15)) {
    const v = rng.chance(0.75);
    props.verified = v;
    varied.push('verified');
    text = v ? rng.pick([`已认证的${text}`, `${text}，带认证标`, `${text}（已认证）`]) : `${text}，未认证`;
  }
  return said(text, props, varied);
}

export function proof({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['正品保证', '服务保障', '商品保障', '保障', '服务承诺', '保障信息', '售后保障', '保障标签', '保障说明', '服务标签', '亮点标签', '权益标签']);
  if (rng.chance(0.3)) {
    const items = pickList(rng, V.PROOF_LABELS, 1, 4);
    const list = joinList(rng, items);
    return said(rng.pick([`${word}：${list}`, `${word}写${list}`, `${list}${rng.chance(0.5) ? '等' : ''}${word}`, `${word}（${list}）`]), { items }, ['items']);
  }
  return said(word);
}

export function cta({ rng, page, last }: PhraseContext): SaidSection {
  const labels = rng.chance(0.12) ? [...V.BUTTON_LABELS[page], V.freeButton(rng), V.freeButton(rng)] : V.BUTTON_LABELS[page];
  const roll = rng.next();
  const at = last && rng.chance(0.3) ? rng.pick(['底部', '最下面', '页面底部']) : '';
  if (roll < 0.04) {
    // Roles said outright win over the usual reading of two labels: either may be the main one.
    const [main, side] = rng.sample(labels, 2);
    const [qm, qs] = quotePair(rng, main, side);
    return said(
      rng.pick([`${at}按钮：${main}（主）、${side}（次）`, `${at}按钮：${side}（次）| ${main}（主）`, `${at}两个按钮，${qm}为主，${qs}为次`,
        `${at}两个按钮，${qs}是次要的，${qm}是主按钮`, `${at}主按钮${qm}，另一个${qs}`, `${at}主按钮是${qm}，旁边次要的是${qs}`,
        `${at}按钮写${qs}和${qm}，${main}是主按钮`]),
      { text: main, secondary: side }, ['text', 'secondary'], at !== '',
    );
  }
  if (roll < 0.15) {
    // Said in either order; the main one is the one that is no secondary action (`buttonRoles`).
    const [a, b] = rng.sample(labels, 2);
    const { text, secondary } = buttonRoles(a, b);
    return said(
      rng.pick([`${at}${a}和${b}两个按钮`, `${at}${a}、${b}两个按钮`, `${at}两个按钮：${a}和${b}`, `${at}按钮：${a}和${b}`, `${at}左边${a}右边${b}两个按钮`,
        ((q) => `${at}两个按钮：${q[0]}和${q[1]}`)(quotePair(rng, a, b)), ((q) => `${at}按钮${q[1]}，副按钮${q[0]}`)(quotePair(rng, secondary, text)),
        ((q) => `${at}按钮${q[1]}，旁边一个${q[0]}`)(quotePair(rng, secondary, text))]),
      { text, secondary }, ['text', 'secondary'], at !== '',
    );
  }
  if (roll < 0.7) {
    const text = rng.pick(labels);
    if (at && rng.chance(0.25)) return said(`${at}${text}`, { text, secondary: undefined }, ['text'], true);
    const q = quote(rng, text);
    // "按钮写“立即购买”，哦不，写“马上抢”": a label said again replaces the first.
    const others = labels.filter((l) => l !== text && !l.includes(text) && !text.includes(l));
    if (others.length && rng.chance(0.04)) {
      const [first, again] = quotePair(rng, rng.pick(others), text);
      // (Either words taking it back or a verb of changing: "，嗯，写“B”" alone would be a second value.)
      const [gap, verb] = rng.pick([[rng.pick(['，哦不，', '……不对，', '——算了，']), rng.pick(['改成', '写', '还是写', '换成'])], ['，嗯，', rng.pick(['改成', '还是写', '换成'])]] as const);
      return said(`${at}按钮${rng.pick(['写', '写着'])}${first}${gap}${verb}${again}`, { text, secondary: undefined }, ['text'], at !== '');
    }
    // Naming the buttons replaces the usual ones: one named button means one button.
    return said(
      rng.pick([`${at}${q}按钮`, `${at}一个${q}按钮`, `${at}按钮${namingVerb(rng)}${q}`, `${at}按钮叫${q}`, `${at}按钮是${q}`, `${at}${rng.pick(['放', '加'])}一个${q}的按钮`, `${at}操作按钮${rng.pick(['写', '：'])}${q}`]),
      { text, secondary: undefined }, ['text'], at !== '',
    );
  }
  return said(`${at}${rng.pick(['按钮', '操作按钮', '底部按钮', '主按钮', '一个按钮', 'button', '操作栏'])}`, {}, [], at !== '');
}
