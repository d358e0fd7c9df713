/**
 * Writes the add-in's icons (assets/icon-16.png … icon-128.png): a white house on a green rounded
 * square. Drawn from geometry, so the PNGs are the same on every machine and can be redrawn at any
 * size; the manifest names the sizes Office asks for (16, 32, 80 for the ribbon; 64 and 128 for the
 * add-in lists).
 *
 *   npm run icons     (compiles this file with build:cli, then runs lib/scripts/make-icons.js)
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { deflateSync } from 'zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
const GREEN: Rgba = [0x1d, 0x6b, 0x3f, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Which colour the point (x, y) in the unit square has; 0,0 is the top left corner. */
function colourAt(x: number, y: number): Rgba {
  if (!inRoundedSquare(x, y, 0.04, 0.2)) return CLEAR;
  const roof = y >= 0.17 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.17) * (0.34 / 0.33);
  const body = x >= 0.26 && x <= 0.74 && y >= 0.46 && y <= 0.82;
  const door = x >= 0.43 && x <= 0.57 && y >= 0.6 && y <= 0.82;
  return (roof || body) && !door ? WHITE : GREEN;
}

function inRoundedSquare(x: number, y: number, margin: number, radius: number): boolean {
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && dx * dx + dy * dy <= radius * radius;
}

/** RGBA pixels, row by row, anti-aliased by averaging an 8×8 grid of samples per pixel. */
export function iconPixels(size: number): Buffer {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          // premultiplied, so a transparent sample does not darken the edge
          for (let k = 0; k < 3; k++) sum[k] += (c[k] * c[3]) / 255;
          sum[3] += c[3];
        }
      }
      const n = samples * samples;
      const alpha = sum[3] / n;
      const at = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) pixels[at + k] = alpha === 0 ? 0 : Math.round(((sum[k] / n) * 255) / alpha);
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A PNG file (8-bit RGBA, no interlace, filter 0 on every row) of the given square pixels. */
export function encodePng(size: number, pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, iconPixels(size)));
    return file;
  });
}

if (require.main === module) {
  // lib/scripts/make-icons.js → the repository's assets/
  for (const file of writeIcons(resolve(__dirname, '..', '..', 'assets'))) console.log(`skrev ${file}`);
}
