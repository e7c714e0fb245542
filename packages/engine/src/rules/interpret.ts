import { buttonRoles, type PageName, type SectionType, type ThemeName } from '@uidsl/dsl';
import { lexicon, matchWord, type Reading } from './lexicon.ts';
import { ACTION_LABEL, QUOTE_ONLY_KEYS, type Role } from './grammar.ts';
import type { Segment, Token } from './tokenize.ts';
import { ITEM_KINDS, iconNamed, splitItems, splitStatWords, usualItem } from './items.ts';
import { POSITION, SPLITS, barIcons, iconWord, isCorner, isStyleWord, listedIcon, readingOf, roleOf, sectionOnly } from './cues.ts';
import { readProps } from './props.ts';

/** A section the description asks for, with the props its words set. */
export interface Mention {
  type: SectionType;
  props: Record<string, unknown>;
  /** False when no section word named it and it was inferred (标题叫X -> a top bar). */
  named: boolean;
  /** Offset in the prompt where it was said; mentions are emitted in this order. */
  at: number;
  /** The words that said it, for debugging. */
  said: string;
}

export interface Spotted<T> { value: T; word: string; at: number }

export interface Parse {
  page?: Spotted<PageName>;
  theme?: Spotted<ThemeName>;
  mentions: Mention[];
  layout: Record<string, unknown>;
  /** Sections the description says the page has none of ("不要底部导航", "底部无导航"). */
  without?: SectionType[];
}

/** The prop a bare value goes to when it follows a section word (公告写X -> notice-bar.text). */
const MAIN_TEXT: Partial<Record<SectionType, string>> = {
  topbar: 'title', banner: 'title', 'notice-bar': 'text', 'search-bar': 'placeholder', cta: 'text', text: 'body', seller: 'name', 'user-info': 'name',
};

/** Where a keyed value goes: the pair whose section the clause names, else the first pair. */
const KEY_TARGETS: Record<string, Array<[SectionType, string]>> = {
  title: [['topbar', 'title'], ['banner', 'title'], ['text', 'title'], ['user-info', 'name'], ['seller', 'name']],
  textTitle: [['text', 'title']],
  subtitle: [['banner', 'subtitle']],
  smallText: [['text', 'body'], ['banner', 'subtitle']],
  bigText: [['banner', 'title'], ['text', 'title']],
  sellerName: [['seller', 'name']],
  userName: [['user-info', 'name'], ['seller', 'name']],
  placeholder: [['search-bar', 'placeholder']],
  text: [['text', 'body'], ['notice-bar', 'text'], ['cta', 'text'], ['banner', 'subtitle']],
  logo: [['topbar', 'logo']],
  secondary: [['cta', 'secondary']],
  primary: [['cta', 'text']],
  submit: [['form', 'submit']],
};

