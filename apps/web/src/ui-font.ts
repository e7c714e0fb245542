/**
 * On a machine with no Chinese font, the app's labels would be boxes. The API serves a cut of Noto Sans SC
 * for them (apps/api/src/routes/ui-font.ts, /fonts/ui.css, linked from index.html), listed last in the
 * font stack, so machines that have a Chinese font never fetch it. Where none is installed it is loaded
 * before the app first renders: text laid out before a late web font arrives was seen to stay boxes in
 * Chromium.
 */

/** Whether `ch` draws exactly like a character no font has (a private-use code point): a missing glyph. */
function drawsAsMissing(ch: string): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 32;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  // The page's font stack without the app's own typeface: what the system alone draws.
  ctx.font = `24px ${getComputedStyle(document.documentElement).fontFamily.replace(/,?\s*"?UIDSL UI"?/, '')}`;
  const pixels = (text: string) => {
    ctx.clearRect(0, 0, 32, 32);
    ctx.fillText(text, 2, 26);
    return ctx.getImageData(0, 0, 32, 32).data.join(',');
  };
  return pixels(ch) === pixels('\u{10FFFD}');
}

/** Loads the app's own Chinese typeface first where the system has none; resolves within `timeoutMs` either way. */
export async function ensureChineseFont(timeoutMs = 1500): Promise<void> {
  if (!document.fonts || !drawsAsMissing('中')) return;
  const load = Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 16px "UIDSL UI"`, '中文')));
  await Promise.race([load.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}
