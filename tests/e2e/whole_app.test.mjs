// The first visit downloads the check alone; the first page a runner opens beyond it brings
// the whole app, once, which takes the page over with nothing lost (src/browser/whole_app.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBuiltSite, openPage, appReady, PHONE } from './support.mjs';

const app = withBuiltSite();

const wholeAppRequests = (requests) => requests.filter((url) => /\/whole-[0-9a-f]+(\.js|_bg\.wasm|\.css)$/.test(url));

/**
 * A phone page with no service worker, which would have the whole app cached before the
 * runner clicks, so a test can make its download fail; page errors are recorded.
 */
async function withoutWorker() {
  const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors };
}

async function nav(page, route) {
  await page.click(`nav[aria-label=Main] a[href='#/${route}']`);
  await appReady(page);
}

test('a first visit downloads the check alone; the first other page brings the whole app once, answers kept', async () => {
  const { context, page, errors, foreign } = await openPage(app.browser, PHONE);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30,31,29,30`);
  await appReady(page);
  await page.waitForSelector('[data-testid=risk-score]');
  await page.fill('#longest', '16');
  const score = await page.textContent('[data-testid=risk-score]');
  assert.deepEqual(wholeAppRequests(requests), [], 'the check alone on a first visit');

  // By keyboard: the link keeps focus through the hand-over.
  await page.focus("nav[aria-label=Main] a[href='#/history']");
  await page.keyboard.press('Enter');
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Your history');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#/history', 'focus kept');
  assert.equal(wholeAppRequests(requests).length, 3, 'its script, its wasm and its stylesheet, once');
  assert.equal(await page.evaluate(() => [...document.styleSheets].some((sheet) => /whole-[0-9a-f]+\.css$/.test(sheet.href ?? ''))), true, 'its pages styled before they show');
  assert.equal(await page.locator('main').count(), 1, 'one page, not two');

  await nav(page, 'check');
  assert.equal(await page.inputValue('#week'), '45', "the coach's answer");
  assert.equal(await page.inputValue('#longest'), '16', "the runner's own");
  assert.equal(await page.textContent('[data-testid=risk-score]'), score);
  await nav(page, 'plan');
  await nav(page, 'learn');
  assert.equal(wholeAppRequests(requests).length, 3, 'downloaded once');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a failed download says so, keeps the answers and the way back, and tries again', async () => {
  const { context, page, errors } = await withoutWorker();
  await page.route(/\/whole-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await page.fill('#week', '38');
  await page.click("nav[aria-label=Main] a[href='#/history']");
  const failed = await page.waitForSelector('[data-testid=opening-failed]');
  assert.match(await failed.textContent(), /did not download.*Your answers are kept.*try again/s);
  assert.equal(await page.textContent('main h1'), 'History');

  await page.click("[data-testid=opening-failed] a[href='#/check']");
  await appReady(page);
  assert.equal(await page.inputValue('#week'), '38');

  await page.click("nav[aria-label=Main] a[href='#/history']");
  await page.waitForSelector('[data-testid=opening-failed]');
  await page.unroute(/\/whole-[0-9a-f]+_bg\.wasm$/);
  await page.click('[data-testid=opening-failed] button');
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Your history');
  await nav(page, 'check');
  assert.equal(await page.inputValue('#week'), '38');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a stylesheet that does not download fails the hand-over like the wasm, and is fetched again on a retry', async () => {
  const { context, page, errors } = await withoutWorker();
  await page.route(/\/whole-[0-9a-f]+\.css$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await page.fill('#week', '38');
  await page.click("nav[aria-label=Main] a[href='#/plan']");
  const failed = await page.waitForSelector('[data-testid=opening-failed]');
  assert.match(await failed.textContent(), /did not download.*stylesheet/s);
  await page.unroute(/\/whole-[0-9a-f]+\.css$/);
  await page.click('[data-testid=opening-failed] button');
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Your return-to-running plan');
  assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel=stylesheet][href*="whole-"]').length), 1, 'one stylesheet, the failed one taken out');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a coach's link to another page downloads the whole app alone, and the check steps in if it cannot", async () => {
  const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${app.site.url}#/learn/mri`);
  await appReady(page);
  await page.waitForSelector('article.guide-section p');
  assert.equal(await page.textContent('article.guide-section h2'), 'Do you need an MRI?');
  assert.equal(wholeAppRequests(requests).length, 3);
  assert.deepEqual(requests.filter((url) => /\/knee-check-[0-9a-f]+(\.js|_bg\.wasm)$/.test(url)), [], 'not the check as well');

  const offline = await context.newPage();
  offline.on('pageerror', (error) => errors.push(String(error)));
  await offline.route(/\/whole-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await offline.goto(`${app.site.url}#/plan`);
  await offline.waitForSelector('[data-testid=opening-failed]');
  assert.equal(await offline.textContent('main h1'), 'Your plan');
  await offline.unroute(/\/whole-[0-9a-f]+_bg\.wasm$/);
  await offline.click('[data-testid=opening-failed] button');
  await appReady(offline);
  assert.equal(await offline.textContent('main h1'), 'Your return-to-running plan');
  assert.deepEqual(errors, []);
  await context.close();
});

