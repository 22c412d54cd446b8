// The app on a club's site: inside an iframe on another origin (with storage blocked there
// too), and the privacy page's "delete all my data", which removes only what is ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { withBuiltSite, openPage, appReady, screenshot, DESKTOP, PHONE } from './support.mjs';

const app = withBuiltSite();

/** A club page on another origin (a second port) that embeds the app. */
async function clubPage(appUrl) {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harriers</title></head><body>
    <h1>Harriers: check your knees</h1>
    <iframe title="Runner's Knee Check" src="${appUrl}#/check?v=1&week=45&prev=30" style="width:100%;height:900px;border:0"></iframe>
    </body></html>`;
  const server = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

test('inside a club page on another origin: the compact layout, working with storage blocked', async () => {
  const club = await clubPage(app.site.url);
  const context = await app.browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    if (window.top !== window.self) {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked in a third-party frame', 'SecurityError'); } });
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(club.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid=risk-score]').waitFor();
  assert.equal(await frame.locator('.site-header').count(), 0, 'no header of our own');
  assert.equal(await frame.locator('.site-footer').count(), 0, 'no footer of our own');
  const out = frame.locator('.embed-bar a');
  assert.equal(await out.getAttribute('target'), '_blank');
  assert.match(await out.getAttribute('href'), /#\/check/);
  assert.equal(await frame.locator('#week').inputValue(), '45');
  await frame.locator('[data-testid=save-assessment]').click();
  await frame.locator('.save-row .status:has-text("Kept until you close this tab")').waitFor();
  const notice = await frame.locator('[data-testid=storage-notice]').textContent();
  assert.match(notice, /saving is off/i);
  assert.match(notice, /third-party cookies.*its own tab/s, 'inside another site, the setting is the third-party one');
  await screenshot(page, 'phone-embedded');
  assert.deepEqual(errors, []);
  await context.close();
  await club.close();
});

test('"delete all my data" asks first, then removes every key of ours and nothing else', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/check?v=1&week=30&prev=30&units=mi`);
  await appReady(page);
  await page.check('#units-mi');
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));
  await page.click('a[href="#/plan"]');
  await page.waitForSelector('[data-testid=save-symptoms]');
  await page.selectOption('#symptom-during', '2');
  await page.selectOption('#symptom-morning', '0');
  await page.click('[data-testid=save-symptoms]');
  await page.waitForSelector('[data-testid=symptom-entry]');
  await page.click('a[href="#/check"]');
  await page.fill('#week', '31');
  await page.waitForFunction(() => (localStorage.getItem('knee-check.v1.draft') || '').includes('week=31'));
  assert.ok((await page.evaluate(() => Object.keys(localStorage))).some((key) => key.startsWith('knee-check.v1.symptoms.')), 'a run is logged');
  await page.evaluate(() => {
    localStorage.setItem('knee-check.v1.history.unreadable.1-0', '{broken');
    localStorage.setItem('club-calendar.settings', 'keep me');
    sessionStorage.setItem('knee-check.v1.draft', 'v=1&week=3');
  });
  await page.click('a[href="#/about"]');
  await page.waitForSelector('[data-testid=delete-all]');
  assert.match(await page.textContent('.about'), /the runs you log in the symptom log, the answers of a check you have not saved yet/);
  await page.click('[data-testid=delete-all]');
  assert.ok(await page.$('[data-testid=confirm-delete-all]'), 'asks before deleting');
  assert.ok((await page.evaluate(() => Object.keys(localStorage))).some((key) => key.startsWith('knee-check.')), 'nothing gone yet');
  await page.click('[data-testid=confirm-delete-all]');
  await page.waitForFunction(() => /nothing of Runner's Knee Check is left/.test(document.querySelector('.about .status').textContent));
  const left = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  assert.deepEqual(left, ['club-calendar.settings']);
  await page.click('a[href="#/history"]');
  await page.waitForSelector('main h1');
  assert.equal(await page.$$eval('[data-testid=history-entry]', (entries) => entries.length), 0);
  await page.click('a[href="#/plan"]');
  await page.waitForSelector('[data-testid=save-symptoms]');
  assert.equal(await page.locator('[data-testid=symptom-entry]').count(), 0, 'the symptom log is gone too');
  assert.deepEqual(errors, []);
  await context.close();
});

/** A club page on another origin holding docs/embed-snippet.html as written, its addresses changed. */
async function snippetPage(appUrl, fragment) {
  const snippet = (await readFile(new URL('../../docs/embed-snippet.html', import.meta.url), 'utf8'))
    .replace('https://club.example/tools/knee/', `${appUrl}${fragment}`)
    .replace("'https://club.example'", `'${new URL(appUrl).origin}'`);
  const html = `<!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Harriers</title></head>
    <body style="margin:0"><h1 style="margin:0.5rem">Harriers: check your knees</h1>${snippet}<p>Club news below.</p></body></html>`;
  const server = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

test('the documented snippet fits the frame to a phone: the score bar in view, a short page a short frame', async () => {
  const phone = { width: 390, height: 844 };
  const long = await snippetPage(app.site.url, '#/check?v=1&week=45&prev=30,30');
  const { context, page, errors } = await openPage(app.browser, phone);
  await page.goto(long.url);
  const frame = page.frameLocator('#knee-check');
  await frame.locator('[data-testid=risk-score]').waitFor();
  await page.waitForFunction(() => document.getElementById('knee-check').getBoundingClientRect().height === window.innerHeight);
  await page.locator('#knee-check').evaluate((element) => element.scrollIntoView());
  const box = await page.locator('#knee-check').boundingBox();
  assert.equal(Math.round(box.height), phone.height, 'a long page: the frame is the screen high, no more');
  const bar = await frame.locator('.score-peek').boundingBox();
  assert.ok(bar && bar.y >= 0 && bar.y + bar.height <= phone.height + 1, `the score bar is in view (${JSON.stringify(bar)})`);
  await screenshot(page, 'phone-embedded-snippet');
  assert.deepEqual(errors, []);
  await context.close();
  await long.close();

  const short = await snippetPage(app.site.url, '#/no-such-page');
  const shortPage = await openPage(app.browser, phone);
  await shortPage.page.goto(short.url);
  await shortPage.page.frameLocator('#knee-check').locator('#not-found-title').waitFor();
  const gap = async () => {
    const content = await shortPage.page.frameLocator('#knee-check').locator('.embed-note').boundingBox();
    const frame = await shortPage.page.locator('#knee-check').boundingBox();
    // Below the app's last line, at most its bottom margin.
    const below = frame.y + frame.height - (content.y + content.height);
    return below >= 0 ? below : 100;
  };
  const until = Date.now() + 10000;
  while ((await gap()) > 16 && Date.now() < until) await shortPage.page.waitForTimeout(100);
  assert.ok((await gap()) <= 16, `the frame ends where the app does (${await gap()} px apart)`);
  assert.ok((await shortPage.page.locator('#knee-check').boundingBox()).height < 600, 'a short page gets a short frame');
  assert.deepEqual(shortPage.errors, []);
  await shortPage.context.close();
  await short.close();
});
