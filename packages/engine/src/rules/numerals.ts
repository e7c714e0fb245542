/** Numbers as people write them in descriptions: 3, 2.5, 三, 两, 十二, 二十四, 一百九十九; 单 and 双 before a measure word. */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export interface NumberMatch {
  value: number;
  /** Index just past the number. */
  end: number;
}

const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Reads an Arabic number at `at` (digits, optional decimals); undefined when there is none. */
function readArabic(text: string, at: number): NumberMatch | undefined {
  let end = at;
  while (isAsciiDigit(text[end])) end++;
  if (end === at) return undefined;
  // Keep the digit run bounded so a hostile prompt of a million digits stays a cheap parse.
  if (end - at > 12) return { value: Number(text.slice(at, at + 12)), end };
  if (text[end] === '.' && isAsciiDigit(text[end + 1])) {
    end++;
    while (isAsciiDigit(text[end])) end++;
  }
  return { value: Number(text.slice(at, end)), end };
}

/** Reads a Chinese numeral at `at` (up to the ten-thousands); undefined when there is none. */
function readChinese(text: string, at: number): NumberMatch | undefined {
  let end = at;
  let total = 0;
  let digit = -1;
  let unit = 0;
  let zero = false;
  while (end < text.length && end - at < 12) {
    const c = text[end];
    if (c in DIGIT) {
      digit = DIGIT[c];
      if (digit === 0) zero = true;
    } else if (c === '万') {
      // 十万, 四万八千: 万 multiplies all that came before it.
      total = (total + Math.max(digit, 0) || 1) * 10000;
      unit = 10000;
      digit = -1;
      zero = false;
    } else if (c in UNIT) {
      // 十二: a unit with no digit before it counts once.
      total += (digit < 0 ? 1 : digit) * UNIT[c];
      unit = UNIT[c];
      digit = -1;
      zero = false;
    } else break;
    end++;
  }
  if (end === at) return undefined;
  // "六百八" is 680 and "一千二" 1200, as people say them; "一百零八" is 108.
  if (digit >= 0) total += unit >= 100 && !zero ? digit * (unit / 10) : digit;
  return { value: total, end };
}

/** A number starting exactly at `at`, Arabic or Chinese. */
export function readNumber(text: string, at: number): NumberMatch | undefined {
  return readArabic(text, at) ?? readChinese(text, at);
}

/** Whether a number can start at this character (used by the tokenizer before trying `readNumber`). */
export const startsNumber = (c: string | undefined): boolean => c !== undefined && (isAsciiDigit(c) || c in DIGIT || c === '十');
