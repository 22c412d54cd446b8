// A club site on plain http: no secure context, so no navigator.clipboard. Copying a link
// must fall back to select-and-copy and never throw into the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve, DIST, DESKTOP } from './support.mjs';

let browser;
let site;

before(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--host-resolver-rules=MAP knee.test 127.0.0.1',
    ],
  });
  site = await serve(DIST);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('"Copy link" on a plain-http page copies through the fallback with no page error', async () => {
  const port = new URL(site.url).port;
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://knee.test:${port}/#/check?v=1&week=30&prev=30`);
  await page.waitForSelector('[data-testid=share-url]');
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  assert.equal(await page.evaluate(() => typeof navigator.clipboard), 'undefined');
  await page.click('.share button:has-text("Copy link")');
  await page.waitForFunction(() => /Link copied|copy it by hand/.test(document.querySelector('.share .status')?.textContent ?? ''));
  const selected = await page.evaluate(() => {
    const input = document.querySelector('[data-testid=share-url]');
    return input.value.slice(input.selectionStart, input.selectionEnd);
  });
  assert.match(selected, /#\/check\?v=1/);
  assert.deepEqual(errors, []);
  await context.close();
});
