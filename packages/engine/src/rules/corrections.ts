import { catalog } from '@uidsl/dsl';
import type { Normalised } from './normalize.ts';
import { readNumber } from './numerals.ts';

/**
 * Spoken self-corrections, resolved before parsing, so the parser reads the page as finally meant:
 * - a count taken back: "轮播三张，哦不对，放四张吧", "两列……哦不，一列就行";
 * - an entry dropped: "收藏、足迹、设置……呃，设置不要了，就前面两个";
 * - an entry renamed: "全部、降价、常购……常购改成“失效”";
 * - an entry added after the list, with the new count: "标题、价格，哦描述也要，三个";
 * - a value said again: "按钮写“发布”，嗯，改成“发表”", "日租299……等一下，写成259".
 * What was taken back is cut from both texts, which stay the same length as each other (no longer as the
 * input), and what replaces it goes where the first version stood. Every value left is still a span of
 * what the user typed. An entry is only dropped or renamed where it stands in a list said before, and
 * only added where the count said after it is the list's length plus one.
 */

const NUM = '(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})';
const MEASURE = '(?:张|个|列|项|条|行|篇|步|格|家|件|位|款|节|排|种|类|组|块)';
/** What a speaker says while taking something back. */
const FILLER = '(?:[\\s,.…、~!?]|哦|噢|呃|嗯|啊|额|哎|对了|哦对|不对|不是|算了)';
const TAKE_BACK = '(?:哦不对|啊不对|噢不对|不对不对|不对|哦不|啊不|噢不|呃不|不是|不)';

/** "三张，哦不对，放四张吧": the first count and the words taking it back go; the second stays. */
const COUNT_AGAIN = new RegExp(`(${NUM})(${MEASURE})?(?:吧|就行|就好)?${FILLER}*?${TAKE_BACK}[\\s,.…~!]*(?:(?:就|还是|改成|换成|改|放|要|来|弄)\\s*)?(${NUM})(${MEASURE})?`, 'g');

/** An entry: a run of anything but the marks that separate entries and clauses. */
const ENTRY = '[^\\s,.…、:;!?“”"「」『』\'‘’()/|+\\n]';
const DROP = new RegExp(`(${ENTRY}{1,12})\\s*(?:也|就)?(?:不要了|不要|去掉吧|去掉|删掉|删了|不用了|别放(?:在)?(?:列表|菜单|宫格)里了?|不放(?:在)?(?:列表|菜单|宫格)里了?)(?=$|[\\s,.…;!?~])`, 'g');
// ("私教去掉，换成直播": dropped, then replaced, is renamed.)
const RENAME = new RegExp(`(${ENTRY}{1,12})\\s*(?:(?:去掉|删掉|不要了|不要)[\\s,]*)?(?:改成|换成|改为|换为|改叫)\\s*(?:[“"「『'‘]([^”"」』'’\\n]{1,12})[”"」』'’]|(${ENTRY}{1,12}))`, 'g');
// (The entry may be quoted: "再加个“24小时”，四个".)
const ADD = new RegExp(`(?:还有一个|还有个|还有|再加一个|再加个|再加上|再加|加一个|加个|还要)\\s*[“"「『']?(${ENTRY}{1,12})[”"」』']?|(${ENTRY}{1,12})也要`, 'g');
/**
 * A value said again: "按钮写“发布”，嗯，改成“发表”", "写'立即结算'——不对，写'去结算'吧", "日租299……等一下，写成每天259吧".
 * The first value and the words taking it back go; the verb before the first stays, now before the second.
 */
