// Draws images/icon.png (128×128 RGBA): a report page with a check-mark badge on a red tile.
// No dependencies: shapes are signed distance functions, anti-aliased by 4×4 supersampling,
// and the PNG is written with node's zlib.   node images/make-icon.mjs [out.png] [size]
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
const SIZE = Number(process.argv[3] ?? 128);
const S = SIZE / 128; // the drawing is designed on a 128 grid
const SS = 4; // supersamples per axis

// ---- signed distance functions (negative inside), in 128-grid units
const roundBox = (px, py, x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (px, py, cx, cy, r) => Math.hypot(px - cx, py - cy) - r;
const segment = (px, py, ax, ay, bx, by, w) => {
  const pax = px - ax,
    pay = py - ay,
    bax = bx - ax,
    bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h) - w / 2;
};
const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];
const mix = (c1, c2, t) => c1.map((v, i) => v + (c2[i] - v) * t);

// page geometry
const P = { x0: 30, y0: 18, x1: 88, y1: 108, r: 5, fold: 18 };
const BADGE = { cx: 88, cy: 90, r: 24 };
// > 0 in the corner cut off by the diagonal from (x1 - fold, y0) to (x1, y0 + fold)
const cut = (x, y) => (x - (P.x1 - P.fold) - (y - P.y0)) / Math.SQRT2;

// layers, bottom to top: [sdf(px,py) -> distance, color(px,py) -> rgba]
const layers = [
  // tile: deep red, a little lighter at the top
  [(x, y) => roundBox(x, y, 4, 4, 124, 124, 26), (x, y) => mix(hex('#d23a32'), hex('#9c1c1c'), (y - 4) / 120)],
  // page shadow
  [(x, y) => Math.max(roundBox(x, y, P.x0 + 2, P.y0 + 3, P.x1 + 2, P.y1 + 3, P.r), cut(x - 2, y - 3)), () => hex('#000000', 0.22)],
  // page, with the top-right corner cut off
  [(x, y) => Math.max(roundBox(x, y, P.x0, P.y0, P.x1, P.y1, P.r), cut(x, y)), () => hex('#fbf8f3')],
  // the folded-over corner: the triangle below the cut
  [(x, y) => Math.max(cut(x, y), P.x1 - P.fold - x, y - (P.y0 + P.fold)), () => hex('#d9cfc1')],
  // a heading bar and text lines
  [(x, y) => segment(x, y, 39, 34, 62, 34, 5), () => hex('#c62828')],
  [
    (x, y) => Math.min(segment(x, y, 39, 48, 78, 48, 4), segment(x, y, 39, 59, 78, 59, 4), segment(x, y, 39, 70, 66, 70, 4), segment(x, y, 39, 81, 58, 81, 4)),
    () => hex('#a9a29a'),
  ],
  // badge: white ring, green disc, white check mark
  [(x, y) => circle(x, y, BADGE.cx, BADGE.cy, BADGE.r + 4), () => hex('#ffffff')],
  [(x, y) => circle(x, y, BADGE.cx, BADGE.cy, BADGE.r), (x, y) => mix(hex('#43a047'), hex('#2e7d32'), (y - BADGE.cy + BADGE.r) / (2 * BADGE.r))],
  [(x, y) => Math.min(segment(x, y, 76, 91, 84.5, 99.5, 7), segment(x, y, 84.5, 99.5, 100, 81, 7)), () => hex('#ffffff')],
];

const px = Buffer.alloc(SIZE * SIZE * 4);
for (let j = 0; j < SIZE; j++) {
  for (let i = 0; i < SIZE; i++) {
    let acc = [0, 0, 0, 0]; // premultiplied
    for (let sj = 0; sj < SS; sj++) {
      for (let si = 0; si < SS; si++) {
        const x = (i + (si + 0.5) / SS) / S,
          y = (j + (sj + 0.5) / SS) / S;
        let c = [0, 0, 0, 0]; // premultiplied rgba of this sample
        for (const [sdf, color] of layers) {
          if (sdf(x, y) > 0) continue;
          const [r, g, b, a] = color(x, y);
          c = [r * a + c[0] * (1 - a), g * a + c[1] * (1 - a), b * a + c[2] * (1 - a), a + c[3] * (1 - a)];
        }
        acc = acc.map((v, k) => v + c[k]);
      }
    }
    const n = SS * SS,
      a = acc[3] / n,
      o = (j * SIZE + i) * 4;
    px[o] = a ? Math.round(acc[0] / n / a) : 0;
    px[o + 1] = a ? Math.round(acc[1] / n / a) : 0;
    px[o + 2] = a ? Math.round(acc[2] / n / a) : 0;
    px[o + 3] = Math.round(a * 255);
  }
}

// ---- PNG
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8;
ihdr[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let j = 0; j < SIZE; j++) px.copy(raw, j * (SIZE * 4 + 1) + 1, j * SIZE * 4, (j + 1) * SIZE * 4);
writeFileSync(
  OUT,
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
console.log(`wrote ${OUT} (${SIZE}×${SIZE})`);
