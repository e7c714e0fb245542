import { catalog } from '@uidsl/dsl';
import type { Icon, SectionType } from '@uidsl/dsl';
import { lexicon } from './lexicon.ts';
import type { FieldType } from './lexicon.ts';

/**
 * What a section's list items become, per section type. The icon and field-type rules are the
 * dataset generator's (`packages/generator/src/infer.ts`): the word of the lexicon that ends last
 * in a label, the longest on a tie, because Chinese puts the head noun last (我的订单 is about 订单).
 */

function headWord(text: string, entries: Record<string, { words: string[] }>): string | undefined {
  let best: { value: string; end: number; length: number } | undefined;
  for (const [value, entry] of Object.entries(entries)) {
    for (const word of entry.words) {
      const at = text.lastIndexOf(word);
      if (at < 0) continue;
      const end = at + word.length;
      if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { value, end, length: word.length };
    }
  }
  return best?.value;
}

export const iconFor = (label: string): Icon | undefined => headWord(label, catalog.icons) as Icon | undefined;
export const fieldTypeFor = (label: string): FieldType => (headWord(label, catalog.vocab.fieldTypes) as FieldType | undefined) ?? 'text';

/** The icon one word names exactly (tab bar and top bar items), else the head-word rule. */
export function iconNamed(word: string): Icon | undefined {
  const exact = lexicon.words.get(word.toLowerCase())?.icon;
  return exact ?? iconFor(word);
}

/** Splits a run of field words written without separators ("账号密码") into its words. */
export function splitFieldWords(piece: string): string[] {
  const words: string[] = [];
  let at = 0;
  while (at < piece.length) {
    let found = '';
    for (let len = Math.min(6, piece.length - at); len > 0; len--) {
      const w = piece.slice(at, at + len);
      if (lexicon.words.get(w)?.field) {
        found = w;
        break;
      }
    }
    if (!found) return [piece];
    words.push(found);
    at += found.length;
  }
  return words.length > 1 ? words : [piece];
}

const STAT_WORDS = [...catalog.vocab.statLabels].sort((a, b) => b.length - a.length);
const MENU_ENTRIES = new Set(Object.values(catalog.vocab.menuLabels).flat());

/** Splits figures written without separators ("获赞阅读作品") into the catalog's stat labels; anything else stays whole. */
export function splitStatWords(piece: string): string[] {
  const words: string[] = [];
  for (let at = 0; at < piece.length; ) {
    const w = STAT_WORDS.find((x) => piece.startsWith(x, at));
    if (!w) return [piece];
    words.push(w);
    at += w.length;
  }
  return words.length > 1 ? words : [piece];
}

/**
 * "粉丝2.4万" -> {label 粉丝, value "2.4万"}, "关注128" -> value 128, "学习时长36h" -> value "36h" (a unit after the
 * figure stays with it: 328km, 22天, 99%, 1.2万千卡); a label alone has value 0.
 */
function stat(piece: string): { label: string; value: string | number } {
  // "难度∶简单": a value in words (figures.ts sets it apart so).
  const worded = /^(.+)∶(.+)$/.exec(piece);
  if (worded) return { label: worded[1]!, value: worded[2]! };
  const m = /^(.*?[^\d.¥￥$+-])([+-]?[¥￥$]?)(\d+(?:\.\d+)?)((?:万|w|k)?(?:[a-z%+]{1,4}|(?:(?!数|统)[\u4e00-\u9fff]){1,3})?(?:\d+(?:(?!数|统)[\u4e00-\u9fff]){1,2})?)$/i.exec(piece);
  if (!m || !m[1] || /\d$/.test(m[1])) return { label: piece, value: 0 };
  // "余额¥128.5": a currency sign before the figure is part of its value.
  return { label: m[1].trim(), value: m[2] || m[4] ? m[2]! + m[3] + m[4] : Number(m[3]) };
}

const USER_PARTS = new Set(['头像', '昵称', '头像昵称', '用户名', '名字', '手机号', '会员等级', '签名', '个性签名', 'ID', 'id']);

