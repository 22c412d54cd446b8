// Re-creates the app's PNG icons from our own favicon.svg, drawn by Debian's Chromium:
//   node scripts/icons.mjs
// icons/icon-192.png and icons/icon-512.png are the SVG as it is; icons/maskable-512.png
// puts it inside the safe zone (the middle 80%) on the brand colour, for launchers that
// crop icons to a circle or a squircle. The PNGs are committed; run this after changing
// the SVG.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const root = new URL('../', import.meta.url);
const svg = await readFile(new URL('favicon.svg', root), 'utf8');
const BRAND = '#0b5f55';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const [name, size, scale, background] of [
  ['icon-192.png', 192, 1, 'transparent'],
  ['icon-512.png', 512, 1, 'transparent'],
  ['maskable-512.png', 512, 0.7, BRAND],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * scale);
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;width:${size}px;height:${size}px;background:${background};display:grid;place-items:center">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`);
  await page.screenshot({ path: new URL(`icons/${name}`, root).pathname, omitBackground: background === 'transparent' });
  await page.close();
  console.log(`icons/${name}: ${size}x${size}`);
}
await browser.close();
