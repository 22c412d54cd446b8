// Coaches' links: partial links, hostile links in every key, QR codes, the link builder,
// and that opening a link never saves anything.
import { test } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import assert from 'node:assert/strict';
import { withBuiltSite, openPage, appReady, screenshot, PHONE, DESKTOP, ARTIFACTS } from './support.mjs';

const app = withBuiltSite();

const KEYS = ['v', 'units', 'week', 'prev', 'longest', 'longest30', 'runs', 'added', 'strength', 'focus', 'tight',
  'sitting', 'shoes', 'shoe_dist', 'weight', 'weight_change', 'form', 'cadence', 'injury', 'feet', 'pain', 'flags'];
const FULL = 'v=1&units=mi&week=9999.99&prev=9999.99,9999.99,9999.99,9999.99&longest=999.99&longest30=999.99&runs=21&added=speed,hills,less_rest&strength=14&focus=quads,glutes,hamstrings,calves&tight=quads:3,hip_flexors:3,hamstrings:3,calves:3&sitting=23.75&shoes=new_cushioned&shoe_dist=99999.99&weight=999.99&weight_change=-99.99&form=overstride,knee_in,hip_drop&cadence=230&injury=recurring&feet=overpronation&pain=10&flags=giving_way,locking,swelling,trauma,night_pain';

async function open(fragment, viewport = DESKTOP) {
  const opened = await openPage(app.browser, viewport);
  await opened.page.goto(app.site.url + fragment);
  await appReady(opened.page);
  return opened;
}

test("a coach's partial link sets only what it carries", async () => {
  const { context, page, errors } = await open('#/check?units=mi');
  assert.equal(await page.isChecked('#units-mi'), true);
  assert.equal(await page.inputValue('#week'), '');
  assert.match(await page.textContent('.link-banner'), /Filled in from a link/);
  assert.equal(await page.$('[data-testid=link-notice]'), null);
  assert.equal(await page.textContent('[data-testid=risk-score]'), '0');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a hostile value in any key is named, shown as text and runs nothing', async () => {
  const payloads = ['<img src=x onerror=alert(1)>', 'javascript:alert(document.domain)'];
  const { context, page, errors } = await openPage(app.browser);
  let visit = 0;
  for (const key of KEYS) {
    for (const payload of payloads) {
      visit += 1;
      await page.goto(`${app.site.url}?visit=${visit}#/check?${key}=${encodeURIComponent(payload)}&strength=0`);
      await appReady(page);
      const notice = await page.textContent('[data-testid=link-notice]');
      assert.match(notice, new RegExp(key === 'v' ? 'version' : key), `${key} is named`);
      assert.equal(await page.$('img[src=x]'), null, key);
      const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href').toLowerCase()));
      assert.ok(hrefs.every((href) => !href.includes('javascript')), key);
      assert.ok((await page.inputValue('[data-testid=share-url]')).startsWith(app.site.url), key);
    }
  }
  assert.deepEqual(errors, [], 'no script ran');
  await context.close();
});

test('opening a link saves nothing', async () => {
  const { context, page } = await open(`#/check?${FULL}`);
  await page.click('nav[aria-label=Main] a[href="#/history"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Your history');
  assert.equal(await page.$$eval('[data-testid=history-entry]', (entries) => entries.length), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('knee-check.v1.history')), null);
  await context.close();
});

test('a fully filled check shares a link under 1000 characters that reopens it', async () => {
  const { context, page } = await open(`#/check?${FULL}`);
  const link = await page.inputValue('[data-testid=share-url]');
  assert.ok(link.length <= 1000, `${link.length} characters`);
  const score = await page.textContent('[data-testid=risk-score]');
  const other = await openPage(app.browser);
  await other.page.goto(link);
  await appReady(other.page);
  assert.equal(await other.page.textContent('[data-testid=risk-score]'), score);
  assert.equal(await other.page.$('[data-testid=link-notice]'), null);
  await other.context.close();
  await context.close();
});

