// Draws the PNG icons of the manifest from static/icon.svg with the same Chromium the tests
// use, so the bitmaps never drift from the SVG: `node make-icons.mjs` here after editing it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, root } from './helpers.mjs';

const svg = await readFile(join(root, 'static', 'icon.svg'), 'utf8');
// iOS rounds home-screen icons itself and fills transparency with black, so its icon is a
// full square; the manifest's icons keep the rounded corners.
const icons = [
  { size: 192, svg, transparent: true },
  { size: 512, svg, transparent: true },
  { size: 180, svg: svg.replace('rx="12"', 'rx="0"'), transparent: false },
];
const browser = await launch();
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
  await page.setContent(`<html><body style="margin:0">${sized}</body></html>`);
  await page.screenshot({ path: join(root, 'static', `icon-${icon.size}.png`), omitBackground: icon.transparent });
  await page.close();
}
await browser.close();
