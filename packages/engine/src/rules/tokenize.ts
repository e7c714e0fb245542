import { catalog } from '@uidsl/dsl';
import { lexicon, matchWord, type Reading } from './lexicon.ts';
import { MEASURES, NUMBER_WORDS, QUOTE_ONLY_KEYS } from './grammar.ts';
import { readNumber, startsNumber } from './numerals.ts';

/** A piece of one clause. Offsets index both the raw and the normalised text. */
export interface Token {
  kind: 'word' | 'num' | 'quote' | 'color' | 'other';
  start: number;
  end: number;
  /** Normalised text of the token (for `quote`, the text between the quotes). */
  text: string;
  reading?: Reading;
  /** For `num`: the value, and what its measure word says it counts. */
  value?: number;
  measure?: (typeof MEASURES)[string];
  /** For `num`: said as a position (第二个), not a count. */
  ordinal?: boolean;
  /** For `quote`: the raw text between the quotes, copied verbatim into the document. */
  raw?: string;
}

/** A clause: the span between strong punctuation, or between words a space sets apart. */
export interface Segment {
  start: number;
  end: number;
  tokens: Token[];
}

const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', "'": "'", '‘': '’', '《': '》', '〈': '〉', '﹁': '﹂' };
const STRONG = new Set([',', ';', '!', '?', '\n', '。', '.', '…']);
/**
 * "收货地址 → 商品卡片 → 提交按钮": arrows with spaces around them lead from one section to the next, so they
 * end a clause, unless a word for steps came before them in it ("步骤条 确认订单 → 支付 → 完成" lists steps).
 * Glued arrows (确认→支付→完成) are one list either way.
 */
const ARROWS = new Set(['→', '>']);
const STEP_WORDS = catalog.sections.steps.words;
/** A space next to these joins rather than splits: "A / B / C" and "A → B → C" are one list. */
const JOINERS = new Set(['/', '|', '、', '+', '&', ':', '→', '>']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || isDigit(c));
const isSpace = (c: string | undefined) => c === ' ';
const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
/** Keys whose value is a name (标题 X), as opposed to a number or a flag. */
const NAMING_KEYS = new Set(['title', 'textTitle', 'subtitle', 'smallText', 'bigText', 'sellerName', 'userName', 'placeholder', 'text', 'logo', 'submit', 'primary', 'secondary']);

/**
 * Whether the text before `at` ends in a word that a value follows ("按钮 立即购买", "标题 潮鞋集市"):
 * people use a space as the verb there, and the value must stay in the clause of its key.
 */
function endsInValueLead(norm: string, at: number): boolean {
  for (let len = Math.min(lexicon.maxLength, at); len > 0; len--) {
    const r = lexicon.words.get(norm.slice(at - len, at));
    // Only the longest word ending here counts: 说明文字 is a section, though 文字 is a key.
    if (r) return !!((r.key && NAMING_KEYS.has(r.key) && !QUOTE_ONLY_KEYS.has(norm.slice(at - len, at))) || r.role === 'verb' || ((r.role === 'button' || r.section === 'cta') && !!QUOTES[norm[at + 1]]));
  }
  return false;
}

const SPACED_VALUE_SECTIONS = new Set(['notice-bar', 'text']);

/**
 * "通知栏 欢迎光临本店", "公告 「系统将于今晚维护」", "正文 这里是文章正文": a notice's or a text's words after
 * its word and a space, when they are a quote or one phrase running to the end of the clause with no
 * section, position, button, theme or page word in it. Sections listed with spaces between them
 * ("公告栏 食品/求货标签 之后是作品") are not a notice's text.
 */
function spacedTextAfter(norm: string, at: number, from: number): boolean {
  let len = Math.min(lexicon.maxLength, at);
  while (len > 0 && !lexicon.words.has(norm.slice(at - len, at))) len--;
  const lead = len ? lexicon.words.get(norm.slice(at - len, at))! : undefined;
  if (!lead || !SPACED_VALUE_SECTIONS.has(lead.section ?? '')) return false;
  if (QUOTES[norm[from]]) return true;
  let end = from;
  while (end < norm.length && !STRONG.has(norm[end]!) && !isSpace(norm[end])) end++;
  if (end === from) return false;
  // "顶部公告 订单超时自动取消 然后tab …": after a space the description may go on, with an order word or a section.
  const spaced = isSpace(norm[end]);
  if (spaced) {
    const next = matchWord(norm, norm.slice(end).search(/\S/) + end, norm.length)?.reading;
    if (!next || !(next.role === 'order' || next.role === 'bottom' || next.section)) return false;
  }
  for (let p = from; p < end; p++) {
    const r = matchWord(norm, p, end)?.reading;
    // Sections, positions, buttons, themes and pages in the run are the description going on, not the text;
    // before a space, so are keys and cards ("说明文字 每行一个的短视频"), while a negation is text (未支付).
    // A page word is text once the page was named ("公告 订单超时未支付自动取消" on an order page).
    const page = r?.page && !(spaced && pageSaidBefore(norm, at));
    if (r && (r.section || r.theme || page || (r.role && r.role !== 'filler' && r.role !== 'conn' && r.role !== 'verb' && !(spaced && r.role === 'negate')))) return false;
    if (spaced && r && (r.key || r.card)) return false;
  }
  return true;
}

/** Whether a page word stands anywhere before `at`. */
function pageSaidBefore(norm: string, at: number): boolean {
  for (let p = 0; p < at; ) {
    const w = matchWord(norm, p, at);
    if (w?.reading.page) return true;
    p += w?.word.length ?? 1;
  }
  return false;
}

/** Whether the longest word ending at `at` is the key `key`. */
function endsInKey(norm: string, at: number, key: string): boolean {
  for (let len = Math.min(lexicon.maxLength, at); len > 0; len--) {
    const r = lexicon.words.get(norm.slice(at - len, at));
    if (r) return r.key === key;
  }
  return false;
}

