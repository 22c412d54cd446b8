// A coach's link a runner can trust, at phone width: every answer it gives is marked as the
// link's until the runner changes it, and a link opened over unsaved answers asks before it
// replaces them, with the runner's own answers kept at hand to bring back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { withBuiltSite, openPage, appReady, screenshot } from './support.mjs';

const app = withBuiltSite();
const PHONE_390 = { width: 390, height: 844 };
const COACH = 'v=1&week=40&prev=30,30&longest=14&runs=4&added=hills&pain=2&title=Hill%20block%20week%203';

const marked = (page) => page.$$eval('[data-from-link]', (marks) => marks.map((mark) => mark.dataset.fromLink));

test('a link marks each answer it gave until the runner changes it', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check?${COACH}`);
  await appReady(page);
  assert.deepEqual((await marked(page)).sort(), ['added', 'longest', 'pain', 'prev', 'runs', 'week']);
  assert.match(await page.textContent('[data-from-link=week]'), /From the link/);
  await screenshot(page, 'phone-link-marked');
  await page.fill('#week', '38');
  await page.selectOption('#pain', '2');
  await page.check('#added-speed');
  assert.deepEqual((await marked(page)).sort(), ['longest', 'prev', 'runs'], 'changed answers are the runner\'s');
  // Another page hands the form to the whole app: the marks and the title come along.
  await page.click('nav[aria-label=Main] a[href="#/learn"]');
  await page.waitForSelector('.back-to-check a');
  await page.click('.back-to-check a');
  await page.waitForSelector('#week');
  assert.deepEqual((await marked(page)).sort(), ['longest', 'prev', 'runs'], 'the marks survive the whole app taking over');
  assert.equal(await page.textContent('[data-testid=link-title]'), 'Hill block week 3');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link opened over unsaved answers asks first, and the answers stay restorable', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE_390);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await page.fill('#week', '22');
  await page.fill('#prev-1', '20');
  await page.selectOption('#pain', '4');

  // The same tab: a coach's link pasted into the address bar.
  await page.goto(`${app.site.url}#/check?${COACH}`);
  await page.waitForSelector('[data-testid=link-over-draft]');
  assert.match(await page.textContent('[data-testid=link-over-draft]'), /Hill block week 3/);
  assert.equal(await page.inputValue('#week'), '22', 'nothing is replaced before the runner says so');
  await screenshot(page, 'phone-link-over-draft');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `the question, ${scheme}`);
  }
  await page.click('[data-testid=link-over-draft-use]');
  assert.equal(await page.inputValue('#week'), '40');
  assert.equal(await page.$('[data-testid=link-over-draft]'), null);
  await page.click('[data-testid=bring-back-answers]');
  assert.equal(await page.inputValue('#week'), '22');
  assert.equal(await page.inputValue('#prev-1'), '20');
  assert.equal(await page.inputValue('#pain'), '4');
  assert.deepEqual(await marked(page), [], 'the runner\'s own answers are not the link\'s');

  // A new tab on the link: the draft is there, the link waits; keeping them drops the link.
  const tab = await context.newPage();
  await tab.goto(`${app.site.url}#/check?${COACH}`);
  await appReady(tab);
  await tab.waitForSelector('[data-testid=link-over-draft]');
  assert.equal(await tab.inputValue('#week'), '22');
  await tab.click('[data-testid=link-over-draft-keep]');
  assert.equal(await tab.$('[data-testid=link-over-draft]'), null);
  assert.equal(await tab.inputValue('#week'), '22');
  await tab.reload();
  await appReady(tab);
  assert.equal(await tab.inputValue('#week'), '22', 'a reload keeps the answers the runner kept');
  assert.equal(await tab.$('[data-testid=link-over-draft]'), null, 'and does not ask again');

  // Without unsaved answers a link fills the form at once.
  await tab.click('[data-testid=clear-answers]');
  await tab.goto(`${app.site.url}#/check?${COACH}`);
  await tab.waitForFunction(() => document.querySelector('#week')?.value === '40');
  assert.equal(await tab.$('[data-testid=link-over-draft]'), null);
  assert.deepEqual(errors, []);
  await context.close();
});
