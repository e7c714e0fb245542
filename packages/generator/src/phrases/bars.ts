// Bars: the top bar, the search bar, tabs and the bottom tab bar.
import type { Icon, PageName } from '@uidsl/dsl';
import type { Rng } from '../rng.ts';
import { correctedList, countWord, joinList, namingVerb, quote, quotePair } from '../say.ts';
import { ordinal } from '../numerals.ts';
import * as V from '../values.ts';
import { said, sparesFor, hasPos, type PhraseContext, type SaidSection } from './common.ts';

/** Icon words people use in bars; the first word of each is the one most people write. */
const BAR_ICON_WORDS: Partial<Record<Icon, readonly string[]>> = {
  search: ['搜索'], bell: ['通知', '铃铛', '消息提醒'], cart: ['购物车'], share: ['分享'], more: ['更多', '三个点'], back: ['返回'],
  settings: ['设置'], scan: ['扫码', '扫一扫'], message: ['消息'], heart: ['收藏'], home: ['首页', '主页'], category: ['分类'],
  plus: ['发布', '加号'], user: ['我的', '个人'], edit: ['编辑'], location: ['定位'], service: ['客服'], filter: ['筛选'],
};
const TOP_ICONS: readonly Icon[] = ['back', 'share', 'search', 'more', 'bell', 'cart', 'message', 'settings', 'scan', 'heart', 'edit', 'location', 'service', 'filter'];
const TABBAR_ICONS: readonly Icon[] = ['home', 'category', 'search', 'plus', 'message', 'cart', 'user'];
const iconWord = (rng: Rng, icon: Icon) => rng.pick(BAR_ICON_WORDS[icon] ?? [icon]);

export function topbar({ rng, page }: PhraseContext): SaidSection {
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
        // "顶部写“消息”": no bar word at all, the top shows the title.
        `${rng.pick(['顶部', '最上面', '上面', '顶上'])}${rng.pick(['写', '写着', '显示'])}${q}`,
        `${rng.pick(['顶部', '最上面', '顶上'])}${quotePair(rng, title, title)[0]}`,
        // "最上面一条写着店名「…」": what a shop owner sees at the top.
        // (Quoted: a name unquoted after 店名 may hold a section's word, "精选好物".)
        `${rng.pick(['最上面', '顶上', '最上面'])}${rng.pick(['一条', '一行', ''])}${rng.pick(['写着', '写'])}${rng.pick(['店名', '名字', ''])}${rng.pick([`「${title}」`, `“${title}”`, `'${title}'`])}`,
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

export function searchBar({ rng, first }: PhraseContext): SaidSection {
  const top = first && rng.chance(0.45);
  const word = top ? rng.pick(['顶部搜索', '顶部搜索框', '顶部搜索栏', '最上面一个搜索框', '上方搜索栏']) : rng.pick(['搜索栏', '搜索框', '搜索条', '搜索', 'search框', '搜索输入框', '搜索入口', 'search bar', '搜索区']);
  if (rng.chance(0.3)) {
    const ph = rng.pick(V.PLACEHOLDERS);
    const q = quote(rng, ph);
    return said(
      rng.pick([`${word}提示${q}`, `${word}，占位文字${namingVerb(rng)}${q}`, `${word}（${q}）`, `${word}里写着${q}`, `${word}默认显示${q}`, `${word}placeholder${rng.pick(['是', '：'])}${q}`, `${word}，写${q}`]),
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

export function tabs({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['标签页', '标签', 'tab', '选项卡', '分类标签', 'tab栏', 'tabs', '标签栏', '分段选项', '顶部tab', 'tab切换', '分类tab']);
  if (rng.chance(0.55)) {
    const items = V.labels(rng, tabLabels(page), 2, 5);
    const props: Record<string, unknown> = { items };
    const varied = ['items'];
    const list = joinList(rng, items);
    const n = countWord(rng, items.length);
    let text = rng.pick([`${word}${list}`, `${word}有${list}`, `${list}${rng.chance(0.5) ? n : ''}${word}`, `${word}：${list}`, `${word}（${list}）`, `有${list}${n}${word}`, `${n}${word}：${list}`]);
    // "tab分：全部、待取车", "分三个tab，私信、群聊": 分 before the entries.
    if (rng.chance(0.03)) text = rng.chance(0.5) ? `${rng.pick(['tab', '标签'])}分：${items.join('、')}` : `分${n}${rng.pick(['tab', '标签'])}，${items.join('、')}`;
    // "下面切换：全部、待付款", "两个可以切换的：在卖、已卖出": what the user switches between.
    if (rng.chance(0.04)) text = `${rng.pick(['', '上面', '下面', `${n}`, `${n}可以`])}切换${rng.pick(['', '的'])}：${items.join('、')}`;
    // "推荐、关注、附近……附近改成同城": a list corrected on the way.
    const spare = sparesFor(tabLabels(page), items);
    if (spare.length && rng.chance(0.04)) text = `${word}：${correctedList(rng, items, rng.pick(spare))}`;
    // "用户能在 推荐、关注 之间切换": what the tabs do, no tab word at all.
    if (rng.chance(0.06)) {
      const sp = rng.chance(0.5) ? ' ' : '';
      text = `${rng.pick(['用户能在', '可以在', '用户可以在', '在'])}${sp}${joinList(rng, items)}${sp}之间${rng.pick(['切换', '来回切换', '切换', '选'])}`;
    }
    // "下面能切 全部/待付款", "可以按 上衣/裙子 切换" (since the eighteenth session): the switching verb, entries by slashes.
    if (rng.chance(0.04)) {
      const slashed = items.join(rng.pick(['/', ' / ', '｜']));
      text = rng.chance(0.5) ? `${rng.pick(['下面能切', '可以切', '能切换', '下面切换'])} ${slashed}` : `可以按 ${slashed} 切换`;
    }
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

export function tabbar({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['底部导航', '底部导航栏', 'tabbar', '底部tab', '底栏', '底部菜单栏', 'tab bar', '底部标签栏', '底部tabbar', '底部菜单', '底部导航条', 'TabBar', '底tab', '底tab栏']);
  if (rng.chance(0.3)) {
    const icons = rng.sample(TABBAR_ICONS, rng.range(3, 5)).sort((a, b) => TABBAR_ICONS.indexOf(a) - TABBAR_ICONS.indexOf(b));
    const list = joinList(rng, icons.map((i) => iconWord(rng, i)));
    // "最下面一排能切换首页、分类和我的": what the bar does.
    const named = rng.chance(0.06)
      ? `${rng.pick(['最下面一排', '底部'])}能切换${joinList(rng, icons.map((i) => iconWord(rng, i)))}`
      : rng.pick([`${word}有${list}`, `${word}：${list}`, `${word}（${list}）`, `${list}${countWord(rng, icons.length)}${rng.pick(['tab', '入口', '图标'])}的${word}`]);
    // "最底下固定几个按钮：首页、分类、我的": the bar seen as a row of buttons.
    const seen = `${rng.pick(['最底下固定几个按钮', '最下面几个按钮', '底部固定', `底部${countWord(rng, icons.length)}按钮`])}：${icons.map((i) => iconWord(rng, i)).join('、')}`;
    return said(rng.chance(0.05) ? seen : named, { items: icons }, ['items'], true);
  }
  return said(word, {}, [], hasPos(word));
}