/** "顶上写 我的购物车": the text before `at` is a top word and a verb of showing, so a title follows. */
function topShows(norm: string, at: number): boolean {
  const verb = /(写|写着|显示|显示着)$/.exec(norm.slice(Math.max(0, at - 3), at));
  if (!verb) return false;
  const before = at - verb[0].length;
  for (let len = Math.min(lexicon.maxLength, before); len > 0; len--) {
    const r = lexicon.words.get(norm.slice(before - len, before));
    if (r) return r.role === 'top';
  }
  return false;
}

/**
 * "顶部标题 公告详情。": the top's title key, a space, then a short run that ends the clause. The run is
 * the title even when it holds a section word (公告) that would otherwise start a clause of its own.
 */
function topTitleRun(norm: string, at: number, from: number): boolean {
  if (!endsInKey(norm, at, 'title')) return false;
  const key = /(标题|title)$/i.exec(norm.slice(0, at))?.[0];
  if (!key) return false;
  const before = at - key.length;
  let top = false;
  for (let len = Math.min(lexicon.maxLength, before); len > 0 && !top; len--) {
    const r = lexicon.words.get(norm.slice(before - len, before));
    if (r) {
      top = r.role === 'top';
      break;
    }
  }
  if (!top) return false;
  const end = /[.;\n!?]|$/.exec(norm.slice(from))!.index + from;
  const run = norm.slice(from, end);
  // One lone section word ("顶部标题 搜索") is that section, not a title.
  const whole = matchWord(norm, from, end);
  return /^[\u4e00-\u9fffA-Za-z0-9]{3,12}$/.test(run) && !(whole && whole.word.length === run.length);
}

/**
 * "统计一栏：待付款 1、待发货 2": in a clause about figures, a number after a label and a space is that label's value.
 * (The label is Chinese, the clause names figures before it, and the figure is followed by 、 or the clause's end.)
 */
function figureAfterLabel(norm: string, at: number): boolean {
  if (!/[\u4e00-\u9fff]/.test(norm[at - 1] ?? '')) return false;
  let from = at;
  while (from > 0 && !/[.;\n]/.test(norm[from - 1]!)) from--;
  if (!/统计|数据|stats/i.test(norm.slice(from, at))) return false;
  return /^\s*[0-9][0-9.,]*[%+万kK]?\s*(?:[、,;.\n]|$)/.test(norm.slice(at));
}

/** Keys whose value is a number ("原价 3699", "评分 4.7", "原价写 5999"): a space before the number joins. */
// ("默认 680": an entry chosen by its label, which may be a number.)
const NUMBER_KEYS = new Set(['original', 'rating', 'height', 'padding', 'gutter', 'grid', 'active']);
function endsInNumberKey(norm: string, at: number): boolean {
  for (let len = Math.min(lexicon.maxLength, at); len > 0; len--) {
    const r = lexicon.words.get(norm.slice(at - len, at));
    if (!r) continue;
    if (r.role === 'verb') return endsInNumberKey(norm, at - len);
    return !!r.key && NUMBER_KEYS.has(r.key);
  }
  return false;
}

/** Where the quote opened at `at` closes, or -1. */
function closingQuote(norm: string, at: number): number {
  const close = QUOTES[norm[at]];
  if (!close) return -1;
  const end = norm.indexOf(close, at + 1);
  return end < 0 || end - at > 60 ? -1 : end;
}

function closingBracket(norm: string, at: number): number {
  const end = norm.indexOf(')', at + 1);
  const reopen = norm.indexOf('(', at + 1);
  return end < 0 || end - at > 40 || (reopen > 0 && reopen < end) ? -1 : end;
}

/**
 * Items separated by spaces, the last one glued to their count: "首页 搜索 发布 我的4个入口". (Commas
 * too were measured worse: "待付款，第2个默认选中", "有扫码按钮，最底下两个按钮" are not lists.)
 */
const ITEM = '[^\\s,;:!?。、()和与及跟/|+0-9]';
const COUNTED = new RegExp(`(?<![^\\s,;:!?。、])((?:${ITEM}{1,8} +)+)(${ITEM}{1,8}?)([0-9]|[一二两三四五六七八九十])个`, 'g');

/**
 * Positions of the spaces inside lists whose count says how many items they hold, where the count is
 * exactly the number of pieces ("首页 搜索 发布 我的4个入口"). Taking the last `count` pieces of a longer
 * run (跑马灯公告 通知列表 首页 搜索 加号 我的四个tab) was measured worse: those runs mix sections in.
 */
function countedSpaces(norm: string): Set<number> {
  const out = new Set<number>();
  for (const m of norm.matchAll(COUNTED)) {
    const gaps = m[1]!.match(/ +/g)!;
    // A count after 每行 or 一行 is a row's width ("标题栏,宫格导航,每行3个"), not the items before it.
    if (/[行列排]$/.test(m[2]!) || readNumber(m[3]!, 0)?.value !== gaps.length + 1) continue;
    for (let i = m.index!; i < m.index! + m[1]!.length; i++) if (norm[i] === ' ') out.add(i);
  }
  return out;
}

/**
 * Commas inside a list of tab, filter or entry names whose count matches it exactly: "有已完成,待评价,全部,
 * 直播专区四个分类标签", "美食,电影,领券3个功能入口". Only there: a comma before other counts usually ends a
 * clause (see above), and form fields are left out: their labels are also keys (标题, 价格) that take values.
 */
const COMMA_PIECE = /^[^\s,;:!?。、()和与及跟/|+0-9第]{1,6}$/;
const COUNTED_TABS = /([2-9]|[两三四五六七八九])[个项](?:分类)?(?:标签|tabs?|选项卡|筛选|分段选项|功能入口|快捷入口|图标导航|图标入口)/gi;

