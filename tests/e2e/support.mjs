// Shared by the end-to-end tests: a static server for the built site on 127.0.0.1, and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, after } from 'node:test';

import { serve } from '../../scripts/static_server.mjs';
import { launch } from '../../scripts/chromium.mjs';

export { serve, launch };

export const ARTIFACTS = new URL('../../artifacts/', import.meta.url).pathname;

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * A fresh page that records every request that leaves 127.0.0.1, every page error and
 * every Content-Security-Policy violation, so tests can assert the app makes no
 * third-party requests and runs cleanly under its policy.
 */
export async function openPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && !url.protocol.startsWith('data')) foreign.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) errors.push(`csp: ${message.text()}`);
  });
  page.on('dialog', (dialog) => { errors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  return { context, page, foreign, errors };
}

/** A fresh page on the check filled from `query`, once its score shows. */
export async function openCheck(app, query, viewport = DESKTOP) {
  const opened = await openPage(app.browser, viewport);
  await opened.page.goto(`${app.site.url}#/check?${query}`);
  await appReady(opened.page);
  await opened.page.waitForSelector('[data-testid=risk-score]');
  return opened;
}

/**
 * Waits until the app has rendered its shell and the pre-rendered copy has gone; on a page
 * other than the check, until the whole app has taken over from the check alone.
 */
export async function appReady(page) {
  await page.waitForSelector('main h1', { timeout: 20000 });
  await page.waitForFunction(
    () => !document.getElementById('prerendered') && !document.querySelector('[data-testid=opening]'),
    null,
    { timeout: 20000 },
  );
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export const DIST = new URL('../../dist/', import.meta.url).pathname;
export const SUBPATH_DIST = new URL('../../target/dist-subpath/', import.meta.url).pathname;

/**
 * One browser and one server of the built site for a whole test file, closed at its end.
 * Tests read `app.browser` and `app.site` once the file's `before` hook has run.
 */
export function withBuiltSite() {
  const app = {};
  before(async () => {
    app.browser = await launch();
    app.site = await serve(DIST);
  });
  after(async () => {
    await app.browser?.close();
    await app.site?.close();
  });
  return app;
}
