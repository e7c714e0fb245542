/**
 * Mean structural similarity of two greyscale images of the same size (Wang et al. 2004), computed
 * over 8x8 windows with a stride of 4 and the usual constants for 8-bit data.
 */
export function ssim(a: Uint8Array, b: Uint8Array, width: number, height: number, win = 8, stride = 4): number {
  if (a.length !== b.length || a.length !== width * height) throw new Error('ssim: images differ in size');
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const n = win * win;
  let total = 0;
  let count = 0;
  for (let y = 0; y + win <= height; y += stride) {
    for (let x = 0; x + win <= width; x += stride) {
      let sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
      for (let j = 0; j < win; j++) {
        const row = (y + j) * width + x;
        for (let i = 0; i < win; i++) {
          const pa = a[row + i];
          const pb = b[row + i];
          sa += pa; sb += pb; saa += pa * pa; sbb += pb * pb; sab += pa * pb;
        }
      }
      const ma = sa / n;
      const mb = sb / n;
      const va = saa / n - ma * ma;
      const vb = sbb / n - mb * mb;
      const cov = sab / n - ma * mb;
      total += ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
      count++;
    }
  }
  return count ? total / count : 1;
}