function countedCommas(norm: string): Set<number> {
  const out = new Set<number>();
  for (const m of norm.matchAll(COUNTED_TABS)) {
    const count = readNumber(m[1]!, 0)?.value ?? 0;
    // The commas among the `count` pieces that end at the count: the last piece is glued to it.
    const commas: number[] = [];
    let end = m.index!;
    while (commas.length < count - 1) {
      const comma = norm.lastIndexOf(',', end - 1);
      const piece = norm.slice(comma + 1, end);
      const reading = matchWord(piece, 0, piece.length)?.reading;
      // A section word ends the list, unless it is also a field's label (价格, 标题 in "图片,价格,标题5项填写项").
      if (comma < 0 || !COMMA_PIECE.test(piece) || (reading?.section && !reading.field)) break;
      commas.push(comma);
      end = comma;
    }
    if (commas.length === count - 1 && COMMA_PIECE.test(firstPiece(norm, end))) for (const c of commas) out.add(c);
  }
  return out;
}

const LEAD_ROLES = new Set(['order', 'intro', 'verb', 'top']);

/** A piece of a comma list: plain letters, no word in it the parser reads as a section, page, theme or role. */
function plainCommaPiece(piece: string): boolean {
  if (!/^[\p{Script=Han}A-Za-z]{1,6}$/u.test(piece)) return false;
  for (let at = 0; at < piece.length; at++) {
    const r = matchWord(piece, at, piece.length)?.reading;
    if (r && (r.section || r.page || r.theme || r.role)) return false;
  }
  return true;
}

/**
 * "品牌,销量,上新,包邮筛选条件", "作品,访客,评论数据": labels joined by half-width commas, the last glued to its
 * section's word, are one list, not clauses (a word like 底部导航 that opens its own piece is no such ending).
 */
function glossedCommas(norm: string, raw: string): Set<number> {
  const out = new Set<number>();
  // Only half-width commas typed as such: a full-width one (，, folded to , in `norm`) ends a clause.
  if (!raw.includes(',')) return out;
  const bounds = [-1, ...[...norm.matchAll(/,/g)].map((m) => m.index!).filter((i) => raw[i] === ','), norm.length];
  for (let i = 1; i < bounds.length - 1; i++) {
    // The piece after the last comma of a run: a label glued to a section's word, to the clause's end.
    const tail = /^[^,;:.\n]*/.exec(norm.slice(bounds[i]! + 1))![0];
    let glued = -1;
    // (Two characters at least: "…,意见反馈,主按钮" is the next section.)
    for (let at = 2; at < Math.min(tail.length, 7); at++) {
      const r = matchWord(tail, at, tail.length)?.reading;
      if (r?.section && !r.field && plainCommaPiece(tail.slice(0, at))) {
        glued = at;
        break;
      }
    }
    if (glued < 0) continue;
    // Walk back over the plain pieces before it.
    const commas: number[] = [];
    for (let k = i; k >= 1; k--) {
      const piece = norm.slice(bounds[k - 1]! + 1, bounds[k]).trim();
      const word = /[^\s,;:.、]*$/.exec(piece)![0];
      if (!plainCommaPiece(word) || word !== piece.slice(piece.length - word.length)) break;
      commas.push(bounds[k]!);
      if (word.length !== piece.length) break;
    }
    if (commas.length >= 1) for (const c of commas) out.add(c);
  }
  return out;
}

/**
 * The first piece of a comma list ending at `end`: from the comma, space, slash or bar before it, less
 * the words that lead into the list ("标题栏/再往下是有互动" is 互动).
 */
function firstPiece(norm: string, end: number): string {
  let at = end;
  while (at > 0 && !/[,;、\s/|:]/.test(norm[at - 1]!)) at--;
  for (let word = matchWord(norm, at, end); word && LEAD_ROLES.has(word.reading.role!); word = matchWord(norm, at, end)) at += word.word.length;
  return norm.slice(at, end);
}

/** "按综合 价格 人气排序": the spaces between 按 and 排序 join the sort keys of one filter bar. */
const SORTED = /按(?![钮键])((?:[^\s,;:!?。、()]{1,8} +)+[^\s,;:!?。、()]{1,8}?)排序/g;

function sortedSpaces(norm: string): Set<number> {
  const out = new Set<number>();
  for (const m of norm.matchAll(SORTED)) for (let i = m.index! + 1; i < m.index! + 1 + m[1]!.length; i++) if (norm[i] === ' ') out.add(i);
  return out;
}

/**
 * Figures with their values listed next to the stats word ("访客592 关注7.6万数据", "数据显示足迹3.5万，成交0.1万"):
 * the spaces and commas between them join.
 */
// (A unit may follow the figure: 328km, 22天, 99%.)
const FIGURE = '[\u4e00-\u9fff]{1,6} ?[0-9]+(?:\\.[0-9]+)?[万kw]?(?:[a-z%+]{1,4}|(?:(?!数|统)[\u4e00-\u9fff]){1,3})?';
const FIGURES = new RegExp(`(?:(?:数据|统计|stats)(?:栏|面板|数据|概览|卡片|看板)?(?::|显示))?(${FIGURE}(?:[ ,、]${FIGURE})+)(数据|统计)?`, 'g');

function figureSeparators(norm: string): Set<number> {
  const out = new Set<number>();
  for (const m of norm.matchAll(FIGURES)) {
    if (m[0] === m[1]) continue; // neither led nor followed by a stats word
    const at = m.index! + m[0].indexOf(m[1]!);
    for (let i = at; i < at + m[1]!.length; i++) if (norm[i] === ' ' || norm[i] === ',') out.add(i);
  }
  return out;
}

/** Sections whose items a description may list before the section's own word. */
const LISTED_BEFORE = new Set(['tabs', 'filters', 'grid-menu', 'menu-list', 'proof', 'stats']);
const PIECE_STOPS = new Set(['section', 'theme']);

/** A short run of plain words: no section, theme or grammar word in it (推荐 and 热门 may end labels; 设置 names a page and a menu entry). */
function plainPiece(norm: string, from: number, end: number): boolean {
  if (end - from < 1 || end - from > 8 || /[0-9,;:!?。、()/|+]/.test(norm.slice(from, end))) return false;
  for (let p = from; p < end; p++) {
    const r = matchWord(norm, p, end)?.reading;
    if (r && (Object.keys(r).some((k) => PIECE_STOPS.has(k)) || (r.role && r.role !== 'recommend' && r.role !== 'negate'))) return false;
  }
  return true;
}

