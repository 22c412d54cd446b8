// History that survives anything: saves, trend, compare, delete and undo, backups, and each
// way storage fails (damaged data, blocked storage, a full quota, two tabs, a newer app).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { withBuiltSite, openPage, appReady, screenshot, PHONE, DESKTOP } from './support.mjs';

const KEY = 'knee-check.v1.history';
const app = withBuiltSite();

const CHECKS = [
  'v=1&week=30&prev=30,29,31,30&longest=10&longest30=11&strength=2&focus=quads',
  'v=1&week=45&prev=30,29,31,30&longest=18&longest30=11&added=hills&strength=0',
  'v=1&week=38&prev=45,30,29,31&longest=14&longest30=18&strength=1&focus=quads&pain=2',
];

async function saveCheck(page, query, note = '') {
  await page.goto(`${app.site.url}#/check?${query}`);
  await appReady(page);
  await page.waitForFunction((q) => location.hash.endsWith(q), query);
  if (note) await page.fill('#save-note', note);
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved|Kept|Not saved/.test(document.querySelector('.save-row .status').textContent));
  return page.textContent('.save-row .status');
}

async function goHistory(page) {
  await page.goto(`${app.site.url}#/history`);
  await appReady(page);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Your history');
}

const ENTRY_PREFIX = `${KEY}.entry.`;
/** Every saved check as stored, one key each, in key order. */
const storedEntries = (page) => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort().map((k) => JSON.parse(localStorage.getItem(k))), ENTRY_PREFIX);
/** Everything the history keeps in storage, to compare before and after. */
const storedHistory = (page) => page.evaluate((key) => JSON.stringify(Object.keys(localStorage).filter((k) => k.startsWith(key)).sort().map((k) => [k, localStorage.getItem(k)])), KEY);
const entryScores = (page) => page.$$eval('[data-testid=history-entry]', (entries) => entries.map((e) => Number(e.dataset.score)));

test('saved checks are listed newest first with their trend, and compare', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  const scores = [];
  for (const [index, query] of CHECKS.entries()) {
    await saveCheck(page, query, index === 1 ? 'Sore on stairs after the hill session' : '');
    scores.push(Number(await page.textContent('[data-testid=risk-score]')));
    await page.waitForTimeout(20);
  }
  await goHistory(page);
  assert.deepEqual(await entryScores(page), scores.reverse());
  assert.equal(await page.$$eval('[data-testid=trend-point]', (points) => points.length), 3);
  assert.match(await page.textContent('.trend-table'), /Distance that week/);
  assert.match(await page.textContent('.history-list'), /Sore on stairs/);
  // Named as the result page named them: none answers the warning signs, so none is a plain
  // green "low", and the sore one says so.
  const named = await page.$$eval('.history-score', (spans) => spans.map((s) => [s.textContent, s.className]));
  assert.match(named[0][0], /knee hurts 2\/10/);
  for (const [words, className] of named) {
    assert.doesNotMatch(words, /, low$/);
    assert.doesNotMatch(className, /band-low/);
  }
  const cells = await page.$$eval('.trend-table td', (tds) => tds.map((td) => td.textContent));
  assert.ok(!cells.includes('low') && cells.includes(named[0][0].split(', ')[1]));
  const ids = await page.$$eval('[data-testid=history-entry] input[type=checkbox]', (boxes) => boxes.map((b) => b.id));
  await page.check(`#${ids[0]}`);
  await page.check(`#${ids[1]}`);
  const comparison = await page.textContent('[data-testid=comparison]');
  assert.match(comparison, /Strength training/);
  await screenshot(page, 'desktop-history');
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(serious.map((v) => v.id), [], 'the history view with entries passes axe');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a delete can be undone, and an entry reopens in the check', async () => {
  const { context, page } = await openPage(app.browser, PHONE);
  await saveCheck(page, CHECKS[0]);
  await saveCheck(page, CHECKS[1]);
  await goHistory(page);
  const before = await storedEntries(page);
  await page.click('[data-testid=history-entry] >> nth=0 >> text=Delete');
  await page.waitForSelector('[data-testid=undo-delete]');
  assert.equal((await entryScores(page)).length, 1);
  assert.equal((await storedEntries(page)).length, 1);
  await page.click('[data-testid=undo-delete]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 2);
  assert.deepEqual(await storedEntries(page), before);
  const newest = (await entryScores(page))[0];
  await page.click('[data-testid=history-entry] >> nth=0 >> text=Open in the check');
  await page.waitForFunction(() => location.hash === '#/check');
  assert.equal(Number(await page.textContent('[data-testid=risk-score]')), newest);
  assert.equal(await page.inputValue('#week'), '45');
  await screenshot(page, 'phone-history');
  await context.close();
});

test('export then import after clearing storage gives back the same history', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  for (const query of CHECKS) await saveCheck(page, query, 'with "quotes", commas and =formulas');
  await goHistory(page);
  const original = await storedEntries(page);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
  const backup = await readFile(await json.path(), 'utf8');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
  const rows = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
  assert.equal(rows.length, 4);
  assert.match(rows[0], /^saved_at,score_when_saved/);
  assert.ok(rows.slice(1).every((row) => row.includes("\"'=formulas") || row.includes('formulas')));

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await appReady(page);
  assert.equal((await entryScores(page)).length, 0);
  await page.setInputFiles('[data-testid=import-file]', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  assert.match(await page.textContent('[data-testid=import-preview]'), /3 checks: 3 new, 0 already/);
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 3);
  assert.deepEqual(await storedEntries(page), original);

  await page.setInputFiles('[data-testid=import-file]', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  assert.match(await page.textContent('[data-testid=import-preview]'), /0 new, 3 already/);
  await page.click('[data-testid=import-confirm]');
  assert.equal((await storedEntries(page)).length, 3, 'no duplicates');
  await context.close();
});

