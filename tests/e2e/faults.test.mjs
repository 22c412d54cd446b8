// Faults a hostile run found, each held by a test: a note lost on reload, damaged symptom
// entries set aside in silence, a clipboard without writeText, and a backup imported half
// into nearly full storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBuiltSite, openPage, appReady, DESKTOP } from './support.mjs';

const app = withBuiltSite();

test('a note typed and not saved comes back after a reload', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await page.fill('#week', '40');
  await page.fill('#save-note', 'sore on stairs\nafter the hills');
  await page.waitForFunction(() => (localStorage.getItem('knee-check.v1.draft') || '').includes('stairs'));
  await page.reload();
  await appReady(page);
  assert.equal(await page.inputValue('#save-note'), 'sore on stairs\nafter the hills');
  assert.equal(await page.inputValue('#week'), '40');
  assert.deepEqual(errors, []);
  await context.close();
});

test('symptom entries with impossible dates are set aside with the storage notice, and kept', async () => {
  const { context, page } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await page.evaluate(() => {
    const entry = (id, date, during) => JSON.stringify({ id, date, during, morning: 0, stairs: 0, squatting: 0, sitting: 0 });
    localStorage.setItem('knee-check.v1.symptoms.entry.good', entry('good', '2026-11-01', 1));
    localStorage.setItem('knee-check.v1.symptoms.entry.future', entry('future', '2099-01-01', 9));
    localStorage.setItem('knee-check.v1.symptoms.entry.nosuchday', entry('nosuchday', '2026-13-45', 9));
  });
  await page.goto(`${app.site.url}#/plan`);
  await appReady(page);
  await page.waitForSelector('[data-testid=storage-notice]');
  assert.match(await page.textContent('[data-testid=storage-notice]'), /could not be read/);
  const kept = await page.evaluate(() => Object.keys(localStorage)
    .filter((key) => key.startsWith('knee-check.v1.history.unreadable.'))
    .map((key) => localStorage.getItem(key)));
  assert.equal(kept.length, 2, 'both are kept aside, not deleted');
  assert.ok(kept.some((text) => text.includes('2099-01-01')) && kept.some((text) => text.includes('2026-13-45')));
  assert.doesNotMatch(await page.textContent('main'), /2099/);
  await context.close();
});

test('a clipboard without writeText falls back to selecting the link', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({}), configurable: true });
  });
  await page.goto(`${app.site.url}#/check?v=1&week=40&prev=30`);
  await appReady(page);
  await page.click('button:has-text("Copy link")');
  await page.waitForFunction(() => /copied|copy it by hand/i.test(document.querySelector('.share .status')?.textContent ?? ''));
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'share-url', 'the link is selected for copying');
  assert.deepEqual(errors, [], 'no uncaught TypeError');
  await context.close();
});

/** Fills localStorage until only about `left` characters of room remain. */
async function fillStorage(page, left) {
  return page.evaluate((left) => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    while (chunk.length >= 1) {
      try {
        localStorage.setItem(`filler.${n}`, chunk);
        n += 1;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    // Give back about `left` characters.
    for (let i = n - 1; i >= 0 && left > 0; i -= 1) {
      const length = localStorage.getItem(`filler.${i}`).length;
      if (length <= left + 64) {
        localStorage.removeItem(`filler.${i}`);
        left -= length;
      }
    }
    return n;
  }, left);
}

test('a backup into nearly full storage imports whole or not at all, at every size', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/check?v=1&week=40&prev=30`);
  await appReady(page);
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status')?.textContent ?? ''), null, { timeout: 20000 });
  const entries = Array.from({ length: 12 }, (_, n) => ({
    id: `imported-${n}`,
    saved_at: `2026-11-${String(n + 1).padStart(2, '0')}T10:00:00.000Z`,
    model_version: '2026.12.1',
    score: 10,
    note: 'n'.repeat(2000),
    assessment: { units: 'km', week_km: 30 + n, previous_weeks_km: [30] },
  }));
  const backup = JSON.stringify({ app: 'runners-knee-check', version: 2, exported_at: '2026-12-01T00:00:00Z', entries });
  const ours = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('knee-check.')).sort()
    .map((key) => `${key}=${localStorage.getItem(key)}`));
  let refused = 0;
  for (const left of [500, 5000, 12000, 20000, 60000]) {
    await page.goto(`${app.site.url}?left=${left}#/history`);
    await appReady(page);
    const before = await ours();
    await fillStorage(page, left);
    await page.setInputFiles('[data-testid=import-file]', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.click('[data-testid=import-confirm]');
    await page.waitForFunction(() => /Imported|Not imported/.test(document.querySelector('main')?.textContent ?? ''));
    const after = await ours();
    const text = await page.textContent('main');
    if (/Not imported/.test(text)) {
      assert.deepEqual(after, before, `with ${left} characters left, nothing of the backup stays`);
      assert.match(text, /history is exactly as it was/);
      refused += 1;
    } else {
      assert.equal(after.filter((item) => item.startsWith('knee-check.v1.history.entry.imported-')).length, 12, `with ${left} left, all of it`);
    }
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('filler.') || key.startsWith('knee-check.v1.history.entry.imported-')) localStorage.removeItem(key);
      }
    });
  }
  assert.ok(refused > 0 && refused < 5, `some sizes refused (${refused}), some fit`);
  assert.deepEqual(errors, []);
  await context.close();
});
