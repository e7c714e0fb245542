import { createCanvas } from '@napi-rs/canvas';
const c = createCanvas(750, 1400); const ctx = c.getContext('2d');
ctx.fillStyle = '#123456'; ctx.fillRect(0, 0, 750, 1400);
for (let i = 0; i < 30; i++) c.data();
const t = performance.now(); for (let i = 0; i < 100; i++) { ctx.fillRect(i, i, 10, 10); c.data(); }
console.log(((performance.now() - t) / 100).toFixed(2), 'ms');
