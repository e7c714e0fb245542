import { validate } from '@uidsl/dsl';
import type { PageName, ThemeName, UiDslDocument } from '@uidsl/dsl';
import { normalise } from './normalize.ts';
import { segment } from './tokenize.ts';
import { Interpreter, type Parse } from './interpret.ts';
import { build, DEFAULT_LAYOUT, DEFAULT_PAGE, DEFAULT_THEME } from './build.ts';
import { impliedPage, withoutGoal } from './implied.ts';

export { DEFAULT_THEME, DEFAULT_PAGE, DEFAULT_LAYOUT } from './build.ts';
export type { Mention, Parse, Spotted } from './interpret.ts';

export interface RulesOptions { theme?: ThemeName; pageType?: PageName }

/** What the parser recognised in a prompt: page type, theme, sections with their props, layout. For debugging. */
export function parsePrompt(prompt: string): Parse {
  const { raw, norm } = normalise(prompt);
  const parse = new Interpreter(raw, norm, segment(raw, norm)).run();
  if (parse.page) return parse;
  // A page named by what is on it or what it is for is read again as that page: some words read by the page.
  const implied = impliedPage(norm, parse.mentions);
  if (!implied) return parse;
  const quiet = withoutGoal(raw, norm, implied);
  return new Interpreter(quiet.raw, quiet.norm, segment(quiet.raw, quiet.norm), implied).run();
}

/** The smallest valid document for a page: its usual layout, or nothing at all if even that fails. */
function fallback(opts: RulesOptions): UiDslDocument {
  const doc = build({ mentions: [], layout: {} }, opts);
  if (validate(doc).valid) return doc;
  return { page: { name: DEFAULT_PAGE, theme: DEFAULT_THEME, layout: { ...DEFAULT_LAYOUT }, sections: [] } };
}

/**
 * A Chinese page description to a UI-DSL document by rules over the catalog's lexicon. Deterministic,
 * always schema-valid, never throws. Explicit options override what the text says.
 */
export function rulesGenerate(prompt: string, opts: RulesOptions = {}): UiDslDocument {
  try {
    const doc = build(parsePrompt(prompt), opts);
    if (validate(doc).valid) return doc;
  } catch {
    // A parser bug must not take generation down: the usual layout below is still a right-shaped answer.
  }
  return fallback(opts);
}
