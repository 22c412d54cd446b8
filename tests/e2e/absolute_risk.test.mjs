// The model's third version as a runner and a physio read it: runners in 100 with an
// interval, the steps in order, age and volume caveats, and the cases a physio would try
// first, each screenshot at phone width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBuiltSite, screenshot, PHONE, DESKTOP, openCheck as openCheckOf } from './support.mjs';

const app = withBuiltSite();
const openCheck = (query, viewport = PHONE) => openCheckOf(app, query, viewport);

/** The absolute risk's figures, as numbers. */
const absolute = (page) => page.$eval('[data-testid=risk-absolute]', (element) => ({
  per100: Number(element.dataset['per-100'] ?? element.getAttribute('data-per-100')),
  low: Number(element.dataset.low),
  high: Number(element.dataset.high),
  weeks: Number(element.dataset.weeks),
  text: element.textContent,
  hits: element.querySelectorAll('svg .hit').length,
  icons: element.querySelectorAll('svg path').length,
}));

const STEADY = 'v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&runs=4&strength=2&focus=quads&injury=none&pain=0&flags=';

test('the result gives runners in 100 over a year, with an interval around it and a crowd to match', async () => {
  const { context, page, errors } = await openCheck(STEADY);
  const steady = await absolute(page);
  assert.equal(steady.weeks, 52);
  assert.ok(steady.low <= steady.per100 && steady.per100 <= steady.high, JSON.stringify(steady));
  assert.ok(steady.per100 > 0 && steady.high < 100);
  assert.equal(steady.icons, 100);
  assert.equal(steady.hits, Math.round(steady.per100));
  assert.match(steady.text, /Of 100 runners with answers like yours, about \d+ get runner's knee over a year/);
  assert.match(steady.text, /two strength sessions a week that include the quads, no previous knee injury/);
  // The same runner with an old injury and no strength work: more runners, never past 100.
  await page.goto(`${app.site.url}#/check?${STEADY.replace('strength=2&focus=quads', 'strength=0').replace('injury=none', 'injury=healed')}`);
  await page.waitForFunction((before) => Number(document.querySelector('[data-testid=risk-absolute]')?.getAttribute('data-per-100')) > before, steady.per100);
  const injured = await absolute(page);
  assert.ok(injured.low <= injured.per100 && injured.per100 <= injured.high);
  assert.doesNotMatch(await page.textContent('.result'), /hold your running|knee load/i);
  // Under a warning sign the figure is for after the knee has been checked.
  await page.goto(`${app.site.url}#/check?${STEADY.replace('flags=', 'flags=swelling')}`);
  await page.waitForSelector('[data-testid=red-flag]');
  assert.match(await page.textContent('[data-testid=risk-absolute]'), /For when the knee has been checked/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no figure before the weekly distances, nor for a week beyond what elite marathoners run', async () => {
  const { context, page, errors } = await openCheck('v=1&strength=0&injury=healed');
  assert.equal(await page.getAttribute('[data-testid=risk-band]', 'data-band'), 'incomplete');
  assert.equal(await page.locator('[data-testid=risk-absolute]').count(), 0);
  await page.goto(`${app.site.url}#/check?v=1&week=300&prev=300,300,300,300&longest=100&longest30=100&pain=0&flags=`);
  await page.waitForSelector('[data-testid=caveat]');
  assert.match(await page.textContent('[data-testid=risk-band]'), /Check your distances/);
  assert.match(await page.textContent('[data-testid=caveat]'), /more than the world's best marathoners run/);
  assert.equal(await page.locator('[data-testid=risk-absolute]').count(), 0);
  assert.doesNotMatch(await page.textContent('.result'), /Keep building/);
  assert.doesNotMatch(await page.getAttribute('[data-testid=risk-band]', 'class'), /band-low/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the advice steps come one per step, in order, and ask for the warning signs first', async () => {
  const { context, page, errors } = await openCheck('v=1&week=45&prev=30,30,30,30&longest=18&longest30=11&pain=3&pain_site=front&pain_weeks=8');
  const steps = await page.$$eval('[data-testid=advice-step]', (items) => items.map((item) => item.textContent));
  assert.equal(steps.length, await page.locator('.advice .steps > li').count());
  assert.match(steps[0], /^Adjust running rather than stop.*First, answer the warning signs/s);
  assert.ok(steps.every((step) => !/Keep running/.test(step)));
  assert.ok(steps.every((step) => !/10% more a week|10% at a time/.test(step)), 'pain of 3: hold, not 10% a week');
  assert.match(await page.textContent('[data-testid=see-physio]'), /three weeks or more/);
  assert.match(await page.textContent('[data-testid=risk-absolute]'), /Your knee already hurts/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('age comes in a link, changes the words for a growing or an older knee, and never the score', async () => {
  const base = 'v=1&week=20&prev=18,20,19,18&pain=3&pain_site=below&pain_weeks=4';
  const { context, page, errors } = await openCheck(base);
  const score = await page.textContent('[data-testid=risk-score]');
  const rate = await page.getAttribute('[data-testid=risk-score]', 'data-rate');
  assert.equal(await page.locator('[data-testid=caveat]').count(), 0);
  for (const [age, said] of [['14', /still growing/], ['62', /From 50/]]) {
    await page.goto(`${app.site.url}#/check?${base}&age=${age}`);
    await page.waitForSelector('[data-testid=caveat]');
    assert.match(await page.textContent('[data-testid=caveat]'), said);
    assert.equal(await page.inputValue('#age'), age);
    assert.equal(await page.textContent('[data-testid=risk-score]'), score);
    assert.equal(await page.getAttribute('[data-testid=risk-score]', 'data-rate'), rate);
  }
  await page.goto(`${app.site.url}#/check?${base}&age=14`);
  await page.waitForSelector('[data-testid=see-physio]');
  assert.match(await page.textContent('[data-testid=see-physio]'), /still growing/);
  await page.goto(`${app.site.url}#/check?${base}&age=7`);
  await page.waitForSelector('[data-testid=link-notice]');
  assert.match(await page.textContent('[data-testid=link-notice]'), /age/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The cases a physio tries first, each looked at on a phone. */
const PHYSIO_CASES = [
  ['steady-old-injury-no-strength', 'v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&runs=4&strength=0&injury=healed&pain=0&flags=', (band) => band === 'high' || band === 'moderate'],
  ['three-hundred-km', 'v=1&week=300&prev=300,300,300,300&longest=100&longest30=100&runs=14&pain=0&flags=', (band) => band !== 'see_clinician'],
  ['beginner-first-10-km', 'v=1&week=20&prev=15,15,15,15&longest=10&longest30=6&runs=3&strength=0&injury=none&pain=0&flags=', (band) => band === 'moderate' || band === 'high'],
  ['pain-3-for-8-weeks', 'v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&pain=3&pain_site=front&pain_weeks=8&flags=', (band) => band === 'low'],
  ['fourteen-year-old', 'v=1&week=20&prev=18,20,19,18&longest=8&longest30=8&pain=4&pain_site=below&pain_weeks=6&age=14&flags=', (band) => band === 'high'],
  ['everything-bad', 'v=1&week=300&prev=0&longest=100&longest30=0&runs=7&added=speed,hills,less_rest&strength=0&tight=quads:3,hip_flexors:3,hamstrings:3,calves:3&sitting=12&shoes=new_minimal&shoe_dist=1500&weight=140&weight_change=8&form=overstride,knee_in,hip_drop&cadence=140&injury=recurring&feet=overpronation&pain=10&flags=', (band) => band === 'very_high'],
];

test('the cases a physio tries first read as a physio would sign them', async () => {
  for (const [name, query, bandOk] of PHYSIO_CASES) {
    const { context, page, errors } = await openCheck(query);
    const band = await page.getAttribute('[data-testid=risk-band]', 'data-band');
    assert.ok(bandOk(band), `${name}: ${band}`);
    const rate = Number(await page.getAttribute('[data-testid=risk-score]', 'data-rate'));
    assert.ok(rate < 4, `${name}: rate ${rate}`);
    const result = await page.textContent('.result');
    assert.doesNotMatch(result, /Keep building/, name);
    await screenshot(page, `physio-${name}`);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
  const { context, page } = await openCheck(PHYSIO_CASES[0][1], DESKTOP);
  await screenshot(page, 'desktop-absolute-risk');
  await context.close();
});
