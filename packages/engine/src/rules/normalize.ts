import { catalog } from '@uidsl/dsl';
import { buttonMarks } from './buttons.ts';
import { corrections } from './corrections.ts';
import { fieldsSaid, fieldTables } from './fields.ts';
import { figureLists } from './figures.ts';
import { looks } from './looks.ts';

/**
 * Input hygiene for the parser. The normalised text keeps the exact length of the raw one, one
 * UTF-16 unit for one, so a span found in it can be cut from the raw text: values people name
 * are copied verbatim, while matching ignores full-width punctuation and letter case. The raw text is
 * the input, less what the speaker took back (corrections.ts).
 */

/** Longer input is cut: no real page description is this long, and the parser stays well under 1 ms. */
export const MAX_PROMPT_CHARS = 2000;

/** Full-width and typographic punctuation folded to the ASCII forms the grammar matches. */
const FOLD: Record<string, string> = {
  '，': ',', '；': ';', '：': ':', '。': '.', '！': '!', '？': '?', '（': '(', '）': ')', '【': '[', '】': ']',
  '／': '/', '＋': '+', '｜': '|', '　': ' ', '\t': ' ', '\r': '\n', '～': '~', '＃': '#', '＄': '$', '＆': '&',
  '\u00a0': ' ', '￥': '¥',
  // Return-key symbols typed or pasted for line breaks ("标题 ⏎ 作者 ⏎ 正文").
  '⏎': '\n', '↵': '\n', '↩': '\n', '↲': '\n', '⤶': '\n', '⮐': '\n',
};

/** Every character `foldChar` changes: full-width forms, the punctuation above, capitals, controls. */
const FOLDS = /[\uff01-\uff5e，；：。！？（）【】／＋｜　～＃＄＆\u00a0￥⏎↵↩↲⤶⮐A-Z\x00-\x1f]/g;

function foldChar(c: string): string {
  const folded = FOLD[c];
  if (folded) return folded;
  const code = c.charCodeAt(0);
  // Full-width ASCII (！ to ～) maps onto ASCII by a fixed offset.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  // Control characters would only get in the way of matching; they become spaces.
  if (code < 0x20 && c !== '\n') return ' ';
  return c;
}

export interface Normalised {
  /** The input, cut to MAX_PROMPT_CHARS, less what was taken back; values are copied from here. */
  raw: string;
  /** Same length as `raw`: punctuation folded, ASCII lower-cased. */
  norm: string;
}

/**
 * Slips of pinyin input methods in the words the parser keys on: the same sound, another character
 * (按扭 for 按钮, 轮拨 for 轮播). Matching reads the intended word; values are still copied as typed.
 */
const IME_SLIPS: Record<string, string> = {
  按扭: '按钮', 按纽: '按钮', 轮拨: '轮播', 轮番图: '轮播图', 搜所: '搜索', 收索: '搜索', 导航兰: '导航栏', 标题兰: '标题栏',
  够物车: '购物车', 购物处: '购物车', 祥情: '详情', 详请: '详情', 评轮: '评论', 登陆: '登录', 注删: '注册', 个人中性: '个人中心',
  表但: '表单', 公高: '公告', 筛远: '筛选', 消习: '消息', 设制: '设置', 结箅: '结算', 导行: '导航', 定单: '订单', 收获地址: '收货地址', 优惠卷: '优惠券', 个人中兴: '个人中心', 步奏: '步骤', 搜素: '搜索',
  帐号: '账号', 帐户: '账户', 确任: '确认', 论播: '轮播', 伦播: '轮播', 标前: '标签', 平分: '评分', 验正码: '验证码', 公格: '宫格', 道航: '导航', 导航拦: '导航栏',
  主叶: '主页', 个人主叶: '个人主页', 轮播土: '轮播图', 轮播途: '轮播图', 公告拦: '公告栏', 清楚缓存: '清除缓存', 搜所页: '搜索页', 入扣: '入口', 视品: '视频', 案钮: '按钮', 登路: '登录', 数聚: '数据', 推建: '推荐', 宫哥: '宫格', 菜丹: '菜单', 表当: '表单', 搜锁: '搜索',
  选重: '选中', 确人: '确认', 会画: '会话', 资迅: '资讯',
  // Not a slip, but the same words in the order the parser reads: "商品一个一行" is one a row.
  一个一行: '一行一个', 两个一行: '一行两个', 三个一行: '一行三个', 一家一行: '一行一个', 一件一行: '一行一个', 一本一行: '一行一个',
};
/** "下面是聊天气泡": chat bubbles said as a part are a chat list; as a look ("列表用聊天气泡样式") they stay a look. */
const BUBBLES = /聊天气泡(?!\s*(?:样式|风格|形式|那种|的样式))/g;
/** "菜谱文章的页面": 的 between a page's word and 页面 says nothing more (the page is 文章页面, not 文章 cards). */
const PAGE_WORD_SET = new Set(Object.values(catalog.pages).flatMap((p) => p.words));
// (Not a word that is itself the object of a phrase: "挑好了还没付钱的商品的页面" is a cart.)
const OWN_PAGE = /(?<!的)([\u4e00-\u9fff]{2})的(页面|页|界面)/g;
const ownPage = (all: string, word: string, page: string) => (PAGE_WORD_SET.has(`${word}页`) || PAGE_WORD_SET.has(`${word}页面`) ? `${word}${page} ` : all);
/** "聊天的列表": 的 between a style's word and the list's says nothing more. */
const STYLED_LIST = /(聊天|对话|卡片)的列表/g;
const SLIPS = new RegExp(Object.keys(IME_SLIPS).join('|'), 'g');

/**
 * "轮播x3", "卡片 ×4", "2列x6": a count written with a times sign reads as the same count with its measure
 * word (3个), which keeps the length. Only after something that is not a letter, so "iphone x3" stays a name.
 */
const TIMES = /(?<![a-z0-9])[x×]( ?)([1-9][0-9]?)(?![0-9a-z.])/g;
const timesCount = (_: string, gap: string, n: string) => `${gap}${n}个`;
/** "3-column", "4-image": a hyphen between a count and its Latin measure is a space. */
/** "▸ 表单：账号 / 密码 ▸ 按钮": arrowheads used as bullets set parts apart as bars do. */
const BULLETS = /[▸▶►▹➤➢]/g;
/** "form with email + password, then a button": English articles and "with" after a part's word say nothing. */
const ARTICLES = /(?<![a-z])(?:a|an|the)\s+(?=(?:button|form|list|banner|tab|search|notice|grid|card)s?(?![a-z]))/g;
const HYPHENED = /(?<=[0-9])-(?=col|item|image|pic|photo|slide)/g;

