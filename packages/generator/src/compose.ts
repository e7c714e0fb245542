import { catalog, themeNames, type PageName, type SectionType, type ThemeName } from '@uidsl/dsl';
import type { Rng } from './rng.ts';
import type { SaidSection } from './phrases/index.ts';
import type { LayoutSaid } from './document.ts';
import { chineseNumber } from './numerals.ts';

const OPENERS = ['', '', '', '帮我做个', '帮我做一个', '我想要一个', '我想要', '请生成一个', '请生成', '做一个', '做个', '给我一个', '设计一个', '来个', '生成一个', '帮忙做个', '我需要一个', '想做一个', '搞一个',
  '帮我设计一个', '请帮我生成', '弄一个', 'need a ', 'make a ', '帮我生成一个', '麻烦做一个', '写一个', '出一个'];

/** The ways a theme word is worked into the sentence. {t} is the theme word. */
const THEME_BEFORE = ['{t}风格的', '{t}风格', '{t}主题的', '{t}主题', '{t}配色的', '{t}色调的', '{t}的', '{t}', '{t}风的', '{t}系'];
const THEME_AFTER = ['{t}风格', '{t}主题', '用{t}配色', '{t}配色', '整体{t}风格', '主题{t}', '风格是{t}', '配色{t}', '色调偏{t}', '（{t}）', '({t})', '{t}色调', '走{t}风'];

export function themeWord(rng: Rng, theme: ThemeName): string {
  const word = rng.pick(catalog.themes[theme].words);
  // "樱花粉，啊不是，银白": now and then the speaker names another theme first and takes it back.
  if (word.length >= 2 && rng.chance(0.02)) {
    const others = (themeNames as readonly ThemeName[]).filter((t) => t !== theme).flatMap((t) => catalog.themes[t].words).filter((w) => w.length >= 2);
    return `${rng.pick(others)}${rng.pick(['，不对，', '，啊不是，', '……算了，还是', '，哦不对，改成'])}${word}`;
  }
  // "蓝" alone reads as a colour: people write 蓝色 / 蓝色系 around it.
  return word.length === 1 && rng.chance(0.5) ? word + rng.pick(['色', '色系', '调']) : word;
}

const pageSuffix = (rng: Rng, word: string) =>
  word.endsWith('页面') ? '' : word.endsWith('页') ? rng.pick(['', '', '面']) : rng.pick(['', '', '', '页', '页面', '界面']);
const APP_PREFIX = ['', '', '', '', '', 'app', 'APP', '小程序', '电商app', '移动端', '手机'];

export function pageWord(rng: Rng, page: PageName, named: boolean, prefixed = true): string {
  const goals = catalog.pages[page].goals;
  // A page not named by its word is one for what the user does there, or any page at all (the home page).
  if (!named && goals?.length) return rng.pick(goals) + rng.pick(['的页面', '的界面', '的那一屏', '的页', '的那个页面', '用的页面']);
  if (!named) return rng.pick(['页面', '界面', 'app页面', '页']);
  const word = rng.pick(catalog.pages[page].words);
  return (prefixed ? rng.pick(APP_PREFIX) : '') + word + pageSuffix(rng, word);
}

/** "用黑金配色配色" -> "用黑金配色": a theme word that already ends in the frame's own word. */
const tidy = (text: string) => text.replace(/(配色|色调|主题|风格|风)\1/g, '$1').replace(/色色/g, '色');

/** Position words placed before a section phrase, by where it is in the list. */
function positionWord(rng: Rng, index: number, count: number, placed: boolean, rate: number): string {
  if (placed || count === 1 || !rng.chance(rate)) return '';
  if (index === 0) return rng.pick(['顶部', '上面是', '最上面', '开头是', '顶部放', '最上面是', '页面顶部', '上方']);
  if (index === count - 1) return rng.pick(['底部', '最下面', '最后', '最后是', '底部放', '最下方', '最底下', '底部再放', '最后放']);
  return rng.pick(['中间', '下面是', '然后', '再下面', '接着', '中间放', '下方', '下面', '再往下是', '紧接着', '然后是', '之后是', '往下']);
}

