import type { Icon, PageName, SectionType } from '@uidsl/dsl';
import type { Rng } from './rng.ts';
import { countWord, joinList, namingVerb, quote } from './say.ts';
import { chineseCount, chineseNumber, ordinal } from './numerals.ts';
import { fieldTypeFor, iconFor } from './infer.ts';
import * as V from './values.ts';

/** Where the phrase sits in the description: the composer adds 顶部/底部/然后... around it. */
export interface PhraseContext {
  rng: Rng;
  page: PageName;
  first: boolean;
  last: boolean;
}

/** One section as the user says it: the words, and the props those words fix. */
export interface SaidSection {
  text: string;
  props: Record<string, unknown>;
  /** The words already say where it is (顶部..., 底部...), so the composer adds no position word. */
  placed?: boolean;
  /** Names of what was varied, for the record's meta. */
  varied: string[];
}

type Phraser = (c: PhraseContext) => SaidSection;

const said = (text: string, props: Record<string, unknown> = {}, varied: string[] = [], placed = false): SaidSection => ({ text, props, varied, placed });
const pickList = (rng: Rng, pool: readonly string[], lo: number, hi: number) => rng.sample(pool, rng.range(lo, Math.min(hi, pool.length)));
const hasPos = (w: string) => /^(顶部|底部|头部|最上|最下|上方|下方)/.test(w);

/** Icon words people use in bars; the first word of each is the one most people write. */
const BAR_ICON_WORDS: Partial<Record<Icon, readonly string[]>> = {
  search: ['搜索'], bell: ['通知', '铃铛', '消息提醒'], cart: ['购物车'], share: ['分享'], more: ['更多', '三个点'], back: ['返回'],
  settings: ['设置'], scan: ['扫码', '扫一扫'], message: ['消息'], heart: ['收藏'], home: ['首页', '主页'], category: ['分类'],
  plus: ['发布', '加号'], user: ['我的', '个人'], edit: ['编辑'], location: ['定位'], service: ['客服'], filter: ['筛选'],
};
const TOP_ICONS: readonly Icon[] = ['back', 'share', 'search', 'more', 'bell', 'cart', 'message', 'settings', 'scan', 'heart', 'edit', 'location', 'service', 'filter'];
const TABBAR_ICONS: readonly Icon[] = ['home', 'category', 'search', 'plus', 'message', 'cart', 'user'];
const iconWord = (rng: Rng, icon: Icon) => rng.pick(BAR_ICON_WORDS[icon] ?? [icon]);