/**
 * "收货地址 支付设置 隐私设置选项列表", "会员 美食 领券金刚区": plain words separated by single spaces, the last
 * glued to the word of a list section, are that list's items, so the spaces between them join. A piece holding
 * a section word ends the run ("公告 图片轮播 二列快捷功能区" names sections); the first piece may open with
 * the words that lead into it (中间收货地址).
 */
function spacedLists(norm: string): Set<number> {
  const out = new Set<number>();
  for (let p = 1; p < norm.length; p++) {
    const word = matchWord(norm, p, norm.length);
    if (!word?.reading.section || !LISTED_BEFORE.has(word.reading.section) || isSpace(norm[p - 1]) || STRONG.has(norm[p - 1]!)) continue;
    // The head of a compound is its last section word: in 热门标签筛选 the list is 筛选's, not 标签's.
    if (matchWord(norm, p + word.word.length, norm.length)?.reading.section) continue;
    // The word must start a token: 保障 inside 服务保障 is not glued to a piece 服务.
    let q = p;
    while (q > 0 && !isSpace(norm[q - 1]) && !STRONG.has(norm[q - 1]!)) q--;
    while (q < p) q += matchWord(norm, q, norm.length)?.word.length ?? 1;
    if (q !== p) continue;
    const spaces: number[] = [];
    let end = p;
    for (;;) {
      let start = end;
      while (start > 0 && !isSpace(norm[start - 1]) && !STRONG.has(norm[start - 1]!) && !'、:/|'.includes(norm[start - 1]!)) start--;
      const spaced = start > 1 && isSpace(norm[start - 1]) && !isSpace(norm[start - 2]);
      // Only the first piece of the run may open with the words that lead into it (中间收货地址).
      let from = start;
      if (!spaced) for (let w = matchWord(norm, from, end); w && LEAD_ROLES.has(w.reading.role!); w = matchWord(norm, from, end)) from += w.word.length;
      if (!plainPiece(norm, from, end)) {
        // The space after a piece that is no item joins nothing.
        spaces.pop();
        break;
      }
      if (!spaced) break;
      spaces.push(start - 1);
      end = start - 1;
    }
    for (const sp of spaces) out.add(sp);
  }
  return out;
}

/**
 * "tabs “关注”“推荐”", "grid-menu 3列 6个：…": a section named by its Latin word, a space, then the rest of the
 * clause, when no other section is named before the clause ends (terse lists put sections side by side with
 * spaces: "header 会话列表 底部tabbar").
 */
function afterLatinSection(norm: string, at: number, from: number): boolean {
  let len = Math.min(lexicon.maxLength, at);
  while (len > 0 && !lexicon.words.has(norm.slice(at - len, at))) len--;
  const word = norm.slice(at - len, at);
  if (!len || !/^[a-z][a-z -]*$/.test(word) || !lexicon.words.get(word)!.section) return false;
  for (let p = from; p < norm.length && !STRONG.has(norm[p]!); ) {
    const close = QUOTES[norm[p]!] ? closingQuote(norm, p) : -1;
    if (close > 0) {
      p = close + 1;
      continue;
    }
    const w = matchWord(norm, p, norm.length);
    if (w?.reading.section || w?.reading.theme || w?.reading.role === 'top' || w?.reading.role === 'bottom' || w?.reading.role === 'order') return false;
    p += w?.word.length ?? 1;
  }
  return true;
}

/** "底部tab 5个：首页/分类/…", "宫格 8 个：…": a section's word, a space, then the count of the entries its colon lists. */
function countBeforeColon(norm: string, at: number, from: number): boolean {
  if (!/^(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2}) ?[个项条张](?:入口|图标)? ?:/.test(norm.slice(from))) return false;
  let len = Math.min(lexicon.maxLength, at);
  while (len > 0 && !lexicon.words.has(norm.slice(at - len, at))) len--;
  return len > 0 && !!lexicon.words.get(norm.slice(at - len, at))!.section;
}

/**
 * "- 学员评价 list", "为你推荐 card-list": a plain phrase opening its line, a space, then a section's Latin word
 * ending the clause is one clause: the phrase says what that section shows.
 */
function beforeLatinSection(norm: string, at: number, from: number): boolean {
  const w = matchWord(norm, from, norm.length);
  if (!w || !/^[a-z][a-z-]*$/.test(w.word) || !w.reading.section) return false;
  const rest = norm.slice(from + w.word.length);
  if (!/^\s*(?:$|[\n,;.!?])/.test(rest)) return false;
  let start = at;
  while (start > 0 && !STRONG.has(norm[start - 1]!) && !isSpace(norm[start - 1])) start--;
  // Only a line of its own ("- 学员评价 list"): in a terse spec sections stand side by side with spaces ("卡片列表，
  // 显示6条 tabbar").
  const line = norm.slice(norm.lastIndexOf('\n', start - 1) + 1, start);
  if (start === at || /^[-*•]$/.test(norm.slice(start, at)) || !/^\s*(?:[-*•]|\d+[.)]|[（(]?\d+[)）])?\s*$/.test(line)) return false;
  for (let p = start; p < at; ) {
    const v = matchWord(norm, p, at);
    if (v?.reading.section || v?.reading.theme || v?.reading.page || v?.reading.role === 'top' || v?.reading.role === 'bottom' || v?.reading.role === 'order') return false;
    p += v?.word.length ?? 1;
  }
  return true;
}

/**
 * "右侧放 message 图标", "list card 样式", "单列 user-card 列表": spaces round a Latin icon, card or style name join:
 * such a word never opens a section of its own.
 */