/** "美妆商品detail page": an English page name after Chinese words reads as the Chinese one, so 商品 joins it as in 商品详情页. */
const ENGLISH_PAGES: Record<string, string> = {
  home: '首页', detail: '详情页', search: '搜索页', profile: '个人主页', settings: '设置页', login: '登录页', cart: '购物车页',
  checkout: '结算页', order: '订单页', article: '文章页', message: '消息页', publish: '发布页',
};
const ENGLISH_PAGE = new RegExp(`(?<=[\\u4e00-\\u9fff])(${Object.keys(ENGLISH_PAGES).join('|')})[ _]?page(?![a-z])`, 'g');

function englishPages(n: Normalised): Normalised {
  if (!n.norm.includes('page')) return n;
  let { raw, norm } = n;
  for (const m of [...n.norm.matchAll(ENGLISH_PAGE)].reverse()) {
    const put = (s: string) => s.slice(0, m.index) + ENGLISH_PAGES[m[1]!] + s.slice(m.index! + m[0].length);
    raw = put(raw);
    norm = put(norm);
  }
  // ("活动发布page": page alone, glued to Chinese, is 页.)
  for (const m of [...norm.matchAll(/(?<=[\u4e00-\u9fff])\s?page(?![a-z])/g)].reverse()) {
    const put = (s: string) => s.slice(0, m.index) + '页' + s.slice(m.index! + m[0].length);
    raw = put(raw);
    norm = put(norm);
  }
  return { raw, norm };
}

export function normalise(input: unknown): Normalised {
  let raw = typeof input === 'string' ? input : '';
  if (raw.length > MAX_PROMPT_CHARS) raw = raw.slice(0, MAX_PROMPT_CHARS);
  // Only the characters that fold are visited; the rest of the string is copied by the engine.
  const norm = raw.replace(FOLDS, foldChar).replace(SLIPS, (w) => IME_SLIPS[w]!).replace(TIMES, timesCount).replace(BUBBLES, '聊天列表').replace(STYLED_LIST, '$1列表 ').replace(OWN_PAGE, ownPage).replace(HYPHENED, ' ').replace(BULLETS, '|').replace(ARTICLES, (a) => ' '.repeat(a.length));
  return fieldsSaid(blankDetails(blankTypeNotes(lineEntries(blankMarkers(listsByVerb(placesToFill(switchTabs(tableRows(looks(sectionJoins(buttonMarks(figureLists(fieldTables(ordinalSteps(dashes(chattyEntries(corrections(runOnBreaks(digitGroups(englishPages({ raw, norm })))))))))))))))))))));
}

/**
 * "两个tab，一个“私信”一个“互动”": entries each said as 一个 and a quote, one after another, are a list: the 一个 go
 * and the entries are joined by 、 (the texts keep their length).
 */