/** A phrase that starts by saying where it is gets no second position word. */
const SAYS_WHERE = /^(顶部|底部|最上|最下|上方|下方|左上|右上|页面顶部|页面底部|头部)/;

const AREA_WORDS = ['区', '区域', '模块', '部分', '板块'];
/** Adjectives that change nothing the DSL holds; never a theme word. */
const SECTION_ADJECTIVES = ['醒目的', '漂亮的', '通栏', '全屏', '小小的', '大一点的', '好看的'];

/** "一个菜单列表", "放个轮播图": a quantifier some people put before a bare section word. */
const QUANTIFIERS = ['一个', '一个', '放一个', '加个', '来个', '一块', '一排', '放'];

const SEPARATORS = [['，', 10], ['、', 3], [',', 3], ['；', 1], [' ', 4], ['/', 1], ['+', 0.5], [' , ', 0.3], ['。', 0.5], ['\n', 0.2]] as const;
const SEPARATOR_TABLE = SEPARATORS.map((s) => [s, s[1]] as const);
const INTROS = ['，', '，包含', '，有', '：', '，包括', '，里面有', '，页面有', '，从上到下依次是', '，结构：', '，页面上放', '，要有', ':', ' ', '，需要', '，上面有', '，页面包含', '。页面有', '，内容有', '，模块有', '，组件：', '，布局是', '，依次放', '，希望有', '\n'];
/** Decorations a person adds to a theme word; they never change the theme. */
const THEME_FLAVOUR = ['', '', '', '', '', '', '', '高级感', '科技感', '质感', '大气', '时尚', '清新', '活力', '温柔', '沉稳'];
/** Style words about the page itself, never a theme: "dashboard风格的个人中心". */
const PAGE_FLAVOUR = ['dashboard风格的', '大屏风格的', '扁平化的', '现代感', '移动端风格的', 'iOS风格的', '偏商务的', '年轻化的'];
/** What the app is about; decoration only, the page type still comes from the page word. */
const DOMAINS = ['潮鞋', '二手交易', '生鲜', '宠物', '数码', '美妆', '外卖', '母婴', '图书', '旅行', '健身', '家居', '奶茶', '咖啡', '社区团购', '校园', '潮玩', '水果', '服装', '珠宝'];
const DOMAIN_TAILS = ['', 'app', '商城', '小程序', '平台', '电商', 'App', '类app'];

export interface Composed { instruction: string; style: string }

/** How people number the lines of a written spec: "1. ", "2、", "3）", "① ", "- ". */
const MARKERS: Array<(i: number) => string> = [
  (i) => `${i + 1}. `, (i) => `${i + 1}.`, (i) => `${i + 1}、`, (i) => `${i + 1}）`, (i) => `${i + 1})`,
  (i) => `${String.fromCharCode(0x2460 + i)} `, () => '- ', () => '· ', () => '• ',
  (i) => `模块${chineseNumber(i + 1)}：`, (i) => `模块${chineseNumber(i + 1)} `, (i) => `${chineseNumber(i + 1)}、`,
];

/**
 * Developers' names for a section, put in place of the Chinese word a phrase opens with ("轮播图3张" -> "swiper 3张"):
 * only words that name the section and nothing more (商品列表 also says the card, so it stays).
 */
