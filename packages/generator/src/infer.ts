import { catalog } from '@uidsl/dsl';
import type { Field, Icon } from '@uidsl/dsl';

interface Match<T> { value: T; end: number; length: number }

/**
 * The word of a lexicon found in `text` that ends last (Chinese compounds put the head noun
 * last: 我的订单 is about 订单), the longest one on a tie. Deterministic, so the generator and the
 * rule-based parser map a label to the same icon or field type.
 */
function headWord<T extends string>(text: string, lexicon: Record<string, { words: string[] }>): T | undefined {
  let best: Match<T> | undefined;
  for (const [value, entry] of Object.entries(lexicon)) {
    for (const word of entry.words) {
      const at = text.lastIndexOf(word);
      if (at < 0) continue;
      const end = at + word.length;
      if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { value: value as T, end, length: word.length };
    }
  }
  return best?.value;
}

function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (cache.has(s)) return cache.get(s)!;
    const v = fn(s);
    if (cache.size < 10000) cache.set(s, v);
    return v;
  };
}

/** The icon of a menu or grid label ("收货地址" -> address), or undefined when no icon word is in it. */
export const iconFor: (label: string) => Icon | undefined = memo((label) => headWord<Icon>(label, catalog.icons));

/** The input type of a form field from its label ("手机号" -> phone); "text" when nothing matches. */
export const fieldTypeFor: (label: string) => Field['type'] = memo((label) => headWord<Field['type']>(label, catalog.vocab.fieldTypes) ?? 'text');

/** The icon a single word names (tab bar and top bar words), exact match only. */
export function iconNamed(word: string): Icon | undefined {
  for (const [icon, entry] of Object.entries(catalog.icons)) if (entry.words.includes(word)) return icon as Icon;
  return undefined;
}