function latinDetail(norm: string, at: number, from: number): boolean {
  const detail = (r: Reading | undefined) => !!r && (!!r.icon || !!r.card || !!r.style) && !r.section && !r.role;
  let len = Math.min(lexicon.maxLength, at);
  while (len > 0 && !lexicon.words.has(norm.slice(at - len, at))) len--;
  const before = norm.slice(at - len, at);
  if (len && /^[a-z][a-z-]*$/.test(before) && detail(lexicon.words.get(before))) return true;
  const after = matchWord(norm, from, norm.length);
  return !!after && /^[a-z][a-z-]*$/.test(after.word) && detail(after.reading);
}

/** Sections that list short names after their word. */
const NAMED_LISTS = new Set(['tabs', 'filters', 'tabbar', 'steps', 'proof', 'stats', 'grid-menu', 'menu-list']);

/**
 * "tab 全部/待付款/已完成", "tabs 用户、群组", "steps 下单>支付": a list section's word, a space, then its items joined by / 、 | or >:
 * the space joins the word to its items. The items must not start with a section or grammar word.
 */
function listAfterSpace(norm: string, at: number, from: number): boolean {
  const wordBefore = (end: number) => {
    let len = Math.min(lexicon.maxLength, end);
    while (len > 0 && !lexicon.words.has(norm.slice(end - len, end))) len--;
    return len ? { len, reading: lexicon.words.get(norm.slice(end - len, end))! } : undefined;
  };
  let lead = wordBefore(at);
  // ("保障写 正品保证、七天无理由": a verb may stand between the section's word and the space.)
  if (lead && (lead.reading.role === 'verb' || lead.reading.role === 'intro') && !lead.reading.section) lead = wordBefore(at - lead.len);
  const section = lead?.reading.section;
  if (!section || !NAMED_LISTS.has(section)) return false;
  // The items run to the next space that joins nothing ("全部商品 / 降价商品" is one run).
  let end = from;
  for (; end < norm.length && !STRONG.has(norm[end]!); end++) {
    if (isSpace(norm[end]) && !JOINERS.has(norm[end - 1]!) && !JOINERS.has(norm.slice(end).trimStart()[0]!)) break;
  }
  // Items joined by / 、 |, or quoted one after another ("tabs “关注”“推荐”").
  if (!/[/、|>→]/.test(norm.slice(from, end)) && !/^[“「『"'][^”」』"']{1,12}[”」』"'] *[“「『"']/.test(norm.slice(from))) return false;
  // A bar's items are icon words, which may also name pages or sections (首页, 我的, 搜索).
  const bar = section === 'tabbar' || section === 'topbar';
  for (let p = from; p < end; ) {
    const w = matchWord(norm, p, end);
    const r = w?.reading;
    // A step is an action, which may hold a page's word (设置密码, 登录); a word glued to more text inside an
    // item is part of its label (商家接单).
    const page = r?.page && !(section === 'steps');
    const after = p + (w?.word.length ?? 1);
    const inLabel = !!w && p > from && /^[\u4e00-\u9fff]+$/.test(w.word) && after < end && !JOINERS.has(norm[after]!) && !isSpace(norm[after]) && !matchWord(norm, after, end);
    // (推荐 and 热门 are tabs: "顶部tab 推荐/附近/同城".)
    const recommend = r?.role === 'recommend' && section === 'tabs';
    // (A guarantee's usual entries are its own words: 正品保证.)
    const own = r?.section === 'proof' && section === 'proof';
    if (r && !(bar && r.icon) && ((r.section && !inLabel && !own) || page || r.theme || (r.role && r.role !== 'conn' && r.role !== 'filler' && !recommend && !(inLabel && r.role === 'negate')))) return false;
    p += w?.word.length ?? 1;
  }
  return true;
}

/** A short piece of words, read word by word, none a section, theme or grammar word (推荐 and 热门 may be labels). */
/** Head nouns that make a compound a section whatever comes before them (条目列表, 好看的菜单). */
const SECTION_HEADS = /(列表|卡片|菜单|表单|按钮|横幅|轮播|公告|宫格|标签)$/;

function plainWords(norm: string, from: number, end: number): boolean {
  if (end - from < 1 || end - from > 8 || /[0-9,;:!?。、()/|+]/.test(norm.slice(from, end))) return false;
  for (let p = from; p < end; ) {
    const w = matchWord(norm, p, end);
    const r = w?.reading;
    // A section's word ending a longer label is part of it (科室导航, 住院服务): only one that opens the piece is a section.
    const inLabel = !!r?.section && p > from && !r.role && /^[\u4e00-\u9fff]+$/.test(w!.word) && !SECTION_HEADS.test(w!.word);
    if (r && ((r.section && !inLabel) || r.theme || r.key || (r.role && r.role !== 'recommend' && r.role !== 'negate'))) return false;
    p += w?.word.length ?? 1;
  }
  return true;
}

/**
 * "tab 推荐 热点 本地", "菜单 我的订单 收货地址 优惠券", "底部导航 首页 分类 我的": a list section's word, then
 * two or more plain words separated by single spaces, are its items (people on phones leave out the 、); the
 * spaces join. A piece that is not plain ends the run (terse lists name sections with spaces between them).
 */
const MENU_ENTRIES = new Set(Object.values(catalog.vocab.menuLabels).flat());

function spacedItemsAfter(norm: string): Set<number> {
  const out = new Set<number>();
  for (let p = 1; p < norm.length; p++) {
    if (norm[p] !== ' ' || norm[p + 1] === ' ') continue;
    // "宫格四列 我的收藏 …", "tab四个 全部 …": a count may stand between the word and its items.
    const count = /(?:[0-9]+|[一二两三四五六七八九十]+)[个列项排条]$/.exec(norm.slice(Math.max(0, p - 4), p));
    // "数据那块 本周运动3次 …": so may a word for the area.
    const area = count ? undefined : /(?:那块|这块|那一块|这一块|部分|区域)$/.exec(norm.slice(Math.max(0, p - 3), p));
    let q = p - (count?.[0].length ?? area?.[0].length ?? 0);
    // ("宫格 四个 我的订单 收藏 …": a space may stand between the word and its count; it joins too.)
    const countGap = count && norm[q - 1] === ' ' && norm[q - 2] !== ' ' ? q - 1 : undefined;
    if (countGap !== undefined) q = countGap;
    // "筛选:价格 评分 距离", "宫格菜单8个:预约挂号 科室导航": the word and a colon before the first item.
    // (Not after items joined otherwise: "数据:作品和收藏 条目列表" goes on to the next section.)
    // ("stats: 关注 粉丝": a space may follow the colon.)
    const colon = /(?:(?:[0-9]+|[一二两三四五六七八九十]+)[个项条])?: ?[^ :,;.\n和、/|与及]{1,8}$/.exec(norm.slice(Math.max(0, p - 14), p));
    // ("下面tab是 全部 商品 …": a verb may stand between the word and its items.)
    const verb = !count && !area ? /(?:是|有|为|包括|包含)$/.exec(norm.slice(Math.max(0, q - 2), q)) : null;
    if (verb) {
      const end = q - verb[0].length;
      let l = Math.min(lexicon.maxLength, end);
      while (l > 0 && !lexicon.words.has(norm.slice(end - l, end))) l--;
      const listed = l ? lexicon.words.get(norm.slice(end - l, end))!.section : undefined;
      if (listed && NAMED_LISTS.has(listed)) q = end;
    }
    let len = Math.min(lexicon.maxLength, q);
    while (len > 0 && !lexicon.words.has(norm.slice(q - len, q))) len--;
    if (colon) {
      // The word before the colon, when it names a list section, wins over the first item (筛选:价格 …).
      const c = p - colon[0].length;
      let cl = Math.min(lexicon.maxLength, c);
      while (cl > 0 && !lexicon.words.has(norm.slice(c - cl, c))) cl--;
      const word = cl ? lexicon.words.get(norm.slice(c - cl, c))! : undefined;
      const listed = word?.section;
      if ((listed && (NAMED_LISTS.has(listed) || listed === 'form' || listed === 'list')) || word?.role === 'bottom') [q, len] = [c, cl];
    }
    const said = len ? lexicon.words.get(norm.slice(q - len, q))! : undefined;
    // "底部 首页 消息 我的", "底部:首页 发现 我的": icons set off by spaces after the bottom's word are a tab bar's.
    const bottom = said?.role === 'bottom';
    const section = bottom ? 'tabbar' : said?.section;
    if (!section || !(NAMED_LISTS.has(section) || section === 'form' || section === 'list')) continue;
    const bar = section === 'tabbar' || section === 'topbar';
    const spaces: number[] = [];
    for (let at = p; norm[at] === ' ' && norm[at + 1] !== ' '; ) {
      let end = at + 1;
      while (end < norm.length && norm[end] !== ' ' && !STRONG.has(norm[end]!)) end++;
      const word = matchWord(norm, at + 1, end);
      const icon = bar && word?.word.length === end - at - 1 && !!word.reading.icon;
      // A form's fields are often section or icon words too (价格, 图片).
      const field = section === 'form' && word?.word.length === end - at - 1 && !!word.reading.field && !word.reading.role;
      // Tab and filter labels are often words of other sections (价格, 视频), but not only section words (轮播图).
      // So are keys (星级, 评分).
      const label = (section === 'tabs' || section === 'filters') && word?.word.length === end - at - 1 && ((!!word.reading.section && Object.keys(word.reading).length > 1) || !!word.reading.key) && !word.reading.role;
      const figure = section === 'stats' && /^[\u4e00-\u9fff]{1,6}[0-9.]*[\u4e00-\u9fffa-z]{0,2}$/.test(norm.slice(at + 1, end)) && !word?.reading.section;
      // A menu's usual entries may hold a joiner (帮助与反馈).
      const entry = (section === 'menu-list' || section === 'grid-menu' || section === 'list') && MENU_ENTRIES.has(norm.slice(at + 1, end));
      if (!icon && !field && !label && !figure && !entry && !plainWords(norm, at + 1, end)) break;
      spaces.push(at);
      at = end;
    }
    if (spaces.length >= 2) for (const sp of [...spaces, ...(countGap !== undefined ? [countGap] : [])]) out.add(sp);
    // "筛选 价格、区域、新旧程度", "tab 推荐、关注": one space, then the items joined by 、, are the list's too.
    else if (section === 'tabs' || section === 'filters' || section === 'menu-list' || section === 'grid-menu' || section === 'proof') {
      const run = /^ ([^\s、,;.:]{1,8}(?:、[^\s、,;.:]{1,8})+)(?=$|[\s,;.\n])/.exec(norm.slice(p));
      // (Only plain words, each piece: "八项菜单 底部导航条有主页、分类" goes on to the tab bar.)
      let from = p + 1;
      const plain = !!run && run[1]!.split('、').every((piece) => {
        // (Tab and filter labels may be words of other sections too, as in the spaced run above: 价格, 评分.)
        const w = matchWord(norm, from, from + piece.length);
        const label = (section === 'tabs' || section === 'filters') && !!w && w.word.length === piece.length && ((!!w.reading.section && Object.keys(w.reading).length > 1) || !!w.reading.key) && !w.reading.role;
        // (Or a word that is only a filler elsewhere: 区域.)
        const filler = !!w && w.word.length === piece.length && w.reading.role === 'filler' && piece.length >= 2 && !/^[一这那的]/.test(piece);
        const ok = plainWords(norm, from, from + piece.length) || MENU_ENTRIES.has(piece) || label || filler;
        from += piece.length + 1;
        return ok;
      });
      if (plain) out.add(p);
    }
  }
  return out;
}

/** "帖子 一列 文章卡片", "商家 两列 店铺卡片": a count of columns set off by a space before the cards it lays out. */
function columnsBeforeCards(norm: string, at: number, from: number): boolean {
  return /(?:^|\s)(?:[0-9]|[一二两三四五六七八九十单双])\s*列$/.test(norm.slice(Math.max(0, at - 4), at)) && !!matchWord(norm, from, norm.length)?.reading.card;
}

/** Whether the piece from `from` to `end` is one field word (手机号, 密码) and nothing else. */
function fieldPiece(norm: string, from: number, end: number): boolean {
  const w = matchWord(norm, from, end);
  return !!w && w.word.length === end - from && !!w.reading.field && !w.reading.role;
}

/** "用户名 密码", "手机号 验证码": field words side by side with a space between are one list of fields. */
function spacedFields(norm: string, at: number, from: number): boolean {
  let start = at;
  while (start > 0 && !isSpace(norm[start - 1]) && !STRONG.has(norm[start - 1]!)) start--;
  // The piece before may open with the words that lead into it (然后用户名).
  for (let w = matchWord(norm, start, at); w && LEAD_ROLES.has(w.reading.role!); w = matchWord(norm, start, at)) start += w.word.length;
  let end = from;
  while (end < norm.length && !isSpace(norm[end]) && !STRONG.has(norm[end]!)) end++;
  return fieldPiece(norm, start, at) && fieldPiece(norm, from, end);
}

/** Splits normalised text into clauses, never inside a quote, a bracket or a decimal number. */
export function segmentBounds(norm: string, raw = norm): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  const counted = countedSpaces(norm);
  for (const i of sortedSpaces(norm)) counted.add(i);
  for (const i of spacedLists(norm)) counted.add(i);
  for (const i of spacedItemsAfter(norm)) counted.add(i);
  const listed = countedCommas(norm);
  for (const i of glossedCommas(norm, raw)) listed.add(i);
  for (const i of figureSeparators(norm)) (norm[i] === ' ' ? counted : listed).add(i);
  let start = 0;
  const cut = (end: number, next: number) => {
    if (end > start) bounds.push([start, end]);
    start = next;
  };
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i];
    if (QUOTES[c] || c === '(') {
      // Quotes and brackets hold a name or a list: "菜单列表(通用,修改密码)" is one clause.
      const close = QUOTES[c] ? closingQuote(norm, i) : closingBracket(norm, i);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    // (Arrows join a process's steps, unless they were listed with 、 or commas: "步骤条：A、B、C → 讲师信息".)
    if (STRONG.has(c) || (ARROWS.has(c) && (isSpace(norm[i - 1]) || isSpace(norm[i + 1])) && (!STEP_WORDS.some((w) => norm.slice(start, i).includes(w)) || /[、,][^、,]+$/.test(norm.slice(start, i).trimEnd())))) {
      if (c === '.' && isDigit(norm[i - 1]) && isDigit(norm[i + 1])) continue;
      if (listed.has(i)) continue;
      cut(i, i + 1);
    } else if (isSpace(c)) {
      let j = i;
      while (isSpace(norm[j + 1])) j++;
      const before = norm[i - 1];
      const after = norm[j + 1];
      const nextWord = matchWord(norm, j + 1, norm.length)?.reading;
      // A placeholder often starts with 搜索 ("占位文字 搜索订单"), the search bar's own word.
      const hint = endsInKey(norm, i, 'placeholder') && nextWord?.section === 'search-bar';
      // "标题 我的订单": a page word may be a title once the page was named before.
      const pageTitle = !!nextWord?.page && !nextWord.section && ((endsInKey(norm, i, 'title') && pageSaidBefore(norm, i)) || topShows(norm, i));
      // "小字 登录即同意用户协议": a page word glued to plain text is the start of a sentence.
      const past = j + 1 + (nextWord ? matchWord(norm, j + 1, norm.length)!.word.length : 0);
      const sentence = !!nextWord?.page && /[\u4e00-\u9fff]/.test(norm[past] ?? '') && !matchWord(norm, past, norm.length);
      const valueFollows = topTitleRun(norm, i, j + 1) || endsInValueLead(norm, i) && (!nextWord?.section || hint) && !nextWord?.role && (!nextWord?.page || pageTitle || sentence) && !nextWord?.theme && !startsNumber(norm[j + 1]);
      // "标题显示Hi 欢迎": a short Latin word just named as a value runs on into the Chinese after it.
      let k = i;
      while (isLetter(norm[k - 1])) k--;
      const latinValue = k < i && i - k <= 5 && endsInValueLead(norm, k) && /[\u4e00-\u9fff]/.test(after ?? '') && !nextWord?.section && !nextWord?.role && !nextWord?.key;
      // "价格 ￥39.9": an amount after its sign goes with the word before it; so does "1 列" with its measure word.
      const joined = JOINERS.has(before) || JOINERS.has(after) || after === '¥' || after === '￥' || (isDigit(before) && j === i && spacedMeasure(norm, i + 1, norm.length)) || (startsNumber(after) && (endsInNumberKey(norm, i) || figureAfterLabel(norm, i))) || (isLetter(before) && isLetter(after)) || valueFollows || latinValue || counted.has(i) || spacedTextAfter(norm, i, j + 1) || listAfterSpace(norm, i, j + 1) || afterLatinSection(norm, i, j + 1) || beforeLatinSection(norm, i, j + 1) || countBeforeColon(norm, i, j + 1) || latinDetail(norm, i, j + 1) || spacedFields(norm, i, j + 1) || columnsBeforeCards(norm, i, j + 1);
      if (!joined) cut(i, j + 1);
      i = j;
    }
  }
  cut(norm.length, norm.length);
  return bounds;
}

