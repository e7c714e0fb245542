import type { SectionType, UiDslDocument } from '@uidsl/dsl';
import type { Rng } from './rng.ts';
import { planPage } from './plan.ts';
import { phrasers, withDetail, type SaidSection } from './phrases/index.ts';
import { menuGroups } from './phrases/profile.ts';
import { compose, layoutSaid } from './compose.ts';
import { buildDocument } from './document.ts';

export interface PairMeta {
  page: string;
  theme: string;
  themeNamed: boolean;
  pageNamed: boolean;
  sectionsNamed: boolean;
  sections: string[];
  style: string;
  shuffled: boolean;
  varied: string[];
}

export interface Pair { instruction: string; doc: UiDslDocument; meta: PairMeta }

/** One instruction / document pair: plan the page, say each section, build the document from what was said. */
export function generatePair(rng: Rng): Pair {
  const plan = planPage(rng);
  const types = plan.sections ?? [];
  const said: (SaidSection & { type: SectionType })[] = [];
  for (let i = 0; i < types.length; i++) {
    const type = types[i];
    const context = { rng, page: plan.page, first: i === 0, last: i === types.length - 1 };
    // A settings or profile page's menu is sometimes said as two groups, which are two menus.
    if (type === 'menu-list' && (plan.page === 'settings_page' || plan.page === 'profile_page') && plan.pageNamed && rng.chance(0.08)) {
      for (const s of menuGroups(context)) said.push({ type, ...s });
      continue;
    }
    const s = phrasers[type](context);
    said.push(withDetail(rng, type, { type, text: s.text, props: s.props, placed: s.placed, varied: s.varied }));
  }
  const layout = layoutSaid(rng);
  const { instruction, style } = compose(rng, plan.page, plan.pageNamed, plan.theme, plan.themeNamed, said, layout.phrase);
  const doc = buildDocument(plan.page, plan.theme, plan.sections ? said : null, layout.said);
  // Distinct, in the order said (a handful of entries: a list beats a Set).
  const varied: string[] = [];
  for (const s of said) {
    for (const v of s.varied) {
      const name = `${s.type}.${v}`;
      if (!varied.includes(name)) varied.push(name);
    }
  }
  if (layout.phrase) varied.push('layout');
  return {
    instruction,
    doc,
    meta: { page: plan.page, theme: plan.theme, themeNamed: plan.themeNamed, pageNamed: plan.pageNamed, sectionsNamed: plan.sections !== null, sections: doc.page.sections.map((s) => s.type), style, shuffled: plan.shuffled, varied },
  };
}
