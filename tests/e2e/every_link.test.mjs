// Every check link our README and docs print, and links with each field at its bounds,
// open to a visible form and result holding the link's values: a link that leaves the page
// blank is the worst thing a coach's newsletter can carry. And when the app cannot start at
// all, the runner is told so, never shown a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { withBuiltSite, openPage, screenshot, PHONE, DESKTOP } from './support.mjs';

const app = withBuiltSite();
const ROOT = new URL('../../', import.meta.url).pathname;

/** Every `#/check?` link with at least one field in README.md and docs/. */
function documentedLinks() {
  const files = ['README.md', ...readdirSync(`${ROOT}docs`).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  const links = new Set();
  for (const file of files) {
    for (const [, query] of readFileSync(`${ROOT}${file}`, 'utf8').matchAll(/#\/check\?([^\s`)"'<\]]+)/g)) {
      if (query.includes('=')) links.add(query);
    }
  }
  return [...links];
}

const NUMBERS = ['week', 'longest', 'longest30', 'runs', 'strength', 'sitting', 'shoe_dist', 'weight', 'weight_change', 'cadence', 'pain_weeks'];
const LISTS = ['added', 'focus', 'form', 'flags'];
const CHOICES = ['shoes', 'injury', 'feet', 'pain', 'pain_site'];

/** Each field of the query as the form shows it; fields the form does not ask are skipped. */
async function assertFormShows(page, query) {
  const fields = new URLSearchParams(query);
  for (const [key, value] of fields) {
    const where = `${key}=${value} in ${query}`;
    if (NUMBERS.includes(key)) {
      assert.equal(Number(await page.inputValue(`#${key}`)), Number(value), where);
    } else if (key === 'prev') {
      const weeks = value.split(',');
      for (const [index, week] of weeks.entries()) {
        assert.equal(Number(await page.inputValue(`#prev-${index + 1}`)), Number(week), where);
      }
    } else if (LISTS.includes(key)) {
      if (key === 'focus' && fields.get('strength') === '0') continue;
      const items = value.split(',').filter(Boolean);
      if (items.length === 0) assert.equal(await page.isChecked(`#${key}-none`), true, where);
      for (const item of items) assert.equal(await page.isChecked(`#${key}-${item}`), true, where);
    } else if (CHOICES.includes(key)) {
      assert.equal(await page.inputValue(`#${key}`), value, where);
    } else if (key === 'tight') {
      for (const pair of value.split(',').filter(Boolean)) {
        const [muscle, level] = pair.split(':');
        assert.equal(await page.inputValue(`#tight-${muscle}`), level, where);
      }
    } else if (key === 'units' || key === 'wunits') {
      assert.equal(await page.isChecked(`#${key}-${value}`), true, where);
    }
  }
}

/** Opens a link and proves the runner sees it: the form and the result, soon. */
async function openShown(page, query, viewport) {
  await page.setViewportSize(viewport);
  await page.goto(`${app.site.url}?fresh=${Math.random()}#/check?${query}`);
  await page.waitForSelector('main form.check-form', { state: 'visible', timeout: 5000 });
  await page.waitForSelector('main section.result', { state: 'visible', timeout: 5000 });
  assert.equal(await page.$('#prerendered'), null, `the first screen gave way for ${query}`);
  assert.ok(await page.$('[data-testid=risk-band]'), `a band shows for ${query}`);
}

test('every check link printed in the README and docs opens to its form and result', async () => {
  const links = documentedLinks();
  assert.ok(links.length >= 6, `found the docs' links: ${links.join(' | ')}`);
  assert.ok(links.some((query) => query.includes('strength=0')), 'the contract example is among them');
  const { context, page, errors } = await openPage(app.browser);
  for (const query of links) {
    for (const viewport of [PHONE, DESKTOP]) {
      await openShown(page, query, viewport);
      if (viewport === DESKTOP) await assertFormShows(page, query);
    }
  }
  await screenshot(page, 'docs-link-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Each field at its least, its most and, for lists, empty. */
const BOUNDS = [
  'week=0', 'week=300', 'prev=0', 'prev=0,0,0,0', 'prev=300,300,300,300', 'longest=0', 'week=100&longest=100',
  'longest30=0', 'longest30=100', 'runs=0', 'runs=14', 'added=', 'added=speed,hills,less_rest',
  'strength=0', 'strength=14', 'strength=0&focus=quads', 'strength=2&focus=', 'strength=2&focus=quads,glutes,hamstrings,calves',
  'tight=', 'tight=quads:0', 'tight=quads:3,hip_flexors:3,hamstrings:3,calves:3', 'sitting=0', 'sitting=24',
  'shoes=same', 'shoes=new_other', 'shoe_dist=0', 'shoe_dist=5000', 'weight=35', 'weight=250',
  'units=mi&weight=551', 'wunits=st&weight=39', 'weight_change=-50', 'weight_change=50', 'weight_change=0',
  'form=', 'form=overstride,knee_in,hip_drop', 'cadence=120', 'cadence=230', 'injury=none', 'injury=recurring',
  'feet=unknown', 'pain=0', 'pain=10', 'flags=', 'flags=giving_way,locking,swelling,trauma,night_pain',
  'pain_site=front', 'pain_site=unsure', 'pain=5&pain_site=back&pain_weeks=0', 'pain=3&pain_weeks=104',
  'units=mi&week=186&prev=186,186,186,186&longest=62&longest30=62',
];

test('a link with any field at its bounds opens to its form and result', async () => {
  const { context, page, errors } = await openPage(app.browser);
  for (const field of BOUNDS) {
    const fields = new URLSearchParams('v=1&week=30&prev=30,30,30,30');
    for (const [key, value] of new URLSearchParams(field)) fields.set(key, value);
    const query = decodeURIComponent(fields.toString());
    await openShown(page, query, DESKTOP);
    const notice = await page.$eval('[data-testid=link-notice]', (element) => element.textContent).catch(() => null);
    assert.equal(notice, null, `every field of ${query} is used`);
    await assertFormShows(page, query);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a runner who types no strength sessions and reloads gets the form back', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/check`);
  await page.waitForSelector('main form.check-form', { state: 'visible' });
  await page.fill('#strength', '0');
  await page.waitForFunction(() => (localStorage.getItem('knee-check.v1.draft') || '').includes('strength=0'));
  await page.reload();
  await page.waitForSelector('main form.check-form', { state: 'visible', timeout: 5000 });
  // The live page, not the first screen's still copy, which paints before it with no answers.
  await page.waitForSelector('[data-testid=draft-notice]', { state: 'visible', timeout: 5000 });
  assert.equal(await page.inputValue('#strength'), '0');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an app that cannot start says so, with a reload and an empty form that sets the draft aside', async () => {
  // No service worker, so the broken download below reaches the page as the network gave it.
  const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const logged = [];
  page.on('console', (message) => { if (message.type() === 'error') logged.push(message.text()); });
  await page.goto(`${app.site.url}#/check`);
  await page.waitForSelector('main form.check-form', { state: 'visible' });
  await page.fill('#week', '40');
  await page.fill('#prev-1', '30');
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('knee-check.v1.history.entry.')), null, { timeout: 20000 });
  await page.waitForSelector('main form.check-form', { state: 'visible' });
  await page.fill('#week', '42');
  await page.waitForFunction(() => (localStorage.getItem('knee-check.v1.draft') || '').includes('week=42'));
  const saved = () => Object.keys(localStorage).filter((key) => key.startsWith('knee-check.v1.history.entry.')).length;
  // The check's wasm refuses to compile, as a broken download or a half-done deploy would.
  await page.route(/knee-check-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }));
  await page.route(/whole-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }));
  await page.reload();
  await page.waitForSelector('[data-testid=start-failure]', { state: 'visible', timeout: 10000 });
  const said = await page.textContent('[data-testid=start-failure]');
  assert.match(said, /could not start/);
  assert.match(said, /saved checks are safe/);
  assert.ok(logged.some((text) => /could not start/.test(text)), 'the error is logged');
  await screenshot(page, 'start-failure-phone');
  await page.unroute(/knee-check-[0-9a-f]+_bg\.wasm$/);
  await page.unroute(/whole-[0-9a-f]+_bg\.wasm$/);
  await page.click('[data-testid=start-failure-empty]');
  await page.waitForSelector('[data-testid=set-aside-notice]', { state: 'visible', timeout: 15000 });
  assert.equal(await page.inputValue('#week'), '', 'the form starts empty');
  assert.equal(await page.evaluate(saved), 1, 'history is kept');
  await page.click('[data-testid=set-aside-restore]');
  await page.waitForSelector('[data-testid=draft-notice]', { state: 'visible', timeout: 15000 });
  assert.equal(await page.inputValue('#week'), '42', 'the set-aside answers come back');
  await context.close();
});

