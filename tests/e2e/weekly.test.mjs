// The weekly habit on a phone: next week's check starts from the last saved one with the
// weeks moved along (across a gap too) in a handful of inputs, and a half-filled check
// survives a reload and a closed tab until it is saved or cleared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBuiltSite, openPage, appReady, screenshot } from './support.mjs';

const app = withBuiltSite();
const PHONE_390 = { width: 390, height: 844 };

test('a re-check two weeks later needs at most 8 inputs and moves the weeks along', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.clock.setFixedTime(new Date('2026-11-16T18:00:00Z'));
  await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30,29,31,30&longest=12&longest30=11&runs=4&added=hills&strength=2&focus=quads&pain=1&pain_site=front&pain_weeks=3&flags=`);
  await appReady(page);
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));

  await page.clock.setFixedTime(new Date('2026-11-30T08:00:00Z'));
  await page.goto(`${app.site.url}#/history`);
  await appReady(page);
  let inputs = 0;
  await page.click('[data-testid=new-from-last]');
  await page.waitForSelector('#week');
  assert.deepEqual(
    await page.$$eval('[id^=prev-]', (boxes) => boxes.filter((b) => b.tagName === 'INPUT').map((b) => b.value)),
    ['', '45', '30', '29'],
    'the saved week is two weeks back now; the week in between is left to fill',
  );
  assert.equal(await page.inputValue('#strength'), '2', 'habits carry over');
  // Two weeks on, the knee's weeks of pain count on, and the runner is told so; what was
  // added in the last four weeks is kept; the warning signs are asked again.
  assert.equal(await page.inputValue('#pain_weeks'), '5');
  assert.match(await page.textContent('#pain_weeks-hint'), /5: the 3 of your last check and 2 since/);
  assert.equal(await page.isChecked('#added-hills'), true);
  assert.equal(await page.isChecked('#flags-none'), false);
  const type = async (selector, value) => { await page.fill(selector, value); inputs += 1; };
  await type('#prev-1', '40');
  await type('#week', '42');
  await type('#longest', '13');
  await type('#runs', '4');
  await page.check('#added-none'); inputs += 1;
  await page.selectOption('#pain', '1'); inputs += 1;
  await page.check('#flags-none'); inputs += 1;
  assert.ok(inputs <= 8, `${inputs} inputs`);
  await page.waitForFunction(() => document.querySelector('[data-testid=risk-band]')?.dataset.band !== 'incomplete');
  assert.equal(await page.isDisabled('[data-testid=save-assessment]'), false);
  await screenshot(page, 'phone-recheck');
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a half-filled check survives a reload and a closed tab, and goes once saved', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await page.fill('#week', '33');
  await page.fill('#prev-1', '30');
  await page.fill('#runs', '3');
  await page.reload();
  await appReady(page);
  assert.equal(await page.inputValue('#week'), '33');
  assert.ok(await page.isVisible('[data-testid=draft-notice]'), 'it says the answers were kept');
  await page.close();

  const again = await context.newPage();
  await again.goto(`${app.site.url}#/check`);
  await appReady(again);
  assert.equal(await again.inputValue('#runs'), '3', 'a closed tab loses nothing');
  await again.click('[data-testid=save-assessment]');
  await again.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));
  await again.reload();
  await appReady(again);
  assert.equal(await again.inputValue('#week'), '', 'once saved, the next visit starts afresh');
  assert.deepEqual(errors, []);
  await context.close();
});

