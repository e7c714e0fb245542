import type { Role } from './grammar.ts';
import { lexicon, type Reading } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { iconNamed } from './items.ts';

/**
 * What a token signals in its clause: its role and readings, whether a word can only be a section,
 * whether icons at the top make a top bar. Small pure helpers the interpreter reads clauses with.
 */

export const roleOf = (t: Token | undefined): Role | undefined => (t?.kind === 'word' ? t.reading?.role : undefined);
export const readingOf = (t: Token | undefined): Reading => (t?.kind === 'word' && t.reading) || {};
export const SPLITS = new Set<Role>(['conn', 'top', 'bottom', 'order']);
export const POSITION = new Set<Role>(['top', 'bottom', 'order', 'conn', 'intro', 'pageword']);
/** A word that can only name a section (轮播图), never be a label in a list. */
export const sectionOnly = (r: Reading) => !!r.section && !r.icon && !r.field && !r.card && !r.page && !r.key;

export const isCorner = (t: Token) => CORNERS.has(t.text);
/** Corners of the page, where a top bar's icons sit (右上搜索, 左上角返回). */
const CORNERS = new Set(['右上角', '左上角', '右上', '左上', '右上方', '左上方']);
/** 样式, 卡片式, 纯文字: words about how a list looks (聊天 is also a page and an icon, so it is not one). */
export const isStyleWord = (t: Token) => roleOf(t) === 'style' || (t.kind === 'word' && !!t.reading!.style && !t.reading!.page && !t.reading!.icon && !t.reading!.section);

/** Whether an icon word is one of a bar's icons ("带购物车、定位图标", "底部导航有首页、分类"), not a page type. */
export function listedIcon(toks: Token[], i: number): boolean {
  if (!readingOf(toks[i]).icon) return false;
  // "首页、分类和购物车三个图标的tab bar": icons followed by their count.
  for (let k = i + 1; k < toks.length; k++) {
    const r = roleOf(toks[k]);
    if (r === 'conn' || (readingOf(toks[k]).icon && !r)) continue;
    if ((toks[k].kind === 'num' && toks[k].measure === 'items') || r === 'iconword') return true;
    break;
  }
  for (let k = i - 1; k >= 0; k--) {
    const r = roleOf(toks[k]);
    if (r === 'conn' || (readingOf(toks[k]).icon && !r)) continue;
    return r === 'with' || r === 'intro' || r === 'top' || isCorner(toks[k]);
  }
  return false;
}

/**
 * Whether a clause names a top bar by its icons alone: at the top (顶部, 左上角), icon words joined
 * by 和 or 、, ending the clause or followed by 按钮/图标 ("顶部返回和分享", "左上角设置按钮").
 */
export function barIcons(toks: Token[]): boolean {
  return toks.some((t, p) => (roleOf(t) === 'top' || isCorner(t)) && barIconsAt(toks, p));
}

/** Icons a top bar carries; 搜索 at the top is a search bar instead (the contract allows both). */
const BAR_ICONS = new Set(['back', 'share', 'more', 'bell', 'cart', 'message', 'settings', 'scan', 'heart', 'edit', 'location', 'service', 'filter']);

function barIconsAt(toks: Token[], p: number): boolean {
  let q = p + 1;
  while (roleOf(toks[q]) === 'intro' || roleOf(toks[q]) === 'verb' || roleOf(toks[q]) === 'with') q++;
  let icons = 0;
  let last: Token | undefined;
  for (; q < toks.length; q++) {
    const t = toks[q];
    if (roleOf(t) === 'conn') continue;
    if (t.kind === 'word' && t.reading!.icon && !t.reading!.role) {
      icons++;
      last = t;
    } else break;
  }
  if (!icons) return false;
  const suffix = roleOf(toks[q]) === 'button' || roleOf(toks[q]) === 'iconword';
  // 左上角 always means the top bar; "顶部筛选" does when the clause ends there.
  const alone = q === toks.length || roleOf(toks[q - 1]) === 'conn';
  return suffix || isCorner(toks[p]) || (alone && (icons >= 2 || BAR_ICONS.has(last!.reading!.icon!)));
}

/**
 * The icon a label names as a whole (返回 -> back, 消息提醒 -> bell: any length when the lexicon has it
 * as an icon's word), not a label that merely contains an icon word.
 */
export function iconWord(label: string): ReturnType<typeof iconNamed> {
  const exact = lexicon.words.get(label.toLowerCase())?.icon;
  return exact ?? (label.length <= 3 ? iconNamed(label) : undefined);
}
