import type { PageName, SectionType } from './types.gen.ts';
import { catalog } from './catalog.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1] : n < 20 ? `十${NUMERALS[n - 11]}` : `二十`);

/** Row titles of a list given only a count: the defaults' 条目一, 条目二, … carried on. */
export const ROW_TITLES: readonly string[] = Array.from({ length: 20 }, (_, i) => `条目${numeral(i + 1)}`);

export interface UsualContext {
  page: PageName;
  /** A grid of order states (订单宫格) rather than shortcuts. */
  orders?: boolean;
}

/** The catalog's list of usual entries for a section on a page, or undefined where there is none. */
function pool(type: SectionType, { page, orders }: UsualContext): readonly string[] | undefined {
  const menus = catalog.vocab.menuLabels;
  switch (type) {
    case 'grid-menu':
      return orders ? menus.orderGrid : menus.grid;
    case 'menu-list':
      return page === 'settings_page' ? menus.settings : page === 'checkout_page' ? menus.checkout : menus.profile;
    case 'stats':
      return catalog.vocab.statLabels;
    case 'list':
      return ROW_TITLES;
    default:
      return undefined;
  }
}

/**
 * The labels of the first `n` entries a section shows when a description gives only how many there
 * are ("宫格8个", "菜单6项", "评论列表5条"): the usual entries of that section on that page, in the
 * catalog's order. Undefined for sections whose entries only the description can name (tabs, steps).
 * The dataset generator and the rule-based fallback both fill counts this way, so the two agree.
 */
export function usualLabels(type: SectionType, n: number, context: UsualContext): string[] | undefined {
  const labels = pool(type, context);
  if (!labels || !Number.isInteger(n) || n < 1) return undefined;
  return labels.slice(0, n);
}