// (No quote mark inside: the closing mark of an earlier value must not open this one.)
const QUOTED = '[“"「『\'‘][^“”"「」『』\'‘’\\n]{1,30}[”"」』\'’]';
const VALUE_AGAIN = new RegExp(`${QUOTED}(?:吧)?[\\s,.…—~]*(?:嗯[,\\s]*)?(?:哦不对|啊不对|不对|哦不|算了|等一下|等等)?[\\s,.…—~]*(?:还是写|还是用|还是|改成|换成|写成|改为|就写|写|用|叫)\\s*(?=[“"「『'‘])|(?<![0-9.])[0-9]+(?:\\.[0-9]+)?(?:元|块)?[\\s,.…—~]*(?:哦不对|不对|哦不|算了|等一下|等等)[\\s,.…—~]*(?:写成|改成|就|还是)?(?:每天|每晚|每月)?(?=[0-9])`, 'g');
/** The count that may follow a correction ("，就前面四个", "，一共五个"). */
// ("，下拉选，所以四项": how the entry is filled in may come first, and 所以 before the count.)
const COUNT_AFTER = new RegExp(`^[\\s,.…]*(?:(?:下拉选择|下拉选|下拉|多行|数字|日期|必填|选填)[\\s,.…]*)?(?:所以|那就|就|只要|只留)?\\s*(?:前面的?|前)?\\s*(?:一共|总共|共)?\\s*(${NUM})\\s*${MEASURE}(?:吧|就行|就好)?`);
const LEADING_FILLER = /^(?:哦对了|对了|哦对|算了|哦|噢|呃|嗯|啊|额)+/;

/** Section words: "还有一个轮播，三张" adds a section, not an entry. */
const SECTION_WORDS = Object.values(catalog.sections).flatMap((s) => s.words).filter((w) => w.length >= 2);
const namesSection = (entry: string) => SECTION_WORDS.some((w) => entry.includes(w));

const SEPARATOR = /[、,:;\s]|和|及/;

/** Replaces `from`..`to` in both texts by the same-length pair given. */
function splice(n: Normalised, from: number, to: number, raw = '', norm = raw): Normalised {
  return { raw: n.raw.slice(0, from) + raw + n.raw.slice(to), norm: n.norm.slice(0, from) + norm + n.norm.slice(to) };
}

/** A comma where a cut clause stood, unless a mark already ends the list there ("…以及退出登录" must not run on into it). */
const ends = (norm: string, at: number) => (/^(?:$|[\s,.;:!?…、\n])/.test(norm.slice(at)) ? '' : ',');

const numberAt = (text: string, at: number) => readNumber(text, at)?.value;

/** Where a run of filler words before `at` starts. */
function fillerStart(norm: string, at: number): number {
  const filler = new RegExp(`${FILLER}$`);
  let from = at;
  for (let m = filler.exec(norm.slice(0, from)); m && from > 0; m = filler.exec(norm.slice(0, from))) from -= m[0].length;
  return from;
}

/** The nearest earlier place where `entry` stands as a list's entry (a separator or line start before and after). */
function entryBefore(norm: string, entry: string, before: number): number {
  for (let at = norm.lastIndexOf(entry, before - entry.length); at >= 0; at = norm.lastIndexOf(entry, at - 1)) {
    const prev = norm[at - 1];
    const next = norm[at + entry.length];
    if ((at === 0 || SEPARATOR.test(prev!)) && (next === undefined || /[、,.…;\s]|和|及/.test(next))) {
      // An entry among others: a 、 on one side or the other, or spaces on both ("手机号 密码 确认密码 …").
      if (prev === '、' || next === '、' || norm.slice(at - 1, at) === '和' || norm.slice(at + entry.length, at + entry.length + 1) === '和') return at;
      if (/\s/.test(prev ?? '') && /\s/.test(next ?? '')) return at;
    }
    if (at === 0) break;
  }
  return -1;
}

/** The entries of the list that ends at `end`: from the last clause mark before it, split at 、. */
function listEndingAt(norm: string, end: number): { start: number; count: number } | undefined {
  let start = end;
  while (start > 0 && !/[:;,.\n]/.test(norm[start - 1]!)) start--;
  const entries = norm.slice(start, end).split(/、|和|及/).filter((e) => e.trim());
  return entries.length >= 2 ? { start, count: entries.length } : undefined;
}

/** "三列……算了三列太挤，两列": a count taken back with a reason, then said again in the same measure. */
const COUNT_REASONED = new RegExp(`(${NUM})(${MEASURE})[\\s,.…~]*(?:算了|不对|哦不对|哦不|不行)[\\s,.…~]*(?:\\1\\2)?[^\\s,.;:!?0-9…]{0,6}[\\s,.…~]*(?:还是|就|改成|换成|用|要|放)?\\s*(?=${NUM}\\2)`, 'g');

