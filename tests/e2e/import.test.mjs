// "Fill from my watch", as a runner does it at phone width: drop a Strava zip, a FIT, a GPX
// and a TCX at once; the preview gives the weeks (each run once, however many files hold
// it) and says what was skipped; "Use these" fills the form and the score follows. Bad files
// are refused by name and lose nothing; a cancel leaves the answers as they were. The files
// are written by tests/fixtures/activities/make.mjs, dated from today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, closeSync, truncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { withBuiltSite, openPage, appReady, screenshot } from './support.mjs';
import { PLAN, EXPECTED, fit, gpx, tcx, stravaZip, stravaCsv, garminCsv, zip } from '../fixtures/activities/make.mjs';

const app = withBuiltSite();
const PHONE_390 = { width: 390, height: 844 };
const today = new Date();
const file = (name, buffer, mimeType = 'application/octet-stream') => ({ name, mimeType, buffer });

const preview = (page) => page.$eval('[data-testid=activities-preview]', (element) => ({ ...element.dataset }));

// The preview's answers are the invented month's, each run counted once.
function assertTheMonth(shown) {
  assert.equal(shown.week, String(EXPECTED.week));
  assert.equal(shown.prev, EXPECTED.prev.join(','));
  assert.equal(shown.longest, String(EXPECTED.longest));
  assert.equal(shown.longest30, String(EXPECTED.longest30));
  assert.equal(shown.runs, String(EXPECTED.runs));
  assert.equal(shown.cadence, String(EXPECTED.cadence));
}

async function pick(page, files) {
  await page.setInputFiles('[data-testid=import-activities]', files);
  await page.waitForSelector('[data-testid=activities-preview], [data-testid=activities-message]', { timeout: 30000 });
}

