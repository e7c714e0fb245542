import { catalog } from '@uidsl/dsl';
import type { Normalised } from './normalize.ts';

/**
 * A form's fields said the ways people say them, rewritten, in both texts, to what the parser reads for sure:
 * "表单:“A”、“B”、“C”" (each label in quotes, so it stays one field whatever its words: 设为默认, 所在地区).
 * - a table of fields: "| 字段 | 类型 |" and a row per field;
 * - steps of filling in: "先填手机号，然后验证码，再设一个密码";
 * - a list after the form's word: "表单字段依次：头像、昵称", "表单 收货人、手机号码、所在地区";
 * - a bare list of field labels on a page for filling in: "职位名称/薪资范围/工作地点 → 按钮 发布职位".
 * The labels are copied as typed.
 */

/** Whether a label reads as a field: a field word of the catalog, or a word that ends the way labels of fields do. */
const FIELD_WORDS = Object.values(catalog.vocab.fieldTypes).flatMap((t) => t.words);
const FIELD_END = /(?:名称|名字|名|号码|号|码|地址|地点|地区|时间|日期|类型|要求|范围|描述|说明|价格?|金额|数量|邮箱|密码|备注|简介|分类|规格|型号|品牌|年份|情况|程度|偏好|方式|证件|学历|专业|职位|薪资|公司|标题|正文|内容|话题|性别|生日|城市|面积|户型|租金|库存|成色|图片|照片|封面|配图|人|选择|上传)$/;
const fieldLike = (label: string) => label.length >= 2 && label.length <= 8 && (FIELD_WORDS.some((w) => label.endsWith(w) || label === w) || FIELD_END.test(label)) && !SECTIONISH.test(label);
/** A label that names a section or a button is no field. */
const SECTIONISH = /(?:按钮|列表|菜单|宫格|轮播|导航|标签页|卡片|横幅|公告|通知|步骤|筛选|搜索框|tab|banner|button)/;

/** Splices `text(s)` over [from, to) in both texts. */
function splice(n: Normalised, from: number, to: number, text: (s: string) => string): Normalised {
  return { raw: n.raw.slice(0, from) + text(n.raw) + n.raw.slice(to), norm: n.norm.slice(0, from) + text(n.norm) + n.norm.slice(to) };
}

const quoted = (s: string, spans: Array<[number, number]>) => spans.map(([a, b]) => `“${s.slice(a, b)}”`).join('、');

/** Trims spaces off a span. */
function trim(norm: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(norm[a]!)) a++;
  while (b > a && /\s/.test(norm[b - 1]!)) b--;
  return [a, b];
}

/** How the labels of a list are joined: by 、 when there is one (then "用户名/手机号" is one field), else by slashes or bars. */
const joiner = (text: string) => (text.includes('、') ? /\s*、\s*/g : /\s*[/|]\s*/g);

/** Spans of the pieces of [from, to) split by `sep`, trimmed. */
function pieces(norm: string, from: number, to: number, sep: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = from;
  for (const m of norm.slice(from, to).matchAll(sep)) {
    out.push(trim(norm, at, from + m.index!));
    at = from + m.index! + m[0].length;
  }
  out.push(trim(norm, at, to));
  return out.filter(([a, b]) => b > a);
}

const HEADER_FIELD = /^(?:字段|字段名|字段名称|表单项|输入项|field|fields|名称)$/;
const HEADER_REST = /^(?:类型|type|提示|说明|placeholder|占位|是否必填|必填|备注|示例|格式)$/;

/**
 * "| 字段 | 类型 | 提示 |" then a row per field ("| 用户名 | 文本 | 请输入 |"), with or without the outer bars and a
 * rule row: the first cell of each row is a field. Runs before `tableRows`, which reads other tables.
 */