const MEASURE_LENGTH = Math.max(...Object.keys(MEASURES).map((m) => m.length));

/** The measure word at `at`, longest first ("1 column" as well as 1列); a Latin one must end its word. */
function measureAt(norm: string, at: number, end: number): { measure: NonNullable<Token['measure']>; length: number } | undefined {
  for (let len = MEASURE_LENGTH; len > 0; len--) {
    const m = MEASURES[norm.slice(at, at + len)];
    if (m && at + len <= end && !(isLetter(norm[at]) && isLetter(norm[at + len]))) return { measure: m, length: len };
  }
  return undefined;
}

/** A measure of columns, slides or pixels after a space, not starting a longer word ("88 列表" is a number, then a list). */
function spacedMeasure(norm: string, at: number, end: number): boolean {
  const m = measureAt(norm, at, end);
  const word = matchWord(norm, at, end);
  // Counts of items are left alone: in "关注348 条目列表" the number is a figure's value.
  // ("8 items": a Latin measure word counts whatever it measures.)
  // ("宫格菜单 10 个，每行5个", "宫格 6 个（3列）": so are items and steps counted to the end of a clause.)
  // (Not a figure's value in a list of them: "已卖出 23 件、累计收入 4,860 元".)
  const ends = /^(?:个|项|条|步)$/.test(norm.slice(at, at + (m?.length ?? 0))) && !/[\u4e00-\u9fffa-z0-9、]/.test(norm[at + (m?.length ?? 0)] ?? '');
  return !!m && (SPACED_MEASURES.has(m.measure) || isLetter(norm[at]) || ends) && (!word || word.word.length <= m.length);
}
const SPACED_MEASURES = new Set(['columns', 'slides', 'px']);

