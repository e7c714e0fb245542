import { catalog, isSecondaryAction } from '@uidsl/dsl';
import { ACTION_LABEL } from './grammar.ts';
import type { Normalised } from './normalize.ts';
import { readNumber } from './numerals.ts';

/**
 * Sections said by how they look rather than by name, the way people who do not build apps describe a page:
 * "显示三个数字：…" (stats), "一排小图标：…" (a grid), "最底下固定几个按钮：首页、…" (the tab bar),
 * "下面切换：…" (tabs), "最上面一条写着店名「…」" (the top bar's title), "三张大图可以左右划" (a carousel),
 * "全部/待付款/待收货 三个切换" (the entries before their section). Each phrase is rewritten, in both texts, to
 * the words the parser reads; the texts may change length, but every value left is still a span of what was typed.
 */

const NUM = '(?:[0-9]{1,2}|[一二两三四五六七八九十几])';

/** A rewrite gives the new words, or a function of the text (raw or norm) where it keeps a span of it. */
type Rewrite = [RegExp, (m: RegExpExecArray, n: Normalised) => string | ((text: string) => string) | undefined, RegExp?];

/** Whether the entries after a colon at `at` are mostly the tab bar's icons (首页、分类、我的). */
const TAB_BAR_WORDS = new Set(['home', 'category', 'cart', 'user', 'message', 'search', 'plus', 'settings'].flatMap((i) => catalog.icons[i]?.words ?? []));
function tabBarEntries(entries: string[]): boolean {
  const icons = entries.filter((e) => TAB_BAR_WORDS.has(e.replace(/\(.*\)$/, '').trim())).length;
  return entries.length >= 2 && icons >= 2 && icons * 2 >= entries.length;
}
const entriesAfter = (norm: string, at: number) => (/^[^,.;\n]*/.exec(norm.slice(at))?.[0] ?? '').split(/[、/|\s]+/).filter(Boolean);

