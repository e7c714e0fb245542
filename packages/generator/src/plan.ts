import { catalog, pageNames, themeNames, type PageName, type SectionType, type ThemeName } from '@uidsl/dsl';
import type { Rng } from './rng.ts';

/** Sections that fit a page type besides its usual layout, so descriptions vary as real ones do. */
export const EXTRAS: Record<PageName, readonly SectionType[]> = {
  home_page: ['search-bar', 'notice-bar', 'banner', 'tabs', 'topbar', 'carousel', 'grid-menu', 'card-list'],
  detail_page: ['text', 'notice-bar', 'tabs', 'banner'],
  search_page: ['topbar', 'tabs', 'list', 'banner'],
  profile_page: ['topbar', 'grid-menu', 'card-list', 'banner', 'tabs', 'list', 'notice-bar'],
  publish_page: ['notice-bar', 'steps', 'text'],
  login_page: ['topbar', 'text', 'steps'],
  cart_page: ['card-list', 'notice-bar', 'tabbar'],
  order_page: ['search-bar', 'card-list', 'tabbar', 'steps'],
  settings_page: ['user-info', 'list'],
  article_page: ['banner', 'user-info', 'list', 'card-list', 'stats'],
  message_page: ['search-bar', 'tabs', 'notice-bar'],
  checkout_page: ['steps', 'menu-list', 'form', 'notice-bar'],
};

/** Where a section usually sits, top (0) to bottom; used to slot extras into a plausible place. */
const RANK: Record<SectionType, number> = {
  topbar: 0, 'search-bar': 1, 'notice-bar': 2, steps: 3, tabs: 3, banner: 4, carousel: 4, 'user-info': 5, stats: 6, 'grid-menu': 7,
  filters: 8, price: 9, seller: 10, proof: 11, text: 12, form: 12, 'menu-list': 13, list: 13, 'card-list': 14, cta: 18, tabbar: 19,
};

/** Pages a description may name by what they are for. */
const GOAL_PAGES = pageNames.filter((p) => catalog.pages[p as PageName].goals?.length);

const USUAL_TYPES = Object.fromEntries(pageNames.map((p) => [p, catalog.pages[p as PageName].layout.map((s) => s.type)])) as Record<PageName, SectionType[]>;
/** Sort keys per page: the usual rank, ties broken by the page's own layout order. */
const ORDER = Object.fromEntries(
  pageNames.map((p) => {
    const usual = USUAL_TYPES[p as PageName];
    return [p, Object.fromEntries((Object.keys(RANK) as SectionType[]).map((t) => [t, RANK[t] + (usual.includes(t) ? usual.indexOf(t) * 0.01 : 0.005)]))];
  }),
) as Record<PageName, Record<SectionType, number>>;

/** Bars that say where they are (顶部, 底部): never moved by a shuffle. */
const FIXED = new Set<SectionType>(['topbar', 'search-bar', 'tabbar']);

export interface Plan {
  page: PageName;
  pageNamed: boolean;
  theme: ThemeName;
  themeNamed: boolean;
  /** null: the description names no sections, so the page gets its usual layout. */
  sections: SectionType[] | null;
  shuffled: boolean;
}

export function planPage(rng: Rng): Plan {
  const pageNamed = rng.chance(0.96);
  // Half the descriptions that name no page type say what the page is for instead (the catalog's goals:
  // "用户输入账号密码进去的界面"); the rest are home pages.
  const implied = !pageNamed && rng.chance(0.5);
  const page = pageNamed ? (rng.pick(pageNames) as PageName) : implied ? (rng.pick(GOAL_PAGES) as PageName) : 'home_page';
  // A description naming no page type still names a theme and its sections, or it says nothing.
  const themeNamed = !pageNamed || rng.chance(0.88);
  const theme = themeNamed ? (rng.pick(themeNames) as ThemeName) : 'minimal';
  if (pageNamed && rng.chance(0.15)) return { page, pageNamed, theme, themeNamed, sections: null, shuffled: false };
  const usual = USUAL_TYPES[page];
  let picked: SectionType[] = [];
  for (const t of usual) if (rng.chance(0.72)) picked.push(t);
  for (const extra of EXTRAS[page]) if (!picked.includes(extra) && rng.chance(0.14)) picked.push(extra);
  if (picked.length === 0) picked = [rng.pick(usual)];
  const order = ORDER[page];
  picked.sort((a, b) => order[a] - order[b]);
  // Some descriptions list sections in an unusual order; the document must follow what is said.
  // Bars that name their own place (顶部, 底部) stay put, or the words would contradict the order.
  const middle = picked.filter((t) => !FIXED.has(t));
  const shuffled = middle.length > 1 && rng.chance(0.1);
  if (shuffled) {
    rng.shuffle(middle);
    picked = [...picked.filter((t) => t === 'topbar' || t === 'search-bar'), ...middle, ...picked.filter((t) => t === 'tabbar')];
  }
  return { page, pageNamed, theme, themeNamed, sections: picked, shuffled };
}
