import type { VNode } from 'vue';
import type { Look } from '../theme.ts';

/** A section component: its props (catalog defaults under the document's) and the page's look. */
export type SectionView = (p: Record<string, any>, look: Look, index: number) => VNode;

export interface SectionEntry {
  view: SectionView;
  /** Bars run edge to edge; other sections sit inside the page padding. */
  bleed?: boolean;
}