function countsAgain(n: Normalised): Normalised {
  for (const m of [...n.norm.matchAll(COUNT_REASONED)].reverse()) {
    // ("四个，哦不对，再加个封面，五个" adds an entry: addsEntries reads it.)
    if (!/[0-9一二两三四五六七八九十]/.test(n.norm[m.index! - 1] ?? '') && !/加|还有|也要/.test(m[0])) n = splice(n, m.index!, m.index! + m[0].length);
  }
  for (let m = COUNT_AGAIN.exec(n.norm); m; m = COUNT_AGAIN.exec(n.norm)) {
    const [, , firstMeasure, , secondMeasure] = m;
    const second = m.index + m[0].length - (m[3]!.length + (secondMeasure?.length ?? 0));
    // Two counts of the same thing: a measure word on at least one, and not one glued to a longer number.
    const glued = /[0-9一二两三四五六七八九十]/.test(n.norm[m.index - 1] ?? '');
    if ((!firstMeasure && !secondMeasure) || glued) {
      COUNT_AGAIN.lastIndex = m.index + 1;
      continue;
    }
    n = splice(n, m.index, second);
    COUNT_AGAIN.lastIndex = m.index + 1;
  }
  COUNT_AGAIN.lastIndex = 0;
  return n;
}

/**
 * The entry a correction names (the run before 不要 or 改成, less a leading 哦 or 呃), where it stood in the list said
 * before, and the clause to cut: from the fillers before it to the end of the match and a count said after.
 */
interface TakenBack { entry: string; at: number; clauseFrom: number; clauseTo: number }

function takenBack(n: Normalised, m: RegExpExecArray): TakenBack | undefined {
  const entry = m[1]!.replace(LEADING_FILLER, '');
  const entryAt = m.index + m[1]!.length - entry.length;
  const clauseFrom = fillerStart(n.norm, entryAt);
  const at = entry.length >= 2 ? entryBefore(n.norm, entry, clauseFrom) : -1;
  if (at < 0) return undefined;
  return { entry, at, clauseFrom, clauseTo: clauseEnd(n, m.index + m[0].length) };
}

/** Where a correction's clause ends: after its match, and a count said after it ("，就前面四个"). */
const clauseEnd = (n: Normalised, end: number) => end + (COUNT_AFTER.exec(n.norm.slice(end))?.[0].length ?? 0);

/** "…、搜索、我的……哦不对，去掉搜索，就四个": an entry named after the verb that drops it. */
const DROP_NAMED = new RegExp(`(?:去掉|删掉|拿掉|不要)(${ENTRY}{1,12}?)(?:吧)?(?=$|[\\s,.…;!?~])`, 'g');

/** The entry a DROP_NAMED match names, where it stood in the list said before, and the clause to cut. */
function namedBack(n: Normalised, m: RegExpExecArray): TakenBack | undefined {
  const entry = m[1]!;
  const clauseFrom = fillerStart(n.norm, m.index);
  const at = entry.length >= 2 ? entryBefore(n.norm, entry, clauseFrom) : -1;
  return at < 0 ? undefined : { entry, at, clauseFrom, clauseTo: clauseEnd(n, m.index + m[0].length) };
}

/** A count said right after the list ("，一共五个"), before the clause that drops one of its entries. */
const STALE_COUNT = new RegExp(`^[^,.;:\\n]*?[,\\s]*(?:一共|总共|共)\\s*${NUM}\\s*${MEASURE}(?=\\s*[,.;]|$)`);

