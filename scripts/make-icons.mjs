// Renders the PNG icons from the SVGs in public/icons with Debian's Chromium:
// node scripts/make-icons.mjs (run again after changing an SVG; the PNGs are committed).
// The favicon is a 32 px PNG with a palette, not the SVG: Chromium downloads the favicon again
// after every history step in a profile that keeps no favicons (a private window), and an SVG
// one costs its main thread an SVG document each time (about 4 ms here, against 1 for the PNG).
// Its tile is square, without the icon's rounded corners: opaque, it needs 15 colours and no
// transparency, half the bytes of every first visit that the rounded one took.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/support.mjs';

const icons = resolve(import.meta.dirname, '../public/icons');
const renders = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
];
const FAVICON = ['icon.svg', 'favicon.png', 32];

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A lossless indexed-colour PNG of `rgba` (size × size pixels), which has at most 256 colours. */
function palettePng(rgba, size) {
  const colours = [];
  const indexOf = new Map();
  const rows = Buffer.alloc(size * (size + 1));
  for (let pixel = 0; pixel < size * size; pixel++) {
    const colour = rgba.readUInt32BE(pixel * 4);
    if (!indexOf.has(colour)) indexOf.set(colour, colours.push(colour) - 1);
    rows[Math.floor(pixel / size) * (size + 1) + 1 + (pixel % size)] = indexOf.get(colour);
  }
  if (colours.length > 256) throw new Error(`the favicon has ${colours.length} colours, more than a palette holds`);
  const opaque = colours.every((colour) => (colour & 255) === 255);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, indexed colour, deflate, no filter, no interlace
  const palette = Buffer.from(colours.flatMap((colour) => [colour >>> 24, (colour >>> 16) & 255, (colour >>> 8) & 255]));
  const alpha = Buffer.from(colours.map((colour) => colour & 255));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(opaque ? [] : [chunk('tRNS', alpha)]),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icon's markup with its background tile's corners square. */
function squareTile(markup) {
  const square = markup.replace(/(<rect width="64" height="64") rx="\d+"/, '$1');
  if (square === markup) throw new Error('the icon has no rounded 64×64 tile to square');
  return square;
}

const browser = await launchBrowser();
try {
  for (const [svg, png, size] of renders) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(join(icons, svg), 'utf8');
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
    await page.screenshot({ path: join(icons, png), omitBackground: true });
    await page.close();
    console.log(`${png}: ${size}×${size}`);
  }
  const [svg, png, size] = FAVICON;
  const page = await browser.newPage();
  const rgba = await page.evaluate(
    async ({ markup, size }) => {
      const image = new Image(size, size);
      image.src = `data:image/svg+xml,${encodeURIComponent(markup)}`;
      await image.decode();
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      return [...context.getImageData(0, 0, size, size).data];
    },
    { markup: squareTile(readFileSync(join(icons, svg), 'utf8')), size },
  );
  await page.close();
  const bytes = palettePng(Buffer.from(rgba), size);
  writeFileSync(join(icons, png), bytes);
  console.log(`${png}: ${size}×${size}, ${bytes.length} bytes`);
} finally {
  await browser.close();
}
