import { catalog, pageNames, type PageName, type ThemeName, type UiDslDocument, type Section } from '@uidsl/dsl';

/** A page type with its usual layout from the catalog, in a theme. */
export const usualPage = (name: PageName, theme: ThemeName): UiDslDocument => ({
  page: { name, theme, sections: catalog.pages[name].layout },
});

/** Every page type's usual layout, in one theme. */
export const usualPages = (theme: ThemeName): UiDslDocument[] => (pageNames as PageName[]).map((n) => usualPage(n, theme));

/** One section of every type with its props filled in, for tests, benchmarks and the gallery's demo. */
export const EVERY_SECTION: Section[] = [
  { type: 'topbar', props: { title: '潮鞋集市', logo: 'UI', actions: ['back', 'search', 'more'] } },
  { type: 'search-bar', props: { placeholder: '搜索你想要的' } },
  { type: 'notice-bar', props: { text: '新人专享:首单立减20元,活动截止本周日' } },
  { type: 'tabs', props: { items: ['推荐', '关注', '附近', '新品'], active: 1 } },
  { type: 'filters', props: { items: ['综合', '销量', '价格', '筛选'] } },
  { type: 'carousel', props: { count: 4, height: 160 } },
  { type: 'banner', props: { title: '限时特惠', subtitle: '全场满299减50' } },
  { type: 'grid-menu', props: { columns: 4, items: [{ icon: 'category', label: '分类' }, { icon: 'coupon', label: '领券' }, { icon: 'vip', label: '会员' }, { icon: 'gift', label: '签到' }, { icon: 'fire', label: '热门' }] } },
  { type: 'card-list', props: { columns: 2, card: { type: 'product-card' }, count: 2 } },
  { type: 'card-list', props: { columns: 1, card: { type: 'article-card' }, count: 1 } },
  { type: 'card-list', props: { columns: 3, card: { type: 'user-card' }, count: 3 } },
  { type: 'card-list', props: { columns: 2, card: { type: 'shop-card' }, count: 2 } },
  { type: 'card-list', props: { columns: 2, card: { type: 'video-card' }, count: 2 } },
  { type: 'price', props: { value: 1299, original: 1599, currency: '¥' } },
  { type: 'seller', props: { name: '官方旗舰店', rating: 4.6, verified: true } },
  { type: 'proof', props: { items: ['正品保证', '七天无理由', '极速退款'] } },
  { type: 'user-info', props: { name: '小鹿同学', avatar: true, stats: ['关注 12', '粉丝 3.4万'] } },
  { type: 'stats', props: { items: [{ label: '订单', value: 12 }, { label: '收藏', value: '86' }, { label: '足迹', value: '1.2k' }] } },
  { type: 'menu-list', props: { items: [{ icon: 'order', label: '我的订单' }, { icon: 'wallet', label: '钱包' }, { icon: 'service', label: '联系客服' }] } },
  { type: 'steps', props: { items: ['下单', '支付', '发货', '完成'], active: 2 } },
  { type: 'form', props: { fields: [{ label: '标题', type: 'text' }, { label: '价格', type: 'number' }, { label: '分类', type: 'select' }, { label: '图片', type: 'image' }, { label: '描述', type: 'textarea' }], submit: '发布' } },
  { type: 'list', props: { style: 'chat', items: [{ title: '客服小美', subtitle: '您好,请问有什么可以帮您?' }, { title: '物流通知', subtitle: '您的包裹已发出' }] } },
  { type: 'list', props: { style: 'card', items: [{ title: '订单 20240301', subtitle: '待发货' }] } },
  { type: 'list', props: { style: 'plain', items: [{ title: '账号与安全' }, { title: '隐私设置', subtitle: '管理谁能看到你' }] } },
  { type: 'text', props: { title: '商品详情', body: '这是一段用于展示正文排版的文字,包含中文标点,以及 English words 和数字 2024。' } },
  { type: 'cta', props: { text: '立即购买', secondary: '加入购物车' } },
  { type: 'tabbar', props: { items: ['home', 'category', 'plus', 'message', 'user'] } },
] as Section[];

export const everySectionPage = (theme: ThemeName): UiDslDocument => ({ page: { name: 'home_page', theme, sections: EVERY_SECTION } });
