import type { Normalised } from './normalize.ts';

/**
 * Two buttons whose roles are said outright: "我想要（主）| 聊一聊（次）", "'电话联系'为主，'在线聊'为次",
 * "主按钮'立即购买'，旁边次要的是'加入购物车'", "写'咨询客服'和'立即抢购'，抢购是主按钮". Said so, the roles
 * win over the usual reading of two labels (`buttonRoles`), so the phrase is rewritten, in both texts, to
 * "主按钮“X”,次按钮“Y”", which the parser reads as the main label and the other. Each label is still a span of
 * what was typed.
 */

const OPEN = `[“「『'"‘]`;
const CLOSE = `[”」』'"’]`;
const QUOTED = `${OPEN}([^“”「」『』'"‘’\\n]{1,16})${CLOSE}`;
const BARE = `([^\\s,.;:、|/()“”「」『』'"‘’\\n]{1,10})`;
const MAIN = '主按钮|主要按钮|主要|主的|主';
const SIDE = '次要按钮|次按钮|副按钮|次要|次的|副的|次|副';
const JOIN = '\\s*(?:[、,|/+]|和|跟)?\\s*';
/** Between two labels, something that parts them: a joining word or mark, a space, or a quote's end ("登录(主)" is one label). */
const SPLIT = `(?:\\s*(?:[、,|/+]|和|跟)\\s*|\\s+|(?<=${CLOSE})\\s*)`;
/** Between the two labels of a pair said before which is the main one. */
const PAIR_JOIN = '\\s*(?:[、,|/+]|和|跟)\\s*';
/** A role said after a label: "为主", "是次要的", "主要", "（次）". */
const ROLE_AFTER = `\\s*(?:为|是|做|当)?(${MAIN}|${SIDE})(?:的)?(?:按钮)?(?=$|[\\s,.;、)|/~!])`;

const isMain = (mark: string) => mark.startsWith('主');

/** The rewrite of two labels, given the spans of each and whether the first is the main one. */
function pair(first: [number, number], second: [number, number], firstMain: boolean): (text: string) => string {
  const [main, side] = firstMain ? [first, second] : [second, first];
  return (text) => `主按钮“${text.slice(main[0], main[1])}”,次按钮“${text.slice(side[0], side[1])}”`;
}

/** Where group `g` of a match (made with the `d` flag) lies in the whole text. */
const span = (m: RegExpExecArray, g: number): [number, number] => m.indices![g]! as [number, number];

type Marked = [RegExp, (m: RegExpExecArray) => ((text: string) => string) | undefined];

