// The model as a runner meets it: warning signs lead the whole page, pain
// leads with rehab, unknowns show as a range, the physio prompt, implausible links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBuiltSite, openPage, appReady, screenshot, PHONE, DESKTOP, openCheck as openCheckOf } from './support.mjs';

const app = withBuiltSite();

const STEADY = 'v=1&units=km&week=30&prev=30,29,31,30&longest=10&longest30=11&runs=4&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0';

const openCheck = (query, viewport) => openCheckOf(app, query, viewport);

/** Opens a form section whether it starts open or folded. */
const openSection = (page, id) => page.$eval(`#${id}`, (details) => { details.open = true; });

const firstStep = (page) => page.textContent('.advice .steps > li:first-child');
const headline = (page) => page.textContent('[data-testid=risk-band]');
const summary = (page) => page.textContent('.band-summary');

test('a warning sign changes the headline, the summary, step 1 and the score bar', async () => {
  const { context, page, errors } = await openCheck(STEADY, PHONE);
  assert.equal(await page.getAttribute('[data-testid=risk-band]', 'data-band'), 'low');
  // The warning signs are unanswered: the first step asks for them first, and says nothing of
  // running on.
  assert.match(await firstStep(page), /First, answer the warning signs/);
  assert.doesNotMatch(await page.textContent('.advice .steps'), /Keep running/);
  await openSection(page, 'section-symptoms');
  await page.check('#flags-locking');
  await page.waitForSelector('[data-testid=red-flag]');
  assert.equal(await page.getAttribute('[data-testid=risk-band]', 'data-band'), 'see_clinician');
  assert.match(await headline(page), /Get your knee checked/);
  assert.match(await summary(page), /physiotherapist or doctor before you run/);
  assert.match(await firstStep(page), /before you run on it/);
  assert.match(await page.textContent('.factors'), /say nothing about the warning signs/);
  assert.doesNotMatch(await page.textContent('.factors'), /adds load beyond/);
  assert.doesNotMatch(await firstStep(page), /Keep running/);
  assert.doesNotMatch(await page.textContent('.advice .steps'), /Keep running/);
  assert.match(await page.textContent('.advice .steps > li:nth-child(2)'), /After the check: adjust running/);
  assert.match(await page.textContent('.score-peek'), /Warning sign/);
  assert.doesNotMatch(await page.textContent('.score-peek'), /low/i);
  await screenshot(page, 'phone-warning-sign');
  await page.click('[data-testid=save-assessment]');
  await page.waitForFunction(() => document.querySelector('.save-row .status').textContent.includes('Saved'));
  await page.goto(`${app.site.url}#/history`);
  await page.waitForSelector('[data-testid=history-entry]');
  assert.match(await page.textContent('[data-testid=history-entry]'), /Warning sign: get your knee checked/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pain of 6 is high at least and leads with the rehab steps', async () => {
  const { context, page, errors } = await openCheck(STEADY.replace('pain=0', 'pain=6'));
  const band = await page.getAttribute('[data-testid=risk-band]', 'data-band');
  assert.ok(['high', 'very_high'].includes(band), band);
  assert.match(await summary(page), /rehab steps/);
  assert.match(await headline(page), /your knee already hurts/);
  assert.match(await firstStep(page), /6 out of 10/);
  assert.match(await firstStep(page), /Say where the knee hurts/, 'the steps are for the kneecap; the site is not given');
  assert.deepEqual(errors, []);
  await context.close();
});

test('severe pain (7 or more) pauses running, asks for a physio and never says keep running', async () => {
  const { context, page, errors } = await openCheck(STEADY.replace('pain=0', 'pain=8'), PHONE);
  assert.match(await headline(page), /your knee already hurts/);
  assert.match(await summary(page), /which is severe: pause running/);
  assert.match(await page.textContent('[data-testid=see-physio]'), /7 out of 10 or more/);
  assert.match(await firstStep(page), /pause running until it settles/);
  assert.match(await page.textContent('.score-peek'), /knee hurts 8\/10/);
  assert.doesNotMatch(await page.textContent('.advice .steps'), /Keep running|shorten runs/);
  await page.click('.step-plan a');
  await page.waitForSelector('[data-testid=plan-week]');
  assert.match(await page.textContent('[data-testid=plan-verdict]'), /hurts at 8 out of 10 when you run, which is severe: pause running/);
  assert.match(await page.textContent('[data-testid=see-physio]'), /7 out of 10 or more/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with running on hold, the changes that lower the score are framed for when running starts again', async () => {
  const spike = 'v=1&units=km&week=45&prev=30,29,31,30&longest=18&longest30=11';
  for (const [answers, said] of [[`${spike}&pain=8&flags=`, /For when the pain has settled/], [`${spike}&pain=0&flags=swelling`, /For when a clinician has cleared you/]]) {
    const { context, page, errors } = await openCheck(answers, PHONE);
    await page.waitForSelector('.what-ifs');
    assert.match(await page.textContent('[data-testid=what-ifs-later]'), said);
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { context, page } = await openCheck(`${spike}&pain=5&flags=`, PHONE);
  await page.waitForSelector('.what-ifs');
  assert.equal(await page.locator('[data-testid=what-ifs-later]').count(), 0);
  await context.close();
});

test('the range shows while questions are unanswered and goes as they are answered', async () => {
  const { context, page, errors } = await openCheck('v=1&week=40&prev=30,30,30,30');
  const score = Number(await page.textContent('[data-testid=risk-score]'));
  const max = Number(await page.getAttribute('[data-testid=risk-range]', 'data-max'));
  assert.ok(max > score, `max ${max} score ${score}`);
  assert.match(await page.getAttribute('[data-testid=risk-score]', 'data-rate'), /^\d+(\.\d+)?$/);
  // Only what is missing is asked for: runs given, what was added not.
  await page.goto(`${app.site.url}#/check?${STEADY}`);
  await page.waitForFunction(() => /Added in the last 4 weeks/i.test(document.querySelector('.unknowns')?.textContent));
  const settle = (await page.textContent('.result')).match(/would settle it most: [^.]*\./)[0];
  for (const asked of [await page.textContent('.unknowns'), settle]) {
    assert.doesNotMatch(asked, /runs in the last 7 days/i);
  }
  const everything = 'v=1&week=40&prev=30,30,30,30&longest=10&longest30=10&runs=4&added=&strength=2&focus=quads&tight=quads:0,hip_flexors:0,hamstrings:0,calves:0&sitting=4&shoes=same&shoe_dist=100&weight=70&weight_change=0&form=&cadence=172&injury=none&feet=neutral&pain=0';
  await page.goto(`${app.site.url}#/check?${everything}`);
  await page.waitForFunction(() => !document.querySelector('[data-testid=risk-range]'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a low band is no all-clear until pain, warning signs and what could make it high are answered, nor over pain', async () => {
  const { context, page, errors } = await openCheck('v=1&week=32&prev=30,30,30,30&strength=2', PHONE);
  assert.equal(await page.getAttribute('[data-testid=risk-band]', 'data-band'), 'low');
  assert.match(await headline(page), /so far: not an all-clear yet/);
  assert.match(await summary(page), /how much your knee hurts now, and whether any warning sign applies/);
  assert.doesNotMatch(await summary(page), /Keep building/);
  assert.match(await page.getAttribute('[data-testid=risk-band]', 'class'), /band-incomplete/, 'not green');
  assert.match(await page.textContent('.score-peek'), /low so far/);
  await openSection(page, 'section-symptoms');
  await page.selectOption('#pain', '0');
  await page.waitForFunction(() => !document.querySelector('.band-summary').textContent.includes('hurts now'));
  assert.match(await summary(page), /tick any warning sign that applies/);
  await page.check('#flags-none');
  // Still open, and able to make the risk high on its own: the long runs (an old injury alone
  // could make it only moderate).
  await page.waitForFunction(() => document.querySelector('.band-summary').textContent.includes('make the risk high on its own'));
  assert.match(await summary(page), /answer these, as each could make the risk high on its own: longest run in the last 7 days; longest run in the 30 days before\./);
  assert.match(await headline(page), /so far: not an all-clear yet/);
  assert.match(await page.getAttribute('[data-testid=risk-band]', 'class'), /band-incomplete/, 'not green');
  await page.fill('#longest', '10');
  await page.fill('#longest30', '10');
  await openSection(page, 'section-history');
  await page.selectOption('#injury', 'none');
  await page.waitForFunction(() => document.querySelector('.band-summary').textContent.includes('Keep building'));
  assert.match(await headline(page), /^\s*Low risk for your knees\s*$/);
  assert.match(await page.getAttribute('[data-testid=risk-band]', 'class'), /band-low/);
  assert.doesNotMatch(await page.textContent('.score-peek'), /so far/);
  await screenshot(page, 'phone-low-so-far-answered');
  // Pain of 2 on steady training: the load stays low, the words do not reassure.
  await page.fill('#week', '30');
  await page.selectOption('#pain', '2');
  await page.waitForFunction(() => document.querySelector('.band-summary').textContent.includes('hold your running'));
  assert.equal(await page.getAttribute('[data-testid=risk-band]', 'data-band'), 'low');
  assert.match(await headline(page), /your knee hurts: hold, do not build/);
  assert.match(await page.getAttribute('[data-testid=risk-band]', 'class'), /band-incomplete/, 'not green over pain');
  assert.match(await page.textContent('.score-peek'), /knee hurts 2\/10/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a beginner's first weeks are a usual start, a big return after a break is not", async () => {
  const beginner = 'v=1&week=8&prev=0,0,0,0&longest=3&longest30=0&runs=3&strength=2&focus=quads&injury=none&pain=0&flags=';
  const { context, page, errors } = await openCheck(beginner, PHONE);
  assert.equal(await page.getAttribute('[data-testid=risk-band]', 'data-band'), 'low');
  assert.match(await page.textContent('.quiet-factors'), /this week against your usual/);
  assert.match(await page.textContent('.result'), /within a usual start of 10 km/);
  assert.doesNotMatch(await page.textContent('.result'), /Cut back now|Ease the load/);
  await screenshot(page, 'phone-beginner-first-week');
  await page.goto(`${app.site.url}#/check?v=1&week=30&prev=0,0,0,0&longest=12&longest30=0&runs=4&strength=2&focus=quads&injury=none&pain=0&flags=`);
  // A tripled week and a 12 km first run are one change, counted once: high.
  await page.waitForFunction(() => document.querySelector('[data-testid=risk-band]')?.dataset.band === 'high');
  assert.match(await page.textContent('.what-ifs'), /a usual start after little/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an empty check is incomplete, not an all-clear', async () => {
  const { context, page, errors } = await openPage(app.browser, PHONE);
  await page.goto(`${app.site.url}#/check`);
  await appReady(page);
  assert.equal(await page.getAttribute('[data-testid=risk-band]', 'data-band'), 'incomplete');
  assert.match(await page.textContent('.score-peek'), /No score yet/);
  assert.ok(await page.$('[data-testid=risk-range]'));
  assert.match(await page.textContent('[data-testid=no-steps]'), /nothing to suggest yet/);
  assert.equal(await page.locator('.advice ol.steps').count(), 0, 'no rehab advice for a knee nobody has described');
  await page.selectOption('#pain', '2');
  await page.waitForSelector('.advice ol.steps');
  assert.equal(await page.locator('[data-testid=no-steps]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pain below the kneecap prompts a physio and says it sounds like a tendon', async () => {
  const { context, page, errors } = await openCheck(STEADY.replace('pain=0', 'pain=3&pain_site=below'));
  const prompt = await page.textContent('[data-testid=see-physio]');
  assert.match(prompt, /tendon/);
  assert.match(prompt, /runner's knee/);
  assert.match(await page.textContent('.steps > li:first-child'), /Have a physio look at where it hurts.*below the kneecap/s);
  await screenshot(page, 'desktop-physio-prompt');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an implausible link names the field and does not use it', async () => {
  const { context, page, errors } = await openCheck('v=1&week=20&prev=20&longest=35&runs=15');
  const notice = await page.textContent('[data-testid=link-notice]');
  assert.match(notice, /longest/);
  assert.match(notice, /runs/);
  assert.equal(await page.inputValue('#longest'), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('weight has units of its own, and stones read as runners write them', async () => {
  const { context, page, errors } = await openCheck('v=1&units=mi&wunits=st&weight=11.5');
  await openSection(page, 'section-body');
  assert.equal(await page.isChecked('#wunits-st'), true);
  await page.fill('#weight', '11st 4');
  await page.waitForFunction(() => !document.querySelector('#weight[aria-invalid=true]'));
  await page.check('#wunits-lb');
  assert.equal(await page.inputValue('#weight'), '158');
  await page.fill('#weight', '72');
  await page.waitForSelector('#weight[aria-invalid=true]');
  assert.match(await page.textContent('.check-form'), /did you mean 72 kg/);
  assert.deepEqual(errors, []);
  await context.close();
});
