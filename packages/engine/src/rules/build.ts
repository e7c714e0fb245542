import { catalog, pageNames, themeNames, usualLabels } from '@uidsl/dsl';
import type { PageName, Section, SectionType, ThemeName, UiDslDocument } from '@uidsl/dsl';
import { SUBMIT_BUTTON, type Mention, type Parse } from './interpret.ts';
import { fit, fitProps } from './sanitize.ts';
import { HINT } from './props.ts';
import { ITEM_KINDS, iconFor } from './items.ts';
import { schema } from '@uidsl/dsl';

/** The theme of a description that names none: the dataset generator's default. */
export const DEFAULT_THEME: ThemeName = 'minimal';
/** The page type of a description that names none. */
export const DEFAULT_PAGE: PageName = 'home_page';
export const DEFAULT_LAYOUT = { grid: 12, gutter: 16, padding: 16 } as const;

/**
 * page -> section type -> its props in that page's usual layout: the base a named section's props
 * start from. Built once; shared and never mutated (fitting props builds new objects).
 */
const USUAL = new Map<string, Record<string, unknown>>(
  Object.entries(catalog.pages).flatMap(([page, entry]) => entry.layout.map((s) => [`${page}/${s.type}`, s.props as Record<string, unknown>] as const)),
);
const usual = (page: PageName, type: SectionType) => USUAL.get(`${page}/${type}`);

/** The props that give a list its shape: two lists of different shapes are two sections (a cart's rows and its recommendations). */
const SHAPES: Partial<Record<SectionType, string[]>> = { 'card-list': ['columns', 'card'], list: ['style'] };

/** What a settings page's entries are about. */
const SETTING = /缓存|隐私|通知|安全|密码|关于|版本|语言|字号|字体|更新|账号|账户|帮助|反馈|注销|解锁|指纹|面容|限额|设备|权限|深色|夜间|主题|清理|存储|黑名单|绑定|实名|支付设置|切换|通用|提醒/;
const twoOrMore = (items: unknown) => Array.isArray(items) && items.length >= 2;

/**
 * Joins repeated mentions of a type (a later mention adds to the one before, unless two lists differ in
 * shape: then the page has two such sections)
 * and, on pages whose usual layout has no button, turns a button named right after the form into its submit label.
 */
/** The words of cards that recommend more: 猜你喜欢, 为你推荐, 凑单推荐. */
const RECOMMEND = /猜你喜欢|为你推荐|推荐|还喜欢|凑单/;

function merge(page: PageName, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const layoutHasCta = catalog.pages[page].layout.some((s) => s.type === 'cta');
  const sorted = mentions.map((m) => ({ ...m })).sort((a, b) => a.at - b.at);
  // 选项列表 names a menu, or a list when the page also has another menu ("选项列表，设置列表").
  const menus = sorted.filter((m) => m.type === 'menu-list' && m.named);
  const options = menus.find((m) => m.said === '选项列表');
  if (options && menus.length > 1) options.type = 'list';
  // On a settings or profile page, entries said one under another ("一条一条的：修改密码、关于") are its menu, as are
  // settings listed ("列表：语言、清除缓存").
  if (page === 'settings_page' || page === 'profile_page') {
    for (const m of sorted) {
      const items = m.props.items as Array<{ title?: string; subtitle?: string }> | undefined;
      if (m.type !== 'list' || m.props.style !== undefined || !twoOrMore(items)) continue;
      if (!items!.every((i) => typeof i.title === 'string' && i.title.length <= 8 && i.subtitle === undefined)) continue;
      // (A plain 列表 only when every entry is a setting's: elsewhere it is a list like any other.)
      if (!/^(?:一条条|一条一条)$/.test(m.said) && !(/^(?:列表|选项列表|列表项)$/.test(m.said) && items!.every((i) => SETTING.test(i.title!)))) continue;
      m.type = 'menu-list';
      m.props = { ...m.props, items: ITEM_KINDS['menu-list']!.make(items!.map((i) => i.title!)) };
    }
  }
  for (const m of sorted) {
    const form = out.find((x) => x.type === 'form');
    // (Only right after the form: "表单…；一段文字…；最后按钮写“发布”" is a button of its own.)
    // (Two labels are two buttons, not a form's one submit: "“注册”和“已有账号去登录”两个按钮".)
    // (A button called a cta, or stuck to the bottom, is a section of its own: "cta: 下一步", "吸底按钮“发布笔记”".)
    const placed = /^cta$|吸底/.test(m.said);
    // (A button called the form's own, or one that submits or saves, is its submit even where the page usually
    // has a button of its own: "表单：昵称、签名，提交按钮“保存”" on a settings page.)
    const submits = (/^(?:表单)?(?:提交|保存)?(?:按钮|按扭|键)$/.test(m.said) && /提交|保存|表单/.test(m.said)) || (/^(?:按钮|按扭)$/.test(m.said) && /^(?:保存|提交)/.test(String(m.props.text ?? '')));
    // (A form whose submit was named already keeps it: "提交按钮写“登录”；表单下面再放一个按钮“注册新账号”" is a button more.)
    const named = typeof form?.props.submit === 'string' && form.props.submit !== m.props.text;
    if (m.type === 'cta' && (!layoutHasCta || (submits && out.at(-1) === form)) && form && !named && ((out.at(-1) === form && !placed) || m.said === SUBMIT_BUTTON) && typeof m.props.secondary !== 'string') {
      if (typeof m.props.text === 'string') form.props.submit = m.props.text;
      continue;
    }
    const same = out.findLast((x) => x.type === m.type);
    // "已选商品：一列商品卡片 … 猜你喜欢：两列商品卡片": a second mention that says otherwise is a second section.
    const differs =
      same &&
      same.named &&
      m.named &&
      ((m.type in SHAPES && SHAPES[m.type]!.some((k) => k in m.props && k in same.props && JSON.stringify(same.props[k]) !== JSON.stringify(m.props[k]))) ||
        // "菜单：订单、收藏；再来一组菜单：客服、设置": two menus, each with its entries, are two groups.
        (m.type === 'menu-list' && twoOrMore(same.props.items) && twoOrMore(m.props.items)));
    // "已选商品列表 … 再下面“凑单推荐”两列商品": recommendations said after other cards are cards of their own.
    // (Not cards moved to where they are said again, which are these: "美食文章…下面相关推荐两列".)
    const recommends = same && m.type === 'card-list' && RECOMMEND.test(m.said) && !RECOMMEND.test(same.said) && Number.isInteger(same.at);
    if (same && !differs && !recommends) {
      // "封面框、标题输入框": a form said field by field gathers its fields.
      const fields = Array.isArray(same.props.fields) && Array.isArray(m.props.fields) ? [...same.props.fields, ...m.props.fields] : undefined;
      Object.assign(same.props, m.props, fields ? { fields } : {});
      same.named ||= m.named;
      continue;
    }
    out.push({ ...m, props: { ...m.props } });
  }
  return out;
}