export function fieldTables(n: Normalised): Normalised {
  if (!n.norm.includes('|')) return n;
  const cells = (line: string) => line.split('|').map((c) => c.trim()).filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
  const lines = [...n.norm.matchAll(/[^\n]+/g)];
  for (let i = lines.length - 1; i >= 0; i--) {
    const head = cells(lines[i]![0]);
    if (!lines[i]![0].includes('|') || head.length < 2 || !HEADER_FIELD.test(head[0]!) || !head.slice(1).some((c) => HEADER_REST.test(c))) continue;
    const spans: Array<[number, number]> = [];
    let last = i;
    for (let k = i + 1; k < lines.length && lines[k]![0].includes('|'); k++) {
      last = k;
      const line = lines[k]!;
      if (/^[\s|:-]+$/.test(line[0])) continue;
      const bar = line[0].indexOf('|', line[0].trimStart().startsWith('|') ? line[0].indexOf('|') + 1 : 0);
      const start = line.index! + (line[0].trimStart().startsWith('|') ? line[0].indexOf('|') + 1 : 0);
      spans.push(trim(n.norm, start, line.index! + bar));
    }
    if (spans.length < 1) continue;
    const from = lines[i]!.index!;
    const to = lines[last]!.index! + lines[last]![0].length;
    return fieldTables(splice(n, from, to, (s) => `表单:${quoted(s, spans)}`));
  }
  return n;
}

/** Where the first step starts: 先, or a verb of filling in after 要. */
const FIRST_STEP = /首?先|(?:要|需要|得)(?:填写|填|输入)/;

/** Words that lead one step of filling in, and the verbs that may follow them. */
const STEP = /^(?:(?:先|首先|然后呢?|再加上|加上|再|接着|之后|最后|后面|还有|还要|另外|以及|哦对了?|对了|嗯)\s*)+/;
/** "表单嘛，有那个职位名称，然后…": after a clause naming the form, the first step may open with 有. */
const HAS = /^(?:有|包括|包含|里面有)(?:那个|个|一个)?/;
const VERB = /^(?:是|要|(?:让用户|让人|用户)(?=填|输入|上传|传|设|选|写))?(?:填写|填|输入|上传|传|设置|设一个|设个|设|选择|选|写|重复一遍|再输一遍|再输入一遍|加个|加|还有个|一个|个)*/;

/** The field a step names ("先填手机号", "然后呢是短信验证码", "再重复一遍密码"), or the fields of a list in it. */
function stepFields(norm: string, from: number, to: number, first: boolean, afterForm = false): Array<[number, number, string?]> | undefined {
  let [a, b] = trim(norm, from, to);
  // The first step starts at 先 ("你先让用户输入手机号") or at a verb of filling in ("要填用户名，密码，…"), and a verb of
  // filling in follows; the next ones start with 然后, 再 and the like, or are a label alone.
  const has = first && afterForm ? HAS.exec(norm.slice(a, b)) : null;
  if (has) {
    a += has[0].length;
    first = false;
  }
  if (first) {
    const at = norm.slice(a, b).search(FIRST_STEP);
    if (at < 0) return undefined;
    a += at;
  }
  const step = STEP.exec(norm.slice(a, b)) ?? (first ? /^(?:要|需要|得)(?=填|输入)/.exec(norm.slice(a, b)) : undefined);
  a += step?.[0].length ?? 0;
  [a, b] = trim(norm, a, b);
  const verb = VERB.exec(norm.slice(a, b))![0];
  if (first && !/填|输入|上传|传|设|选|写/.test(verb)) return undefined;
  a += verb.length;
  // A remark at the end in brackets ("（最多9张）", "（右边带个“获取验证码”）") says nothing about which field.
  b = a + norm.slice(a, b).replace(/\s*\([^()]*\)\s*$/, '').replace(/(?:是|要)?(?:选择|选填|必填|下拉选?|可选)的?$/, '').length;
  // (A label has no space in it: "最后邮箱 banner" goes on to another section.)
  const space = norm.slice(a, b).search(/\s/);
  if (space > 0) b = a + space;
  const list = pieces(norm, a, b, norm.slice(a, b).includes('、') ? /\s*、\s*|和|以及/g : /\s*[/|]\s*|和|以及/g);
  if (!list.length || !list.every(([x, y]) => fieldLike(norm.slice(x, y)))) return undefined;
  // "再重复一遍密码": the field that confirms the one before.
  if (/重复一遍|再输一遍|再输入一遍/.test(verb) && list.length === 1) return [[list[0]![0], list[0]![1], '确认']];
  return list;
}

/**
 * "先填手机号，然后验证码（…），下面一个大按钮'登录'", "你先让用户输入手机号，然后呢是短信验证码，然后设一个密码":
 * steps of filling in, one clause each, are a form's fields. Two at least.
 */
