const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0..99 in Chinese numerals: 3 -> 三, 12 -> 十二, 20 -> 二十, 35 -> 三十五. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** A count as people say it before a measure word: 2 -> 两 (两张), otherwise the numeral. */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumber(n);
}

/** Ordinal step or tab position as said: index 0 -> 第一个 / 第1个. */
export function ordinal(index: number, digits: boolean): string {
  return `第${digits ? index + 1 : chineseNumber(index + 1)}`;
}
