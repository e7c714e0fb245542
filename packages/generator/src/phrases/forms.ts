// Input and progress: forms, filters and steps.
import type { PageName } from '@uidsl/dsl';
import { correctedList, countWord, joinList, namingVerb, quote } from '../say.ts';
import { chineseNumber, ordinal } from '../numerals.ts';
import { fieldTypeFor } from '../infer.ts';
import * as V from '../values.ts';
import { said, sparesFor, pickList, type PhraseContext, type SaidSection } from './common.ts';

function formLabels(page: PageName): readonly string[] {
  if (page === 'login_page') return V.FORM_LABELS.login;
  if (page === 'publish_page') return V.FORM_LABELS.publish;
  if (page === 'checkout_page') return V.FORM_LABELS.checkout;
  if (page === 'profile_page' || page === 'settings_page') return V.FORM_LABELS.profile;
  return V.FORM_LABELS.generic;
}

/** Pages whose form owns the page's button: there "按钮写X" sets `form.submit`. */
export const FORM_SUBMIT_PAGES: readonly PageName[] = ['login_page', 'publish_page'];

export function form({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['表单', '输入框', '填写区', '信息填写', '输入区域', '表单区']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.6)) {
    const labels = pickList(rng, formLabels(page), 1, 5);
    props.fields = labels.map((label) => ({ label, type: fieldTypeFor(label) }));
    varied.push('fields');
    const list = joinList(rng, labels);
    const n = countWord(rng, labels.length, rng.pick(['个', '项']));
    const compact = labels.length <= 3 && labels.every((l) => l.length <= 3) && rng.chance(0.15);
    if (compact) {
      text = `${labels.join('')}${rng.chance(0.6) ? n : ''}${rng.pick(['输入框', '输入项', '框'])}`;
    } else if (rng.chance(0.1)) {
      text = labels.map((l) => `${l}${rng.pick(['输入框', '框'])}`).join(rng.pick(['、', '，', '和']));
    } else text = rng.pick([
      `${word}${rng.pick(['包含', '有', '：'])}${list}`,
      `${list}${rng.chance(0.4) ? n : ''}${rng.pick(['输入框', '字段', '填写项'])}`,
      `${word}${rng.pick(['包含', '有'])}${list}${n}${rng.pick(['字段', '输入项', ''])}`,
      `字段：${list}`,
      `填写${list}`,
      `${word}（${list}）`,
    ]);
    // "标题、价格，哦描述也要，三个": the fields corrected on the way.
    const spare = sparesFor(formLabels(page), labels);
    if (labels.length >= 2 && spare.length && rng.chance(0.04)) text = `${word}：${correctedList(rng, labels, rng.pick(spare))}`;
    // "一个可以填手机号、上传头像的地方": what the form is for, no form word.
    if (rng.chance(0.05)) {
      const verbs = labels.map((l) => `${fieldTypeFor(l) === 'image' ? rng.pick(['上传', '传']) : fieldTypeFor(l) === 'select' ? '选' : rng.pick(['填', '填写', '输入', '写'])}${l}`);
      text = `${rng.pick(['一个', '一块', ''])}${rng.pick(['可以', '能', '让用户'])}${joinList(rng, verbs)}的${rng.pick(['地方', '区域'])}`;
    } else if (labels.length >= 2 && rng.chance(0.05)) {
      // "先填手机号，然后验证码，再填密码": the fields as steps of filling in, no form word.
      const verb = (l: string) => (fieldTypeFor(l) === 'image' ? rng.pick(['上传', '传']) : fieldTypeFor(l) === 'select' ? '选' : rng.pick(['填', '输入', '填写']));
      const steps = labels.map((l, i) => (i === 0 ? `先${verb(l)}${l}` : `${i === labels.length - 1 && i > 1 ? '最后' : rng.pick(['然后', '再', '然后是'])}${rng.chance(0.5) ? verb(l) : ''}${l}`));
      text = steps.join('，');
    }
  }
  if (FORM_SUBMIT_PAGES.includes(page) && rng.chance(0.45)) {
    const submit = rng.pick(V.BUTTON_LABELS[page]);
    props.submit = submit;
    varied.push('submit');
    const q = quote(rng, submit);
    text += rng.pick([`，${rng.pick(['提交', '底部', ''])}按钮${namingVerb(rng)}${q}`, `，${q}按钮`, `，下面一个${q}按钮`, ` 按钮${q}`]);
  }
  return said(text, props, varied);
}

export function filters({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['筛选', '筛选条件', '筛选栏', '排序筛选', '排序', '筛选项', '排序栏', '过滤条件', '热门标签筛选', '筛选标签']);
  if (rng.chance(0.35)) {
    const items = V.labels(rng, V.FILTER_LABELS, 2, 5, 0.15);
    const list = joinList(rng, items);
    const spare = sparesFor(V.FILTER_LABELS, items);
    if (spare.length && rng.chance(0.04)) return said(`${word}：${correctedList(rng, items, rng.pick(spare))}`, { items }, ['items']);
    return said(rng.pick([`${word}：${list}`, `${list}${word}`, `按${list}排序`, `${word}有${list}`, `${word}（${list}）`]), { items }, ['items']);
  }
  return said(word);
}

export function steps({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['步骤条', '步骤', '进度条', '流程', '流程条', '步骤指示', '进度', '流程步骤', '进度指示']);
  const key = page === 'publish_page' ? 'publish' : page === 'login_page' ? 'login' : page === 'order_page' ? 'order' : 'checkout';
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.5)) {
    const items = rng.pick(V.STEP_LABELS[key]).slice();
    props.items = items;
    varied.push('items');
    const arrow = rng.pick(['→', '->', '-', '、', '>']);
    const list = arrow === '、' ? joinList(rng, items) : items.join(arrow);
    // Since the seventeenth session also numbered in words: "步骤：第一步 A 第二步 B". (Not "1) A 2) B": written specs
    // number their sections so.)
    const ordinals = items.map((x, i) => `第${chineseNumber(i + 1)}步 ${x}`).join(rng.pick([' ', '；', '，']));
    text = rng.pick([`${word}：${list}`, `${word}显示${list}`, `${list}${countWord(rng, items.length, '步')}${rng.chance(0.5) ? word : ''}`, `${word}（${list}）`, `${word}：${list}`, `${word}：${list}`, `${word}：${ordinals}`]);
    if (rng.chance(0.3)) {
      const active = rng.int(items.length);
      props.active = active;
      varied.push('active');
      text += rng.pick([`，当前${ordinal(active, rng.chance(0.5))}步`, `，停在${items[active]}`]);
    }
  }
  return said(text, props, varied);
}