/**
 * "先说下面，底部导航…然后上面是标题": a top bar is the page's first section and a tab bar its last, in
 * whatever order they were said.
 */
function barsInPlace(mentions: Mention[]): Mention[] {
  const rank = (m: Mention) => (m.type === 'topbar' ? 0 : m.type === 'tabbar' ? 2 : 1);
  return mentions.map((m, i) => [m, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([m]) => m);
}

/** Semantic rules JSON Schema cannot say: an active index inside its items, a price not above its original. */
function settle(type: SectionType, props: Record<string, unknown>): Record<string, unknown> {
  const items = props.items as unknown[] | undefined;
  if ((type === 'tabs' || type === 'steps') && typeof props.active === 'number') {
    const count = items?.length ?? (catalog.sections[type].defaults.items as unknown[]).length;
    if (props.active >= count) props.active = count - 1;
  }
  if (type === 'price' && typeof props.original === 'number' && typeof props.value === 'number' && props.original < props.value) {
    delete props.original;
  }
  return props;
}

/** A tab bar's icons for a count of tabs and no labels: the usual four, one fewer or one more. */
const TABS_BY_COUNT: Record<number, string[]> = { 3: ['home', 'message', 'user'], 5: ['home', 'category', 'cart', 'message', 'user'] };

/** Entries for a count with none named: the usual ones of the page (`usualLabels`), shaped as the section holds them. */
function counted(page: PageName, m: Mention, n: number, orders: boolean): unknown[] | undefined {
  const labels = usualLabels(m.type, n, { page, orders });
  if (!labels) return undefined;
  if (m.type === 'stats') return labels.map((label) => ({ label, value: 0 }));
  if (m.type === 'list') return labels.map((title) => ({ title }));
  return labels.map((label) => ({ ...(iconFor(label) ? { icon: iconFor(label) } : {}), label }));
}

function section(page: PageName, m: Mention, cards = true): Section {
  const { [HINT.count]: count, [HINT.rows]: rows, [HINT.orders]: orders, [HINT.plus]: hinted, [HINT.columns]: listColumns, ...said } = m.props;
  // ("车源列表 两列": a list said with columns, and no entries or style of its own, is cards in that many columns;
  // "list 单列", the component named in English in one column, stays a list; so does one beside cards named.)
  if (m.type === 'list' && listColumns && !('items' in said) && !('style' in said) && cards && !(/^list$/i.test(m.said) && (listColumns as { columns?: number }).columns === 1)) return section(page, { ...m, type: 'card-list', props: listColumns as Record<string, unknown> });
  // ("导航中间要有个发布的加号": a tab bar of the plus alone is the usual bar with the plus in it.)
  const plusOnly = m.type === 'tabbar' && Array.isArray(said.items) && said.items.length === 1 && said.items[0] === 'plus';
  if (plusOnly) delete said.items;
  const plus = hinted || plusOnly;
  // ("房东 林姐": the role said before a name is no part of it.)
  if ((m.type === 'seller' || m.type === 'user-info') && typeof said.name === 'string') said.name = said.name.replace(/^(?:房东|卖家|商家|店主|作者|讲师|主播)\s+(?=\S)/, '');
  // ("用户信息：头像、昵称": the parts a card shows are no name; 头像 says it has a picture.)
  if ((m.type === 'seller' || m.type === 'user-info') && typeof said.name === 'string' && /^(?:头像|昵称|名字|用户名|头像昵称|店名)$/.test(said.name)) {
    if (said.name.startsWith('头像') && m.type === 'user-info') said.avatar = true;
    delete said.name;
  }
  const props = { ...(usual(page, m.type) ?? {}), ...said };
  if (plus && !('items' in said)) {
    const icons = [...((props.items ?? catalog.sections.tabbar.defaults.items) as string[])].filter((i) => i !== 'plus');
    icons.splice(Math.ceil(icons.length / 2), 0, 'plus');
    props.items = icons;
  }
  // "底部导航5个", "tabbar 5 items": that many tabs when none were named.
  if (m.type === 'tabbar' && typeof count === 'number' && !('items' in said) && TABS_BY_COUNT[count]) props.items = TABS_BY_COUNT[count];
  if (m.type === 'form') {
    // "只有一个输入框", "表单就两项": that many fields when none were named: one box to type in, or the usual ones.
    if (typeof count === 'number' && !('fields' in said)) {
      const fields = count === 1 ? [{ label: '输入内容', type: rows === 'textarea' ? 'textarea' : 'text' }] : ((props.fields ?? catalog.sections.form.defaults.fields) as unknown[]).slice(0, count);
      if (fields.length === count) props.fields = fields;
    }
    return { type: m.type, props: settle(m.type, fitProps(m.type, props)) } as Section;
  }
  const perRow = props.columns ?? catalog.sections[m.type].defaults.columns;
  const n = typeof rows === 'number' ? (typeof perRow === 'number' ? rows * perRow : undefined) : count;
  if (typeof n === 'number' && !('items' in said)) {
    const items = counted(page, m, n, orders === true);
    if (items) props.items = items;
  } else if (typeof n === 'number' && Array.isArray(said.items) && said.items.length < n && m.type !== 'stats') {
    // "8个宫格入口（预约挂号、报告查询之类的）": the entries named, then usual ones up to the count.
    const named = said.items as Array<{ label?: string; title?: string }>;
    const taken = new Set(named.map((x) => x.label ?? x.title));
    const more = (counted(page, m, n + named.length, orders === true) ?? []).filter((x) => !taken.has((x as { label?: string; title?: string }).label ?? (x as { title?: string }).title));
    props.items = [...named, ...more.slice(0, n - named.length)];
  }
  return { type: m.type, props: settle(m.type, fitProps(m.type, props)) } as Section;
}

export interface BuildOptions { theme?: ThemeName; pageType?: PageName }

/** Assembles the document in canonical key order from what the parser read. */
export function build(parse: Parse, opts: BuildOptions = {}): UiDslDocument {
  const name = opts.pageType && pageNames.includes(opts.pageType) ? opts.pageType : (parse.page?.value ?? DEFAULT_PAGE);
  const theme = opts.theme && themeNames.includes(opts.theme) ? opts.theme : (parse.theme?.value ?? DEFAULT_THEME);
  const mentions = merge(name, parse.mentions);
  let sections: Section[];
  if (mentions.some((m) => m.named)) {
    // (Not where the page names cards of its own: the list stays the list beside them.)
    const cards = !mentions.some((m) => m.type === 'card-list');
    sections = barsInPlace(mentions).map((m) => section(name, m, cards));
  } else {
    // No section named: the page's usual layout, with what the text did say applied to it.
    const base = catalog.pages[name].layout.map((s) => ({ type: s.type, props: {}, named: false, at: 0, said: '' }) as Mention);
    for (const m of mentions) {
      const into = base.find((b) => b.type === m.type);
      if (into) Object.assign(into.props, m.props);
      else if (m.type === 'topbar' || m.type === 'search-bar') base.unshift(m);
      else base.push(m);
    }
    sections = merge(name, base).map((m) => section(name, m));
  }
  // ("底部无导航": what the description refuses goes, even from the usual layout.)
  if (parse.without?.length) sections = sections.filter((s) => !parse.without!.includes(s.type));
  const layout = fit(schema.$defs.layout, { ...DEFAULT_LAYOUT, ...parse.layout }) as UiDslDocument['page']['layout'];
  return { page: { name, theme, layout, sections: sections.slice(0, schema.$defs.page.properties.sections.maxItems) } };
}
