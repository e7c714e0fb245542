import { catalog } from './catalog.ts';

/** Whether a button label is an action a page offers beside its main one (加入购物车, 聊一聊, 收藏, 存草稿). */
export const isSecondaryAction = (label: string): boolean => catalog.vocab.secondaryActions.some((w) => label.includes(w));

/**
 * Which of two buttons said together is the main one (`cta.text`) and which the second (`cta.secondary`):
 * the one that is no secondary action, in whatever order they were said ("加入购物车和立即购买",
 * "“立即购买”“加入购物车”": 立即购买 either way); when both or neither are, the one said last. The dataset
 * generator and the rule-based fallback both decide this way.
 */
export function buttonRoles(first: string, second: string): { text: string; secondary: string } {
  if (isSecondaryAction(second) && !isSecondaryAction(first)) return { text: first, secondary: second };
  return { text: second, secondary: first };
}