test('a zip, a FIT, a GPX and a TCX together fill the training answers, each run once', async () => {
  const { context, page, errors, foreign } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  // The runner typed this week's distance before importing: the preview says it is replaced.
  await page.fill('#week', '40');
  await pick(page, [
    file('export_123.zip', stravaZip(PLAN, today), 'application/zip'),
    file('monday.fit', fit(PLAN[0], today)),
    file('wednesday.gpx', gpx(PLAN[2], today), 'application/gpx+xml'),
    file('saturday.tcx', tcx(PLAN[4], today)),
  ]);
  await page.waitForSelector('[data-testid=activities-preview]');
  assertTheMonth(await preview(page));
  const message = await page.textContent('[data-testid=activities-message]');
  assert.match(message, /1 ride/);
  assert.match(message, /1 walk/);
  assert.match(await page.textContent('[data-testid=activities-preview]'), /replaces what you typed: Distance in the last 7 days \(40 now\)/);
  assert.equal(await page.inputValue('#week'), '40', 'nothing fills before "Use these"');
  await screenshot(page, 'phone-import-preview');
  const axe = await new AxeBuilder({ page }).include('.activity-import').analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  await page.click('[data-testid=activities-use]');
  await page.waitForSelector('[data-testid=activities-preview]', { state: 'detached' });
  assert.equal(await page.inputValue('#week'), '34');
  assert.deepEqual(await Promise.all([1, 2, 3, 4].map((i) => page.inputValue(`#prev-${i}`))), ['30', '29', '31', '30']);
  assert.equal(await page.inputValue('#longest'), '16');
  assert.equal(await page.inputValue('#longest30'), '14');
  assert.equal(await page.inputValue('#runs'), '3');
  assert.equal(await page.inputValue('#cadence'), '172');
  await page.waitForSelector('[data-testid=risk-score]');
  // The share link carries the answers now in the form: the result follows the import.
  assert.match(await page.inputValue('[data-testid=share-url]'), /week=34&prev=30,29,31,30/);
  await screenshot(page, 'phone-import-used');
  // About says what happens to the files: read here, nothing kept.
  await page.click('a[href="#/about"]');
  await page.waitForSelector('#about-title');
  assert.match(await page.textContent('.about'), /never uploaded\. Nothing of them is kept/);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Strava\'s export unpacked and zipped again on a Mac: its files are found in the folder, each run once', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  // The list gives no cadence: a cadence in the preview came from the files in the folder.
  const folder = 'export_98765/';
  const shadow = Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]);
  await pick(page, [file('export_98765.zip', zip([
    { name: `${folder}activities.csv`, data: stravaCsv(PLAN.map((run) => ({ ...run, cadence: undefined })), today) },
    ...PLAN.map((run, i) => ({ name: `${folder}activities/${1000 + i}.fit.gz`, data: gzipSync(fit(run, today)) })),
    ...PLAN.map((_, i) => ({ name: `__MACOSX/${folder}activities/._${1000 + i}.fit.gz`, data: shadow })),
  ]), 'application/zip')]);
  await page.waitForSelector('[data-testid=activities-preview]');
  assertTheMonth(await preview(page));
  assert.doesNotMatch(await page.textContent('[data-testid=activities-message]'), /MACOSX|\._/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Strava\'s export in another language: its list is not read, its files are, and the message says so', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  // Strava writes the list in the account's language: German names its columns and dates so.
  const english = stravaCsv(PLAN, today).toString().split('\n');
  const german = ['Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Aktivitätsbeschreibung,Verstrichene Zeit,Distanz,Dateiname', ...english.slice(1).filter(Boolean).map((row, i) => `${1000 + i},"06.12.2026, 07:00:00",Lauf,Lauf,,3000,"10,00",activities/${1000 + i}.fit.gz`)];
  await pick(page, [file('export_4321.zip', zip([
    { name: 'activities.csv', data: Buffer.from(german.join('\n') + '\n') },
    ...PLAN.map((run, i) => ({ name: `activities/${1000 + i}.fit.gz`, data: gzipSync(fit(run, today)) })),
  ]), 'application/zip')]);
  await page.waitForSelector('[data-testid=activities-preview]');
  assertTheMonth(await preview(page));
  const message = await page.textContent('[data-testid=activities-message]');
  assert.match(message, /export_4321\.zip: activities\.csv/);
  assert.match(message, /another language/);
  await page.locator('[data-testid=activities-message]').scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-import-other-language');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in miles, the preview and the form speak miles while the hooks stay in km', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check?v=1&units=mi`);
  await appReady(page);
  await pick(page, PLAN.map((run, i) => file(`run-${i}.fit`, fit(run, today))));
  const shown = await preview(page);
  assert.equal(shown.week, '34');
  await page.click('[data-testid=activities-use]');
  assert.equal(await page.inputValue('#week'), '21.1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad files are refused by name, fill nothing and lose nothing', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check?v=1&week=25&prev=20`);
  await appReady(page);
  const good = fit(PLAN[0], today);
  const flipped = Buffer.from(good);
  flipped[40] ^= 0xff;
  const picture = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  await pick(page, [
    file('cut.fit', good.subarray(0, good.length - 12)),
    file('flipped.fit', flipped),
    file('route.gpx', gpx(PLAN[0], today, { times: false })),
    file('holiday.fit', picture),
    file('steps.csv', Buffer.from('Date,Steps\n2026-12-01,10000\n')),
    file('empty.zip', zip([])),
    file('bomb.zip', zip([{ name: 'activities/1.fit', data: Buffer.alloc(70 * 1024 * 1024) }])),
  ]);
  await page.waitForSelector('[data-testid=activities-message]');
  const message = await page.textContent('[data-testid=activities-message]');
  for (const name of ['cut.fit', 'flipped.fit', 'route.gpx', 'holiday.fit', 'steps.csv', 'empty.zip', 'bomb.zip']) {
    assert.ok(message.includes(name), `${name} is named: ${message}`);
  }
  assert.match(message, /cut short/);
  assert.match(message, /check sum/);
  assert.match(message, /no times/);
  assert.match(message, /64 MB/);
  assert.equal(await page.$('[data-testid=activities-preview]'), null);
  assert.equal(await page.inputValue('#week'), '25');
  assert.equal(await page.inputValue('#prev-1'), '20');
  await screenshot(page, 'phone-import-refused');
  // A 500 MB file (sparse on disk, given by its path) is refused by its size, unread.
  const folder = mkdtempSync(join(tmpdir(), 'knee-huge-'));
  const huge = join(folder, 'huge.fit');
  closeSync(openSync(huge, 'w'));
  truncateSync(huge, 500 * 1024 * 1024);
  await page.setInputFiles('[data-testid=import-activities]', [huge]);
  await page.waitForFunction(() => document.querySelector('[data-testid=activities-message]')?.textContent.includes('huge.fit'));
  assert.match(await page.textContent('[data-testid=activities-message]'), /huge\.fit: it is larger than 64 MB/);
  assert.equal(await page.inputValue('#week'), '25');
  rmSync(folder, { recursive: true, force: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Garmin Connect\'s list asks its units, and a cancel fills nothing', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await pick(page, [file('Activities.csv', garminCsv(PLAN, today), 'text/csv')]);
  assert.equal((await preview(page)).week, '34');
  await page.check('input[name=garmin-units][value=mi]');
  assert.equal((await preview(page)).week, '54.72');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.$('[data-testid=activities-preview]'), null);
  assert.equal(await page.inputValue('#week'), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long import shows its progress, keeps the page responsive, and a cancel fills nothing', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check?v=1&week=22`);
  await appReady(page);
  // A year of runs, each in its own FIT file, so every file must be opened.
  const year = Array.from({ length: 300 }, (_, i) => ({ ago: Math.floor(i * 365 / 300), km: 8 + (i % 5), sport: 'run', ascent: 40 }));
  await page.setInputFiles('[data-testid=import-activities]', year.map((run, i) => file(`run-${i}.fit`, fit(run, today))));
  await page.waitForSelector('[data-testid=activities-cancel]');
  const progress = await page.textContent('.import-progress');
  assert.match(progress, /Read \d+ of 300/);
  // The page answers while the files are read: typing lands at once.
  const started = Date.now();
  await page.fill('#runs', '4');
  assert.ok(Date.now() - started < 2000, 'typing waits on the import');
  await page.click('[data-testid=activities-cancel]');
  await page.waitForSelector('text=Import cancelled');
  assert.equal(await page.$('[data-testid=activities-preview]'), null);
  assert.equal(await page.inputValue('#week'), '22');
  assert.equal(await page.inputValue('#runs'), '4');
  assert.deepEqual(errors, []);
  await context.close();
});
