// The check view as runners and coaches use it: worked cases through their links, a whole
// check by keyboard, bad and hostile links, accessibility, narrow phones and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { withBuiltSite, openPage, appReady, screenshot, PHONE, DESKTOP, ARTIFACTS, openCheck as openCheckOf } from './support.mjs';

const app = withBuiltSite();

const STEADY = 'v=1&units=km&week=30&prev=30,29,31,30&longest=10&longest30=11&runs=4&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0';
const SPIKE = 'v=1&units=km&week=45&prev=30,29,31,30&longest=18&longest30=11&runs=5&added=speed,hills&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0';
const SPIKE_NO_STRENGTH = 'v=1&units=km&week=45&prev=30,29,31,30&longest=18&longest30=11&runs=5&added=speed,hills&strength=0&shoes=same&injury=none&pain=0';
const STEADY_MILES = 'v=1&units=mi&week=18.64&prev=18.64,18.02,19.26,18.64&longest=6.21&longest30=6.84&runs=4&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0';

const openCheck = (query, viewport) => openCheckOf(app, query, viewport);

/** A row's value from the model's table, as `docs/model.md` mirrors it. */
async function weight(name) {
  const docs = await readFile(new URL('../../docs/model.md', import.meta.url), 'utf8');
  return Number(docs.match(new RegExp(`\\| \`${name}\` \\| ([\\d.]+) \\|`))[1]);
}

/** The whole score of a runner whose one answered factor has this rate ratio. */
const expectedScore = (rate) => Math.round(100 * (1 - 1 / rate));

async function result(page) {
  return page.evaluate(() => ({
    score: Number(document.querySelector('[data-testid=risk-score]').textContent),
    band: document.querySelector('[data-testid=risk-band]').dataset.band,
    redFlag: !!document.querySelector('[data-testid=red-flag]'),
    factors: [...document.querySelectorAll('[data-testid=factor]')].map((f) => [f.dataset.factor, Number(f.dataset.points)]),
  }));
}

test('the worked runners score as a coach would expect', async () => {
  const scores = {};
  for (const [name, query] of [['steady', STEADY], ['spike', SPIKE], ['noStrength', SPIKE_NO_STRENGTH], ['miles', STEADY_MILES], ['locking', `${STEADY}&flags=locking`]]) {
    const { context, page, errors } = await openCheck(query);
    scores[name] = await result(page);
    assert.equal(await page.$('[data-testid=link-notice]'), null, `${name} used every field`);
    assert.deepEqual(errors, []);
    const sum = scores[name].factors.reduce((total, [, points]) => total + points, 0);
    assert.equal(sum, scores[name].score, `${name}: factor points add up to the score`);
    await context.close();
  }
  assert.equal(scores.steady.band, 'low');
  assert.equal(scores.locking.band, 'see_clinician');
  assert.ok(scores.spike.score > scores.steady.score);
  assert.ok(['moderate', 'high', 'very_high'].includes(scores.spike.band));
  assert.ok(scores.noStrength.score > scores.spike.score);
  assert.ok(scores.locking.redFlag);
  assert.ok(!scores.steady.redFlag);
  assert.ok(Math.abs(scores.miles.score - scores.steady.score) <= 1);
});

test('a whole check by keyboard alone', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE);
  await page.goto(app.site.url);
  await appReady(page);
  const tabTo = async (selector) => {
    for (let i = 0; i < 80; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await tabTo('#week');
  await page.keyboard.type('45');
  await tabTo('#prev-1');
  await page.keyboard.type('30');
  await tabTo('#prev-2');
  await page.keyboard.type('30');
  await tabTo('#longest');
  await page.keyboard.type('18');
  await tabTo('#longest30');
  await page.keyboard.type('12');
  await tabTo('#added-hills');
  await page.keyboard.press('Space');
  await tabTo('#section-strength summary');
  await page.keyboard.press('Enter');
  await tabTo('#strength');
  await page.keyboard.type('0');
  const filled = await result(page);
  assert.ok(filled.score >= 25, `score ${filled.score}`);
  assert.ok(filled.factors.some(([key]) => key === 'long_run_spike'));
  await tabTo('#flags-swelling');
  await page.keyboard.press('Space');
  assert.ok((await result(page)).redFlag);
  await tabTo('[data-testid=save-assessment]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.save-row .status').textContent.includes('Saved'));
  await screenshot(page, 'phone-check-filled-by-keyboard');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad link uses its good fields and names the rest', async () => {
  const { context, page, errors } = await openCheck('v=1&week=abc&runs=99&colour=red&strength=0&added=speed,flying');
  const notice = await page.textContent('[data-testid=link-notice]');
  for (const key of ['week', 'runs', 'colour', 'added']) assert.match(notice, new RegExp(key));
  assert.match(notice, /0 to 14/);
  assert.equal((await result(page)).score, expectedScore(await weight('strength_none_rate')));
  assert.equal(await page.inputValue('#strength'), '0');
  assert.match(await page.textContent('.link-banner'), /Filled in from a link/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link of an unknown format version opens the check empty and says so', async () => {
  const { context, page } = await openCheck('v=9&week=45&strength=0');
  assert.match(await page.textContent('[data-testid=link-notice]'), /version/);
  assert.equal((await result(page)).score, 0);
  assert.equal(await page.inputValue('#week'), '');
  await context.close();
});