/** Pages whose lists are rows, not cards: there 商品列表 is a list. */
const LIST_PAGES = new Set<PageName>(['cart_page', 'checkout_page', 'order_page']);
/** "订单卡片列表，单列", "商品卡片列表 1列": cards with their columns said are a card list, even on those pages. */
const CARD_COLUMNS = /^[\s,(]*(?:单列|一列|双列|两列|[1-3]\s*列)/;

/** One-letter theme words are not themes inside these words (粉丝 is followers, not pink). */
const NOT_THEMES = ['粉丝', '粉末', '蓝牙', '橙子', '橙汁', '绿植', '紫外', '蓝天', '绿色食品'];

/** Quantifiers that may come before a button label and are not part of it (一个“立即购买”按钮). */
const LABEL_SKIP = new Set(['一个', '个', '的', '放', '放一个', '放个', '来个', '来一个', '一块', '一排', '加个', '加一个', '是', '为', '有', '再', '还', '也', '要', '~']);
/** Quantifiers that open a section phrase (来个店铺信息, 一块订单信息), never a list entry. */
const LEAD_FILLERS = new Set(['来个', '来一个', '一块', '一个', '一排', '一组', '一栏', '加个', '加一个', '放个', '放一个', '做个']);
/** Words a button label comes after ("按钮是X" is a value; in "下面一个X按钮" the label follows 下面). */
const BOUNDARY = new Set<Role>(['intro', 'with', 'top', 'bottom', 'order', 'conn']);

const takesItems = (type: SectionType) => type in ITEM_KINDS;
/** Whether a word for `type` follows token i at once ("三个字段的表单" names the form by its word). */
const anchorAfter = (toks: Token[], i: number, type: SectionType) => readingOf(toks[i + 1]).section === type || (toks[i + 1]?.text === '的' && readingOf(toks[i + 2]).section === type);
/** "筛选 价格 星级 距离": a tab or filter label that is also another section's word or a key (tokenize.ts joined them). */
const sortKey = (t: Token) => t.kind === 'word' && !t.reading!.role && !SHORT_TABS.has(t.reading!.section) && ((!!t.reading!.section && Object.keys(t.reading!).length > 1) || !!t.reading!.key);
/** Sections whose items may follow their word after a space, joined by / 、 | or > (tabs and filters have their own rule). */
const SPACED_LISTS = new Set<SectionType>(['steps', 'stats', 'proof', 'grid-menu', 'menu-list']);
/** What a button said as a form's submit button records as its words (`Mention.said`). */
export const SUBMIT_BUTTON = '提交按钮';
/** Words that open a list said again to correct it (就首页、消息、我的; 那就 A、B 吧; 改成 A、B; 哦不对，三个：A、B、C). */
/** "再加一个“设置”", "再加个“客服”和“关于”": quoted entries added to the list before. */
const ONE_MORE = /^(?:再|还)?(?:加|添|来)(?:上)?(?:一个|一项|一条|个|一)?\s*((?:[“"'「‘][^“”"'「」‘’]{1,12}[”"'」’](?:\s*(?:和|、|,)\s*)?)+)$/;
const RESTATE = new Set(['就', '那就', '改成', '换成', '还是', '哦不对', '不对', '不对不对', '哦不']);
/** The words a section's name ends in (收货地址菜单, 全部标签): a piece ending so is a section, not an entry. */
const SECTION_TAIL = /(?:菜单|列表|标签|卡片|栏|条|框|按钮|宫格|轮播图?)$/;
/** Sections a page may hold twice in different shapes (a cart's rows and its recommendations). */
const SHAPED = new Set<SectionType>(['card-list', 'list', 'menu-list']);
/** Sides said after a section to place a new one against it, as offsets from its place (卡片上面: just before). */
/** A clause that only puts the section just said at the very top: "放最上面吧", "哦不，公告条放最上面". */
const TO_TOP = /^[\s,.…;:—]*(?:哦不|哦|嗯|不对|算了)?[\s,.…,—]*(?:公告条|通知条|提示条|公告|通知|提示|它|这个)?\s*(?:放在|放到|挪到|移到|放|挪|移)(?:最上面|最顶上|最上方|页面最上面|最顶部)(?:吧|去|就行|就好)?[\s.!~]*$/;
/** Tab labels read as icons only at the page's bottom. */
const BOTTOM_TABS: Record<string, string> = { 我: 'user', '+': 'plus', '＋': 'plus' };
/** Words for a menu's entries that name the menu: "选项上面加一个提示条". */
const OPTIONS = /^(?:选项|条目|菜单项)$/;
const RELATIVE: Record<string, number> = { 上面: -0.5, 上方: -0.5, 之上: -0.5, 前面: -0.5, 下面: 0.5, 下方: 0.5, 之下: 0.5, 后面: 0.5 };
/** The same sides read from the text after a section's word, whatever the tokens ("轮播前面", "列表上边", "价格之后"). */
const SIDE = /^\s*的?\s*(上面|上方|上边|之上|前面|之前|前边|下面|下方|下边|之下|后面|之后|后边)/;
const sideOffset = (w: string): number => (/^(?:上|之上|前|之前)/.test(w) ? -0.5 : 0.5);
/** Words for a side of a section, or the room between two ("按钮前面", "按钮之间"). */
const AROUND = /^\s*的?\s*(?:上面|上方|上边|之上|前面|之前|前边|下面|下方|下边|之下|后面|之后|后边|中间|之间|旁边)/;
/** "A和B中间", "A与B之间": right after the first of the two. */
const BETWEEN = /^\s*(?:和|与|跟)\s*$/;
const MIDDLE = /^\s*的?\s*(?:中间|之间)/;
/** Words that put a section somewhere: 放到, 挪到, 改到, 在 (the words just before a section placed against). */
const PUT = /(?:(?:放|挪|移|移动|改|调|换|搬|提)(?:在|到|至)?|在|到)\s*$/;
/** "保障那块不要了", "把头像那块去掉": a section said before is taken out. */
const DROP = /^\s*(?:那块|那一块|这块|那个|这个|部分|那部分|模块|区域|那里)?\s*(?:就|也)?(?:不要了|不要|去掉|删掉|拿掉|删了|去了|砍掉|取消掉?|不用了|不需要了)/;
/** "…，改成一段介绍文字", "换成顶部标题": what takes its place. */
const INSTEAD = /^[\s,;:]*(?:那就|就)?(?:改成|换成|改为|换为|替换成|变成)/;
/** Where to put a section: right after `of` (offset 0.5) or right before it (-0.5). */
interface Place { of: Mention; offset: number; adds?: boolean }
/** "列表下面加个…": words after a place that add what goes there, which may be named in the next clause. */
const ADDS = /^\s*(?:再|还|就)?\s*(?:加|放|来|要|插|新增|增加)/;
/** "诶算了改成两列商品卡片": the clause says the section before again, otherwise. */
const REDO = /^[\s,;:]*(?:诶|哎|嗯|呃|哦)?[\s,]*(?:算了|不对|不行)?[\s,]*(?:还是)?(?:改成|换成|改为|换为|改用|换用)/;
/** "宫格和横幅换个位置": two sections said before trade places. */
const SWAP = /^\s*(?:换个位置|换一下位置|换下位置|换位置|调个位置|换一下|对调|互换|调换|交换)/;
/** A short label, perhaps a colon, then a quoted value: the value is the quote. */
const LABELLED_QUOTE = /^[^“”"「」『』'‘’\s]{1,6}[:：]?\s*[“"「『'‘]([^”"」』'’]+)[”"」』'’]$/;
/** Sections whose word may be a form field's label between two joiners ("面积、月租金、房源照片", "地点、活动海报"). */
const FIELD_LIKE = new Set<SectionType>(['price', 'banner']);
/** Openings that say the page type when no page word does. */
/** Sections a description may refuse outright. */
const REFUSABLE = new Set<SectionType>(['tabbar', 'tabs', 'topbar', 'search-bar', 'carousel', 'banner', 'notice-bar', 'filters']);


const OPENINGS: Array<[RegExp, PageName]> = [
  [/^\s*(发布|发帖|发表)/, 'publish_page'],
  [/^\s*(搜|找|查)[^,.;\n]{0,8}?的?(页面|页|界面)/, 'search_page'],
  // "用户搜东西之后看到的页面", "搜索后的列表页": the page after a search.
  [/搜[^,.;\n]{0,6}(之后|后)[^,.;\n]{0,6}(页面|页|界面)/, 'search_page'],
  // English page names said first ("cart 科技紫 …", "settings 深蓝 …"), and "机票订单 …", "结算 银白 …".
  [/^\s*(cart|shopping cart)\b/, 'cart_page'],
  [/^\s*(settings|setting)\b/, 'settings_page'],
  [/^\s*(message|messages|inbox|chat)\b/, 'message_page'],
  [/^\s*checkout\b|^\s*结算(?!按钮)/, 'checkout_page'],
  [/^\s*(profile|me)\b/, 'profile_page'],
  [/^[^,.;\n]{0,6}订单(?!确认)/, 'order_page'],
  // "相亲交友app的个人资料页": the user's own details said as a page are the profile page.
  [/(?:个人资料|个人信息|用户资料|用户信息)(?:页面|页|界面)/, 'profile_page'],
  // "美食探店文章 活力橙 …": a request that opens by naming an article is for an article page.
  [/^\s*[^\s,.;\n]{0,6}(文章|帖子)(?=[\s,.;\n]|$)/, 'article_page'],
];
/** An article's parts, named alone in a list of them. */
const ARTICLE_PARTS: Record<string, SectionType> = { 作者: 'user-info', 作者名: 'user-info', 评论: 'list', 留言: 'list', 评论们: 'list', 网友评论: 'list' };
/** Words that put a second button beside the first (旁边一个“加入购物车”). */
const BESIDE = new Set(['旁边', '旁边再', '右边', '左边', '边上']);
/** Verbs after a top position word that say what the top bar shows (顶部写“消息”). */
const TOP_VERBS = new Set(['写', '写着', '显示', '显示着', '叫']);
/** Adverbs between a key and its verb: 标题就叫X, 昵称先写X. */
const ADVERBS = new Set(['就', '也', '先', '还是', '都']);
/** Bar words that say nothing of where the bar sits: at the bottom they are the tab bar. */
const BOTTOM_BARS = new Set(['导航栏', '导航条']);
/** "底部导航", "最底下放个导航栏": a top bar's word said at the bottom is the tab bar. */
const bottomBar = (toks: Token[], i: number) =>
  toks[i]!.text.includes('导航') && (roleOf(toks[i - 1]) === 'bottom' || (BOTTOM_BARS.has(toks[i]!.text) && toks.slice(0, i).some((u) => roleOf(u) === 'bottom')));
/** The sides of a bar, said after it: its icons follow. */
const SIDES = new Set(['右边', '右侧', '左边', '左侧']);
/** Verbs that say what a section's text is (内容是X), so the plain words after them are that text. */
const TEXT_VERBS = new Set(['内容是', '内容为', '文字是', '文字为', '文案是', '文案为', '写着', '写']);
/** Lists of short names (tab, filter, step and badge labels). */
const SHORT_NAMES = new Set<SectionType>(['tabs', 'filters', 'steps', 'proof']);
/** 下一步 and 上一步 are button labels, not one step. */
const nextStep = (toks: Token[], i: number) => toks[i]!.measure === 'steps' && /^[上下]$/.test(toks[i - 1]?.text ?? '') && toks[i - 1]!.end === toks[i]!.start;
/** Said in order down the page: right after 接着, 下面 or 下面是. */
const sequenced = (toks: Token[], i: number) => roleOf(toks[i - 1]) === 'order' || (roleOf(toks[i - 1]) === 'verb' && roleOf(toks[i - 2]) === 'order');
/** 填写 glued to what follows (填写资料, 填写地址) is a verb inside a label, not the form's word. */
const verbInLabel = (toks: Token[], i: number) =>
  toks[i]!.text === '填写' && toks[i + 1]?.start === toks[i]!.end && !roleOf(toks[i + 1]) && !readingOf(toks[i + 1]).field;
/** Sections whose items people also list before the section word without a count ("推荐、关注标签"). */
/** Keys that name the page in a "key: value" description (页面类型：购物车). */
const PAGE_KEYS = new Set(['页面', '页面类型', '页面名称', '页面名', '类型', '页']);
/** Keys that set a section's flag or size (自动轮播, 每行, 内边距): never a list entry (认证 may be a step). */
const SETTING_KEYS = new Set(['autoplay', 'manual', 'perRow', 'padding', 'gutter', 'grid', 'bg', 'height']);
/** Sections whose words may be a menu's entry after a colon ("菜单：个人资料、收货地址"); a list's or bar's word there ends it. */
const ENTRY_SECTIONS = new Set<string>(['user-info', 'seller', 'stats', 'text', 'price', 'proof']);
/** Tab and filter bars, whose words combine (热门标签筛选). */
const SHORT_TABS = new Set<SectionType | undefined>(['tabs', 'filters']);
const BACKWARD_LISTS = new Set<SectionType>(['tabs', 'filters', 'proof', 'menu-list', 'grid-menu', 'form', 'stats']);

/** A value of a clause: "标题叫X", "按钮写X", a quoted string after a key. */
interface Value {
  type: SectionType;
  prop: string;
  text: string;
  at: number;
  /** The key word that named it (标题), when no section word in its clause said whose it is. */
  unclaimed?: string;
  /** A button's first label when two are named ("按钮：“加入购物车”和“立即购买”"). */
  secondary?: string;
  /** A quote alone that says what to do: a button's label where no section before takes a text. */
  action?: boolean;
  /** Said after words of order or a quantifier ("文末一个“赞赏作者”"): a button of its own, not the text before. */
  led?: boolean;
  /** Said with a verb alone ("搜索框，写“想吃点什么”"): the main text of the section before. */
  main?: boolean;
  /** Names its section as a section word would (顶部写“消息” is a top bar the description asks for). */
  named?: boolean;
  /** Written in quotes: one label, whatever it holds ("登录/注册"). */
  quoted?: boolean;
}

interface Chunk {
  from: number;
  to: number;
  /** The position word in force (顶部, 底部), and whether it stands right before this chunk. */
  lead?: Role;
  direct?: boolean;
  head?: number;
  /** Taken as a button's label. */
  label?: boolean;
}

export class Interpreter {
  private readonly mentions: Mention[] = [];
  private readonly layout: Record<string, unknown> = {};
  private readonly used = new Set<Token>();
  /** Section words a value was given to (正文:"..."); they are never items of another list. */
  private readonly holders = new Set<Token>();
  /** Tokens inside named values: a clause that had one still holds only its own words. */
  private readonly named = new Set<Token>();
  private page?: PageName;

  constructor(
    private readonly raw: string,
    private readonly norm: string,
    private readonly segments: Segment[],
    /** The page to read the description as when it names none (implied.ts). */
    private readonly implied?: PageName,
  ) {}

  run(): Parse {
    const values = this.segments.map((s) => this.values(s));
    this.readLayout();
    const theme = this.spotTheme();
    const page = this.spotPage() ?? (this.implied && { value: this.implied, word: '', at: -1 });
    this.page = page?.value;
    let carry: Mention | undefined;
    this.segments.forEach((seg, i) => {
      carry = this.readSegment(seg, values[i], carry);
    });
    const without = this.without();
    for (const [type, at] of without) {
      const k = this.mentions.findIndex((m) => m.type === type && m.at === at);
      if (k >= 0) this.mentions.splice(k, 1);
    }
    // "IM聊天列表页…然后是搜索框，下面是会话列表": a section named in the page's own name stands where it is said again.
    // ("聊天列表，绿色的。顶部搜索。会话：…", "视频的搜索结果，顶部搜索…下面视频卡片三列": so does one said in the opening
    // clause that names the page, or that opens a text naming none.)
    const opening = this.segments.find((s) => s.tokens.length > 0);
    // (Or a clause of nothing but that word: "会话列表，蓝色的。…".)
    const opens = (m: Mention) => !!opening && m.at >= opening.start && m.at < opening.end && (!page || page.at < 0 || (page.at >= opening.start && page.at < opening.end) || opening.tokens.length === 1);
    // ("消息页面，就是聊天列表，嗯…", "二手交易的消息页……嗯，就是聊天列表。": the page said again in the next clauses, after
    // 就是, before any part of it.)
    const early = this.segments.filter((s) => s.tokens.length > 0).slice(1, 3);
    const restates = (m: Mention) => early.some((s) => m.at >= s.start && m.at < s.end && /^[\s,.…]*(?:嗯|呃|哦)?[\s,.…]*就是/.test(this.norm.slice(s.start, s.end))) && !this.mentions.some((x) => x.at >= 0 && x.at < m.at);
    for (const m of this.mentions) {
      if (!/^(?:页|页面)/.test(this.norm.slice(m.at + m.said.length)) && !opens(m) && !restates(m)) continue;
      const again = this.mentions.find((x) => x !== m && x.type === m.type && x.at > m.at);
      if (again) m.at = again.at - 0.5;
    }
    return { page, theme, mentions: this.mentions, layout: this.layout, without: without.map(([type]) => type) };
  }

  /**
   * "不要底部导航", "底部无导航", "不用tab": a section word right after a word of refusal (a place word may stand
   * between, either side) names a section the page must not have; with where it was said.
   */
  private without(): Array<[SectionType, number]> {
    const out: Array<[SectionType, number]> = [];
    for (const seg of this.segments) {
      const toks = seg.tokens;
      toks.forEach((t, i) => {
        if (!/^(?:不要|无|没有|不用|不需要)$/.test(t.text) || roleOf(t) !== 'negate') return;
        let k = i + 1;
        while (['top', 'bottom'].includes(roleOf(toks[k]) ?? '')) k++;
        const word = toks[k];
        if (!word || word.start !== toks[k - 1]!.end) return;
        const bottom = roleOf(toks[i - 1]) === 'bottom' || roleOf(toks[i + 1]) === 'bottom';
        const type = this.anchorOf(toks, k, false) ?? readingOf(word).section;
        // (Only the bars, slides and buttons a page may go without: "不要头像" turns off the user card's avatar.)
        if (!type || !REFUSABLE.has(type)) return;
        out.push([type === 'topbar' && bottom ? 'tabbar' : type, word.start]);
      });
    }
    return out;
  }

  private live(seg: Segment): Token[] {
    return seg.tokens.filter((t) => !this.used.has(t));
  }

  private rawText(from: number, to: number): string {
    return this.raw.slice(from, to).trim();
  }

  // ---- pass 1: values, layout, theme, page ----

  /** What a token can hold a value for: a key word (标题), a button, or a section with a main text. */
  private holder(toks: Token[], i: number): { key?: string; section?: SectionType } | undefined {
    const t = toks[i]!;
    if (t.kind !== 'word') return undefined;
    const r = t.reading!;
    // A bar said at the bottom is the tab bar (anchorOf): it holds icons, not a title.
    if (r.section === 'topbar' && bottomBar(toks, i)) return undefined;
    if (r.key && KEY_TARGETS[r.key]) return { key: r.key };
    if (r.role === 'button') return { section: 'cta' };
    if (r.section && MAIN_TEXT[r.section]) return { section: r.section };
    return undefined;
  }

  /** Values people name, read first so their words are not taken for sections or page types. */
  private values(seg: Segment): Value[] {
    const out: Value[] = [];
    const toks = seg.tokens;
    const n = toks.length;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (this.used.has(t)) continue;
      const before = this.beforeHolder(toks, i);
      if (before) {
        out.push(before);
        continue;
      }
      const holder = this.holder(toks, i);
      const next = toks[i + 1];
      // "搜索框，写“想吃点什么？”": a clause that is only a verb and a quote names the text of the section before it.
      // ("公告，就写“新品上市”": an adverb may come first.)
      const soft = i === 1 && ADVERBS.has(toks[0]!.text) && roleOf(t) === 'verb' ? 1 : 0;
      // ("tab，就是“全部”和“未读”": 是 before quotes joined is a list's entries.)
      const quotesListed = t.text === '是' && toks[3 + soft]?.kind === 'quote';
      if (!holder && i === soft && roleOf(t) === 'verb' && next?.kind === 'quote' && (n === 2 + soft || roleOf(toks[2 + soft]) === 'conn') && !quotesListed) {
        this.used.add(t).add(next);
        if (soft) this.used.add(toks[0]!);
        out.push({ type: 'text', prop: 'body', text: next.raw ?? '', at: t.start, main: true });
        break;
      }
      // "顶部通知：“满199减30”", "顶部通知“今日18:00前下单”": 通知 (otherwise the bell icon) with a quote is a notice.
      const noticeQuote = next?.text === ':' ? i + 2 : i + 1;
      if (!holder && t.text === '通知' && toks[noticeQuote]?.kind === 'quote') {
        for (let k = i; k <= noticeQuote; k++) this.used.add(toks[k]!);
        out.push({ type: 'notice-bar', prop: 'text', text: toks[noticeQuote]!.raw ?? '', at: t.start });
        i = noticeQuote;
        continue;
      }
      // "公告条放价格下面：“X”", "（再加个公告条，）放在筛选上面：“X”": where a section goes, then its text.
      const at0 = /^(放|放在|放到)$/.test(t.text) && /^(在|到)$/.test(next?.text ?? '') ? i + 1 : i;
      // ("放在聊天列表上面：“X”": a word of the section's look may come first, glued.)
      const word = !readingOf(toks[at0 + 1]).section && readingOf(toks[at0 + 2]).section && toks[at0 + 2]!.start === toks[at0 + 1]!.end ? at0 + 2 : at0 + 1;
      const placing = /^(放|放在|放到|在)$/.test(t.text) && readingOf(toks[word]).section && RELATIVE[toks[word + 1]?.text ?? ''] !== undefined;
      const quoteAt = placing ? (toks[word + 2]?.text === ':' ? word + 3 : word + 2) : -1;
      if (placing && toks[quoteAt]?.kind === 'quote' && (quoteAt === n - 1 || roleOf(toks[quoteAt + 1]) === 'conn')) {
        const before = toks[i - 1] ? this.holder(toks, i - 1) : undefined;
        this.used.add(toks[quoteAt]!);
        if (before?.section && MAIN_TEXT[before.section]) out.push({ type: before.section, prop: MAIN_TEXT[before.section]!, text: toks[quoteAt]!.raw ?? '', at: toks[i - 1]!.start });
        else if (i === 0) out.push({ type: 'text', prop: 'body', text: toks[quoteAt]!.raw ?? '', at: t.start, main: true });
        i = quoteAt;
        continue;
      }
      // "两个按钮，“立即结算”和“继续逛逛”", "搜索框，“搜索好物”": a clause of nothing but one quote, or two joined,
      // names the main text of the section before (for a button, its labels).
      // ("再来个“还没有账号？去注册”", "文末一个“赞赏作者”": words of order and a quantifier may come first; such a quote that
      // says what to do and finds no section with a text before it is a button, `readClause` decides.)
      let lead0 = 0;
      while (lead0 < n - 1 && (['order', 'filler'].includes(roleOf(toks[lead0]) ?? '') || LEAD_FILLERS.has(toks[lead0]!.text) || /^(?:文末|主操作|再来个|再来一个|再放个)$/.test(toks[lead0]!.text) || (toks[lead0]!.kind === 'num' && toks[lead0]!.value === 1))) lead0++;
      if (!holder && i === lead0 && lead0 > 0 && t.kind === 'quote' && n === lead0 + 1 && ACTION_LABEL.test(t.raw ?? '')) {
        for (const x of toks) this.used.add(x);
        out.push({ type: 'text', prop: 'body', at: t.start, main: true, action: true, led: true, text: t.raw ?? '' });
        break;
      }
      if (!holder && i === 0 && t.kind === 'quote' && (n === 1 || (n === 3 && roleOf(next) === 'conn' && toks[2]!.kind === 'quote'))) {
        for (const x of toks) this.used.add(x);
        const pair = n === 3 ? { secondary: t.raw ?? '', text: toks[2]!.raw ?? '' } : { text: t.raw ?? '' };
        out.push({ type: 'text', prop: 'body', at: t.start, main: true, action: n === 1 && ACTION_LABEL.test(t.raw ?? ''), ...pair });
        break;
      }
      // "按钮“立即抢购”，旁边一个“加入购物车”": the second label beside a button.
      const beside = !holder && BESIDE.has(t.text) ? toks.findIndex((x, k) => k > i && x.kind === 'quote') : -1;
      // ("旁边再放个“加入购物车”": words of adding may come between.)
      if (beside > 0 && toks.slice(i + 1, beside).every((x) => ['filler', 'order', 'intro'].includes(roleOf(x) ?? '') || LEAD_FILLERS.has(x.text) || /^(?:再|再放|还有|放)$/.test(x.text) || x.kind === 'num') && (beside === n - 1 || roleOf(toks[beside + 1]) === 'conn')) {
        for (let k = i; k <= beside; k++) this.used.add(toks[k]!);
        out.push({ type: 'cta', prop: 'secondary', text: toks[beside]!.raw ?? '', at: t.start, unclaimed: 'secondary' });
        i = beside;
        continue;
      }
      // "…然后一个“结算”", "…显示金额299和一个“立即支付”": a quote ending the description after words of order or
      // joining, that says what to do, is the button's label.
      const lead = toks[i - 1]?.kind === 'num' && toks[i - 1]!.value === 1 ? toks[i - 2] : toks[i - 1];
      // (Not an entry of a list said before it in the clause: "底tab有分类、“发布和我的”".)
      const listed = toks.slice(0, i).some((x) => { const sec = readingOf(x).section; return !!sec && !!ITEM_KINDS[sec]; });
      if (!holder && t.kind === 'quote' && i === n - 1 && !!lead && !listed && ['order', 'filler', 'conn'].includes(roleOf(lead) ?? '') && ACTION_LABEL.test(t.raw ?? '') && this.segments.slice(this.segments.indexOf(seg) + 1).every((s) => s.tokens.length === 0)) {
        this.used.add(t);
        out.push({ type: 'cta', prop: 'text', text: t.raw ?? '', at: t.start, named: true });
        continue;
      }
      // "最下面一个“我想要”", "底下“立即报名”": a quote at the bottom, with nothing else, is the button's label.
      if (!holder && roleOf(t) === 'bottom') {
        let q = i + 1;
        while (q < n && (roleOf(toks[q]) === 'filler' || (toks[q]!.kind === 'num' && toks[q]!.value === 1))) q++;
        // (Not a pair: "底部“我想要”和“聊一聊”两个按钮" is the button phrase's.)
        if (toks[q]?.kind === 'quote' && (q === n - 1 || (roleOf(toks[q + 1]) === 'conn' && toks[q + 2]?.kind !== 'quote' && !toks.slice(q + 1).some((x) => roleOf(x) === 'button')))) {
          for (let k = i + 1; k <= q; k++) this.used.add(toks[k]!);
          out.push({ type: 'cta', prop: 'text', text: toks[q]!.raw ?? '', at: t.start, named: true });
          i = q;
          continue;
        }
      }
      // "顶部写“消息”", "最上面写 燃力健身", "顶部显示小区名“阳光花园”": what the top shows is the top bar's title.
      // ("顶部'书虫集市'": or the quote right after the top word.)
      const topTitle = !holder && roleOf(t) === 'top' ? (TOP_VERBS.has(next?.text ?? '') ? this.topTitle(toks, i + 2) : next?.kind === 'quote' && (i + 2 === n || ['conn', 'with'].includes(roleOf(toks[i + 2])!)) ? ([next.raw ?? '', i + 1] as [string, number]) : undefined) : undefined;
      if (topTitle) {
        const [text, last] = topTitle;
        // The top word stays: icons after the title ("…带分享图标") are still the top bar's.
        for (let k = i + 1; k <= last; k++) this.used.add(toks[k]!);
        out.push({ type: 'topbar', prop: 'title', text, at: t.start, named: true });
        i = last;
        continue;
      }
      // "提交“提交鉴定”": 提交 right before a quote names the form's submit label.
      if (!holder && t.kind === 'other' && t.text.endsWith('提交') && next?.kind === 'quote' && next.start === t.end) {
        this.used.add(next);
        out.push({ type: 'form', prop: 'submit', text: next.raw ?? '', at: t.start });
        i++;
        continue;
      }
      // "公告，内容是春节期间正常发货": after a verb that says "the text is", the plain rest of the clause.
      if (!holder && i === 0 && TEXT_VERBS.has(t.text) && next && toks.slice(1).every((x) => x.kind === 'other' || x.kind === 'num' || (x.kind === 'word' && !x.reading!.section && !x.reading!.page && !x.reading!.theme && !x.reading!.key && (!x.reading!.role || x.reading!.role === 'filler')))) {
        for (const x of toks) this.used.add(x);
        out.push({ type: 'text', prop: 'body', text: this.rawText(next.start, toks[n - 1].end), at: t.start, main: true });
        break;
      }
      if (!holder || !next) continue;
      if (QUOTE_ONLY_KEYS.has(t.text) && next.kind !== 'quote' && roleOf(next) !== 'verb' && next.text !== ':') continue;
      let j = i + 1;
      let paren = false;
      const nextRole = roleOf(next);
      // "标题就叫潮鞋集市": an adverb may stand between the key and its verb.
      const adverb = ADVERBS.has(next.text) && roleOf(toks[i + 2]) === 'verb';
      if (adverb) j += 2;
      // "标题就“购物车”": or right before the quoted value.
      else if (ADVERBS.has(next.text) && toks[i + 2]?.kind === 'quote') j++;
      else if (nextRole === 'verb' || next.text === ':' || next.text === '=' || next.text === '显示' || next.text === '用') j++;
      else if (next.text === '(' || next.text === '[') {
        paren = true;
        j++;
      } else if (next.kind === 'quote') {
        // 标题“X”: the quote is the value.
      } else if ((holder.section === 'notice-bar' || holder.section === 'text') && next.start > t.end && (next.kind === 'other' || (next.kind === 'word' && !readingOf(next).section && !nextRole && !readingOf(next).key))) {
        // "通知栏 欢迎光临本店", "正文 这里是文章正文": after a space, the rest of the clause is the notice or the text.
      } else if (
        (holder.key || holder.section === 'cta') &&
        // ("挪到按钮前面", "在店铺和按钮之间加个…": a side of the button is no label of it.)
        !(holder.section === 'cta' && AROUND.test(this.norm.slice(t.end))) &&
        // ("logo旁边一个搜索按钮": what stands beside it is no value of it.)
        !/^\s*(?:旁边|右边|左边|边上|右侧|左侧|右上|左上)/.test(this.norm.slice(t.end)) &&
        (next.kind === 'other' ||
          (holder.section === 'cta' && next.kind === 'word' && !nextRole && !readingOf(next).section) ||
          // "搜索栏提示搜索店铺或商品": a placeholder or subtitle is the rest of the clause, whatever its words.
          // So is "提示请输入…": 请 opens the hint, it is no filler there.
          (['placeholder', 'subtitle', 'smallText'].includes(holder.key!) && next.kind === 'word' && (!nextRole || next.text === '请') && !readingOf(next).key))
      ) {
        // 副标题全场包邮, 按钮立即购买: a space or nothing stands for the verb.
      } else if (holder.key === 'title' && (roleOf(toks[i - 1]) === 'top' || readingOf(toks[i - 1]).section === 'topbar') && next.kind === 'word' && !nextRole && !readingOf(next).key) {
        // 顶部标题设置: after 顶部 nothing else could follow a title word.
      } else if (['title', 'text', 'smallText'].includes(holder.key!) && next.kind === 'word' && !!readingOf(next).page && !readingOf(next).section && next.start > t.end) {
        // "标题 我的订单", "小字 登录即同意…": a page word after the key and a space starts the value (tokenize.ts joined them).
      } else continue;
      const first = toks[j];
      if (!first) continue;
      // "顶栏（返回、分享）": icons listed in brackets after a bar are its icons, not its title.
      if (paren && holder.section === 'topbar' && readingOf(first).icon && roleOf(toks[j + 1]) === 'conn' && readingOf(toks[j + 2]).icon) continue;
      // "用户信息（头像、昵称、手机号）": the parts a user card shows, in brackets, are no name.
      if (paren && holder.section === 'user-info' && /^(?:头像|昵称|名字|用户名|手机号|会员等级|等级|签名)/.test(this.norm.slice(first.start))) continue;
      // "banner：标题“X”，副标题“Y”", "按钮区：主按钮“X”": the keys after the section's word hold its values, each its own.
      // ("文字：标题“X”，正文…": so do those after 文字, which then names a text.)
      if ((!holder.key || (t.text === '文字' && next.text === ':')) && first.kind === 'word' && (KEY_TARGETS[first.reading!.key ?? ''] || first.reading!.role === 'button')) continue;
      let text: string;
      let last: number;
      let cut: Token | undefined;
      let secondary: string | undefined;
      if (first.kind === 'quote') {
        text = first.raw ?? '';
        last = paren && toks[j + 1]?.text === ')' ? j + 1 : j;
        // "两个按钮：“立即购买”和“聊一聊”": two quoted labels are the button's two (`setValue` says which is main).
        // ("底部按钮“点赞”“评论”": or side by side with nothing between.)
        const next2 = roleOf(toks[j + 1]) === 'conn' && toks[j + 2]?.kind === 'quote' ? j + 2 : toks[j + 1]?.kind === 'quote' && toks[j + 2]?.kind !== 'quote' ? j + 1 : -1;
        if (holder.section === 'cta' && !paren && next2 > 0) {
          secondary = text;
          text = toks[next2]!.raw ?? '';
          last = next2;
        }
        if (toks[last + 1]?.text === '的' && readingOf(toks[last + 2]).section) cut = toks[last + 2];
      } else {
        let k = j;
        for (; k < n; k++) {
          if (paren && (toks[k].text === ')' || toks[k].text === ']' || (k > j && /^[,;]/.test(toks[k].text)))) break;
          // "结算(2)", "购物车(3)": a count in brackets is part of the label.
          if (k > j && toks[k].text === '(' && toks[k + 1]?.kind === 'num' && !toks[k + 1]!.measure && toks[k + 2]?.text === ')' && toks[k + 1]!.start === toks[k].end) {
            k += 2;
            continue;
          }
          // "navbar: 我的订单 back": an icon's Latin name after a space is the bar's icon, not part of the name.
          if (k > j && /^[a-z]+$/.test(toks[k].text) && !!readingOf(toks[k]).icon && toks[k].start > toks[k - 1]!.end) break;
          // "保存（大一点）": a remark in brackets after a name is not part of it.
          if (k > j && (toks[k].text === '(' || toks[k].text === ')')) break;
          // 标题栏写X带返回图标: the icons that follow are not part of the title.
          // (A notice's words may hold them: "通知栏：您有一张账单待还".)
          // (So may a line of small print's: "小字已有账号去登录".)
          if (k > j && (roleOf(toks[k]) === 'with' || toks[k].text === '有') && holder.section !== 'notice-bar' && !(holder.key === 'smallText' && toks[k].start === toks[k - 1]!.end)) break;
          // "两个按钮:确认支付和微信支付、流程步骤": a section word after 、 starts the next section.
          if (k > j && roleOf(toks[k]) === 'conn' && (sectionOnly(readingOf(toks[k + 1])) || (toks[k + 1]?.kind === 'num' && !!toks[k + 1].measure))) break;
          // "标题为社区旗舰店以及每行两个的商品列表", "标题是阅读以及放一个评论的按钮": a row count or a
          // quantifier after the joiner opens the next section.
          if (k > j && roleOf(toks[k]) === 'conn' && (LEAD_FILLERS.has(toks[k + 1]?.text ?? '') || readingOf(toks[k + 1]).key === 'perRow')) break;
          // Names never hold + / | 、 or a comma (left only inside brackets: "topbar(标题=鲜果汇, 右侧scan)"):
          // "公告:春节正常发货+秒杀/分类入口" goes on to other sections; a button's
          // two labels may ("底部按钮：立即报名 / 免费试听", the clause ending with the second).
          // ("两个按钮：加入购物车、立即购买": or a 、.)
          const pair = holder.section === 'cta' && (toks[k].text === '/' || toks[k].text === '、') && k + 1 < n && k + 4 >= n && toks.slice(k + 1).every((x) => x.kind !== 'num' && !readingOf(x).section && !readingOf(x).key && roleOf(x) !== 'conn');
          // ("提示：目的地/酒店名/关键词": a hint may name its choices with slashes, to the clause's end.)
          const hint = holder.key === 'placeholder' && toks[k].text === '/' && toks.slice(k + 1).every((x) => x.kind === 'other' || x.text === '/' || (x.kind === 'word' && !readingOf(x).section && !roleOf(x)));
          if (k > j && roleOf(toks[k]) === 'conn' && '+/|、,'.includes(toks[k].text) && !pair && !hint) break;
          // 标题叫X的顶栏: the value stops before 的 and the section word after it.
          if (toks[k].text === '的' && (readingOf(toks[k + 1]).section || roleOf(toks[k + 1]) === 'button')) {
            cut = toks[k + 1];
            break;
          }
          // "按钮下一步的紫色发布页": what follows 的 describes the page.
          if (toks[k].text === '的' && (readingOf(toks[k + 1]).theme || readingOf(toks[k + 1]).page)) break;
        }
        if (k === j) continue;
        // (两列), (4.8分), (5): a bracket of counts, numbers and keywords is not a name; a number inside a
        // notice's words is part of it (新品上架八折, 双十一活动火热进行中), inside a button's a remark (大一点).
        const inner = toks.slice(j, k);
        const measure = (x: Token) => x.kind === 'num' && (!!x.measure || inner.length === 1 || holder.section === 'cta');
        if (paren && inner.some((x) => measure(x) || readingOf(x).key || (roleOf(x) && !['conn', 'filler', 'recommend', 'negate'].includes(roleOf(x)!)))) continue;
        text = this.rawText(first.start, toks[k - 1].end).replace(/(按钮|按键)$/, '').replace(/[~!?.。！？～]+$/, '');
        // "风险提示：“投资有风险”", "对方名字“小鹿”": a few words that say what the quote is, then the quote.
        text = LABELLED_QUOTE.exec(text)?.[1] ?? text;
        last = paren && k < n ? k : k - 1;
      }
      if (!text) continue;
      const target = this.targetOf(holder, toks.slice(0, i), cut, t);
      // A key word (标题) is spent; a section word (标题栏, 按钮) still names its section.
      for (let k = holder.key ? i : i + 1; k <= last; k++) {
        this.used.add(toks[k]);
        this.named.add(toks[k]);
      }
      this.holders.add(t);
      out.push({ ...target, text, at: t.start, secondary, quoted: first.kind === 'quote' });
      i = last;
    }
    return out;
  }

  /**
   * The title after 顶部写: a quote within a few words (顶部显示小区名“X”), or plain words running to the end of
   * the clause with no section, page, theme or grammar word among them. With the index of its last token.
   */
  private topTitle(toks: Token[], from: number): [string, number] | undefined {
    const quote = toks.slice(from, from + 4).findIndex((x) => x.kind === 'quote');
    if (quote >= 0 && toks.slice(from, from + quote).every((x) => x.kind === 'other' || (x.kind === 'word' && !x.reading!.section && (!x.reading!.role || x.reading!.role === 'filler')))) return [toks[from + quote]!.raw ?? '', from + quote];
    // (A page's word may be a title: 顶上写设置中心.)
    const rest = toks.slice(from);
    const plain = rest.length > 0 && rest.every((x) => x.kind === 'other' || (x.kind === 'word' && !x.reading!.section && !x.reading!.role && !x.reading!.theme && !x.reading!.key));
    const text = plain ? this.rawText(rest[0]!.start, rest[rest.length - 1]!.end) : '';
    return text && Array.from(text).length <= 12 ? [text, toks.length - 1] : undefined;
  }

  /** "“限时特惠”横幅", "新品首发banner": a name said just before the banner or bar it names. */
  private beforeHolder(toks: Token[], i: number): Value | undefined {
    const t = toks[i];
    const next = toks[i + 1];
    const section = readingOf(next).section;
    if (!section || !MAIN_TEXT[section] || section === 'cta' || this.used.has(next)) return undefined;
    // A bare name glued to the banner word (会员日banner, 是家电节Banner) may hold plain words too (会员).
    const plain = (x: Token) => x.kind === 'other' || (x.kind === 'word' && !x.reading!.section && !x.reading!.role && !x.reading!.page && !x.reading!.theme && !x.reading!.card);
    let from = i;
    if (section === 'banner' && t.end === next.start) while (from > 0 && plain(toks[from - 1]) && toks[from - 1].end === toks[from].start) from--;
    const opens = from === 0 || POSITION.has(roleOf(toks[from - 1])!) || ['filler', 'verb', 'intro'].includes(roleOf(toks[from - 1])!);
    const bare = section === 'banner' && toks.slice(from, i + 1).some((x) => x.kind === 'other') && toks.slice(from, i + 1).every(plain) && opens;
    if (t.kind !== 'quote' && !bare) return undefined;
    for (let k = from; k <= i; k++) this.used.add(toks[k]);
    return { type: section, prop: MAIN_TEXT[section]!, text: t.kind === 'quote' ? (t.raw ?? '') : this.rawText(toks[from].start, t.end), at: next.start };
  }

  private targetOf(holder: { key?: string; section?: SectionType }, before: Token[], cut: Token | undefined, word?: Token): { type: SectionType; prop: string; unclaimed?: string } {
    if (!holder.key) return { type: holder.section!, prop: MAIN_TEXT[holder.section!]! };
    const pairs = KEY_TARGETS[holder.key];
    // "标题栏文字写“阅读”": 文字 right after a section's word is that section's text.
    const own = readingOf(before[before.length - 1]).section;
    if (holder.key === 'text' && own && MAIN_TEXT[own]) return { type: own, prop: MAIN_TEXT[own]! };
    // "通知条提示“请定期修改密码”", "公告条提醒“…”": 提示 right after a notice's word says what the notice says.
    if (holder.key === 'placeholder' && own === 'notice-bar') return { type: own, prop: MAIN_TEXT[own]! };
    // "配送提示“预计30分钟送达”", "上面提示“再买12元可减5元”": a hint said with no search box, glued to what it is about or
    // said at the top, is a notice's text.
    const last = before[before.length - 1];
    // (Not a hint inside something, "框里提示", "里面提示写…": that is a search box's.)
    const hinted = !!last && /^提示/.test(this.norm.slice(last.end)) && ((last.kind === 'other' && !/[搜输]|[里内中]面?$|里头$/.test(last.text)) || roleOf(last) === 'top' || roleOf(last) === 'bottom');
    // (Nor one said right after a search box: "顶部是搜索框，灰色提示“…”".)
    const at = hinted ? this.segments.findIndex((g) => g.tokens.includes(last!)) : -1;
    const afterSearch = at > 0 && this.segments[at - 1]!.tokens.some((x) => readingOf(x).section === 'search-bar');
    if (holder.key === 'placeholder' && hinted && !afterSearch && ![...before, cut].some((x) => readingOf(x).section === 'search-bar')) return { type: 'notice-bar', prop: 'text' };
    // "提示：“支付完成后不可撤回”": a hint opening its clause, on a page with no search box, is a notice's text.
    // ("上面有个提示文字“…”": after a position, 有 and a quantifier.)
    const opens = before.every((x) => ['order', 'top', 'bottom', 'filler', 'conn', 'intro'].includes(roleOf(x) ?? '') || LEAD_FILLERS.has(x.text) || /^(?:有个|有一个|有|放个|加个|个)$/.test(x.text));
    if (holder.key === 'placeholder' && /^提示/.test(word?.text ?? '') && opens && this.page !== 'search_page' && !this.segments.some((g) => g.tokens.some((x) => readingOf(x).section === 'search-bar' || /搜/.test(x.text)))) return { type: 'notice-bar', prop: 'text' };
    const find = (s: SectionType | undefined) => s && pairs.find(([type]) => type === s);
    const after = find(readingOf(cut).section);
    if (after) return { type: after[0], prop: after[1] };
    for (let k = before.length - 1; k >= 0; k--) {
      const pair = find(readingOf(before[k]).section);
      if (pair) return { type: pair[0], prop: pair[1] };
    }
    return { type: pairs[0][0], prop: pairs[0][1], unclaimed: holder.key };
  }

  /** Padding, gutter, grid and background colour, wherever they are said. */
  private readLayout(): void {
    for (const seg of this.segments) {
      const toks = this.live(seg);
      for (let i = 0; i < toks.length - 1; i++) {
        // "纯黑背景": a named colour before the word for background.
        if (readingOf(toks[i]).colour && readingOf(toks[i + 1]).key === 'bg') {
          this.layout.bg = readingOf(toks[i]).colour;
          this.used.add(toks[i]).add(toks[i + 1]);
          continue;
        }
        const key = readingOf(toks[i]).key;
        if (key !== 'padding' && key !== 'gutter' && key !== 'grid' && key !== 'bg') continue;
        let j = i + 1;
        while (toks[j] && ['verb', 'intro', 'filler'].includes(roleOf(toks[j])!)) j++;
        const v = toks[j];
        const named = key === 'bg' ? readingOf(v).colour : undefined;
        if (key === 'bg' ? v?.kind !== 'color' && !named : v?.kind !== 'num') continue;
        this.layout[key] = key === 'bg' ? (named ?? (v.raw ?? v.text).toUpperCase()) : v.value;
        for (let k = i; k <= j; k++) this.used.add(toks[k]);
      }
    }
  }

  private spotTheme(): Spotted<ThemeName> | undefined {
    let best: Token | undefined;
    for (const seg of this.segments) {
      const toks = this.live(seg);
      for (const [i, t] of toks.entries()) {
        // 简单样式 is a list style, not the minimal theme.
        if (!readingOf(t).theme || toks[i + 1]?.text === '样式') continue;
        if (t.text.length === 1 && NOT_THEMES.some((w) => this.norm.startsWith(w, t.start))) continue;
        if (!best || t.text.length > best.text.length) best = t;
      }
    }
    if (!best) return undefined;
    this.used.add(best);
    return { value: best.reading!.theme!, word: best.text, at: best.start };
  }

  /**
   * The page type: in the first clause that names one, the longest such word. A word followed by
   * 按钮 or 图标 is a label (退出登录按钮), not the page.
   */
  private spotPage(): Spotted<PageName> | undefined {
    let first: Token | undefined;
    let marked: Token | undefined;
    for (const seg of this.segments) {
      const toks = this.live(seg);
      let best: Token | undefined;
      toks.forEach((t, i) => {
        // "“我的”页面": a page's word in quotes, said as a page.
        if (t.kind === 'quote' && roleOf(toks[i + 1]) === 'pageword' && lexicon.words.get(t.text)?.page && !marked) {
          marked = { ...t, kind: 'word', reading: lexicon.words.get(t.text) };
          return;
        }
        if (!readingOf(t).page) return;
        // "页面类型：购物车", "页面:聊天": the page named after its key, even a word that is also an icon.
        if (toks[i - 1]?.text === ':' && PAGE_KEYS.has(toks[i - 2]?.text ?? '')) {
          marked ??= t;
          return;
        }
        const after = roleOf(toks[i + 1]);
        if (after === 'button' || after === 'iconword' || listedIcon(toks, i)) return;
        if (!best || t.text.length > best.text.length) best = t;
        // 订单页, 购物车页面: a word said as a page is the page, wherever it stands (首页 and 主页 are also icons).
        if (!marked && (after === 'pageword' || (t.text.length > 2 && /页面?$/.test(t.text)))) marked = t;
        // "资讯App的首页": the home page of an app of some kind, whatever kind the app is; "资讯首页": so is 首页 glued after another page's word.
        if (!marked && /^(?:首页|主页)$/.test(t.text) && (toks[i - 1]?.text === '的' || /(?:app|类)$/.test(toks[i - 1]?.text ?? '') || (t.text === '首页' && readingOf(toks[i - 1]!).page)) && toks[i - 1]!.end === t.start) marked = t;
      });
      first ??= best;
    }
    // "新闻详情页", "资讯文章详情页", "美食文章（菜谱）详情：": a details page about an article is an article page.
    const details = marked ?? first;
    if (details?.reading!.page === 'detail_page' && /(新闻|资讯|文章|菜谱|攻略|游记|博客|帖子|教程)[^,.;\n]{0,4}$/.test(this.norm.slice(Math.max(0, details.start - 8), details.start))) {
      if (marked) marked = { ...marked, reading: { page: 'article_page' } };
      else first = { ...first!, reading: { page: 'article_page' } };
    }
    // "发布房源的页面", "页面：发布拍卖品", "发闲置的那个页面": a page for publishing something, whatever else it names.
    if ((!marked || marked.reading!.page === 'settings_page') && /发布[\u4e00-\u9fff]{1,6}的?(页面|页)(?!面)|页面:\s*发布|(?:(?<![\u4e00-\u9fff])|(?<=[个要做是的]))发(?![布现货票送])[\u4e00-\u9fff]{1,4}的(?:那个|那种)?(?:页面|界面)/.test(this.norm)) {
      const at = this.norm.search(/发布|发/);
      marked = { kind: 'word', start: at, end: at + 2, text: '发布', reading: { page: 'publish_page' } };
    }
    const pick = marked ?? first;
    // "发布二手车 深蓝 …", "发布动态 赛博紫": a request that opens with 发布 and names no page is for a publish page;
    // "搜菜谱的页面" is for a search page.
    if (!pick) {
      const opening = OPENINGS.find(([re]) => re.test(this.norm));
      return opening ? { value: opening[1], word: this.norm.trim().slice(0, 2), at: this.norm.indexOf(this.norm.trim()[0]!) } : undefined;
    }
    // "聊天列表": a page's word glued to a section's word stays for the section (it says the list's style).
    const glued = matchWord(this.norm, pick.end, this.norm.length)?.reading.section;
    // "外卖订单。然后订单列表（卡片）", "模块三：订单列表": a word that names a page and a section, said in the page's
    // running order (after a word of order or place, or a module's key) and not as a page (订单列表页), is also the section.
    // (Numbered modules are normalised to 然后, a clause of its own before the word.)
    const at = this.segments.findIndex((s) => this.live(s).includes(pick));
    const toks = at >= 0 ? this.live(this.segments[at]!) : [];
    const k = toks.indexOf(pick);
    const placed = (t: Token | undefined) => ['order', 'top', 'bottom'].includes(roleOf(t) ?? '');
    const moduleKey = k === 0 && at > 0 && this.live(this.segments[at - 1]!).length > 0 && this.live(this.segments[at - 1]!).every(placed);
    // (So is a line of a list of the page's parts, unless the line before only announces the list: "需求：".)
    const before = this.norm.slice(0, pick.start);
    const partLine = k === 0 && /\n[ \t]*$/.test(before) && !/:[ \t]*\n[ \t]*$/.test(before);
    const inFlow = !!pick.reading!.section && roleOf(toks[k + 1]) !== 'pageword' && !/页面?$/.test(pick.text) && (placed(toks[k - 1]) || moduleKey || partLine);
    // ("进度：确认订单、付款、完成": a page word that is an entry of a list stays the list's too.)
    const listed = /^[ \t]*、/.test(this.norm.slice(pick.end)) || /、[ \t]*$/.test(before);
    if (!glued && !inFlow && !listed) this.used.add(pick);
    return { value: pick.reading!.page!, word: pick.text, at: pick.start };
  }

  // ---- pass 2: sections ----

  /** The section a token names in its clause, or undefined. */
  private anchorOf(toks: Token[], i: number, iconContext: boolean): SectionType | undefined {
    const t = toks[i];
    // "确认→支付→完成三步": a count of steps names the steps.
    // "昵称、密码两个字段": a count of fields names the form.
    // "两列水果": a count of columns glued to a plain noun, no section word in the clause, is a card list of them.
    if (t.kind === 'num' && t.measure === 'columns' && toks[i + 1]?.kind === 'other' && toks[i + 1]!.start === t.end && toks[i + 1]!.text.length >= 2 && !toks.some((u) => readingOf(u).section || readingOf(u).card)) return 'card-list';
    // "书2列x6", "一本本书两列排": a plain noun glued before a count of columns, no section word in the clause, likewise.
    // (A short noun, and nothing glued after the count: "食材清单列表" is no count of columns, "我本来想两列" and
    // "8个入口分4列" have no noun.)
    if (t.kind === 'num' && t.measure === 'columns' && toks[i - 1]?.kind === 'other' && toks[i - 1]!.end === t.start && toks[i - 1]!.text.length <= 4 && !/[想要是用成分排按为]/.test(toks[i - 1]!.text) && !(toks[i + 1]?.kind === 'other' && toks[i + 1]!.start === t.end && toks[i + 1]!.text.length === 1) && !toks.some((u) => readingOf(u).section || readingOf(u).card)) return 'card-list';
    // "图3张", "热门城市8个入口": slides, or a count of entries, with no section word in the clause.
    const bare = !toks.some((u) => readingOf(u).section || readingOf(u).card);
    if (t.kind === 'num' && bare && t.measure === 'slides' && toks[i - 1]?.end === t.start && /(图|照片|图片)$/.test(toks[i - 1]!.text)) return 'carousel';
    if (t.kind === 'num' && bare && t.measure === 'items' && toks[i + 1]?.text === '入口' && toks[i + 1]!.start === t.end) return 'grid-menu';
    if (t.kind === 'num') return t.measure === 'steps' && !nextStep(toks, i) ? 'steps' : t.text.endsWith('字段') && !anchorAfter(toks, i, 'form') ? 'form' : undefined;
    // "标题 ⏎ 作者 ⏎ 正文 ⏎ 评论": an article's parts named alone in their clauses are its author's card and its comments.
    // (Not at the bottom: "最下面评论" is the button to write one.)
    const part = this.page === 'article_page' && i === toks.length - 1 && toks.slice(0, i).every((u) => ['order', 'filler'].includes(roleOf(u) ?? '')) ? ARTICLE_PARTS[t.text] : undefined;
    if (part) return part;
    // "顶部输入框里保留关键词", "顶部关键词输入": on a search page, the box to type in is the search bar.
    if (this.page === 'search_page' && ((t.text === '输入框' && !toks.some((u) => readingOf(u).field)) || (t.text === '关键词' && toks[i + 1]?.text === '输入' && toks[i + 1]!.start === t.end))) return 'search-bar';
    if (t.kind !== 'word') return undefined;
    const r = t.reading!;
    if (verbInLabel(toks, i)) return undefined;
    // "步骤条：填写手机号、设置密码", "steps[填写信息/支付]": 填写 glued to a label in another section's list
    // begins that label (a step), it names no form.
    // (Only in the list of a section that lists such things, the nearest said before: "顶栏和填写上架日期" is a form.)
    const listedIn = readingOf(toks.slice(0, i).findLast((u) => readingOf(u).section)).section;
    if (r.section === 'form' && /^填写?$/.test(t.text) && toks[i + 1]?.start === t.end && (['intro', 'conn'].includes(roleOf(toks[i - 1]) ?? '') || (toks[i - 1]?.kind === 'num' && toks[i - 1]!.measure === 'steps')) && (listedIn === 'steps' || listedIn === 'tabs')) return undefined;
    // "发帖须知文字", "房源描述文字": 文字 glued after what it is about, naming no value, is a text.
    // (Not "图标加文字", the tab bar's look.)
    // ("安全提示文字", "风险提示文字": so is 文字 after 提示, a hint to read, not a search bar's.)
    if (t.text === '提示文字' && toks[i - 1] && toks[i - 1]!.end === t.start && (toks[i - 1]!.kind === 'other' || (toks[i - 1]!.kind === 'word' && !!readingOf(toks[i - 1]).icon && !readingOf(toks[i - 1]).section)) && roleOf(toks[i + 1]) !== 'verb' && toks[i + 1]?.text !== ':' && toks[i + 1]?.kind !== 'quote') return 'text';
    // ("房型信息文字": the word before may be an icon's too, 信息.)
    const plainBefore = toks[i - 1]?.kind === 'other' || (toks[i - 1]?.kind === 'word' && !!readingOf(toks[i - 1]).icon && !readingOf(toks[i - 1]).section && !roleOf(toks[i - 1]) && !readingOf(toks[i - 1]).page && toks[i - 2]?.end === toks[i - 1]!.start && toks[i - 2]?.kind === 'other');
    if (t.text === '文字' && plainBefore && toks[i - 1]!.end === t.start && toks[i - 1]!.text.length >= 2 && !/[加和带]$/.test(toks[i - 1]!.text) && roleOf(toks[i + 1]) !== 'verb' && toks[i + 1]?.text !== ':' && toks[i + 1]?.kind !== 'quote') return 'text';
    // "然后文字", "下面文字。": 文字 alone in its clause, after words of place or order only, is a text; so is 文字
    // before a colon there ("文字：标题“…”，正文一段").
    if (t.text === '文字' && (!toks[i + 1] || toks[i + 1]!.text === ':') && toks.slice(0, i).every((u) => ['order', 'top', 'bottom', 'filler'].includes(roleOf(u) ?? ''))) return 'text';
    // "默认在视频", "停在支付": what the active entry is called, not a section.
    if (readingOf(toks[i - 1]).key === 'active') return undefined;
    if (r.role === 'button') return 'cta';
    // "填收货人、电话、地址", "手机号+验证码登录": fields joined into a list, one of them only a field (not also an
    // icon), with no section word in the clause, are a form's fields.
    // (Not in a clause that goes on listing the section before: "表单，包含收货人、手机号".)
    if (bare && r.field && i === toks.findIndex((u) => readingOf(u).field) && !['intro', 'with', 'verb'].includes(roleOf(toks[0]) ?? '')) {
      let fields = 0;
      let only = false;
      for (let k = i; k < toks.length; k += 2) {
        if (!readingOf(toks[k]).field) break;
        fields++;
        only ||= !readingOf(toks[k]).icon;
        if (roleOf(toks[k + 1]) !== 'conn') break;
      }
      if (fields >= 2 && only) return 'form';
    }
    // "列出点的菜", "课程目录一节一节列出来", "菜一行一个往下排": rows listed, with no section word in the clause, are a list.
    if (bare && t.text === '列出' && toks.some((u) => u.kind === 'other')) return 'list';
    if (bare && r.key === 'perRow' && toks[i + 1]?.kind === 'num' && toks[i + 1]!.value === 1 && toks[i - 1]?.kind === 'other' && toks[i - 1]!.end === t.start) return 'list';
    if (r.key === 'original' && toks[i + 1]?.kind === 'num') return 'price';
    const next = toks[i + 1];
    const nextRole = roleOf(next);
    // "三个tab的底部导航": in "A的B" the section is B; A only describes it.
    const after = toks[i + 2] && ['top', 'bottom'].includes(roleOf(toks[i + 2])!) ? toks[i + 3] : toks[i + 2];
    if ((r.section || r.card) && next?.text === '的' && (readingOf(after).section || roleOf(after) === 'button')) return undefined;
    let type: SectionType | undefined;
    // "推荐店铺", "热门用户卡片": after 推荐 a card word names cards, whatever else it may name.
    if (r.card && roleOf(toks[i - 1]) === 'recommend') return this.listPage(t, 'card-list');
    if (r.role === 'recommend') {
      // Alone at the start of a phrase (热门、相关推荐): a card list; after other words it is a label (默认选中精选).
      const n = toks[i + 1];
      const p = toks[i - 1];
      // A whole section phrase (为你推荐, 猜你喜欢) also starts one after a verb: "下面是为你推荐".
      const phrase = !!r.section && t.text.length >= 4 && roleOf(p) === 'verb';
      // ("新品推荐两列": or counted in columns right after, whatever comes before.)
      const counted = n?.kind === 'num' && n.measure === 'columns' && n.start === t.end;
      const starts = !p || p.kind === 'num' || phrase || counted || ['conn', 'top', 'bottom', 'order', 'filler', 'intro'].includes(roleOf(p)!);
      return !starts || (n && (readingOf(n).card || readingOf(n).section)) ? undefined : 'card-list';
    }
    // "热门列表": after 推荐 or 热门, 列表 and 卡片 name a card list.
    if (r.section && roleOf(toks[i - 1]) === 'recommend' && (r.section === 'list' || r.section === 'card-list')) return 'card-list';
    // 相关推荐列表 lists an article's related reads; on other pages it recommends goods, a card list.
    if (r.section === 'list' && this.page !== 'article_page' && lexicon.words.get(t.text.replace(/列表$/, ''))?.role === 'recommend') return 'card-list';
    // "最底下导航栏": a navigation bar said at the bottom is the tab bar.
    if (r.section === 'topbar' && bottomBar(toks, i)) return 'tabbar';
    // "底下tab栏有首页、订单、我的": a tab strip said right after the page's bottom is the tab bar.
    if (r.section === 'tabs' && /^(?:tabs?|tab栏|标签栏)$/i.test(t.text) && /^(?:底部|底下|底端|最下面|最下方|最下边|最底下|最底部|页面底部)$/.test(toks[i - 1]?.text ?? '')) return 'tabbar';
    // "视频搜索结果页": a word glued before the page's word says what the app is about, it is no section.
    // (The page word itself is already taken, so it is looked up in the text.)
    const pageWord = matchWord(this.norm, t.end, this.norm.length);
    // ("搜视频的页面", "搜视频的结果页": so is what is searched for, before 的 and the page's word.)
    const searched = /搜$/.test(this.norm.slice(Math.max(0, t.start - 1), t.start)) && /^的(?:结果)?(?:页面|页|界面)/.test(this.norm.slice(t.end));
    const pageNext = !!pageWord?.reading.page && (/(页|页面|结果)$/.test(pageWord.word) || lexicon.words.get(this.norm.slice(t.end + pageWord.word.length, t.end + pageWord.word.length + 2))?.role === 'pageword' || lexicon.words.get(this.norm[t.end + pageWord.word.length] ?? '')?.role === 'pageword');
    // (Not the tab bar's word before its first icon: "底部导航首页、消息、我的".)
    if ((r.section || r.card) && !r.page && (pageNext || searched) && r.section !== 'tabbar') return undefined;
    // "单列 user-card 列表": 列表 after a card word is a list of those cards.
    if (r.section === 'list' && t.text === '列表' && readingOf(toks[i - 1]).card && !readingOf(toks[i - 1]).section) return this.listPage(t, 'card-list');
    // "一列用户卡片": cards counted in columns are a card list, though 用户卡片 also names the user's card.
    // ("用户卡片1列", "用户卡片，一行一个": or said after it.)
    if (r.section === 'user-info' && r.card && (toks[i - 1]?.measure === 'columns' || toks[i + 1]?.measure === 'columns' || readingOf(toks[i + 1]).key === 'perRow')) return 'card-list';
    // "结果是用户卡片，一列的", "用户卡片 两列 就是推荐好友": a search page's user cards are its results, and cards
    // counted in columns after a pause are a card list too.
    if (r.section === 'user-info' && r.card && (this.page === 'search_page' || /^[\s,]*(?:[一两二三1-3]列|一行[一两二三1-3]个)/.test(this.norm.slice(t.end)))) return 'card-list';
    // "列表，带头像": a list's rows with avatars, not a user-info section.
    if (r.section === 'user-info' && roleOf(toks[i - 1]) === 'with') return undefined;
    if (r.section) {
      if (r.style && nextRole === 'style') return undefined;
      // "24小时发货/正品保证/全国联保服务保障": a section word that is also one of the section's usual items,
      // inside a joined list that the section's own word closes later in the clause, is one of its items.
      // Not when the section was named before it, or when brackets after it hold the items ("正品保证（极速退款｜…）").
      const joined = roleOf(toks[i - 1]) === 'conn' || nextRole === 'conn';
      const same = (u: Token) => readingOf(u).section === r.section;
      if (joined && next?.text !== '(' && usualItem(r.section, t.text) && !toks.slice(0, i).some(same) && toks.slice(i + 1).some(same)) return undefined;
      // Near a bar, 公告 is still the notice bar unless called an icon: no page puts a notice icon on a bar.
      // After 接着 or 下面是 a word goes on down the page (店铺, 搜索), it is not one more icon on the bar.
      // Nor is a word put on the page (放一个搜索, 醒目的搜索), or one after the bar's icons were closed by 按钮/图标.
      // ("右侧放搜索" after the bar is one of its icons, as "右上角放搜索" is.)
      const put = roleOf(toks[i - 1]) === 'intro' && toks[i - 1]!.text.startsWith('放') && roleOf(toks[i - 2]) !== 'with' && !(toks[i - 2] && (isCorner(toks[i - 2]!) || SIDES.has(toks[i - 2]!.text)));
      const placed = roleOf(toks[i - 1]) === 'filler' || put;
      const closedIcons = ['button', 'iconword'].includes(roleOf(toks[i - 2])!) && roleOf(toks[i - 1]) === 'conn';
      const barIcon = iconContext && !sequenced(toks, i) && !placed && !closedIcons && r.section !== 'topbar' && r.section !== 'notice-bar';
      if (r.icon && (nextRole === 'iconword' || barIcon)) return undefined;
      type = r.section;
    } else if (r.card && !(iconContext && r.icon)) {
      // "下面显示作品和足迹": a bare card word listed after 显示 or 有 is a label, not a card list.
      const listed = ['intro', 'verb'].includes(roleOf(toks[i - 1])!) && !/(卡|列表|流)/.test(t.text) && roleOf(toks[i + 1]) === 'conn';
      if (!listed) type = 'card-list';
    }
    // "附近商家列表 一行一个店", "结果列表一行一个": a list counted per row is cards.
    if (type === 'list' && readingOf(toks[i + 1]).key === 'perRow') return 'card-list';
    // ("商品列表单列": cards counted in columns stay cards, on any page.)
    if (type === 'card-list' && (toks[i + 1]?.kind === 'num' && toks[i + 1]!.measure === 'columns' || (toks[i - 1]?.kind === 'num' && toks[i - 1]!.measure === 'columns'))) return type;
    return type && this.listPage(t, type);
  }

  /** On pages of rows (cart, checkout, orders) a card word ending in 列表 names a list. */
  private listPage(t: Token, type: SectionType): SectionType {
    // 推荐列表 stays a card list there: it recommends goods, it does not list the page's rows.
    return type === 'card-list' && this.page && LIST_PAGES.has(this.page) && t.text.endsWith('列表') && !t.text.includes('推荐') && !(t.text.includes('卡片') && CARD_COLUMNS.test(this.norm.slice(t.end, t.end + 8))) ? 'list' : type;
  }

  private add(type: SectionType, props: Record<string, unknown>, named: boolean, at: number, said: string): Mention {
    const m: Mention = { type, props, named, at, said };
    this.mentions.push(m);
    return m;
  }

  /** Pass 2: one clause's sections, items and props. Returns the mention a next clause may continue. */
  private readSegment(seg: Segment, values: Value[], prev: Mention | undefined): Mention | undefined {
    if (this.swapped(seg)) return prev;
    // "…一条通知栏，放最上面，在横幅上面，写…": a clause of nothing but where, against a section said before, places the
    // section just said there (and names nothing new).
    // (Not a button: one said under the form is its submit, wherever build places it.)
    if (prev && prev.type !== 'cta' && /^[\s,.…;:]*(?:在|放在|放到|挪到)?[^\s,.;:]{1,6}?(?:的)?(?:上面|上方|前面|下面|下方|后面)[\s,.…]*$/.test(this.norm.slice(seg.start, seg.end))) {
      const toks = this.live(seg);
      const k = toks.findIndex((t) => !!this.said(t) && this.said(t) !== prev);
      const place = k >= 0 ? this.placeAgainst(seg, toks, k) : undefined;
      if (place) {
        // (As below: a section said again moves with what it was said as before.)
        const at = place.of.at + place.offset;
        for (const m of this.mentions) if (m === prev || (m.type === prev.type && !SHAPED.has(m.type))) m.at = at;
        for (const t of seg.tokens) this.used.add(t);
        return prev;
      }
    }
    // "…再来一个提示条“…”……放最上面吧": a clause of nothing but "put it at the very top" moves the section just said there.
    if (prev && prev.type !== 'tabbar' && TO_TOP.test(this.norm.slice(seg.start, seg.end))) {
      prev.at -= 1e6;
      for (const t of seg.tokens) this.used.add(t);
      return prev;
    }
    const vacated = this.dropped(seg);
    if (vacated !== undefined) prev = undefined;
    const instead = vacated ?? (INSTEAD.test(this.norm.slice(seg.start, seg.end)) ? this.vacated : undefined);
    this.vacated = vacated;
    const own = this.relativePlace(seg) ?? this.placedAfterAll(seg);
    const place = own ?? this.pending;
    this.pending = undefined;
    const before = this.mentions.length;
    const last = this.readClause(seg, values, prev);
    if (instead !== undefined) for (const m of this.mentions.slice(before)) m.at = instead;
    // "登录框上面有一行通知：…": a section named here for the first time, then 上面 and another: the other goes above it.
    const news = this.mentions.slice(before).sort((a, b) => a.at - b.at);
    if (!own && news.length === 2 && news[0]!.said) {
      const side = SIDE.exec(this.norm.slice(news[0]!.at + news[0]!.said.length, news[1]!.at));
      if (side && sideOffset(side[1]!) < 0) news[1]!.at = news[0]!.at - 0.5;
    }
    let fresh = last && this.mentions.indexOf(last) >= before ? last : undefined;
    // "结果一列店铺卡片。诶算了改成两列商品卡片": the same kind of section said again after 改成 replaces what was said of it.
    if (fresh && prev && fresh !== prev && REDO.test(this.norm.slice(seg.start, seg.end)) && (fresh.type === prev.type || (SHAPED.has(fresh.type) && SHAPED.has(prev.type) && fresh.type !== 'menu-list' && prev.type !== 'menu-list'))) {
      prev.type = fresh.type;
      prev.props = { ...fresh.props };
      this.mentions.splice(this.mentions.indexOf(fresh), 1);
      fresh = undefined;
      return prev;
    }
    // "在列表下面加个“猜你喜欢”，两列商品卡片": what is added there may be named in the next clause.
    if (own?.adds && !fresh) {
      this.pending = own;
      return prev;
    }
    // The clause's new section is placed; with none ("再加个公告条，放在筛选上面"), the one said just before.
    const placed = fresh ?? (own ? prev : undefined);
    if (place && placed && placed !== place.of) {
      const at = place.of.at + place.offset;
      // "店铺信息挪到价格上面", "数据那排换个位置，放到菜单下面": a section said again moves, with what it was said as before
      // (build joins them; lists of other shapes stay where they are).
      for (const m of this.mentions) if (m === placed || (m.type === placed.type && !SHAPED.has(m.type))) m.at = at;
    }
    // "结果用两列的商品卡片。然后最上面是搜索", "先说最下面：一个按钮…。然后最上面是标题": a part said to be at the very top
    // or bottom goes there, whenever it is said.
    // ("先说最下面：一个按钮“去结算”": the words may stand in a clause of their own before the part.)
    // (The bottom only when said out of turn, "先说最下面": a part said at the bottom in its turn stays before those said
    // after it, its button or its tab bar.)
    const edge = /^[\s,;:]*(?:然后|再|对了|哦对了|哦对|还有)?[\s,;:]*(?:最最上面|最上面|最顶上|最上方|页面最上面)|^[\s,;:]*先说(最下面|最底下|最底部|最下方|页面最下面)/.exec(this.norm.slice(seg.start, seg.end)) ?? this.edge;
    this.edge = undefined;
    if (edge && this.mentions.length > before) {
      if (edge[1] || this.mentions.slice(0, before).some((m) => m.at < 1e5)) for (const m of this.mentions.slice(before)) m.at += edge[1] ? 1e6 : -1e6;
    } else if (edge?.[1] && /^[\s,;:]*先说\S+[\s,;:]*$/.test(this.norm.slice(seg.start, seg.end))) this.edge = edge;
    return last;
  }

  /**
   * "公告“…”放在tab上面", "公告条放价格下面：“…”": 放 or 放在, a section said before and 上面 or 下面,
   * anywhere in the clause, place the clause's section against that one. Those words are spent.
   */
  private placedAfterAll(seg: Segment): Place | undefined {
    const toks = this.live(seg);
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      // ("一条通知在表单上面": 在 alone says where too; "挪到tab上面", "改到轮播前面", "放数据和菜单中间".)
      if (!PUT.test(this.norm.slice(seg.start, t.start)) && !(k > 0 && /^(放|放在|放到|在)$/.test(toks[k - 1]!.text))) continue;
      // ("放在聊天列表上面": the section's word may follow a word of its look, glued.)
      const glued = !this.said(t) && toks[k + 1]?.start === t.end ? k + 1 : k;
      const place = this.placeAgainst(seg, toks, glued);
      if (place) {
        this.spend(toks, t.start, t.end);
        return place;
      }
    }
    return undefined;
  }

  /**
   * Where a section's word at toks[k] and the words after it say to put something: right above or below it
   * ("价格上面", "轮播前面"), or right after the first of it and the next ("数据和菜单中间"). Those words are spent.
   */
  private placeAgainst(seg: Segment, toks: Token[], k: number): Place | undefined {
    const t = toks[k]!;
    const last = roleOf(t) === 'top' ? [...this.mentions].reverse().find((m) => m.type === 'topbar') : this.said(t);
    if (!last) return undefined;
    const after = this.norm.slice(t.end, seg.end);
    const side = SIDE.exec(after);
    if (side) {
      const offset = sideOffset(side[1]!);
      this.spend(toks, t.start, t.end + side[0].length);
      return { of: this.runStart(last, offset), offset, adds: ADDS.test(after.slice(side[0].length)) };
    }
    const u = toks[k + 1] && roleOf(toks[k + 1]) === 'conn' ? toks[k + 2] : undefined;
    // (The second may be named by a word the parser does not know as a section: "数据和课程中间".)
    const other = u && this.said(u);
    if (!u || other === last || !BETWEEN.test(this.norm.slice(t.end, u.start))) return undefined;
    const middle = MIDDLE.exec(this.norm.slice(u.end, seg.end));
    if (!middle) return undefined;
    this.spend(toks, t.start, u.end + middle[0].length);
    return { of: other && other.at < last.at ? other : last, offset: 0.5, adds: ADDS.test(this.norm.slice(u.end + middle[0].length, seg.end)) };
  }

  /**
   * Marks the clause's tokens that lie wholly within [from, to) as read, and one glued on past `to` that holds only a
   * verb of adding ("之间加个" read as one piece), and the word that puts it there just before ("在", "挪到").
   */
  private spend(toks: Token[], from: number, to: number): void {
    for (const x of toks) {
      if (x.start >= from && x.end <= to) this.used.add(x);
      else if (x.start >= from && x.start < to && x.kind === 'other' && /^\s*(?:再|还)?(?:加|放|来|插)(?:个|一个|一条|一排|一块|上)?\s*$/.test(this.norm.slice(to, x.end))) this.used.add(x);
      else if (x.end === from && /^(?:在|放在|放到|挪到|移到|改到|调到|换到|搬到|到)$/.test(x.text)) this.used.add(x);
    }
  }

  /**
   * "保障那块不要了", "再把头像那块去掉": a section said before, then words that take it out. Its mentions go, and
   * where it stood is returned, for a section said instead in the same clause or the next ("…，改成一段文字").
   */
  private dropped(seg: Segment): number | undefined {
    const toks = this.live(seg);
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const said = this.said(t);
      const drop = said && said.at < t.start ? DROP.exec(this.norm.slice(t.end, seg.end)) : null;
      if (!said || !drop) continue;
      const gone = this.mentions.filter((m) => m.type === said.type && m.at < t.start && (!SHAPED.has(m.type) || m === said));
      const at = Math.min(...gone.map((m) => m.at));
      for (const m of gone) this.mentions.splice(this.mentions.indexOf(m), 1);
      this.spend(toks, seg.start, t.end + drop[0].length);
      return at;
    }
    return undefined;
  }

  /** "宫格和横幅换个位置": the two sections trade places. Returns whether the clause said so. */
  private swapped(seg: Segment): boolean {
    const toks = this.live(seg);
    for (let k = 0; k + 2 < toks.length; k++) {
      const [t, u] = [toks[k]!, toks[k + 2]!];
      if (roleOf(toks[k + 1]) !== 'conn' || !BETWEEN.test(this.norm.slice(t.end, u.start))) continue;
      const [a, b] = [this.said(t), this.said(u)];
      const swap = SWAP.exec(this.norm.slice(u.end, seg.end));
      if (!a || !b || a === b || !swap) continue;
      const [ta, tb] = [a.type, b.type];
      const [atA, atB] = [a.at, b.at];
      for (const m of this.mentions) {
        if (m.type === ta) m.at = atB;
        else if (m.type === tb) m.at = atA;
      }
      this.spend(toks, t.start, u.end + swap[0].length);
      return true;
    }
    return false;
  }

  /** The last section said of the kind a word names (its section, or the card list for a card word: 课程, 结果). */
  private said(t: Token): Mention | undefined {
    const r = readingOf(t);
    // ("挪到按钮前面": 按钮 names the button said before.)
    // ("选项上面加一个提示条": 选项, the entries, names the menu said before.)
    const type = r.section ?? (r.card ? 'card-list' : r.role === 'button' ? 'cta' : OPTIONS.test(t.text) ? 'menu-list' : undefined);
    if (!type) return undefined;
    // (A list's word finds the cards said before too, and a card's word the list: "在列表上面加一个公告".)
    const mine = [...this.mentions].reverse();
    return mine.find((m) => m.type === type) ?? mine.find((m) => (type === 'card-list' && m.type === 'list') || (type === 'list' && m.type === 'card-list'));
  }

  /**
   * The mention to place against: above a section said twice in a row ("一个表单，表单：…", which `build` merges),
   * its first mention; below it, its last.
   */
  private runStart(last: Mention, side: number): Mention {
    if (side > 0) return last;
    let i = this.mentions.indexOf(last);
    while (i > 0 && this.mentions[i - 1]!.type === last.type) i--;
    return this.mentions[i] ?? last;
  }

  /**
   * "卡片上面加个通知条", "表单上面放一条提示", "顶部下面放一条通知": a clause that opens with a section said
   * before and 上面 or 下面 puts its new section right above or below that one, wherever it is said. The
   * opening words are spent. Returns the section it is placed against, and on which side.
   */
  private relativePlace(seg: Segment): Place | undefined {
    const toks = this.live(seg);
    let k = 0;
    // ("在轮播和tab之间加一排数据", "然后在列表下面加个猜你喜欢": 在 may open it.)
    while (k < toks.length && (roleOf(toks[k]) === 'filler' || /^(?:在|再在|然后在)$/.test(toks[k]!.text))) k++;
    const t = toks[k];
    if (!t) return undefined;
    const type = roleOf(t) === 'top' ? 'topbar' : readingOf(t).section ?? readingOf(t).card ? (readingOf(t).section ?? 'card-list') : OPTIONS.test(t.text) ? 'menu-list' : undefined;
    const between = roleOf(toks[k + 1]) === 'conn' && MIDDLE.test(this.norm.slice(toks[k + 2]?.end ?? seg.end, seg.end));
    if (!type || (!between && !SIDE.test(this.norm.slice(t.end, seg.end)))) return undefined;
    // (Only when the clause goes on to name a new section to place: "卡片上面加个通知条".)
    const rest = toks.filter((x) => x.start > (between ? toks[k + 2]!.end : t.end));
    if (!rest.some((x) => readingOf(x).section && readingOf(x).section !== type)) return undefined;
    return this.placeAgainst(seg, toks, k);
  }

  private readClause(seg: Segment, values: Value[], prev: Mention | undefined): Mention | undefined {
    let toks = this.live(seg);
    if (!toks.length && !values.length) return prev;
    // "右边有个 更多 按钮": said aloud, 按钮 after a pause ends the bar's icon; it is no button of its own.
    // (Only right after an icon's word: "左边logo：星空研究所 按钮" is a button.)
    const lastBefore = this.segments[this.segments.indexOf(seg) - 1]?.tokens.at(-1);
    if (!values.length && toks.length === 1 && /^(?:按钮|图标|按键|icon)$/.test(toks[0]!.text) && (prev?.type === 'topbar' || prev?.type === 'tabbar') && !!lastBefore && !!readingOf(lastBefore).icon) return prev;
    // "首页、发现……发现不要，就首页、消息、我的": 就 or 改成 before bare items says the list again, and it wins.
    // ("那就 首页、…": the word may stand alone in its clause.)
    const restated = this.restating;
    this.restating = false;
    // ("…，等一下，改成两个就行，记录和勋章": the new count may come first; the list said after it is counted anyway.)
    const again = (t: Token, i: number) => i === 0 || roleOf(t) === 'filler' || (/^(?:改成|换成)$/.test(toks[0]!.text) && ((t.kind === 'num' && t.measure === 'items') || /^(?:就行|就好|吧)$/.test(t.text)));
    if (prev && takesItems(prev.type) && toks.every(again) && RESTATE.has(toks[0]?.text ?? '')) {
      this.restating = true;
      return prev;
    }
    if (prev && takesItems(prev.type) && (restated || RESTATE.has(toks[0]?.text ?? '')) && toks.length > 2) {
      let end = toks.length;
      while (end > 1 && roleOf(toks[end - 1]) === 'filler') end--;
      let from = restated ? 0 : 1;
      // ("哦不对，三个：聊天、通知、互动": a count and a colon may lead the list said again.)
      while (from < end && ((toks[from]!.kind === 'num' && toks[from]!.measure === 'items') || roleOf(toks[from]) === 'intro')) from++;
      const rest = toks.slice(from, end);
      const anchors = rest.map((_, i) => this.anchorOf(rest, i, false));
      // (Any length: the words that open it say it is the list again.)
      const plainItems = prev.type !== 'topbar' && prev.type !== 'tabbar' && rest.every((t) => roleOf(t) === 'conn' || t.kind === 'other' || t.kind === 'quote' || (t.kind === 'word' && (!t.reading!.role || t.reading!.role === 'filler') && !t.reading!.theme && !sectionOnly(t.reading!)));
      if (rest.some((t) => roleOf(t) === 'conn') && (plainItems || this.continues(rest, anchors, prev.type))) {
        const kind = ITEM_KINDS[prev.type]!;
        prev.props[kind.prop] = kind.make(splitItems(this.rawText(rest[0]!.start, rest[rest.length - 1]!.end), prev.type));
        for (const t of toks) this.used.add(t);
        return prev;
      }
    }
    // "菜单：积分兑换、回收记录，再加一个“设置”": one more entry, quoted, for the list just said.
    const more = prev && takesItems(prev.type) && prev.type !== 'topbar' && Array.isArray(prev.props[ITEM_KINDS[prev.type]!.prop]) ? ONE_MORE.exec(this.rawText(toks[0]?.start ?? seg.start, toks[toks.length - 1]?.end ?? seg.start)) : null;
    if (more && prev) {
      const kind = ITEM_KINDS[prev.type]!;
      const items = prev.props[kind.prop] as unknown[];
      prev.props[kind.prop] = [...items, ...kind.make(splitItems(more[1]!.replace(/[“”"'「」‘’]/g, ''), prev.type))];
      for (const t of toks) this.used.add(t);
      return prev;
    }
    // "类似微信公众号文章那种", "跟淘宝那个差不多": a clause saying what the page is like names no part of it.
    if (toks.length > 0 && /^(?:就是|就)?(?:类似|就像|像|跟|和)[^,;.\n]{1,12}(?:那种|那样|一样|差不多|的感觉)(?:的)?$/.test(this.rawText(toks[0]!.start, toks[toks.length - 1]!.end))) {
      for (const t of toks) this.used.add(t);
      return prev;
    }
    // "头像和昵称，旁边有关注、粉丝、获赞三个数": the figures beside the user's name are the user card's own.
    if (prev?.type === 'user-info' && prev.props.stats === undefined && toks.length > 0) {
      const m = /^(?:旁边|右边|名字旁边|昵称旁边|下面)(?:有|显示|是|放)\s*([^\s,;:.、/和]{1,6}?(?:[、/和][^\s,;:.、/和]{1,6}?){1,4})(?:(?:[0-9]|[一二两三四五六七八九])个?(?:数|数字|数据))?$/.exec(this.rawText(toks[0]!.start, toks[toks.length - 1]!.end));
      if (m && toks.every((t) => !readingOf(t).section || readingOf(t).section === 'stats')) {
        prev.props.stats = splitItems(m[1]!, 'user-info');
        for (const t of toks) this.used.add(t);
        return prev;
      }
    }
    const roles = new Set(toks.map(roleOf));
    const hasTopbarWord = toks.some((t) => readingOf(t).section === 'topbar');
    // "顶部导航，带消息、设置、筛选按钮": a clause opening with 带 after a top bar lists its icons.
    // "header，有搜索、返回、收藏按钮": so does 有 before nothing but icon words and 按钮/图标.
    const iconsOnly = (from: number) => {
      let k = from;
      while (k < toks.length && (roleOf(toks[k]) === 'conn' || (readingOf(toks[k]).icon && !readingOf(toks[k]).role))) k++;
      return k > from + 1 && (roleOf(toks[k]) === 'button' || roleOf(toks[k]) === 'iconword');
    };
    // "标题栏写“我的”，右边设置按钮": a side of the bar opening the clause after it goes on about its icons.
    const barTail = prev?.type === 'topbar' && (roleOf(toks[0]) === 'with' || (roleOf(toks[0]) === 'intro' && iconsOnly(1)) || (SIDES.has(toks[0]?.text ?? '') && toks.length > 1));
    // ("顶部logo旁边一个搜索按钮": a logo at the top is the top bar's, and so are the buttons beside it.)
    const logoAtTop = roleOf(toks[0]) === 'top' && toks.some((t) => readingOf(t).key === 'logo');
    const iconContext = hasTopbarWord || barTail || barIcons(toks) || logoAtTop;

    let anchors = toks.map((_, i) => this.anchorOf(toks, i, iconContext));

    // "…，页面底部退出账号", "菜单和底部分享": a short label said at the bottom with no section word is a button.
    const b = this.bottomLabel(toks, anchors);
    if (b >= 0) {
      // ("底部能加入购物车": what it lets people do is the label.)
      const text = this.rawText(toks[b + 1]!.start, toks[toks.length - 1]!.end).replace(/^(能|可以)(?=..)/, '');
      // One named button replaces the usual pair.
      this.add('cta', { text, secondary: undefined }, true, toks[b]!.start, text);
      for (let k = b; k < toks.length; k++) this.used.add(toks[k]!);
      const cut = b > 0 && roleOf(toks[b - 1]) === 'conn' ? b - 1 : b;
      toks = toks.slice(0, cut);
      anchors = anchors.slice(0, cut);
      if (!toks.length) return prev;
    }

    // A clause of bare items after a list that ran to the end of its clause continues it ("标签:推荐 关注").
    // A clause whose words went to the page type, theme or layout is about the page, not a list.
    const pure = seg.tokens.every((t) => !this.used.has(t) || this.named.has(t));
    // "订单那一栏做成宫格，待付款、待发货、待收货": items joined in a clause of their own, right after a clause
    // that ended on the word of a section with none yet, are that section's.
    const kind = prev && ITEM_KINDS[prev.type];
    // (A page word glued inside an item, 我的 of 我的收藏, may have been taken for the page's type: still items.)
    // (So may a tab bar's: 首页、消息、我的.)
    const inItem = (t: Token) => !!readingOf(t).page && (prev?.type === 'tabbar' || seg.tokens.some((u) => u !== t && (u.end === t.start || u.start === t.end)));
    if (prev && kind && prev.type !== 'user-info' && prev.type !== 'topbar' && seg.tokens.every((t) => !this.used.has(t) || this.named.has(t) || inItem(t)) && !this.listOpen && prev.props[kind.prop] === undefined && /^(?:入口|图标)?[ \t]*(?:[,;:][ \t]*(?:有|放|包括|包含|分为|分成|是)?|(?:有|放|包括|包含|分为|分成|是)[ \t]*[,;:]?)?[ \t]*$/.test(this.norm.slice(prev.at + prev.said.length, seg.start).replace(/(?<=[,;:])\s*(?:呃|嗯|啊|额|哦)+\s*[,;]/g, ''))) {
      // (After a space alone, only a list joined by 、: the generator's terse specs put sections side by side so.)
      const spaced = !/[,;:]|有|放|包|分|是/.test(this.norm.slice(prev.at + prev.said.length, seg.start));
      // (All the clause's words: a page word in an item was taken out of the live ones.)
      const all = seg.tokens;
      let end = all.length;
      while (end > 0 && (roleOf(all[end - 1]) === 'filler' || (all[end - 1]!.kind === 'num' && all[end - 1]!.measure === 'items'))) end--;
      // ("宫格，三个一排：运动提醒、心率设备": a count, a row size and a colon may lead the items; they are props.)
      let lead = 0;
      // ("tab，就是“全部”和“未读”两个": so may 是 after a filler.)
      while (lead < end && ((roleOf(all[lead]) === 'filler' && roleOf(all[lead + 1]) !== 'conn') || roleOf(all[lead]) === 'intro' || (all[lead]!.text === '是' && lead > 0) || (all[lead]!.kind === 'num' && !!all[lead]!.measure) || readingOf(all[lead]).key === 'perRow')) lead++;
      const prefix = all.slice(0, lead);
      const rest = all.slice(lead, end);
      // Each item is a run of words written together (我的 + 收藏), none of them a section's or the theme's.
      // (A tab bar's items are page words: 首页、消息、我的.)
      // (Nor a key that takes a value: "头像+昵称阿木" says a user's name.)
      // (A short section word in a label is part of it, 数据同步, 系统通知; a longer one, 分段选项, or one alone names its
      // own section.)
      // (A word of two characters or more that is otherwise a filler may be an entry: 主题.)
      // (A guarantee's usual entry is its section's word too: "保障，正品保证、极速退款".)
      // (So is a number glued into an entry: 两年质保, 7天无理由.)
      const plain = (t: Token, alone: boolean, last: boolean) => (t.kind === 'word' && usualItem(prev.type, t.text)) || (t.kind === 'num' && !alone && !t.measure) || t.kind === 'other' || t.kind === 'quote' || (t.kind === 'word' && (!t.reading!.role || t.reading!.role === 'recommend' || (t.reading!.role === 'filler' && t.text.length >= 2 && !/^[一这那的]/.test(t.text))) && !t.reading!.theme && !(t.reading!.key && !(prev.type === 'form' && t.reading!.field) && !(SHORT_TABS.has(prev.type) && t.reading!.key === 'rating')) && !(alone && t.reading!.page && !['tabbar', 'steps', 'tabs'].includes(prev.type)) && !((alone || t.text.length > 2) && sectionOnly(t.reading!)));
      const pieces: Token[][] = [[]];
      // (和 joins words inside an entry, 头像和昵称, unless it stands between quotes or the count after the list says so.)
      const counted = all[end]?.kind === 'num' && all[end]!.measure === 'items' ? all[end]!.value : undefined;
      const joins = (k: number) => (rest[k - 1]?.kind === 'quote' && rest[k + 1]?.kind === 'quote') || counted === rest.filter((t) => roleOf(t) === 'conn').length + 1;
      rest.forEach((t, k) => (roleOf(t) === 'conn' && (t.text !== '和' || joins(k)) ? pieces.push([]) : pieces[pieces.length - 1]!.push(t)));
      // (Nor one ending in a section's word: "收货地址菜单" names a menu.)
      const items = pieces.length >= 2 && (!spaced || rest.every((t) => roleOf(t) !== 'conn' || t.text === '、' || (SHORT_NAMES.has(prev.type) && /^[/|]$/.test(t.text)))) && pieces.every((p) => p.length > 0 && p.every((t, i) => plain(t, p.length === 1, i === p.length - 1) && (i === 0 || p[i - 1]!.end === t.start)) && !SECTION_TAIL.test(p[p.length - 1]!.text));
      if (items) {
        if (prefix.length) Object.assign(prev.props, readProps(prev.type, prefix, prev.props));
        for (const t of prefix) this.used.add(t);
        prev.props[kind.prop] = kind.make(splitItems(this.rawText(rest[0]!.start, rest[rest.length - 1]!.end), prev.type));
        for (const t of rest) this.used.add(t);
        toks = toks.filter((t) => !this.used.has(t));
        if (!toks.length) return prev;
      }
    }
    // (Not a new line that goes on to name a section: "tabs: 要闻 / 科技\n头条 carousel 3张".)
    const lineEnd = this.norm.indexOf('\n', seg.start);
    // (Nor one of a key and its value: "④节日提示：“…”".)
    const newLine = /\n[ \t]*(?:[-*•]|\d+[.)、])?[ \t]*$/.test(this.norm.slice(0, seg.start)) && (this.segments.some((s) => s.start > seg.start && (lineEnd < 0 || s.start < lineEnd) && s.tokens.some((t) => !!readingOf(t).section)) || /^[^\n:]{1,8}:\s*[“"'「]/.test(this.norm.slice(seg.start)));
    const open = prev && pure && this.listOpen && takesItems(prev.type) && !newLine;
    // (A clause whose words all went to a value, "正文标题“…”", continues nothing.)
    if (open && toks.length > 0 && this.continues(toks, anchors, prev!.type)) {
      this.extend(prev!, this.rawText(seg.start, seg.end));
      return prev;
    }
    // "右上角放客服,编辑以及tab bar": the clause's first labels end the list, then a section follows.
    if (open) {
      const c = toks.findIndex((t) => roleOf(t) === 'conn');
      let next = c + 1;
      while (next < toks.length && ['top', 'bottom', 'order', 'filler'].includes(roleOf(toks[next])!)) next++;
      if (c > 0 && anchors[next] && this.continues(toks.slice(0, c), anchors.slice(0, c), prev!.type)) {
        this.extend(prev!, this.rawText(toks[0].start, toks[c - 1].end));
        for (let k = 0; k <= c; k++) this.used.add(toks[k]);
        anchors = anchors.slice(c + 1);
        toks = toks.slice(c + 1);
      }
    }
    this.listOpen = false;

    // "订单列表，有物流助手、保温杯几条以及标签栏": 有, items, then a count word that closes them (几条)
    // list the items of the list before; what follows the joiner after them is another section.
    const closed = toks.findIndex((t) => /几[条个项]$/.test(t.text));
    const closes = closed === toks.length - 1 || roleOf(toks[closed + 1]) === 'conn';
    if (prev && closed > 1 && closes && toks[0].text === '有' && takesItems(prev.type) && !prev.props[ITEM_KINDS[prev.type]!.prop]) {
      const items = toks.slice(1, closed + 1);
      if (this.continues(items, anchors.slice(1, closed + 1), prev.type) || items.length > 4) {
        prev.props[ITEM_KINDS[prev.type]!.prop] = this.items(prev.type, toks, 1, closed);
        for (let k = 0; k <= closed + 1; k++) this.used.add(toks[k]);
        anchors = anchors.slice(closed + 2);
        toks = toks.slice(closed + 2);
      }
    }

    const owned = new Map<Token, Mention>();
    const segMentions: Mention[] = [];
    // Items: after the section word ("筛选:综合、销量") or before it with a count ("推荐和关注两个标签").
    for (let a = 0; a < toks.length; a++) {
      const type = anchors[a];
      if (!type || !takesItems(type) || this.used.has(toks[a])) continue;
      // "手机号+验证码": a form named by its own joined fields (anchorOf) holds them, the anchor included.
      if (type === 'form' && readingOf(toks[a]).field && !toks.some((u) => readingOf(u).section || readingOf(u).card)) {
        let last = a;
        // (After two fields a plain word joined on is one more: "收货人、电话、地址".)
        const more = (x: Token | undefined) => !!x && (!!readingOf(x).field || (last > a && (x.kind === 'other' || (x.kind === 'word' && !readingOf(x).section && !roleOf(x) && !readingOf(x).page))));
        while (roleOf(toks[last + 1]) === 'conn' && more(toks[last + 2])) last += 2;
        if (last > a) {
          const m = this.add('form', { fields: this.items('form', toks, a, last) }, true, toks[a].start, toks[a].text);
          owned.set(toks[a], m);
          for (let k = a + 1; k <= last; k++) this.used.add(toks[k]);
          continue;
        }
      }
      const fwd = this.forwardItems(toks, a, type, anchors);
      // "…折扣热门标签筛选": a section word glued before another is part of a compound whose head, the last,
      // owns the items before it.
      const compound = SHORT_TABS.has(type) && SHORT_TABS.has(anchors[a + 1]) && toks[a + 1]!.start === toks[a]!.end;
      // "按新品/最新/筛选排序": 筛选 glued to the filter bar's own word is its last sort key.
      if (compound && anchors[a + 1] === type && !fwd) continue;
      const range = fwd ?? (compound ? undefined : this.backwardItems(toks, a, type, anchors, owned));
      if (!range) continue;
      const [from, to, consumed] = range;
      const items = this.items(type, toks, from, to);
      if (!items.length) continue;
      const m = this.add(type, { [ITEM_KINDS[type]!.prop]: items }, true, toks[a].start, toks[a].text);
      owned.set(toks[a], m);
      for (const k of consumed) if (k !== a) this.used.add(toks[k]);
      // A list that runs to the end of its clause may go on in the next one, unless a count closed it.
      if (fwd && to === toks.length - 1 && !/几[条个项]$/.test(toks[to].text)) this.listOpen = true;
    }
    const keep = toks.map((t) => owned.has(t) || !this.used.has(t));
    anchors = anchors.filter((_, i) => keep[i]);
    toks = toks.filter((_, i) => keep[i]);

    // Chunks: runs between joiners and position words; in each, the last section word is the head
    // (Chinese compounds end in their head noun: 热门标签筛选 is a filter bar).
    const chunks: Chunk[] = [];
    let start = 0;
    let lead: Role | undefined;
    let direct = false;
    for (let i = 0; i <= toks.length; i++) {
      const r = roleOf(toks[i]);
      if (i === toks.length || (r && SPLITS.has(r))) {
        if (i > start) chunks.push({ from: start, to: i - 1, lead, direct });
        if (i < toks.length && r !== 'conn') lead = r;
        direct = r !== 'conn';
        start = i + 1;
      } else if (r === 'button' && toks[i + 1] && !SPLITS.has(roleOf(toks[i + 1])!)) {
        // 按钮 ends what it names: "收藏按钮 2个标签栏" is a button, then tabs.
        chunks.push({ from: start, to: i, lead, direct });
        direct = false;
        start = i + 1;
      }
    }
    for (const c of chunks) for (let i = c.from; i <= c.to; i++) if (anchors[i]) c.head = i;

    const top = roles.has('top') || toks.some(isCorner);
    // Buttons first: the chunks before one may be its labels ("收藏文章和写评论两个按钮"), not sections.
    const buttons = new Map<Chunk, Mention>();
    chunks.forEach((c, ci) => {
      if (c.head === undefined || anchors[c.head] !== 'cta') return;
      // "顶部标题栏，带分享、更多按钮": a clause opening with 带 or 有 goes on about the bar before it.
      // ("topbar 标题“设置”，返回按钮": so does a clause that is only a button named by the bar's back or share icon.)
      const iconButton = prev?.type === 'topbar' && ci === 0 && c.from === 0 && /^(?:返回|分享|更多)(?:按钮|键|图标)$/.test(this.rawText(toks[0]!.start, toks[c.to]!.end).replace(/\s+/g, ''));
      const barTail = prev?.type === 'topbar' && !chunks.slice(0, ci).some((x) => x.head !== undefined) && (['with', 'intro'].includes(roleOf(toks[0])!) || SIDES.has(toks[0]!.text) || iconButton);
      // A button said at the bottom (最下面加一个《分享》的按钮) is no icon of the bar, whatever its label.
      buttons.set(c, this.button(toks, chunks, ci, values, (top || barTail) && c.lead !== 'bottom'));
    });
    chunks.forEach((c) => {
      if (c.head === undefined || c.label) return;
      const head = toks[c.head];
      const type = anchors[c.head]!;
      if (type === 'cta') {
        segMentions.push(buttons.get(c)!);
        return;
      }
      const props = readProps(type, toks.slice(c.from, c.to + 1), owned.get(head)?.props);
      const existing = owned.get(head);
      if (existing) Object.assign(existing.props, props);
      segMentions.push(existing ?? this.add(type, props, true, head.start, head.text));
    });
    for (const m of owned.values()) if (!segMentions.includes(m)) segMentions.push(m);

    const anchorless = chunks.filter((c) => c.head === undefined && !c.label);
    if (segMentions.length) {
      // Words before the clause's first section say more about the section before ("顶部导航 有分享、设置图标").
      const firstHead = chunks.find((c) => c.head !== undefined)!;
      if (prev && pure && firstHead.from > 0 && anchorless.some((c) => c.to < firstHead.from)) this.qualify(prev, toks.slice(0, firstHead.from));
      // Chunks with no section word qualify the clause's section (轮播图、5张).
      let barRun: Chunk | undefined;
      for (const c of anchorless) {
        if (prev && pure && c.to < firstHead.from) continue;
        const body = toks.slice(c.from, c.to + 1);
        // "上方返回图标/…": icons at the top with no section word are the top bar's; so are the icons joined
        // on to them ("左上角收藏跟分享", "左上角更多+定位").
        const joinedIcons = barRun?.to === c.from - 2 && !c.direct && body.every((t) => (readingOf(t).icon && !readingOf(t).role && !readingOf(t).section) || roleOf(t) === 'iconword');
        if (((c.lead === 'top' || body.some(isCorner)) && iconContext && body.some((t) => readingOf(t).icon)) || joinedIcons) {
          const icons = body.filter((t) => readingOf(t).icon && !readingOf(t).role).map((t) => readingOf(t).icon!);
          const bar = segMentions.find((m) => m.type === 'topbar') ?? this.add('topbar', {}, true, toks[c.from].start, '顶部');
          bar.props.actions = [...new Set([...((bar.props.actions as string[]) ?? []), ...icons])];
          if (!segMentions.includes(bar)) segMentions.push(bar);
          barRun = c;
          continue;
        }
        barRun = undefined;
        // "…/页面底部确认支付": words at the bottom with no section word are a button.
        const label = c.lead === 'bottom' && c.direct ? this.label(toks, c.from, c.to) : '';
        if (label && toks.slice(c.from, c.to + 1).some((t) => t.kind === 'other') && !lexicon.words.get(label)?.icon) {
          this.add('cta', { text: label, secondary: undefined }, true, toks[c.from].start, label);
          continue;
        }
        const owner = [...segMentions].reverse().find((m) => m.at <= toks[c.from].start);
        // Words before the clause's first section only qualify it ("两列" in "两列、商品卡"); they list no items.
        if (owner) this.qualify(owner, body);
        else Object.assign(segMentions[0].props, readProps(segMentions[0].type, body, segMentions[0].props), segMentions[0].props);
      }
    } else if (toks.length) {
      // "按钮 收藏": a bare label set off by a space right after a button with no text of its own is its text.
      const label = this.label(toks, 0, toks.length - 1);
      if (prev?.type === 'cta' && prev.props.text === undefined && pure && label && chunks.length === 1 && this.rawText(prev.at + prev.said.length, seg.start).trim() === '') {
        Object.assign(prev.props, { text: label, secondary: undefined });
        return prev;
      }
      // "手机号+密码": a clause of nothing but field words joined is a form.
      // (The words that lead into it may come first: "然后用户名 密码".)
      let lead = 0;
      while (lead < toks.length && ['order', 'filler'].includes(roleOf(toks[lead])!)) lead++;
      const rest = toks.slice(lead);
      if (pure && rest.filter((t) => readingOf(t).field).length >= 2 && rest.every((t) => readingOf(t).field || roleOf(t) === 'conn')) {
        segMentions.push(this.add('form', { fields: this.items('form', toks, lead, toks.length - 1) }, true, rest[0]!.start, '字段'));
        return segMentions[0];
      }
      // "右侧放个消息图标" after the bar: more of its icons.
      const icons = toks.filter((t) => readingOf(t).icon && !readingOf(t).role).map((t) => readingOf(t).icon!);
      // ("顶部标题“智能客服”，返回和分享": so is a clause of nothing but icon words right after it.)
      const onlyIcons = toks.every((t) => (readingOf(t).icon && !readingOf(t).role && !readingOf(t).section && !readingOf(t).page) || ['conn', 'iconword', 'button'].includes(roleOf(t) ?? ''));
      if (((barTail && SIDES.has(toks[0]!.text)) || (prev?.type === 'topbar' && onlyIcons)) && icons.length && pure) {
        prev!.props.actions = [...new Set([...((prev!.props.actions as string[]) ?? []), ...icons])];
        return prev;
      }
      this.inferred(toks, chunks, top, roles.has('bottom'), segMentions);
      // A clause with no section of its own says more about the one before (轮播图，高度200).
      if (!segMentions.length && prev && pure) this.qualify(prev, toks);
    }

    // Values go to the section of their clause, or make the section they imply (标题叫X -> a top bar).
    for (const v of values) {
      // No section of this clause was said before the value: it may be about the section before.
      const leads = !segMentions.some((x) => x.at < v.at);
      if (v.main) {
        if (prev && leads && MAIN_TEXT[prev.type] && !(v.led && prev.type !== 'cta')) this.setValue(prev, { ...v, type: prev.type, prop: MAIN_TEXT[prev.type]! });
        // ("上面有tab，“全部”和“未读”": two quotes after a bar of short names are its entries.)
        else if (prev && leads && SHORT_NAMES.has(prev.type) && v.secondary !== undefined && prev.props[ITEM_KINDS[prev.type]!.prop] === undefined) prev.props[ITEM_KINDS[prev.type]!.prop] = ITEM_KINDS[prev.type]!.make([v.secondary, v.text]);
        // ("…填手机号、验证码；“下一步”": a label of what to do, after a section with no text of its own, is a button.)
        else if (v.action && leads) {
          const made = this.add('cta', {}, true, v.at, v.text);
          this.setValue(made, { ...v, type: 'cta', prop: 'text' });
          segMentions.push(made);
        }
        continue;
      }
      // "小横幅，标题“闲书换零钱”": a key that leads its clause names a value of the section just before, when it has one.
      // (Not over a value it already has: "…副标题“X”；…再下面一行小字Y" is a text of its own.)
      const pair = v.unclaimed && leads ? KEY_TARGETS[v.unclaimed]!.find(([type, prop]) => type === prev?.type && (prev.props[prop] === undefined || v.unclaimed !== 'smallText')) : undefined;
      if (pair) {
        this.setValue(prev!, { ...v, type: pair[0], prop: pair[1] });
        continue;
      }
      // "文字：标题“X”": a key no section word claims goes to a section said before it in its clause that takes it.
      const own = v.unclaimed ? [...segMentions].reverse().find((x) => x.at < v.at && KEY_TARGETS[v.unclaimed!]!.some(([type]) => type === x.type)) : undefined;
      const ownProp = own && KEY_TARGETS[v.unclaimed!]!.find(([type]) => type === own.type)![1];
      if (own && ownProp && own.props[ownProp] === undefined) {
        this.setValue(own, { ...v, type: own.type, prop: ownProp });
        continue;
      }
      // A title no section word claims is the top bar's only while it has none: "顶部标题“提问”…问题标题、问题描述".
      if (v.unclaimed && !segMentions.some((x) => x.type === v.type) && this.mentions.some((x) => x.type === v.type && x.props[v.prop] !== undefined)) continue;
      const m = [...segMentions].reverse().find((x) => x.type === v.type) ?? (prev?.type === v.type ? prev : undefined);
      if (m) this.setValue(m, v);
      else {
        const made = this.add(v.type, {}, v.named ?? false, v.at, v.text);
        this.setValue(made, v);
        segMentions.push(made);
      }
    }
    // The next clause goes on from the section said last here, which need not be the one made last ("资产数据 总资产
    // 三项 再来个公告 写“…”": the figures are read after the notice is made). Of one type, the one made last holds
    // what was read (a list's items, read before its word).
    const made = segMentions[segMentions.length - 1];
    const said = segMentions.reduce<Mention | undefined>((a, x) => (!a || x.at >= a.at ? x : a), undefined);
    const last = said && said.type !== made!.type ? said : made;
    // "最底下放个导航栏，首页、消息、我的": a tab bar that ends its clause with no icons takes those of the next.
    if (last?.type === 'tabbar' && last.named && !last.props.items && toks.at(-1)?.start === last.at) this.listOpen = true;
    return last ?? prev;
  }

  /**
   * Where a clause ends in a bottom word and a short plain label (页面底部退出账号), the index of the
   * bottom word; -1 otherwise. The label must be the whole rest of the clause: no section, icon-bar,
   * count or keyed word, at most 6 characters.
   */
  private bottomLabel(toks: Token[], anchors: (SectionType | undefined)[]): number {
    for (let b = toks.length - 2; b >= 0; b--) {
      if (roleOf(toks[b]) !== 'bottom') continue;
      if (b > 0 && roleOf(toks[b - 1]) !== 'conn') return -1;
      const rest = toks.slice(b + 1);
      const plain = rest.every((t, i) => !anchors[b + 1 + i] && t.kind !== 'num' && t.kind !== 'quote' && !readingOf(t).key && (!roleOf(t) || roleOf(t) === 'negate'));
      const length = rest[rest.length - 1]!.end - rest[0]!.start;
      return plain && length <= 6 && !this.used.has(rest[0]!) ? b : -1;
    }
    return -1;
  }

  /** Adds the items in `text` to a section's list. */
  private extend(m: Mention, text: string): void {
    const kind = ITEM_KINDS[m.type]!;
    const had = (m.props[kind.prop] as unknown[]) ?? [];
    // ("tab 宝贝/用户 切换": after the tabs, 切换 says what they do; it is no tab.)
    if (m.type === 'tabs' && had.length && /^\s*(?:可以|可)?(?:切换|来回切换|左右切换)\s*$/.test(text)) return;
    m.props[kind.prop] = [...had, ...kind.make(splitItems(text, m.type))];
  }

  /** Whether the last list read ran to the end of its clause, so bare items in the next clause continue it. */
  private listOpen = false;
  /** A clause that said only "最上面" or "最下面": the next clause's part goes there. */
  private edge?: RegExpExecArray;
  /** A place said with nothing yet to put there ("在列表下面加个“猜你喜欢”，"): for the next clause's section. */
  private pending?: Place;
  /** Where a section taken out stood, for the one said instead ("保障不要了，改成一段文字"). */
  private vacated?: number;
  /** The clause before was only 那就 or 就: the next clause of bare items says the list again. */
  private restating = false;

  /** Adds a clause's props to a section; a clause opening with 有/显示/带 lists more of its items. */
  private qualify(m: Mention, toks: Token[]): void {
    let i = 0;
    while (i < toks.length && (roleOf(toks[i]) === 'order' || roleOf(toks[i]) === 'filler')) i++;
    // A bar's icons follow 带 or 有 at once; "中间放有待收货" is about something further down.
    const bar = (m.type === 'topbar' || m.type === 'tabbar') && i > 0;
    // "纯文字样式（公司 张三）": the style, then the items in brackets.
    const bracket = toks.findIndex((t) => t.text === '(');
    if (bracket > i && toks.slice(i, bracket).every(isStyleWord)) {
      Object.assign(m.props, readProps(m.type, toks.slice(0, bracket), m.props));
      i = bracket;
    }
    const r = roleOf(toks[i]);
    const kind = ITEM_KINDS[m.type];
    // "右上角有返回": 有 after 右上角 still introduces the same list.
    while (['intro', 'verb'].includes(roleOf(toks[i + 1])!) && (r === 'with' || r === 'intro')) i++;
    const rest = toks.slice(i + 1);
    const content = rest.some((t) => t.kind === 'other' || t.kind === 'quote' || (t.kind === 'word' && !t.reading!.role));
    // 带 lists a bar's icons or a user's stats; after other sections "带头像" is a remark.
    const withList = r === 'with' && ['topbar', 'tabbar', 'user-info'].includes(m.type);
    // ("再下面是“今日任务”": 是 after a word for further down names what comes next, not more items.)
    const onward = toks.slice(0, i).some((t) => roleOf(t) === 'order');
    // ("观演人表单，填姓名、身份证号": 填 leads into a form's fields as 有 leads into other lists.)
    const fill = m.type === 'form' && /^(?:要填|需填|填写|填)$/.test(toks[i]?.text ?? '');
    const listing = (r === 'intro' || withList || fill || (r === 'verb' && toks[i].text !== '用' && !onward)) && content && !bar;
    // (A form's fields may be key words too: "表单，包括姓名、手机号" lists 姓名 as a field, not a user's name.)
    if (kind && listing && !rest.some((t) => (readingOf(t).key && !(m.type === 'form' && readingOf(t).field)) || roleOf(t) === 'style')) {
      const items = this.items(m.type, toks, i + 1, toks.length - 1);
      if (items.length) {
        m.props[kind.prop] = items;
        this.listOpen = !/几[条个项]$/.test(toks[toks.length - 1].text);
        return;
      }
    }
    Object.assign(m.props, readProps(m.type, toks, m.props));
  }

  private items(type: SectionType, toks: Token[], from: number, to: number): unknown[] {
    let text = this.rawText(toks[from].start, toks[to].end);
    if (type === 'topbar' || type === 'tabbar') text = text.replace(/(图标|按钮|icon|键)$/i, '');

    if (type === 'user-info') text = text.replace(/数$/, '');
    return ITEM_KINDS[type]!.make(splitItems(text, type));
  }

  private setValue(m: Mention, v: Value): void {
    if (m.type === 'cta' && v.prop === 'text') {
      const labels = v.secondary !== undefined ? [v.secondary, v.text] : v.quoted ? [v.text] : splitItems(v.text);
      // Naming one button replaces the usual pair; naming two sets both (`buttonRoles` says which is main).
      Object.assign(m.props, labels.length === 2 ? buttonRoles(labels[0]!, labels[1]!) : { text: v.text, secondary: undefined });
      return;
    }
    m.props[v.prop] = v.text;
  }

  /** Whether a clause holds only bare items (no section word, measured number, position or value). */
  private continues(all: Token[], anchors: (SectionType | undefined)[], type: SectionType): boolean {
    // "数量（必填项标星）": a remark in brackets after the label does not stop it being a label.
    const open = all.findIndex((t) => t.text === '(');
    const toks = open > 0 ? all.slice(0, open) : all;
    if (type === 'topbar' || type === 'tabbar') {
      // (Up to five icons and the joiners between them.)
      if (toks.length > 9) return false;
      // "带分享 铃铛 收藏图标": a bar's icons, the last one perhaps followed by 图标 or 按钮.
      const named = ['iconword', 'button'].includes(roleOf(toks.at(-1))!);
      const icon = (t: Token) => t.kind === 'word' && !!t.reading!.icon && !t.reading!.role && (named || t.reading!.section !== 'notice-bar');
      return toks.every((t, i) => icon(t) || roleOf(t) === 'conn' || (i === toks.length - 1 && i > 0 && named));
    }
    if (toks.length > 4) return false;
    // "…、密码。哦还有一条通知栏": a sound the speaker makes is no label.
    if (toks.some((t) => /^(?:哦|噢|嗯|呃|啊|额|哎|欸|诶)$/.test(t.text))) return false;
    // A card word that says it is cards (文章卡片, 达人列表) starts a card list; a bare one (作品) may be a label.
    const cards = (t: Token, i: number) => anchors[i] && readingOf(t).card && /(卡片?|列表|流|cards?)$/.test(t.text);
    if (toks.some((t, i) => (anchors[i] && readingOf(t).section) || cards(t, i)) || toks.every((t) => roleOf(t) === 'filler' || roleOf(t) === 'conn')) return false;
    return toks.every((t, i) => {
      if (t.kind === 'other' || t.kind === 'quote') return true;
      if (t.kind === 'num') return !t.measure && !t.ordinal;
      if (t.kind !== 'word') return false;
      const r = t.reading!;
      // 推荐 glued to a word ends a label (插画推荐), it does not start a card list.
      const labelEnd = r.role === 'recommend' && i > 0 && toks[i - 1]!.end === t.start;
      // 未读, 不限: a negation glued to the text after it is part of a label.
      const labelStart = r.role === 'negate' && toks[i + 1]?.start === t.end && toks[i + 1]!.kind === 'other';
      if (r.role && r.role !== 'conn' && r.role !== 'filler' && !labelEnd && !labelStart) return false;
      if (r.theme || (r.key && !r.field)) return false;
      // A word that can only be a section (轮播图) starts a new section; one that is also a label (价格) continues.
      return !sectionOnly(r);
    });
  }

  private forwardItems(toks: Token[], a: number, type: SectionType, anchors: (SectionType | undefined)[]): [number, number, number[]] | undefined {
    if (toks[a].kind === 'num') return undefined;
    let j = a + 1;
    // ("宫格入口：A、B": the word for the entries may stand between the section's word and its colon.)
    // ("一条一条的：A、B": so may 的 right before the colon.)
    // (Not a row size, 一行 before its count: that is read as a prop, below.)
    while ((roleOf(toks[j]) === 'filler' && (toks[j].text !== '的' || toks[j + 1]?.text === ':') && !(readingOf(toks[j]).key === 'perRow' && toks[j + 1]?.kind === 'num')) || (roleOf(toks[j]) === 'iconword' && (roleOf(toks[j + 1]) === 'intro' || (roleOf(toks[j + 1]) === 'filler' && roleOf(toks[j + 2]) === 'intro')) && type !== 'topbar' && type !== 'tabbar')) j++;
    // ("宫格（4列）：A、B": so may a bracket of counts, read as props.)
    const bracket = toks[j]?.text === '(' && toks[j + 1]?.kind === 'num' && toks[j + 1]!.measure && toks[j + 2]?.text === ')' && roleOf(toks[j + 3]) === 'intro' ? [j, j + 3] : undefined;
    if (bracket) j += 3;
    // "列表聊天气泡样式（鲜花 直播课）": the style, then the items in brackets.
    let s = j;
    while (s < toks.length && (isStyleWord(toks[s]) || readingOf(toks[s]).style)) s++;
    // The style words are left for the section's props to read.
    const style = s > j && toks[s]?.text === '(' ? [j, s] : undefined;
    if (style) j = s;
    // "表单就两项：A、B", "grid-menu 3列 6个：A、B": counts before the colon that lists the items (they are read as props).
    let c = j;
    // ("权益宫格一行四个：A、B": so may a row size, 一行 and its count.)
    if (readingOf(toks[c]).key === 'perRow' && toks[c + 1]?.kind === 'num' && toks[c + 2]?.text === ':') c++;
    while (c < j + 2 && toks[c]?.kind === 'num' && toks[c]!.measure) c++;
    // ("宫格四列 我的收藏 浏览记录": or before items set off by a space.)
    const counts = c > j && (toks[c]?.text === ':' || (!!toks[c] && toks[c]!.start > toks[c - 1]!.end)) ? [j, c] : undefined;
    if (counts) j = c;
    let introduced = false;
    const r = roleOf(toks[j]);
    // ("tab分四个：全部、…": 分 before a count and a colon lists, as 分成 does.)
    const divides = toks[j]?.text === '分' && toks[j + 1]?.kind === 'num' && !!toks[j + 1]!.measure && toks[j + 2]?.text === ':';
    if (r === 'intro' || divides || (r === 'verb' && toks[j].text !== '用') || (r === 'with' && (type === 'topbar' || type === 'tabbar'))) {
      introduced = true;
      j++;
      // 右上角是搜索: a second little word may follow the first.
      while (['intro', 'verb'].includes(roleOf(toks[j])!)) j++;
      // ("tab分四个：全部、…": a count and a colon may come between; the count is read as a prop.)
      if (toks[j]?.kind === 'num' && toks[j]!.measure && toks[j + 1]?.text === ':') j += 2;
    } else if (type === 'topbar') return undefined;
    else if (SPACED_LISTS.has(type) && toks[j] && toks[j]!.start > toks[j - 1]!.end && /[/、|>→]/.test(this.rawText(toks[j]!.start, toks[toks.length - 1]!.end))) {
      // "stats 总资产/昨日收益", "steps 下单>支付>完成": a space after the word and items joined (tokenize.ts joined them).
      introduced = true;
    }
    const first = toks[j];
    if (!first) return undefined;
    if (!introduced) {
      // "标签页推荐和关注": with no 有 or ':' only tabs and filters list right after their word, several at
      // once; 填写 is itself a verb ("填写昵称、密码").
      // The first label may be several tokens written together (已完成 is 已 + 完成); glued to the word
      // itself ("tab已完成 待付款") it needs no joiner after it.
      // 推荐 and 热门 are tabs too ("tab推荐、出货和新品").
      const plain = (t: Token | undefined) => !!t && (t.kind === 'other' || t.kind === 'quote' || (t.kind === 'word' && (!t.reading!.role || t.reading!.role === 'recommend') && !t.reading!.section));
      // (A one-character filler glued inside a label is part of it: 区 of 小区名称.)
      const inside = (t: Token | undefined) => plain(t) || (!!t && roleOf(t) === 'filler' && t.text.length === 1 && t.text !== '的' && plain(toks[toks.indexOf(t) + 1]) && toks[toks.indexOf(t) + 1]!.start === t.end);
      let e = j;
      while (inside(toks[e + 1]) && toks[e + 1]!.start === toks[e]!.end) e++;
      const glued = first.start === toks[a].end && e === toks.length - 1;
      const ok =
        ((type === 'tabs' || type === 'filters') && (plain(first) || sortKey(first)) && (roleOf(toks[e + 1]) === 'conn' || glued)) ||
        // "tab 推荐 热点 本地", "菜单 我的订单 收货地址": items separated by spaces (tokenize.ts joined them).
        (ITEM_KINDS[type] !== undefined && (plain(first) || (type === 'form' && !!readingOf(first).field) || (SHORT_TABS.has(type) && sortKey(first))) && !!toks[j + 1] && /\S +\S/.test(this.raw.slice(first.start, toks[toks.length - 1]!.end)) && first.start > toks[j - 1]!.end && (plain(toks[j + 1]) || !!readingOf(toks[j + 1]).icon || sortKey(toks[j + 1]!) || (type === 'stats' && toks[j + 1]!.kind === 'num'))) ||
        // "tabs “关注”“推荐”": quoted labels one after another.
        ((type === 'tabs' || type === 'filters' || type === 'proof') && first.kind === 'quote' && toks[j + 1]?.kind === 'quote') ||
        // "底部导航 首页/消息/我的": a tab bar's icons joined right after its word.
        (type === 'tabbar' && !!readingOf(first).icon && roleOf(toks[j + 1]) === 'conn') ||
        // "表单活动名称、时间": normalize.ts writes a list of things to fill in so.
        ((toks[a].text === '填写' || (toks[a].text === '表单' && first.start === toks[a].end && roleOf(toks[e + 1]) === 'conn')) && (first.kind === 'other' || !!readingOf(first).field));
      if (!ok) return undefined;
    }
    const consumed: number[] = [];
    const within = (i: number, range: number[] | undefined) => !!range && i >= range[0]! && i < range[1]!;
    for (let i = a; i < j; i++) if (!within(i, style) && !within(i, counts) && !within(i, bracket)) consumed.push(i);
    let end = j - 1;
    let pieceAt = j;
    for (let k = j; k < toks.length; k++) {
      const t = toks[k];
      const role = roleOf(t);
      // "评论(128)": a count in brackets glued to a label is part of it.
      if (t.text === '(' && k > j && toks[k - 1]!.end === t.start && toks[k + 1]?.kind === 'num' && !toks[k + 1]!.measure && toks[k + 2]?.text === ')') {
        consumed.push(k, k + 1, k + 2);
        end = k + 2;
        k += 2;
        continue;
      }
      // 的 ends a list: "输入框有发货地的简约发布页" goes on about the page, not the fields. (Not one glued to the end of a
      // label: "我发布的、我卖出的".)
      const ownLabel = t.text === '的' && k > j && toks[k - 1]!.end === t.start && (roleOf(toks[k + 1]) === 'conn' || k + 1 === toks.length);
      if (role === 'top' || role === 'bottom' || role === 'order' || t.text === ')' || t.text === ']' || (t.text === '的' && !ownLabel)) break;
      if (role === 'button' || (role === 'iconword' && (type === 'topbar' || type === 'tabbar'))) {
        // "有返回、分享按钮": the bar's icons end with the word for them ("…以及按钮" is a button of its own).
        if ((type === 'topbar' || type === 'tabbar') && roleOf(toks[k - 1]) !== 'conn' && toks[k - 1]?.kind !== 'num') consumed.push(k);
        else if (roleOf(toks[k - 1]) === 'conn') end = k - 2;
        // "通用、关于我们、“退出账号”按钮": the quoted piece before 按钮 is the button's label.
        else if (toks[k - 1]?.kind === 'quote' && roleOf(toks[k - 2]) === 'conn' && k - 3 >= j) {
          end = k - 3;
          consumed.splice(consumed.indexOf(k - 2));
        }
        break;
      }
      // "近一个月、近三个月": a count glued inside a label is part of it.
      const inLabel = toks[k - 1]?.end === t.start && toks[k - 1]!.kind === 'other' && toks[k + 1]?.start === t.end && toks[k + 1]!.kind === 'other';
      // ("已卖出23件、累计收入4860元": so is a figure's value glued to its label.)
      // (Or one too large to count entries: "点评2356条".)
      const figure = type === 'stats' && k > j && toks[k - 1]!.end === t.start && roleOf(toks[k - 1]) !== 'conn' && (/^\d+(?:件|单|笔|次|篇|位|家|款|节)$/.test(t.text) || (t.value ?? 0) >= 100);
      if (t.kind === 'num' && (t.measure === 'items' || t.measure === 'steps') && !inLabel && !figure) {
        consumed.push(k);
        // "...三个字段": the count may be followed by the section's own word again.
        if (anchors[k + 1] === type) consumed.push(k + 1);
        break;
      }
      // A new item that is plainly another section ("筛选:综合、销量、两列商品") ends the list; a price word is a key to
      // filter by ("筛选：区域、租金、户型"), and a price or poster word between joiners a form's field.
      let before = k - 1;
      while (before > j && roleOf(toks[before]) === 'filler') before--;
      const pieceStart = k === j || roleOf(toks[before]) === 'conn';
      // "…评价/有瑜伽分类、待发货3个tab": a new 有 or 带 after a joiner starts another phrase
      // (not 有, 含 or 带 glued into a short label: "全部/有货/降价", "免费取消、含早餐").
      const inWord = ['有', '含', '带'].includes(t.text) && toks[k + 1]?.start === t.end && toks[k + 1]!.kind === 'other' && toks[k + 1]!.text.length <= 2 && (roleOf(toks[k + 2]) === 'conn' || k + 2 === toks.length);
      if (pieceStart && (role === 'intro' || role === 'with') && !inWord) {
        if (k > j) end = before - 1;
        break;
      }
      // "…正品保证及来个店铺信息", "…完成还有一块订单信息", "…视频还有每行两个的信息流": a quantifier or a
      // row count after a joiner starts the next section.
      if (pieceStart && k > j && (LEAD_FILLERS.has(t.text) || readingOf(t).key === 'perRow')) {
        end = before - 1;
        break;
      }
      const cardWord = t.kind === 'word' && (!!t.reading!.card || !!t.reading!.section) && /(列表|卡片?)$/.test(t.text) && anchors[k] !== type;
      // "环境搭建、数据清洗、可视化": a two-character section word glued to a short word, the piece ending there after a
      // 、, is a label.
      // (So is 填写 glued to the label it begins, when it names no form here: "填写手机号/设置密码".)
      // ("租金设置": the short word after may be a word of its own too, one that is no section's and has no role.)
      // (It may have been taken for the page's type already: the text after the word is read then.)
      const gluedLabel = (t.text.length === 2 && toks[k - 1]?.text === '、' && toks[k + 1]?.start === t.end && (toks[k + 1]!.kind === 'other' || (toks[k + 1]!.kind === 'word' && !readingOf(toks[k + 1]).section && !roleOf(toks[k + 1]))) && toks[k + 1]!.text.length <= 2 && (toks[k + 2]?.text === '、' || k + 2 === toks.length)) ||
        (t.text.length === 2 && toks[k - 1]?.text === '、' && toks[k + 1]?.start !== t.end && /^[\u4e00-\u9fff]{2}(?=、)/.test(this.norm.slice(t.end)) && lexicon.words.get(this.norm.slice(t.end, t.end + 2))?.page !== undefined) ||
        (/^填写?$/.test(t.text) && !anchors[k] && toks[k + 1]?.start === t.end);
      // "标签:商家、商品", "tab：用户、笔记", "菜单：个人资料、收货地址": after a colon, a tab, filter or menu entry that is
      // one short word between joiners is an entry even when it is a section's word too.
      const shortEntry = introduced && t.kind === 'word' && ((type === 'tabs' || type === 'filters') ? t.text.length <= 3 : (type === 'menu-list' || type === 'grid-menu') && t.text.length <= 5 && ENTRY_SECTIONS.has(readingOf(t).section!)) && !cardWord && !/[栏页框条]$/.test(t.text) && (k === j || roleOf(toks[k - 1]) === 'conn') && (roleOf(toks[k + 1]) === 'conn' || k + 1 === toks.length);
      if (pieceStart && !gluedLabel && !shortEntry && (cardWord || (t.kind === 'num' && t.measure && t.measure !== 'items') || (t.kind === 'word' && sectionOnly(t.reading!) && anchors[k] !== type && !verbInLabel(toks, k) && !(type === 'filters' && t.reading!.section === 'price') && !(type === 'form' && FIELD_LIKE.has(t.reading!.section!) && (roleOf(toks[k + 1]) === 'conn' || k + 1 === toks.length))))) {
        if (roleOf(toks[k - 1]) === 'conn') end = k - 2;
        break;
      }
      if (pieceStart) pieceAt = k;
      // "待收货、已取消、订单卡片列表": a short name never ends in 列表 or 卡片; that piece is the next section.
      if (!pieceStart && cardWord && SHORT_NAMES.has(type) && roleOf(toks[pieceAt - 1]) === 'conn') {
        end = pieceAt - 2;
        break;
      }
      end = k;
      consumed.push(k);
    }
    if (end < j) return undefined;
    // "菜单列表（右侧箭头）": one phrase in brackets is a remark, unless the section lists single things.
    if (toks[j - 1]?.text === '(' && !['proof', 'form'].includes(type) && splitItems(this.rawText(toks[j].start, toks[end].end).replace(/^(右侧|左侧)/, '')).length < 2) return undefined;
    // "(卡片样式)" describes how the section looks; it lists nothing.
    // (Not a style word glued to the end of a label: "夜间模式", "深色模式" are settings.)
    if (toks.slice(j, end + 1).some((t, k) => isStyleWord(t) && !(k > 0 && toks[j + k - 1]!.end === t.start && roleOf(toks[j + k - 1]) !== 'conn' && !readingOf(toks[j + k - 1]!).section))) return undefined;
    return [j, end, consumed];
  }

  private backwardItems(toks: Token[], a: number, type: SectionType, anchors: (SectionType | undefined)[], owned: Map<Token, Mention>): [number, number, number[]] | undefined {
    if (type === 'topbar') return undefined;
    const consumed = [a];
    let k = a - 1;
    let counted = toks[a].kind === 'num';
    // "首页、分类、我的三个入口的底部导航": skip 的, the word for the items, then their count.
    const describes = (t: Token, i: number) =>
      t.text === '的' ||
      ['iconword', 'top', 'bottom'].includes(roleOf(t)!) ||
      // (a section word right after a joiner is the list's last entry: "最新、人气和筛选排序")
      (!anchors[i] && !!readingOf(t).section && roleOf(toks[i - 1]) !== 'conn') ||
      // the rest of a tab-and-filter compound glued before the word (热门标签 in 热门标签筛选)
      // (热门 right before the word ends a label instead: 护肤精选排序, 全新 同城 热门标签页)
      (SHORT_TABS.has(type) && toks[i + 1]?.start === t.end && ((SHORT_TABS.has(anchors[i]!) && anchors[i] !== type) || (roleOf(t) === 'recommend' && i + 1 !== a)) && consumed.at(-1) === i + 1);
    while (k >= 0 && !counted && describes(toks[k], k)) consumed.push(k--);
    if (!counted && toks[k]?.kind === 'num' && (toks[k].measure === 'items' || toks[k].measure === 'steps')) {
      counted = true;
      consumed.push(k--);
    }
    const end = k;
    let sawConn = false;
    let others = 0;
    let pieces = 0;
    for (; k >= 0; k--) {
      const t = toks[k];
      const role = roleOf(t);
      if (this.used.has(t) || owned.has(t) || this.holders.has(t) || t.text === ')' || t.text === ']') break;
      // "下面是搜索、顶部tab": a section word said in order down the page is no label of the next section;
      // nor are the words glued after it ("下面是价格信息、服务保障").
      if (anchors[k] && sequenced(toks, k)) {
        while (k < end && roleOf(toks[k + 1]) !== 'conn') k++;
        break;
      }
      if (role === 'conn') {
        sawConn = true;
        continue;
      }
      // 未读, 不限: a negation inside a label is part of it.
      if (role && role !== 'filler' && role !== 'recommend' && role !== 'negate') break;
      if (role === 'filler') continue;
      // A number glued to the text after it is part of a label (24小时发货, 七天无理由), not a count.
      // So is one glued after plain text (假一赔十).
      const inLabel =
        t.kind === 'num' && !t.measure && ((k < end && toks[k + 1]!.start === t.end && !roleOf(toks[k + 1])) || (k > 0 && toks[k - 1]!.end === t.start && toks[k - 1]!.kind === 'other'));
      // "访客592 关注7.6万数据": in a list of figures a number glued after its label is its value.
      const figure = type === 'stats' && t.kind === 'num' && !t.measure && k > 0 && toks[k - 1]!.end === t.start && toks[k - 1]!.kind !== 'num';
      if (t.kind === 'num' && (!counted || t.measure) && !inLabel && !figure) break;
      // A key is itself a label unless a number follows it (评分 in "按评分、销量排序").
      if (readingOf(t).key && !readingOf(t).field && toks[k + 1]?.kind === 'num') break;
      // "默认选中服饰、分类入口": which entry is active is said about the list before, not this one; so is a
      // setting of another section ("幻灯片，自动轮播、图标导航").
      if (readingOf(t).key === 'active' || readingOf(toks[k - 1]).key === 'active' || SETTING_KEYS.has(readingOf(t).key ?? '')) break;
      // "头像+昵称、数据面板": a key of one section only (昵称 names the user) belongs to it, not to this list.
      const owners = KEY_TARGETS[readingOf(t).key ?? '']?.map(([owner]) => owner);
      if (owners?.length && !owners.includes(type) && !(type === 'form' && readingOf(t).field)) break;
      // Words that name a section only by context (推荐, 视频) may be labels; section words stop the list.
      // 填写 in a label ("填写信息→上传图片→发布三步") is a verb there, not the form.
      const verbLike = t.text === '填写' && k < end;
      // Tab and filter labels are often section words too (价格, 店铺, 视频); other lists stop at one.
      const labelish = type === 'form' ? !!readingOf(t).field : counted || type === 'tabs' || type === 'filters' ? !sectionOnly(readingOf(t)) : false;
      if (anchors[k] && !verbLike && anchors[k] !== type && readingOf(t).section && !labelish) {
        // "价格信息、服务保障": the words glued after another section's word belong to it, not to this list.
        while (k < end && roleOf(toks[k + 1]) !== 'conn') k++;
        break;
      }
      pieces++;
      if (t.kind === 'other') others++;
    }
    if (roleOf(toks[k]) === 'with') {
      // "带设置、购物车和填写区": what follows 带 are a bar's icons, not this section's items.
      if (readingOf(toks[k + 1]).icon) return undefined;
      // "带认证标以及顺丰发货、…保障": 带 ends what came before; the items start after its first joiner.
      let c = k + 1;
      while (c <= end && roleOf(toks[c]) !== 'conn') c++;
      if (c > end) return undefined;
      k = c;
    }
    let from = k + 1;
    while (from <= end && (roleOf(toks[from]) === 'conn' || roleOf(toks[from]) === 'filler')) from++;
    if (from > end || pieces === 0) return undefined;
    const single = others === pieces && pieces === 1 && ['tabs', 'filters', 'proof', 'steps'].includes(type);
    const listed = sawConn && BACKWARD_LISTS.has(type);
    // "获赞阅读作品数据": figures glued together are a list too.
    const glued = type === 'stats' && splitStatWords(this.rawText(toks[from].start, toks[end].end).trim()).length > 1;
    // "按综合 价格 人气排序": sort keys between 按 and the filter word, spaces between them.
    const sorted = type === 'filters' && toks[k]?.text === '按' && pieces > 1;
    // "收货地址 支付设置 隐私设置选项列表": items separated by spaces (the clause kept them together, tokenize.ts).
    // Figures with values may be separated by commas too ("足迹3.5万，成交0.1万数据栏", tokenize.ts keeps them together).
    const spaced = BACKWARD_LISTS.has(type) && pieces > 1 && (type === 'stats' ? /[\s,，]/ : /\s/).test(this.rawText(toks[k + 1]?.start ?? 0, toks[end].end));
    const ok = counted || listed || single || glued || sorted || spaced || (type === 'form' && toks.slice(from, end + 1).some((t) => readingOf(t).field));
    if (!ok) return undefined;
    for (let i = from; i <= end; i++) consumed.push(i);
    return [from, end, consumed];
  }

  /** The words of a chunk that make a button label, without position words and quantifiers. */
  private label(toks: Token[], from: number, to: number): string {
    // The label starts after the last word that introduces it: "希望有按钮" has none.
    // ("logo旁边一个搜索按钮": so does a side of something said before.)
    for (let k = to; k > from; k--) if (BOUNDARY.has(roleOf(toks[k])!) || (BESIDE.has(toks[k]!.text) && k < to)) from = k + 1;
    let f = from;
    let t = to;
    const skip = (x: Token) => POSITION.has(roleOf(x)!) || roleOf(x) === 'with' || LABEL_SKIP.has(x.text) || BESIDE.has(x.text) || (x.kind === 'num' && !!x.measure);
    while (f <= t && skip(toks[f])) f++;
    // "最下面微信支付的黑色金色主题的结算页": the label ends where words already taken (the theme, the page) begin.
    for (let k = f; k < t; k++) if (this.raw.slice(toks[k].end, toks[k + 1].start).trim()) t = k;
    while (t >= f && (LABEL_SKIP.has(toks[t].text) || roleOf(toks[t]) === 'filler' || (toks[t].kind === 'num' && !!toks[t].measure && !nextStep(toks, t)))) t--;
    if (f > t) return '';
    if (f === t && toks[f].kind === 'quote') return toks[f].raw ?? '';
    // ("一个红色的“退出登录”按钮": words before a quoted label describe the button; the quote is its label.)
    if (toks[t].kind === 'quote' && toks.slice(f, t).every((x) => x.kind !== 'quote')) return toks[t].raw ?? '';
    return this.rawText(toks[f].start, toks[t].end).replace(/^["'“「『‘《]|["'”」』’》]$/g, '');
  }

  /** A button: its label is the text before 按钮 (立即购买按钮); two labels make a second button. */
  private button(toks: Token[], chunks: Chunk[], ci: number, values: Value[], topContext: boolean): Mention {
    const c = chunks[ci];
    const headTok = toks[c.head!];
    const labels: string[] = [];
    // ("菜单：支付设置和通用还有按钮": words already taken right before 按钮 leave the button unlabelled.)
    const taken0 = c.head! > c.from && this.raw.slice(toks[c.head! - 1]!.end, headTok.start).trim() !== '';
    const own = taken0 ? '' : this.label(toks, c.from, c.head! - 1);
    if (own) labels.push(own);
    const counted = toks.slice(c.from, c.head!).some((t) => t.kind === 'num' && (t.value ?? 0) >= 2);
    const named = values.some((v) => v.type === 'cta');
    // "加入购物车和立即购买两个按钮": earlier chunks joined by 和 with no section of their own
    // (up to five of them, for the icons of a top bar: "带分享、更多按钮").
    const taken: Chunk[] = [];
    for (let k = ci - 1; k >= 0 && labels.length < 5 && !named; k--) {
      const p = chunks[k];
      if ((p.head !== undefined && !counted) || chunks[k + 1].lead !== p.lead) break;
      const text = this.label(toks, p.from, p.to);
      if (!text) break;
      labels.unshift(text);
      taken.unshift(p);
    }
    if (topContext && labels.length && labels.every((l) => iconWord(l))) {
      for (const p of taken) p.label = true;
      return this.add('topbar', { actions: labels.map(iconWord) }, true, headTok.start, labels.join('/'));
    }
    // A button has at most two labels; earlier chunks stay sections ("商品列表还有A、B两个按钮").
    labels.splice(0, labels.length - 2);
    for (const p of taken.slice(own ? -1 : -2)) p.label = true;
    const props: Record<string, unknown> = {};
    if (!values.some((v) => v.type === 'cta') && labels.length) Object.assign(props, labels.length === 2 ? buttonRoles(labels[0]!, labels[1]!) : { text: labels[0], secondary: undefined });
    // "表单的提交按钮写…": said as the form's own button (build.ts makes it the submit wherever it stands).
    const submit = toks.slice(c.from, c.head!).some((t) => t.text.endsWith('提交'));
    return this.add('cta', props, true, headTok.start, submit ? SUBMIT_BUTTON : headTok.text);
  }

  /** A clause that names no section: a top bar from icons at the top, a button or tab bar from words at the bottom. */
  private inferred(toks: Token[], chunks: Chunk[], top: boolean, bottom: boolean, out: Mention[]): void {
    const at = toks[0].start;
    const icons = toks.filter((t) => readingOf(t).icon && !readingOf(t).role).map((t) => readingOf(t).icon!);
    if (top && icons.length) {
      out.push(this.add('topbar', { actions: [...new Set(icons)] }, true, at, '顶部'));
      this.listOpen = true;
      return;
    }
    // "上面放个logo": a logo at the top stands in the top bar.
    if (top && toks.some((t) => readingOf(t).key === 'logo')) {
      out.push(this.add('topbar', {}, true, at, '顶部'));
      return;
    }
    if (!bottom) return;
    // ("底部 首页 消息 我的": spaces between them, tokenize.ts joined them.)
    // ("底下首页、消息、我的三个": a count after the last is no part of it.)
    const labels = chunks.filter((c) => c.lead === 'bottom').flatMap((c) => this.label(toks, c.from, c.to).split(/\s+/)).map((l) => l.replace(/(?<=.)(?:[0-9]|[两三四五六])个$/, '')).filter(Boolean);
    // (One label with no icon of its own, 发现 in 首页 发现 我的, is left out rather than losing the bar. At the bottom,
    // 我 is me and + the plus: "首页、朋友、+、消息、我".)
    const tabIcon = (l: string) => iconNamed(l) ?? BOTTOM_TABS[l];
    const known = labels.filter((l) => tabIcon(l));
    if (known.length >= 2 && known.length >= labels.length - 1) out.push(this.add('tabbar', { items: known.map(tabIcon) }, true, at, '底部'));
    else if (labels.length === 1 && toks.some((t) => t.kind === 'other')) out.push(this.add('cta', { text: labels[0], secondary: undefined }, true, at, '底部'));
  }
}