/** Drops each entry `find` reads from a match of `re` ("…关于不要了", "去掉搜索"), and the clause that dropped it. */
function dropsEntries(n: Normalised, re: RegExp, find: (n: Normalised, m: RegExpExecArray) => TakenBack | undefined): Normalised {
  for (let m = re.exec(n.norm); m; m = re.exec(n.norm)) {
    const said = find(n, m);
    if (!said) continue;
    const { entry, at, clauseFrom, clauseTo } = said;
    const joinedBefore = n.norm[at - 1] === '、' || n.norm[at - 1] === '和';
    const [from, to] = joinedBefore ? [at - 1, at + entry.length] : [at, at + entry.length + 1];
    // "…、隐私、反馈，一共五个。哦反馈不要了，就四个": the count said with the list counted the entry; it goes too.
    const stale = STALE_COUNT.exec(n.norm.slice(to, clauseFrom));
    const [staleFrom, staleTo] = stale ? [to + stale.index, to + stale.index + stale[0].length] : [clauseFrom, clauseFrom];
    // The clause goes first: it stands after the entry, so the entry's offsets still hold.
    n = splice(splice(splice(n, clauseFrom, clauseTo, ends(n.norm, clauseTo)), staleFrom, staleTo), from, to);
    re.lastIndex = from;
  }
  re.lastIndex = 0;
  return n;
}

function renamesEntries(n: Normalised): Normalised {
  for (let m = RENAME.exec(n.norm); m; m = RENAME.exec(n.norm)) {
    const said = takenBack(n, m);
    if (!said) continue;
    const { entry, at, clauseFrom, clauseTo } = said;
    const name = m[2] ?? m[3]!;
    const nameAt = m.index + m[0].lastIndexOf(name);
    n = splice(splice(n, clauseFrom, clauseTo, ends(n.norm, clauseTo)), at, at + entry.length, n.raw.slice(nameAt, nameAt + name.length), n.norm.slice(nameAt, nameAt + name.length));
    RENAME.lastIndex = at + name.length;
  }
  RENAME.lastIndex = 0;
  return n;
}

function valuesAgain(n: Normalised): Normalised {
  // The last match first, so earlier offsets hold.
  for (const m of [...n.norm.matchAll(VALUE_AGAIN)].reverse()) {
    // A take-back word or a verb of changing must be there: "写“A”写“B”" alone is two values.
    if (!/不对|哦不|算了|等一下|等等|改成|换成|写成|改为|还是/.test(m[0])) continue;
    n = splice(n, m.index!, m.index! + m[0].length);
  }
  return n;
}

const LAST_PLACE = /^[\s,.…]*(?:就)?(?:放到|放在|放|加到|加在|排在|排)(?:最后面?|末尾)(?:吧|就行)?/;

function addsEntries(n: Normalised): Normalised {
  for (let m = ADD.exec(n.norm); m; m = ADD.exec(n.norm)) {
    const said = m[1] ?? m[2]!;
    const entry = said.replace(LEADING_FILLER, '');
    const entryAt = m.index + m[0].indexOf(said) + said.length - entry.length;
    const after = m.index + m[0].length;
    const count = COUNT_AFTER.exec(n.norm.slice(after));
    // Back over fillers and the count said before ("，四个……哦") to where the list ends.
    let end = fillerStart(n.norm, m[1] ? m.index : entryAt);
    // ("…手机号，三项；哦对，再加个…": a semicolon may close the list said before.)
    while (end > 0 && /[;\s]/.test(n.norm[end - 1]!)) end--;
    const oldCount = new RegExp(`(?:一共|总共|共)?\\s*${NUM}\\s*${MEASURE}$`).exec(n.norm.slice(0, end));
    if (oldCount) end = fillerStart(n.norm, end - oldCount[0].length);
    const list = listEndingAt(n.norm, end);
    const value = count ? numberAt(n.norm, after + count[0].indexOf(count[1]!)) : undefined;
    // ("再加个“售后”，放到最后": or where it goes, at the end, instead of the new count.)
    const last = count ? undefined : LAST_PLACE.exec(n.norm.slice(after));
    // (A section's word may be a form's field: "表单：标题、分类、描述、照片，哦价格也要，五个".)
    const fields = !!list && /表单|字段|要填|填写|输入/.test(n.norm.slice(Math.max(0, list.start - 12), list.start));
    if (!list || !entry || (namesSection(entry) && !fields) || (value !== list.count + 1 && !last)) continue;
    const added = { raw: '、' + n.raw.slice(entryAt, entryAt + entry.length), norm: '、' + n.norm.slice(entryAt, entryAt + entry.length) };
    // The words from the list's end to the entry's end go, and the entry joins the list; the new count stays.
    // (A note of how the entry is filled in, said before the new count, goes with the words: "，下拉选，所以四项".)
    const note = count ? /^[\s,.…]*(?:下拉选择|下拉选|下拉|多行|数字|日期|必填|选填)(?=[\s,.…])/.exec(n.norm.slice(after))?.[0].length ?? 0 : 0;
    n = splice(n, end, after + note + (last?.[0].length ?? 0), added.raw, added.norm);
    ADD.lastIndex = end + added.norm.length;
  }
  ADD.lastIndex = 0;
  return n;
}