function eachOne(n: Normalised): Normalised {
  if (!/一个\s*[“"'「][^\n]*一个\s*[“"'「]/.test(n.norm)) return n;
  let { raw, norm } = n;
  const put = (at: number, text: string) => {
    raw = raw.slice(0, at) + text + raw.slice(at + text.length);
    norm = norm.slice(0, at) + text + norm.slice(at + text.length);
  };
  const entry = /^一个\s*[“"'「][^“”"'「」\n]{1,12}[”"'」]/;
  for (let at = n.norm.indexOf('一个'); at >= 0; at = n.norm.indexOf('一个', at + 2)) {
    // A run: 一个“A”, then (a pause and) 一个“B”, and so on; the first 一个 becomes spaces, each later one with the
    // pause before it 、 and spaces.
    const first = entry.exec(n.norm.slice(at));
    if (!first) continue;
    const run: Array<[number, number]> = [[at, at + first[0].length]];
    for (;;) {
      const end = run[run.length - 1]![1];
      const gap = /^[\s,]*/.exec(n.norm.slice(end))![0].length;
      const next = entry.exec(n.norm.slice(end + gap));
      if (!next) break;
      run.push([end + gap, end + gap + next[0].length]);
    }
    if (run.length < 2) continue;
    put(at, '  ');
    for (let i = 1; i < run.length; i++) {
      const from = run[i - 1]![1];
      put(from, '、'.padEnd(run[i]![0] + 2 - from, ' '));
    }
    at = run[run.length - 1]![1];
  }
  return { raw, norm };
}

/** Blanks `[from, to)` in both texts. */
function blank(n: Normalised, from: number, to: number): Normalised {
  const text = ' '.repeat(to - from);
  return { raw: n.raw.slice(0, from) + text + n.raw.slice(to), norm: n.norm.slice(0, from) + text + n.norm.slice(to) };
}

const ENTRY = '[^\\s,;:.、\\n“”"\'「」]{1,8}?';
const PARTICLE = '(?:啊|呀|啦)';
const LIST_END = '(?=$|[\\s,;:.\\n]|这|等|之类|什么的|[0-9一二两三四五六七八九十]{1,2}(?:个|项|块|条|种|样))';
/** Entries joined by 、, or by commas when a particle follows each ("美食啊，甜品啊，超市"). */
const ENTRY_RUNS = [
  new RegExp(`(?:${ENTRY}${PARTICLE}?\\s*、\\s*){1,11}${ENTRY}${PARTICLE}?${LIST_END}`, 'g'),
  new RegExp(`(?:${ENTRY}${PARTICLE}\\s*,\\s*){2,11}${ENTRY}${PARTICLE}?${LIST_END}`, 'g'),
];

/**
 * "分类就是美食啊、甜品啊、奶茶、超市这些，一共八个", "tab就全部啊、进行中啊、已完成这三个": how people list entries
 * when they talk. The particles after the entries (two or more of them) and the words that close the list (这些,
 * 等等, the 这 of 这三个) say nothing the entries do not; they go, so the entries read as a list and the count as its
 * count.
 */
function chattyEntries(n: Normalised): Normalised {
  if (!/啊|呀|啦|吧|呢|嘛|哈|这些|这几|这[0-9一二两三四五六七八九十]|等|之类|什么的|、/.test(n.norm)) return gluedCount(listedAfter(n));
  const cuts: Array<[number, number]> = [];
  for (const re of ENTRY_RUNS) {
    for (const m of n.norm.matchAll(re)) {
      const particles = [...m[0].matchAll(new RegExp(`${PARTICLE}(?=\\s*(?:[、,]|$))`, 'g'))];
      if (re === ENTRY_RUNS[1] && particles.length < 2) continue;
      const end = m.index + m[0].length;
      const tail = /^(?:这些|这几个|这几样|这几项|这几类|等等|等|之类的?|什么的)(?=\s*(?:$|[,;.\n]))|^这(?=[0-9一二两三四五六七八九十]{1,2}(?:个|项|块|条|种|样))/.exec(n.norm.slice(end));
      if (tail) cuts.push([end, end + tail[0].length]);
      if (particles.length >= 2) for (const p of particles) cuts.push([m.index + p.index!, m.index + p.index! + p[0].length]);
    }
  }
  // ("tab有三个吧：…": so does a particle between a count and the colon that opens the entries.)
  for (const m of n.norm.matchAll(/(?<=[个项条种块样])(?:吧|呢|啊|哈|嘛)(?=\s*:)/g)) cuts.push([m.index, m.index + m[0].length]);
  // ("美式咖啡 ×2、拿铁 ×1": how many of each entry, in a list of things with no section word among them, go too.)
  for (const m of n.norm.matchAll(/(?:[^\s、,;:0-9]{1,8}\s*[0-9]{1,2}个\s*、\s*)+[^\s、,;:0-9]{1,8}\s*[0-9]{1,2}个/g)) {
    const counts = [...m[0].matchAll(/[0-9]{1,2}个/g)];
    if (!counts.every((c) => /[x×]/i.test(n.raw[m.index + c.index! - 1] ?? '') || /[x×]/i.test(n.raw[m.index + c.index!] ?? ''))) continue;
    if (m[0].split('、').some((e) => SECTION_WORD_RE.test(e))) continue;
    for (const c of counts) cuts.push([m.index + c.index!, m.index + c.index! + c[0].length]);
  }
  // ("标题、正文、再加个图片": words that add one more inside the list go too.)
  for (const m of n.norm.matchAll(/(?<=、\s*)(?:再加一个|再加个|再来个|还有个|还有|再加|外加)(?=[^\s,;:.、]{1,8})/g)) cuts.push([m.index, m.index + m[0].length]);
  const out = cuts.reduce((out, [from, to]) => blank(out, from, to), n);
  return gluedCount(listedAfter(out));
}

/** A count glued to the last of entries set apart by spaces or marks ("姓名 电话 地址三栏"). */
const GLUED_COUNT = /((?:[^\s,;:.、/|\n]{1,8}(?:[ \t]+|[ \t]*[、/|][ \t]*)){2,}[^\s,;:.、/|\n0-9]{1,6}?)(?<![行排列])((?:[0-9]|[两三四五六七八九十])(?:个|项|栏|条|块|样|种|类))(?=\s*(?:[,.;\n]|$))/g;

/** "景点（active=0）", "在卖(默认)": a bracket saying which entry is chosen is set apart from the entry it follows. */
// (Only after the last entry: one inside the list stays with its entry.)
const CHOSEN_NOTE = /(?<=[^\s(])(?=\(\s*(?:active|current|默认|当前|选中)[^()]*\)\s*(?:[,.;\n]|$))/g;

/** "姓名 电话 地址三栏": the count is set apart from the last entry, so the entry reads as one. */
function gluedCount(n: Normalised): Normalised {
  let { raw, norm } = n;
  // "tabs = 我买到的 / 我卖出的": an equals sign before words opens them as a colon does.
  norm = norm.replace(/(?<=[a-z\u4e00-\u9fff])( *)=( *)(?=[\u4e00-\u9fff“"「])/g, (_, a: string, b: string) => `${a}:${b}`);
  for (const m of [...norm.matchAll(CHOSEN_NOTE)].reverse()) {
    raw = `${raw.slice(0, m.index)} ${raw.slice(m.index)}`;
    norm = `${norm.slice(0, m.index)} ${norm.slice(m.index)}`;
  }
  for (const m of [...n.norm.matchAll(GLUED_COUNT)].reverse()) {
    const at = m.index + m[1]!.length;
    raw = `${raw.slice(0, at)} ${raw.slice(at)}`;
    norm = `${norm.slice(0, at)} ${norm.slice(at)}`;
  }
  return { raw, norm };
}

/** "tab就全部、进行中、已完成", "筛选就是 综合、销量": 就是 after a list's word opens its entries, as a colon does. */
function listedAfter(n: Normalised): Normalised {
  let { raw, norm } = n;
  for (const m of n.norm.matchAll(LISTED_AFTER)) {
    const text = ':'.padEnd(m[0].length, ' ');
    raw = raw.slice(0, m.index) + text + raw.slice(m.index + m[0].length);
    norm = norm.slice(0, m.index) + text + norm.slice(m.index + m[0].length);
  }
  return { raw, norm };
}

/**
 * "频道tab共7个：…", "菜单一共6项": 共 before a count says nothing the count does not; it goes, so the count reads as one.
 * (Not after another count, where it says the whole: "一行4个共8个".)
 */
function totals(n: Normalised): Normalised {
  let { raw, norm } = n;
  // ("筛选条件有这么几个：城市…", "菜单有以下几项：…": words that only point at the list to come go too.)
  for (const m of n.norm.matchAll(/(?:有|包括|分为)?(?:这么|以下|下面这|如下)(?:几个|几项|几样|几条|几类|些)(?=\s*:)/g)) {
    const text = ' '.repeat(m[0].length);
    raw = raw.slice(0, m.index!) + text + raw.slice(m.index! + m[0].length);
    norm = norm.slice(0, m.index!) + text + norm.slice(m.index! + m[0].length);
  }
  for (const m of n.norm.matchAll(/(?<![个项条张种块款])(?:一共|总共|共计|共)(?=\s*[0-9一二两三四五六七八九十]{1,3}\s*[个项条张种块款步])/g)) {
    const text = ' '.repeat(m[0].length);
    raw = raw.slice(0, m.index!) + text + raw.slice(m.index! + m[0].length);
    norm = norm.slice(0, m.index!) + text + norm.slice(m.index! + m[0].length);
  }
  return { raw, norm };
}

/**
 * Runs of dashes: "…/关于/退出 —— 一共7项", set off by spaces, are a pause, like a comma; "频道tab共7个——要闻、本地",
 * "tab 四个——全部｜进行中", glued after a count, open the entries, as a colon. ("“管理”——算了" is left to corrections.)
 */
function dashes(n: Normalised): Normalised {
  n = eachOne(totals(n));
  if (!n.norm.includes('——')) return n;
  let { raw, norm } = n;
  const put = (at: number, text: string) => {
    raw = raw.slice(0, at) + text + raw.slice(at + text.length);
    norm = norm.slice(0, at) + text + norm.slice(at + text.length);
  };
  for (const m of n.norm.matchAll(/(?<=[0-9一二两三四五六七八九十几][个项条张种块列步])—{2,}(?=\S)/g)) put(m.index!, ':'.padEnd(m[0].length, ' '));
  for (const m of n.norm.matchAll(/(?<= )—{2,}(?= )/g)) put(m.index!, ','.padEnd(m[0].length, ' '));
  return { raw, norm };
}

/**
 * "第一步 下单 第二步 付款", "第一步 环境安装；第二步 基础语法": steps numbered in words before each entry, two or
 * more on a line. The first becomes spaces, each later one (with the pause before it) joins the entries as 、 does.
 * ("现在在第三步" is no marker: it says which step is current.)
 */
function ordinalSteps(n: Normalised): Normalised {
  if (!/第[一二三四五六七八九十1-9]步/.test(n.norm)) return n;
  let { raw, norm } = n;
  for (const line of n.norm.matchAll(/[^\n]+/g)) {
    const marks = [...line[0].matchAll(/(?<=^|[\s,;:、])([\s,;]*)第[一二三四五六七八九十1-9]步 *:? *(?=[\u4e00-\u9fffa-z])/g)];
    if (marks.length < 2) continue;
    marks.forEach((m, i) => {
      let at = line.index! + m.index! + (i === 0 ? m[1]!.length : 0);
      // (A later one takes the pause before it along: "第一步 选择分类，第二步 …".)
      if (i > 0) while (at > line.index! && /[\s,;]/.test(norm[at - 1]!)) at--;
      const len = line.index! + m.index! + m[0].length - at;
      const text = (i === 0 ? ' ' : '、').padEnd(len, ' ');
      raw = raw.slice(0, at) + text + raw.slice(at + len);
      norm = norm.slice(0, at) + text + norm.slice(at + len);
    });
  }
  return { raw, norm };
}

/**
 * Speech typed or dictated with no punctuation at all ("…然后搜索框里面写着搜索猫粮狗粮然后下面是banner标题写萌宠节然后…"):
 * in a long run with no mark, a comma goes before each word that moves on to the next part, in both texts, so
 * that a value said without quotes ends where the speaker moved on. Not inside quotes.
 */
const RUN_ON = /[^\s,;.:!?\n“”"「」『』'‘’()]{30,}/g;
const MOVES_ON = /(?<=.)(?:然后呢|然后|(?<!紧)接着|再往下|再下面|最下面|最底下|底下是|下面是|最后|(?<=写[^,]{1,12})副标题)/g;
function runOnBreaks(n: Normalised): Normalised {
  let { raw, norm } = n;
  for (const run of [...n.norm.matchAll(RUN_ON)].reverse()) {
    for (const m of [...run[0].matchAll(MOVES_ON)].reverse()) {
      const at = run.index! + m.index!;
      // (Not doubled: "然后下面然后下面是" breaks once before each.)
      if (norm[at - 1] === ',') continue;
      raw = raw.slice(0, at) + ',' + raw.slice(at);
      norm = norm.slice(0, at) + ',' + norm.slice(at);
    }
  }
  return { raw, norm };
}

/**
 * "总资产 128,560.00", "¥12,800": an amount with thousands separators is one number, not a list; its commas go,
 * from both texts. (Only with cents or a currency, so that "100,200,300" stays three numbers.)
 */
const DIGIT_GROUPS = /(?<![\d.,])([¥$]\s*)?(\d{1,3}(?:,\d{3})+)(\.\d{1,2}(?!\d)|(?=\s*(?:元|块)))?/g;
function digitGroups(n: Normalised): Normalised {
  if (!/\d,\d{3}/.test(n.norm)) return n;
  let { raw, norm } = n;
  // From the last match back, so the earlier ones keep their places.
  for (const m of [...n.norm.matchAll(DIGIT_GROUPS)].reverse()) {
    if (!m[1] && !m[3] && !/^\s*(?:元|块)/.test(n.norm.slice(m.index! + m[0].length))) continue;
    const at = m.index! + (m[1]?.length ?? 0);
    const len = m[2]!.length;
    const put = (s: string) => s.slice(0, at) + s.slice(at, at + len).replace(/[,，]/g, '') + s.slice(at + len);
    raw = put(raw);
    norm = put(norm);
  }
  return { raw, norm };
}

/** Section words (two characters or more) and the schema's own names, for spotting a section in a piece of text. */
const SECTION_WORD_RE = new RegExp(
  [...new Set(Object.entries(catalog.sections).flatMap(([type, s]) => [type, ...s.words]).filter((w) => w.length >= 2))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

const STEPS_RE = new RegExp(catalog.sections.steps.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Page and theme words: the description's own first line ("色调偏素雅 | 数据看板"). */
const HEADER_WORD_RE = new RegExp(
  [...Object.values(catalog.pages).flatMap((p) => p.words), ...Object.values(catalog.themes).flatMap((t) => t.words)]
    .filter((w) => w.length >= 2)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

/**
 * "header | 菜单有通用、手机 | 按钮", "banner + 个人信息 + 四个宫格": a | + or → set off by spaces between two pieces that
 * each name a section separates the sections, as a semicolon does, and so does an arrow without spaces
 * ("图片轮播4张→正文"); between items ("back + more", "余额 12 | 积分 30")
 * it stays a joiner. (The first piece, on the first line, may instead name the page or its theme: "色调偏素雅 | 数据看板".)
 */
function sectionJoins(n: Normalised): Normalised {
  if (!/ [|+→] |\S→\S/.test(n.norm)) return n;
  let { raw, norm } = n;
  const joins = [...norm.matchAll(/ [|+→] |(?<=\S)→(?=\S)/g)].map((m) => (m[0].length === 3 ? m.index! + 1 : m.index!));
  const bounds = [-1, ...joins, norm.length];
  joins.forEach((at, i) => {
    // Each piece ends at its line or clause.
    // (A remark in brackets is skipped over: "标题栏（通用设置，返回）→菜单".)
    const before = /[^\n;,.]*$/.exec(norm.slice(bounds[i]! + 1, at).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)))![0];
    const after = /^[^\n;,.]*/.exec(norm.slice(at + 1, bounds[i + 2]))![0];
    const piece = (t: string) => SECTION_WORD_RE.test(t);
    // Arrows after a word for steps join the steps ("流程：下单 → 确认订单 → 支付").
    if (norm[at] === '→' && STEPS_RE.test(norm.slice(Math.max(0, norm.lastIndexOf('\n', at)), at))) return;
    if (piece(after) && (piece(before) || (i === 0 && !/[\n;]/.test(norm.slice(0, at)) && HEADER_WORD_RE.test(before)))) {
      raw = raw.slice(0, at) + ';' + raw.slice(at + 1);
      norm = norm.slice(0, at) + ';' + norm.slice(at + 1);
    }
  });
  return { raw, norm };
}

/**
 * The rewrite of a phrase that names a list section by what it does: the section's word, a colon, the labels and
 * a comma, dropping the comma, then the colon (for a short word that reads its items glued, such as 标签 or 填写),
 * whichever first fits the phrase's length. Undefined when none fits.
 */
function fitList(word: string, glued: string, labels: string, length: number): string | undefined {
  return [`${word}:${labels},`, `${word}:${labels}`, `${glued}${labels}`].find((t) => t.length <= length);
}

/**
 * The spans of the labels between `from` and `to`, cut at `separators` in the normalised text (the raw text has
 * the same offsets, not the same characters: ｜ folds to |).
 */
function labelSpans(norm: string, from: number, to: number, separators: RegExp): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  for (const m of norm.slice(from, to).matchAll(separators)) {
    spans.push([start, from + m.index!]);
    start = from + m.index! + m[0].length;
  }
  spans.push([start, to]);
  return spans.map(([a, b]): [number, number] => {
    while (a < b && norm[a] === ' ') a++;
    while (b > a && norm[b - 1] === ' ') b--;
    return [a, b];
  }).filter(([a, b]) => b > a);
}

/** Verbs of filling in, before a field's label. */
const FILL_VERB = '(?:填写|填|输入|上传|传|写|选择|选)';
/**
 * "一个可以填手机号和验证码的地方", "一块上传图片、写标题、填价格的区域": a place to fill things in is a form
 * whose fields are the things; "能搜店铺的地方" is a search bar. Rewritten, in both texts and keeping their
 * length, to what the parser reads ("表单:手机号、验证码,"); the labels are kept as written.
 */
const PLACE = new RegExp(`(?:可以|能|用来|让用户)?(${FILL_VERB}|搜索?)([^,;.\\n“”"「」『』'‘’]{1,40}?)的(?:地方|区域|位置|一块)`, 'g');

/**
 * "能按城市、薪资、经验来筛", "按价格、车龄筛": keys to filter by are a filter bar's; "能填标题、价格、描述",
 * "要填：小区名、租金": things to fill in are a form's fields. Rewritten like the places above; two labels at least.
 */
// ("按 全部、绘本、科普 这几个筛": the words pointing back at the keys are none of them.)
const FILTER_BY = /(?:能|可以)?按(?![钮键])\s*([^,;.\n按]{2,40}?)\s*(?:(?:这|那)(?:几个|些|几样|几类))?\s*(?:来)?(?:筛选|筛|排序|排)(?:一下|一筛|个序)?(?=\s*(?:[,;.\n]|$))/g;
const FILL_IN = /(?:能|可以|要|需要|下面|让用户|让人)(?:填写|填)(?![区项框])\s*:?\s*([^,;.\n]{2,60})/g;

function listsByVerb(n: Normalised): Normalised {
  if (!/按|填/.test(n.norm)) return n;
  let { raw, norm } = n;
  // (筛选 and 表单 read their items glued on: "表单小区名、租金".)
  const rules: Array<[RegExp, string, string]> = [[FILTER_BY, '筛选', '筛选'], [FILL_IN, '表单', '表单']];
  for (const [re, word, glued] of rules) {
    for (const m of n.norm.matchAll(re)) {
      const at = m.index! + m[0].lastIndexOf(m[1]!);
      // In a list joined by 、 a slash joins two names of one field ("丢失/捡到地点").
      const slash = word === '表单' && m[1]!.includes('、') ? '' : '/';
      // ("生日（选日期那种）": a remark in brackets after a label is no part of it.)
      const pieces = labelSpans(n.norm, at, at + m[1]!.length, new RegExp(`\\s*(?:[、${slash}|,+]|和|与|以及|还有|跟|及)\\s*`, 'g')).map(([a, b]): [number, number] => [a, a + n.norm.slice(a, b).replace(/\s*\([^()]*\)\s*$/, '').length]);
      // A form's labels are plain words; "填写区" or "填完点发布" lists nothing.
      if (pieces.length < 2 || (word === '表单' && pieces.some(([a, b]) => b - a > 8))) continue;
      const labels = (s: string) => pieces.map(([a, b]) => s.slice(a, b)).join('、');
      const form = fitList(word, glued, labels(norm), m[0].length);
      if (!form) continue;
      const text = (s: string) => form.slice(0, form.length - labels(norm).length - (form.endsWith(',') ? 1 : 0)) + labels(s) + (form.endsWith(',') ? ',' : '');
      const rewrite = (s: string) => s.slice(0, m.index!) + text(s).padEnd(m[0].length, ' ') + s.slice(m.index! + m[0].length);
      raw = rewrite(raw);
      norm = rewrite(norm);
    }
  }
  return { raw, norm };
}

function placesToFill(n: Normalised): Normalised {
  if (!/的(地方|区域|位置|一块)/.test(n.norm)) return n;
  let { raw, norm } = n;
  for (const m of n.norm.matchAll(PLACE)) {
    const at = m.index! + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    const search = m[1]!.startsWith('搜');
    // Each label without its verb: "上传封面" is the field 封面.
    const pieces = labelSpans(n.norm, at, at + m[2]!.length, /\s*(?:[、/|,+]|和|与|以及|还有|跟|及)\s*/g).map(([a, b]): [number, number] => [a + (new RegExp(`^${FILL_VERB}`).exec(n.norm.slice(a, b))?.[0].length ?? 0), b]);
    const labels = (s: string) => pieces.filter(([a, b]) => b > a).map(([a, b]) => s.slice(a, b)).join('、');
    const text = (s: string) => (search ? '搜索框,' : `表单:${labels(s)},`);
    if (text(norm).length > m[0].length) continue;
    const rewrite = (s: string) => s.slice(0, m.index!) + text(s).padEnd(m[0].length, ' ') + s.slice(m.index! + m[0].length);
    raw = rewrite(raw);
    norm = rewrite(norm);
  }
  return { raw, norm };
}

/**
 * "用户能在 推荐、关注 之间切换": labels the user switches between are tabs. The phrase is rewritten, in both
 * texts, to the form the parser reads ("标签:推荐、关注", padded with spaces to the same length); the labels
 * themselves are kept as written. A count of kinds before 之间 ("三类结果之间") goes too.
 */
const SWITCH = /(?:(?:用户|学员|顾客|买家|大家)?(?:能|可以|可)?)在\s*([^;.\n在]{2,40}?)\s*(?:(?:这|那)?[一二三四五六七八九十两几\d]{1,2}(?:类|个|种)[^\s,;.]{0,6}?)?\s*(?:之间|中间)(?:来回)?(?:切换|选一个|选择|选|切)(?:的(?=[\u4e00-\u9fff]))?/g;

/** "能切换“推荐”和“附近”", "最下面一排能切换首页、分类和我的": the same without 之间; the labels run to the clause's end. */
const SWITCH_TO = /(?:用户|大家)?(?:能|可以)(?:来回)?切换(?:到)?\s*([^,;.\n]{2,40})/g;
const TAB_BAR_WORDS = new Set(['home', 'category', 'cart', 'user', 'message', 'search', 'plus'].flatMap((i) => catalog.icons[i]?.words ?? []));

function switchTabs(n: Normalised): Normalised {
  if (!/之间|中间|切换/.test(n.norm)) return n;
  let { raw, norm } = n;
  for (const m of [...n.norm.matchAll(SWITCH), ...n.norm.matchAll(SWITCH_TO)]) {
    const items = m[1]!;
    const at = m.index! + m[0].indexOf(items, m[0].indexOf('在') + 1);
    // The labels joined by 、 alone: "聊天 和 通知" reads as one label otherwise. Two at least.
    // (Quotes one after another are labels one after another: “用户”“群组”.)
    const pieces = labelSpans(n.norm, at, at + items.length, /\s*(?:[、/|,+]|和|与|以及|还有|跟|及)\s*|\s+|(?<=[”」』"'])(?=[“「『"'])/g);
    if (pieces.length < 2) continue;
    // Icons of a tab bar (首页、分类、我的) are the tab bar's, not tabs.
    // So is whatever is switched at the bottom ("底部能切换首页、发现、我的"; "在…之间切换" always names tabs).
    const bottom = !m[0].includes('之间') && /(底部|最下面|最底下|底下|最底部|下面一排|最下面一排)[^,;.]{0,3}$/.test(n.norm.slice(Math.max(0, m.index! - 12), m.index!));
    const bar = bottom || pieces.every(([a, b]) => TAB_BAR_WORDS.has(n.norm.slice(a, b).replace(/^["“「'‘]|["”」'’]$/g, '')));
    const labels = (s: string) => pieces.map(([a, b]) => s.slice(a, b)).join('、');
    // (A comma ends the list: "…之间切换的推荐" goes on about something else.)
    // (And one begins it after a joiner: "…已签收+可以在…" does not go on with the steps before.)
    const lead = /[+/|、&]/.test(n.norm[m.index! - 1] ?? '') ? ',' : '';
    const word = bar ? '导航' : '标签';
    const form = fitList(word, word, labels(norm), m[0].length - lead.length);
    // The texts keep their length; a phrase too short for the rewrite stays as it was.
    if (!form) continue;
    const text = (s: string) => lead + form.slice(0, form.length - labels(norm).length - (form.endsWith(',') ? 1 : 0)) + labels(s) + (form.endsWith(',') ? ',' : '');
    const pad = (s: string) => text(s).padEnd(m[0].length, ' ');
    const rewrite = (s: string) => s.slice(0, m.index!) + pad(s) + s.slice(m.index! + m[0].length);
    raw = rewrite(raw);
    norm = rewrite(norm);
  }
  return { raw, norm };
}

/**
 * A spec written as a text table ("| stats | 等级 Lv.32 / 胜率 68% |"): a row's first cell names the section and
 * the rest say what it holds, so the first inner bar reads as a colon and later ones as commas; rule rows
 * ("|---|---|") are blanked.
 */
function tableRows(n: Normalised): Normalised {
  if (!n.norm.includes('|')) return n;
  let { raw, norm } = n;
  const set = (at: number, c: string) => {
    raw = raw.slice(0, at) + c + raw.slice(at + 1);
    norm = norm.slice(0, at) + c + norm.slice(at + 1);
  };
  for (const m of norm.matchAll(/^ *\|[^\n]*\| *$/gm)) {
    const row = m[0];
    const bars = [...row.matchAll(/\|/g)].map((b) => m.index! + b.index!);
    if (/^[\s|:-]+$/.test(row)) {
      for (let i = m.index!; i < m.index! + row.length; i++) set(i, ' ');
      continue;
    }
    bars.forEach((at, k) => set(at, k === 0 || k === bars.length - 1 ? ' ' : k === 1 ? ':' : ','));
  }
  return { raw, norm };
}

/**
 * "活动日期（日期）、人数上限（数字）": a field's input type or a remark on it in brackets after its label. The
 * label alone decides the type (the dataset generator's rule), so the note becomes spaces and the list reads on.
 */
const TYPE_WORD = '(?:多行文本|多行|文本框|文本域|文本|数字|密码|下拉选择|下拉选|下拉框|下拉|单选|多选|选择|选择器|选|图片|上传|日期|时间|手机号|电话|必填|选填|可选|textarea|text|number|password|select|image|date|phone|email|required|optional)';
// After a form's own word the bracket lists its fields ("表单（密码、手机号）"), so it stays.
const FORM_WORDS = catalog.sections.form.words.join('|');
const TYPE_NOTE = new RegExp(`(?<=[^\\s(])(?<!${FORM_WORDS})\\( *${TYPE_WORD}(?: *[,、/] *${TYPE_WORD})* *\\)`, 'g');
/**
 * "发布（就是那个加号）": a bracket that explains the word before it ("就是…", "即…") says nothing new; nor does
 * "正文输入框（多行）" (a note on the box, where a bracket after a form's word would list its fields).
 */
const EXPLAINED = /\((?:就是|也就是|即|指)(?![^()]{0,14}页面?\))[^()]{0,16}\)|(?<=输入框|文本框) *\( *(?:多行|多行文本|单行|必填|选填|可选) *\)/g;

/**
 * "图片（最多9张）、标题", "分类（可多选），": a remark on an entry's limits in brackets after it is read past; so is one
 * on where an entry sits, between two others ("发布（中间那个大加号）、消息").
 */
const LIST_REMARK = /(?<=[\u4e00-\u9fff])\((?:最多|最少|至少|不超过|限|支持|可传|可上传|可多选|单选|多选)[^()、,/|\n]{0,8}\)(?= *[、,])|(?<=、[^、,;:()\n]{1,8})\((?:中间|就是|也就是|那个|放在|是个)[^()、,/|\n]{0,12}\)(?= *、)/g;

/**
 * "表单：标题（提示：品牌型号更容易卖出）、描述（说说宝贝的来源）", "验证码（6位验证码）": in a form's clause, a bracket
 * after a field's label is its hint or a remark, which the DSL has no prop for. (Not an amount, "价格（¥299）", nor a
 * list, "标签（图片｜相机）", unless a remark word opens it: "类型（下拉选：代买、代送）".)
 */
const FIELD_ENDINGS = Object.values(catalog.vocab.fieldTypes).flatMap((t) => t.words).sort((a, b) => b.length - a.length).join('|');
const FIELD_REMARK = new RegExp(`(?<=${FIELD_ENDINGS}) *\\([^()、|/,\\n]{1,30}\\)|(?<=[\\u4e00-\\u9fff]) *\\((?:提示|placeholder|占位|下拉选?|选项|例如|比如)[^()\\n]{0,30}\\)`, 'g');
const FORM_CLAUSE = new RegExp(`(?:${FORM_WORDS}|表单项|输入)[^.;\\n]*$`);
/** "手机号 phone, 验证码 text": a field's type by its Latin name after the label and a space, in a form's clause. */
const LATIN_TYPE = /(?<=[\u4e00-\u9fff]) +(?:textarea|text|number|password|select|image|date|phone|email)(?= *(?:[,、;|\n)}]|$))/g;
const fieldRemarks = (norm: string) => [...norm.matchAll(FIELD_REMARK), ...norm.matchAll(LATIN_TYPE)].filter((m) => FORM_CLAUSE.test(norm.slice(0, m.index)) && !/[¥$]|^\(\s*[0-9.]+\s*\)$/.test(m[0].trim()));

function blankTypeNotes(n: Normalised): Normalised {
  let { raw, norm } = n;
  for (const m of [...norm.matchAll(TYPE_NOTE), ...norm.matchAll(EXPLAINED), ...norm.matchAll(LIST_REMARK), ...fieldRemarks(norm)]) {
    const [from, to] = [m.index!, m.index! + m[0].length];
    raw = raw.slice(0, from) + ' '.repeat(to - from) + raw.slice(to);
    norm = norm.slice(0, from) + ' '.repeat(to - from) + norm.slice(to);
  }
  return { raw, norm };
}

/**
 * The numbers and bullets of a written list ("1. 顶部…", "2）轮播", "① 用户信息", "三、菜单", "- 价格199", "模块二：价格") say where an
 * entry starts; they are neither a count nor a price, so they become spaces. One inside a line ("…按钮 2）房源照片")
 * also ends the clause before it, as does one after a semicolon ("…；2. 车辆图片…"). A number glued to a digit (3.5) or to
 * text (第2步) is no marker.
 */
const LINE_MARKER = /(?<=^|\n) *(?:[1-9][0-9]?[.、)](?![0-9])|[一二三四五六七八九十][、.](?=\S)|[a-h][.、)](?![a-z0-9])|\([1-9][0-9]?\)|[-·•*・](?![0-9])|(?:模块|module ?)[一二三四五六七八九十1-9][0-9]?(?![0-9]) *:?)/g;
const INLINE_MARKER = /(?<= |(?:^|[^0-9])[.,;:])[1-9][0-9]?\)|[\u2460-\u2473]|(?<=[;:] ?)[1-9][0-9]?[.、](?![0-9])|(?<=[\u4e00-\u9fff)] )[1-9][0-9]?\.(?= ?[\u4e00-\u9fff])/g;

/** A list's word (步骤, 菜单, tab, 表单, 需要填…) and a colon, just before a marker: what follows are its entries. */
const LIST_TYPES = ['steps', 'tabs', 'menu-list', 'grid-menu', 'form', 'filters', 'stats', 'tabbar', 'proof'] as const;
const LIST_WORDS = LIST_TYPES.flatMap((t) => catalog.sections[t].words).filter((w) => w.length >= 2).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const LISTED_AFTER = new RegExp(`(?<=(?:${LIST_WORDS.join('|')}|tab|tabs)\\s*)(?:就是|也就是|就|分别是|无非是|无非就是)(?=\\s*[^\\s,;:.、]{1,8}\\s*、)`, 'gi');
const LISTS_BEFORE = new RegExp(`(?:${LIST_WORDS.join('|')}|进度|流程|字段|填写?|选项|入口|数据|tab|tabs)\\s*: *$`, 'i');

function blankMarkers(n: Normalised): Normalised {
  let { raw, norm } = n;
  const blank = (from: number, to: number, text: string) => {
    raw = raw.slice(0, from) + text + raw.slice(to);
    norm = norm.slice(0, from) + text + norm.slice(to);
  };
  // ("1 顶栏（返回）⏎2 鞋子图片轮播⏎3 价格区…": bare numbers and a space opening two lines or more in a row, counting up,
  // are markers too.)
  const bare = [...norm.matchAll(/(?<=^|\n) *([1-9][0-9]?) (?=[\u4e00-\u9fffa-z])/g)];
  bare.forEach((m, i) => {
    const up = (a: RegExpMatchArray | undefined, b: RegExpMatchArray | undefined) => !!a && !!b && Number(b[1]) === Number(a[1]) + 1;
    if (up(m, bare[i + 1]) || up(bare[i - 1], m)) blank(m.index!, m.index! + m[0].length, ' '.repeat(m[0].length));
  });
  for (const m of norm.matchAll(LINE_MARKER)) {
    // "模块四" opens a new part of the spec: it reads as 然后, so a list on the line before does not run on into it.
    const module = /模块|module/.test(m[0]);
    blank(m.index!, m.index! + m[0].length, (module ? '然后' : '').padEnd(m[0].length, ' '));
  }
  // (Markers that open a list right after a list's word and a colon number its entries: "步骤：1) 购物车 2) 确认订单",
  // "进度：①已下单 ②已接单". The first is a space, the rest join the entries as 、 does, on the same line. After
  // other words they number the page's parts: "结构：1) 顶部标题 2) 表单".)
  let entries = -1;
  for (const m of norm.matchAll(INLINE_MARKER)) {
    const at = m.index!;
    const lineStart = /(^|\n) *$/.test(norm.slice(Math.max(0, at - 40), at));
    const afterColon = /: *$/.test(norm.slice(Math.max(0, at - 4), at)) && LISTS_BEFORE.test(norm.slice(Math.max(0, at - 12), at));
    if (afterColon) entries = norm.indexOf('\n', at) < 0 ? norm.length : norm.indexOf('\n', at);
    const joins = !afterColon && at < entries && !/[,;.]\s*$/.test(norm.slice(Math.max(0, at - 3), at));
    blank(at, at + m[0].length, (lineStart || afterColon ? ' ' : joins ? '、' : ',') + ' '.repeat(m[0].length - 1));
  }
  return { raw, norm };
}

/** A form's fields have passes of their own (fields.ts). */
const FORM_HEADER = /表单|字段|输入/;
/** A list's word, then a colon ending its line: "菜单：", "聊天记录chat样式：", "tab:". */
const LIST_HEADER = new RegExp(`(?:${[...LIST_WORDS.filter((w) => !FORM_HEADER.test(w)), ...catalog.sections.list.words.filter((w) => w.length >= 2)].join('|')}|tab|tabs)[^\\n:]{0,10}:[ \\t]*$`, 'i');
/** A line that moves on to the page's next part rather than naming an entry. */
const MOVES_ON_LINE = /^(?:然后|下面|再下面|底部|最下面|最后|顶部|上面|最上面|接着|以上|其他|其它)|[:：]/;

/**
 * "菜单：⏎账号安全⏎新消息通知⏎关于", "聊天记录chat样式：⏎“在吗？”⏎“在的”": entries one a line after a list's word and a
 * colon end their lines, are joined by 、 on one line (the first line break becomes a space), as far as the lines are
 * short and move on to nothing else. Two at least.
 */
function lineEntries(n: Normalised): Normalised {
  if (!/:[ \t]*\n/.test(n.norm)) return n;
  let { raw, norm } = n;
  for (const m of n.norm.matchAll(/:[ \t]*\n/g)) {
    const lineStart = n.norm.lastIndexOf('\n', m.index!) + 1;
    if (!LIST_HEADER.test(n.norm.slice(lineStart, m.index! + 1))) continue;
    const breaks = [m.index! + m[0].length - 1];
    let at = m.index! + m[0].length;
    for (;;) {
      const end = n.norm.indexOf('\n', at);
      const line = n.norm.slice(at, end < 0 ? n.norm.length : end).trim();
      // (A comma outside quotes says more than an entry: "图片，最多9张".)
      if (!line || line.length > 16 || MOVES_ON_LINE.test(line) || /[,;.]/.test(line.replace(/[“"'「][^”"'」]*[”"'」]/g, ''))) break;
      if (end < 0) {
        breaks.push(n.norm.length);
        break;
      }
      breaks.push(end);
      at = end + 1;
    }
    // The breaks before the second entry on, that is: every break but the last one found ends an entry.
    const joins = breaks.slice(1, -1);
    if (joins.length < 1) continue;
    const put = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
    raw = put(raw, breaks[0]!, ' ');
    norm = put(norm, breaks[0]!, ' ');
    for (const j of joins) {
      raw = put(raw, j, '、');
      norm = put(norm, j, '、');
    }
  }
  return { raw, norm };
}

/** The catalog's details, folded, longest first, so "，圆角卡片" goes before "，圆角". */
const DETAILS = [...new Set(Object.values(catalog.vocab.details).flat())].map((d) => d.replace(FOLDS, foldChar)).sort((a, b) => b.length - a.length);
const WORDLIKE = /[\p{Script=Han}a-z0-9]/u;
const JOINER_AFTER = /^(以及|还有|和|及|跟)/;

/**
 * Details the DSL has no prop for ("，左滑删除", "（必填项标星）") become spaces, in both texts, so they
 * are read as nothing rather than as one more label; a comma before one stays, to end the clause. Only
 * where the detail ends a phrase ("，圆角" but not "，圆角矩形").
 */
function blankDetails(n: Normalised): Normalised {
  let { raw, norm } = n;
  for (const d of DETAILS) {
    for (let at = norm.indexOf(d); at >= 0; at = norm.indexOf(d, at + d.length)) {
      // "，每项带箭头和一个按钮": a joiner after the detail still ends it; "，图标加文字部分": 部分 is part of it.
      const part = norm.startsWith('部分', at + d.length) ? 2 : 0;
      if (!part && WORDLIKE.test(norm[at + d.length] ?? '') && !JOINER_AFTER.test(norm.slice(at + d.length))) continue;
      const from = d[0] === ',' ? at + 1 : at;
      const blank = ' '.repeat(at + d.length + part - from);
      raw = raw.slice(0, from) + blank + raw.slice(at + d.length + part);
      norm = norm.slice(0, from) + blank + norm.slice(at + d.length + part);
    }
  }
  return { raw, norm };
}