const checkRequests = (requests) => requests.filter((url) => /\/knee-check-[0-9a-f]+(\.js|_bg\.wasm)$/.test(url));
const historyKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('knee-check.v1.history.entry.')));

test('the first save brings the whole app, which saves the check; from then on the whole app starts first', async () => {
  const { context, page, errors, foreign } = await openPage(app.browser, PHONE);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30,31,29,30`);
  await appReady(page);
  await page.fill('#longest', '16');
  await page.fill('#save-note', 'first save\nsore on stairs');
  const score = await page.textContent('[data-testid=risk-score]');
  assert.deepEqual(wholeAppRequests(requests), []);

  await page.focus('#save-check');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.save-row [role=status]:has-text("Saved to your history.")');
  await appReady(page);
  assert.equal(wholeAppRequests(requests).length, 3, 'its script, its wasm and its stylesheet');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'save-check', 'focus kept');
  assert.equal(await page.locator('main').count(), 1, 'one page, not two');
  assert.equal(await page.inputValue('#longest'), '16', 'answers kept');
  assert.equal(await page.textContent('[data-testid=risk-score]'), score);
  assert.equal((await historyKeys(page)).length, 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('knee-check.v1.draft')), null, 'a saved check is no draft');

  await nav(page, 'history');
  assert.match(await page.textContent('main'), /first save\s+sore on stairs/);
  assert.equal(wholeAppRequests(requests).length, 3, 'downloaded once');
  await nav(page, 'check');
  assert.equal(await page.textContent('.save-row [role=status]'), '', 'said once, not on every return');

  // Coming back: saved checks mean the whole app starts, with next week's check on offer.
  const again = await context.newPage();
  const later = [];
  again.on('request', (request) => later.push(request.url()));
  again.on('pageerror', (error) => errors.push(String(error)));
  await again.goto(`${app.site.url}#/check`);
  await appReady(again);
  await again.waitForSelector('[data-testid=new-from-last]');
  assert.deepEqual(checkRequests(later), [], 'not the check first');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a handed-over save that storage refuses says so and gives the note back', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE);
  await page.goto(`${app.site.url}#/check?v=1&week=40&prev=30,31,29,30`);
  await appReady(page);
  await page.evaluate(() => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key, value) {
      if (key.startsWith('knee-check.v1.history')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realSetItem.call(this, key, value);
    };
  });
  await page.fill('#save-note', 'sore after hills');
  await page.click('#save-check');
  const status = page.locator('.save-row [role=status]');
  await status.filter({ hasText: /storage is full/ }).waitFor();
  await appReady(page);
  assert.equal(await page.inputValue('#save-note'), 'sore after hills', 'the note is back, to save again');
  assert.equal(await page.inputValue('#week'), '40');
  assert.deepEqual(await historyKeys(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a save whose download fails says so, saves nothing behind the runner, and saves when tried again', async () => {
  const { context, page, errors } = await withoutWorker();
  await page.route(/\/whole-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${app.site.url}#/check?v=1&week=40&prev=30,31,29,30`);
  await appReady(page);
  await page.fill('#save-note', 'offline try');
  await page.click('#save-check');
  const status = page.locator('.save-row [role=status]');
  await status.filter({ hasText: 'Not saved' }).waitFor();
  assert.match(await status.textContent(), /did not download\. Your answers are kept.*save again/);
  assert.deepEqual(await historyKeys(page), []);
  assert.equal(await page.inputValue('#week'), '40');

  // Opening another page later does not save it unasked.
  await page.unroute(/\/whole-[0-9a-f]+_bg\.wasm$/);
  await page.click("nav[aria-label=Main] a[href='#/history']");
  await appReady(page);
  assert.match(await page.textContent('main'), /Nothing saved yet/);
  assert.deepEqual(await historyKeys(page), []);
  await nav(page, 'check');
  await page.click('#save-check');
  await page.waitForSelector('.save-row [role=status]:has-text("Saved to your history.")');
  assert.equal((await historyKeys(page)).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