function fieldSequences(n: Normalised): Normalised {
  if (!/先|填|输入|表单/.test(n.norm)) return n;
  const bounds: Array<[number, number]> = [];
  // (Steps may be set apart by spaces alone: "先输入用户名 再填验证码".)
  for (const m of n.norm.matchAll(/(?:[^,;.\n:\s]|\s+(?!\s|然后|再|接着|之后|最后))+/g)) bounds.push([m.index!, m.index! + m[0].length]);
  for (let i = 0; i < bounds.length; i++) {
    const afterForm = i > 0 && /表单[^,;.\n]{0,3}$/.test(n.norm.slice(bounds[i - 1]![0], bounds[i - 1]![1]).trim()) && /^\s*,?\s*$/.test(n.norm.slice(bounds[i - 1]![1], bounds[i]![0]));
    const firstFields = stepFields(n.norm, bounds[i]![0], bounds[i]![1], true, afterForm);
    if (!firstFields) continue;
    const fields = [...firstFields];
    let to = Math.max(...fields.map(([, b]) => b));
    // (A step that ends before its clause does, "再填验证码 获取验证码按钮", is the last.)
    // (A remark on the field may end the clause: "学历要求是选择的".)
    const whole = (k: number) => /^(?:(?:是|要)?(?:选择|选填|必填|下拉选?|可选)的?)?$/.test(n.norm.slice(to, bounds[k]![1]).trim());
    for (let k = i + 1; k < bounds.length && whole(k - 1); k++) {
      // Only across a comma or a space: a new sentence or line starts something else.
      if (!/^\s*,?\s*$/.test(n.norm.slice(bounds[k - 1]![1], bounds[k]![0]))) break;
      const more = stepFields(n.norm, bounds[k]![0], bounds[k]![1], false);
      // "然后呢…，这个是选填的": a clause that remarks on the field before is skipped over.
      if (!more) {
        if (/^\s*(?:这个|这项|它)?(?:是)?(?:选填|必填|可选|非必填)的?\s*$/.test(n.norm.slice(...bounds[k]!))) {
          to = bounds[k]![1];
          continue;
        }
        break;
      }
      fields.push(...more);
      to = Math.max(...more.map(([, b]) => b));
    }
    if (fields.length < 2) continue;
    const from = bounds[i]![0] + (afterForm && HAS.test(n.norm.slice(bounds[i]![0], bounds[i]![1]).trimStart()) ? n.norm.slice(bounds[i]![0], bounds[i]![1]).search(/\S/) : n.norm.slice(bounds[i]![0], bounds[i]![1]).search(FIRST_STEP));
    // (A remark that ends the last step's clause goes with it.)
    const remark = /^\s*(?:(?:是|要)?(?:选择|选填|必填|下拉选?|可选)的?)/.exec(n.norm.slice(to));
    if (remark) to += remark[0].length;
    // ("收货地址表单，包含收货人、…": right after the form's word, the list is that form's, not a second one's.)
    const glued = afterForm && /表单$/.test(n.norm.slice(bounds[i - 1]![0], bounds[i - 1]![1]).trimEnd());
    const text = (s: string) => `${glued ? '' : '表单'}:${fields.map(([a, b, pre]) => `“${pre ?? ''}${s.slice(a, b)}”`).join('、')}`;
    return fieldSequences(splice(n, glued ? bounds[i - 1]![0] + n.norm.slice(bounds[i - 1]![0], bounds[i - 1]![1]).trimEnd().length : from, to, text));
  }
  return n;
}

/** A form's word, with what may stand between it and its list: a purpose ("表单改密码："), "依次" and the like. */
const FORM_LEAD = /(?:表单|表单项|输入框)(?:字段)?(?:[\u4e00-\u9fff]{1,4}?)?\s*(?:依次是|依次|分别是|分别|如下|包括|包含)?\s*(?::|(?<=表单|字段) (?=[^\s:]))\s*/g;

/** A label that reads as a field in a list joined by 、: a field's word or ending, or a short run of Chinese. */
const looseField = (label: string) => fieldLike(label) || (label.length <= 6 && /^[\u4e00-\u9fff]+$/.test(label) && !SECTIONISH.test(label));

/**
 * "表单字段依次：头像、昵称…", "表单 收货人、手机号码、所在地区（选择）…": the list after the form's word, to the clause's
 * end; "表单改密码：旧密码 新密码 确认新密码 提交按钮…": labels set off by spaces, as far as they are fields.
 */
