// The reproductions of "nothing lost, nothing blank", each turned into a passing test:
// throwing storage, overflowing numbers, two tabs racing, shared ids, fields from a newer
// app, fragments without the slash, huge links and full storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBuiltSite, openPage, appReady, DESKTOP } from './support.mjs';

const KEY = 'knee-check.v1.history';
const ENTRY_PREFIX = `${KEY}.entry.`;
const app = withBuiltSite();

const storedEntries = (page) => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort().map((k) => JSON.parse(localStorage.getItem(k))), ENTRY_PREFIX);
const entryCount = (page) => page.$$eval('[data-testid=history-entry]', (entries) => entries.length);

async function openCheck(page, query) {
  await page.goto(`${app.site.url}#/check?${query}`);
  await appReady(page);
  await page.waitForSelector('[data-testid=risk-score]');
}

async function clickSave(page) {
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved|Kept|Not saved|full/.test(document.querySelector('.save-row .status').textContent));
  return page.textContent('.save-row .status');
}

test('a getItem that throws, whatever the error, starts the app in memory with the notice', async () => {
  for (const name of ['SecurityError', 'UnknownError', 'InvalidStateError']) {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    await context.addInitScript((errorName) => {
      Storage.prototype.getItem = function getItem() { throw new DOMException('storage refused', errorName); };
    }, name);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await openCheck(page, 'v=1&week=30&prev=30&units=mi');
    assert.ok(await page.$('[data-testid=storage-notice]'), name);
    assert.match(await clickSave(page), /Kept until you close this tab/, name);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test('a number that overflows in miles is named and never saved', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  const huge = `15${'0'.repeat(307)}`;
  await openCheck(page, `v=1&units=mi&week=10&prev=30,${huge}`);
  assert.match(await page.textContent('[data-testid=link-notice]'), /prev/);
  assert.doesNotMatch(await page.textContent('main'), /inf/);
  await page.fill('#prev-1', huge);
  assert.match(await page.textContent('#prev-error'), /out of range/);
  assert.ok(await page.isDisabled('[data-testid=save-assessment]'), 'no week before is usable, so saving waits');
  await page.fill('#prev-2', huge);
  await page.fill('#prev-1', '30');
  assert.match(await page.textContent('#prev-error'), /out of range/);
  await page.fill('#prev-2', '');
  await clickSave(page);
  const [saved] = await storedEntries(page);
  assert.equal(saved.assessment.previous_weeks_km.length, 1, 'the overflowing week was never saved');
  assert.ok(Math.abs(saved.assessment.previous_weeks_km[0] - 30 * 1.609344) < 1e-9, '30 miles, held in km');
  assert.ok(Number.isFinite(saved.assessment.week_km));
  await page.reload();
  await appReady(page);
  assert.equal(await page.$('[data-testid=storage-notice]'), null, 'nothing set aside after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs saving at the same moment keep every save, and saves beside deletes all hold', async () => {
  const context = await app.browser.newContext({ viewport: DESKTOP });
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) await openCheck(page, 'v=1&week=30&prev=30,29&strength=2');
  // The first save of each tab brings the whole app, which keeps the history.
  for (const page of [first, second]) assert.match(await clickSave(page), /Saved/);
  for (let pair = 0; pair < 20; pair += 1) {
    await Promise.all([first, second].map((page) => page.evaluate(() => document.querySelector('[data-testid=save-assessment]').click())));
  }
  await first.waitForFunction((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length === 42, ENTRY_PREFIX);

  await second.goto(`${app.site.url}#/history`);
  await second.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 42);
  const deleted = [];
  for (let round = 0; round < 15; round += 1) {
    const id = await second.$eval('[data-testid=history-entry] input[type=checkbox]', (box) => box.id.replace('compare-', ''));
    deleted.push(id);
    await Promise.all([
      first.evaluate(() => document.querySelector('[data-testid=save-assessment]').click()),
      second.evaluate((entryId) => {
        const entry = document.getElementById(`compare-${entryId}`).closest('[data-testid=history-entry]');
        [...entry.querySelectorAll('button')].find((button) => button.textContent.startsWith('Delete')).click();
      }, id),
    ]);
    await second.waitForSelector('[data-testid=undo-delete]');
  }
  await first.waitForFunction((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length === 42, ENTRY_PREFIX);
  const ids = (await storedEntries(first)).map((entry) => entry.id);
  assert.equal(ids.length, 42, '42 + 15 saves - 15 deletes');
  for (const id of deleted) assert.ok(!ids.includes(id), `deleted ${id} stays deleted`);
  await context.close();
});

test('two different checks under one id: deleting one leaves the other, and undo brings it back', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  await openCheck(page, 'v=1&week=30&prev=30');
  await clickSave(page);
  const [saved] = await storedEntries(page);
  const twin = { ...saved, note: 'a different check', score: 40 };
  await page.evaluate(([key, doc]) => localStorage.setItem(key, doc), [KEY, JSON.stringify({ version: 1, entries: [twin] })]);
  await page.goto(`${app.site.url}#/history`);
  await page.reload();
  await appReady(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 2);
  const ids = (await storedEntries(page)).map((entry) => entry.id).sort();
  assert.deepEqual(ids, [saved.id, `${saved.id}-2`]);
  await page.click('[data-testid=history-entry]:has-text("a different check") >> text=Delete');
  await page.waitForSelector('[data-testid=undo-delete]');
  assert.equal(await entryCount(page), 1);
  assert.equal((await storedEntries(page))[0].id, saved.id);
  await page.click('[data-testid=undo-delete]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 2);
  await context.close();
});

test('fields from a newer app survive a save, a delete and its undo', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  await openCheck(page, 'v=1&week=30&prev=30');
  await clickSave(page);
  const [saved] = await storedEntries(page);
  const richer = { ...saved, shared_with: 'physio', assessment: { ...saved.assessment, knee_side: 'left' } };
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [`${ENTRY_PREFIX}${saved.id}`, JSON.stringify(richer)]);
  await openCheck(page, 'v=1&week=32&prev=30');
  await clickSave(page);
  const kept = () => storedEntries(page).then((entries) => entries.find((entry) => entry.id === saved.id));
  assert.equal((await kept()).shared_with, 'physio');
  assert.equal((await kept()).assessment.knee_side, 'left');
  await page.goto(`${app.site.url}#/history`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 2);
  await page.click('[data-testid=history-entry] >> nth=1 >> text=Delete');
  await page.click('[data-testid=undo-delete]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 2);
  assert.equal((await kept()).assessment.knee_side, 'left');
  await context.close();
});

test('fragments without the slash are read as the link they were meant to be', async () => {
  for (const fragment of ['#check?v=1&week=45&prev=30', '#?v=1&week=45&prev=30', '#/check/?v=1&week=45&prev=30']) {
    const { context, page, errors } = await openPage(app.browser, DESKTOP);
    await page.goto(`${app.site.url}${fragment}`);
    await appReady(page);
    await page.waitForFunction(() => document.querySelector('#week')?.value === '45');
    assert.equal(await page.inputValue('#prev-1'), '30', fragment);
    assert.deepEqual(errors, [], fragment);
    await context.close();
  }
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#nowhere`);
  await appReady(page);
  assert.match(await page.textContent('[data-testid=link-notice]'), /#nowhere/);
  await page.evaluate(() => { location.hash = 'check?week=12'; });
  await page.waitForFunction(() => document.querySelector('#week')?.value === '12');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 1 MB link renders a short notice at once, and 20,000 keys do not stall the page', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await openCheck(page, 'v=1&week=30');
  // Chromium itself takes about 100 ms to take a 1 MB address; the app's part starts once
  // the assignment returns.
  const [browserPart, appPart] = await page.evaluate(async () => {
    const start = performance.now();
    location.hash = `#/check?v=1&week=${'x'.repeat(1_000_000)}`;
    const assigned = performance.now();
    while (!document.querySelector('[data-testid=link-notice]')?.textContent.includes('8000')) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return [assigned - start, performance.now() - assigned];
  });
  console.log(`1 MB link: the browser took ${browserPart.toFixed(0)} ms, the app's notice ${appPart.toFixed(0)} ms more`);
  assert.ok(appPart < 200, `${appPart} ms`);
  assert.ok((await page.textContent('[data-testid=link-notice]')).length < 400);
  const manyKeys = Array.from({ length: 20_000 }, (_, i) => `k${i}=1`).join('&');
  await page.evaluate((query) => { location.hash = `#/check?${query}`; }, manyKeys.slice(0, 7_900));
  await page.waitForFunction(() => /more not used/.test(document.querySelector('[data-testid=link-notice]')?.textContent ?? ''));
  assert.ok(await page.$$eval('[data-testid=link-notice] li', (items) => items.length) <= 20);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a backup with an out-of-range check names it and imports the rest only after the preview', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/history`);
  await appReady(page);
  const good = { id: 'good-1', saved_at: '2026-11-20T10:00:00.000Z', model_version: '2026.11.2', score: 0, note: '', assessment: { units: 'km', week_km: 30, previous_weeks_km: [30] } };
  const bad = { ...good, id: 'bad-1', saved_at: '2026-11-21T10:00:00.000Z', assessment: { units: 'km', week_km: -5, pain: 200 } };
  const backup = JSON.stringify({ app: 'runners-knee-check', version: 2, entries: [good, bad] });
  await page.setInputFiles('[data-testid=import-file]', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  const refused = await page.textContent('[data-testid=import-refused]');
  assert.match(refused, /2026-11-21/);
  assert.match(refused, /pain/);
  assert.match(refused, /week/);
  assert.equal((await storedEntries(page)).length, 0, 'nothing imported before the runner confirms');
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-entry]').length === 1);
  assert.deepEqual((await storedEntries(page)).map((entry) => entry.id), ['good-1']);
  assert.deepEqual(errors, []);
  await context.close();
});
