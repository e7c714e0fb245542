import { catalog, type SectionType } from '@uidsl/dsl';
import type { Rng } from '../rng.ts';
import type { SaidSection } from './common.ts';

/**
 * Details people add that the DSL has no prop for ("圆角", "带角标"), from the catalog: the document
 * ignores them, and the model learns to. Never a word that names a value, a section or a theme.
 */
const DETAILS = catalog.vocab.details;

export function withDetail<T extends SaidSection & { type: SectionType }>(rng: Rng, type: SectionType, s: T): T {
  const extra = DETAILS[type];
  if (!extra || !rng.chance(0.06)) return s;
  return { ...s, text: s.text + rng.pick(extra) };
}