test('a crash after the start, as a panic traps the wasm, shows the same message', async () => {
  const { context, page } = await openPage(app.browser, PHONE);
  await page.goto(`${app.site.url}#/check?v=1&week=40&prev=30`);
  await page.waitForSelector('main form.check-form', { state: 'visible' });
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  await page.waitForSelector('[data-testid=start-failure]', { state: 'visible', timeout: 5000 });
  assert.equal(await page.isVisible('main form.check-form'), false, 'nothing half-working stays on show');
  await context.close();
});

test('a link too long to read says so, opened fresh or arriving in an open tab', async () => {
  const { context, page, errors } = await openPage(app.browser);
  for (const length of [1000, 9000, 100000]) {
    const query = `v=1&week=45&title=${'x'.repeat(length)}`;
    await page.goto(`${app.site.url}?fresh=${length}#/check?${query}`);
    await page.waitForSelector('[data-testid=link-notice]', { timeout: 5000 });
    await page.goto(`${app.site.url}?open=${length}#/check`);
    await page.waitForSelector('main form.check-form', { state: 'visible' });
    await page.evaluate((fragment) => { location.hash = fragment; }, `#/check?${query}`);
    await page.waitForSelector('[data-testid=link-notice]', { timeout: 5000 });
  }
  assert.deepEqual(errors, []);
  await context.close();
});