test('a bad or foreign file is refused and changes nothing', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  await saveCheck(page, CHECKS[0]);
  await goHistory(page);
  const before = await storedHistory(page);
  for (const [name, text, reason] of [
    ['notes.txt', 'not json at all', /not JSON/],
    ['list.json', '{"shopping":["milk"]}', /not a Runner's Knee Check backup/],
    ['future.json', '{"app":"runners-knee-check","version":99,"entries":[]}', /newer version/],
  ]) {
    await page.setInputFiles('[data-testid=import-file]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-testid=import-message]');
    assert.match(await page.textContent('[data-testid=import-message]'), reason);
    assert.equal(await page.$('[data-testid=import-preview]'), null);
    assert.equal(await storedHistory(page), before);
  }
  await context.close();
});

test('damaged saved data: the readable entries load and the rest is set aside, not deleted', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  await saveCheck(page, CHECKS[0]);
  const [good] = await storedEntries(page);
  const damaged = JSON.stringify({ version: 1, entries: [good, { id: 'hand-edited', score: 'lots' }] });
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, damaged]);
  // Found by the check alone, on a fresh start: said there, and again on the history, which
  // the whole app shows once the check has handed over.
  await page.reload();
  await appReady(page);
  assert.match(await page.textContent('[data-testid=storage-notice]'), /could not be read/);
  await goHistory(page);
  assert.match(await page.textContent('[data-testid=storage-notice]'), /could not be read/);
  assert.equal((await entryScores(page)).length, 1);
  const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`)).map((k) => localStorage.getItem(k)), KEY);
  assert.deepEqual(aside, [damaged]);

  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"entries":[{"id":'), KEY);
  await page.reload();
  await appReady(page);
  assert.match(await page.textContent('[data-testid=storage-notice]'), /could not be read/);
  const kept = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`)).map((k) => localStorage.getItem(k)), KEY);
  assert.ok(kept.includes('{"version":1,"entries":[{"id":'), 'the broken text is kept');
  assert.equal(await saveCheck(page, CHECKS[1]), 'Saved to your history.');
  await context.close();
});

test('storage blocked: the app works in memory, says saving is off, and export still works', async () => {
  const context = await app.browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const status = await saveCheck(page, CHECKS[1]);
  assert.match(status, /Kept until you close this tab/);
  const notice = await page.textContent('[data-testid=storage-notice]');
  assert.match(notice, /saving is off/i, 'the check view says so too');
  assert.match(notice, /site data.*On-device site data.*Cookies and Site Data.*Block all cookies/s, 'it names the setting that blocks it in each browser');
  assert.doesNotMatch(notice, /third-party/, 'a page on its own is not a third party');
  await page.click('nav[aria-label=Main] a[href="#/history"]');
  await page.waitForSelector('[data-testid=history-entry]');
  assert.match(await page.textContent('[data-testid=storage-notice]'), /saving is off/i);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(backup.entries.length, 1);
  assert.deepEqual(errors, []);
  await screenshot(page, 'phone-history-storage-blocked');
  await context.close();
});

test('a full storage quota: the save fails visibly and nothing saved before is lost', async () => {
  for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
    const { context, page } = await openPage(app.browser, DESKTOP);
    await saveCheck(page, CHECKS[0]);
    const before = await storedHistory(page);
    await page.evaluate((errorName) => {
      window.realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', errorName); };
    }, name);
    const status = await saveCheck(page, CHECKS[1]);
    assert.match(status, /storage is full/, name);
    assert.match(await page.textContent('[data-testid=storage-notice]'), /storage is full.*safe.*Export/s, name);
    assert.equal(await storedHistory(page), before);
    await page.click('nav[aria-label=Main] a[href="#/history"]');
    await page.waitForSelector('[data-testid=history-entry]');
    assert.equal((await entryScores(page)).length, 1);
    await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
    assert.equal(await saveCheck(page, CHECKS[2]), 'Saved to your history.');
    assert.equal(await page.$('[data-testid=storage-notice]'), null, 'the notice clears once a save succeeds');
    await context.close();
  }
});

test('two tabs: saves from both survive and each list refreshes', async () => {
  const context = await app.browser.newContext({ viewport: DESKTOP });
  const first = await context.newPage();
  const second = await context.newPage();
  await goHistory(first);
  await goHistory(second);
  await saveCheck(first, CHECKS[0]);
  await saveCheck(second, CHECKS[1]);
  assert.equal((await storedEntries(first)).length, 2);
  await first.click('nav[aria-label=Main] a[href="#/history"]');
  await first.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 2);
  await saveCheck(first, CHECKS[2]);
  await second.click('nav[aria-label=Main] a[href="#/history"]');
  await second.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 3);
  await context.close();
});

test('a history from a newer app is shown, never overwritten', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  await saveCheck(page, CHECKS[0]);
  await page.evaluate(([prefix, key]) => {
    localStorage.setItem(`${key}.format`, '9');
    localStorage.setItem(`${prefix}from-the-future`, JSON.stringify({ new_shape: true }));
  }, [ENTRY_PREFIX, KEY]);
  const future = await storedHistory(page);
  await goHistory(page);
  await page.reload();
  await appReady(page);
  assert.match(await page.textContent('[data-testid=storage-notice]'), /newer version/);
  assert.equal((await entryScores(page)).length, 1);
  const status = await saveCheck(page, CHECKS[1]);
  assert.match(status, /Not saved/);
  assert.equal(await storedHistory(page), future);
  await context.close();
});
