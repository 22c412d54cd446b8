// The return-to-running plan: the weeks for a worked case in the runner's units, a symptom
// entry that holds or steps back the next week, pain over the limit that never builds, a
// warning sign that replaces the plan, pain away from the front sent to a physio first, the
// way in from the result, the calendar file, axe, and the printed page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { withBuiltSite, openPage, appReady, screenshot, PHONE, DESKTOP } from './support.mjs';

const app = withBuiltSite();
const STEADY = 'v=1&week=30&prev=30,30,30,30&longest30=12&runs=4&pain=2';
const COMFORTABLE = STEADY.replace('pain=2', 'pain=0');

const weeks = (page) => page.$$eval('[data-testid=plan-week]', (rows) => rows.map((row) => Number(row.dataset.distance)));

async function openPlan(query, viewport = DESKTOP) {
  const opened = await openPage(app.browser, viewport);
  await opened.page.goto(`${app.site.url}#/plan?${query}`);
  await appReady(opened.page);
  await opened.page.waitForSelector('[data-testid=plan-week]');
  return opened;
}

async function logRun(page, scores) {
  const before = await page.locator('[data-testid=symptom-entry]').count();
  for (const [key, value] of Object.entries(scores)) await page.selectOption(`#symptom-${key}`, String(value));
  await page.click('[data-testid=save-symptoms]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=symptom-entry]').length === n + 1, before);
}

test('a worked case: six weeks from what the knee tolerates, in the runner\'s units', async () => {
  const { context, page, errors, foreign } = await openPlan(`${COMFORTABLE}&flags=`, PHONE);
  assert.deepEqual(await weeks(page), [30, 33, 36.3, 39.9, 43.9, 48.3]);
  assert.match(await page.textContent('[data-testid=plan-verdict]'), /Week 1 holds at 30 km/);
  assert.equal(await page.locator('[data-testid=plan-flags-unanswered]').count(), 0);
  await screenshot(page, 'phone-plan');
  await context.close();

  const rested = await openPlan('v=1&week=0&prev=30,30,30,30&pain=0&flags=');
  assert.equal((await weeks(rested.page))[0], 21, 'a week off restarts below the usual week');
  assert.match(await rested.page.textContent('.plan-page .lede'), /did not run in the last 7 days/);
  await rested.context.close();

  const miles = await openPlan('v=1&units=mi&week=20&prev=20,20,20,20&pain=0');
  assert.deepEqual(await weeks(miles.page), [20, 22, 24.2, 26.6, 29.2, 32.2]);
  assert.match(await miles.page.textContent('.plan-table thead'), /Distance \(mi\)/);
  await miles.context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});

test('a knee that hurts a little holds until a logged run has settled; unanswered warning signs are named', async () => {
  const { context, page, errors } = await openPlan(STEADY, PHONE);
  assert.deepEqual(await weeks(page), [30, 30, 30, 30, 30, 30]);
  assert.match(await page.textContent('[data-testid=plan-verdict]'), /hurts at 2 out of 10 when you run, so the plan holds at 30 km rather than building/);
  assert.equal(await page.locator('.plan-table tbody').getByText('Hills').count(), 0, 'no hills or speed while it hurts');
  assert.match(await page.textContent('[data-testid=plan-flags-unanswered]'), /giving way, locking/);
  await screenshot(page, 'phone-plan-holding');
  await page.goto(`${app.site.url}#/plan?${STEADY}&pain_site=below`);
  await page.waitForSelector('[data-testid=see-physio]');
  assert.match(await page.textContent('[data-testid=see-physio]'), /tendon/);
  assert.match(
    await page.textContent('[data-testid=plan-pain-elsewhere]'),
    /hurts below the kneecap, .*written for runner's knee.*ask which parts of the plan fit; until then, run only as far as the pain stays at 3/,
  );
  await page.goto(`${app.site.url}#/plan?${STEADY}&pain_site=front`);
  await page.waitForSelector('[data-testid=see-physio]', { state: 'detached' });
  assert.equal(await page.locator('[data-testid=plan-pain-elsewhere]').count(), 0, 'pain at the front is what the plan is for');
  assert.deepEqual(errors, []);
  await context.close();
});

