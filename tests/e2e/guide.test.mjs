// The guide: every section's route shows its heading and text, the factors and the physio
// prompt lead into it and it leads back to the check with the answers kept, the diagram is
// labelled in text, it passes axe and prints without its navigation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { withBuiltSite, openPage, openCheck, appReady, screenshot, PHONE, DESKTOP } from './support.mjs';

const app = withBuiltSite();
const GUIDE = new URL('../../guide/', import.meta.url).pathname;

/** Every section, by slug, with the title its file opens with. */
const SECTIONS = readdirSync(GUIDE).map((file) => ({
  slug: file.replace(/\.html$/, ''),
  title: readFileSync(GUIDE + file, 'utf8').match(/^<h2>(.*?)<\/h2>/)[1],
}));

async function sectionShown(page, title) {
  await page.waitForFunction((t) => document.querySelector('article.guide-section h2')?.textContent === t
    && document.querySelector('article.guide-section p'), title);
}

test('every section has its route, a stable address for a coach to link', async () => {
  assert.ok(SECTIONS.length >= 15);
  const { context, page, errors, foreign } = await openPage(app.browser, PHONE);
  for (const { slug, title } of SECTIONS) {
    await page.goto(`${app.site.url}#/learn/${slug}`);
    await appReady(page);
    assert.equal(await page.textContent('main h1'), "Runner's knee, explained");
    await sectionShown(page, title.replaceAll('&quot;', '"'));
    assert.ok(await page.isVisible('.back-to-check a'), `${slug} links back to the check`);
  }
  await page.goto(`${app.site.url}#/learn`);
  await appReady(page);
  assert.equal(await page.locator('.guide-contents li a').count(), SECTIONS.length, 'the contents list every section');
  await page.goto(`${app.site.url}#/learn/no-such-part`);
  await appReady(page);
  assert.match(await page.textContent('main'), /does not exist/);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a factor leads to its section, and the way back keeps the answers', async () => {
  const { context, page, errors } = await openCheck(app, 'v=1&week=45&prev=30,30,30,30&longest=18&longest30=11&strength=0', DESKTOP);
  await page.click('[data-factor=strength_training] .factor-reason a');
  await sectionShown(page, 'Strength');
  assert.match(page.url(), /#\/learn\/strength$/);
  await page.click('.back-to-check a');
  await page.waitForSelector('[data-testid=risk-score]');
  assert.equal(await page.inputValue('#week'), '45');
  assert.equal(await page.inputValue('#longest'), '18');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the physio prompt leads to the problem the pain sounds like', async () => {
  for (const [site, title] of [['below', 'Pain below the kneecap: the patellar tendon'], ['outside', 'Pain on the outside: the iliotibial band'], ['inside', 'Pain on the joint line: the meniscus']]) {
    const { context, page, errors } = await openCheck(app, `v=1&week=30&prev=30&pain=3&pain_site=${site}`, PHONE);
    await page.click('[data-testid=see-physio] a');
    await sectionShown(page, title);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('at 320 px the knee diagram\'s numbers and names are at least 12 px, and each leader starts on its part', async () => {
  const { context, page, errors } = await openPage(app.browser, { width: 320, height: 700 });
  await page.goto(`${app.site.url}#/learn/how-the-knee-works`);
  await appReady(page);
  await sectionShown(page, 'How the knee works');
  const sizes = await page.$$eval('.knee-diagram .marker text, .knee-parts li', (elements) => elements.map((element) => {
    const own = parseFloat(getComputedStyle(element).fontSize);
    const scale = element.getScreenCTM ? element.getScreenCTM().a : 1;
    return { text: element.textContent, px: own * scale };
  }));
  assert.equal(sizes.length, 22);
  for (const { text, px } of sizes) assert.ok(px >= 12, `"${text}" is ${px.toFixed(1)} px`);
  const leaders = await page.$$eval('.knee-diagram [id^=to-]', (paths) => paths.map((path) => {
    const part = document.getElementById(path.id.replace(/^to-/, 'part-'));
    const start = path.getPointAtLength(0);
    const point = new DOMPoint(start.x, start.y);
    return { leader: path.id, onPart: Boolean(part) && (part.isPointInFill(point) || part.isPointInStroke(point)) };
  }));
  assert.equal(leaders.length, 11);
  for (const { leader, onPart } of leaders) assert.ok(onPart, `${leader} starts on its part`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no sideways scroll (${width})`);
  await screenshot(page, 'phone-320-knee-diagram');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the knee diagram is labelled in text, the guide passes axe and prints without navigation', async () => {
  const { context, page, errors } = await openPage(app.browser, DESKTOP);
  await page.goto(`${app.site.url}#/learn/how-the-knee-works`);
  await appReady(page);
  await sectionShown(page, 'How the knee works');
  const labels = await page.$$eval('.knee-parts li', (items) => items.map((item) => item.textContent));
  for (const part of ['Kneecap', 'Patellar tendon', 'Quadriceps tendon', 'Inner meniscus', 'Outer meniscus', 'Outer ligament', 'Cruciate ligaments']) {
    assert.ok(labels.includes(part), `${part} in ${labels}`);
  }
  const numbers = await page.$$eval('.knee-diagram .marker text', (texts) => texts.map((t) => Number(t.textContent)));
  assert.deepEqual(numbers, labels.map((_, index) => index + 1), 'one number in the drawing for each name in the list');
  assert.match(await page.getAttribute('.knee-diagram svg', 'role'), /img/);
  await screenshot(page, 'desktop-learn-diagram');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const fragment of ['#/learn', '#/learn/how-the-knee-works', '#/learn/rehab']) {
      await page.goto(app.site.url + fragment);
      await appReady(page);
      await page.waitForSelector('main .guide');
      if (fragment !== '#/learn') await page.waitForSelector('article.guide-section p');
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes[0]?.target}`), [], `${fragment} ${scheme}`);
    }
  }
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  assert.equal(await page.isVisible('.guide-read-on'), false);
  assert.equal(await page.isVisible('.site-header nav'), false);
  assert.ok(await page.isVisible('article.guide-section h3'));
  assert.deepEqual(errors, []);
  await context.close();
});
