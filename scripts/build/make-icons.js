#!/usr/bin/env node
/**
 * Draws the add-in's icon — a gold trophy with a red star on a red plinth — and writes it as PNG files
 * at the sizes the manifest uses (assets/icon-16.png … icon-80.png). No dependency but zlib: shapes are
 * signed distance functions in a unit square, sampled 8×8 per pixel for smooth edges, and the PNG
 * bytes (signature, IHDR, IDAT, IEND with their CRCs) are written by hand.
 *
 *   node scripts/build/make-icons.js            writes the icons into assets/
 *   node scripts/build/make-icons.js <dir>      writes them into <dir>
 *
 * The PNGs are committed; run this again only when the drawing changes.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const SAMPLES = 8;

// Colours (RGBA).
const GOLD = [244, 180, 0, 255];
const GOLD_DARK = [201, 138, 0, 255];
const OUTLINE = [110, 72, 0, 255];
const RED = [198, 40, 40, 255];
const RED_DARK = [140, 20, 20, 255];

// Signed distances: negative inside.
const norm = (x, y) => Math.sqrt(x * x + y * y);
const box = (x, y, x0, y0, x1, y1) => {
  const dx = Math.max(x0 - x, x - x1);
  const dy = Math.max(y0 - y, y - y1);
  return dx > 0 && dy > 0 ? norm(dx, dy) : Math.max(dx, dy);
};
const ellipse = (x, y, cx, cy, rx, ry) => (norm((x - cx) / rx, (y - cy) / ry) - 1) * Math.min(rx, ry);
const ring = (x, y, cx, cy, rOut, rIn) => Math.abs(norm(x - cx, y - cy) - (rOut + rIn) / 2) - (rOut - rIn) / 2;

/** The bowl: a band under the rim, then the lower half of an ellipse. */
const bowl = (x, y) => Math.min(box(x, y, 0.25, 0.15, 0.75, 0.3), Math.max(ellipse(x, y, 0.5, 0.3, 0.25, 0.27), 0.3 - y));
const rim = (x, y) => box(x, y, 0.2, 0.1, 0.8, 0.17);
const handles = (x, y) => Math.min(Math.max(ring(x, y, 0.25, 0.33, 0.14, 0.08), x - 0.27), Math.max(ring(x, y, 0.75, 0.33, 0.14, 0.08), 0.73 - x));
const stem = (x, y) => box(x, y, 0.45, 0.55, 0.55, 0.72);
const collar = (x, y) => box(x, y, 0.34, 0.7, 0.66, 0.77);
const plinth = (x, y) => box(x, y, 0.25, 0.77, 0.75, 0.91);
const cup = (x, y) => Math.min(bowl(x, y), rim(x, y), handles(x, y), stem(x, y), collar(x, y));

/** A five-pointed star on the bowl. */
const STAR = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? 0.115 : 0.047;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  return [0.5 + r * Math.cos(a), 0.355 + r * Math.sin(a)];
});
function inStar(x, y) {
  let inside = false;
  for (let i = 0, j = STAR.length - 1; i < STAR.length; j = i++) {
    const [xi, yi] = STAR[i];
    const [xj, yj] = STAR[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The colour at a point of the unit square (painter's order), or null for transparent. */
function colourAt(x, y, size) {
  const line = 1.1 / size + 0.012; // about one pixel of outline at every size
  if (plinth(x, y) < 0) return plinth(x, y) > -line ? RED_DARK : RED;
  const d = cup(x, y);
  if (d > line) return null;
  if (d > 0) return OUTLINE;
  if (size >= 32 && inStar(x, y)) return RED;
  if (rim(x, y) < 0 || handles(x, y) < 0 || collar(x, y) < 0) return GOLD_DARK;
  return GOLD;
}

function render(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((col + (sx + 0.5) / SAMPLES) / size, (row + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = (row * size + col) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round(a / (SAMPLES * SAMPLES));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels → PNG bytes (8-bit RGBA, no interlace, filter 0 on every row). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) rgba.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'assets'));
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, encodePng, render };
