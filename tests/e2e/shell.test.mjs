// The app shell: it opens on the check, every route has its heading, navigation works by
// keyboard, it runs under a club's sub-path, and nothing is requested from another host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, withBuiltSite, openPage, appReady, screenshot, DIST, SUBPATH_DIST, PHONE, DESKTOP } from './support.mjs';

const app = withBuiltSite();

const ROUTES = [
  ['#/check', 'Check what is loading your knees'],
  ['#/history', 'Your history'],
  ['#/learn', "Runner's knee, explained"],
  ['#/learn/strength', "Runner's knee, explained"],
  ['#/plan', 'Your return-to-running plan'],
];

test('opens on the check with header, navigation and footer', async () => {
  const { context, page, foreign, errors } = await openPage(app.browser);
  await page.goto(app.site.url);
  await appReady(page);
  assert.match(page.url(), /#\/check$/);
  assert.equal(await page.textContent('main h1'), 'Check what is loading your knees');
  assert.equal(await page.getAttribute('nav[aria-label=Main] a[aria-current=page]', 'href'), '#/check');
  assert.match(await page.textContent('footer'), /not a diagnosis/);
  const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(policy, /default-src 'self'/);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every route shows its heading, at phone and desktop widths', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const { context, page, foreign, errors } = await openPage(app.browser, viewport);
    for (const [fragment, heading] of ROUTES) {
      await page.goto(app.site.url + fragment);
      await appReady(page);
      await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, heading);
      await screenshot(page, `${name}-${fragment.replace(/[#/]+/g, '-').replace(/^-/, '')}`);
    }
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the navigation works from the keyboard', async () => {
  const { context, page } = await openPage(app.browser);
  await page.goto(app.site.url);
  await appReady(page);
  await page.focus('nav[aria-label=Main] a[href="#/history"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Your history');
  assert.match(page.url(), /#\/history$/);
  assert.equal(await page.getAttribute('nav[aria-label=Main] a[aria-current=page]', 'href'), '#/history');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('Check'));
  await context.close();
});

test('an unknown route says so and links back to the check', async () => {
  const { context, page } = await openPage(app.browser);
  await page.goto(app.site.url + '#/nowhere');
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Page not found');
  await page.click('main a');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('Check'));
  await context.close();
});

test('the sub-path build runs under /tools/knee/ and nowhere else is asked for', async () => {
  const club = await serve(SUBPATH_DIST, '/tools/knee/');
  const { context, page, foreign, errors } = await openPage(app.browser);
  const failed = [];
  page.on('response', (response) => { if (response.status() >= 400) failed.push(response.url()); });
  await page.goto(club.url + '#/learn');
  await appReady(page);
  assert.equal(await page.textContent('main h1'), "Runner's knee, explained");
  assert.deepEqual(failed, []);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
  await club.close();
});

test('the default build works at any sub-path', async () => {
  const club = await serve(DIST, '/running-club/knees/');
  const { context, page, errors } = await openPage(app.browser, PHONE);
  await page.goto(club.url);
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Check what is loading your knees');
  const share = await page.inputValue('[data-testid=share-url]');
  assert.ok(share.startsWith(club.url + '#/check?v=1'), share);
  assert.deepEqual(errors, []);
  await context.close();
  await club.close();
});

test('the About page installs the app when the browser offers it, and gives the steps for Safari on iOS', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE);
  await page.goto(`${app.site.url}#/about`);
  await appReady(page);
  await page.waitForSelector('.install');
  assert.match(await page.textContent('.install'), /Add to Home Screen/);
  assert.equal(await page.locator('[data-testid=install-app]').count(), 0, 'no button before the browser offers');
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = () => { window.installAsked = true; return Promise.resolve(); };
    offer.userChoice = Promise.resolve({ outcome: 'accepted' });
    dispatchEvent(offer);
  });
  await page.click('[data-testid=install-app]');
  await page.waitForFunction(() => /Installed/.test(document.querySelector('.install-status').textContent));
  assert.equal(await page.evaluate(() => window.installAsked), true);
  assert.equal(await page.locator('[data-testid=install-app]').count(), 0, 'an offer is used once');
  assert.deepEqual(errors, []);
  await context.close();
});