/** "…、完成 当前第二步": which entry is current, said after the last one, is no entry. */
const notCurrent = (x: string) => !/^(?:当前|现在|目前|默认|停在)(?:在|是)?(?:第|选中)/.test(x);

/** How a piece of text becomes an item, for each section type that takes a list. */
export const ITEM_KINDS: Partial<Record<SectionType, { prop: string; make: (pieces: string[]) => unknown[] }>> = {
  tabs: { prop: 'items', make: (p) => p.filter(notCurrent) },
  filters: { prop: 'items', make: (p) => p },
  steps: { prop: 'items', make: (p) => p.filter(notCurrent) },
  proof: { prop: 'items', make: (p) => p },
  list: { prop: 'items', make: (p) => p.map((title) => ({ title })) },
  stats: { prop: 'items', make: (p) => p.flatMap(splitStatWords).map(stat) },
  // "带头像" names a part of the card, not a figure; "带关注、粉丝和余额数" counts 余额.
  'user-info': { prop: 'stats', make: (p) => p.map((x) => x.replace(/(?<=..)数$/, '')).filter((x) => !USER_PARTS.has(x)) },
  'menu-list': { prop: 'items', make: (p) => p.map(iconLabel) },
  'grid-menu': { prop: 'items', make: (p) => p.map(iconLabel) },
  tabbar: { prop: 'items', make: tabIcons },
  topbar: { prop: 'actions', make: (p) => p.map(iconNamed).filter(Boolean) },
  form: { prop: 'fields', make: (p) => p.flatMap(splitFieldWords).map((label) => ({ label, type: fieldTypeFor(label) })) },
};

/** Icons a tab whose label names none can take, in this order, each once: the bar keeps as many tabs as were said. */
const SPARE_TAB_ICONS: Icon[] = ['category', 'search', 'message', 'cart', 'plus', 'bell', 'settings', 'share'];

/**
 * "底部导航：首页、发现、行程、我的": each tab's icon by its label; a short label that names no icon (发现, 行程, 课程)
 * takes a spare one, when the list is a bar's (two labels or more name icons), so the bar has every tab said.
 */
function tabIcons(pieces: string[]): Icon[] {
  // (我 alone, the last tab of many apps, is the user's.)
  const named = pieces.map((p) => (p === '我' ? 'user' : iconNamed(p)));
  if (named.filter(Boolean).length < 2) return named.filter((x): x is Icon => !!x);
  const used = new Set(named.filter(Boolean));
  const spare = () => {
    const icon = SPARE_TAB_ICONS.find((x) => !used.has(x));
    if (icon) used.add(icon);
    return icon;
  };
  return pieces.map((p, i) => named[i] ?? (/^[\u4e00-\u9fff]{1,4}$/.test(p) && !/按钮|导航|底部|栏|个|几/.test(p) ? spare() : undefined)).filter((x): x is Icon => !!x);
}

function iconLabel(label: string): { icon?: Icon; label: string } {
  const icon = iconFor(label);
  return icon ? { icon, label } : { label };
}

/** Menus, whose entries may be two icon words joined ("评论与点赞" is one entry; a bar's "返回与通知" two icons). */
const MENUS = new Set<SectionType | undefined>(['menu-list', 'grid-menu']);

/** Sections whose items are short names (tabs, filters, steps, badges): never a compound 帮助与反馈, so 与 always joins two. */
// (Not steps: "函数与模块" is one step.)
const NAMES = new Set<SectionType>(['tabs', 'filters', 'proof', 'stats']);