const DEV_NAMES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^(?:顶部导航栏|顶部标题栏|顶部导航|标题栏|导航栏|顶部栏|顶栏)/, ['navbar', 'header', 'topbar', 'nav bar']],
  [/^(?:轮播图|轮播)/, ['swiper', 'carousel', 'slider']],
  [/^(?:宫格菜单|宫格)/, ['grid', 'grid-menu', 'grid menu']],
  [/^(?:搜索栏|搜索框)/, ['searchbar', 'search-bar', 'search bar']],
  [/^(?:底部导航栏|底部导航)/, ['tabbar', 'tab bar', 'tab-bar', 'bottom nav']],
  [/^(?:公告栏|通知栏|滚动公告)/, ['notice', 'notice-bar', 'noticebar']],
  [/^(?:菜单列表)/, ['menu-list', 'menu list', 'menu']],
  [/^(?:步骤条)/, ['steps', 'stepper']],
  [/^(?:数据统计|数据面板)/, ['stats']],
  [/^(?:筛选栏|筛选条件)/, ['filters', 'filter bar']],
  [/^(?:标签页|选项卡)/, ['tabs']],
];
const DEV_WORD_END = /^(?:$|[^\p{Script=Han}a-zA-Z]|[有含带的共放显示里要是写叫一两三四五六七八九十])/u;
const devName = (rng: Rng, text: string): string => {
  for (const [word, names] of DEV_NAMES) {
    const m = word.exec(text);
    // Only a whole word: "宫格导航" and "轮播banner" are other words.
    if (m && !DEV_WORD_END.test(text.slice(m[0].length))) continue;
    // The English name runs into Chinese after a space ("swiper 3张"), into a colon or a bracket as it is.
    if (m) return rng.pick(names) + (/^[：:（(，,]/.test(text.slice(m[0].length)) || !text.slice(m[0].length) ? '' : ' ') + text.slice(m[0].length);
  }
  return text;
};

/** "navbar + swiper 3张 + grid + tabbar", one a line after "- ", or "|" between: a developer's quick spec. */
function devBody(rng: Rng, sections: SaidSection[]): string {
  const texts = sections.map((s) => (rng.chance(0.8) ? devName(rng, s.text) : s.text));
  const sep = rng.pick([' + ', ' | ', '\n- ', ' → ', '；']);
  // Bulleted, every line has its bullet.
  return (sep === '\n- ' ? '- ' : '') + texts.join(sep);
}

/** "1. 顶部导航栏\n2. 轮播图…": one section a line, numbered or bulleted; rarely all on one line ("1）… 2）…"). */
function listedBody(rng: Rng, sections: SaidSection[]): string {
  const marker = rng.pick(MARKERS);
  // Bullets mark lines only; numbers may also run on in one line.
  const inline = marker(0).length > 2 && /^\d/.test(marker(0)) && rng.chance(0.2);
  // "3.2列卡片" reads as 3.2: a number after a dot marker gets a space ("3. 2列卡片").
  return sections.map((s, i) => marker(i) + (/\.$/.test(marker(i)) && /^\d/.test(s.text) ? ' ' : '') + s.text).join(inline ? ' ' : '\n');
}

/** Short words for a section another is placed against ("放在宫格上面"): each names its type and nothing else. */
export const PLACE_WORDS: Partial<Record<SectionType, readonly string[]>> = {
  topbar: ['顶栏', '标题栏'], 'search-bar': ['搜索框', '搜索栏'], carousel: ['轮播', '轮播图'], 'grid-menu': ['宫格', '金刚区'],
  'card-list': ['卡片', '商品卡片'], list: ['列表'], tabs: ['tab', '标签页'], 'notice-bar': ['公告', '通知栏'], banner: ['横幅', 'banner'],
  price: ['价格'], seller: ['店铺信息', '卖家信息'], proof: ['服务保障'], cta: ['按钮'], form: ['表单'], text: ['正文'],
  'user-info': ['用户信息', '头像'], stats: ['数据', '数据统计'], 'menu-list': ['菜单'], filters: ['筛选'], steps: ['步骤条'],
};

type Said = SaidSection & { type?: SectionType };

/**
 * "…，再加个公告栏，放在宫格上面", "…，在轮播和宫格中间加个公告栏": one section said last with where it goes, the
 * others in their order (since the seventeenth session, 3% of descriptions of three sections or more). The document
 * keeps the planned order. Only a section said plainly, whose neighbours are the only ones of their types.
 */
function movedBody(rng: Rng, sections: Said[], terse: boolean): string | undefined {
  const count = sections.length;
  if (terse || count < 3 || !rng.chance(0.03)) return undefined;
  const k = 1 + rng.int(count - 2);
  const [s, before, after] = [sections[k]!, sections[k - 1]!, sections[k + 1]!];
  const once = (t: SectionType | undefined) => !!t && sections.filter((x) => x.type === t).length === 1;
  if (!once(s.type) || !once(after.type) || !PLACE_WORDS[after.type!] || s.placed || SAYS_WHERE.test(s.text) || /[，,；;：:\n]/.test(s.text)) return undefined;
  const rest = sectionsBody(rng, sections.filter((_, i) => i !== k), terse, false);
  const add = rng.pick(['再加个', '再加一个', '还要一个', '另外加个', '再来个']);
  const word = (t: SectionType) => rng.pick(PLACE_WORDS[t]!);
  if (once(before.type) && PLACE_WORDS[before.type!] && rng.chance(0.4)) return `${rest}。在${word(before.type!)}和${word(after.type!)}${rng.pick(['中间', '之间'])}${add.slice(-2) === '一个' ? '加一个' : '加个'}${s.text}`;
  return `${rest}，${add}${s.text}，${rng.pick(['放在', '放到', '挪到'])}${word(after.type!)}${rng.pick(['上面', '前面', '上方'])}`;
}

function sectionsBody(rng: Rng, sections: Said[], terse: boolean, mayMove = true): string {
  const moved = mayMove ? movedBody(rng, sections, terse) : undefined;
  if (moved !== undefined) return moved;
  const count = sections.length;
  const posRate = terse ? 0.08 : rng.pick([0, 0.2, 0.35, 0.6, 0.9]);
  const [primary] = terse ? [' '] : rng.weighted(SEPARATOR_TABLE);
  const mixed = !terse && rng.chance(0.3);
  const quantify = !terse && rng.chance(0.2);
  const placed = sections.map((s) => s.placed || SAYS_WHERE.test(s.text));
  const conj = !terse && count > 1 && rng.chance(0.3) ? rng.pick(placed[count - 1] ? ['和', '还有', '以及', '，还有', '及', '，另外'] : ['和', '还有', '以及', '，还有', '，最后', '及', '，再加', '，另外', '，最后是']) : '';
  const parts = sections.map((s, i) => {
    // A conjunction such as "，最后" already says where the last one goes.
    // (A tab strip said after the page's bottom reads as the tab bar: "底部tab", "最底下tab栏".)
    const where = conj && i === count - 1 ? '' : positionWord(rng, i, count, placed[i], posRate);
    const pos = s.type === 'tabs' && /底|最下/.test(where) && /^(?:tab|标签)/i.test(s.text) ? '最后是' : where;
    const bare = s.varied.length === 0;
    const q = quantify && !placed[i] && bare && rng.chance(0.5) ? rng.pick(QUANTIFIERS) : '';
    // "轮播图区域", "商品模块": an area word after a bare section word changes nothing.
    const area = bare && !terse && rng.chance(0.06) && !/(区|区域|模块|部分|栏|条|框|入口|按钮|）)$/.test(s.text) ? rng.pick(AREA_WORDS) : '';
    const adj = bare && !q && !terse && !placed[i] && rng.chance(0.03) ? rng.pick(SECTION_ADJECTIVES) : '';
    return pos + q + adj + s.text + area;
  });
  let out = parts[0];
  for (let i = 1; i < count; i++) {
    const sep = conj && i === count - 1 ? conj : mixed ? rng.pick(['，', '、', '，', ' ', '；']) : primary;
    out += sep + parts[i];
  }
  return out;
}

/** Joins the header (opener, theme, page) and the section phrases into one description. */
export function compose(rng: Rng, page: PageName, pageNamed: boolean, theme: ThemeName, themeNamed: boolean, sections: Said[], layoutPhrase: string): Composed {
  const terse = rng.chance(0.15);
  const flavour = rng.pick(THEME_FLAVOUR);
  const tw = themeNamed ? themeWord(rng, theme) + (terse ? '' : flavour) : '';
  const domain = !terse && pageNamed && rng.chance(0.12);
  let pw = pageWord(rng, page, pageNamed, !domain);
  if (domain) pw = rng.pick(DOMAINS) + rng.pick(DOMAIN_TAILS) + rng.pick(['的', '', '的']) + pw;
  else if (!terse && pageNamed && rng.chance(0.04)) pw = rng.pick(PAGE_FLAVOUR) + pw;
  // A written spec: the page and theme first, then one numbered line a section.
  const listed = !terse && sections.length > 1 && sections.length <= 20 && rng.chance(0.05);
  const dev = !terse && !listed && sections.length > 1 && rng.chance(0.04);
  const body = listed ? listedBody(rng, sections) : dev ? devBody(rng, sections) : sections.length ? sectionsBody(rng, sections, terse) : '';
  let out: string;
  let style: string;
  if (terse) {
    style = 'terse';
    const head = tw ? (rng.chance(0.5) ? [pw, tw] : [tw, pw]) : [pw];
    out = head.join(' ') + (body ? ' ' + body : '');
  } else if (!listed && !dev && rng.chance(0.04)) {
    // Key-value notes: "页面：首页；主题：黑金；模块：轮播图、两列商品".
    style = 'fields';
    const sep = rng.pick(['；', '，', '\n', ' / ', '。']);
    const colon = rng.pick(['：', ':', '：']);
    const parts = [`${rng.pick(['页面', '页面类型', '类型', '页面名称'])}${colon}${pw}`];
    if (tw) parts.push(`${rng.pick(['主题', '风格', '配色', '色调'])}${colon}${tw}`);
    if (body) parts.push(`${rng.pick(['模块', '内容', '组件', '布局', '包含'])}${colon}${body}`);
    if (rng.chance(0.5) && tw) [parts[0], parts[1]] = [parts[1], parts[0]];
    out = parts.join(sep);
  } else if (!listed && !dev && body && tw && rng.chance(0.08)) {
    // Sections first, then the page: "顶部搜索、两列商品卡片的黑金首页".
    style = 'sections-first';
    out = rng.pick(OPENERS) + rng.pick(['', '', '页面有', '有']) + body + rng.pick(['的', '，', '的']) + rng.pick(THEME_BEFORE).replace('{t}', tw) + pw;
  } else {
    const opener = rng.pick(OPENERS);
    const where = tw ? rng.int(4) : 0;
    let header: string;
    let themeTail = '';
    if (!tw) {
      style = 'no-theme';
      header = opener + pw;
    } else if (where === 0 && rng.chance(0.2)) {
      // "黑金风格，帮我做个首页"
      style = 'theme-lead';
      header = rng.pick(THEME_AFTER.filter((t) => !t.startsWith('（') && !t.startsWith('('))).replace('{t}', tw) + rng.pick(['，', ' ', '，']) + opener + pw;
    } else if (where <= 1) {
      style = 'theme-first';
      header = opener + rng.pick(THEME_BEFORE).replace('{t}', tw) + pw;
    } else if (where === 2) {
      style = 'theme-after';
      const after = rng.pick(THEME_AFTER).replace('{t}', tw);
      header = opener + pw + (after.startsWith('（') || after.startsWith('(') ? '' : rng.pick(['，', ' ', '，', ','])) + after;
    } else {
      style = 'theme-last';
      header = opener + pw;
      themeTail = rng.pick(['，整体{t}风格', '，{t}主题', '，用{t}配色', '。主题：{t}', '，配色用{t}', ' {t}风格', '，颜色{t}', '，风格要{t}', '。整体走{t}路线', '，{t}色调']).replace('{t}', tw);
    }
    // A numbered body starts on a line of its own.
    const intro = listed ? rng.pick(['：\n', '\n', '，需求如下：\n', '，从上到下：\n']) : rng.pick(INTROS);
    out = header + (body ? (dev ? (body.startsWith('- ') ? rng.pick(['：\n', '\n']) : rng.pick(['：', '\n', ' | '])) : intro) + body : '') + themeTail;
    if (dev) style = 'dev';
  }
  out += layoutPhrase;
  if (!terse && rng.chance(0.12)) out += rng.pick(['。', '。', '！', '~', '，谢谢', '，谢谢！', '。', '就行', '，尽快']);
  const spaced = spacedValues(sections);
  // (Not over a correction said aloud: its commas are what mark the words taken back.)
  if (!terse && !listed && !dev && style !== 'fields' && !/算了|不对|哦不|等一下|等等|改成|换成|写成|还是/.test(out) && rng.chance(0.03)) return { instruction: spoken(rng, tidy(out), spaced), style: 'spoken' };
  return { instruction: noise(rng, tidy(out), spaced), style };
}

/**
 * Said into a phone's voice input: the recogniser writes pauses as spaces, not punctuation, and keeps the
 * speaker's fillers ("嗯 帮我做个首页 那个 黑金风格 然后顶部搜索"). Quote marks stay only around values with a
 * space inside, where nothing else would show where they end.
 */
function spoken(rng: Rng, text: string, keep: string[]): string {
  const kept = new Set(keep);
  let out = text
    .replace(/[“「『‘]([^”」』’]*)[”」』’]|(["'])([^"'\n]{1,30})\2/g, (m, a?: string, _q?: string, b?: string) => {
      const v = (a ?? b)!;
      return kept.has(v) || /[，,。；;、\s]/.test(v) ? m : v;
    })
    .replace(/[，,。；;！!~\n]+/g, () => ' ' + (rng.chance(0.2) ? rng.pick(FILLERS) + ' ' : ''))
    .replace(/ {2,}/g, ' ')
    .trim();
  if (rng.chance(0.3)) out = rng.pick(FILLERS) + ' ' + out;
  return out;
}

/** What a speaker says while thinking (嗯, 那个); the rules read past each. */
const FILLERS = ['嗯', '呃', '那个', '就是', '然后', '嗯 然后'];

/** The string values said with a space inside ("Hi 欢迎"): typing noise must leave them as they are. */
function spacedValues(sections: SaidSection[]): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string' && v.includes(' ')) out.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const s of sections) visit(s.props);
  return out;
}

/** A small rate of the slips real text has: doubled punctuation, stray spaces. Never changes meaning. */
function noise(rng: Rng, text: string, keep: string[] = []): string {
  if (!rng.chance(0.06)) return text;
  switch (rng.int(4)) {
    case 0:
      return text.replace(/，/, '，，');
    case 1:
      return text.replace(/，/g, (m) => (rng.chance(0.3) ? '， ' : m));
    case 2: {
      // A doubled space, never a doubled line break (a line of a written spec stays a line), nor one inside a value.
      const inside = new Set<number>();
      for (const v of keep) for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) for (let i = at; i < at + v.length; i++) inside.add(i);
      const m = [...text.matchAll(/(?<=\S) (?=\S)/g)].find((x) => !inside.has(x.index!));
      return m ? text.slice(0, m.index!) + ' ' + text.slice(m.index!) : text;
    }
    default:
      return text.replace(/，/g, (m) => (rng.chance(0.3) ? ',' : m));
  }
}