const MARKED: Marked[] = [
  // "我想要（主）| 聊一聊（次）", "保存（次）、立即上架（主）": each label with its role in brackets.
  [
    new RegExp(`(?:${QUOTED}|${BARE})\\((${MAIN}|${SIDE})\\)\\s*(?:[、,|/+]|和|跟)?\\s*(?:${QUOTED}|${BARE})\\((${MAIN}|${SIDE})\\)`, 'dg'),
    (m) => (isMain(m[3]!) === isMain(m[6]!) ? undefined : pair(span(m, m[1] ? 1 : 2), span(m, m[4] ? 4 : 5), isMain(m[3]!))),
  ],
  // "加入购物车 + 立即购买(主)", "聊一聊（次）、我想要": one label marked, the other said beside it.
  [
    new RegExp(`(?<=(?:按钮|cta|:)\\s*)(?:${QUOTED}|${BARE})${SPLIT}(?:${QUOTED}|${BARE})\\((${MAIN}|${SIDE})\\)(?!\\s*(?:[、,|/+]|和|跟)?\\s*[^\\s,.;]+\\((?:${MAIN}|${SIDE})\\))`, 'dg'),
    (m) => pair(span(m, m[1] ? 1 : 2), span(m, m[3] ? 3 : 4), !isMain(m[5]!)),
  ],
  [
    new RegExp(`(?<=(?:按钮|cta|:)\\s*)(?:${QUOTED}|${BARE})\\((${MAIN}|${SIDE})\\)${JOIN}(?:${QUOTED}|${BARE})(?!\\s*\\()`, 'dg'),
    (m) => pair(span(m, m[1] ? 1 : 2), span(m, m[4] ? 4 : 5), isMain(m[3]!)),
  ],
  // "按钮写切换账号 第二个按钮写退出登录", "cta '立即购买' 第二个按钮'聊一聊'": the button, then the second one.
  [
    new RegExp(`(?:按钮|cta)\\s*(?:写|是|叫|:)?\\s*(?:${QUOTED}|${BARE})\\s*[,;\\s]\\s*(?:第二个按钮|第二个|另一个按钮)\\s*(?:写|是|叫|:)?\\s*(?:${QUOTED}|${BARE})`, 'dg'),
    (m) => pair(span(m, m[1] ? 1 : 2), span(m, m[3] ? 3 : 4), true),
  ],
  // "最底下按钮“结算”，再加一个“删除所选”": a button, then one more said as added: the first is the main one.
  [
    new RegExp(`(?:按钮|cta)\\s*(?:text)?\\s*(?:写|是|叫|:)?\\s*${QUOTED}\\s*[,;\\s]\\s*(?:旁边)?(?:再加一个|再加个|再来一个|再来个|再放一个|再放个|还有一个)(?:按钮)?\\s*(?:写|是|叫|:)?\\s*${QUOTED}`, 'dg'),
    (m) => pair(span(m, 1), span(m, 2), true),
  ],
  // "'电话联系'为主，'在线聊'为次", "'删除所选'是次要的，'结算'是主按钮": each quoted label with its role after it.
  [
    new RegExp(`${QUOTED}${ROLE_AFTER}\\s*[,;、]?\\s*${QUOTED}${ROLE_AFTER}`, 'dg'),
    (m) => (isMain(m[2]!) === isMain(m[4]!) ? undefined : pair(span(m, 1), span(m, 3), isMain(m[2]!))),
  ],
  // "主按钮是'立即购买'，旁边次要的是'加入购物车'", "主按钮“立即购买”，另一个“加入购物车”": the main one, then the other.
  [
    new RegExp(`(?:${MAIN})\\s*(?:是|为|写|叫|:)?\\s*${QUOTED}\\s*[,;、]?\\s*(?:旁边|另一个|另外一个|另一个是|${SIDE})[^“「『'"‘,.;\\n]{0,8}?${QUOTED}`, 'dg'),
    (m) => pair(span(m, 1), span(m, 2), true),
  ],
  // ("主按钮是去结算 旁边次要的是结算就行": or unquoted, after the verb that names them.)
  [
    new RegExp(`(?:${MAIN})\\s*(?:是|为|写|叫|:)\\s*${BARE}\\s*[,;、\\s]\\s*(?:旁边|另一个|另外一个|${SIDE})[^\\s,.;\\n]{0,6}?(?:是|为|写|叫|:)\\s*${BARE}`, 'dg'),
    (m) => {
      const [from, to] = span(m, 2);
      const end = from + m[2]!.replace(/(?:就行|就好|即可|吧)$/, '').length;
      return end > from && to >= end ? pair(span(m, 1), [from, end], true) : undefined;
    },
  ],
  // "写'咨询客服'和'立即抢购'，抢购是主按钮": two labels, then which of them is the main one (or the other).
  [
    new RegExp(`${QUOTED}\\s*(?:和|跟|、|,|/)\\s*${QUOTED}\\s*[,;(]?\\s*([^\\s,.;:()“”「」『』'"‘’]{1,10}?)(?:是|为|做|当)(${MAIN}|${SIDE})(?:的)?(?:按钮)?\\)?(?=$|[\\s,.;])`, 'dg'),
    (m) => {
      const named = m[3]!;
      const first = m[1]!.includes(named);
      if (first === m[2]!.includes(named)) return undefined;
      return pair(span(m, 1), span(m, 2), first === isMain(m[4]!));
    },
  ],
  // "按钮写退出登录和退出账号 退出账号是主按钮": the same with the labels unquoted, after the verb that names them.
  [
    new RegExp(`(?<=(?:写|是|:|按钮|cta)\\s*(?:一个)?)(?!写|是|叫|一个)${BARE}\\s*(?:和|跟|、|一个)\\s*${BARE}\\s*[,;(\\s]\\s*([^\\s,.;:()“”「」『』'"‘’]{1,10}?)(?:是|为|做|当)(${MAIN}|${SIDE})(?:的)?(?:按钮)?\\)?(?=$|[\\s,.;~!])`, 'dg'),
    (m) => {
      const named = m[3]!;
      const first = m[1]! === named || (m[1]!.includes(named) && !m[2]!.includes(named));
      const second = m[2]! === named || (m[2]!.includes(named) && !m[1]!.includes(named));
      if (first === second) return undefined;
      return pair(span(m, 1), span(m, 2), first === isMain(m[4]!));
    },
  ],
  // "底部按钮 左边“试听” 右边“立即报名”（主）": two buttons by their sides; the right one is the main one unless the
  // left is marked so.
  [
    new RegExp(`(?<=(?:按钮|cta|:|底部|最下面|底下)\\s*)(?:左边|左侧)\\s*(?:是|写|放)?\\s*${QUOTED}(?:\\s*\\((${MAIN}|${SIDE})\\))?\\s*[,、;]?\\s*(?:右边|右侧)\\s*(?:是|写|放)?\\s*${QUOTED}(?:\\s*\\((${MAIN}|${SIDE})\\))?`, 'dg'),
    (m) => pair(span(m, 1), span(m, 3), m[2] ? isMain(m[2]) : m[4] ? !isMain(m[4]) : false),
  ],
  // "加入购物车 + 立即购买，主按钮是立即购买", "两个按钮：“在线聊”和“预约看房”，主按钮预约看房": two labels, then the
  // main one named again.
  [
    new RegExp(`(?<=(?:按钮|cta|:|写|是)\\s*,?\\s*)(?:${QUOTED}|${BARE})${PAIR_JOIN}(?:${QUOTED}|${BARE})\\s*[,;(]\\s*(?:其中)?(?:${MAIN})(?:是|为|用|:)?\\s*(?:${QUOTED}|${BARE})(?=$|[\\s,.;~!)])`, 'dg'),
    (m) => {
      const [a, b, named] = [m[1] ?? m[2]!, m[3] ?? m[4]!, (m[5] ?? m[6]!).replace(/(?:那个|这个|吧)$/, '')];
      const first = a === named;
      return first === (b === named) ? undefined : pair(span(m, m[1] ? 1 : 2), span(m, m[3] ? 3 : 4), first);
    },
  ],
  // "加购物车和立即购买，后者是主按钮", "“取消”、“确定”，第二个是主要的": which of the two, by its place.
  [
    new RegExp(`(?<=(?:按钮|cta|:|写|是)\\s*,?\\s*)(?:${QUOTED}|${BARE})${PAIR_JOIN}(?:${QUOTED}|${BARE})\\s*[,;(]\\s*(?:其中)?(前者|后者|第一个|第二个|左边的?|右边的?)(?:那个)?(?:是|为|做|当)?(${MAIN}|${SIDE})(?:的)?(?:按钮)?\\)?(?=$|[\\s,.;~!])`, 'dg'),
    (m) => pair(span(m, m[1] ? 1 : 2), span(m, m[3] ? 3 : 4), /^(?:前者|第一个|左边)/.test(m[5]!) === isMain(m[6]!)),
  ],
];

/** "CTA 按钮 text 是“立即抢购”": the English key of a button's label is no text section; it goes. */
const TEXT_KEY = /(?<=(?:按钮|cta|button)\s*)text(?=\s*(?:是|为|写|:|=)?\s*[“「『'"‘])/g;

export function buttonMarks(given: Normalised): Normalised {
  const blank = (s: string) => s.replace(TEXT_KEY, '    ');
  const n = TEXT_KEY.test(given.norm) ? { raw: blank(given.raw), norm: blank(given.norm) } : given;
  TEXT_KEY.lastIndex = 0;
  if (!/主|次|副|第二个|左边|左侧|再加|再来|再放|还有一个/.test(n.norm)) return n;
  let out = n;
  for (const [re, to] of MARKED) {
    for (const m of [...out.norm.matchAll(re)].reverse() as RegExpExecArray[]) {
      const text = to(m);
      if (!text) continue;
      const put = (s: string) => s.slice(0, m.index) + text(s) + s.slice(m.index + m[0].length);
      out = { raw: put(out.raw), norm: put(out.norm) };
    }
  }
  return out;
}