test('the QR code of the share link renders as SVG, brought by the whole app on a first visit', async () => {
  const { context, page, errors } = await open('#/check?v=1&units=km&week=45&prev=30', PHONE);
  const wholeApp = [];
  page.on('request', (request) => /\/whole-[0-9a-f]+_bg\.wasm$/.test(request.url()) && wholeApp.push(request.url()));
  await page.fill('#longest', '14');
  await page.focus('#show-qr');
  await page.keyboard.press('Enter');
  const qr = await page.waitForSelector('[data-testid=qr-code]');
  await appReady(page);
  assert.equal(wholeApp.length, 1, 'the encoder comes with the whole app');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'show-qr', 'focus kept');
  assert.equal(await page.getAttribute('#show-qr', 'aria-expanded'), 'true');
  assert.equal(await page.inputValue('#longest'), '14', 'answers kept');
  assert.match(await page.inputValue('[data-testid=share-url]'), /longest=14/);
  assert.deepEqual(errors, []);
  assert.equal(await qr.getAttribute('role'), 'img');
  assert.ok((await page.getAttribute('[data-testid=qr-code] path', 'd')).length > 500);
  const box = await qr.boundingBox();
  assert.ok(box.width >= 150 && Math.abs(box.width - box.height) < 1);
  await screenshot(page, 'phone-check-qr');
  await page.click('header a[href="#/history"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Your history');
  await page.click('header a[href="#/check"]');
  await page.waitForSelector('#show-qr');
  assert.equal(await page.$('[data-testid=qr-code]'), null, 'asked for once, not shown again on a later visit');
  assert.equal(await page.getAttribute('#show-qr', 'aria-expanded'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the link builder carries the chosen answers in the chosen units', async () => {
  const { context, page, errors } = await open('#/check?v=1&units=km&week=45&prev=30,31,29,30&longest=18&longest30=14&added=hills&strength=0&pain=4');
  await page.click('footer a[href="#/coach"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Build a link for your runners');
  let link = await page.inputValue('[data-testid=coach-link]');
  assert.match(link, /#\/check\?v=1&units=km&week=45&prev=30,31,29,30&longest=18&longest30=14&added=hills&strength=0$/, 'the runner\'s own pain is left out by default');
  await page.check('#coach-field-pain');
  assert.match(await page.inputValue('[data-testid=coach-link]'), /&pain=4$/, 'carried only when ticked');
  await page.uncheck('#coach-field-pain');
  await page.check('#coach-units-mi');
  link = await page.inputValue('[data-testid=coach-link]');
  assert.ok(!link.includes('pain='), link);
  assert.match(link, /units=mi&week=27\.96&/);
  assert.ok(await page.$('[data-testid=qr-code]'));
  await screenshot(page, 'desktop-coach');
  const runner = await openPage(app.browser, PHONE);
  await runner.page.goto(link);
  await appReady(runner.page);
  assert.equal(await runner.page.isChecked('#units-mi'), true);
  assert.equal(await runner.page.inputValue('#week'), '27.96');
  assert.equal(await runner.page.$('[data-testid=link-notice]'), null);
  await runner.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a coach builds a preset scenario on a fresh profile from the main navigation', async () => {
  const { context, page, errors } = await open('#/check');
  await page.click('nav[aria-label=Main] a[href="#/coach"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Build a link for your runners');
  await page.click('label[for=coach-preset-1]');
  const link = await page.inputValue('[data-testid=coach-link]');
  assert.match(link, /week=38&prev=30,30,29,30&longest=20&longest30=10/);
  await page.click('nav[aria-label=Main] a[href="#/check"]');
  await page.waitForSelector('#week');
  assert.equal(await page.inputValue('#week'), '', 'the coach\'s own check is untouched');
  const runner = await openPage(app.browser, PHONE);
  await runner.page.goto(link);
  await appReady(runner.page);
  assert.equal(await runner.page.inputValue('#longest'), '20');
  await runner.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

/** The text a QR code in a PNG holds, read as a phone would: jsQR on the pixels. */
function decodeQr(png) {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

test('the QR code downloads as SVG and PNG, and the printed poster scans to the exact link', async () => {
  const { context, page, errors } = await open('#/check?v=1&week=38&prev=30,30&longest=20&longest30=10');
  await page.click('nav[aria-label=Main] a[href="#/coach"]');
  await page.waitForSelector('[data-testid=coach-link]');
  const link = await page.inputValue('[data-testid=coach-link]');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=qr-png]')]);
  assert.equal(png.suggestedFilename(), 'knee-check-qr.png');
  const pngBytes = Buffer.concat(await (await png.createReadStream()).toArray());
  assert.equal(decodeQr(pngBytes), link, 'the PNG file scans to the link');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=qr-svg]')]);
  const svgText = Buffer.concat(await (await svg.createReadStream()).toArray()).toString('utf8');
  assert.match(svgText, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*width="800"/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.coach-options'), false, 'the controls are not printed');
  assert.equal(await page.textContent('.qr-poster .poster-link'), link, 'the link written out');
  const poster = await page.locator('.qr-poster svg').screenshot();
  assert.equal(decodeQr(poster), link, 'the poster scans to the exact link');
  await page.locator('.qr-poster').screenshot({ path: `${ARTIFACTS}coach-poster.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an empty check in miles is one click for a coach', async () => {
  const { context, page } = await open('#/coach');
  await page.check('#coach-units-mi');
  assert.match(await page.inputValue('[data-testid=coach-link]'), /#\/check\?v=1&units=mi$/);
  await context.close();
});

test("a coach's title shows above the result as plain text, and the builder writes it", async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE);
  const title = encodeURIComponent('Club 10k: <img src=x onerror=alert(1)> week 6');
  await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30,30,30,30&title=${title}`);
  await appReady(page);
  await page.waitForSelector('[data-testid=link-title]');
  assert.equal(await page.textContent('[data-testid=link-title]'), 'Club 10k: <img src=x onerror=alert(1)> week 6');
  assert.equal(await page.locator('.result img').count(), 0, 'text, never markup');
  assert.equal(await page.locator('[data-testid=link-notice]').count(), 0);
  await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30,30,30,30&title=${'a'.repeat(81)}`);
  await page.waitForSelector('[data-testid=link-notice]');
  assert.match(await page.textContent('[data-testid=link-notice]'), /title/);
  assert.equal(await page.locator('[data-testid=link-title]').count(), 0);
  await page.goto(`${app.site.url}#/coach`);
  await page.waitForSelector('[data-testid=coach-title]');
  await page.fill('[data-testid=coach-title]', 'Spring series, week 3');
  await page.waitForFunction(() => document.querySelector('[data-testid=coach-link]').value.includes('&title=Spring+series,+week+3'));
  const link = await page.inputValue('[data-testid=coach-link]');
  await page.goto(link);
  await page.waitForSelector('[data-testid=link-title]');
  assert.equal(await page.textContent('[data-testid=link-title]'), 'Spring series, week 3');
  await screenshot(page, 'phone-link-title');
  assert.deepEqual(errors, []);
  await context.close();
});
