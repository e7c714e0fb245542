import assert from 'node:assert/strict';
import { documentGrammar } from '../../grammar/build.ts';
import { EOS, feedChar, forcedChar, initialState, type State } from '../../automaton/automaton.ts';

const PUNCT = '{}[]:,"';
export const ALPHABET = [...new Set([...`${PUNCT}0123456789-._#abcdefghijklmnopqrstuvwxyzABCDEF\\ 中文商品价格潮鞋😀`])];

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Walks the automaton with random accepted characters (from `alphabet`) until the document is complete. */
export function walk(seed: number, grammar = documentGrammar(), alphabet: readonly string[] = ALPHABET): string {
  const rand = rng(seed);
  let s: State = initialState(grammar);
  let text = '';
  for (let steps = 0; steps < 20_000; steps++) {
    const forced = forcedChar(s);
    if (forced === EOS) return text;
    let next: State | null = null;
    let ch = '';
    if (forced !== null) {
      ch = forced;
      next = feedChar(s, ch);
      assert.ok(next, `forced "${ch}" rejected after ${text}`);
    } else {
      // Biased so walks go deep: lists usually grow (","), strings usually close ('"').
      const order = [...alphabet].sort(() => rand() - 0.5);
      if (rand() < 0.35) order.unshift('"');
      if (rand() < 0.7) order.unshift(',');
      for (const c of order) {
        next = feedChar(s, c);
        if (next) {
          ch = c;
          break;
        }
      }
      assert.ok(next, `dead end after ${text}`);
    }
    s = next!;
    text += ch;
  }
  assert.fail(`walk ${seed} did not finish`);
}