/**
 * Said aloud, between pauses: "粉色 不对 蓝色", "评论 聊天那种 不对 就普通列表", "上面标前 不对 tab": the words before
 * the take-back, back to the pause before them, go with it; what follows is what was meant.
 */
const WORDS_AGAIN = /(?<=^|[ \t])([^\s,.;:!?]{1,8})[ \t]+(?:哦不对|啊不对|不对|哦不是|哦不)[ \t]+(?:就是|还是|应该是|就|是)?[ \t]*(?=[^\s,.;:!?])/g;

function wordsAgain(n: Normalised): Normalised {
  // The last match first, so earlier offsets hold.
  for (const m of [...n.norm.matchAll(WORDS_AGAIN)].reverse()) n = splice(n, m.index!, m.index! + m[0].length);
  return n;
}

/**
 * A spoken list said again after a take-back: "填写职位 公司信息 发布 哦不对 是填写职位 公司认证 确认发布",
 * "手机号 密码 验证码 三个 不对 就两个 手机号 密码". Both lists are entries between pauses (spaces or 、), at least
 * two each; the first, with a count said after it, goes up to the second's first entry (a count said before the
 * second goes too), so the second takes its place. A list stops at a clause mark, a place or order word, a count
 * or a section's word.
 */
const LIST_TAKE_BACK = /[ \t]+(?:哦不对|啊不对|噢不对|不对|哦不是)[ \t]+(?:就是|还是|应该是|就|是)?[ \t]*/g;
const PLACE = /^(?:然后|接着|再|下面|上面|最后|底部|顶部|右边|左边|中间|最下面|最上面|还有|就是|那个|嗯|呃|哦)$/;
/** A run opening with a word of order or place starts a clause of its own ("然后表单"). */
const LEADS = /^(?:然后|接着|下面|上面|最后|底部|顶部|中间|最下面|最上面|再)/;
const COUNT_RUN = new RegExp(`^(?:一共|总共|共)?${NUM}${MEASURE}(?:吧)?$`);
const PAUSE = /[ \t、]/;
const RUN_END = /[ \t、\n,.;:!?]/;

function listsAgain(n: Normalised): Normalised {
  // The last match first, so earlier offsets hold.
  for (const m of [...n.norm.matchAll(LIST_TAKE_BACK)].reverse()) {
    // (A section's own word ends a list; an entry may hold one: 公司信息.)
    const entry = (run: string) => run.length > 0 && run.length <= 8 && !PLACE.test(run) && !LEADS.test(run) && !/页面?$/.test(run) && !SECTION_WORDS.includes(run) && !COUNT_RUN.test(run);
    let first = -1;
    let said = 0;
    let pos = m.index!;
    for (let counted = false; ; ) {
      let end = pos;
      while (end > 0 && PAUSE.test(n.norm[end - 1]!)) end--;
      let start = end;
      while (start > 0 && !RUN_END.test(n.norm[start - 1]!)) start--;
      const run = n.norm.slice(start, end);
      if (!counted && said === 0 && COUNT_RUN.test(run)) {
        counted = true;
        pos = start;
        continue;
      }
      if (!entry(run)) break;
      said++;
      first = pos = start;
      if (start === 0 || !PAUSE.test(n.norm[start - 1]!)) break;
    }
    let q = m.index! + m[0].length;
    const runAt = (at: number) => {
      let end = at;
      while (end < n.norm.length && !RUN_END.test(n.norm[end]!)) end++;
      return n.norm.slice(at, end);
    };
    const skipPause = (at: number) => {
      while (at < n.norm.length && PAUSE.test(n.norm[at]!)) at++;
      return at;
    };
    if (COUNT_RUN.test(runAt(q))) q = skipPause(q + runAt(q).length);
    const from = q;
    let again = 0;
    for (let run = runAt(q); entry(run); run = runAt(q)) {
      again++;
      q = q + run.length;
      if (!PAUSE.test(n.norm[q] ?? '')) break;
      q = skipPause(q);
    }
    if (said >= 2 && again >= 2) n = splice(n, first, from);
  }
  return n;
}