test('history on a narrow phone: the newest point in view, local dates, a physio report that prints', async () => {
  const { context, page, errors } = await openPage(app.browser, { width: 320, height: 640 });
  for (const [day, week] of [['2026-11-02', 30], ['2026-11-09', 33], ['2026-11-16', 36], ['2026-11-23', 40]]) {
    await page.clock.setFixedTime(new Date(`${day}T18:00:00Z`));
    await page.goto(`${app.site.url}#/check?v=1&week=${week}&prev=30,30&pain=1`);
    await appReady(page);
    await page.click('[data-testid=save-assessment]');
    await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));
  }
  await page.goto(`${app.site.url}#/history`);
  await appReady(page);
  await page.waitForSelector('[data-testid=trend-point]');
  const newest = await page.locator('[data-testid=trend-point]').last().boundingBox();
  assert.ok(newest.x >= 0 && newest.x + newest.width <= 320, `the newest point at x ${newest.x} is in view`);
  const shownDate = await page.locator('.history-date').first().textContent();
  const localDate = await page.evaluate(() => new Date('2026-11-23T18:00:00Z').toLocaleDateString());
  assert.equal(shownDate, localDate, 'dates as the browser writes them');
  await screenshot(page, 'phone-320-history');
  // A symptom log beside it, as a runner who logs runs has.
  await page.evaluate(() => {
    for (let day = 10; day <= 22; day += 2) {
      const entry = { id: `run-${day}`, date: `2026-11-${day}`, during: day % 4, morning: day % 3, stairs: 1, squatting: 2, sitting: 1 };
      localStorage.setItem(`knee-check.v1.symptoms.entry.${entry.id}`, JSON.stringify(entry));
    }
  });
  await page.reload();
  await appReady(page);
  await page.waitForSelector('[data-testid=symptom-point]');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('.physio-report'), 'the report prints');
  const report = await page.textContent('.physio-report');
  assert.match(report, /For your physio/);
  assert.match(report, /Why the app suggests a physio/);
  assert.match(report, /model 2026\.\d+\.\d+/);
  assert.equal(await page.locator('.physio-report .report-check').count(), 4, 'every check, up to five');
  assert.match(report, /Distance in the last 7 days/);
  assert.match(await page.textContent('.physio-report .report-check'), /out of 100, \w[\w ]*; knee hurts 1\/10/, 'the band as the result page named it');
  assert.equal(await page.locator('.physio-report .report-log tbody tr').count(), 7, 'the symptom log as a table');
  assert.ok(await page.isVisible('[data-testid=trend-chart]'), 'the trend prints beside it');
  assert.equal(await page.isVisible('.history-actions'), false, 'no buttons on paper');
  assert.equal(await page.isVisible('.backup'), false);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length, 1, 'one A4 page');
  await page.setViewportSize({ width: 794, height: 1123 });
  await screenshot(page, 'print-physio-report');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Saves one check, then stores `count` copies a week apart, each with its own id. */
async function seedHistory(page, count) {
  await page.goto(`${app.site.url}#/check?v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&runs=4&strength=2&focus=quads&injury=none&pain=0&flags=`);
  await appReady(page);
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));
  await page.evaluate((n) => {
    const prefix = 'knee-check.v1.history.entry.';
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
    const first = JSON.parse(localStorage.getItem(key));
    localStorage.removeItem(key);
    for (let i = 0; i < n; i += 1) {
      const day = new Date(Date.UTC(2025, 11, 1) + i * 7 * 86400000).toISOString();
      const entry = { ...first, id: `seeded-${String(i).padStart(3, '0')}`, saved_at: day, assessment: { ...first.assessment, week_km: 20 + (i % 9) * 4 } };
      localStorage.setItem(`${prefix}${entry.id}`, JSON.stringify(entry));
    }
  }, count);
}

/** Whether any two of these boxes overlap. */
const overlapping = (boxes) => boxes.some((a, i) => boxes.slice(i + 1).some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));

test('the trend reads on a phone with one, two and fifty checks: every point in view, no label over another', async () => {
  for (const width of [320, 390]) {
    for (const count of [1, 2, 50]) {
      const { context, page, errors } = await openPage(app.browser, { width, height: 800 });
      await seedHistory(page, count);
      await page.goto(`${app.site.url}#/history`);
      await page.reload();
      await appReady(page);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=trend-point]').length === n, count);
      const seen = await page.evaluate(() => {
        const box = (element) => { const r = element.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
        const chart = document.querySelector('[data-testid=trend-chart]');
        return {
          chart: box(chart),
          points: [...chart.querySelectorAll('[data-testid=trend-point]')].map(box),
          labels: [...chart.querySelectorAll('text')].map(box),
          fontSizes: [...chart.querySelectorAll('text')].map((text) => text.getBoundingClientRect().height),
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      const where = `${count} checks at ${width} px`;
      assert.ok(seen.chart.left >= 0 && seen.chart.right <= width, `${where}: the chart fits (${seen.chart.left}-${seen.chart.right})`);
      for (const point of seen.points) assert.ok(point.left >= seen.chart.left - 1 && point.right <= seen.chart.right + 1, `${where}: a point out of view`);
      assert.equal(overlapping(seen.labels), false, `${where}: labels overlap`);
      assert.ok(seen.fontSizes.every((height) => height >= 10), `${where}: labels readable (${Math.min(...seen.fontSizes)} px)`);
      assert.ok(seen.scrollWidth <= width, `${where}: no sideways scrolling`);
      if (count === 50 && width === 390) await screenshot(page, 'phone-trend-50');
      if (count === 1 && width === 320) await screenshot(page, 'phone-trend-1');
      assert.deepEqual(errors, [], where);
      await context.close();
    }
  }
});