function topbar({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['顶部标题栏', '标题栏', '导航栏', '顶栏', '顶部栏', '头部', 'header', '顶部导航栏', '标题栏', '顶部导航']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  const parts: string[] = [];
  const roll = rng.next();
  if (roll < 0.35) {
    const title = rng.chance(0.5) ? V.brandName(rng) : rng.pick(V.PAGE_TITLES[page]);
    props.title = title;
    varied.push('title');
    const q = quote(rng, title);
    parts.push(
      rng.pick([
        `${word}标题${namingVerb(rng)}${q}`,
        `${word}${rng.pick(['写', '写着', '显示', '叫'])}${q}`,
        `顶部标题${rng.pick(['', '叫', '是', '：'])}${q}`,
        `标题${rng.pick(['叫', '是', '为'])}${q}的${word}`,
        `${word}（${q}）`,
        `标题栏${rng.pick(['写', '叫', '显示'])}${q}`,
        `${word}，页面标题${rng.pick(['叫', '是', '为'])}${q}`,
      ]),
    );
  } else {
    parts.push(word);
  }
  if (rng.chance(roll < 0.35 ? 0.25 : 0.35)) {
    const icons = rng.sample(TOP_ICONS, rng.weighted([[1, 5], [2, 4], [3, 1]] as const));
    props.actions = icons;
    varied.push('actions');
    const words = icons.map((i) => iconWord(rng, i));
    if (icons.length <= 2 && rng.chance(0.4) && parts.length === 1 && !props.title) {
      // "顶部返回按钮", "顶部返回和分享": the bar is implied by its actions alone.
      const list = icons.length === 1 ? words[0] : `${words[0]}${rng.pick(['和', '、', '+', '跟'])}${words[1]}`;
      return said(`${rng.pick(['顶部', '顶部', '顶部有', '左上角', '上方'])}${list}${rng.pick(['按钮', '图标', '键', '', ''])}`, props, varied, true);
    }
    parts.push(rng.pick([`带${joinList(rng, words)}${rng.pick(['图标', '按钮', ''])}`, `右上角${rng.pick(['是', '放', '有'])}${joinList(rng, words)}`, `有${joinList(rng, words)}${rng.pick(['按钮', '图标'])}`]));
  } else if (rng.chance(0.04)) {
    const logo = V.brandName(rng);
    props.logo = logo;
    varied.push('logo');
    parts.push(`左边logo${rng.pick(['写', '是', '：'])}${quote(rng, logo)}`);
  }
  const sep = rng.pick(['', '，', ' ', '，', '']);
  return said(parts.join(sep), props, varied, hasPos(parts[0]));
}

function searchBar({ rng, first }: PhraseContext): SaidSection {
  const top = first && rng.chance(0.45);
  const word = top ? rng.pick(['顶部搜索', '顶部搜索框', '顶部搜索栏', '最上面一个搜索框', '上方搜索栏']) : rng.pick(['搜索栏', '搜索框', '搜索条', '搜索', 'search框', '搜索输入框', '搜索入口', 'search bar', '搜索区']);
  if (rng.chance(0.3)) {
    const ph = rng.pick(V.PLACEHOLDERS);
    const q = quote(rng, ph);
    return said(
      rng.pick([`${word}提示${q}`, `${word}，占位文字${namingVerb(rng)}${q}`, `${word}（${q}）`, `${word}里写着${q}`, `${word}默认显示${q}`, `${word}placeholder${rng.pick(['是', '：'])}${q}`]),
      { placeholder: ph }, ['placeholder'], top,
    );
  }
  return said(word, {}, [], top);
}

function tabLabels(page: PageName): readonly string[] {
  if (page === 'order_page') return V.TAB_LABELS.order;
  if (page === 'message_page') return V.TAB_LABELS.message;
  if (page === 'search_page') return V.TAB_LABELS.search;
  if (page === 'profile_page') return V.TAB_LABELS.profile;
  if (page === 'article_page') return V.TAB_LABELS.article;
  return V.TAB_LABELS.feed;
}

function tabs({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['标签页', '标签', 'tab', '选项卡', '分类标签', 'tab栏', 'tabs', '标签栏', '分段选项', '顶部tab', 'tab切换', '分类tab']);
  if (rng.chance(0.55)) {
    const items = V.labels(rng, tabLabels(page), 2, 5);
    const props: Record<string, unknown> = { items };
    const varied = ['items'];
    const list = joinList(rng, items);
    const n = countWord(rng, items.length);
    let text = rng.pick([`${word}${list}`, `${word}有${list}`, `${list}${rng.chance(0.5) ? n : ''}${word}`, `${word}：${list}`, `${word}（${list}）`, `有${list}${n}${word}`, `${n}${word}：${list}`]);
    if (rng.chance(0.2)) {
      const active = rng.int(items.length);
      props.active = active;
      varied.push('active');
      text += rng.pick([`，默认选中${items[active]}`, `，${ordinal(active, rng.chance(0.5))}个默认选中`, `，默认在${items[active]}`]);
    }
    return said(text, props, varied);
  }
  return said(word);
}

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

function cardList({ rng, page }: PhraseContext): SaidSection {
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

function carousel({ rng }: PhraseContext): SaidSection {
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
const CURRENCIES = [['美元', '$'], ['欧元', '€'], ['港币', 'HK$'], ['英镑', '£']] as const;

function price({ rng, page }: PhraseContext): SaidSection {
  const word = page === 'cart_page' || page === 'checkout_page' ? rng.pick(['合计', '总价', '合计金额', '价格', '价格栏', '结算金额', '价格合计', '总计', '应付金额']) : rng.pick(['价格', '价格区', '售价', '价格栏', '价格信息', '价格区域', '价格展示', '商品价格']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  if (rng.chance(0.4)) {
    const value = money(rng);
    props.value = value;
    varied.push('value');
    const unit = rng.pick(['', '', '元', '块']);
    const yen = rng.chance(0.2) ? rng.pick(['¥', '￥']) : '';
    if (rng.chance(0.4)) {
      const original = Math.round(value * rng.pick([1.2, 1.5, 2, 3]));
      props.original = original;
      varied.push('original');
      return said(
        rng.pick([`原价${original}现价${value}`, `现价${yen}${value}${unit}，原价${original}${unit}`, `${word}${value}（原价${original}）`, `${word}${value}${unit}，划线价${original}`]),
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

function seller({ rng, page }: PhraseContext): SaidSection {
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
    text += rng.pick([`，评分${rating}`, ` ${rating}分`, `（${rating}分）`]);
  }
  if (rng.chance(0.15)) {
    const v = rng.chance(0.75);
    props.verified = v;
    varied.push('verified');
    text = v ? rng.pick([`已认证的${text}`, `${text}，带认证标`, `${text}（已认证）`]) : `${text}，未认证`;
  }
  return said(text, props, varied);
}

function proof({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['正品保证', '服务保障', '商品保障', '保障', '服务承诺', '保障信息', '售后保障', '保障标签', '保障说明', '服务标签']);
  if (rng.chance(0.3)) {
    const items = pickList(rng, V.PROOF_LABELS, 1, 4);
    const list = joinList(rng, items);
    return said(rng.pick([`${word}：${list}`, `${word}写${list}`, `${list}${rng.chance(0.5) ? '等' : ''}${word}`, `${word}（${list}）`]), { items }, ['items']);
  }
  return said(word);
}

function cta({ rng, page, last }: PhraseContext): SaidSection {
  const labels = rng.chance(0.12) ? [...V.BUTTON_LABELS[page], V.freeButton(rng), V.freeButton(rng)] : V.BUTTON_LABELS[page];
  const roll = rng.next();
  const at = last && rng.chance(0.3) ? rng.pick(['底部', '最下面', '页面底部']) : '';
  if (roll < 0.15) {
    const [secondary, text] = rng.sample(labels, 2);
    return said(
      rng.pick([`${at}${secondary}和${text}两个按钮`, `${at}${secondary}、${text}两个按钮`, `${at}两个按钮：${secondary}和${text}`, `${at}按钮：${secondary}和${text}`, `${at}左边${secondary}右边${text}两个按钮`]),
      { text, secondary }, ['text', 'secondary'], at !== '',
    );
  }
  if (roll < 0.7) {
    const text = rng.pick(labels);
    if (at && rng.chance(0.25)) return said(`${at}${text}`, { text, secondary: undefined }, ['text'], true);
    const q = quote(rng, text);
    // Naming the buttons replaces the usual ones: one named button means one button.
    return said(
      rng.pick([`${at}${q}按钮`, `${at}一个${q}按钮`, `${at}按钮${namingVerb(rng)}${q}`, `${at}按钮叫${q}`, `${at}按钮是${q}`, `${at}${rng.pick(['放', '加'])}一个${q}的按钮`, `${at}操作按钮${rng.pick(['写', '：'])}${q}`]),
      { text, secondary: undefined }, ['text'], at !== '',
    );
  }
  return said(`${at}${rng.pick(['按钮', '操作按钮', '底部按钮', '主按钮', '一个按钮', 'button', '操作栏'])}`, {}, [], at !== '');
}

function tabbar({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['底部导航', '底部导航栏', 'tabbar', '底部tab', '底栏', '底部菜单栏', 'tab bar', '底部标签栏', '底部tabbar', '底部菜单', '底部导航条', 'TabBar']);
  if (rng.chance(0.3)) {
    const icons = rng.sample(TABBAR_ICONS, rng.range(3, 5)).sort((a, b) => TABBAR_ICONS.indexOf(a) - TABBAR_ICONS.indexOf(b));
    const list = joinList(rng, icons.map((i) => iconWord(rng, i)));
    return said(rng.pick([`${word}有${list}`, `${word}：${list}`, `${word}（${list}）`, `${list}${countWord(rng, icons.length)}${rng.pick(['tab', '入口', '图标'])}的${word}`]), { items: icons }, ['items'], true);
  }
  return said(word, {}, [], hasPos(word));
}

function userInfo({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['用户信息', '头像昵称', '个人信息', '头像和昵称', '用户头像昵称', '头像+昵称', '用户资料卡', '个人资料', '用户头像', '头像区域', '个人信息卡']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (word.includes('头像')) props.avatar = true;
  if (rng.chance(0.2)) {
    const name = V.userName(rng);
    props.name = name;
    varied.push('name');
    text = rng.pick([`${word}，昵称${namingVerb(rng)}${quote(rng, name)}`, `${word}（${quote(rng, name)}）`, `用户名${rng.pick(['是', '叫'])}${quote(rng, name)}的${word}`]);
  }
  if (!word.includes('头像') && rng.chance(0.15)) {
    const on = rng.chance(0.5);
    props.avatar = on;
    varied.push('avatar');
    text += on ? rng.pick(['，带头像', '，显示头像']) : rng.pick(['，不要头像', '，不显示头像']);
  }
  if (rng.chance(0.12)) {
    const stats = pickList(rng, V.STAT_LABELS, 2, 3);
    props.stats = stats;
    varied.push('stats');
    text += rng.pick([`，下面显示${joinList(rng, stats)}`, `，带${joinList(rng, stats)}数`]);
  }
  return said(text, props, varied);
}

const iconLabels = (labels: string[]) => labels.map((label) => { const icon = iconFor(label); return icon ? { icon, label } : { label }; });

function menuList({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(page === 'settings_page' ? ['菜单列表', '设置项', '设置列表', '选项列表', '功能列表', '菜单'] : ['菜单列表', '菜单', '功能列表', '功能菜单', '列表菜单', '服务列表', '列表式菜单', '常用功能']);
  if (rng.chance(0.35)) {
    const pool = page === 'settings_page' ? V.MENU_LABELS.settings : page === 'checkout_page' ? V.MENU_LABELS.checkout : V.MENU_LABELS.profile;
    const labels = V.labels(rng, pool, 2, 5, 0.15);
    const list = joinList(rng, labels);
    return said(rng.pick([`${word}有${list}`, `${word}：${list}`, `${word}（${list}）`, `${list}${rng.chance(0.5) ? '等' : ''}${word}`, `${word}包含${list}`]), { items: iconLabels(labels) }, ['items']);
  }
  return said(word);
}

function formLabels(page: PageName): readonly string[] {
  if (page === 'login_page') return V.FORM_LABELS.login;
  if (page === 'publish_page') return V.FORM_LABELS.publish;
  if (page === 'checkout_page') return V.FORM_LABELS.checkout;
  if (page === 'profile_page' || page === 'settings_page') return V.FORM_LABELS.profile;
  return V.FORM_LABELS.generic;
}

/** Pages whose form owns the page's button: there "按钮写X" sets `form.submit`. */
export const FORM_SUBMIT_PAGES: readonly PageName[] = ['login_page', 'publish_page'];

function form({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['表单', '输入框', '填写区', '信息填写', '输入区域', '表单区']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.6)) {
    const labels = pickList(rng, formLabels(page), 1, 5);
    props.fields = labels.map((label) => ({ label, type: fieldTypeFor(label) }));
    varied.push('fields');
    const list = joinList(rng, labels);
    const n = countWord(rng, labels.length, rng.pick(['个', '项']));
    const compact = labels.length <= 3 && labels.every((l) => l.length <= 3) && rng.chance(0.15);
    if (compact) {
      text = `${labels.join('')}${rng.chance(0.6) ? n : ''}${rng.pick(['输入框', '输入项', '框'])}`;
    } else if (rng.chance(0.1)) {
      text = labels.map((l) => `${l}${rng.pick(['输入框', '框'])}`).join(rng.pick(['、', '，', '和']));
    } else text = rng.pick([
      `${word}${rng.pick(['包含', '有', '：'])}${list}`,
      `${list}${rng.chance(0.4) ? n : ''}${rng.pick(['输入框', '字段', '填写项'])}`,
      `${word}${rng.pick(['包含', '有'])}${list}${n}${rng.pick(['字段', '输入项', ''])}`,
      `字段：${list}`,
      `填写${list}`,
      `${word}（${list}）`,
    ]);
  }
  if (FORM_SUBMIT_PAGES.includes(page) && rng.chance(0.45)) {
    const submit = rng.pick(V.BUTTON_LABELS[page]);
    props.submit = submit;
    varied.push('submit');
    const q = quote(rng, submit);
    text += rng.pick([`，${rng.pick(['提交', '底部', ''])}按钮${namingVerb(rng)}${q}`, `，${q}按钮`, `，下面一个${q}按钮`, ` 按钮${q}`]);
  }
  return said(text, props, varied);
}

function filters({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['筛选', '筛选条件', '筛选栏', '排序筛选', '排序', '筛选项', '排序栏', '过滤条件', '热门标签筛选', '筛选标签']);
  if (rng.chance(0.35)) {
    const items = V.labels(rng, V.FILTER_LABELS, 2, 5, 0.15);
    const list = joinList(rng, items);
    return said(rng.pick([`${word}：${list}`, `${list}${word}`, `按${list}排序`, `${word}有${list}`, `${word}（${list}）`]), { items }, ['items']);
  }
  return said(word);
}

function banner({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(page === 'login_page' ? ['欢迎语', '欢迎横幅', 'banner', '头图', '顶部大图'] : ['banner', '横幅', '广告位', '海报', '广告banner', '活动横幅', '头图', '宣传图', 'Banner']);
  if (rng.chance(0.4)) {
    const title = page === 'login_page' && rng.chance(0.5) ? rng.pick(['欢迎回来', '你好呀', '欢迎登录', 'Hi 欢迎']) : rng.chance(0.25) ? V.freeLabel(rng).replace(/(专区|推荐|精选|馆|榜|频道|分类)$/, '') + rng.pick(['节', '特惠', '上新', '狂欢', '季', '专场']) : rng.pick(V.BANNER_TITLES);
    const props: Record<string, unknown> = { title };
    const varied = ['title'];
    let text = rng.pick([`${word}标题${namingVerb(rng)}${quote(rng, title)}`, `${word}写${quote(rng, title)}`, `${word}：${quote(rng, title)}`, `${quote(rng, title)}${word}`]);
    if (rng.chance(0.35)) {
      const subtitle = rng.pick(V.BANNER_SUBTITLES);
      props.subtitle = subtitle;
      varied.push('subtitle');
      text += rng.pick([`，副标题${namingVerb(rng)}${quote(rng, subtitle)}`, ` 副标题${quote(rng, subtitle)}`]);
    }
    return said(text, props, varied);
  }
  return said(word);
}

function gridMenu({ rng, page }: PhraseContext): SaidSection {
  const orderGrid = page === 'profile_page' && rng.chance(0.4);
  const word = orderGrid ? rng.pick(['订单状态宫格', '订单入口', '订单宫格']) : rng.pick(['宫格菜单', '金刚区', '宫格', '图标入口', '快捷入口', '功能宫格', '图标导航', '分类入口', '宫格导航', '图标菜单', '功能入口', '快捷功能区']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.3)) {
    const labels = V.labels(rng, orderGrid ? V.MENU_LABELS.orderGrid : V.MENU_LABELS.grid, 3, 5, orderGrid ? 0 : 0.25);
    props.items = iconLabels(labels);
    varied.push('items');
    const list = joinList(rng, labels);
    text = rng.pick([`${word}有${list}`, `${word}：${list}`, `${list}${rng.chance(0.5) ? countWord(rng, labels.length) : ''}${word}`, `${word}（${list}）`]);
  }
  if (rng.chance(0.25)) {
    const columns = rng.range(2, 5);
    // The schema orders grid-menu props items, columns; the composer re-orders anyway.
    props.columns = columns;
    varied.push('columns');
    const n = rng.chance(0.5) ? chineseNumber(columns) : String(columns);
    text = rng.pick([`${n}列${text}`, `${text}，每行${n}个`, `${text}（${n}列）`, `一行${n}个的${text}`]);
  }
  return said(text, props, varied);
}

function noticeBar({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['公告栏', '公告', '通知栏', '滚动公告', '通知条', '跑马灯公告', '公告条', '消息通知条', '通知公告', '滚动通知']);
  if (rng.chance(0.4)) {
    const text = rng.pick(V.NOTICE_TEXTS);
    const q = quote(rng, text);
    return said(rng.pick([`${word}${namingVerb(rng)}${q}`, `${word}：${q}`, `${word}显示${q}`, `${word}（${q}）`]), { text }, ['text']);
  }
  return said(word);
}

function list({ rng, page }: PhraseContext): SaidSection {
  const byPage: Partial<Record<PageName, readonly string[]>> = {
    order_page: ['订单列表', '订单信息列表', '订单卡片列表', '列表'],
    message_page: ['消息列表', '会话列表', '聊天列表', '通知列表', '列表'],
    cart_page: ['商品列表', '购物车商品列表', '已选商品列表', '列表'],
    checkout_page: ['收货地址列表', '商品清单', '订单商品列表', '地址列表', '订单信息', '商品列表', '订单列表', '订单信息列表'],
    article_page: ['评论列表', '相关推荐列表', '列表'],
    settings_page: ['列表', '选项列表', '信息列表'],
  };
  const word = rng.pick(byPage[page] ?? ['列表', '信息列表', '普通列表', '条目列表']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (word === '聊天列表') props.style = 'chat';
  else if (word === '订单卡片列表') props.style = 'card';
  else if (rng.chance(0.25)) {
    const style = rng.pick(['plain', 'card', 'chat'] as const);
    props.style = style;
    varied.push('style');
    const sw = { plain: ['普通样式', '简单样式', '纯文字样式'], card: ['卡片样式', '卡片式', '卡片形式'], chat: ['聊天样式', '聊天气泡样式', '对话样式'] }[style];
    const s = rng.pick(sw);
    text = rng.pick([`${s}的${word}`, `${word}（${s}）`, `${word}，${s}`, `${word}用${s}`, `${word}${s}`]);
  }
  if (rng.chance(0.15)) {
    const titles = V.labels(rng, V.LIST_TITLES, 2, 4, 0.3);
    props.items = titles.map((title) => ({ title }));
    varied.push('items');
    text += rng.pick([`，列表项：${joinList(rng, titles)}`, `（${joinList(rng, titles)}）`, `，有${joinList(rng, titles)}几条`]);
  }
  return said(text, props, varied);
}

function text({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(page === 'detail_page' ? ['商品详情介绍', '详情介绍', '图文详情', '商品描述'] : ['正文', '文本', '文章正文', '文字内容', '文章内容', '正文内容', '内容区', '说明文字', '文字介绍']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let out = word;
  if (rng.chance(0.25)) {
    const title = rng.pick(V.ARTICLE_TITLES);
    props.title = title;
    varied.push('title');
    out = rng.pick([`${word}，文章标题${namingVerb(rng)}${quote(rng, title)}`, `标题为${quote(rng, title)}的${word}`, `${word}（标题${quote(rng, title)}）`]);
  }
  if (rng.chance(0.2)) {
    const body = rng.pick(V.ARTICLE_BODIES);
    props.body = body;
    varied.push('body');
    out += rng.pick([`，内容写${quote(rng, body)}`, `，正文${namingVerb(rng)}${quote(rng, body)}`]);
  }
  return said(out, props, varied);
}

function stats({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['数据统计', '统计', '数据栏', '数据面板', '统计数据', '数据概览', '数据', '数据卡片']);
  if (rng.chance(0.4)) {
    const labels = pickList(rng, V.STAT_LABELS, 2, 4);
    const withValues = rng.chance(0.25);
    const values = labels.map(() => (rng.chance(0.5) ? rng.range(0, 999) : `${rng.range(1, 99) / 10}万`));
    const items = labels.map((label, i) => ({ label, value: withValues ? values[i] : 0 }));
    const list = withValues ? labels.map((l, i) => `${l}${values[i]}`).join(rng.pick(['、', ' ', '，'])) : joinList(rng, labels);
    const compact = !withValues && rng.chance(0.3) ? labels.join('') : list;
    return said(rng.pick([`${word}：${list}`, `${compact}${rng.chance(0.5) ? word : '数据'}`, `${word}（${list}）`, `${word}显示${list}`]), { items }, ['items']);
  }
  return said(word);
}

function steps({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['步骤条', '步骤', '进度条', '流程', '流程条', '步骤指示', '进度', '流程步骤', '进度指示']);
  const key = page === 'publish_page' ? 'publish' : page === 'login_page' ? 'login' : page === 'order_page' ? 'order' : 'checkout';
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.5)) {
    const items = rng.pick(V.STEP_LABELS[key]).slice();
    props.items = items;
    varied.push('items');
    const arrow = rng.pick(['→', '->', '-', '、', '>']);
    const list = arrow === '、' ? joinList(rng, items) : items.join(arrow);
    text = rng.pick([`${word}：${list}`, `${word}显示${list}`, `${list}${countWord(rng, items.length, '步')}${rng.chance(0.5) ? word : ''}`, `${word}（${list}）`]);
    if (rng.chance(0.3)) {
      const active = rng.int(items.length);
      props.active = active;
      varied.push('active');
      text += rng.pick([`，当前${ordinal(active, rng.chance(0.5))}步`, `，停在${items[active]}`]);
    }
  }
  return said(text, props, varied);
}

/** The phrasing of each section type: a registry, one function per type. */
export const phrasers: Record<SectionType, Phraser> = {
  topbar,
  'search-bar': searchBar,
  tabs,
  'card-list': cardList,
  carousel,
  price,
  seller,
  proof,
  cta,
  tabbar,
  'user-info': userInfo,
  'menu-list': menuList,
  form,
  filters,
  banner,
  'grid-menu': gridMenu,
  'notice-bar': noticeBar,
  list,
  text,
  stats,
  steps,
};

/**
 * Details people add that the DSL has no prop for ("圆角", "带角标"): the document ignores them,
 * and the model learns to. Never a word that names a value, a section or a theme.
 */
const DETAILS: Partial<Record<SectionType, readonly string[]>> = {
  topbar: ['，居中显示', '（固定在顶部）', '，吸顶', '，透明背景'],
  'card-list': ['，带价格和销量', '，圆角卡片', '（带角标）', '，显示销量', '，图片大一点'],
  carousel: ['，圆角', '（带指示点）', '，展示活动图'],
  list: ['，带头像', '，左滑删除', '（带时间）'],
  form: ['，带校验', '（必填项标星）'],
  'grid-menu': ['，图标圆形', '（带文字）'],
  'menu-list': ['，每项带箭头', '（右侧箭头）'],
  cta: ['，圆角', '，固定在底部', '（大一点）'],
  'user-info': ['，头像圆形', '（背景渐变）'],
  price: ['，红色大字', '（加粗）'],
  'notice-bar': ['，可关闭', '（滚动显示）'],
  tabbar: ['，图标加文字', '（固定）'],
};

export function withDetail<T extends SaidSection & { type: SectionType }>(rng: Rng, type: SectionType, s: T): T {
  const extra = DETAILS[type];
  if (!extra || !rng.chance(0.06)) return s;
  return { ...s, text: s.text + rng.pick(extra) };
}