/** Reads a number and its measure word at `at`, if one is there. */
function numberAt(norm: string, at: number, end: number): Token | undefined {
  let value: number | undefined;
  let after = at;
  const word = NUMBER_WORDS[norm[at]];
  const read = startsNumber(norm[at]) ? readNumber(norm, at) : undefined;
  if (read && read.end <= end) {
    value = read.value;
    after = read.end;
  } else if (word !== undefined) {
    value = word;
    after = at + 1;
  } else return undefined;
  let measure: Token['measure'];
  // "1 列", "3 张": one space may stand between a number in digits and its measure word.
  const gap = read && norm[after] === ' ' && spacedMeasure(norm, after + 1, end) ? 1 : 0;
  const m = measureAt(norm, after + gap, end);
  if (m) {
    measure = m.measure;
    after += gap + m.length;
  }
  // 单 and 双 are numbers only before a measure word (单列, 双列); elsewhere they are just letters.
  if (!read && !measure) return undefined;
  // (Nor when the measure begins a longer word: 下单步骤, 单条目.)
  if (!read && /^(?:步骤|条目|行动)/.test(norm.slice(after - (m?.length ?? 0)))) return undefined;
  return { kind: 'num', start: at, end: after, text: norm.slice(at, after), value, measure };
}

/** Cuts one clause into tokens: quoted values, colours, lexicon words (longest first), numbers, other text. */
/**
 * The lexicon word at `i`, giving up the last character of a grammar word (放个, 来个) when a longer
 * word that names something starts on it: 放个人信息卡 is 放 + 个人信息卡.
 */
