import { catalog } from '@uidsl/dsl';
import { readNumber } from './numerals.ts';
import type { Normalised } from './normalize.ts';

/**
 * A list of figures after the stats word, written the way people write them: "数据：文章 128 篇、粉丝 3.2万、获赞
 * 十万+", "学习数据三项：累计学习 126 小时 连续打卡 三十天", "统计栏：待付款 2 / 待发货 0", "stats[关注 89｜粉丝
 * 1.1k]", "数据，'我发布的 6 / 我卖出的 23'". The parser reads a figure as its label with the value glued on
 * ("粉丝3.2万") and figures joined by 、, so the list is rewritten so, each figure quoted, in both texts: spaces inside a figure go,
 * separators become 、, thousands separators go, a value in Chinese numerals becomes digits (八千九 → 8900,
 * 四万八千公里 → 4.8万公里), and a value in words ("难度 简单") is kept after a ∶, which `stat` splits on.
 */

/** The words that open a list of figures, then a colon, a bracket, or a comma before a quote that holds the list. */
// ("stats 显示三项：…", "| stats | 等级 Lv.32 / … |": a verb of showing may come between; so may a table's bar.)
const LEAD = /(?:数据|统计|stats|figures|看板|概览|状态数字|数字)(?:栏|面板|概览|卡片|看板|条|区|块)?(?:\s*(?:显示|展示|包括|有))?(?:[,\s]*(?:只有|只|就|共)?\s*([一二三四五六七八九十两0-9]{1,2})[项个组])?\s*([:[(|]|,(?=\s*['"“‘「]))\s*(['"“‘「])?/g;

const CLOSER: Record<string, string> = { "'": "'", '"': '"', '“': '”', '‘': '’', '「': '」', '[': ']', '(': ')' };

/** Words a figure's value may end with (a unit after the number, with or without a space). */
const UNIT = '(?:GB|MB|KB|TB|gb|mb|kb|G|M|小时|分钟|千卡|大卡|公里|千米|公斤|kcal|km|kg|min|h|%|个|次|天|晚|门|篇|件|张|条|元|块|卡|米|步|人|位|本|家|单|笔|项|份|杯|斤|克|页|首|部|集|节|课|场|周|月|年|分|秒|级|座|国|城|w|k)';
const CN = '[零〇一二两三四五六七八九十百千万]';
const ARABIC = `[+-]?[¥￥$]?\\s?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?(?:\\s?万|千|w|k)?\\+?(?:\\s?${UNIT}(?![\\u4e00-\\u9fff]{2})(?:[0-9]+${UNIT})?)?`;
// "三小时二十分", "两个半小时", "十万+": a Chinese numeral, perhaps with a unit and a second part.
const CHINESE = `${CN}+(?:个)?(?:半)?(?:${UNIT})?(?:${CN}+${UNIT})?\\+?`;
const LABEL = '[\\u4e00-\\u9fffa-z][\\u4e00-\\u9fffa-z]{0,7}?';
const FIGURE = new RegExp(`^(${LABEL})\\s*(${ARABIC}|${CHINESE})(?=$|[\\s、,|/;.·•\\])'"”’」(])`);
/** "消耗千卡 5.6万": a label, a space, then a value in digits: the label runs to the space (千卡 is no number here). */
const SPACED_FIGURE = new RegExp(`^([\\u4e00-\\u9fffa-z]{2,8})[ \\t]+(${ARABIC})(?=$|[\\s、,|/;.·•\\])'"”’」(])`);
/** "难度 简单": a value in words, only after a space and before a separator or the list's end. */
// (Or words and figures: "成色 95新", "保修 剩余1年", "等级 Lv.32".)
const WORDED = /^([\u4e00-\u9fffa-z]{1,8})\s+([\u4e00-\u9fff]{1,4}|(?=[^\s]*[\u4e00-\u9fffa-z])[\u4e00-\u9fffa-z0-9.%+]{2,7})(?=\s*(?:[、,|/;·•]|$))/;
const SEPARATOR = /^\s*(?:[、,|/;·•]\s*)?/;

/** "列表菜单六个": a label ending in a section's word names that section, and ends the figures before it. */
const SECTION_END = /(?:列表|菜单|宫格|轮播图?|导航|标签页?|按钮|表单|卡片|横幅|公告|tabs?|栏|条)$/;
const namesSection = (label: string) => SECTION_END.test(label) || label in catalog.sections;

/** A value in Chinese numerals as digits: 八千九 → 8900, 十万+ → 10万+, 两个半小时 → 2.5小时, 三小时二十分 → 3小时20分. */
function digits(value: string): string {
  if (!new RegExp(`^${CN}`).test(value)) return value;
  // (A run ends before its unit: 两千四百 of 两千四百千卡.)
  return value.replace(new RegExp(`(${CN}+?(?:个)?(?:半)?)(${UNIT}|[+]|$)`, 'g'), (_, run: string, unit: string) => {
    const n = readNumber(run.replace(/个?半?$/, ''), 0);
    if (!n) return run + unit;
    const v = n.value + (run.endsWith('半') ? 0.5 : 0);
    return (v >= 10000 && v % 1000 === 0 ? `${v / 10000}万` : String(v)) + unit;
  });
}

/** Each figure (where its label lies, and its value as it will be written) and where the last one ends. */
interface List {
  /** A value in figures as it will be written, or where a value in words lies (copied as typed). */
  figures: Array<[number, number, string | [number, number]]>;
  end: number;
}

/** The figures from `from` on, or undefined when fewer than two, or none with a number. */
function readList(norm: string, from: number, to: number, least = 2): List | undefined {
  const figures: List['figures'] = [];
  let at = from;
  let end = from;
  let numbers = 0;
  // (A value in words only after a colon or a separator: after a bare space the next words may be a section's.)
  let marked = true;
  while (at < to) {
    const rest = norm.slice(at, to);
    const m = SPACED_FIGURE.exec(rest) ?? FIGURE.exec(rest);
    const w = m || !marked ? undefined : WORDED.exec(rest);
    if (namesSection((m ?? w)?.[1] ?? '')) break;
    if (m) {
      // The value without spaces or thousands separators, in digits.
      figures.push([at, at + m[1]!.length, digits(m[2]!.replace(/\s+/g, '').replace(/,/g, ''))]);
      numbers++;
    } else if (w) {
      const valueAt = at + w[0].length - w[2]!.length;
      figures.push([at, at + w[1]!.length, [valueAt, valueAt + w[2]!.length]]);
      if (/[0-9]/.test(w[2]!)) numbers++;
    }
    else break;
    at = end = at + (m ?? w)![0].length;
    // Figures are set apart by a separator or a space.
    const sep = SEPARATOR.exec(norm.slice(at, to))![0];
    if (!sep) break;
    marked = sep.trim() !== '';
    at += sep.length;
  }
  return figures.length >= least && numbers >= 1 ? { figures, end } : undefined;
}

/** Labels of figures that belong to other sections: a price's, a seller's rating. */
const OTHER_FIGURES = /价|合计|总计|运费|优惠|评分|折|库存|数量/;

/**
 * "下面显示 阅读 1.2万、点赞 356、评论 48": three figures or more, each a label and a number, at a clause's start (or
 * after a verb of showing) with no stats word, are a list of figures all the same: the word goes in before them.
 */
function unnamedFigures(n: Normalised): Normalised {
  let out = n;
  for (const m of [...n.norm.matchAll(/(?<=^|[,;:.\n]\s*|显示|展示|下面|然后)\s*(?=[\u4e00-\u9fffa-z@]{1,6}\s*[0-9])/g)].reverse()) {
    const from = m.index! + m[0].length;
    const stop = n.norm.slice(from).search(/[;\n]|(?<![0-9a-z])\.|\.(?![0-9a-z])|:/);
    const list = readList(n.norm, from, stop < 0 ? n.norm.length : from + stop);
    // (Each label a word of two characters or more: "满199、满399" are thresholds, steps perhaps.)
    if (!list || list.figures.length < 3 || list.figures.some(([a, b, value]) => typeof value !== 'string' || b - a < 2 || OTHER_FIGURES.test(n.norm.slice(a, b)))) continue;
    if (/步骤|进度|流程|档|阶段/.test(n.norm.slice(Math.max(0, from - 12), stop < 0 ? n.norm.length : from + stop))) continue;
    // (Nor a figure list the text names already.)
    // (Said before the figures, at their start, or right after them: "收藏1.6万 订单9.1万数据".)
    const word = /数据|统计|stats|figures|看板|概览/;
    if (new RegExp(`(?:${word.source})(?:[^.;\\n]|(?<=[0-9])\\.(?=[0-9]))*$`).test(n.norm.slice(0, from)) || word.test(n.norm.slice(from, stop < 0 ? n.norm.length : from + stop))) continue;
    // (Nor entries of a list said just before: "列表：美式咖啡 ×2、拿铁 ×1".)
    if (/(?:列表|清单|菜单|宫格|标签|筛选|表单|步骤|list)[^,.;\n]{0,6}:?\s*$/.test(n.norm.slice(0, from))) continue;
    const put = (s: string) => `${s.slice(0, from)}数据:${s.slice(from)}`;
    out = { raw: put(out.raw), norm: put(out.norm) };
  }
  return out;
}

/** "数据 阅读 5.2万 点赞 1.1万": the stats word, a space, then the figures: the space stands for the colon. */
function spacedLead(n: Normalised): Normalised {
  let out = n;
  // ("stats显示 今日步数 8230 / …": a verb of showing may come between.)
  for (const m of [...n.norm.matchAll(/(?<=(?:^|[\s,;.]|一块|一栏|一排|一条|单独一块|的)(?:数据|统计|数据栏|stats)(?:显示|展示|包括)?)[ \t]+(?=[\u4e00-\u9fffa-z]{1,6}[ \t]*[0-9¥](?:[^,;\n]|(?<=[0-9])\.)*?[ \t、/][\u4e00-\u9fffa-z]{1,6}[ \t]*[0-9¥])/g)].reverse()) {
    const put = (s: string) => `${s.slice(0, m.index)}:${s.slice(m.index + m[0].length)}`;
    out = { raw: put(out.raw), norm: put(out.norm) };
  }
  return out;
}

export function figureLists(given: Normalised): Normalised {
  const n = unnamedFigures(spacedLead(given));
  if (!/数据|统计|stats|figures|看板|概览|数字/.test(n.norm)) return n;
  let { raw, norm } = n;
  // From the last list back, so the earlier ones keep their places.
  for (const lead of [...n.norm.matchAll(LEAD)].reverse()) {
    const from = lead.index! + lead[0].length;
    // The list ends with its clause (a colon before words starts the next section's list), or where it is closed.
    const stop = norm.slice(from).search(/[;\n]|(?<![0-9a-z])\.|\.(?![0-9a-z])|:(?=\s*[\u4e00-\u9fff])/);
    let to = stop < 0 ? norm.length : from + stop;
    const opener = lead[3] ?? (lead[2] === '[' || lead[2] === '(' ? lead[2] : undefined);
    const close = opener ? norm.indexOf(CLOSER[opener]!, from) : -1;
    if (opener && (close < 0 || close > to)) continue;
    if (opener) to = close;
    // ("stats，只一项：可用余额 52,380.00": one figure, when the lead says one.)
    const list = readList(norm, from, to, /^[一1]$/.test(lead[1] ?? '') ? 1 : 2);
    if (!list) continue;
    // A quote around the list goes: its words are figures, not a text to copy. A space keeps what follows apart.
    const quoted = !!lead[3] && norm.slice(list.end, close).trim() === '';
    const start = quoted ? from - lead[3]!.length : from;
    // ("'…'这种": the words pointing back at a quoted list say nothing more.)
    const end = quoted ? close + 1 + (/^\s*(?:这种|那种|这样|那样|之类)的?/.exec(norm.slice(close + 1))?.[0].length ?? 0) : list.end;
    const tail = end < norm.length && !/^[\s,;.:)\]、]/.test(norm.slice(end)) ? ' ' : '';
    // (Each figure in quotes: so it stays one item whatever its words, 我发布的 or 累计学习.)
    const build = (text: string) => list.figures.map(([a, b, value]) => `“${text.slice(a, b)}${typeof value === 'string' ? value : `∶${text.slice(...value)}`}”`).join('、') + tail;
    // ("数据，'…'": the comma before the quoted list reads as the colon it stands for.)
    const comma = lead[2] === ',' ? lead.index! + lead[0].indexOf(',') : -1;
    const put = (text: string) => {
      const t = text.slice(0, start) + build(text) + text.slice(end);
      return comma < 0 ? t : t.slice(0, comma) + ':' + t.slice(comma + 1);
    };
    raw = put(raw);
    norm = put(norm);
  }
  return { raw, norm };
}
