// The first screen is in index.html as static HTML, so it paints before the wasm: the live
// app then replaces it with no duplicate content, no lost keystroke and no page error, and
// the copy fits the address (a check link's empty form and other routes' check are hidden).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBuiltSite, openPage, appReady, screenshot, PHONE, DESKTOP } from './support.mjs';

const app = withBuiltSite();

/** Opens `fragment` with the wasm held back until `release()` is called. */
async function openWithWasmHeld(fragment, viewport = PHONE) {
  const opened = await openPage(app.browser, viewport);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await opened.page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await opened.page.goto(app.site.url + fragment, { waitUntil: 'domcontentloaded' });
  return { ...opened, release };
}

const visible = (page, selector) => page.isVisible(selector);

test('the check paints before the wasm, and what is typed there survives the hand-over', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const { context, page, errors, foreign, release } = await openWithWasmHeld('#/check', viewport);
    assert.equal(await page.textContent('#prerendered h1'), 'Check what is loading your knees');
    assert.ok(await visible(page, '#prerendered #week'), 'the form is there before the wasm');
    assert.equal(await visible(page, '#app'), false, 'the live app stays hidden behind the copy');
    await screenshot(page, `first-paint-static-${name}`);
    await page.fill('#prerendered #week', '42');
    await page.fill('#prerendered #prev-1', '30');
    await page.click('#prerendered label[for=units-mi]');
    await page.focus('#prerendered #longest');
    await page.keyboard.type('12');
    release();
    await appReady(page);
    assert.equal(await page.locator('h1').count(), 1, 'one heading, not two');
    assert.equal(await page.locator('[id=week]').count(), 1, 'one form, not two');
    assert.equal(await page.inputValue('#week'), '42');
    assert.equal(await page.inputValue('#prev-1'), '30');
    assert.equal(await page.inputValue('#longest'), '12');
    assert.ok(await page.isChecked('#units-mi'), 'the units ticked before the wasm');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'longest', 'focus stays where the runner was typing');
    await page.waitForSelector('[data-testid=risk-score]');
    assert.match(await page.textContent('.factor-list'), /42 mi this week/);
    await screenshot(page, `first-paint-live-${name}`);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  }
});

test('the static copy is what the app renders: same heading, intro, sections and controls', async () => {
  const { context, page, release } = await openWithWasmHeld('#/check', DESKTOP);
  const outline = (root) => page.evaluate((selector) => {
    const scope = document.querySelector(selector);
    return {
      heading: scope.querySelector('h1').textContent,
      lede: scope.querySelector('.lede').textContent,
      nav: [...scope.querySelectorAll('nav a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`),
      sections: [...scope.querySelectorAll('.check-form details summary')].map((s) => s.textContent),
      controls: [...scope.querySelectorAll('.check-form input, .check-form select')].map((c) => `${c.id} ${c.type}`),
      labels: [...scope.querySelectorAll('.check-form label')].map((l) => l.textContent),
    };
  }, root);
  const copy = await outline('#prerendered');
  release();
  await appReady(page);
  assert.deepEqual(await outline('#app'), copy);
  await context.close();
});

test('a check link hides the empty copy of the form; other routes keep only the header', async () => {
  const link = await openWithWasmHeld('#/check?v=1&week=30&prev=30,30,30,30');
  assert.ok(await visible(link.page, '#prerendered h1'));
  assert.equal(await link.page.evaluate(() => getComputedStyle(document.querySelector('#prerendered .check-layout')).visibility), 'hidden');
  link.release();
  await appReady(link.page);
  assert.equal(await link.page.inputValue('#week'), '30');
  await link.context.close();

  const history = await openWithWasmHeld('#/history');
  assert.ok(await visible(history.page, '#prerendered .site-header'));
  assert.equal(await visible(history.page, '#prerendered main'), false);
  assert.equal(await history.page.locator('#prerendered [aria-current]').count(), 0, 'no tab claims to be current');
  history.release();
  await appReady(history.page);
  assert.equal(await history.page.textContent('main h1'), 'Your history');
  assert.deepEqual(history.errors, []);
  await history.context.close();
});