function wordAt(norm: string, i: number, end: number): ReturnType<typeof matchWord> {
  const word = matchWord(norm, i, end);
  // "推荐商品卡": 推荐 + 商品卡 (product cards), not 推荐商品 + 卡: a card word that starts inside the match
  // and runs past it wins, when what comes before it is a word too.
  if (word) {
    for (let k = 1; k < word.word.length; k++) {
      const tail = matchWord(norm, i + k, end);
      const head = lexicon.words.get(norm.slice(i, i + k));
      if (tail?.reading.card && head && i + k + tail.word.length > i + word.word.length) return { word: norm.slice(i, i + k), reading: head };
    }
  }
  if (!word || word.word.length < 2 || !word.reading.role || Object.keys(word.reading).length > 1) return word;
  const last = i + word.word.length - 1;
  const next = matchWord(norm, last, end);
  if (!next || next.word.length <= word.word.length || next.reading.role) return word;
  return matchWord(norm, i, last);
}

export function tokenize(raw: string, norm: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let other = -1;
  const flush = (at: number) => {
    if (other >= 0 && at > other) tokens.push({ kind: 'other', start: other, end: at, text: norm.slice(other, at) });
    other = -1;
  };
  let i = start;
  while (i < end) {
    const c = norm[i];
    if (isSpace(c)) {
      flush(i);
      i++;
      continue;
    }
    const close = QUOTES[c] ? closingQuote(norm, i) : -1;
    if (close > 0 && close < end) {
      flush(i);
      tokens.push({ kind: 'quote', start: i, end: close + 1, text: norm.slice(i + 1, close), raw: raw.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    if (c === '#' && /^[0-9a-f]{6}(?![0-9a-z])/.test(norm.slice(i + 1, i + 8))) {
      flush(i);
      tokens.push({ kind: 'color', start: i, end: i + 7, text: norm.slice(i, i + 7), raw: raw.slice(i, i + 7) });
      i += 7;
      continue;
    }
    const ordinal = c === '第' ? numberAt(norm, i + 1, end) : undefined;
    if (ordinal) {
      flush(i);
      tokens.push({ ...ordinal, start: i, text: norm.slice(i, ordinal.end), measure: undefined, ordinal: true });
      i = ordinal.end;
      continue;
    }
    const word = wordAt(norm, i, end);
    const num = numberAt(norm, i, end);
    // A number wins over a word it is longer than (十二列 is a number, 一个 is filler).
    if (num && (!word || num.end - num.start > word.word.length)) {
      flush(i);
      tokens.push(num);
      i = num.end;
    } else if (word) {
      flush(i);
      tokens.push({ kind: 'word', start: i, end: i + word.word.length, text: word.word, reading: word.reading });
      i += word.word.length;
    } else {
      if (other < 0) other = i;
      i++;
    }
  }
  flush(end);
  // "页面：设置页；内容：标题栏、菜单": 内容 opening a clause (or after ' / ') before ':' labels the list that follows; it is
  // not the text section, and not a value for one (正文内容：X still is).
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const opens = !before || before.end < t.start || before.reading?.role === 'conn';
    if (t.kind === 'word' && t.text === '内容' && tokens[i + 1]?.text === ':' && opens) tokens[i] = { ...t, reading: { role: 'filler' } };
  });
  return tokens;
}

export function segment(raw: string, norm: string): Segment[] {
  return segmentBounds(norm, raw).map(([start, end]) => ({ start, end, tokens: tokenize(raw, norm, start, end) }));
}