/** Splits the raw text of an item list on the separators people use between items. */
export function splitItems(text: string, type?: SectionType): string[] {
  const names = type !== undefined && NAMES.has(type);
  // "全场比分、投篮命中率、篮板数 3 项": a count said after a list joined by 、 is no entry.
  if (/、/.test(text)) text = text.replace(/\s+(?:[0-9]+|[一二两三四五六七八九十]+)\s*[个项格条]$/, '');
  // "已学课程 12、证书 2": a figure's value after a space belongs to its label.
  if (type === 'stats') text = text.replace(/(?<=[^\s\d、,，/|])\s+(?=\d)/g, '');
  // "获赞10万+", "昨日收益+12.08", "优惠-¥20": a sign in a figure's value is no joiner (it is turned back after).
  if (type === 'stats') text = text.replace(/(?<=[0-9万wk])\+|(?<=[\u4e00-\u9fff])\+(?=[0-9])/g, '\u2064').replace(/(?<=[\u4e00-\u9fff])-(?=[¥￥$]?[0-9])/g, '\u2012');
  // "评论(128)": a count in brackets glued to a label is part of it (kept apart from the remarks stripped below, and
  // turned back after).
  text = text.replace(/(?<=[^\s(（])[（(]([0-9]{1,5})[）)]/g, '\u2768$1\u2769');
  // "“丢失/捡到地点”、“时间”": a slash inside one of several quoted items is part of it (turned back after).
  // (One quote may hold the whole list: "tab“全部/待评价/退款”".)
  if ((text.match(/“/g) ?? []).length >= 2) text = text.replace(/“[^“”]*”/g, (q) => q.replace(/\//g, '\u2215'));
  // "“关注”“推荐”": quoted items one after another are separate items.
  text = text.replace(/([”」』])\s*(?=[“「『])/g, '$1、');
  // "待评价、退款/售后", "支付密码、指纹/面容、设备管理": in a list joined by 、 a slash between two short words
  // after another entry is one entry (a division slash keeps it from the split below; it is turned back after),
  // unless the two name different icons ("右上角有分享/购物车、…"). (At the list's start the slash may join the
  // list: "第一组清除缓存/隐私设置、第二组…".)
  if (/、/.test(text)) {
    text = text.replace(/(?<=、([^、/\s]{1,4}))\/(?=([^、/\s]{1,4})(?:、|$))/g, (slash, a: string, b: string) => {
      const [x, y] = [iconNamed(a), iconNamed(b)];
      return x && y && x !== y ? slash : '\u2215';
    });
  }
  // "…、照片 共 5 项", "…、图片 差不多就这6个": the count said after the list is no item.
  text = text.replace(/[,，、\s]*(?:差不多|大概)?(?:就这些|就这|一共|总共|共)\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*[个项条样]?(?:吧|了)?\s*$/, '');
  // "姓名、手机号、驾驶证号三项": for a form, a count glued to the last field is no part of it.
  if (type === 'form' && /、/.test(text)) text = text.replace(/(?<=、[^、]{2,}?)(?:[0-9]+|[一二两三四五六七八九十]+)\s*[个项]$/, '');
  // "用户名/身份证号、登录密码": a form's first field may have two names too.
  if (type === 'form' && /、/.test(text)) text = text.replace(/^([^、/\s:：]{1,5})\/(?=[^、/\s]{1,5}、)/, '$1\u2215');
  // "热门分类：家常菜、减脂餐", "行程：Day1…": a short name for the list before a colon is no item.
  if (/[、,，/|｜]/.test(text)) text = text.replace(/^[^:：、,，/|｜“”"「」]{1,6}[:：]\s*/, '');
  // "12+256G｜16+512G｜16+1T", "周五 5/16｜周六 5/17": entries set apart by bars (two or more) keep the slashes, pluses and
  // spaces inside them (placeholders, turned back after).
  if ((text.match(/[|｜]/g) ?? []).length >= 2 && !/、/.test(text)) {
    // (Only between digits or letters: "足迹+然后是…" joins what follows.)
    text = text.split(/([|｜])/).map((p, i) => (i % 2 ? p : p.trim().replace(/(?<=[0-9a-z])\/(?=[0-9a-z])/gi, '\u2215').replace(/(?<=[0-9a-z])\+(?=[0-9a-z])/gi, '\u2064').replace(/(?<=[\u4e00-\u9fff])[ \t]+(?=[0-9])/g, '\u2060'))).join('');
  }
  // "赞和收藏、新增关注、评论和@、系统消息": in a list joined by 、, a 和 inside an entry before the last is part of it
  // (only the last may be joined by 和: "评论、点赞和收藏"); a placeholder keeps it from the split below. The list ends
  // before words of order ("…、支付宝和牛排馆、接着地址列表"), and two icons are two ("返回和分享、…").
  if ((text.match(/、/g) ?? []).length >= 2 && type !== 'topbar' && type !== 'tabbar') {
    const parts = text.split('、');
    const next = parts.findIndex((p) => /^\s*(?:接着|然后|下面|再|最后|另外|还有|底部|最下面)/.test(p));
    // (A list cut before its next clause may end on a 、: the last entry is the last with words.)
    const end = next < 0 ? parts.length : next;
    const last = parts.slice(0, end).findLastIndex((p) => p.trim() !== '');
    text = parts.map((p, i) => {
      const m = /^([^和\s]{1,3})和([^和\s]{1,3})$/.exec(p);
      return i < last && m && !(iconNamed(m[1]!) && iconNamed(m[2]!)) ? `${m[1]}\u2061${m[2]}` : p;
    }).join('、');
  }
  // "Day1 鼓浪屿、Day2 曾厝垵", "第一天 古城": a day and its place are one step.
  if (type === 'steps') text = text.replace(/((?:day|Day|DAY)\s*\d+|第[一二三四五六七八九十0-9]+天)\s+(?=[^\s、,，/|>→-])/g, '$1\u2060');
  return text
    // "价格（必填项标星）", "已签收就行": a remark after the last item is not part of it.
    .replace(/[（(][^（()）、,，/|]*[）)]?$/, '')
    .replace(/(就行|就好|即可)$/, '')
    // (和, 跟 and 及 join only between words: 跟读 is one step.)
    .split(/\s*(?:[、,，;；/／|｜+＋&→>·•]|->|-|以及|还有|(?<=[^、,，;；/／|｜\s])(?:和|跟|及))\s*|\s+/)
    // 与 joins two items (学校与客服小美), except in a short compound that is one label (帮助与反馈);
    // two icon words are two items whatever their length (返回与通知), except in a menu.
    // 参与 is one word (立即参与), not 参 + 与; so are the catalog's usual entries (帮助与反馈).
    .flatMap((p) => (MENU_ENTRIES.has(p.replace(/等$/, '')) || (!names && /^[^与]{2}与[^与]{2}$/.test(p) && (MENUS.has(type!) || !p.split('与').every((w) => iconNamed(w)))) ? [p] : p.split(/(?<!参)与/)))
    // "切换“验证码登录”": a short word before a quoted item is not part of it.
    .map((p) => /^[^"“「『'‘]{1,3}[“「『"'‘][^"”」』'’]+[”」』"'’]$/.test(p) ? p.replace(/^[^"“「『'‘]{1,3}/, '') : p)
    .map((p) => p.replace(/^["'“”「」『』‘’《》()（）[\]【】]+|["'“”「」『』‘’《》()（）[\]【】]+$/g, '').replace(/(等|几[条个项]|之类的?|什么的)$/, '').replace(/\u2215/g, '/').replace(/\u2064/g, '+').replace(/\u2012/g, '-').replace(/\u2768/g, '(').replace(/\u2769/g, ')').replace(/\u2060/g, ' ').replace(/\u2061/g, '和').trim())
    .filter((p) => p.length > 0)
    // "填姓名、手机号": the verb that leads into a form's fields is no part of the first.
    .map((p, i) => (type === 'form' && i === 0 ? p.replace(/^(?:要填|需填|填写|填|输入)(?=[\u4e00-\u9fff]{2})/, '') : p))
    // (A count split off the list's end: "共", "5", "项"; "差不多就这", "6个".)
    .filter((p) => type !== 'form' || !/^(?:(?:差不多|大概)?(?:就这些|就这|一共|总共|共)|(?:[0-9]+|[一二两三四五六七八九十]+)?[个项条样]?)$/.test(p));
}

/** Whether `word` is one of the items a section of `type` shows by default (正品保证 for a guarantee bar). */
export function usualItem(type: SectionType, word: string): boolean {
  const kind = ITEM_KINDS[type];
  const items = kind && (catalog.sections as Record<string, { defaults: Record<string, unknown> }>)[type]?.defaults[kind.prop];
  return Array.isArray(items) && items.some((v) => v === word || (typeof v === 'object' && v !== null && Object.values(v).includes(word)));
}