test('symptom entries move the next week: build when settled, hold when not, step back above 3', async () => {
  const { context, page, errors } = await openPlan(STEADY);
  await logRun(page, { during: 2, morning: 1 });
  assert.equal((await weeks(page))[0], 33, 'settled by the morning: week 1 builds');
  await logRun(page, { during: 2, morning: 3 });
  assert.equal((await weeks(page))[0], 30, 'worse the next morning: week 1 holds');
  await logRun(page, { during: 5, morning: 4 });
  const stepped = await weeks(page);
  assert.deepEqual(stepped, [21, 21, 21, 21, 21, 21], 'above 3: a step back that never builds');
  assert.match(await page.textContent('[data-testid=plan-verdict]'), /steps back/);
  await page.reload();
  await appReady(page);
  await page.waitForSelector('[data-testid=plan-week]');
  assert.equal(await page.locator('[data-testid=symptom-entry]').count(), 3, 'the log survives a reload');
  assert.deepEqual(await weeks(page), stepped);
  await page.goto(`${app.site.url}#/history`);
  await appReady(page);
  await page.waitForSelector('[data-testid=symptom-chart]');
  assert.equal(await page.locator('[data-testid=symptom-point]').count(), 3, 'the history shows the log beside the checks');
  const [backup] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
  const text = Buffer.concat(await (await backup.createReadStream()).toArray()).toString('utf8');
  assert.equal(JSON.parse(text).symptoms.length, 3, 'the backup carries the log');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a logged run that hurt at 7 or more pauses running before the plan and asks for a physio', async () => {
  const { context, page, errors } = await openPlan(COMFORTABLE);
  await logRun(page, { during: 8, morning: 5 });
  assert.match(await page.textContent('[data-testid=plan-verdict]'), /hurt at 8 out of 10, during it or the next morning, which is severe: pause running/);
  await logRun(page, { during: 5, morning: 4 });
  assert.doesNotMatch(await page.textContent('[data-testid=plan-verdict]'), /severe/, 'a later run under 7 steps back without the pause');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pain of 4 or more: the result leads to the plan, which steps back and holds', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/check?v=1&week=30&prev=30,30,30,30&pain=5`);
  await appReady(page);
  await page.click('.step-plan a');
  await page.waitForSelector('[data-testid=plan-week]');
  assert.deepEqual(await weeks(page), [21, 21, 21, 21, 21, 21]);
  assert.match(await page.textContent('[data-testid=plan-verdict]'), /hurts at 5 out of 10/);
  assert.equal(await page.locator('.plan-table tbody').getByText('Hills').count(), 0, 'no hills or speed while it hurts');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a warning sign replaces the plan with getting the knee checked', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/plan?${STEADY}&flags=locking`);
  await appReady(page);
  await page.waitForSelector('[data-testid=red-flag]');
  assert.equal(await page.locator('[data-testid=plan-week]').count(), 0);
  await context.close();
});

test('the plan downloads as a calendar, passes axe and prints without its controls', async () => {
  const { context, page, errors } = await openPlan(COMFORTABLE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('text=Add to my calendar (.ics)'),
  ]);
  assert.match(download.suggestedFilename(), /^knee-plan-\d{4}-\d{2}-\d{2}\.ics$/);
  const file = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(file).toString('utf8');
  assert.equal(text.match(/BEGIN:VEVENT/g).length, 6);
  assert.match(text, /SUMMARY:Knee plan week 2: 33 km in 4 runs/);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes[0]?.target}`), [], scheme);
  }
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  assert.ok(await page.isVisible('.plan-table'));
  for (const hidden of ['.plan-actions', '.plan-share', '.symptom-form', '.site-header nav']) {
    assert.equal(await page.isVisible(hidden), false, `${hidden} is not printed`);
  }
  await screenshot(page, 'desktop-plan-print');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone each week is dated Monday to Sunday, every column shows, and the calendar says what the page says', async () => {
  const { context, page, errors } = await openPage(app.browser, { width: 390, height: 844 });
  await page.clock.setFixedTime(new Date('2026-12-06T10:00:00'));
  await page.goto(`${app.site.url}#/plan?v=1&week=35.48&prev=30,30,30,30&runs=4&pain=0&flags=`);
  await appReady(page);
  await page.waitForSelector('[data-testid=plan-week]');
  const rows = await page.$$eval('[data-testid=plan-week]', (all) => all.map((row) => ({
    start: row.dataset.start,
    distance: row.dataset.distance,
    text: row.textContent,
    labels: [...row.querySelectorAll('td')].map((cell) => getComputedStyle(cell, '::before').content),
    cells: [...row.children].map((cell) => { const box = cell.getBoundingClientRect(); return { left: box.left, right: box.right, height: box.height }; }),
  })));
  assert.deepEqual(rows.map((row) => row.start), ['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11']);
  assert.match(rows[0].text, /Week 1\s*7 Dec to 13 Dec/);
  for (const row of rows) {
    for (const cell of row.cells) assert.ok(cell.left >= 0 && cell.right <= 390 && cell.height > 0, JSON.stringify(cell));
    assert.deepEqual(row.labels, ['"Distance (km): "', '"Runs: "', '"Longest run (km): "', '"Hills and speed: "', '"Strength: "'], 'each column labelled on a phone');
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'nothing cut off at the side');
  await screenshot(page, 'phone-plan-dated');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Add to my calendar (.ics)')]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  rows.forEach((row, index) => {
    assert.ok(text.includes(`SUMMARY:Knee plan week ${index + 1}: ${row.distance} km in`), `week ${index + 1}: ${row.distance} km`);
    assert.ok(text.includes(`DTSTART;VALUE=DATE:${row.start.replaceAll('-', '')}`), row.start);
  });
  assert.ok(rows.some((row) => row.distance.includes('.')), 'a case with decimals');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with no weeks in the current check, the plan is built from the last saved check and says so', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE);
  await page.goto(`${app.site.url}#/check?v=1&week=40&prev=40,40,40,40&runs=4&pain=0&flags=`);
  await appReady(page);
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));
  await page.goto(`${app.site.url}#/check`);
  await page.click('[data-testid=clear-answers]');
  await page.waitForFunction(() => document.querySelector('#week').value === '');
  await page.goto(`${app.site.url}#/plan`);
  await page.waitForSelector('[data-testid=plan-week]');
  assert.match(await page.textContent('[data-testid=plan-source]'), /Built from your check saved on/);
  assert.equal((await weeks(page))[0], 40);
  await page.goto(`${app.site.url}#/check?v=1&week=20&prev=20,20,20,20&pain=0&flags=`);
  await appReady(page);
  await page.goto(`${app.site.url}#/plan`);
  await page.waitForSelector('[data-testid=plan-week]');
  assert.match(await page.textContent('[data-testid=plan-source]'), /Built from your current check/);
  assert.equal((await weeks(page))[0], 20);
  assert.deepEqual(errors, []);
  await context.close();
});
