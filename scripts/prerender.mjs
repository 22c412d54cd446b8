// Build-time pre-render of the first screen: the release build is opened in headless
// Chromium, and what the app itself renders for a first visit to the check (the header, the
// heading and its intro, the form) is copied into index.html as static HTML, so it paints
// before the wasm has downloaded. The app renders beside it and then removes it, carrying
// over anything typed (src/browser/prerender.rs). A small inline script, run while the page
// parses, fits the copy to the address: the whole copy for the check, the form hidden for a
// check link (its answers are not in the copy), only the header for other routes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './static_server.mjs';
import { launch } from './chromium.mjs';
import { minifiedScripts } from './minify.mjs';

/** Runs in the page before anything paints; hashed into the Content-Security-Policy. */
const FIT_TO_ADDRESS = `(function () {
  var copy = document.getElementById('prerendered');
  var path = location.hash.split('?')[0];
  var check = path === '' || path === '#' || path === '#/' || path === '#/check';
  if (!check) {
    copy.className = 'for-other-route';
    var current = copy.querySelector('[aria-current]');
    if (current) current.removeAttribute('aria-current');
  } else if (location.hash.indexOf('?') >= 0) {
    copy.className = 'for-check-link';
  }
  if (window.matchMedia('(min-width: 60rem)').matches) {
    copy.querySelectorAll('details').forEach(function (section) { section.open = true; });
  }
})();`;

/** The first screen as the app renders it, without what only the live app can show. */
function firstScreen() {
  // The app sets what is ticked and chosen as properties; the copy needs them as attributes.
  for (const input of document.querySelectorAll('input')) input.toggleAttribute('checked', input.checked);
  for (const option of document.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
  const copy = document.createElement('div');
  copy.id = 'prerendered';
  const take = (selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`prerender: the app rendered no ${selector}`);
    return element.cloneNode(true);
  };
  copy.append(take('a.skip-link'), take('header.site-header'));
  const main = take('main');
  const page = main.querySelector('.check-page');
  main.replaceChildren(page);
  for (const live of page.querySelectorAll('.score-peek, .link-notice, section.result')) live.remove();
  copy.append(main);
  return copy.outerHTML;
}

export async function prerender(dir) {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  if (html.includes('id="prerendered"')) throw new Error('prerender: index.html already has a copy');
  const base = html.match(/<base href="([^"]*)"/)?.[1] ?? '/';
  const site = await serve(dir, base.startsWith('/') ? base : '/');
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}#/check`);
    await page.waitForSelector('main .check-page h1', { timeout: 30000 });
    if (errors.length) throw new Error(`prerender: the app failed: ${errors.join('; ')}`);
    const copy = await page.evaluate(firstScreen);
    const withCopy = html.replace('<body>', minifiedScripts(`<body>\n${copy}\n<script>${FIT_TO_ADDRESS}</script>`));
    writeFileSync(file, withCopy);
    return { bytes: copy.length };
  } finally {
    await browser.close();
    await site.close();
  }
}
