import { inflateSync } from 'node:zlib';

/** An RGBA image read from a PNG file: its size and a pixel reader. */
export interface RgbaImage {
  width: number;
  height: number;
  pixel(x: number, y: number): [number, number, number, number];
}

/**
 * Reads an 8-bit RGBA, non-interlaced PNG whose rows are unfiltered (what scripts/make-icons.mjs writes);
 * anything else is refused rather than misread.
 */
export function readPng(file: Buffer): RgbaImage {
  if (file.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('not 8-bit RGBA, non-interlaced');
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = 1 + width * 4;
  for (let y = 0; y < height; y++) if (raw[y * stride] !== 0) throw new Error(`row ${y} is filtered`);
  return {
    width,
    height,
    pixel: (x, y) => {
      const at = y * stride + 1 + x * 4;
      return [raw[at] ?? 0, raw[at + 1] ?? 0, raw[at + 2] ?? 0, raw[at + 3] ?? 0];
    },
  };
}

/** The PNG images inside a Windows ICO that holds PNG entries. */
export function icoImages(file: Buffer): RgbaImage[] {
  const count = file.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index;
    const size = file.readUInt32LE(entry + 8);
    const start = file.readUInt32LE(entry + 12);
    return readPng(file.subarray(start, start + size));
  });
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const channel = (value = 0) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
