// Draws softdial's icons (a green disc with a white handset-like bar; a mint one for dark taskbars) into build/, so the
// packaging resources come from source rather than from an image editor. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** The disc and bar colours of each style: `colour` for light taskbars and the app, `dark` for dark taskbars. */
const STYLES = {
  colour: { disc: [11, 110, 79, 255], bar: [255, 255, 255, 255] },
  dark: { disc: [63, 214, 155, 255], bar: [11, 31, 23, 255] },
  template: { disc: [0, 0, 0, 255], bar: [0, 0, 0, 0] },
};

/** A square RGBA image: the disc with the bar in a style's colours (template: black, the bar cut out for macOS to tint). */
function icon(size, style = 'colour') {
  const { disc, bar: barColour } = STYLES[style];
  const rows = [];
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x - centre, y - centre) / (size / 2);
      const inDisc = distance <= 0.96;
      const bar = Math.abs(y - centre) < size * 0.09 && Math.abs(x - centre) < size * 0.3;
      const ends =
        Math.abs(x - centre) > size * 0.18 &&
        Math.abs(x - centre) < size * 0.3 &&
        y - centre > -size * 0.02 &&
        y - centre < size * 0.2;
      const onBar = inDisc && (bar || ends);
      const colour = onBar ? barColour : inDisc ? disc : [0, 0, 0, 0];
      row.push(...colour);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows ICO holding PNG images (Windows Vista and later read PNG entries). */
function ico(pngs) {
  const header = Buffer.from([0, 0, 1, 0, pngs.length, 0]);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.set([size % 256, size % 256, 0, 0], 0);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ data }) => data)]);
}

mkdirSync('build/icons', { recursive: true });
writeFileSync('build/icon.png', icon(512));
writeFileSync('build/icons/256x256.png', icon(256));
// Loaded by the running app (packaged with it): tray per OS and the window's icon.
mkdirSync('build/app-icons', { recursive: true });
writeFileSync('build/app-icons/tray.png', icon(32));
writeFileSync('build/app-icons/tray-dark.png', icon(32, 'dark'));
writeFileSync('build/app-icons/trayTemplate.png', icon(16, 'template'));
writeFileSync('build/app-icons/trayTemplate@2x.png', icon(32, 'template'));
writeFileSync('build/app-icons/tray.ico', ico([16, 32].map((size) => ({ size, data: icon(size) }))));
writeFileSync('build/app-icons/tray-dark.ico', ico([16, 32].map((size) => ({ size, data: icon(size, 'dark') }))));
writeFileSync('build/app-icons/window.png', icon(256));
