import { readFileSync } from 'node:fs';
import type { PageName, SectionType, ThemeName, Section } from './types.gen.ts';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../catalog/${name}`, import.meta.url), 'utf8'));

export interface PageEntry {
  /** Short Chinese name shown in UIs. */
  label: string;
  /** Words and synonyms a user may write for this page type. */
  words: string[];
  /**
   * What a user does on the page, said instead of naming it ("用户输入账号密码进去" for a login page): the
   * dataset generator describes some pages so, and the rules read them back. The home page has none.
   */
  goals?: string[];
  /** The usual layout: sections (with the props documents carry) used when a description names none. */
  layout: Section[];
}
export interface ThemeTokens {
  bg: string; surface: string; text: string; muted: string; primary: string; onPrimary: string;
  accent: string; border: string; radius: number; shadow: string; font: string;
  [extra: string]: string | number;
}
export interface ThemeEntry { label: string; words: string[]; tokens: ThemeTokens }
export interface SectionEntry {
  label: string;
  words: string[];
  /** What the renderer shows for a prop a document leaves out. */
  defaults: Record<string, unknown>;
}
export interface WordsEntry { words: string[] }

/**
 * The catalog: page types, themes, section types, icons and the Chinese lexicon, as data.
 * The generator, the renderer, the rule-based fallback and the web app all read this one object.
 */
export const catalog = {
  pages: load('pages.json') as Record<PageName, PageEntry>,
  themes: load('themes.json') as Record<ThemeName, ThemeEntry>,
  sections: load('sections.json') as Record<SectionType, SectionEntry>,
  icons: load('icons.json') as Record<string, WordsEntry>,
  /**
   * Card kinds, form field types, and currencies by the symbol documents hold (words[0] is the usual
   * name); and details people add after a section that the DSL has no prop for ("，圆角", "（带时间）"),
   * as written after the section word: documents ignore them; and the figures a stats bar or a user card
   * counts (关注, 粉丝, …), which people also write glued together (获赞阅读作品); and the usual entries of
   * menus and grids by the page they sit on (some hold a joiner: 帮助与反馈 is one entry); and words of the
   * actions a page offers beside its main one (加入购物车, 聊一聊, 收藏), which decide which of two buttons is main.
   */
  vocab: load('vocab.json') as {
    cards: Record<string, WordsEntry>;
    fieldTypes: Record<string, WordsEntry>;
    currencies: Record<string, WordsEntry>;
    details: Partial<Record<SectionType, string[]>>;
    statLabels: string[];
    menuLabels: Record<'profile' | 'settings' | 'checkout' | 'grid' | 'orderGrid', string[]>;
    secondaryActions: string[];
  },
};
export type Catalog = typeof catalog;
