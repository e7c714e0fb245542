import { catalog, pageNames, type PageName } from '@uidsl/dsl';
import type { Mention } from './interpret.ts';

/**
 * The page a description means when it names none: "让用户输入账号密码进去", "付钱前最后核对一下",
 * "头像、粉丝数，下面一排功能菜单". Evidence is weighed from what the user does there (GOALS, in the
 * normalised text) and from what is on it (the sections read, `parts`). Where nothing points away from
 * it, the page stays the home page, as the dataset generator writes a description that names no page.
 */

type Evidence = Partial<Record<PageName, number>>;

/** What the user does on the page, said in words. */
const GOALS: Array<[RegExp, Evidence]> = [
  [/(?:输入|填|输)[^,.;!?\n]{0,8}(?:账号|手机号|用户名|邮箱)|(?:账号|用户名|学号|工号|邮箱)(?:和|或|\/|、|\+)?密码|密码登录|输入密码|忘记密码|一键登|(?:登|进)进去|sign ?in|log ?in|sign ?up/, { login_page: 4 }],
  [/发出去|发上去|上架|挂出去|挂上去|卖掉|出售|转让|发个帖|发帖|发一条|写一条|发一篇|发动态|上传|晒一?晒|投稿|求购|新建|编辑界面|填写界面|分享给大家|提交审核/, { publish_page: 4 }],
  [/加购|购物袋|凑单|全选|选好的|挑好的|挑好了|还没付|放进去的|加进来的|加进去|加进来|还没买|已经选的|已选的|还没下单/, { cart_page: 4 }],
  [/(?<![没未])付钱|(?<![没未])付款|支付|下单前|核对|收货地址|收货人|配送方式|送货地址|发票|买单/, { checkout_page: 4 }],
  [/付款方式|支付方式|确认购买|买[^,.;!?\n]{0,6}前的?最后/, { checkout_page: 2 }],
  [/买过的|物流|快递到哪|退款|售后|待付款|待发货|待收货|待评价|待出行|已取消|订单|交易记录/, { order_page: 4 }],
  [/客服|私信|聊天|对话|会话|一来一回|回消息|联系人|通知消息|系统通知|未读/, { message_page: 4 }],
  [/对话界面|聊天界面|对话框|聊天窗口/, { message_page: 2 }],
  [/(?:一篇|篇|读|看)[^,.;!?\n]{0,4}(?:文章|新闻|资讯|攻略|游记)|长文|读完|正文|作者|博文|推文|帖子内容/, { article_page: 4 }],
  [/搜到|搜出来|搜索结果|搜完|搜了|找到的|查到的|结果|输了|输入了|放大镜|关键词|热搜|搜索历史|检索|找["“]/, { search_page: 4 }],
  [/开关|清除缓存|清理缓存|隐私|通知设置|消息通知|修改密码|退出登录|退出账号|账号与安全|账号安全|深色模式|关于我们|版本号|检查更新|偏好/, { settings_page: 4 }],
  [/我自己的|用户自己的|属于[^,.;!?\n]{0,4}自己|自己的(?:信息|资料|主页|账户|页)|粉丝|关注数|获赞|会员等级|我的订单|我的收藏|钱包/, { profile_page: 4 }],
  [/规格|参数|尺码|这件|这款|单个商品|一件商品|某个商品|商品的(?:详细|介绍|信息)|宝贝的|买家秀|售卖介绍/, { detail_page: 4 }],
];

// The catalog's own goals, as the dataset generator writes them, read as they are (folded as normalize.ts folds).
const fold = (w: string) => w.replace(/，/g, ',').toLowerCase();
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CATALOG_GOALS = new Map<PageName, RegExp>();
for (const page of pageNames as PageName[]) {
  const goals = catalog.pages[page].goals;
  if (!goals?.length) continue;
  CATALOG_GOALS.set(page, new RegExp(goals.map((g) => escape(fold(g))).join('|')));
  GOALS.push([CATALOG_GOALS.get(page)!, { [page]: 5 }]);
}

/**
 * The description with the catalog's goal for `page` blanked out (spaces, so spans keep their places): the goal
 * says what the page is for, and its words ("把搜到的东西列出来") are no sections of it.
 */
export function withoutGoal(raw: string, norm: string, page: PageName): { raw: string; norm: string } {
  const m = CATALOG_GOALS.get(page)?.exec(norm);
  if (!m) return { raw, norm };
  const blank = (s: string) => s.slice(0, m.index) + ' '.repeat(m[0].length) + s.slice(m.index + m[0].length);
  return { raw: blank(raw), norm: blank(norm) };
}

const has = (m: Mention | undefined, key: string, re: RegExp): boolean => {
  const v = m?.props[key];
  return typeof v === 'string' ? re.test(v) : Array.isArray(v) ? v.some((x) => re.test(typeof x === 'string' ? x : JSON.stringify(x))) : false;
};

/** What the sections read say of the page they are on. */
function parts(mentions: Mention[]): Evidence {
  const e: Evidence = {};
  const add = (page: PageName, w: number) => (e[page] = (e[page] ?? 0) + w);
  const of = (type: string) => mentions.filter((m) => m.type === type);
  const types = new Set(mentions.map((m) => m.type));
  for (const f of of('form')) {
    const login = has(f, 'fields', /password|密码|验证码/) || has(f, 'submit', /登录|登入|注册|进入/);
    if (login) add('login_page', 3);
    if (has(f, 'fields', /"image"|图片|照片|上传/)) add('publish_page', 3);
    if (has(f, 'fields', /地址|收货/)) add('checkout_page', 2);
    if (has(f, 'submit', /发布|发出|上架|投稿|提交|审核/)) add('publish_page', 3);
    // A form of several fields that logs nobody in is most often for publishing something.
    const fields = Array.isArray(f.props.fields) ? f.props.fields.length : Number(f.props['#count'] ?? 0);
    if (!login && fields >= 3) add('publish_page', 2);
  }
  for (const c of of('cta')) {
    if (has(c, 'text', /结算|去下单/)) add('cart_page', 3);
    else if (has(c, 'text', /下单/)) (add('cart_page', 1), add('checkout_page', 1));
    if (has(c, 'text', /提交订单|支付|付款|确认购买|确认下单/)) add('checkout_page', 3);
    else if (has(c, 'text', /购买|购物车|加购|抢购|马上买|报名/) || has(c, 'secondary', /购物车|试听|试用/)) add('detail_page', 3);
    if (has(c, 'text', /退出/)) add('settings_page', 3);
    if (has(c, 'text', /登录|注册|进入|登入/)) add('login_page', 3);
    if (has(c, 'text', /发布|发送|分享给/)) add('publish_page', 3);
    if (has(c, 'text', /评论|关注作者/)) add('article_page', 2);
  }
  const statuses = /待付款|待发货|待收货|待评价|待出行|已完成|已取消|退款|售后/;
  for (const t of [...of('tabs'), ...of('filters')]) if (has(t, 'items', statuses)) add('order_page', 4);
  for (const l of of('list')) {
    if (l.props.style === 'chat') add('message_page', 3);
    if (has(l, 'items', /勾选|数量|加减/)) add('cart_page', 2);
  }
  for (const m of of('menu-list')) {
    if (!types.has('user-info') && has(m, 'items', /缓存|隐私|通知|安全|修改密码|关于|版本|语言|深色|夜间|字体/)) add('settings_page', 3);
    if (has(m, 'items', /订单|收藏|地址|钱包|优惠券|足迹|会员/)) add('profile_page', 2);
  }
  if (types.has('user-info')) add(types.has('text') ? 'article_page' : 'profile_page', 2);
  if (types.has('user-info') && (types.has('stats') || types.has('menu-list'))) add('profile_page', 2);
  if (types.has('search-bar') && (types.has('filters') || !types.has('carousel'))) add('search_page', 1);
  if (types.has('filters')) add('search_page', 2);
  if (types.has('price') && (types.has('carousel') || types.has('seller') || types.has('proof') || of('price').some((p) => p.props.original !== undefined))) add('detail_page', 3);
  if (types.has('text') && !types.has('form')) add('article_page', 1);
  // What a home page has: slides, an entry grid, a feed of cards, a notice.
  for (const type of ['carousel', 'grid-menu', 'card-list', 'notice-bar'] as const) if (types.has(type)) add('home_page', 2);
  if (types.has('tabbar')) add('home_page', 1);
  return e;
}

/** Each page type with the weight of its evidence, heaviest first. */
export function weighPages(norm: string, mentions: Mention[]): Array<[PageName, number]> {
  const score = parts(mentions);
  // What a quote says is a value on the page ("“退款/售后”入口"), not what the page is for.
  const said = norm.replace(/[“「『"][^”」』"]*[”」』"]/g, ' ');
  for (const [re, e] of GOALS) {
    if (!re.test(said)) continue;
    for (const [page, w] of Object.entries(e) as Array<[PageName, number]>) score[page] = (score[page] ?? 0) + w;
  }
  return (Object.entries(score) as Array<[PageName, number]>).sort((a, b) => b[1] - a[1]);
}

/** The page the evidence points to, if it points clearly away from the home page. */
export function impliedPage(norm: string, mentions: Mention[]): PageName | undefined {
  const [best, second] = weighPages(norm, mentions);
  if (!best || best[0] === 'home_page' || best[1] < 3 || (second && second[1] === best[1])) return undefined;
  return best[0];
}