test('hostile links stay text and run nothing', async () => {
  const payloads = ['<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><script>alert(1)</script>'];
  const keys = ['v', 'units', 'week', 'prev', 'tight', 'added', 'shoes', 'pain', 'flags', '<b>bold</b>'];
  for (const payload of payloads) {
    const query = keys.map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(payload)}`).join('&');
    const { context, page, errors } = await openCheck(query.replace(/^v=[^&]*&/, ''));
    assert.ok(await page.$('[data-testid=link-notice]'));
    assert.equal(await page.$('main img[src=x]'), null);
    assert.equal(await page.$('main script'), null);
    assert.equal(await page.$('main b'), null);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((href) => !href.toLowerCase().startsWith('javascript')));
    assert.deepEqual(errors, [], `no script ran for ${payload}`);
    await context.close();
  }
});

test('the share link reproduces the same score in a new page', async () => {
  const first = await openCheck(SPIKE_NO_STRENGTH);
  const { score } = await result(first.page);
  const link = await first.page.inputValue('[data-testid=share-url]');
  await first.context.close();
  const second = await openPage(app.browser);
  await second.page.goto(link);
  await appReady(second.page);
  await second.page.waitForSelector('[data-testid=risk-score]');
  assert.equal((await result(second.page)).score, score);
  await second.context.close();
});

test('trying a suggested change previews the score it promised and changes nothing until chosen', async () => {
  const { context, page, errors } = await openCheck(SPIKE_NO_STRENGTH);
  const answers = () => page.$$eval('.check-form input, .check-form select', (controls) =>
    controls.map((c) => `${c.id}=${c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value}`));
  const mine = await answers();
  const own = await page.textContent('[data-testid=risk-score]');
  const promised = Number((await page.textContent('.what-ifs li .what-if-score')).match(/\d+/)[0]);
  await page.click('[data-testid=try-what-if] >> nth=0');
  assert.equal(Number(await page.textContent('[data-testid=what-if-preview-score]')), promised);
  assert.equal(await page.textContent('[data-testid=risk-score]'), own, 'the runner\'s own score stays');
  assert.deepEqual(await answers(), mine, 'no answer changed by trying');
  await page.click('[data-testid=keep-mine]');
  assert.equal(await page.locator('[data-testid=what-if-preview]').count(), 0);
  assert.deepEqual(await answers(), mine, 'back to my answers: every one as it was');
  await page.click('[data-testid=try-what-if] >> nth=0');
  await page.click('[data-testid=use-tried]');
  await page.waitForFunction((p) => Number(document.querySelector('[data-testid=risk-score]').textContent) === p, promised);
  assert.deepEqual(errors, []);
  await context.close();
});

test('clearing all answers can be undone, and a nearly empty check says what saving needs', async () => {
  const { context, page, errors } = await openCheck(SPIKE_NO_STRENGTH);
  const week = await page.inputValue('#week');
  await page.click('[data-testid=clear-answers]');
  await page.waitForSelector('[data-testid=undo-clear]');
  assert.equal(await page.inputValue('#week'), '');
  assert.ok(await page.isDisabled('[data-testid=save-assessment]'));
  assert.match(await page.textContent('#save-missing'), /distance in the last 7 days/);
  await page.click('[data-testid=undo-clear]');
  assert.equal(await page.inputValue('#week'), week);
  assert.equal(await page.isDisabled('[data-testid=save-assessment]'), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no serious or critical accessibility problems, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    for (const fragment of [`#/check?${SPIKE}&flags=locking&week=abc`, `#/check?${STEADY}&pain=6&pain_site=below&pain_weeks=4`, '#/check', '#/history', '#/learn', '#/plan', '#/coach', '#/about']) {
      const { context, page } = await openPage(app.browser, PHONE);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(app.site.url + fragment);
      await appReady(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${scheme} ${fragment}`);
      if (fragment.includes('flags')) await screenshot(page, `phone-check-${scheme}-all-open`);
      await context.close();
    }
  }
});

test('works at 320 pixels wide without sideways scrolling', async () => {
  const { context, page } = await openCheck(`${SPIKE}&flags=locking`, { width: 320, height: 640 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 320, `page is ${overflow}px wide`);
  await screenshot(page, 'phone-320-check');
  await context.close();
});

test('the printed page is the result alone', async () => {
  const { context, page } = await openCheck(SPIKE_NO_STRENGTH);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.check-form'), false);
  assert.equal(await page.isVisible('[data-testid=risk-score]'), true);
  assert.equal(await page.isVisible('.site-header nav'), false);
  assert.match(await page.textContent('.answers-summary'), /45 km/);
  assert.equal(await page.isVisible('.answers-summary'), true);
  await screenshot(page, 'print-check');
  const pdf = await page.pdf({ path: `${ARTIFACTS}print-check.pdf`, format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
  assert.equal(pages, 1, 'the summary fits on one A4 page');
  await context.close();
});

test('the chosen units are remembered on the next visit, and a link does not change them', async () => {
  const { context, page } = await openPage(app.browser, PHONE);
  await page.goto(app.site.url);
  await appReady(page);
  await page.check('#units-mi');
  await page.fill('#week', '20');
  assert.match(await page.textContent('label[for=week]'), /mi/);
  await page.reload();
  await appReady(page);
  assert.equal(await page.isChecked('#units-mi'), true);
  await page.goto(`${app.site.url}#/check?v=1&units=km&week=30`);
  // The typed 20 is an unsaved answer: the link asks before it replaces it.
  await page.click('[data-testid=link-over-draft-use]');
  await page.waitForFunction(() => document.querySelector('#week').value === '30');
  assert.equal(await page.isChecked('#units-km'), true);
  await page.goto(app.site.url.replace(/\/$/, '/?again') + '#/check');
  await appReady(page);
  assert.equal(await page.isChecked('#units-mi'), true, 'the link did not overwrite the preference');
  await context.close();
});

test('the keyboard reaches the result in a few presses: "Skip to result", and "See why" moves the focus there', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE);
  await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30,30,30,30`);
  await appReady(page);
  let presses = 0;
  while (presses < 5 && !(await page.evaluate(() => document.activeElement?.textContent === 'Skip to result'))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  assert.ok(presses <= 3, `${presses} presses to the skip link`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-title');
  await page.evaluate(() => document.querySelector('#week').focus());
  await page.click('.score-peek button');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-title', '"See why" moves the focus, not only the view');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every tab stop on the check is a control the runner can see, at 390 px and 1280 px', async () => {
  for (const viewport of [{ width: 390, height: 844 }, DESKTOP]) {
    const { context, page, errors } = await openPage(app.browser, viewport);
    await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30,29,31,30&longest=12&longest30=11&runs=4&strength=2&pain=1&flags=`);
    await appReady(page);
    const hidden = [];
    let stops = 0;
    for (; stops < 150; stops += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const folded = element.closest('details:not([open])') && element.tagName !== 'SUMMARY';
        const seen = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !folded && !element.closest('[hidden], [aria-hidden=true]');
        return { name: `${element.tagName}#${element.id} ${element.textContent.trim().slice(0, 30)}`, seen };
      });
      if (!stop) break;
      if (!stop.seen) hidden.push(stop.name);
    }
    assert.deepEqual(hidden, [], `controls in the tab order that are not shown at ${viewport.width} px`);
    assert.ok(stops < 150, 'the tab order comes to an end');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('undo after "Clear all answers" brings every control back in step, the pain select too', async () => {
  const { context, page, errors } = await openPage(app.browser, { width: 390, height: 844 });
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  await page.fill('#week', '30');
  await page.selectOption('#pain', '3');
  await page.selectOption('#pain_site', 'front');
  const before = await page.textContent('[data-testid=risk-band]');
  await page.click('[data-testid=clear-answers]');
  assert.equal(await page.inputValue('#pain'), '');
  await page.click('[data-testid=undo-clear]');
  assert.equal(await page.inputValue('#week'), '30');
  assert.equal(await page.inputValue('#pain'), '3', 'the select shows the answer the form holds');
  assert.equal(await page.inputValue('#pain_site'), 'front');
  assert.equal(await page.textContent('[data-testid=risk-band]'), before, 'the result is the one before the clear');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Back to your check" in the guide lands on the top of the form with the focus there', async () => {
  const { context, page, errors } = await openPage(app.browser, { width: 390, height: 844 });
  await page.goto(`${app.site.url}#/check?v=1&week=45&prev=30`);
  await appReady(page);
  await page.click('nav[aria-label=Main] a[href="#/learn"]');
  await page.waitForSelector('.back-to-check a');
  await page.locator('.back-to-check a').scrollIntoViewIfNeeded();
  await page.locator('.back-to-check a').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'check-title');
  const top = await page.evaluate(() => document.getElementById('check-title').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `the form's heading is at the top of the view (${top})`);
  assert.equal(await page.inputValue('#week'), '45', 'the answers are kept');
  await screenshot(page, 'phone-back-to-check');
  assert.deepEqual(errors, []);
  await context.close();
});
