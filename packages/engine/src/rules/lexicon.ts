import { catalog } from '@uidsl/dsl';
import type { Icon, PageName, SectionType, ThemeName } from '@uidsl/dsl';
import { GRAMMAR, LIST_STYLES, NAMED_COLOURS, PLAIN_WORDS, VALUE_KEYS, type Role } from './grammar.ts';

export type CardType = 'product-card' | 'article-card' | 'user-card' | 'shop-card' | 'video-card';
export type FieldType = 'text' | 'number' | 'password' | 'textarea' | 'select' | 'image' | 'date' | 'phone';
export type ListStyle = 'plain' | 'card' | 'chat';

/** Everything one word can mean; a word may read as a section, an icon and a page type at once (购物车). */
export interface Reading {
  page?: PageName;
  theme?: ThemeName;
  section?: SectionType;
  icon?: Icon;
  card?: CardType;
  field?: FieldType;
  /** A currency by name or sign, as the symbol documents hold. */
  currency?: string;
  role?: Role;
  key?: string;
  style?: ListStyle;
  /** A colour said by name, as #RRGGBB. */
  colour?: string;
}

export interface Lexicon {
  words: Map<string, Reading>;
  /** Longest word, so the matcher knows how far to look ahead. */
  maxLength: number;
  /** For each first character, the lengths of the words starting with it, longest first. */
  lengths: Map<string, number[]>;
}

type Category = Exclude<keyof Reading, 'role' | 'key' | 'style' | 'colour'>;

function build(): Lexicon {
  const words = new Map<string, Reading>();
  const add = (word: string, reading: Reading) => {
    // "search  bar": a doubled space inside a two-word name (typing noise) still names it.
    if (word.includes(' ') && !word.includes('  ')) add(word.replace(/ /g, '  '), reading);
    const key = word.toLowerCase();
    // A word's meanings from different tables add up; within one table the first entry wins.
    const known = words.get(key) ?? {};
    for (const [k, v] of Object.entries(reading)) if (!(k in known)) (known as Record<string, unknown>)[k] = v;
    words.set(key, known);
  };
  const table = (category: Category, entries: Record<string, { words: string[] }>) => {
    for (const [name, entry] of Object.entries(entries)) for (const w of entry.words) add(w, { [category]: name });
  };
  table('page', catalog.pages);
  table('theme', catalog.themes);
  table('section', catalog.sections);
  table('icon', catalog.icons);
  // "tabbar：home/category/user", "card-list：1 列，product-card": people who write the DSL's own names mean them.
  for (const name of Object.keys(catalog.icons)) add(name, { icon: name as Icon });
  for (const name of Object.keys(catalog.sections)) add(name, { section: name as SectionType });
  for (const name of Object.keys(catalog.vocab.cards)) add(name, { card: name as CardType });
  // With a space for the hyphen or underscore too: "ocean blue", "cart page".
  for (const name of Object.keys(catalog.themes)) for (const w of [name, name.replace(/-/g, ' ')]) add(w, { theme: name as ThemeName });
  for (const name of Object.keys(catalog.pages)) for (const w of [name, name.replace(/_/g, ' ')]) add(w, { page: name as PageName });
  table('card', catalog.vocab.cards);
  table('field', catalog.vocab.fieldTypes);
  table('currency', catalog.vocab.currencies);
  for (const [role, list] of Object.entries(GRAMMAR)) for (const w of list) add(w, { role: role as Role });
  for (const [w, key] of Object.entries(VALUE_KEYS)) add(w, { key });
  for (const [w, style] of Object.entries(LIST_STYLES)) add(w, { style });
  for (const [w, colour] of Object.entries(NAMED_COLOURS)) add(w, { colour });
  for (const w of PLAIN_WORDS) if (!words.has(w)) add(w, {});
  let maxLength = 0;
  const lengths = new Map<string, number[]>();
  for (const w of words.keys()) {
    maxLength = Math.max(maxLength, w.length);
    const list = lengths.get(w[0]) ?? [];
    if (!list.includes(w.length)) list.push(w.length);
    lengths.set(w[0], list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return { words, maxLength, lengths };
}

/** Built once from the catalog: the same words the dataset generator speaks. */
export const lexicon: Lexicon = build();

const letter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

/** A lexicon word starts at `p` and does not end inside more letters ("search barplaceholder"). */
function wholeWordAt(norm: string, p: number): boolean {
  for (let l = 1; l <= lexicon.maxLength && p + l <= norm.length; l++) if (!letter(norm[p + l]) && lexicon.words.has(norm.slice(p, p + l))) return true;
  return false;
}

/** A lexicon word ends at `p` and does not start inside more letters. */
function wholeWordEndsAt(norm: string, p: number): boolean {
  for (let l = 1; l <= lexicon.maxLength && l <= p; l++) if (!letter(norm[p - l - 1]) && lexicon.words.has(norm.slice(p - l, p))) return true;
  return false;
}

/**
 * The longest lexicon word starting at `at` in normalised text, or undefined. A word that starts or
 * ends with a Latin letter must not be glued to more letters (digits may follow: padding12) ("tab" is not found inside "table"),
 * unless those letters are a whole lexicon word themselves ("search barplaceholder", "tabbarheader").
 */
export function matchWord(norm: string, at: number, end: number): { word: string; reading: Reading } | undefined {
  const lengths = lexicon.lengths.get(norm[at]);
  if (!lengths) return undefined;
  for (const len of lengths) {
    if (len > end - at) continue;
    const word = norm.slice(at, at + len);
    const reading = lexicon.words.get(word);
    if (!reading) continue;
    if (letter(word[0]) && letter(norm[at - 1]) && !wholeWordEndsAt(norm, at)) continue;
    if (letter(word[len - 1]) && letter(norm[at + len]) && !wholeWordAt(norm, at + len)) continue;
    return { word, reading };
  }
  return undefined;
}
