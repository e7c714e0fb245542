import type { VNode } from 'vue';
import type { Look } from '../theme.ts';

/**
 * A section component: its props (catalog defaults under the document's) and the page's look.
 * It depends on nothing else (not its position on the page), so a drawn section can be reused.
 */
export type SectionView = (p: Record<string, any>, look: Look) => VNode;

export interface SectionEntry {
  view: SectionView;
  /** Bars run edge to edge; other sections sit inside the page padding. */
  bleed?: boolean;
}
