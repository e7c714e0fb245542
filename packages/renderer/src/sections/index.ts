import type { SectionType } from '@uidsl/dsl';
import { topbar, tabs, tabbar, searchBar, filters, noticeBar } from './bars.ts';
import { cardList, price, seller, proof, cta } from './commerce.ts';
import { carousel, banner } from './media.ts';
import { userInfo, stats, menuList, gridMenu } from './profile.ts';
import { list, text, steps, form } from './content.ts';
import type { SectionEntry } from './types.ts';

/** Every section type and the view that draws it; a new section type is one row here and one view. */
export const SECTIONS: Record<SectionType, SectionEntry> = {
  topbar, tabs, 'card-list': cardList, carousel, price, seller, proof, cta, tabbar, 'user-info': userInfo,
  'menu-list': menuList, form, filters, 'search-bar': searchBar, banner, 'grid-menu': gridMenu,
  'notice-bar': noticeBar, list, text, stats, steps,
};
export type { SectionEntry, SectionView } from './types.ts';