function fieldLists(n: Normalised): Normalised {
  if (!/表单|输入框/.test(n.norm)) return n;
  for (const m of [...n.norm.matchAll(FORM_LEAD)].reverse()) {
    const from = m.index! + m[0].length;
    // Already quoted: nothing to do.
    if (/^[“"']/.test(n.norm.slice(from))) continue;
    // (A colon further on opens another list: "…列表 登录设备 三条：…".)
    const stop = n.norm.slice(from).search(/[,;.\n:]/);
    const to = stop < 0 ? n.norm.length : from + stop;
    let list: Array<[number, number]>;
    if (/[、/|]/.test(n.norm.slice(from, to))) {
      list = pieces(n.norm, from, to, joiner(n.norm.slice(from, to)));
      if (list.length < 2 || !list.every(([a, b]) => looseField(n.norm.slice(a, b))) || (list.length < 3 && !list.every(([a, b]) => fieldLike(n.norm.slice(a, b))))) continue;
    } else {
      const all = pieces(n.norm, from, to, /\s+/g);
      const k = all.findIndex(([a, b]) => !fieldLike(n.norm.slice(a, b)));
      list = k < 0 ? all : all.slice(0, k);
      if (list.length < 2) continue;
    }
    n = splice(n, m.index!, list[list.length - 1]![1], (s) => `表单:${quoted(s, list)}`);
  }
  return n;
}

/**
 * "发布招聘：职位名称/薪资范围/工作地点/经验要求/职位描述 → 按钮 发布职位": on a page for filling something in, a
 * clause that is only labels of fields (three at least) lists a form's fields.
 */
function bareFieldLists(n: Normalised): Normalised {
  if (!/发布|注册|登录|填写|提交|编辑|申请|预约|报名/.test(n.norm) || /表单|输入框/.test(n.norm)) return n;
  for (const m of [...n.norm.matchAll(/(?<=^|[,;.\n:])[^,;.\n:>→]+/g)].reverse()) {
    // ("然后学号和密码": on a login page two known fields joined by 和 are enough.)
    const login = /登录|注册|登陆/.test(n.norm);
    const stripped = m[0].replace(/^\s*(?:然后|再|下面|接着|是)\s*/, '');
    const lead = m[0].length - stripped.length;
    const pair = login && !/[、/|]/.test(stripped) ? pieces(n.norm, m.index! + lead, m.index! + m[0].length, /\s*和\s*/g) : [];
    const known = (label: string) => /^(?:账号|用户名|密码|登录密码|验证码|手机号|手机号码|手机|邮箱|学号|工号|会员卡号|卡号|身份证号|确认密码)$/.test(label);
    const list = pair.length === 2 && pair.every(([a, b]) => known(n.norm.slice(a, b))) ? pair : pieces(n.norm, m.index!, m.index! + m[0].length, joiner(m[0]));
    // (Each a label alone: "底部填写账号" says more than a field.)
    const alone = (label: string) => fieldLike(label) && label.length <= 6 && !/^(?:填|写|有|是|加|放|要|在|底部|上面|下面|最后|再)|填写|[和的]/.test(label);
    if (list.length < (list === pair ? 2 : 3) || !list.every(([a, b]) => alone(n.norm.slice(a, b)))) continue;
    // (Two labels at least that are plainly fields, not a filter's keys such as 价格.)
    if (list !== pair && list.filter(([a, b]) => n.norm.slice(a, b).length >= 3).length < 2) continue;
    n = splice(n, m.index!, m.index! + m[0].length, (s) => `表单:${quoted(s, list)}`);
  }
  return n;
}

/** "表单 A/B/C：A 身份证号，B 登录密码，C 图形验证码": fields named by letters, then each letter with its label. */
const LETTERED = /(?:表单|表单项|字段)\s*([a-z](?:\s*\/\s*[a-z])+)\s*:\s*/g;

function letteredFields(n: Normalised): Normalised {
  for (const m of [...n.norm.matchAll(LETTERED)].reverse()) {
    const letters = m[1]!.split('/').map((x) => x.trim());
    const spans: Array<[number, number]> = [];
    let at = m.index! + m[0].length;
    for (const letter of letters) {
      const item = new RegExp(`^\\s*${letter}\\s*[:.、)]?\\s*([^,;.\\n、]+?)\\s*(?=[,;.\\n、]|$)`).exec(n.norm.slice(at));
      if (!item) break;
      const start = at + item[0].length - item[1]!.length;
      spans.push([start, start + item[1]!.length]);
      at += item[0].length;
      const sep = /^\s*[,、]\s*/.exec(n.norm.slice(at));
      if (sep && spans.length < letters.length) at += sep[0].length;
    }
    if (spans.length !== letters.length) continue;
    n = splice(n, m.index!, spans[spans.length - 1]![1], (s) => `表单:${quoted(s, spans)}`);
  }
  return n;
}

/** What opens a clause of filling in: who does it and whether they may ("让用户", "还能"). */
const OPENER = /^(?:(?:让用户|让人|用户|要能|可以|能|还能|还可以|还要|需要|要|再|然后|先|并且?|最后)\s*)*/;
/** A verb of filling in, then a quantifier ("打个分", "写几句评价", "传几张照片"). */
const DOING = /^(?:填写|填|写|输入|选择|选|上传|传|添加|加|设置|设|配|打)(?!计|色|置|区|框|中|择器|着|入|为|好|开|造|成)(?:个|一个|一下|几句|几张|几个|一段|上)?/;
/** Labels a verb leaves too short to read alone: "打个分", "配图". */
const SHORT_LABELS: Record<string, string> = { 分: '评分', 图: '图片' };

/**
 * "让用户写标题、正文，可以配图，还能选个板块", "选封面、写描述、加话题", "填 职位名称、薪资范围": clauses of verbs of
 * filling in, each with what is filled in, are a form's fields (two at least, and a verb for each clause). A form
 * named elsewhere in the text is read by the passes above.
 */
function verbFields(n: Normalised): Normalised {
  if (/表单|输入框|文本框|文本域|填写区/.test(n.norm)) return n;
  const bounds = [...n.norm.matchAll(/[^,;.:\n]+/g)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
  for (let i = 0; i < bounds.length; i++) {
    const labels: Array<[number, number, string?]> = [];
    let verbs = 0;
    let filling = false;
    let k = i;
    for (; k < bounds.length; k++) {
      if (k > i && !/^\s*,\s*$/.test(n.norm.slice(bounds[k - 1]![1], bounds[k]![0]))) break;
      const [a, b] = bounds[k]!;
      const open = OPENER.exec(n.norm.slice(a, b))![0].length;
      // (After the first, a clause of one plain field may come without its verb: "…，再选个话题，地点".)
      if (!DOING.test(n.norm.slice(a + open, b))) {
        const [x, y] = trim(n.norm, a + open, b);
        if (k > i && fieldLike(n.norm.slice(x, y)) && y - x <= 6) {
          labels.push([x, y]);
          continue;
        }
        break;
      }
      const found: typeof labels = [];
      for (const [x, y] of pieces(n.norm, a + open, b, /\s*(?:、|和|以及|及)\s*/g)) {
        const verb = DOING.exec(n.norm.slice(x, y))?.[0] ?? '';
        if (k === i && labels.length === 0 && found.length === 0) filling = /^(?:填写|填|输入)/.test(verb);
        const [from, to] = trim(n.norm, x + verb.length, y);
        const label = n.norm.slice(from, to);
        if (verb) verbs++;
        if (label.length === 1 && SHORT_LABELS[label]) found.push([from, to, SHORT_LABELS[label]]);
        else if (label.length >= 2 && label.length <= 8 && /^[\u4e00-\u9fff]+$/.test(label) && !SECTIONISH.test(label) && !/的|页|按钮|发布|提交|一|个|几|有|区|包含|包括/.test(label) && (fieldLike(label) || label.length <= 4)) found.push([from, to]);
        else {
          found.length = 0;
          break;
        }
      }
      if (!found.length) break;
      labels.push(...found);
    }
    // (One verb of filling in may lead them all: "填 职位名称、薪资范围", "要能输入手机号和验证码".)
    if (labels.length < 2 || (verbs < Math.max(2, k - i) && !(filling && k - i === 1))) continue;
    // (Steps are often things to do too: "流程：填写信息、上传图片、提交审核".)
    const sentence = n.norm.slice(0, bounds[i]![0]).search(/[^.;\n]*$/);
    if (/步骤|流程|进度|步骤条|阶段|第.步|[0-9一二两三四五六七八九十几]步|→|->|>/.test(n.norm.slice(sentence, bounds[k - 1]![1]))) continue;
    const from = bounds[i]![0] + (n.norm.slice(bounds[i]![0]).length - n.norm.slice(bounds[i]![0]).trimStart().length);
    const text = (s: string) => `表单:${labels.map(([a, b, said]) => `“${said ?? s.slice(a, b)}”`).join('、')}`;
    return verbFields(splice(n, from, bounds[k - 1]![1], text));
  }
  return n;
}

/**
 * "就是让用户填：菜名 用料 步骤 成品图 烹饪时间 差不多就这些": after a verb of filling in and a colon, labels set apart
 * by spaces (three at least) are a form's fields, up to words that close or leave the list.
 */
const SPACED_FILL = /(?:填写|填|输入)\s*:\s*((?:[\u4e00-\u9fff]{1,6}[ \t]+){2,}[\u4e00-\u9fff]{1,6})/g;
const LIST_END = /^(?:差不多就这些|差不多|就这些|这些|等等|等|然后|最上面|最下面|上面|下面|最后|底部|再|还有|另外)/;

function spacedFillFields(n: Normalised): Normalised {
  if (/表单|输入框/.test(n.norm)) return n;
  for (const m of [...n.norm.matchAll(SPACED_FILL)].reverse()) {
    const at = m.index! + m[0].length - m[1]!.length;
    const words = m[1]!.split(/[ \t]+/);
    // (步骤 among them is a field: a recipe's steps.)
    const stop = words.findIndex((w) => LIST_END.test(w) || (SECTIONISH.test(w) && !/^步骤$/.test(w)));
    const labels = stop < 0 ? words : words.slice(0, stop);
    if (labels.length < 3) continue;
    const spans: Array<[number, number]> = [];
    let from = at;
    for (const w of labels) {
      const a = n.norm.indexOf(w, from);
      spans.push([a, a + w.length]);
      from = a + w.length;
    }
    n = splice(n, m.index!, from, (s) => `表单:${quoted(s, spans)}`);
  }
  return n;
}

/** The fields a login or sign-up page asks for, by their usual names. */
const LOGIN_FIELD = /^(?:账号|用户名|密码|登录密码|验证码|手机号|手机号码|邮箱|学号|工号|会员卡号|卡号|确认密码)$/;

/** "logo 手机号 验证码 登录按钮": on a login page, known fields set apart by spaces, two or more in a row, are a form's. */
function spacedLoginFields(n: Normalised): Normalised {
  if (!/登录|注册|登陆/.test(n.norm) || /表单|输入框/.test(n.norm)) return n;
  const words = [...n.norm.matchAll(/[^\s,;.:、/|]+/g)];
  for (let i = 0; i < words.length; i++) {
    let k = i;
    while (k < words.length && LOGIN_FIELD.test(words[k]![0]) && (k === i || /^[ \t]+$/.test(n.norm.slice(words[k - 1]!.index! + words[k - 1]![0].length, words[k]!.index!)))) k++;
    if (k - i < 2) continue;
    // (Only a run that is the whole group: other fields beside it, "手机号 验证码 用户名 邀请码", are read elsewhere.)
    const spaced = (a: RegExpMatchArray | undefined, b: RegExpMatchArray | undefined) => !!a && !!b && /^[ \t]+$/.test(n.norm.slice(a.index! + a[0].length, b.index!));
    if ((spaced(words[i - 1], words[i]) && fieldLike(words[i - 1]![0])) || (spaced(words[k - 1], words[k]) && fieldLike(words[k]![0]))) {
      i = k - 1;
      continue;
    }
    const run = words.slice(i, k).map((w) => [w.index!, w.index! + w[0].length] as [number, number]);
    // (The form's list ends there: "账号 密码 / “Sign in”" goes on to its button.)
    return splice(n, run[0]![0], run[run.length - 1]![1], (s) => `表单:${quoted(s, run)};`);
  }
  return n;
}

export function fieldsSaid(n: Normalised): Normalised {
  return spacedLoginFields(verbFields(spacedFillFields(bareFieldLists(fieldLists(fieldSequences(letteredFields(n)))))));
}
