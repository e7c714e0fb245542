// Account sections: user info, menu lists, grid menus and stats.
import { correctedList, countWord, joinList, namingVerb, quote } from '../say.ts';
import { chineseNumber } from '../numerals.ts';
import * as V from '../values.ts';
import { said, sparesFor, pickList, iconLabels, countOnly, usual, type PhraseContext, type SaidSection } from './common.ts';

export function userInfo({ rng }: PhraseContext): SaidSection {
  const word = rng.pick(['用户信息', '头像昵称', '个人信息', '头像和昵称', '用户头像昵称', '头像+昵称', '用户资料卡', '个人资料', '用户头像', '头像区域', '个人信息卡']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (word.includes('头像')) props.avatar = true;
  if (rng.chance(0.2)) {
    const name = V.userName(rng);
    props.name = name;
    varied.push('name');
    text = rng.pick([`${word}，昵称${namingVerb(rng)}${quote(rng, name)}`, `${word}（${quote(rng, name)}）`, `用户名${rng.pick(['是', '叫'])}${quote(rng, name)}的${word}`]);
  }
  if (!word.includes('头像') && rng.chance(0.15)) {
    const on = rng.chance(0.5);
    props.avatar = on;
    varied.push('avatar');
    text += on ? rng.pick(['，带头像', '，显示头像']) : rng.pick(['，不要头像', '，不显示头像']);
  }
  if (rng.chance(0.12)) {
    const stats = pickList(rng, V.STAT_LABELS, 2, 3);
    props.stats = stats;
    varied.push('stats');
    text += rng.pick([`，下面显示${joinList(rng, stats)}`, `，带${joinList(rng, stats)}数`, `，旁边有${stats.join('、')}${rng.chance(0.5) ? `${stats.length === 2 ? '两' : chineseNumber(stats.length)}个数` : ''}`]);
  }
  return said(text, props, varied);
}

export function menuList({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(page === 'settings_page' ? ['菜单列表', '设置项', '设置列表', '选项列表', '功能列表', '菜单'] : ['菜单列表', '菜单', '功能列表', '功能菜单', '列表菜单', '服务列表', '列表式菜单', '常用功能']);
  if (rng.chance(0.35)) {
    const pool = page === 'settings_page' ? V.MENU_LABELS.settings : page === 'checkout_page' ? V.MENU_LABELS.checkout : V.MENU_LABELS.profile;
    const labels = V.labels(rng, pool, 2, 5, 0.15);
    const list = joinList(rng, labels);
    const spare = sparesFor(pool, labels);
    const text = spare.length && rng.chance(0.05) ? `${word}：${correctedList(rng, labels, rng.pick(spare))}` : rng.pick([`${word}有${list}`, `${word}：${list}`, `${word}（${list}）`, `${list}${rng.chance(0.5) ? '等' : ''}${word}`, `${word}包含${list}`]);
    return said(text, { items: iconLabels(labels) }, ['items']);
  }
  if (rng.chance(0.1)) {
    const n = rng.range(3, 8);
    return said(countOnly(rng, word, n, rng.pick(['项', '个'])), { items: iconLabels(usual('menu-list', n, page)) }, ['items']);
  }
  return said(word);
}

/**
 * "第一组：账号与安全、隐私；第二组：关于我们、…", "菜单：订单、收藏；再来一组菜单：客服、设置": a settings or
 * profile page's entries in two groups, each its own menu.
 */
export function menuGroups({ rng, page }: PhraseContext): [SaidSection, SaidSection] {
  const pool = page === 'settings_page' ? V.MENU_LABELS.settings : V.MENU_LABELS.profile;
  const labels = rng.sample(pool, rng.range(4, Math.min(8, pool.length)));
  const cut = rng.range(2, labels.length - 2);
  const [a, b] = [labels.slice(0, cut), labels.slice(cut)];
  const word = rng.pick(['菜单', '菜单列表', '功能列表']);
  const numbered = rng.chance(0.5);
  const first = numbered ? `第一组${rng.pick(['：', '', `${word}：`])}${joinList(rng, a)}` : `${word}：${joinList(rng, a)}`;
  const second = numbered ? `第二组${rng.pick(['：', '', `${word}：`])}${joinList(rng, b)}` : `${rng.pick(['再来一组', '另一组', '下面再一组', '还有一组'])}${rng.pick(['：', `${word}：`])}${joinList(rng, b)}`;
  return [said(first, { items: iconLabels(a) }, ['items', 'groups']), said(second, { items: iconLabels(b) }, ['items', 'groups'])];
}

export function gridMenu({ rng, page }: PhraseContext): SaidSection {
  const orderGrid = page === 'profile_page' && rng.chance(0.4);
  const word = orderGrid ? rng.pick(['订单状态宫格', '订单入口', '订单宫格']) : rng.pick(['宫格菜单', '金刚区', '宫格', '图标入口', '快捷入口', '功能宫格', '图标导航', '分类入口', '宫格导航', '图标菜单', '功能入口', '快捷功能区', '一排小图标', '一排圆圆的小图标', '带小图标的入口']);
  const props: Record<string, unknown> = {};
  const varied: string[] = [];
  let text = word;
  if (rng.chance(0.3)) {
    const labels = V.labels(rng, orderGrid ? V.MENU_LABELS.orderGrid : V.MENU_LABELS.grid, 3, 5, orderGrid ? 0 : 0.25);
    props.items = iconLabels(labels);
    varied.push('items');
    const list = joinList(rng, labels);
    text = rng.pick([`${word}有${list}`, `${word}：${list}`, `${list}${rng.chance(0.5) ? countWord(rng, labels.length) : ''}${word}`, `${word}（${list}）`]);
    const spare = sparesFor(orderGrid ? V.MENU_LABELS.orderGrid : V.MENU_LABELS.grid, labels);
    if (spare.length && rng.chance(0.04)) text = `${word}：${correctedList(rng, labels, rng.pick(spare))}`;
  } else if (!orderGrid && rng.chance(0.04)) {
    // "快捷入口两行，每行四个": rows times columns.
    const columns = rng.range(3, 5);
    const rows = rng.range(2, Math.floor(12 / columns));
    props.items = iconLabels(usual('grid-menu', rows * columns, page));
    props.columns = columns;
    varied.push('items', 'columns');
    const r = countWord(rng, rows, '行');
    return said(rng.pick([`${word}${r}，每行${countWord(rng, columns)}`, `${word}${rows}行x${columns}`]), props, varied);
  } else if (rng.chance(0.08)) {
    const n = rng.range(3, orderGrid ? 6 : 10);
    props.items = iconLabels(usual('grid-menu', n, page, orderGrid));
    varied.push('items');
    text = countOnly(rng, word, n, '个');
  }
  if (rng.chance(0.25)) {
    const columns = rng.range(2, 5);
    // The schema orders grid-menu props items, columns; the composer re-orders anyway.
    props.columns = columns;
    varied.push('columns');
    const n = rng.chance(0.5) ? chineseNumber(columns) : String(columns);
    text = rng.pick([`${n}列${text}`, `${text}，每行${n}个`, `${text}（${n}列）`, `一行${n}个的${text}`, `${text}（${rng.pick(['一行', '每行', '一排'])}${n}个）`]);
  }
  return said(text, props, varied);
}

export function stats({ rng, page }: PhraseContext): SaidSection {
  const word = rng.pick(['数据统计', '统计', '数据栏', '数据面板', '统计数据', '数据概览', '数据', '数据卡片', '数据看板']);
  if (rng.chance(0.4)) {
    const labels = pickList(rng, V.STAT_LABELS, 2, 4);
    const withValues = rng.chance(0.25);
    // A count, a count in 万, or a figure with its unit ("328km", "22天", "99%").
    const values = labels.map(() => (rng.chance(0.4) ? rng.range(0, 999) : rng.chance(0.6) ? `${rng.range(1, 99) / 10}万` : `${rng.range(1, 999)}${rng.pick(['天', '次', 'h', 'km', '%', '单', '人', '分钟'])}`));
    const items = labels.map((label, i) => ({ label, value: withValues ? values[i] : 0 }));
    // "粉丝 2.4万 / 关注 三十五 / 打卡 22 天": figures spaced out, after a colon or in brackets only.
    if (withValues && rng.chance(0.3)) {
      const value = (v: string | number) => (typeof v === 'number' && v > 0 && v < 100 && rng.chance(0.3) ? chineseNumber(v) : String(v).replace(/^(\d+)((?!万)[\u4e00-\u9fff]+)$/, rng.chance(0.5) ? '$1 $2' : '$1$2'));
      const spaced = labels.map((l, i) => `${l} ${value(values[i]!)}`).join(rng.pick(['、', ' / ', '｜', '，', ' ']));
      return said(rng.chance(0.7) ? `${word}：${spaced}` : `${word}（${spaced}）`, { items }, ['items']);
    }
    const list = withValues ? labels.map((l, i) => `${l}${values[i]}`).join(rng.pick(['、', ' ', '，'])) : joinList(rng, labels);
    const compact = !withValues && rng.chance(0.3) ? labels.join('') : list;
    // "显示三个数字：…", "一排两个数：…": numbers in a row, no stats word.
    const seen = `${rng.pick(['显示', '一排', '单独一块显示', ''])}${countWord(rng, labels.length)}${rng.pick(['数字', '数'])}：${withValues ? labels.map((l, i) => `${l}${values[i]}`).join('、') : labels.join('、')}`;
    return said(rng.chance(0.06) ? seen : rng.pick([`${word}：${list}`, `${compact}${rng.chance(0.5) ? word : '数据'}`, `${word}（${list}）`, `${word}显示${list}`]), { items }, ['items']);
  }
  if (rng.chance(0.08)) {
    const n = rng.range(2, 4);
    return said(countOnly(rng, word, n, rng.pick(['项', '个'])), { items: usual('stats', n, page).map((label) => ({ label, value: 0 })) }, ['items']);
  }
  return said(word);
}
