// Content: banners, notices, lists and text.
import type { PageName } from '@uidsl/dsl';
import { joinList, namingVerb, quote } from '../say.ts';
import * as V from '../values.ts';
import { said, countOnly, usual, type PhraseContext, type SaidSection } from './common.ts';

export function banner({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(page === 'login_page' ? ['欢迎语', '欢迎横幅', 'banner', '头图', '顶部大图'] : ['banner', '横幅', '广告位', '海报', '广告banner', '活动横幅', '头图', '宣传图', 'Banner']);
  if (rng.chance(0.4)) {
    const title = page === 'login_page' && rng.chance(0.5) ? rng.pick(['欢迎回来', '你好呀', '欢迎登录', 'Hi 欢迎']) : rng.chance(0.25) ? V.freeLabel(rng).replace(/(专区|推荐|精选|馆|榜|频道|分类)$/, '') + rng.pick(['节', '特惠', '上新', '狂欢', '季', '专场']) : rng.pick(V.BANNER_TITLES);
    const props: Record<string, unknown> = { title };
    const varied = ['title'];
    // "banner：标题“X”", "大横幅，标题“X”": the way written specs label a banner's texts.
    let text = rng.pick([`${word}标题${namingVerb(rng)}${quote(rng, title)}`, `${word}写${quote(rng, title)}`, `${word}：${quote(rng, title)}`, `${quote(rng, title)}${word}`, `${word}：标题${quote(rng, title)}`, `${word}，标题${quote(rng, title)}`]);
    // "横幅，大字写“X”，小字写“Y”": the big and the small text.
    const sizes = rng.chance(0.1);
    if (sizes) text = `${word}，大字${rng.pick(['写', '是', ''])}${quote(rng, title)}`;
    if (rng.chance(sizes ? 0.7 : 0.35)) {
      const subtitle = rng.pick(V.BANNER_SUBTITLES);
      props.subtitle = subtitle;
      varied.push('subtitle');
      text += sizes ? `，小字${rng.pick(['写', '是', ''])}${quote(rng, subtitle)}` : rng.pick([`，副标题${namingVerb(rng)}${quote(rng, subtitle)}`, ` 副标题${quote(rng, subtitle)}`, `，副标题${quote(rng, subtitle)}`]);
    }
    return said(text, props, varied);
  }
  return said(word);
}

export function noticeBar({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['公告栏', '公告', '通知栏', '滚动公告', '通知条', '跑马灯公告', '公告条', '消息通知条', '通知公告', '滚动通知']);
  if (rng.chance(0.4)) {
    const text = rng.pick(V.NOTICE_TEXTS);
    const q = quote(rng, text);
    // ("滚动一条“…”", "先提醒一下“…”": a notice said by what it does, since the eighteenth session.)
    if (rng.chance(0.06)) return said(rng.pick([`滚动一条${q}`, `先提醒一下${q}`, `一条消息滚着：${q}`]), { text }, ['text']);
    return said(rng.pick([`${word}${namingVerb(rng)}${q}`, `${word}：${q}`, `${word}显示${q}`, `${word}（${q}）`, `${word}，内容是${q}`]), { text }, ['text']);
  }
  return said(word);
}

export function list({ rng, page }: PhraseContext): SaidSection {
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
  } else if (rng.chance(0.08)) {
    const n = rng.range(2, 8);
    props.items = usual('list', n, page).map((title) => ({ title }));
    varied.push('items');
    text = countOnly(rng, text, n, '条');
  }
  return said(text, props, varied);
}

export function text({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(page === 'detail_page' ? ['商品详情介绍', '详情介绍', '图文详情', '商品描述'] : ['正文', '文本', '文章正文', '文字内容', '文章内容', '正文内容', '内容区', '说明文字', '文字介绍', '一段文字', '一段说明']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let out = word;
  if (rng.chance(0.25)) {
    const title = rng.pick(V.ARTICLE_TITLES);
    props.title = title;
    varied.push('title');
    out = rng.pick([`${word}，文章标题${namingVerb(rng)}${quote(rng, title)}`, `标题为${quote(rng, title)}的${word}`, `${word}（标题${quote(rng, title)}）`, `${word}，标题${namingVerb(rng)}${quote(rng, title)}`]);
  }
  if (rng.chance(0.2)) {
    const body = rng.pick(V.ARTICLE_BODIES);
    props.body = body;
    varied.push('body');
    out += rng.pick([`，内容写${quote(rng, body)}`, `，正文${namingVerb(rng)}${quote(rng, body)}`]);
  }
  return said(out, props, varied);
}
