/**
 * Stand-in words for content a document does not carry (card titles, chat times): a fixed table,
 * picked by position, so every render of a document is the same.
 */
export const PLACEHOLDER = {
  product: ['精选好物', '人气爆款', '新品上市', '限量款', '每日推荐', '品质之选'],
  article: ['本周热门话题盘点', '新手入门完全指南', '十个实用小技巧', '编辑部精选好文', '行业动态速览', '深度解读与分析'],
  user: ['小鹿', '阿杰', '晴天', '木子', '橙橙', '大鹏'],
  shop: ['优选旗舰店', '品牌直营店', '好物小铺', '潮流集合店', '精品专营店', '源头工厂店'],
  video: ['日常vlog', '开箱测评', '穿搭分享', '美食探店', '旅行记录', '教程合集'],
  times: ['刚刚', '09:41', '昨天', '周一', '12:30', '3月8日'],
} as const;

/** The entry at position `i`, wrapping around. */
export const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

/** A price that looks real and stays the same for the same position. */
export const fakePrice = (i: number): number => [199, 89, 359, 49.9, 128, 699][i % 6];