const NAMED_BG = [['纯白', '#FFFFFF'], ['纯黑', '#000000'], ['浅灰', '#F5F5F5']] as const;
const BG = ['#FFFFFF', '#F5F5F5', '#000000', '#111111', '#F7F8FA', '#FAFAFA', '#1A1A1A', '#FFF8F0', '#0E0E0E', '#F0F4FF'];

/** Rarely, a description says something about padding, spacing or background colour. */
export function layoutSaid(rng: Rng): { said: LayoutSaid; phrase: string } {
  if (!rng.chance(0.04)) return { said: {}, phrase: '' };
  const said: LayoutSaid = {};
  const parts: string[] = [];
  if (rng.chance(0.5)) {
    said.padding = rng.pick([0, 8, 12, 20, 24, 32]);
    parts.push(`${rng.pick(['内边距', '页边距', '边距', 'padding'])}${said.padding}`);
  }
  if (rng.chance(0.4)) {
    said.gutter = rng.pick([0, 8, 10, 12, 20, 24]);
    parts.push(`${rng.pick(['间距', '模块间距', 'gutter', '栅格间距'])}${said.gutter}`);
  }
  if (!parts.length || rng.chance(0.3)) {
    if (rng.chance(0.3)) {
      // A few colours by name, each always the same hex value.
      const [name, hex] = rng.pick(NAMED_BG);
      said.bg = hex;
      parts.push(rng.pick([`背景${rng.pick(['', '用', '是'])}${name}`, `${name}背景`]));
    } else {
      said.bg = rng.pick(BG);
      parts.push(`${rng.pick(['背景色', '背景', '背景颜色', 'bg'])}${rng.pick(['', '用', '是'])}${said.bg}`);
    }
  }
  return { said, phrase: '，' + parts.join(rng.pick(['，', ' ', '、'])) };
}