/** Page words, longest first: "订单详情页… 哦不，是订单列表页" takes back one page (said as a page) for another. */
const PAGE_WORDS = [...new Set(Object.values(catalog.pages).flatMap((p) => p.words))].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// (The whole first name goes, words before the page word included: 订单 of 订单详情页.)
const PAGE_AGAIN = new RegExp(`(?:(?<![\\u4e00-\\u9fff])[\\u4e00-\\u9fff]{1,4}?)?(?:${PAGE_WORDS})(?:页面|页)[\\s,.…~]*(?:哦不对|啊不对|不对|哦不|啊不|不是|呃不)[\\s,.…~]*(?:是|应该是|改成|换成)?\\s*(?=${PAGE_WORDS})`, 'g');

/** Theme words, longest first: "樱花粉，啊不是，改成简约白……算了，就银白吧" takes back each colour for the next. */
const THEME_WORDS = [...new Set(Object.values(catalog.themes).flatMap((t) => t.words))].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// (A colour word glued to the theme's, 简约白, goes with it.)
const THEME_AGAIN = new RegExp(`(?:${THEME_WORDS})[\\u4e00-\\u9fff]?(?:色|风|风格|主题|配色)?[\\s,.…~]*(?:啊不是|哦不是|不是|哦不对|啊不对|不对|哦不|算了)[\\s,.…~]*(?:改成|换成|还是用|还是|就用|就|用)?\\s*(?=${THEME_WORDS})`, 'g');

function themesAgain(n: Normalised): Normalised {
  for (const m of [...n.norm.matchAll(THEME_AGAIN)].reverse()) n = splice(n, m.index!, m.index! + m[0].length);
  return n;
}

/** "首页、视频(先不要这个)、消息": an entry taken back in brackets right after it goes, with its brackets. */
const DROP_BRACKETED = new RegExp(`(、|和)?(${ENTRY}{1,12})\\s*\\((?:先|暂时|暂且)?(?:不要这个|这个不要|这个先不要|不要了|不要|去掉|先不做|不做)(?:了|吧)?\\)`, 'g');

function bracketedDrops(n: Normalised): Normalised {
  for (const m of [...n.norm.matchAll(DROP_BRACKETED)].reverse()) {
    // The joining mark goes with the entry: before it, or else after it.
    const after = !m[1] && n.norm[m.index! + m[0].length] === '、' ? 1 : 0;
    n = splice(n, m.index!, m.index! + m[0].length + after);
  }
  return n;
}

function pagesAgain(n: Normalised): Normalised {
  for (const m of [...n.norm.matchAll(PAGE_AGAIN)].reverse()) n = splice(n, m.index!, m.index! + m[0].length);
  return n;
}

/** Resolves what the speaker took back; a text with no sign of a correction is returned as it was. */
/** "位置——哦再加一个", "私教——不对，": a dash before the words taking something back ends the list like a comma. */
const DASH_TAKE_BACK = /[—-]{1,2}(?=\s*(?:哦|噢|呃|嗯|啊|不对|不是|等一下|等下|等等|还有|再加))/g;

export function corrections(n: Normalised): Normalised {
  if (!/不|改成|换成|改为|换为|改叫|还有|再加|加个|加一个|还要|也要|去掉|删|算了|等一下|等等|写成|还是/.test(n.norm)) return n;
  const dashes = (s: string) => s.replace(DASH_TAKE_BACK, (d) => ','.repeat(d.length));
  n = { raw: dashes(n.raw), norm: dashes(n.norm) };
  return addsEntries(dropsEntries(dropsEntries(renamesEntries(wordsAgain(valuesAgain(countsAgain(listsAgain(themesAgain(bracketedDrops(pagesAgain(n)))))))), DROP, takenBack), DROP_NAMED, namedBack));
}
