// Draws the app's icons (issue #9: the public view installs as an app) with no image library: a
// Wi-Fi sign, white on the app's teal, anti-aliased by supersampling, written as PNG with node:zlib.
// `node --import tsx client/icons/make-icons.ts` rewrites client/public/icons/*.png (committed).
import { mkdir, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';

export const THEME_COLOUR = '#0b6e69';
const TEAL = [0x0b, 0x6e, 0x69] as const;
const SAMPLES = 4;

/** CRC-32 (ISO 3309, the one PNG chunks carry). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels, row by row, as a PNG file (colour type 6, 8 bits, no interlace). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Whether a point of the unit square is part of the Wi-Fi sign scaled by `scale` about the centre. */
function inSign(x: number, y: number, scale: number): boolean {
  const dx = (x - 0.5) / scale;
  const dy = (y - 0.5) / scale - 0.28; // the dot sits low, the arcs open upwards
  const r = Math.hypot(dx, dy);
  if (r < 0.075) return true;
  if (dy > 0 || Math.abs(Math.atan2(dx, -dy)) > Math.PI / 4) return false;
  return [0.22, 0.37, 0.52].some((radius) => Math.abs(r - radius) < 0.045);
}

/** Inside the background: a rounded square, or the whole square for a maskable icon. */
function inBackground(x: number, y: number, maskable: boolean): boolean {
  if (maskable) return true;
  const corner = 0.18;
  const cx = Math.min(Math.max(x, corner), 1 - corner);
  const cy = Math.min(Math.max(y, corner), 1 - corner);
  return Math.hypot(x - cx, y - cy) <= corner;
}

export function drawIcon(size: number, maskable: boolean): Uint8Array {
  // A maskable icon keeps its sign inside the safe circle (80 % of the width, W3C Manifest).
  const scale = maskable ? 0.62 : 0.8;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let sign = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inBackground(x, y, maskable)) continue;
          background += 1;
          if (inSign(x, y, scale)) sign += 1;
        }
      }
      const total = SAMPLES * SAMPLES;
      const white = background ? sign / background : 0;
      const at = (py * size + px) * 4;
      pixels[at] = Math.round(TEAL[0] + (255 - TEAL[0]) * white);
      pixels[at + 1] = Math.round(TEAL[1] + (255 - TEAL[1]) * white);
      pixels[at + 2] = Math.round(TEAL[2] + (255 - TEAL[2]) * white);
      pixels[at + 3] = Math.round((255 * background) / total);
    }
  }
  return pixels;
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
] as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../public/icons/', import.meta.url);
  await mkdir(dir, { recursive: true });
  for (const { file, size, maskable } of ICONS) {
    await writeFile(new URL(file, dir), encodePng(size, drawIcon(size, maskable)));
  }
}
