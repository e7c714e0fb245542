// Per section type, the ways a person says it and the props those words fix; one registry.
import type { SectionType } from '@uidsl/dsl';
import type { Phraser } from './common.ts';
import { searchBar, tabbar, tabs, topbar } from './bars.ts';
import { cardList, carousel, cta, price, proof, seller } from './commerce.ts';
import { gridMenu, menuList, stats, userInfo } from './profile.ts';
import { filters, form, steps } from './forms.ts';
import { banner, list, noticeBar, text } from './content.ts';

export type { PhraseContext, SaidSection } from './common.ts';
export { withDetail } from './details.ts';
export { FORM_SUBMIT_PAGES } from './forms.ts';

/** The phrasing of each section type: a registry, one function per type. */
export const phrasers: Record<SectionType, Phraser> = {
  topbar,
  'search-bar': searchBar,
  tabs,
  'card-list': cardList,
  carousel,
  price,
  seller,
  proof,
  cta,
  tabbar,
  'user-info': userInfo,
  'menu-list': menuList,
  form,
  filters,
  banner,
  'grid-menu': gridMenu,
  'notice-bar': noticeBar,
  list,
  text,
  stats,
  steps,
};
