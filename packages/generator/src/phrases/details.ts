import type { SectionType } from '@uidsl/dsl';
import type { Rng } from '../rng.ts';
import type { SaidSection } from './common.ts';

/**
 * Details people add that the DSL has no prop for ("圆角", "带角标"): the document ignores them,
 * and the model learns to. Never a word that names a value, a section or a theme.
 */
const DETAILS: Partial<Record<SectionType, readonly string[]>> = {
  topbar: ['，居中显示', '（固定在顶部）', '，吸顶', '，带阴影'],
  'card-list': ['，带销量角标', '，圆角卡片', '（带角标）', '，显示销量', '，图片大一点'],
  carousel: ['，圆角', '（带指示点）', '，展示活动图'],
  list: ['，带未读红点', '，左滑删除', '（带时间）'],
  form: ['，带校验', '（必填项标星）'],
  'grid-menu': ['，图标圆形', '（带文字）'],
  'menu-list': ['，每项带箭头', '（右侧箭头）'],
  cta: ['，圆角', '，固定在底部', '（大一点）'],
  'user-info': ['，头像圆形', '（背景渐变）'],
  price: ['，红色大字', '（加粗）'],
  'notice-bar': ['，可关闭', '（滚动显示）'],
  tabbar: ['，图标加文字', '（固定）'],
};

export function withDetail<T extends SaidSection & { type: SectionType }>(rng: Rng, type: SectionType, s: T): T {
  const extra = DETAILS[type];
  if (!extra || !rng.chance(0.06)) return s;
  return { ...s, text: s.text + rng.pick(extra) };
}