/** Section words: "顶部“每日好价”欢迎语" names the banner, not the top bar's title. */
const SECTION_WORDS = Object.values(catalog.sections).flatMap((s) => s.words).filter((w) => w.length >= 2);
/** Whether the quote opening at `at` is followed by a section's word, which it then names. */
function namedAfterQuote(norm: string, at: number): boolean {
  const close = norm.slice(at + 1).search(/[”」』'"’]/);
  if (close < 0) return false;
  const after = norm.slice(at + 2 + close).replace(/^的/, '');
  return SECTION_WORDS.some((w) => after.startsWith(w));
}

const PRICE_WORDS = catalog.sections.price.words;
/** What a row of a chat or contact list shows. */
const ROW_PART = '(?:头像|昵称|名字|时间|最后一句话?|最后一条消息|最后一条|最后的消息|消息预览|未读红点|未读数|未读|红点)';
/**
 * Words that already name cards, a list or a layout (商品卡片, 列表, 瀑布流), or a part whose row size it is (十个入口,
 * 六个), or words of a change of mind: nothing is added then.
 */
const CARD_LIKE = /列出|往下排|卡片|列表|卡|流|list|card|样式|风格|主题|[页屏]|标题|按钮|价格|公告|表单|入口|图标|宫格|tab|菜单|栏|框|数据|统计|、|不对|改成|换成|算了|(?:[0-9一二两三四五六七八九十几]+)(?:个|张|项|条|格)/;
const PROOF_WORDS = catalog.sections.proof.words;
/** The words of sections that list entries, longest first. */
const LIST_SECTION_ALT = (['form', 'tabs', 'filters', 'steps', 'stats', 'proof', 'grid-menu', 'menu-list', 'tabbar'] as const)
  .flatMap((t) => catalog.sections[t].words)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** Section and card words for a pattern, longest first. */
const CARD_WORDS = Object.values(catalog.vocab.cards).flatMap((c) => c.words).filter((w) => /(卡|卡片|列表)$/.test(w));
/** Words that place a part on the page or move on to the next: never inside a title's or a text's own words. */
const PLACE_WORDS = /然后|下面|接着|再放|底部|顶部|最底|最下|最上|上面|中间|底下|紧接着|之后|主题|风格|配色/;

/**
 * A space between a figure's label and its value (余额 ¥128.5), not before a count of parts (积分 7项常用功能), and one
 * between the value and its unit (已卖出 23 件).
 */
const FIGURE_SPACE = /(?<=[\u4e00-\u9fffa-z])\s+(?=[¥$]?\d+(?:\.\d+)?(?!\d|\s*(?:项|个|条|列|张|行|栏|格|块|组)))|(?<=\d)\s+(?=(?:件|元|次|人|分|天|小时|公里|km|kg|单|笔)(?=$|[\s、,;/|]))/gi;

const SECTION_ALT = [...new Set([...SECTION_WORDS, ...CARD_WORDS])].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Words of place or order that may open a clause ("底部用tab"). */
const PLACE_HEAD = /^(?:顶部|底部|上面|下面|中间|最上面|最下面|最底下|顶上|底下|页面|整体|然后|再|接着|下方|上方|这里|这块|列表|页面底部|页面顶部)/;

/** Whether the first entry from `at` holds a verb of having: "宫格 底部导航栏有主页/搜索" lists nothing. */
function namesSectionFirst(norm: string, at: number): boolean {
  return /有|包含|包括/.test(/^[^\s,.;:→>/、|]*/.exec(norm.slice(at))![0]);
}

/** Entries that are only labels: none is a section's word, no verb of having or placing ("tabs模块、中间放列表" lists nothing). */
const plainEntries = (text: string) =>
  !/有|包含|模块|放|紧接着|接着|然后|列表|按钮|栏|框/.test(text) && !text.split(/\s*[、/]\s*/).some((e) => SECTION_WORDS.includes(e.trim()));

/** The words of sections that list entries, longest first. */
const LIST_WORDS = `(?:${(['steps', 'tabs', 'filters', 'proof', 'menu-list', 'grid-menu', 'stats'] as const).flatMap((t) => catalog.sections[t].words).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;

/** The page a description names first (its earliest page word, the longest there). */
const PAGE_WORDS = Object.entries(catalog.pages).flatMap(([page, entry]) => entry.words.map((w) => [w.toLowerCase(), page] as const));
function pageSaid(norm: string): string | undefined {
  let best: { at: number; length: number; page: string } | undefined;
  for (const [w, page] of PAGE_WORDS) {
    const at = norm.indexOf(w);
    if (at >= 0 && (!best || at < best.at || (at === best.at && w.length > best.length))) best = { at, length: w.length, page };
  }
  return best?.page;
}

/** Where a new phrase may start: not after an icon's word ("购物车小图标" is an icon of the top bar). */
const ICON_WORDS = Object.values(catalog.icons).flatMap((i) => i.words).filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);
/** A clause's start, or a word of place or order before: "下面切换：" but not "tab切换：", the tabs' own word. */
const STARTS = '(?<=^|[\\s,.:;、!?~]|下面|上面|中间|先|再|然后|是|放|有|最下面|最底下|底部|顶部|旁边)';
const OPENS = `(?<!${ICON_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
const ICON_RUN = `(?:${ICON_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:按钮|图标|键)?`;

/** Icons by their Latin names (the schema's, and Latin words for them): "back", "more", "settings". */
const LATIN_ICON = `(?:${[...new Set([...Object.keys(catalog.icons), ...Object.values(catalog.icons).flatMap((i) => i.words)].filter((w) => /^[a-z]+$/.test(w)))].sort((a, b) => b.length - a.length).join('|')})`;

/** A menu said before `at`: groups of entries after it are more menus. */
const menuBefore = (norm: string, at: number) => /菜单|menu|设置项|设置列表|第[一1]组/.test(norm.slice(0, at));

/** A word that ends a spaced list of steps: the next part's section word. */
const STEP_STOP = /(?:列表|菜单|宫格|轮播图?|导航|标签|按钮|表单|卡片|横幅|公告|栏|条|框)$/;

/** Words of a guarantee's entries (包邮, 假一赔十, 七天无理由, 两年质保). */
const GUARANTEE = /包邮|联保|换新|正品|假一赔|退款|无理由|质保|保修|运费险|退货|包赔|包换|保价|赔付|鉴定|保险|售后|授权|溯源|发货|退换|随时退|过期退|免预约|保真|包税/;

const REWRITES: Rewrite[] = [
  // "Form: email (text), password (password)", "form with email + password": a Latin field's type in brackets says how
  // it is filled in, and "with" after form opens its fields as a colon does.
  [/(?<=(?:^|[\s,:、])[a-z]{2,12})\s*\(\s*(?:textarea|text|number|password|select|image|date|phone|email|required|optional)\s*\)|(?<=(?<![a-z])form)\s+with(?![a-z])/g, (m) => (/with/.test(m[0]) ? ':' : ''), /\(|with/],
  // "手机号加验证码": 加 between a login's two fields joins them.
  [/(?<=手机号|手机|邮箱|账号|用户名)加(?=验证码|密码|短信验证码)/g, () => '+', /加/],
  // "banner：欢迎回来 / 登录后享更多权益": a banner's title and subtitle after a colon, set apart by a slash.
  [/(?<=(?:banner|横幅|头图|大图)\s*:\s*)([^/|;,.:\n“”"]{1,20}?)\s*\/\s*([^/|;,.:\n“”"]{1,20}?)(?=\s*(?:[|;,.\n]|$))/g, (m) => /^(?:主?标题|title)|^(?:副标题|subtitle)/.test(m[1]!) || /^(?:副标题|subtitle)/.test(m[2]!) ? undefined : (text) => {
    const at2 = m.index + m[0].lastIndexOf(m[2]!);
    return `标题“${text.slice(m.index, m.index + m[1]!.length)}”,副标题“${text.slice(at2, at2 + m[2]!.length)}”`;
  }, /\//],
  // "聊天样式（头像+昵称+最后一条消息）": what each entry shows, in brackets after its style, is no section of its own.
  [/(?<=(?:样式|风格)\s*)[(][^()\n]{0,30}(?:头像|昵称|消息|时间|标题|图片|价格)[^()\n]{0,30}[)]/g, (m) => ' '.repeat(m[0].length), /样式|风格/],
  // "四个入口图标一排：A、B", "四个图标一排：A、B": counted entrances before a colon are a grid's, said as "四个入口：".
  [/(?<=(?:[0-9]|[一二两三四五六七八九十])个)(?:(?:入口图标|图标入口)\s*(?:一排|一行|排一行|排成一排)?|图标\s*(?:一排|一行|排一行|排成一排))(?=\s*:)/g, (m, n) => (/底部|最下面|最底下|底下/.test(n.norm.slice(Math.max(0, m.index - 8), m.index)) ? undefined : '入口'), /图标/],
  // "订单宫格 4个一行：待付款 待发货 待收货 售后": a row size between a list's word and its colon goes after the entries,
  // so the colon opens them as it does after the word alone.
  [new RegExp(`(?<=(?:${LIST_SECTION_ALT})\\s*)(${NUM}个\\s*(?:一行|一排)|(?:一行|一排|每行|每排)\\s*${NUM}个)\\s*:\\s*([^,;.:\\n]+?)(?=\\s*(?:[,;.\\n]|$))`, 'g'), (m) => (text) => {
    const rows = text.slice(m.index, m.index + m[1]!.length);
    const at = m.index + m[0].length - m[2]!.length;
    return `:${text.slice(at, at + m[2]!.length)},${rows}`;
  }, /一行|一排|每行|每排/],
  // "对方是“顾问Linda”", "和“小美”的对话": on a chat, who the other side is names the top bar.
  [/(?:对方是|对方叫|聊天对象是|对方昵称是?)\s*(?=[“「『'"‘])/g, () => '顶部标题写', /对方|对象/],
  // "内容用两列瀑布流卡片": 内容 before how it is shown is no text of its own.
  [/(?<=^|[,;.\n]\s*|然后|下面|再下面)内容(?=用)/g, () => '', /内容/],
  // "topbar（带返回）", "顶栏（返回）": one icon in brackets after the bar is the bar's (only an icon that is no title:
  // "头部（消息）" names the bar).
  [new RegExp(`(?<=(?:topbar|顶栏|标题栏|导航栏|顶部栏|header|navbar)\\s*)\\(\\s*(?:带|有)?\\s*(返回|返回键|返回按钮|back|分享|share|更多|more|扫一扫|扫码|scan|设置|settings)\\s*\\)`, 'gi'), (m) => (text) => ` 带${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)} `, /\(/],
  // "标题写对方名字“数码小王”": what the title stands for, said between the verb and the quote, is no key of its own.
  [/(?<=标题\s*(?:写|是|叫|显示))\s*(?:对方的?|他的|她的|卖家的?|店铺的?|好友的?|用户的?|商家的?)?(?:名字|昵称|名称|店名)\s*(?=[“「『'"‘])/g, () => '', /名字|昵称|名称|店名/],
  // "提示一句“…”", "通知公告一条“…”": how many, said between a notice's word and its quoted text, goes.
  [/(?<=公告|通知|提示|notice|公告栏|通知栏|提示条|公告条|提示栏)\s*(?:一句|一条|一则|一个)(?:话)?\s*:?\s*(?=[“「『'"‘])/g, () => '', /一句|一条|一则|一个/],
  // "来一条“配送费已减免3元”的公告": the quoted text said before its notice's word is the notice's text.
  [/(?:一条|一则|一句|一个)?\s*([“「『'"‘][^“”「」『』'"‘’\n]{1,30}[”」』'"’])\s*的\s*(公告|通知|提示|提醒)(?:栏|条)?/g, (m) => (text) => {
    const at = m.index + m[0].indexOf(m[1]!);
    return `公告:${text.slice(at, at + m[1]!.length)}`;
  }, /的(?:公告|通知|提示|提醒)/],
  // "滚动一条“…”", "一条安全提醒滚动：“…”", "顶上一条消息滚着：“…”", "先提醒一下“…”": a line that scrolls, or a reminder,
  // with its text in quotes, is a notice.
  [/(?:(?:先|再)?(?:滚动|滚)(?:一条|一个)|(?:一条|一个)?(?:安全|重要)?(?:提醒|消息|通知|提示|公告)(?:滚动|滚着|在滚|滚动播放)|(?<=^|[\s,;:.])(?:先|再|然后)?(?:一个|一条)?提醒(?:一下|用户)?)\s*:?\s*(?=[“「『'"‘])/g, () => '公告', /滚|提醒/],
  // ("滚动一条会员积分可抵现", "先提醒一下新品上架八折": or its text unquoted, to the clause's end.)
  [/(?<=^|[\s,;:.、]|然后|之后是|接着|下面是)(?:先|再)?(?:滚动一条|滚一条|提醒一下|(?:一条)?消息滚着\s*:)\s*(?=[^\s,;:.“「『'"‘]{2,20}(?:[\s,;.]|$))/g, () => '公告写', /滚|提醒/],
  // "banner背景写“今天也要开心鸭”": what is written on the banner's background is its title, no colour.
  [/(?<=(?:banner|横幅|头图|大图)\s*)背景图?上?(?=\s*(?:写着?|是)\s*[“「『'"‘])/gi, () => '', /背景/],
  // "顶部：返回 + “结算”": the back arrow, then the bar's title in quotes.
  [/(?<=(?:顶部|顶栏|标题栏|导航栏|最上面|头部)\s*:?\s*(?:返回|back|返回键|返回按钮))\s*(?:\+|加|和|、|,)\s*(?=[“「『'"‘])/g, () => ',标题', /返回|back/],
  // ("下面一块分类小图标：手机、数码…": a quantifier and a kind may come before the icons.)
  [/(?<=^|[,;.\n]\s*|然后|下面|再|接着)(?:一块|一排|一组|一些)(?:分类|功能|快捷)?(?:小图标|图标)\s*(?=:)/g, (m, n) => (tabBarEntries(entriesAfter(n.norm, m.index + m[0].length + 1)) ? undefined : '图标入口'), /图标/],
  // "入口图标有机票、酒店、火车票…", "图标：外卖、打车、电影": icons or entrances listed at a clause's start are a grid's
  // (not the tab bar's icons: 首页、消息、我的).
  [/(?<=^|[,;.\n]\s*|然后|下面|再|接着)(?:入口图标|图标入口|入口|图标|小图标|功能图标)\s*(?:有|是|就是|包括|分别是|:)\s*(?=(?:[^\s,;:.、]{1,8}\s*、\s*){2,}[^\s,;:.、]{1,8})/g, (m, n) => (tabBarEntries(entriesAfter(n.norm, m.index + m[0].length)) ? undefined : '图标入口:'), /入口|图标/],
  // "本月跑量、跑步次数、消耗，三个数据": entries said first, then how many and what they are: the section's word goes
  // before them, so they read as its list ("三个数据:本月跑量、…").
  [/(?<=^|[,;:.\n]\s*|然后\s*)((?:[^\s,;:.、\n“”"]{1,8}、){1,7}[^\s,;:.、\n“”"]{1,8})\s*,\s*((?:[0-9]|[一二两三四五六七八九十])\s*(?:个|项|条))\s*(数据|统计|宫格|图标|入口|菜单|选项|标签|tab)(?=\s*(?:$|[,;.\n]))/g, (m) => {
    const entries = m[1]!.split('、');
    const count = readNumber(m[2]!, 0)?.value;
    if (count !== entries.length || entries.some((e) => SECTION_WORDS.some((w) => e.includes(w)))) return undefined;
    return (text) => {
      const at = (part: string, from = 0) => m.index + m[0].indexOf(part, from);
      const cut = (part: string, from = 0) => text.slice(at(part, from), at(part, from) + part.length);
      const lead = m[0].indexOf(m[2]!, m[1]!.length);
      return `${cut(m[2]!, lead)}${cut(m[3]!, lead)}:${cut(m[1]!)}`;
    };
  }, /个|项|条/],
  // ("待付款 待发货 待收货 待评价 四个图标一排": or set apart by spaces, the count matching them.)
  [/(?<=^|[,;:.\n/|]\s*|然后\s*)((?:[^\s,;:.、/|\n“”"]{1,8} ){1,7}[^\s,;:.、/|\n“”"]{1,8})\s*,?\s*((?:[0-9]|[一二两三四五六七八九十])\s*(?:个|项|条))\s*(数据|统计|宫格|图标|入口|菜单|选项|标签|tab)(?:一排|一行)?(?=\s*(?:$|[,;.\n/|]))/g, (m) => {
    const entries = m[1]!.split(' ');
    const count = readNumber(m[2]!, 0)?.value;
    if (count !== entries.length || entries.some((e) => SECTION_WORDS.some((w) => e.includes(w)))) return undefined;
    return (text) => {
      const words = text.slice(m.index, m.index + m[1]!.length).split(' ');
      const lead = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      return `${text.slice(lead, lead + m[2]!.length)}${m[3]}:${words.join('、')}`;
    };
  }, /个|项|条/],
  // "下面放一堆水果，两个一排", "再往下是大家刚发的闲置，一排两个": things said with how many sit in a row, in a clause that
  // names no section, are cards of them.
  [new RegExp(`(?<=^|[,;.\\n]\\s*)([^,;.:\\n“”"「」『』'‘’0-9]{2,16}?)(?=\\s*,\\s*(?:${NUM}个?一(?:排|行)|一(?:排|行)(?:${NUM}|俩)个?|单列排?|双列|两列|三列|一行一(?:个|家|本|条|件|款)|一(?:家|本|个|件|款)一行)(?:展示|排列|排|就行|就好)?\\s*(?:[,;.\\n]|$))`, 'g'), (m) => (SECTION_WORDS.some((w) => m[1]!.includes(w)) || CARD_LIKE.test(m[1]!) ? undefined : (text) => `${text.slice(m.index, m.index + m[0].length)}卡片`), /排|行|列/],
  // "一条条聊天": a chat list.
  [/(?:一条一条|一条条|一个个)的?(?:聊天|会话|对话)(?:记录)?/g, () => '聊天列表', /聊天|会话|对话/],
  // "订单一张张排下去", "一单一单往下排": entries one after another are a list (when the clause has no list word of its
  // own).
  // (一条条 and 一行行 are the lexicon's own words.)
  [/(?:一单一单|一张张|一张一张|一篇篇|一篇一篇|一项项|一项一项)(?:的|地)?(?:往下排|排下去|排下来|列出来|列下来|往下列|列出|排着)?/g, (m, n) => {
    const clause = /[^,;.\n]*$/.exec(n.norm.slice(0, m.index))![0] + /^[^,;.\n]*/.exec(n.norm.slice(m.index + m[0].length))![0];
    return /列表|list|卡片|菜单|评论区/.test(clause) ? '' : '列表';
  }, /一/],
  // ("聊天列表，有头像、名字、最后一句": what each row shows names no section.)
  [new RegExp(`(?<=列表[^.;\\n]{0,8},\\s*)(?:每条|每个|每行)?(?:都)?(?:有|显示|包括|包含)\\s*${ROW_PART}(?:\\s*(?:、|和|\\+|,)\\s*${ROW_PART})+(?=\\s*(?:[,.;\\n]|$))`, 'g'), () => '', /头像|昵称|名字|时间|最后/],
  // "一段商品介绍", "写几句活动规则": a passage about something is a text, not cards of it.
  [/(?:一段|写几句|几句|写一段)(?:[\u4e00-\u9fff]{0,6}?)(?:介绍|说明|描述|简介|规则|须知|小贴士|贴士|心得)(?:文字)?(?![\u4e00-\u9fff])/g, () => '一段文字', /介绍|说明|描述|简介|规则|须知|贴士|心得/],
  // "输入框加发送按钮", "输入框+发送": a box to type in and its send button are a form and its submit.
  [/(?<=输入框|输入栏|文本框)\s*(?:加|和|\+|带|加上)\s*(?:一个|个)?(?=发送(?:按钮|键)?)/g, () => ',', /发送/],
  [/(?<=输入框,)发送(?!按钮|键)/g, () => '发送按钮', /发送/],
  // "…、送达（先停在第一步）", "（选择商品→确认订单→支付，当前在第二步）": which step is current, in brackets after the
  // steps or at the end of them, is said after them.
  [/\(\s*(?:先|现在|当前|目前)?(?:停在|在|进行到|到)?\s*(第[0-9一二三四五六七八九十]步)\s*\)/g, (m) => (text) => `,当前${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)}`, /步/],
  [/\s*,\s*((?:当前|现在|目前)(?:在|是|停在)?\s*第[0-9一二三四五六七八九十]步)\s*\)/g, (m) => (text) => `),${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)}`, /步/],
  // "卖车要三步：填写车辆信息、上传照片、确认价格": steps counted before a colon, then each step (often a verb and its
  // object, words the parser would read as sections): quoted, so each stays one step.
  [new RegExp(`(?<=(?<![后第下上这])${NUM}步\\s*:\\s*)([^,;.:\\n“”"]+)`, 'g'), (m, n) => {
    const steps = m[1]!.split(/\s*(?:、|→|->|>|\/)\s*/);
    if (steps.length < 2 || steps.some((x) => !x || x.length > 8)) return undefined;
    // (With no steps' word before the count, the word goes in: "卖车要三步:步骤:…".)
    const named = /(?:步骤|流程|进度|阶段|steps)[^,;.:\n]{0,4}$/.test(n.norm.slice(0, m.index).replace(/\s*[0-9一二两三四五六七八九十]步\s*:\s*$/, ''));
    return (text) => {
      let at = m.index;
      return (named ? '' : '步骤:') + steps.map((x) => {
        const from = text.indexOf(x, at) >= 0 && m.index + m[0].indexOf(x, at - m.index) >= 0 ? m.index + m[0].indexOf(x, at - m.index) : at;
        at = from + x.length;
        return `“${text.slice(from, from + x.length)}”`;
      }).join('、');
    };
  }, /步/],
  // "三组菜单", "两组设置项": groups of menus are one menu list (the document has no groups), never the menu icon.
  [/(?:两|二|2|三|3|四|4|几)组(?:菜单|设置项|选项)(?:列表)?(?!\s*(?::|——|—|\(|第))/g, () => '菜单列表', /组/],
  // "保障“正品保证、全国联保”": a list's entries all in one quote after its word are its entries.
  // (Not a search box's hint: "搜索框“目的地/景点/酒店”".)
  [new RegExp(`(?<=(?:${LIST_SECTION_ALT})\\s*)[:：]?\\s*[“"'「]([^“”"'「」\\n]{1,40}[、/|][^“”"'「」\\n]{1,40})[”"'」]`, 'g'), (m, n) => (/(?:搜索?|搜索框|搜索栏|输入框)\s*$/.test(n.norm.slice(0, m.index)) ? undefined : (text) => `:${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)}`), /[、/|]/],
  // "菜单列表：我的地址、收藏的店、客服中心": an entry with 的 in a list after its word and a colon is one entry, quoted.
  [new RegExp(`(?<=[:、]\\s*)([\\u4e00-\\u9fff]{1,4}的[\\u4e00-\\u9fff]{1,4})(?=\\s*(?:[、,;.\\n]|$))`, 'g'), (m, n) => {
    const before = /[^;.\n]*$/.exec(n.norm.slice(0, m.index))![0];
    if (!new RegExp(`(?:${LIST_SECTION_ALT}|列表|菜单)\\s*:`).test(before) || SECTION_WORDS.some((w) => m[1]!.includes(w)) || !/、/.test(n.norm.slice(Math.max(0, m.index - 1), m.index + m[0].length + 1))) return undefined;
    return (text) => `“${text.slice(m.index, m.index + m[0].length)}”`;
  }, /的/],
  // "头像昵称 关注/粉丝/获赞": counts a user's card shows, said right after it with no numbers, are its own.
  [/(?<=(?:头像昵称|头像和昵称|头像\+昵称|头像、昵称|用户信息))[ \t]+(?=((?:关注|粉丝|获赞|收藏|积分|余额|动态|作品|足迹|优惠券|帖子|好友|等级|成就)(?:[ \t]*[/、|][ \t]*(?:关注|粉丝|获赞|收藏|积分|余额|动态|作品|足迹|优惠券|帖子|好友|等级|成就))+)(?![0-9\u4e00-\u9fff]))/g, () => ',旁边有', /关注|粉丝|获赞|积分/],
  // "卖家头像昵称（“数码老李”…）": the seller's picture and name are the seller's card, not the user's.
  // (Not 卖家昵称 alone: on a chat page it names the bar.)
  [/(?<=卖家|商家|店主|房东|卖主)(?:的)?(?:头像昵称|头像和昵称|头像\+昵称|头像加昵称|头像)/g, () => '信息', /头像/],
  // "最上面一条滚动的通知写“…”": a line that scrolls is a notice, wherever it is.
  [/一条(?:滚动|滚着)的(?:通知|公告|消息|提示)/g, () => '公告', /滚/],
  // "列几项：通知、隐私、通用" on a settings page: the entries of its menu.
  [/(?:列|放|有|列出)?(?:这)?(?:几项|几个选项|几个设置项)\s*(?=:)/g, (m, n) => (/设置/.test(n.norm) ? '菜单' : undefined), /几/],
  // "导航栏中间要有个加号发布的按钮": the plus in the tab bar is no button of its own.
  [/(?<=(?:导航|tabbar|tab栏|底栏)[^,.;\n]{0,10}(?:加号|\+)[^,.;\n]{0,4}?)(?:的)?按钮/gi, () => '', /按钮/],
  // "每条显示店名、菜品、金额", "每件有勾选框和数量加减": what each entry shows says there is a list of them; its parts
  // are no sections. After a list's word the clause goes; otherwise it stands for the list.
  [/(?<=^|[,;.\n]\s*)(?:每(?:一)?(?:条|个|项|行|件|张|篇|家|单|笔|位)(?:记录|订单|会话|消息|商品)?)(?:都|里|上)?(?:会|要)?(?:显示|有|包括|包含|带着?|展示|写着?|是)[^,;.\n ]*/g, (m, n) => {
    // (Not how each entry looks, 每项带箭头, a detail of a menu's.)
    if (/箭头|图标|分割线|分隔线|阴影|圆角/.test(m[0])) return undefined;
    const sentence = n.norm.slice(0, m.index).split(/[.;\n]/).pop()!;
    return /列表|卡片|记录|list|card|一条条|一条一条|菜单|设置项|选项|宫格/.test(sentence) ? '' : '列表';
  }, /每/],
  // "步骤条 三步 填写手机号 设置密码 完善资料": steps set off by spaces, often a verb and its object, after the steps' word
  // (and their count): quoted and joined, so each stays one step ("步骤条 三步:“填写手机号”、…").
  [/(?<=(?:步骤条|步骤|进度条|流程)\s+(?:(?:[0-9]|[一二两三四五六七八九十])\s*步\s+)?)(?!(?:[0-9]|[一二两三四五六七八九十])\s*步\s)(?:[\u4e00-\u9fff]{2,6}\s+){1,6}[\u4e00-\u9fff]{2,6}(?=\s|$)/g, (m, n) => {
    // ("让用户填：菜名 用料 步骤 成品图": 步骤 among fields being filled in is one of them.)
    if (/(?:填写|填|输入|写)\s*:?\s*(?:[\u4e00-\u9fff]{1,6}\s+)+(?:步骤|流程)\s+$/.test(n.norm.slice(0, m.index))) return undefined;
    const all = m[0].split(/\s+/);
    const said = /([0-9]|[一二两三四五六七八九十])\s*步\s+$/.exec(n.norm.slice(Math.max(0, m.index - 6), m.index));
    // (A count after them ends them too: "基本信息 上传照片 设置价格 三步".)
    const stop = all.findIndex((w) => /^(?:然后|再|接着|最后|下面|底部|最下面|最底下|底下|当前|现在|默认)/.test(w) || /^(?:[0-9]|[一二两三四五六七八九十])步$/.test(w) || STEP_STOP.test(w));
    const steps = stop < 0 ? all : all.slice(0, stop);
    const count = said ? readNumber(said[1]!, 0)?.value : undefined;
    if (steps.length < 2 || (count !== undefined && count !== steps.length)) return undefined;
    return (text) => {
      const words = text.slice(m.index, m.index + m[0].length).split(/\s+/);
      return `:${words.slice(0, steps.length).map((w) => `“${w}”`).join('、')}${steps.length < words.length ? ',' + words.slice(steps.length).join(' ') : ''}`;
    };
  }, /步骤|进度|流程/],
  // "当前在“填写信息”这一步": 这一步 points back at the step just named; it is no count of steps.
  [/(?<=(?:当前|现在|目前|停)[^,;.\n]{0,16}?)(?:这一步|那一步|这步|那步)/g, (m) => ' '.repeat(m[0].length), /一步|这步|那步/],
  // "房东叫王女士", "房东名字“阿青”": the landlord is the seller (a space keeps 卖家 from the key 卖家名字).
  [/房东(?=\s*(?:叫|是|名字|姓名)\s*[“"「『'‘]?[\u4e00-\u9fffa-z])/g, (m, n) => (/^\s*(?:名字|姓名)/.test(n.norm.slice(m.index + 2)) ? '卖家 ' : '卖家'), /房东/],
  // "4张图自动轮播": with no carousel said otherwise, turning by itself names one (not only how it turns).
  [/自动轮播(?!图)/g, (m, n) => (/轮播|carousel|swiper|banner轮播|幻灯/.test(n.norm.slice(0, m.index) + n.norm.slice(m.index + m[0].length)) ? undefined : '轮播,自动播放'), /自动轮播/],
  // "能填标题、价格，还能上传图片": one more field after a form's list; "填完点发布": the button that sends it.
  [/(?<=(?:表单|填写|填|输入)[^.;\n]{1,60}?)[,]\s*(?:还能|还可以|也能|还要)(?:上传|传|填写|填|选择|选|写)(?=[\u4e00-\u9fff]{2,6}\s*(?:[,.;\n]|$))/g, () => '、', /还/],
  [/填完(?:了)?(?:以后|之后)?(?:就)?点(?:击)?(?=发布|提交|保存|下一步)/g, () => '按钮', /填完/],
  // "评论做成像聊天那样一条条的": a list like a chat is in the chat style.
  [/(?:像|跟|和)(?:微信)?聊天(?:那样|一样|似的|那种)/g, () => '聊天样式', /聊天/],
  // "每晚458元": an amount by the night (day, month) is the price.
  [/(?<=^|[\s,;.:、]|是|写|显示)(?=(?:每晚|每天|每月|每人|每节|每次)\s*[0-9]+(?:\.[0-9]+)?\s*(?:元|块))/g, (m, n) => (PRICE_WORDS.some((w) => /[^,;.\n]*$/.exec(n.norm.slice(0, m.index))![0].includes(w)) ? undefined : '价格'), /每/],
  // "上面搜车型", "上面能搜聊天记录": searching at the top is a search box.
  [/(?<=(?:上面|顶部|最上面|顶上|上方)\s*)(?:能|可以)?搜(?![索])(?=[\u4e00-\u9fff])/g, () => '搜索框,搜', /搜/],
  // "carousel 3 张海报": posters counted after the carousel are its slides, not a banner.
  [/(?<=(?:carousel|轮播图?|轮播)\s*(?:[0-9]|[一二两三四五六七八九十])\s*张)海报/g, () => '图片', /海报/],
  // "autoplay off": the carousel turns by hand.
  [/autoplay\s*(?:[:=]\s*)?(?:off|false|no)(?![a-z])/g, () => '手动', /autoplay/],
  // "navbar(back, share, more)", "actions: back/share/more": the bar's icons by their Latin names, listed, read as "带back、…".
  [new RegExp(`(?<=(?:navbar|topbar|header|nav bar|顶栏|顶部栏|标题栏|导航栏)\\s*)\\(\\s*(${LATIN_ICON}(?:\\s*[,/|+、]\\s*${LATIN_ICON})+)\\s*\\)|(?:actions|icons)\\s*[:=]\\s*(${LATIN_ICON}(?:\\s*[,/|+、]\\s*${LATIN_ICON})+)(?![a-z])`, 'g'), (m) => (text) => {
    const list = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(list);
    return `${m[1] ? ',' : ''}带${text.slice(at, at + list.length).split(/\s*[,/|+、]\s*/).join('、')}`;
  }, /actions|icons|\(/],
  // "最下面 立即报名": an action said alone at the bottom is a button's label.
  [/(?<=(?:最下面|最底下|最底部|底部)\s*)\s(?=(?:立即|马上|去|确认|提交|开始|联系|申请|预约)[\u4e00-\u9fff]{1,6}(?:\s|$|[,.;]))/g, () => '按钮', /最下面|最底|底部/],
  // "常用功能8个入口": entrances counted after the menu's word make it a grid.
  [/常用功能(?=\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*个\s*(?:入口|图标))/g, () => '功能入口', /常用功能/],
  // "一行4个共8个入口": the row's count, then the whole, said the way the parser reads them ("8个入口,一行4个").
  // (Not after the rows: "两行 每行5个 共10个" is read as it stands.)
  [/((?:一行|每行|一排|每排)[ \t]*(?:[0-9]|[一二两三四五六七八九十])[ \t]*个)[ \t]*共[ \t]*((?:[0-9]+|[一二两三四五六七八九十]+)[ \t]*个(?:[ \t]*(?:入口|图标|宫格))?)/g, (m, n) => /(?:[0-9]|[一二两三四五六七八九十])\s*行\s*$/.test(n.norm.slice(Math.max(0, m.index - 5), m.index)) ? undefined : (text) => {
    const at2 = m.index + m[0].lastIndexOf(m[2]!);
    return `${text.slice(at2, at2 + m[2]!.length)},${text.slice(m.index, m.index + m[1]!.length)}`;
  }, /共/],
  // "最上面三步：上传视频、填写信息、发布": steps counted before their colon, with no steps word, are a stepper.
  [/(?<=^|[\s,;:.]|最上面|上面|顶部|顶上|先是)(?=(?:[一二三四五六七八九十两]|[0-9])\s*步\s*:)/g, () => '步骤条', /步/],
  // "按钮“提交订单”，按钮旁边显示价格¥23.5": what stands beside the button is said of the page, not its label.
  [/(?<=[,;.]\s*)按钮(?=旁边|左边|右边)/g, () => '', /按钮/],
  // "照着淘宝“我的淘宝”页面做一个": a page named in quotes is that page; its words are read, not copied.
  [/[“"「『'‘]([^“”"「」『』'‘’\n]{1,10})[”"」』'’](?=\s*(?:页面|页))/g, (m) => (PAGE_WORDS.some(([w]) => m[1]!.includes(w)) ? (text) => text.slice(m.index + 1, m.index + 1 + m[1]!.length) : undefined), /页/],
  // "顶部logo加右上角搜索icon": 加 after the logo joins the next thing said; it is no logo's text.
  [/(?<=logo\s*)加(?=\s*[\u4e00-\u9fffa-z])/g, () => '+', /加/],
  // "然后就是文章，标题“…”": the article itself, with its title, is the text.
  [/(?<=是|然后|先是)文章(?=\s*[,:]?\s*标题)/g, () => '正文', /文章/],
  // "价格12.8万，原价18万": an amount in ten-thousands after a price word is that many yuan (a figure's "1.2万" stays).
  [/(?<=(?:价格|售价|现价|原价|总价|价|¥)\s*[:：]?\s*¥?\s*)([0-9]+(?:\.[0-9]+)?)万(?=元|块|\s|[,;.()]|$)/g, (m) => {
    const value = Math.round(Number(m[1]) * 10000);
    return Number.isFinite(value) && value < 1e9 ? String(value) : undefined;
  }, /万/],
  // "评分四点八", "四点九分": a rating said in Chinese numerals with 点 is a decimal.
  [/(?<=(?:评分|打分|得分|评价|信用分|分数)\s*[:：]?\s*)([一二三四五])点([零一二三四五六七八九])(?=分|$|[\s,;.、)])/g, (m) => `${readNumber(m[1]!, 0)!.value}.${readNumber(m[2]!, 0)!.value}`, /点/],
  // "二十七块五", "3块8毛": yuan and tenths said so are one amount (27.5元); "一块一段文字" is no amount.
  // ("三十八元五角": so are yuan and jiao.)
  [/((?:[0-9]+|[一二两三四五六七八九十百千]+))(?:块|元)([0-9一二两三四五六七八九])(?:毛|角)(?=$|[\s,;.、)]|的)|((?:[0-9]+|[一二两三四五六七八九十百千]+))块([0-9一二两三四五六七八九])(?=$|[\s,;.、)]|的)/g, (m) => {
    if (m[3]) m = Object.assign([m[0], m[3], m[4]], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
    const yuan = readNumber(m[1]!, 0)?.value;
    const tenth = readNumber(m[2]!, 0)?.value;
    return yuan === undefined || tenth === undefined ? undefined : `${yuan}.${tenth}元`;
  }, /块|角|毛/],
  // "这次要付的钱 ¥168": an amount said as what is paid is the price, with no price word before it.
  [/(?<=(?:付|钱)[^,.;:\n¥0-9]{0,3}?\s*)¥(?=\s*\d)/g, (m, n) => {
    const clause = /[^,.;\n]*$/.exec(n.norm.slice(0, m.index))![0];
    // (Not inside a quote: "按钮“确认支付 ¥1999”" is a label.)
    return PRICE_WORDS.some((w) => clause.includes(w)) || /[“「『"'‘][^”」』"'’]*$/.test(n.norm.slice(0, m.index)) ? undefined : '价格¥';
  }, /¥/],
  // "金刚区：机票、酒店…（一行5个）", "…、租车（5列）": a row size in brackets after a list is its columns.
  [/(?<=[、/|,][^、/|,;:\n()]{1,8})[(]\s*(?:grid|宫格)?\s*(?:(?:一行|每行|一排|每排)\s*([0-9]|[一二两三四五六七八九十])\s*[个列]|([0-9]|[一二两三四五六七八九十])\s*列)\s*[)](?=\s*(?:$|[\n,;.、]|的))/g, (m) => `,${m[1] ?? m[2]}列`, /行|排|列/],
  // "tab分：全部、待取车", "下面分三个tab，私信、班级群": 分 before a colon says the entries follow; 分 before a count of
  // tabs and a comma likewise.
  [/(?<=tabs?|标签页?|选项卡|切换)分(?:成|为)?(?=\s*:)/g, () => '', /分/],
  [/(?<=^|[\s,;:]|下面|然后|上面|中间|顶部|接着|再|是|有)分((?:[0-9]|[一二两三四五六七八九十])个(?:tabs?|标签页?|选项卡))\s*,/g, (m) => (text) => `${text.slice(m.index + 1, m.index + 1 + m[1]!.length)}:`, /分/],
  // "权益说明（文字）": a phrase with 文字 in brackets after it is a text about it, as "权益说明文字" is.
  [/(?<=(?:^|[\n,;:]|[-*•]\s)[^\n,;:()“”"「」『』'‘’]{2,8})\s*[(]\s*(?:文字|文本|text)\s*[)](?=\s*(?:$|[\n,;.]))/g, (m, n) => {
    const phrase = /[^\n,;:()]*$/.exec(n.norm.slice(0, m.index))![0];
    return SECTION_WORDS.some((w) => phrase.includes(w)) ? undefined : '文字';
  }, /文字|文本|text/],
  // "然后保障 七天无理由 运费险 然后价格": a guarantee's entries set off by spaces, up to the next part, are its list.
  [/(?<=(?:^|[\s,;:]|然后|再|有)(?:保障|服务保障|保障信息|服务承诺))((?:\s+(?!然后|再|最|底|按钮|下面|接着)[\u4e00-\u9fff0-9]{2,6}){2,5})(?=\s*(?:$|[\n,;.]|\s(?:然后|再|最|底|按钮|下面|接着)))/g, (m) => {
    const entries = m[1]!.trim().split(/\s+/);
    if (entries.some((e) => PLACE_WORDS.test(e) || SECTION_WORDS.some((w) => e.includes(w) && !PROOF_WORDS.includes(w)))) return undefined;
    return (text) => `:${text.slice(m.index, m.index + m[0].length).trim().split(/\s+/).join('、')}`;
  }, /保障|承诺/],
  // "然后四个图标：团课、私教、会员卡、商城": icons counted before a colon are a grid's entries (the tab bar's when they are its
  // icons, read above).
  [new RegExp(`(?:一排|一行)?${NUM}个(?:小)?图标(?=\\s*:)`, 'g'), (m, n) => (tabBarEntries(entriesAfter(n.norm, n.norm.indexOf(':', m.index) + 1)) ? undefined : '宫格菜单'), /图标/],
  // "订单那一排：待付款、待发货": a row of entries named by what they are about is a grid.
  [/(?<=[\u4e00-\u9fff]{2,4})(?:那一排|这一排|那排)(?=\s*:)/g, (m, n) => (tabBarEntries(entriesAfter(n.norm, n.norm.indexOf(':', m.index) + 1)) ? undefined : '宫格'), /排/],
  // "设置页：账号安全、消息通知、隐私": a settings page's entries listed right after its name are its menu.
  // (Not a list of the page's parts: "设置页：顶栏、三组菜单、底部文字".)
  [/(?<=^\s*(?:设置页面|设置页|设置界面))\s*:(?=\s*([^\s,;:.、]{1,8}(?:、[^\s,;:.、]{1,8}){2,}))/g, (m) => (m[1]!.split('、').some((e) => SECTION_WORDS.some((w) => e.includes(w))) ? undefined : ',菜单:'), /设置/],
  // "顶部标题+更多": an icon joined to the top bar's title is one of its icons.
  [/(?<=(?:顶部|顶上|顶栏|导航栏|标题栏)\s*标题)\s*[+]\s*(?=更多|分享|搜索|设置|消息|返回)/g, () => ',带', /\+/],
  // "用聊天那种列表展示": a list in the way chats look is the chat style.
  [/聊天(?:那种|那样|样子|形式)的?(?=列表)/g, () => '聊天样式的', /聊天/],
  // "表单——小区名、户型": a dash right after a list section's word opens its list, as a colon does.
  [new RegExp(`(?<=(?:${LIST_SECTION_ALT}))\\s*(?:——|—|--)\\s*(?=[\\u4e00-\\u9fff])(?!哦|噢|呃|嗯|啊|不对|不是|等)`, 'g'), () => ':', /—|--/],
  // "通知条提醒'请勿…'": 提醒 after a notice's word, before a quote, says what it reads; "倒计时提示：“…”（通知栏）": a
  // quote with the notice's word in brackets after it is the notice's text.
  [/(?<=通知条|通知栏|通知|公告栏|公告|提示条|提醒条|notice)提醒(?=\s*[“「『'"‘])/g, () => '写', /提醒/],
  // "tabs：全部 | 进行中 | 已完成（默认选中“进行中”）": which entry is chosen, said in brackets after the list, is read as
  // said after a comma.
  [/[(]\s*((?:默认选中|默认|选中|当前选中|当前)\s*(?:[“"'「‘][^()“”"'「」‘’]{1,8}[”"'」’]|[^()\s,;.“”"'「」]{1,6}))\s*[)]/g, (m) => (text) => `,${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)}`.padEnd(m[0].length, ' '), /默认|选中|当前/],
  // "然后标题“黑洞到底有多黑”；正文": a title said right before the body is the article's, not the top bar's.
  // (On an article's page, and only where the clause starts there: "欢迎语：标题「…」| 正文" is the banner's.)
  [/(?<=^|[;.\n]\s*|然后|接着|再)标题(?=\s*:?\s*[“"「『'‘][^“”"「」『』'‘’\n]{1,40}[”"」』'’]\s*[,;.\s]\s*(?:然后|接着|下面|再)?\s*(?:是)?\s*(?:正文|文章正文|文章内容|body))/g, (m, n) => (/文章|资讯|新闻|article|游记|博客|帖子|笔记|科普/.test(n.norm) ? '文章标题' : undefined), /标题/],
  // "'正品保证''假一赔十'两个标签": quoted labels that are all guarantees, then 标签, are a guarantee bar's.
  [/(?<=((?:[“"「『'‘][^“”"「」『』'‘’\n]{1,10}[”"」』'’]\s*[、,]?\s*){2,6})(?:[0-9]|[一二两三四五六七八九十])?\s*个?\s*)(?:小标签|标签)/g, (m) => {
    const entries = [...m[1]!.matchAll(/[“"「『'‘]([^“”"「」『』'‘’\n]{1,10})[”"」』'’]/g)].map((x) => x[1]!);
    return entries.length >= 2 && entries.every((e) => GUARANTEE.test(e)) ? '保障' : undefined;
  }, /标签/],
  // "保障几个字：925银、…": the words for the entries between the guarantee's word and its colon say nothing.
  [/(?<=保障)\s*(?:几个字|几个词|几项)(?=\s*:)/g, () => '', /几个/],
  // "写上正品保证、七天无理由、顺丰包邮", "商品下面写着“7天无理由退货”、“正品保障”": guarantees written out, with no
  // section word, are a guarantee bar's.
  [/(?:写上|写着|标上|标着|注明|显示)(?:了)?\s*:?\s*(?=([^;.\n:]+))/g, (m) => {
    const entries = m[1]!.split(/,\s*(?:然后|再|最后|下面)/)[0]!.split(/\s*[、,|/·\s]\s*/).map((e) => e.replace(/^[“"'「『‘]|[”"'」』’]$/g, '')).filter(Boolean);
    return entries.length >= 2 && entries.every((e) => GUARANTEE.test(e) && e.length <= 8) ? '保障:' : undefined;
  }, /写|标|注明|显示/],
  // "一排标签：包邮｜假一赔十｜极速退款", "服务：包邮、七天无理由": labels that are all guarantees are a guarantee bar's.
  [/(?<=^|[\s,;:.]|一排|下面|然后|有|再)(?:标签|服务)(?=\s*:\s*([^;.\n]+))/g, (m) => {
    const entries = m[1]!.split(/,\s*(?:然后|再|最后|下面)/)[0]!.split(/\s*[、,|/·\s]\s*/).filter(Boolean);
    return entries.length >= 2 && entries.every((e) => GUARANTEE.test(e) && e.length <= 8) ? '保障' : undefined;
  }, /标签|服务/],
  // "价格→正品保证/七天无理由/顺丰包邮→店铺信息": entries that are all guarantees, said as a part of their own, are a
  // guarantee bar's (正品保证 among them is an entry, not the bar's word). (Order states, 待发货 or 已退款, are no guarantees.)
  [/(?<=^|[\s,;.]|→|->|>)(?<![、/|:()]\s*)(?=([^\s,;.:、/|→>()]{2,8}(?:\s*[、/|]\s*[^\s,;.:、/|→>()]{2,8}){1,5})\s*(?:[,;.\n]|→|->|$))/g, (m) => {
    const entries = m[1]!.split(/\s*[、/|]\s*/);
    // (Only entries set apart by slashes or bars: a list joined by 、 may be read as the guarantees' own already.)
    // (Nor a list closed by the bar's own word: "七天无理由/运费险等服务承诺".)
    // ("正品保证/假一赔十正品保证": or by that word glued to the last entry.)
    const last = entries.at(-1)!;
    // (Nor a first entry that holds the bar's word and a verb: "保障标签写运费险 / 品质保障".)
    return !m[1]!.includes('、') && !/保障|承诺|等/.test(last) && !(last.length > 4 && last.endsWith('正品保证')) && !/写|是/.test(entries[0]!) && entries.every((e) => GUARANTEE.test(e) && !/^[待已]/.test(e)) ? '保障:' : undefined;
  }, /[、/|]/],
  // "赞和收藏、新增关注、评论、系统通知（一行4个）": how many sit in a row, in brackets after the entries, is said of them all.
  [/[(]\s*((?:一行|每行|一排|每排)\s*[0-9两三四五六七八九十]\s*个?|[0-9两三四五六七八九十]\s*个\s*(?:一行|一排))\s*[)]/g, (m) => (text) => `,${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)}`, /一行|每行|一排|每排/],
  // "右边有个管理的按钮（用 settings 图标就行）": the icon a button is drawn with, said in brackets after it, is what it is.
  [new RegExp(`[^\\s,.;:()“”]{1,4}的?按钮\\s*\\(\\s*(?:就用|用个|用)?\\s*(${LATIN_ICON}|${ICON_RUN})\\s*(?:图标|icon)?[^()]{0,6}\\)`, 'g'), (m) => (text) => `${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length).replace(/(?:按钮|图标|键)$/, '')}图标`, /按钮/],
  // "顶部logo+搜索", "顶部：logo + 搜索、通知": a logo and icons at the top are the top bar's.
  [new RegExp(`(?<=^|[\\s,;:.])(?:顶部|顶上|最上面|头部)\\s*:?\\s*(?:左边)?\\s*logo\\s*(?:\\+|加|和|、|,|\\s)\\s*(?=${ICON_RUN}|${LATIN_ICON})`, 'g'), () => '顶栏带logo和', /logo/],
  // ("…搜索、通知两个按钮": how many buttons the bar's icons are is said of them, no button of its own.)
  [/(?<=顶栏带logo和[^,;.\n]{1,12}?)\s*(?:两|二|2|三|3|四|4)个(?:按钮|图标|icon)/g, () => '', /顶栏带logo和/],
  // "房东 王女士 评分4.5": said aloud, the landlord's name between pauses, before a rating or a check, is the seller's.
  [/房东[ \t]+(?=[\u4e00-\u9fff]{2,4}[ \t]+(?:评分|信用|已实名|实名|认证|已认证))/g, () => '卖家叫', /房东/],
  // "头部：头像、昵称", "头部用户卡": on a page of one's own, the head holding the user's picture and name is the user card.
  [/(?:头部|顶部|最上面|顶上)\s*(?::\s*(?=头像|昵称|用户名)|用户卡片?)/g, (m, n) => (/我的|个人|profile|主页|用户中心|会员中心/.test(n.norm) ? '用户信息:' : undefined), /头部|顶部|最上面|顶上/],
  // "底下 首页、朋友、+、消息、我", "底下首页、消息、我的": entries after the bottom's word, after a pause or glued to it
  // when the first is 首页, are listed as after a colon (the pause would end the clause before them).
  [/(?<=^|[\s,;.|/])(?:底部|底下|最底下|最下面|最底部)(?:[ \t]+|(?=首页))(?=[^\s,;.:、]{1,4}(?:[ \t]*、[ \t]*[^\s,;.:、]{1,4}){2,})/g, (m) => (text) => `${text.slice(m.index, m.index + m[0].trimEnd().length)}:`, /底|最下面/],
  // "页面底部：“查看更多订单”", "底部：“立即支付”": one quoted label alone after the bottom's word and a colon is its button.
  [/(?<=^|[\s,;.|\-])(?:页面)?(?:底部|最底下|最下面|底下)\s*:\s*(?=[“「『'"‘][^“”「」『』'"‘’\n]{1,12}[”」』'"’]\s*(?:[,;.\n|]|$))/g, () => '底部按钮', /底|最下面/],
  // "cta 确认支付": a label after the button's Latin name, alone in its part, is its text.
  [/(?<=(?:^|[\s|;,])cta)\s+([\u4e00-\u9fff]{2,8})(?=\s*(?:[|;,.\n]|$))/g, (m) => (text) => ` 写“${text.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length)}”`, /cta/],
  // "一小段说明，标题“温馨提示”，内容“…”", "正文文字，小标题“调整内容”": a title said with a body right after it, or a
  // small title of the body, is the text's, not the top bar's (a small title alone may be a banner's subtitle).
  [/(?<=^|[\s,;.:，]|的|文字|说明|介绍)(?:小标题|标题)(?=\s*(?:是|为|写|叫)?\s*:?\s*[“「『'"‘][^“”「」『』'"‘’\n]{1,30}[”」』'"’]\s*,?\s*(?:内容|正文)\s*(?:是|为|写)?\s*:?\s*[“「『'"‘])|(?<=(?:正文|文字|文章)[^,;.:]{0,6}[,，]?\s*)小标题(?=\s*(?:是|为|写|叫)?\s*:?\s*[“「『'"‘])/g, () => '正文标题', /标题/],
  // "文章开头是一张大图横幅", "文章后面接一个相关阅读列表": the article said as a place is the page's body, not cards.
  [/文章(?=(?:的)?(?:开头|下面|下方|后面|末尾|结尾|最后|中间|里面|底部|上方))/g, () => '  ', /文章/],
  // "底部 加入购物车+立即购买", "底部 加购/购买", "最下面 去支付": one or two actions after the bottom's word, alone in their
  // clause, are its buttons.
  [/(?<=^|[\s,;.|])(?:底部|最下面|最底下|底下|最底部)[ \t]+([^\s,;.|:“”]{2,8}(?:\s*[+/和]\s*[^\s,;.|:“”]{2,8})?)(?=\s*(?:[,;.|\n]|$))/g, (m) => {
    const labels = m[1]!.split(/\s*[+/和]\s*/);
    if (!labels.every((l) => ACTION_LABEL.test(l) || isSecondaryAction(l) || /^(?:加购|购买|我想要)$/.test(l))) return undefined;
    return (text) => {
      const said = text.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length).split(/\s*[+/和]\s*/);
      return `底部按钮${said.map((l) => `“${l}”`).join('和')}`;
    };
  }, /底/],
  // "附近的商家，一家一行", "店铺一家一行": shops one to a row are shop cards in one column, not the page's seller.
  // (一家一行 reads as 一行一个 by then.)
  [/(?:商家|店铺|店家|门店|餐厅|饭店|酒店)(?:\s*,\s*)?(?:一家一行|一行一家|一家一家|一家家|一行一个)/g, () => '店铺卡片单列', /一家|一行一个/],
  // "…一个一个，左边头像右边名字和最后一句话": what each row shows, left and right, after a list said just before, is no
  // section of its own (buttons by their sides are: "左边保存右边注销账号两个按钮").
  [/(?<=(?:列表|单列|一个一个|一个个|一条一条|一条条|一张张|卡片)[^.;\n]{0,6}?,\s*)左边[^,;.\n]{1,10}右边[^,;.\n]{1,14}(?=[,;.\n]|$)/g, (m) => (/按钮|按键|button/.test(m[0]) ? undefined : ' '.repeat(m[0].length)), /左边/],
  // "下面每张票一条", "每个订单一行": one row for each thing is a list.
  [/(?<=^|[\s,;.]|下面|然后|再下面)每(?:张|个|家|件|本|单|笔|次|位)[\u4e00-\u9fff]{1,4}?一(?:条|行)/g, () => '列表', /每/],
  // "聊天的人一个一个": the people one talks with, one after another, are a chat list.
  [/(?:聊天的人|聊过天的人|联系人|好友|会话)(?:\s*,\s*)?(?:一个一个|一个个|一条一条|一条条)/g, () => '聊天列表', /一个|一条/],
  // "actions 只放 more": a verb saying what the bar holds, after its Latin key, stands for the colon.
  [/(?<!(?:right|left)\s*actions?)(?<=actions?)\s*(?:只放|只要|只留|只有|就放|放)\s*(?=[a-z\u4e00-\u9fff])/g, () => ':', /放|只/],
  // "提交：提交鉴定", "提交=Sign in": the submit button's label after its word and a colon or an equals sign.
  [/(?<=^|[\s,;.\n/|])提交\s*[:=](?=\s*[^\s,;.:=])/g, (m) => '提交写'.padEnd(m[0].length, ' '), /提交/],
  // "右边按钮 结算(2)": a count in brackets glued to a button's label is part of it.
  [/(?<=按钮\s*[:：]?\s*)[^\s,;.:()“”"'「」]{1,8}\([0-9]{1,3}\)(?=\s|[,;.]|$)/g, (m) =>
    // (Not the next part: "两个按钮 之后是价格栏（69）".)
    /是|之后|然后|接着|再/.test(m[0]) || SECTION_WORDS.some((w) => m[0].includes(w)) ? undefined : (text) => `“${text.slice(m.index, m.index + m[0].length)}”`, /按钮/],
  // "有个通知条，说'…'", "通知条滚动显示“…”": what a notice says, after a comma too.
  [/(?<=(?:通知条|通知栏|通知|公告栏|公告条|公告|提示条|提醒条|notice)\s*,?\s*)(?:说|滚动显示|滚动播放|滚动着?|提醒|提示|告诉用户)(?=\s*[“「『'"‘])/g, () => '写', /说|滚动|提醒|提示|告诉/],
  // "搜索框（提示：“想吃点什么”）": the hint in brackets after the search box.
  // ("搜索框（占位文字：搜一搜好物）": unquoted after a colon, to the bracket's end.)
  [/(?<=(?:搜索框|搜索栏|search bar|search-bar)\s*)\(\s*(?:提示|提示文字|提示语|占位文字|占位符|占位|placeholder)\s*[:=]?\s*(?:([“「『'"‘][^()\n]{1,30}[”」』'"’])|([^()\n“”「」『』'"‘’]{1,30}))\s*\)/g, (m) => (text) => {
    const at = m.index + m[0].indexOf(m[1] ?? m[2]!);
    const value = text.slice(at, at + (m[1] ?? m[2]!).length);
    return `,提示写${m[1] ? value : `“${value}”`}`;
  }, /提示|placeholder|占位/],
  // "搜索框，里面默认写“蓝牙耳机”": what is written inside the section just said is its text.
  [/(?<=[,;]\s*)(?:里面|里边|框里|框内)(?:默认)?(?=(?:写着?|显示着?)\s*[“「『'"‘])/g, () => '', /里/],
  // "placeholder 写 “…”": a verb set off by spaces between a Latin key and its quoted value.
  [/(?<=[a-z])\s+写\s+(?=[“「『'"‘])/g, () => '写', /写/],
  // "左上角写“招财银行”": words written at the top left are the top bar's title.
  [/(?:左上角|左上方|左上)(?=(?:写着?|显示)\s*[“「『'"‘])/g, () => '顶部', /左上/],
  [/(?:[^\s\n,;:“”「」『』'"‘’]{0,8}\s*:\s*)?([“「『'"‘][^”」』'"’\n]{2,40}[”」』'"’])\((通知栏|通知条|公告栏|公告条|公告|提示条|notice-bar|notice)\)/g, (m) => (text) => {
    const at = m.index + m[0].indexOf(m[1]!);
    return `${m[2]}:${text.slice(at, at + m[1]!.length)}`;
  }, /\((通知|公告|提示条|notice)/],
  // "submit button: '发布'", "submit button text: …", "提交按钮文案：登录": the words for the button's text go.
  [/(?<=submit)\s+(?:button|btn)(?:\s+text)?(?=\s*[:=])|(?<=按钮|按键)文案(?=\s*:)/g, () => '', /submit|文案/],
  // "submit button 文案“发布活动”": with no colon, the words before the quote say the submit button's text.
  [/(?<![a-z])submit\s*(?:button|btn)\s*(?:文案|text|文字|写)?\s*(?=[“「『'"‘])/g, () => '提交按钮写', /submit/],
  // "form fields：…", "Form 有 6 个 field：…": a form's fields listed after its Latin words.
  // (Chinese labels only: Latin ones, "form fields: image, title(text)", are read as they are.)
  [/(?<![a-z])form\s*(?:有\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*个\s*)?fields?\s*:(?=\s*[\u4e00-\u9fff])/g, () => '表单:', /form/],
  // Pages by other names: "message 页", "profile 页面" (the Latin name, a space, then 页), "看文章的页面", "“我的”那一页",
  // "页面：通知".
  // (Only where a page is being named: at the start, or after 的 or "app": "search 页" may be a search bar's.)
  [/(?<=(?:^|[\n,.;]|的|app)\s*)(home|detail|search|profile|publish|login|cart|order|settings|article|message|checkout)\s+(?:页面|页)(?![脚眉头])/g, (m) => `${m[1]} page`, /页/],
  // ("看文章的那个页面", "'我的'那一栏页面", "商品那一页": with the words pointing at it.)
  [/(?:看|读)(?:文章|资讯|新闻|帖子)的(?:那个|那种)?(?:页面|页|界面)|[“"「']?我的[”"」']?(?:那一页|那页|这一页|这页|那一栏页面|那个页面)|(?<=^|[\s,.;])(?:看)?商品的?(?:那一页|那页|那个页面|的页面)/g, (m) => (m[0].includes('我的') ? '我的页面' : m[0].includes('商品') ? '商品详情页' : '文章页面'), /的页|的那|那一|那个|那页|这一?页/],
  [/(?<=页面(?:类型|名称)?\s*:\s*)通知(?=\s*(?:\n|$|[,.;]))/g, () => '通知页面', /通知/],
  // "告诉用户现在走到哪一步：A、B、C", "先显示进度：A、B": where the user is among the stages is a steps bar.
  [/(?:现在|当前)?(?:走到|做到|进行到|到了)?哪一步了?(?=\s*:)|(?<=显示|告诉用户|展示)进度(?=\s*:)/g, () => '步骤条', /哪一步|进度/],
  // "菜单分两组：第一组 账号、安全；第二组 通知、关于", "menu-list×2 (第一组：…；第二组：…)", "菜单列表 A、B；再来一组 C、D":
  // each group is a menu list of its own. The words announcing the groups go; each group's word becomes a menu's.
  [/(?:菜单(?:列表)?|menu-list|menu list|设置项|设置列表)\s*(?:分成|分为|分)?\s*(?:两|二|2|三|3)组\s*(?::|——|—)?|(?:两|二|2|三|3)组菜单(?:列表)?\s*(?::|——|—)?|menu-list\s*[×x*]\s*[23]\s*\(?/g, (m, n) => (/第[一1]组/.test(n.norm.slice(m.index + m[0].length, m.index + m[0].length + 8)) ? '' : undefined), /组|menu/],
  // ("第一组4项 账号、安全": the group's count goes before the menu's word, its entries after a colon.)
  [/(?:第[一二三四1-4]组|(?:再来|再加|另外|再)一组)\s*:?\s*((?:[0-9]+|[一二三四五六七八九十两]+)[项个])?\s*:?\s*/g, (m, n) => (menuBefore(n.norm, m.index) || /^第[一1]组/.test(m[0]) ? `${m[0].startsWith('第') ? '' : '再加'}${m[1] ?? ''}菜单列表:` : undefined), /组/],
  // "显示三个数字：…", "一排三个数：…", "三个小格子显示：…": numbers in a row are stats (the colon says a list follows).
  [new RegExp(`(?:一排|一行|单独一块|另起一块|一块)?(?:显示)?${NUM}个(?:小格子|格子|数字|数)(?:显示)?(?=\\s*:)`, 'g'), () => '数据统计', /数|格子/],
  // "一排小图标", "一排圆圆的小图标", "一排带小图标的入口", "三个圆圈图标一排": small icons in a row are a grid of entries.
  [new RegExp(`${OPENS}(?=\\S)(?:(${NUM})个)?\\s*(?:一排排?|一行)?\\s*(?:(${NUM})个)?\\s*带?(?:小小的|小|圆圆的|圆形的?|圆圈|圆的)+图标(?:的入口|入口)?(?:一排)?`, 'g'), (m) => `${m[1] ?? m[2] ? `${m[1] ?? m[2]}个` : ''}宫格菜单`, /图标/],
  // "品牌入口一行4个，共8个", "通知入口：一行3个图标": entries of a kind are a grid.
  [/(?<=[\u4e00-\u9fff]{2})入口(?=\s*(?::|一行|每行|[0-9一二三四五六七八九十两]+个))/g, () => '宫格', /入口/],
  // "下面切换：…", "顶部两个切换：…", "两个可以切换的：…": what the user switches between are tabs.
  [new RegExp(`${STARTS}(?:${NUM}个)?(?:可以|能)?(?:标签)?切换的?(?=\\s*:)`, 'g'), () => '标签', /切换/],
  // "一行一行的选项：…", "选项有：…": a column of options is a menu.
  [/(?:一行一行|一行行)的?选项(?:有)?(?=\s*:)|(?<=^|[\s,.;、]|然后|下面|再下面)选项(?:有)?(?=\s*:)/g, () => '菜单列表', /选项/],
  // "最底下固定几个按钮：首页、分类、我的", "底部固定：首页、搜索、我的": the tab bar, when its entries are its icons.
  [new RegExp(`(?:最底下|最下面|最底部|底部|底下)(?:固定)?的?(?:几个|${NUM}个)?(?:\\s?(?:按钮|图标|tab))?(?=\\s*:)`, 'g'), (m, n) => (tabBarEntries(entriesAfter(n.norm, n.norm.indexOf(':', m.index + m[0].length) + 1)) ? '底部导航' : undefined), /底|下/],
  // "再往下导航栏：首页、分类、我的": a navigation bar whose entries are the tab bar's icons is the tab bar.
  // "底部 首页/分类/购物车/我的": the bottom, a space, then the tab bar's entries joined by / 、 or |.
  [/(?:最底下|最下面|最底部|底部|底下)(?=\s+[^\s,.;:/、|]{1,4}\s*[/、|])/g, (m, n) => (tabBarEntries(entriesAfter(n.norm, m.index + m[0].length).flatMap((e) => e.split(/\s+/))) ? '底部导航' : undefined), /底|下/],
  // ("最底下是 首页、订单、我的", "最底下常规的 首页 分类 购物车 我的": a few words may come between.)
  [/(?:最底下|最下面|最底部|底部|底下)(?:的)?(?:是|放|就是|常规的?|固定的?|再放|还有|就)\s*(?=[^\s,.;:/、|]{1,4}(?:\s*[/、|]\s*|\s+)[^\s,.;:/、|]{1,4})/g, (m, n) => (tabBarEntries(entriesAfter(n.norm, m.index + m[0].length).flatMap((e) => e.split(/\s+/))) ? '底部导航 ' : undefined), /底|下/],
  [/(?<![顶上头]部?)导航栏?(?=\s*:)/g, (m, n) => (!/(?:顶部|顶上|上面|最上|头部)[^,.;\n]{0,3}$/.test(n.norm.slice(0, m.index)) && tabBarEntries(entriesAfter(n.norm, n.norm.indexOf(':', m.index) + 1)) ? '底部导航' : undefined), /导航/],
  // "底部 tab：首页、发现(搜索)、发布", "底部 首页 理财(分类) 我的": an entry of the tab bar with the icon it stands for in
  // brackets is that icon.
  [/[\u4e00-\u9fff]{1,4}\(([\u4e00-\u9fff]{2,3})\)/g, (m, n) => {
    const line = n.norm.slice(n.norm.lastIndexOf('\n', m.index) + 1, m.index);
    return TAB_BAR_WORDS.has(m[1]!) && /底部|底下|最下|tab|导航/.test(line) ? (text) => text.slice(m.index + m[0].length - m[1]!.length - 1, m.index + m[0].length - 1) : undefined;
  }, /\(/],
  // ("底部5个tab（首页 分类 购物车 消息 我的）": or in brackets after them.)
  [new RegExp(`(?:最底下|最下面|最底部|底部|底下)(?:固定)?的?(?:几个|${NUM}个)?(?:tabs?|标签)(?=\\s*\\()`, 'g'), (m, n) => {
    const at = m.index + m[0].length;
    const inner = /^\s*\(([^()]*)\)/.exec(n.norm.slice(at))?.[1] ?? '';
    return tabBarEntries(inner.split(/[、/|\s,]+/).filter(Boolean)) ? '底部导航' : undefined;
  }, /底|下/],
  // "最上面一条写着店名「…」", "上面是店名「…」", "顶部：机构名'…'": the top bar says that name.
  // (Unquoted, the name needs a verb and a word for a name before it: "最上面一条写店名阿芳鲜果".)
  [/(最上面|最顶上|顶上|顶部|最上方)(?:的)?(?:是|呢|就是)?(?:一条|一行)?(?:写着?|显示)(?:的是)?(?:店名|名字|机构名|课名|店铺名|app名|名称)\s*:?\s*|(最上面|最顶上|顶上|顶部|最上方)(?:的)?(?:是|呢|就是)?\s*:?\s*(?:一条|一行)?(?:写着?|显示)?(?:的是)?(?:店名|名字|机构名|课名|店铺名|app名|名称)?\s*:?\s*(?=[“「『'"‘])|(?<=^|[\s,.;~!])(上面)是(?:店名|机构名|课名|店铺名|app名)\s*(?=[“「『'"‘])/g, (m, n) => (namedAfterQuote(n.norm, m.index + m[0].length) ? undefined : `${m[1] ?? m[2] ?? m[3]}写`), /上|顶/],
  // "搜索框，框里灰字写“…”", "里面淡淡写着'…'": the words inside a search box are its placeholder. ("搜索框里写着" the
  // parser reads itself.)
  [/(?:框里|框内|里面|里头)(?:淡淡|浅浅)?的?(?:灰字|灰色的字|小字|字)?(?:写着?|显示)|(?<=[,\s])灰字(?:写着?)?(?=\s*[“「『'"‘])/g, (m, n) => (/搜/.test(n.norm.slice(Math.max(0, m.index - 12), m.index)) && !/^框[里内](?:写着?|显示)$/.test(m[0]) ? '提示写' : undefined), /里|框|灰字/],
  // "要填的：…", "然后输入：…", "一个要填的表：…": what is to be filled in is a form.
  [/(?<=^|[\s,.;、]|然后|下面|再下面|一个)(?:要填的|需要填的|要填的表|要写的?|要输入的?|输入)(?=\s*:)/g, () => '表单', /填|写|输入/],
  // "一行像通知那样的小字：'…'", "顶上一条黄色的提示滚动：'…'": a line of notice is a notice bar.
  // (一行 before a section's word would read as "per row".)
  [/(?:一行|一条)?像通知(?:那样|一样)的小字|(?:一条|一行)[^,.:;]{0,4}的提示滚动/g, () => '一条通知', /通知|提示/],
  // "'无需空腹''报告3天出'": straight quotes side by side are entries one after another (the parser splits curly ones).
  [/(?<='[^'\n,、:]{1,20}')(?=')|(?<="[^"\n,、:]{1,20}")(?=")/g, () => '、', /''|""/],
  // "步骤条 填写信息→确认→完成", "tab 正文/评论": a list word, a space, then entries with their separators.
  // (Arrows, or slashes with no space around them: the generator's terse specs put sections side by side with spaces.)
  // ("tab bar（首页/分类）" is the tab bar's own word: no entry starts with a letter or holds a bracket.)
  [new RegExp(`(?<=${LIST_WORDS}) (?![a-z])(?=[^\\s,.;:()]{1,12}(?:\\s*(?:→|->|>)\\s*[^\\s,.;:()]{1,12})+|[^\\s,.;:/()]{1,12}(?:/[^\\s,.;:/()]{1,12})+(?:[,.;\\n]|$))`, 'g'), (m, n) => (namesSectionFirst(n.norm, m.index + m[0].length) ? undefined : ':'), /→|->|>|\//],
  // "完善资料（当前第一步）": which step is current, said in brackets after the steps.
  [/\(((?:当前|现在|高亮)在?第[一二三四五六七八九十0-9]步)\)/g, (m) => (text) => `,${text.slice(m.index + 1, m.index + m[0].length - 1)}`, /步/],
  // "标题'三天玩转厦门'和正文", "标题“…”，下面正文一大段": a title said just before the body is the body's (not where
  // the body's own text follows: "标题“…”，正文“…”" the parser reads already).
  [/(?<=^|[\s,.;]|然后|接着|再)标题\s*:?\s*([“「『'"‘][^”」』'"’\n]{1,40}[”」』'"’])\s*(?:(?:,|和|\.)\s*(?:下面|然后|接着)?|下面|然后|接着)(?:是)?(正文|文章正文|文章内容)(?!\s*(?:叫|写|是|为|显示|:|内容|[“「『'"‘]))/g, (m) => (text) => {
    const at = m.index + m[0].indexOf(m[1]!);
    return `${m[2]},标题${text.slice(at, at + m[1]!.length)}`;
  }, /标题/],
  // "单独一行大字显示总价¥1280", "中间大字显示要付的钱：¥128": an amount in big type is the price.
  [/(?:单独一行|中间)?(?:红色的?)?大字显示(?:的是)?(?:总价|要付的钱|金额|价格|合计|总额)?\s*:?\s*(?=[¥￥$]?\s*[0-9])/g, () => '价格', /大字/],
  // "聊天记录，左右气泡那种", "一个个气泡": messages in bubbles are a chat list, the one just said if any.
  [/(?:左右|一个个的?|一个一个的?)气泡(?:那种|样式|的那种)?/g, (m, n) => (/列表|记录/.test(/[^.;\n]*$/.exec(n.norm.slice(Math.max(0, m.index - 16), m.index))![0]) ? '气泡' : '聊天列表'), /气泡/],
  // "然后东西一行两个", "订单一行一个": things shown so many to a row are cards.
  [/(?<=^|[\s,.;:]|然后|再|下面|接着)([^\s,.;:、]{1,6}?)(一行(?:一|两|二|三|四|[1-4])(?:个|本|件|家|款|样|张|条)?)(?=$|[\s,.;:]|的|展示|排)/g, (m) => (SECTION_WORDS.some((w) => m[1]!.includes(w)) ? undefined : (text) => `${text.slice(m.index, m.index + m[1]!.length)}卡片${text.slice(m.index + m[1]!.length, m.index + m[0].length)}`), /一行/],
  // "提示写 搜索家长姓名", "名字就显示 王小明": a value after its key, a verb and a space, to the clause's end, is quoted.
  [/(提示|提示文字|提示语|占位文字|名字|昵称)(?:就)?(写着?|显示|叫|是)\s+([^\s,.;:“”"「」『』'‘’]{1,20})(?=\s*(?:[,.;\n]|$))/g, (m) => (text) => `${m[1]}${m[2]}“${text.slice(m.index + m[0].length - m[3]!.length, m.index + m[0].length)}”`, /提示|占位|名字|昵称/],
  // "最上面呢，就是左边返回，右边分享": the top bar by its two sides.
  [/(最上面|顶部|顶上|最顶上)(?:呢|就是|是|[,\s])+(?=左边|右边|左上角|右上角)/g, (m) => m[1]!, /左|右/],
  // "标题右边放个搜索", "右边放个更多": one icon put at a side of the top is the top bar's action (a list of them,
  // "右上角放设置,消息", the parser reads).
  [new RegExp(`(?:标题)?(右边|右上角|左边|左上角)(?:放个|放一个|放|一个|有个|加个|加一个)(${ICON_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s*(?:[,.;\\n]|$))`, 'g'), (m, n) => (ICON_WORDS.some((w) => n.norm.slice(m.index + m[0].length).replace(/^[\\s,]+/, '').startsWith(w)) ? undefined : `${m[1]}${m[2]}图标`), /左|右/],
  // "一格一格的功能：…", "一格一格分类：…": cells of entries are a grid.
  [/一格一格(?:的)?(?:功能|分类|入口)?(?=\s*:)/g, () => '宫格菜单', /一格一格/],
  // "一行行的我的收藏、地址管理", "分几行：…", "一串选项：…": options one to a line are a menu.
  [/(?:一行行|一行一行|分几行|一串选项|一串)(?:的|是)?\s*:?\s*(?=[^,.;:\n]{1,12}、)/g, () => '菜单列表:', /一行|一串|分几行/],
  // "顶上提醒一句“请文明发言”", "滚动一条通知说'…'": a line said at the top is a notice.
  [/(?:滚动)?(?:一条|一句)?(?:通知|提醒|提示|公告)(?:一句)?说\s*:?|提醒一句\s*:?/g, () => '通知栏:', /说|提醒一句/],
  // "下面能切 综合/视频/用户", "下面切换 关注/推荐/同城", "频道可以切：推荐、热点": what the user can switch between,
  // joined by / 、 or |, after a verb of switching.
  // (Not at the bottom, "底部能切换首页、分类、我的", where the entries are the tab bar's.)
  [new RegExp(`(?:${STARTS}|频道)(?:可以|能)?(?:来回)?(?:切换|切(?=\\s|:))(?!换?账号|换?账户|换?城市|换?语言|换?主题|换?身份|换?地址)\\s*:?\\s*(?=[^\\s,.;:、/|]{1,8}(?:\\s*[/、|]\\s*[^\\s,.;:、/|]{1,8})+(?:\\s*(?:[,.;\\n+]|$)|\\s+))`, 'g'), (m, n) => {
    // (The entries end at a space that is not beside a separator: "下面能切 关注 / 推荐 大图轮播".)
    const rest = /^[^,.;\n+]*?(?=\s+(?![/、|])(?<![/、|]\s*)[^\s/、|]|[,.;\n+]|$)/.exec(n.norm.slice(m.index + m[0].length))![0];
    if (/按钮/.test(rest) || /(?:底部|底下|最底下|最下面|最底部|底端)[^,.;\n]{0,3}$/.test(n.norm.slice(0, m.index)) || tabBarEntries(rest.split(/\s*[/、|]\s*/))) return undefined;
    return '标签:';
  }, /切/],
  // "可以按 上衣/裙子/裤子 切换", "分 全部/教材/小说 几个标签切换", "“在卖”和“已卖出”两个切换": the entries, then the verb.
  [new RegExp(`${STARTS}(?:可以|能)?(?:按|分)?\\s*(?!下面|上面|然后|再|中间|在|接着|有|是|还有|之后|放|最下面|最上面|最底下|底部|顶部|底下|顶上)([^\\s,.;:、/|和]{1,8}\\s*([/、|]|和)\\s*(?:[^\\s,.;:、/|和]{1,8}\\s*(?:\\2|和)\\s*)*[^\\s,.;:、/|和]{1,8}?)\\s*(?:几个|${NUM}个)?(?:tabs?|标签)?(?:来回)?切换(?=\\s*(?:[,.;\\n+]|$)|\\s+)`, 'g'), (m, n) => {
    // ("能在推荐、本地之间切换" is switchTabs'.)
    if (/之间$/.test(m[1]!) || /在[^,.;\n]{0,3}$/.test(n.norm.slice(0, m.index + m[0].indexOf(m[1]!)))) return undefined;
    return (text) => {
      const at = m.index + m[0].indexOf(m[1]!);
      // (Set apart from a word of place glued before: "最下面,标签:…".)
      const apart = /[\u4e00-\u9fffa-z]$/.test(n.norm.slice(0, m.index)) ? ',' : '';
      return `${apart}标签:${text.slice(at, at + m[1]!.length).replace(/\s*(?:和|[/|])\s*/g, '、')}`;
    };
  }, /切换/],
  // "一排可以筛：价格、成色、距离", "能筛 价格/品牌": what the user can filter by.
  [new RegExp(`${STARTS}(?:一排)?(?:可以|能)(?:按)?\\s*(?:筛选?|筛一下)\\s*:?\\s*(?=[^\\s,.;:、/|]{1,8}(?:\\s*[/、|]\\s*[^\\s,.;:、/|]{1,8})+)`, 'g'), () => '筛选:', /筛/],
  // "顶上搜", "上面能搜", "顶部可以搜东西": a place to search at the top.
  // (Not "最上面是搜索", which the parser reads itself.)
  [/(?<=^|[\s,.;:，]|然后)(?:最上面|顶上|顶部|上面|最顶上|头部)(?:是|有)?(?:(?:可以|能)(?:打字)?(?:搜|搜索|搜东西|搜一搜)|搜|搜东西|搜一搜|是搜的地方|是搜索的地方)(?:东西)?(?=\s*(?:[,.;\n]|$))/g, () => '顶部搜索框', /搜/],
  // "上面切换全部、待发货、已完成": switching between entries, no colon.
  // (Not a button's label: "最下面切换账号、退出登录两个按钮".)
  [new RegExp(`${STARTS}切换(?!账号|账户|城市|语言|主题|身份|地址)(?=[^,.;:\\n]{1,12}、)`, 'g'), (m, n) => (/按钮/.test(/^[^,.;\n]*/.exec(n.norm.slice(m.index))![0]) ? undefined : '标签:'), /切换/],
  // "按“待付款”“待收货”分开看": what the list is split by are tabs.
  [/按\s*([^,.;\n]{2,40}?)\s*分开(?:看|显示|列)/g, (m) => (text) => `标签:${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)}`, /分开/],
  // "一排数字显示待付款3、待收货1": numbers in a row, the entries after.
  [/一排数字(?:显示)?\s*:?/g, () => '数据统计:', /一排数字/],
  // "一个个订单", "一个一个联系人": things one after another are a list.
  // ("做一个个人中心" is 一个 and 个人; "一个一个按钮" one button.)
  [/一个(?:个|一个)(?=[\u4e00-\u9fff])(?!气泡|人|性|体|[^,.;]{0,2}(?:按钮|框))/g, (m) => (m[0].length === 3 ? '一条条' : '一条一条'), /一个/],
  // "notice bar 提示“…”": after a notice's word, 提示 says what it shows, not a search box's placeholder.
  [/(?<=(?:notice bar|notice-bar|公告栏?|通知栏?|提示栏|提示条|提醒条)\s*)提示(?=\s*:|\s*[“「『'"‘])/g, () => '写', /提示/],
  // "设置页 … 列表：帐号、同步、关于": on a settings or profile page, a list of options is a menu.
  // ("设置项列表：…", "然后列表 通用设置 隐私设置": so is a list of settings, or one whose entries follow a pause.)
  [/(?:(?<=^|[\s,.;、]|然后|下面|上面|再下面|设置项|功能入口|入口)列表(?=\s*:)|(?<=然后|就是个?)列表(?=[ \t]+[\u4e00-\u9fff]))/g, (m, n) => (['settings_page', 'profile_page'].includes(pageSaid(n.norm) ?? '') ? '菜单列表' : undefined), /列表/],
  // "第一组：账号与安全、隐私；第二组：关于我们、…", "再来一组菜单：客服、设置": on a settings or profile page, a
  // group of entries is a menu (each group its own; the clause break ends the entries before).
  [/(?:第[一二两三四1-4]组|(?:再来|还有|以及|再)(?:另一组|一组)|(?<=^|[\s,.;:、/)+|]|然后|下面|上面|是|有|和)(?:另一组|一组))(?:菜单列表|功能列表|菜单|选项|入口|功能)?\s*:?\s*(?=[^\s,.;:\n])/g, (m, n) => (['settings_page', 'profile_page'].includes(pageSaid(n.norm) ?? '') ? ';菜单列表:' : undefined), /组/],
  // "作者信息用卖家那块：名字“财经小陈”", "酒店信息做成卖家那种卡片", "课程大纲用步骤展示：…": what a part is shown as
  // names its section; the part's own words go, and cards shown so are a list of them. (Not a place: "底部用tab" keeps 底部.)
  [new RegExp(`(?<=^|[\\s,.;:])([^\\s,.;:、/|+“”"「」『』'‘’]{2,6}?)(?:就|都)?(?:用|做成|采用|使用|显示成|展示成)(${SECTION_ALT})(?!式|的?(?:样式|形式|风格|展示一下))(?:的)?(?:那块|那种卡片|那种|那样|模块)?(?:来)?(?:展示|显示|呈现)?`, 'g'), (m) => (PLACE_HEAD.test(m[1]!) || /占位|提示|标题|文字|文案|按钮|名字|昵称|名称|写/.test(m[1]!) || SECTION_WORDS.includes(m[1]!) && !/列表|信息/.test(m[1]!) ? undefined : (text) => text.slice(m.index + m[0].indexOf(m[2]!, m[1]!.length), m.index + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length) + (CARD_WORDS.includes(m[2]!) && !m[2]!.endsWith('列表') ? '列表' : '')), /用|做成|采用|使用|成/],
  // "notice: 满99包邮，还差12元", "公告：为保障资金安全，请定期修改密码", "notice: 共找到 128 道菜谱", "notice-bar 开启推送，
  // 不错过重要消息": after a notice's word and a colon (or, for the bar's own names, a space), the words to the line's or
  // sentence's end (or ; | →) are its text, commas, spaces and times (16:00) and all, when no part after a comma or a
  // space opens with a section's word.
  [/(notice-bar|notice|公告栏|公告|通知栏|通知|提示条|提醒条)(?:写|提示|显示)?(\s*:\s*|(?<=notice-bar|notice|公告栏|通知栏|提示条|提醒条)[ \t]+)(?![“「『'"‘《〈])((?:[^“”"「」『』'‘’《》〈〉;:.|\n→>]|(?<=\d)[:.](?=\d)){2,40}?)(?=\s*(?:[;.|\n→>]|$))/g, (m) => {
    const value = m[3]!;
    const commas = value.split(',').map((part) => part.trim());
    const words = value.trim().split(/[\s,]+/);
    const opensSection = (part: string) => SECTION_WORDS.some((w) => part.startsWith(w));
    if (words.length < 2 || commas.some((part) => !part) || words.slice(1).some(opensSection) || /然后|下面|接着|再|底部|顶部|最底|最下|最上|上面|中间|底下|主题|风格|配色/.test(value)) return undefined;
    // (After a space only the bar's own text: "公告栏 食品/求货标签 之后是作品" lists more parts.)
    if (!m[2]!.includes(':') && (SECTION_WORDS.some((w) => value.includes(w)) || PLACE_WORDS.test(value))) return undefined;
    return (text) => `${m[1]}:“${text.slice(m.index + m[0].length - value.length, m.index + m[0].length).trim()}”`;
  }, /:|notice|公告栏|通知栏|提示条|提醒条/],
  // "text 标题=您的专属顾问 body=工作日 9:00-18:00 在线 | …", "text(标题:…, body:从脚型、跑量、预算三个角度聊聊)": a text's
  // body after its key runs to the clause's end, spaces, times and enumeration commas and all.
  [/(?<=^|[\s(\[,;])(body|正文)\s*[=:]\s*(?![“「『'"‘])((?:[^“”"「」『』'‘’;:|\n()\[\]=,]|(?<=\d):(?=\d)){2,60}?)(?=\s*(?:[;|\n)\]]|,\s*[a-z\u4e00-\u9fff]{1,8}\s*[=:]|$))/g, (m) => {
    const value = m[2]!.trim();
    if (!/[\s、:]/.test(value) || SECTION_WORDS.some((w) => value.includes(w)) || PLACE_WORDS.test(value)) return undefined;
    return (text) => `${m[1]}:“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length).trim()}”`;
  }, /body|正文/],
  // "stats：今日步数 8432 / 消耗 326千卡", "stats[累计跑量 1024km, 运动天数 210]", "stats 模块：余额 ¥128.5 | 积分 3200": in
  // a list of figures a value after a space belongs to the label before it (a space before a figure otherwise ends a clause).
  [/((?:stats(?:\s*模块)?\s*(?::|\[|\(|\s)|(?:数据栏|数据|统计)(?:模块)?\s*(?::|\[|\())\s*)([^\n;\])]{4,100})/g, (m) => {
    const joined = m[2]!.replace(FIGURE_SPACE, '');
    return joined === m[2] ? undefined : (text) => m[1]! + text.slice(m.index + m[1]!.length, m.index + m[0].length).replace(FIGURE_SPACE, '');
  }, /stats|数据|统计/],
  // "user-info (name: 跑者阿杰, avatar)", "user-info: 作者 CodeLin, avatar, stats 文章/粉丝", "顶部用户卡：会员名 Lily，头像": in
  // the user card's clause a name after its key is the nickname, avatar the avatar and stats the figures it shows.
  [/(?<=[\s(\[,:;|])(?:(name|nickname|会员名|用户名|昵称|作者)(?:\s*[:=]\s*|\s+)(?![“「『'"‘])([^\s,;:|()\[\]“”"「」]{2,16})(?=\s*(?:[,;|)\]\n]|$|\s))|(avatar)(?=\s*(?:[,;|)\]\n]|$))|(stats)\s*[:=]?\s*([^\s,;|()\[\]]+(?:\s*[/、]\s*[^\s,;|()\[\]/、]+)*))/g, (m, n) => {
    const clause = n.norm.slice(0, m.index).split(/[\n;|→]|\s\+|\+\s/).pop()!;
    if (!/user-info|userinfo|用户卡|用户信息|个人信息|头像昵称/.test(clause)) return undefined;
    if (m[3]) return '头像';
    // ("显示关注、粉丝数" is how the parser reads a user's figures; 带 would read 文章 as article cards.)
    if (m[4]) return (text) => `显示${text.slice(m.index + m[0].length - m[5]!.length, m.index + m[0].length).split(/\s*[/、]\s*/).join('、')}数`;
    if (/^(?:text|password|phone|number|select|textarea|image|date|avatar|input|必填|选填|头像)$/i.test(m[2]!) || SECTION_WORDS.some((w) => m[2]!.startsWith(w))) return undefined;
    return (text) => `昵称“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length)}”`;
  }, /user-info|userinfo|用户卡|用户信息|个人信息|头像昵称/],
  // "banner: 标题 西湖畔·湖景大床房 / 副标题 含双早 免费取消", "banner: 标题 7天练出马甲线 副标题 每天只要15分钟": in a
  // banner's or a text's clause, what follows a title's key runs to the next key or the clause's end, spaces and all.
  [/(?<=^|[\s(\[,:;|/])(标题|副标题|title|subtitle)(?!栏)(?:\s*[:=]\s*|\s+)(?![“「『'"‘])((?:[^\s“”"「」『』'‘’;|\n()\[\]/,=:]|[ \t](?!\s*(?:副标题|subtitle|body|正文|[/|;]|$)))+?)(?=\s*(?:[/;|\n)\],]|副标题|subtitle|body|正文|$))/g, (m, n) => {
    const clause = n.norm.slice(0, m.index).split(/[\n;|→]|\s\+|\+\s/).pop()!;
    const value = m[2]!.trim();
    if (!/banner|横幅|text|文本|文字块/.test(clause) || !/\s/.test(value) && !/\d/.test(value)) return undefined;
    if (value.length > 24 || PLACE_WORDS.test(value) || /就是|那个|然后|呃|嗯/.test(value) || value.split(/\s+/).some((part) => SECTION_WORDS.some((w) => part.includes(w)) || /^(?:text|textarea|input|image)$/i.test(part))) return undefined;
    return (text) => `${m[1]}“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length).trim()}”`;
  }, /标题|title/],
  // "navbar 安全设置", "navbar 消息中心 → …": the words after a bar's Latin name, alone in their clause, are its title.
  [/(?<=^|[\s\-*•])(navbar|topbar|nav bar|header)\s*:?[ \t]+([\u4e00-\u9fff][\u4e00-\u9fff·]{1,11})(?=[ \t]*(?:[\n;|+→]|$))/g, (m) => (SECTION_WORDS.some((w) => m[2]!.includes(w)) || PLACE_WORDS.test(m[2]!) || /^(?:标题|返回|右侧|左侧|带|有)/.test(m[2]!) ? undefined : (text) => `${m[1]} 标题“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length)}”`), /navbar|topbar|nav bar|header/],
  // "然后通知 写请勿向他人泄露验证码 然后表单", "一个滚动的通知 写新用户首单立减十元": said aloud, a notice's words follow
  // 写 after a pause and run to the next one (通知 alone would be the bell icon).
  [/(?<=^|[\s,;.的]|然后|还有|再来|一个|一条)(通知|公告|提醒)[ \t]+(?:写|写着|显示)[ \t]*(?![“「『'"‘])([^\s,;.:“”"「」『』'‘’]{2,24})(?=[ \t]|$|[,;.\n])/g, (m) => (SECTION_WORDS.some((w) => m[2]!.startsWith(w)) ? undefined : (text) => `公告栏写“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length)}”`), /通知|公告|提醒/],
  // "顶部 返回 分享 然后正文", "顶部右边 扫一扫和设置": said aloud, icons named after the top's word, each after a pause,
  // are the top bar's (each pause would otherwise end the clause before them).
  [/(?<=^|[\s,.;]|然后|就是)(?:顶部|顶上|最上面|上面)(?:的)?(?:右边|右上角|左边|左上角)?((?:[ \t]+(?:返回|分享|更多|搜索|设置|扫一扫|扫码|消息|通知|客服|收藏|编辑)(?:(?:和|、)(?:返回|分享|更多|搜索|设置|扫一扫|扫码|消息|通知|客服|收藏|编辑))?(?:图标|按钮)?)+)(?=[ \t]|$|[,.;\n])/g, (m) => {
    const icons = m[1]!.trim().split(/[ \t]+|和|、/).map((w) => w.replace(/图标|按钮$/, '')).filter(Boolean);
    return `顶部栏带${icons.join('、')}`;
  }, /顶部|顶上|上面/],
  // "message 页", "profile 页面", "message 森林绿 tab…": a page's English name before 页 or opening the text is the page.
  // (Only where that changes the page named first: otherwise the English word stays as it was read.)
  [/(?:(?<=^\s*)([a-z]+)(?=\s+[^\sa-z])|([a-z]+)\s+(?:页面|页|界面))/g, (m, n) => {
    const word = m[1] ?? m[2]!;
    const page = PAGE_WORDS.find(([w]) => w === `${word} page`)?.[1];
    return page && page !== pageSaid(n.norm) ? `${word} page` : undefined;
  }, /^\s*[a-z]|[a-z]\s+(?:页|界面)/],
  // "视频投稿（发布视频）页", "机票的订单确认（支付）页面": the page named in brackets before 页, where the words outside
  // name none, is the page (the words outside stay, after it).
  [/([\u4e00-\u9fffa-z]{2,10})[(]([^()]{2,10})[)]\s*(页面|页|界面)/g, (m) => {
    const outer = pageSaid(m[1]!);
    const inner = pageSaid(m[2]!) ?? (/^发布/.test(m[2]!) ? 'publish_page' : undefined);
    return !outer && inner ? (text) => `${text.slice(m.index + m[1]!.length + 1, m.index + m[1]!.length + 1 + m[2]!.length)}${m[3]}(${text.slice(m.index, m.index + m[1]!.length)})` : undefined;
  }, /[)]\s*(?:页|界面)/],
  // "就是顶部标题 然后用户卡片", "购物车 顶部标题 + 商品list": a title at the top with nothing said for it is the top bar.
  [/(?<=^|[\s,.;:+|]|然后|就是)(顶部|上面|最上面|顶上)的?标题(?=\s*(?:$|[,;.+|\n])|\s+然后)/g, (m) => `${m[1]}标题栏`, /标题/],
  // "顶部标题 写安心银行", "按钮 写立即购买": said aloud, a pause before 写 or 叫 keeps the value with its word.
  [/(标题栏|标题|按钮|搜索框|输入框)[ \t]+(?=(?:写|叫)[^\s])/g, (m) => m[1]!, /[ \t](?:写|叫)/],
  // "表单 手机号 密码 确认密码 昵称 提交", "form 菜名 食材 步骤描述 封面图 4项": fields said one after another with pauses
  // are the form's list; it ends at a count, a button, a section's or a place's word.
  [/(表单|form|fields)((?:[ \t]*:)?[ \t]+)([\u4e00-\u9fff]{1,8}(?:[ \t]+[\u4e00-\u9fff]{1,8})+)/g, (m) => {
    const words = m[3]!.split(/[ \t]+/);
    const taken: string[] = [];
    for (const w of words) {
      if (/按钮|提交|然后|下面|最后|最下|底部|页面|[一二两三四五六七八九十]项|[一二两三四五六七八九十]个|一共|总共|^共/.test(w) || (SECTION_WORDS.includes(w) && !FIELD_WORDS.includes(w))) break;
      taken.push(w);
    }
    if (taken.length < 2) return undefined;
    const length = taken.join(' ').length;
    const from = m.index + m[1]!.length + m[2]!.length;
    return (text) => `${m[1]}:${text.slice(from, from + length).split(/[ \t]+/).join('、')}${text.slice(from + length, m.index + m[0].length)}`;
  }, /表单|form|fields/],
  // "tabs 全部、待付款、已完成/订单列表(list)", "tab：我买到的、我卖出的 / 订单列表": after a list joined by 、, a slash
  // before a section's word ends the list, as a clause break would.
  // (A section's word of three characters or more, or an English one, set off by spaces or with a remark in brackets:
  // 搜索 after a slash is a tab, "假一赔十/正品保证" two badges.)
  [new RegExp(`(、[^、/;:\\n]{1,12}?)\\s*/\\s*(?=${SECTION_ALT})`, 'g'), (m, n) => {
    const next = SECTION_WORDS.filter((w) => n.norm.startsWith(w, m.index + m[0].length)).sort((a, b) => b.length - a.length)[0] ?? '';
    const spaced = /\s\/|\/\s/.test(m[0]) || n.norm[m.index + m[0].length + next.length] === '(';
    return (next.length >= 3 || /^[a-z]/.test(next)) && spaced ? (text) => `${text.slice(m.index, m.index + m[1]!.length)};` : undefined;
  }, /、[^/]*\//],
  // "tab：我买到的、我卖出的": in a list of tabs an entry ending in 的 is a name (的 would end it).
  [/(?<=[:、|]\s*)([\u4e00-\u9fff]{2,5}的)(?=\s*(?:[、/;,|\n]|$))/g, (m, n) => (/(?:tabs?|标签|切换)\s*:?\s*(?:[^;\n]*[、|])?$/.test(n.norm.slice(0, m.index)) && /[、|]/.test(n.norm.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12)) ? (text) => `“${text.slice(m.index, m.index + m[0].length)}”` : undefined), /的/],
  // "再下面放个“满1000减100”的提示条", "一条小提示告诉用户“下单满49元免配送费”": a quote said before a notice's word, or
  // after 提示 counted as one line, is the notice's text (提示 alone would be a search box's hint).
  [/([“「『'"‘][^“”「」『』'"‘’\n]{2,30}[”」』'"’])的?(提示条|提示栏|公告条|公告栏|通知条|通知栏|提醒条)/g, (m) => (text) => `${m[2]}写${text.slice(m.index, m.index + m[1]!.length)}`, /提示|公告|通知|提醒/],
  [/(?:一条|一个)小?提示(?:告诉用户|告诉大家|说|写)?\s*:?\s*(?=[“「『'"‘])/g, () => '一条提示条写', /提示/],
  // "最上面带返回和分享的顶栏", "顶部标题“我的订单”带搜索": icons said with 带 before the bar's word, or after its quoted
  // title, are the bar's (after a title, 带搜索 is no search box).
  [/带((?:返回|分享|更多|搜索|设置|消息|扫一扫|客服|收藏|编辑)(?:(?:和|、|\+)(?:返回|分享|更多|搜索|设置|消息|扫一扫|客服|收藏|编辑))*)的(标题栏|顶栏|导航栏|顶部栏|头部|顶部)/g, (m) => `${m[2]}带${m[1]}`, /带/],
  [/((?:标题栏|标题|顶栏|导航栏)\s*[“「『][^”」』\n]{1,20}[”」』])\s*带((?:返回|分享|更多|搜索|设置|消息|扫一扫|客服|收藏|编辑)(?:(?:和|、|\+)(?:返回|分享|更多|搜索|设置|消息|扫一扫|客服|收藏|编辑))*)(?![框栏条])/g, (m) => (text) => `${text.slice(m.index, m.index + m[1]!.length)},右上角${m[2]}图标`, /带/],
  // "navbar: 我的订单 back", "topbar 标题=小鹿 back+more", "header(购物车, settings)": icons by their Latin names after the
  // bar's title are its icons (带 says so to the parser).
  [new RegExp(`(?<=(?:topbar|navbar|nav bar|header|顶部栏|标题栏|导航栏|顶栏)[^\\n;|]*?[\\u4e00-\\u9fff0-9”」』'"])(?:\\s*[+,]\\s*|\\s+)(?=${LATIN_ICON}(?:\\s*[+,/]\\s*${LATIN_ICON})*\\s*(?:[)\\];|\\n]|$))`, 'g'), (m, n) => (/(?:右上角?|左上角?|[左右](?:边|侧)|带|有|放)$/.test(n.norm.slice(0, m.index)) ? undefined : ' 带'), /topbar|navbar|nav bar|header|栏/],
  // "按钮就一个：咨询客服": one button, its label after the colon.
  [/(按钮|按键)(?:就|只有|只要|只)?(?:一个|1个)\s*:/g, (m) => `${m[1]}:`, /一个|1个/],
  // "店铺 优选数码店 评分4.5": in terse text the shop's name between its word and its rating.
  [/(?<=^|[\s,.;:])(店铺|卖家|商家|店名)\s+([^\s,.;:“”"「」『』'‘’]{2,12})(?=\s+(?:评分|[0-9]|已认证|认证))/g, (m) => (SECTION_WORDS.some((w) => m[2]!.startsWith(w)) ? undefined : (text) => `${m[1]}“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length)}”`), /店|卖家|商家/],
  // "tab 两个 进行中 和 已结束", "tab两个：商家、商品": the tabs' count before their entries.
  [/(?<=^|[\s,.;:，])(?:tabs?|标签|tab栏)\s*(?:两|三|四|五|[2-5])个\s*:?\s*(?=[^\s,.;:])/g, () => '标签:', /个/],
  // "头像+“王*明”", "（头像+“李店长”）": a quote joined on to the avatar is the user's name.
  [/(头像)\s*(?:[+、,]|和|加)\s*(?=[“「『'"‘])/g, (m) => `${m[1]},昵称`, /头像/],
  // "form:\n  - 图片 (image)\n  - 标题 text": a form's fields one a bulleted line, each maybe with its type, are its list.
  [/(表单项|表单|form|fields|字段)\s*:?[ \t]*\n((?:[ \t]*[-·•*][ \t]*[^\s(\n]{1,10}[^\n]*(?:\n|$))+)/g, (m) => {
    const lines = [...m[2]!.matchAll(/[ \t]*[-·•*][ \t]*([^\s(\n]{1,10})[^\n]*/g)];
    if (lines.length < 2 || lines.some((l) => SECTION_WORDS.includes(l[1]!) && !FIELD_WORDS.includes(l[1]!))) return undefined;
    const at = m.index + m[0].length - m[2]!.length;
    return (text) => `${m[1]}:${lines.map((l) => text.slice(at + l.index! + l[0].indexOf(l[1]!), at + l.index! + l[0].indexOf(l[1]!) + l[1]!.length)).join('、')}\n`;
  }, /\n/],
  // "submit 安全登录", "placeholder 搜索职位": a developer's Latin key, a space, and its value to the next space or clause end.
  [/(?<=^|[\s,.;:|(])(submit|placeholder|subtitle|body)\s+(?![“「『'"‘=:])([^\s,.;:|()“”"「」『』'‘’]{1,16})(?=\s|[,.;:|)]|$)/g, (m) => (text) => `${m[1]}:“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length)}”`, /submit|placeholder|subtitle|body/],
  // "/ 4个入口 /": so many entries, alone, are a grid of them.
  [/(?<=^|[\s,.;:/|])((?:[0-9]{1,2}|[两二三四五六七八九十])个)入口(?=\s*(?:[,.;/|\n]|$))/g, (m) => `${m[1]}快捷入口`, /入口/],
  // "提示条 写 禁止发布违禁物品 然后表单", "按钮写 退出当前账号": in terse text a section's value after its word, a verb and a
  // space runs to the next space.
  [/(公告|通知|提示条|提示栏|通知栏|公告栏|按钮|大标题|标题|banner|横幅|搜索框里|搜索栏里|搜索框|搜索栏)\s*(写着?|显示|叫)\s+([^\s,.;:“”"「」『』'‘’]{2,24})(?=\s|[,.;\n]|$)/g, (m) => (text) => `${m[1]}${m[2]}“${text.slice(m.index + m[0].length - m[3]!.length, m.index + m[0].length)}”`, /写|显示|叫/],
  // "头部群名“周末徒步群”", "header 对方昵称'小鹿'": the name at the top is the top bar's title.
  [/(?<=(?:顶部|头部|header|最上面|顶上)\s*:?\s*)(?:卖家昵称|对方昵称|对方名字|群名|公会名)(?=\s*:?\s*[“「『'"‘])/g, () => '标题', /群名|公会名|昵称|对方名字/],
  // "顶部栏：返回、分享、更多": the top bar's word, a colon and nothing but icons lists its actions, not a title.
  // (Or a space: "header back/share/more".)
  // ("顶部back+share 标题正文text": glued to Latin icons, and words after a pause may follow them.)
  [new RegExp(`(?<=(?:顶部栏|顶栏|标题栏|导航栏|顶部导航|头部|header|topbar|顶部))(?:\\s*:\\s*|\\s+)(?=${ICON_RUN}(?:\\s*[、/+,]\\s*${ICON_RUN})+\\s*(?:[.;\\n]|$))`, 'g'), () => '带', /顶|栏|头部|header|topbar/],
  // ("顶部back+share 标题正文text": Latin icons glued to the top's word, words after a pause: the pause ends the bar's clause.)
  [new RegExp(`(?<=(?:顶部|顶上|头部|header|topbar))\\s*((?:${LATIN_ICON})(?:\\s*[/+]\\s*(?:${LATIN_ICON}))+)(?![a-z])[ \\t]+(?=[^\\s、/+,])`, 'g'), (m) => (text) => `带${text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length)},`, /顶|头部|header|topbar/],
  // "tabs 全部商品 / 降价商品", "tab 切换 笔记/收藏", "然后tab，关注、推荐", "下面tab分：全部、…", "频道切换：推荐、…": the tabs'
  // word, then their entries after a space, a comma or 分 ("tab切换：…" with its colon the parser reads already).
  [/(?<=^|[\s,.;:|]|然后|下面|上面|是)(?:tabs?|tab栏|tab ?切换|频道切换|频道tab|频道)(?!\s*bar)(?:\s*(?:分成|分为|分|在最上面|切换))?\s*[:,]?\s*(?=[^\s,.;:、/|]{1,8}(?:\s*[、/]\s*[^\s,.;:、/|]{1,8})+(?:\s+[0-9两三四五六七八九十](?:个|项|类|种))?\s*(?:[,.;|\n]|$))/g, (m, n) => (!(/:/.test(m[0]) && /^tab/.test(m[0])) && plainEntries(/^[^,.;|\n]*/.exec(n.norm.slice(m.index + m[0].length))![0].replace(/\s+[0-9两三四五六七八九十](?:个|项|类|种)$/, '')) ? '标签:' : undefined), /tab|频道/],
  // "1. 顶部：确认订单": in a written spec, a plain name after 顶部 and a colon, alone on its line, is the top bar's title.
  [new RegExp(`(?<=(?:^|\\n)[^\\n]{0,6}?)(顶部|头部|顶部标题)\\s*:\\s*(?!${ICON_RUN})([^\\s,.;:+“”"「」『』'‘’()\\n]{2,12})(?=\\s*(?:\\n|$))`, 'g'), (m) => (SECTION_WORDS.some((w) => m[2]!.includes(w)) ? undefined : (text) => `${m[1]}写“${text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length)}”`), /\n/],
  // "旁边一个小的'联系房东'", "旁边小一点的按钮'清空'": the second button.
  [/旁边(?:一个)?小(?:一点|一些)?的(?:按钮)?(?=\s*[“「『'"‘])/g, () => '旁边一个', /旁边/],
  // "三张大图可以左右划", "房子照片能划着看", "鞋子的大图，能左右滑": pictures to swipe through are a carousel.
  [/(大图|照片|图片|相片|(?<=张)图)([^.;:\n]{0,6}?)(?:能|可以|可)?(?:(?:左右)?(?:划|滑)(?:着看|来划去|来滑去|动)?|轮着(?:放|播|展示|切)|来回(?:切换?|换|播)|轮换(?:着?(?:放|播|展示))?|自动切换?)/g, (m) => (text) => `轮播${text.slice(m.index + m[1]!.length, m.index + m[1]!.length + m[2]!.length).replace(/^[,，\s]+|[,，\s]+$/g, '')}`, /划|滑|轮|来回|切/],
];

const FIELD_WORDS = Object.values(catalog.vocab.fieldTypes).flatMap((t) => t.words);

/** "全部/待付款/待收货 三个切换", "首页 理财 我的 三个按钮", "手机号 验证码两个框": entries said before their section's word and count. */
// (The parser reads "A、B、C三个tab" and "…4个宫格菜单" itself; these words it does not.)
const COUNTED_WORD = new RegExp(`(?<![a-z])(${NUM})个(切换|按钮|图标一排|数字|数|tab|输入框|框|输入)(?=\\s*(?:[,.;\\n]|$)|\\s+(?:下面|然后|再|上面|底部|中间|登录|按钮|提交|顶部|顶上|最上面|最下面))`, 'g');

function entriesBefore(n: Normalised): Normalised {
  if (!/个/.test(n.norm)) return n;
  let out = n;
  const matches = [...n.norm.matchAll(COUNTED_WORD)].reverse();
  for (const m of matches) {
    const count = readNumber(m[1]!, 0)?.value;
    const clauseStart = Math.max(n.norm.lastIndexOf(',', m.index!), n.norm.lastIndexOf('.', m.index!), n.norm.lastIndexOf(':', m.index!), n.norm.lastIndexOf(';', m.index!), n.norm.lastIndexOf('\n', m.index!)) + 1;
    const before = n.norm.slice(clauseStart, m.index!);
    const spans = [...before.matchAll(/[^、/|\s]+/g)];
    if (!count || count < 2 || spans.length < count) continue;
    const mine = spans.slice(-count).map((e) => ({ index: e.index!, 0: e[0] }));
    // "…显示本周次数、总时长、卡路里三个数": the first entry starts after a verb of showing.
    const verb = /^.*(?:显示|展示|是|有|放)/.exec(mine[0]![0]);
    if (verb && verb[0].length < mine[0]![0].length) mine[0] = { index: mine[0]!.index + verb[0].length, 0: mine[0]![0].slice(verb[0].length) };
    // ("下面出货/求货两个tab": or after a word of place glued on.)
    const place = /^(?:下面|上面|然后|再下面|中间|顶部|顶上)/.exec(mine[0]![0]);
    if (!verb && place && place[0].length < mine[0]![0].length) mine[0] = { index: mine[0]!.index + place[0].length, 0: mine[0]![0].slice(place[0].length) };
    // Fields said with spaces in terse text ("然后手机号 验证码两个框", "就标题 正文 加图片 三个输入"): each a field's word,
    // less a leading 然后, 就 or 加; then whatever comes before does not matter.
    // (Only spaced ones: "昵称/手机号/密码3个输入框" the parser reads itself.)
    const form = /框|输入/.test(m[2]!);
    if (form && /[、/|]/.test(before.slice(mine[0]!.index))) continue;
    if (form) {
      for (let k = 0; k < mine.length; k++) {
        const lead = /^(?:然后|再|就|加|和)/.exec(mine[k]![0])?.[0].length ?? 0;
        if (lead && lead < mine[k]![0].length) mine[k] = { index: mine[k]!.index + lead, 0: mine[k]![0].slice(lead) };
      }
    }
    const fields = form && mine.every((e) => FIELD_WORDS.some((w) => e[0].includes(w)));
    const lead = before.slice(0, mine[0]!.index);
    // Entries joined tight ("通知/聊天 两个tab") after a space are a group of their own, whatever comes before.
    const tight = /\s$/.test(lead) && /^[^\s]+\s?$/.test(before.slice(mine[0]!.index));
    // Anything before the entries is a short word of place ("下面", "底部"), not another entry.
    if (form && !fields) continue;
    if (!verb && !tight && !fields && (lead.trim().length > 4 || (spans.length > count && !/^(?:下面|上面|然后|再下面|底部|最底下|最下面|中间|顶部)?\s*$/.test(lead)))) continue;
    const entries = mine.map((s) => s[0]);
    // ("A/B 两个tab" only: "A、B两个tab" the parser reads itself.)
    if (m[2] === 'tab' && !/\//.test(before)) continue;
    const word = m[2] === '按钮' ? (tabBarEntries(entries) ? '底部导航' : undefined) : m[2] === '切换' || m[2] === 'tab' ? '标签' : m[2]!.startsWith('数') ? '数据统计' : /框|输入/.test(m[2]!) ? '表单' : '宫格菜单';
    if (!word) continue;
    // ("头像和昵称，旁边有关注、粉丝、获赞三个数": figures beside the user's name are the user card's; the count goes.)
    if (word === '数据统计' && /(?:旁边|右边)(?:有|显示)$/.test(lead.trim())) {
      const end = m.index! + m[0].length;
      const at = m.index! + m[0].indexOf(m[1]!);
      out = { raw: out.raw.slice(0, at) + out.raw.slice(end), norm: out.norm.slice(0, at) + out.norm.slice(end) };
      continue;
    }
    const from = clauseStart + mine[0]!.index;
    const to = m.index! + m[0].length;
    const pick = (s: string) => mine.map((e) => s.slice(clauseStart + e.index, clauseStart + e.index + e[0].length)).join('、');
    out = { raw: out.raw.slice(0, from) + `${word}:${pick(out.raw)},` + out.raw.slice(to), norm: out.norm.slice(0, from) + `${word}:${pick(out.norm)},` + out.norm.slice(to) };
  }
  return out;
}

/**
 * "顶部返回，标题“小桃”", "顶部返回+卖家昵称“数码老张”", "头部群名“周末徒步群”": the top bar's icons said before its title
 * (and the title called a name). Rewritten title first, "顶部标题“小桃”，带返回", the order the parser reads.
 */
const TOP_NAME = '(?:(?:标题是|标题为|标题)?(?:卖家昵称|对方昵称|对方名字|昵称|群名|公会名|店名|名字)|标题)(?:是|为|写)?';
const ICONS_THEN_TITLE = new RegExp(`(顶部|头部|header|最上面|顶上)\\s*:?\\s*(${ICON_RUN}(?:\\s*(?:[+、和加]|\\s)\\s*${ICON_RUN})*)\\s*(?:[,+、]|\\s)\\s*${TOP_NAME}\\s*:?\\s*([“「『'"‘][^“”"「」『』'‘’\\n]{1,30}[”」』'"’])(?:作为标题)?`, 'g');
/** "顶部：我的订单 + 搜索按钮": an unquoted title, then icons after a plus. */
const TITLE_PLUS_ICONS = new RegExp(`(顶部|头部|header)\\s*:\\s*([^\\s+,.;:\\n“”"「」『』'‘’]{2,10}?)\\s*\\+\\s*(${ICON_RUN}(?:\\s*[+、和]\\s*${ICON_RUN})*)(?=\\s*(?:[,.;\\n]|$))`, 'g');
function titleFirst(n: Normalised): Normalised {
  if (!/顶部|头部|header|最上面|顶上/.test(n.norm)) return n;
  let out = n;
  for (const re of [ICONS_THEN_TITLE, TITLE_PLUS_ICONS]) {
    for (const m of [...out.norm.matchAll(re)].reverse()) {
      const [at, end] = [m.index!, m.index! + m[0].length];
      // ("顶部设置图标 标题为“…”的内容区": the quote names the section after it.)
      if (re === ICONS_THEN_TITLE && namedAfterQuote(out.norm, at + m[0].indexOf(m[3]!))) continue;
      const span = (text: string, part: string) => text.slice(at + m[0].indexOf(part), at + m[0].indexOf(part) + part.length);
      const put = (text: string) => re === ICONS_THEN_TITLE
        ? `${m[1]}标题${span(text, m[3]!)},带${span(text, m[2]!)}`
        : `${m[1]}标题“${span(text, m[2]!)}”,带${span(text, m[3]!)}`;
      out = { raw: out.raw.slice(0, at) + put(out.raw) + out.raw.slice(end), norm: out.norm.slice(0, at) + put(out.norm) + out.norm.slice(end) };
    }
  }
  return out;
}

/**
 * "头像+昵称“老K”+关注/粉丝/获赞", "下面写着关注、粉丝、获赞", "下面显示 关注/粉丝/获赞": the user's figures said after
 * the user, each one of the catalog's stat labels, are rewritten to the form the parser reads, quoted ("，下面显示“关注”、“粉丝”").
 */
const STAT_LABEL = `(?:${[...catalog.vocab.statLabels].sort((a, b) => b.length - a.length).join('|')})数?`;
const USER_FIGURES = new RegExp(`(?<=(?:头像|昵称|名字|用户信息|user-info)[^,.;:\\n]{0,16}?)(?:\\s*\\+\\s*|[,\\s]*(?:下面|下方)?(?:显示|写着|展示)\\s*)(${STAT_LABEL}(?:\\s*[、/]\\s*${STAT_LABEL})+)(?=\\s*(?:[)）,.;\\n+]|$))`, 'g');
function userFigures(n: Normalised): Normalised {
  if (!/头像|昵称|名字|用户信息|user-info/.test(n.norm)) return n;
  let out = n;
  for (const m of [...n.norm.matchAll(USER_FIGURES)].reverse()) {
    const [at, end] = [m.index!, m.index! + m[0].length];
    // (Each quoted: a figure may be a section's word too, 作品 or 收藏.)
    const list = (text: string) => `,下面显示${text.slice(end - m[1]!.length, end).split(/\s*[、/]\s*/).map((f) => `“${f}”`).join('、')}`;
    // Inside brackets ("用户信息（头像+昵称“老K”+关注/粉丝/获赞）") the figures go after the closing one, where a list reads whole.
    const closing = /^\s*[)）]/.exec(out.norm.slice(end))?.[0].length ?? 0;
    const put = (text: string) => text.slice(0, at) + text.slice(end, end + closing) + list(text) + text.slice(end + closing);
    out = { raw: put(out.raw), norm: put(out.norm) };
  }
  return out;
}

/**
 * "步骤：填写手机号 → 设置密码 → 完善资料": steps joined by arrows are quoted one by one, so a step that holds another
 * section's word (填写, 设置) stays a step.
 */
const STEP_WORDS = catalog.sections.steps.words.filter((w) => w.length >= 2).sort((a, b) => b.length - a.length).join('|');
const STEP = '[^\\s,.;:()“”"「」『』\'‘’\\n→>+|/、]+';
const ARROW_STEPS = new RegExp(`(?:${STEP_WORDS})\\s*(?:显示|为|是|:)?\\s*(${STEP}(?:\\s*(?:→|->|>)\\s*${STEP})+)(?![^\\s,.;:()“”"「」『』'‘’\\n→>+|/、])`, 'g');
function quoteArrowSteps(n: Normalised): Normalised {
  if (!/→|->|>/.test(n.norm)) return n;
  let out = n;
  for (const m of [...n.norm.matchAll(ARROW_STEPS)].reverse()) {
    // (The whole word is matched, longest first, so "步骤条" is not 步骤 and a step "条…".)
    const at = m.index! + m[0].length - m[1]!.length;
    // The last step ends at a joiner: "…→已签收还有底部tabbar", "…→发布和表单".
    const joiner = /(?<=[→>][^→>]+?)(?:还有|以及|和|及|跟)/.exec(m[1]!);
    const length = joiner ? joiner.index : m[1]!.length;
    const quote = (text: string) => text.slice(at, at + length).split(/\s*(?:→|->|>)\s*/).map((step) => `“${step.trim()}”`).join('→');
    out = { raw: out.raw.slice(0, at) + quote(out.raw) + out.raw.slice(at + length), norm: out.norm.slice(0, at) + quote(out.norm) + out.norm.slice(at + length) };
  }
  return out;
}

/** Rewrites what `REWRITES` know, last match first so earlier offsets hold, then the entries said before their word. */
export function looks(n: Normalised): Normalised {
  let out = n;
  for (const [re, to, hint] of REWRITES) {
    // (A cheap test first: most rewrites look behind at every position, and most texts hold none of their words.)
    if (hint && !hint.test(out.norm)) continue;
    for (const m of [...out.norm.matchAll(re)].reverse() as RegExpExecArray[]) {
      const text = to(m, out);
      if (text === undefined) continue;
      const put = (s: string) => s.slice(0, m.index) + (typeof text === 'string' ? text : text(s)) + s.slice(m.index + m[0].length);
      out = { raw: put(out.raw), norm: put(out.norm) };
    }
  }
  return userFigures(titleFirst(quoteArrowSteps(entriesBefore(out))));
}
