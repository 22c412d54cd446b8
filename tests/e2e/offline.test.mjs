// Offline and installable: the service worker serves the whole build without a network,
// at the site root and under a sub-path; a new version waits for the runner's word and
// keeps the unsaved check; the manifest and its icons are what they say.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, serve, DIST, SUBPATH_DIST, DESKTOP, appReady } from './support.mjs';
import { writeServiceWorker } from '../../scripts/precache.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the app and waits until its worker controls the page. */
async function openControlled(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (/Content.Security.Policy/i.test(message.text())) errors.push(message.text()); });
  await page.goto(url);
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForSelector('[data-testid=offline-ready][data-ready=true]');
  return { page, errors };
}

for (const [name, dir, prefix] of [['at the site root', DIST, '/'], ['under a sub-path', SUBPATH_DIST, '/tools/knee/']]) {
  test(`offline ${name}: a new check link scores and the history lists saved checks`, async () => {
    const site = await serve(dir, prefix);
    const context = await browser.newContext({ viewport: DESKTOP });
    const { page, errors } = await openControlled(context, `${site.url}#/check?v=1&week=30&prev=30&strength=2`);
    await page.click('[data-testid=save-assessment]');
    await page.waitForFunction(() => /Saved/.test(document.querySelector('.save-row .status').textContent));
    await site.close();
    await context.setOffline(true);

    const offline = await context.newPage();
    offline.on('pageerror', (error) => errors.push(String(error)));
    await offline.goto(`${site.url}#/check?v=1&week=45&prev=30&longest=18&longest30=11`);
    await appReady(offline);
    await offline.waitForSelector('[data-testid=offline-note]');
    assert.ok(Number(await offline.textContent('[data-testid=risk-score]')) > 0);
    assert.equal(await offline.inputValue('#week'), '45');
    await offline.goto(`${site.url}#/history`);
    await offline.waitForSelector('[data-testid=history-entry]');
    await offline.goto(`${site.url}#/learn/mri`);
    await offline.waitForSelector('article.guide-section p');
    assert.equal(await offline.textContent('article.guide-section h2'), 'Do you need an MRI?', 'a guide section never opened online reads offline');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a new version waits for the runner, the old page keeps working, and the reload keeps the unsaved check', async () => {
  const first = await mkdtemp(join(tmpdir(), 'knee-v1-'));
  const second = await mkdtemp(join(tmpdir(), 'knee-v2-'));
  await cp(DIST, first, { recursive: true });
  await cp(DIST, second, { recursive: true });
  const index = join(second, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="app-build" content="second" />\n    <title>'));
  writeServiceWorker(second);

  const site = await serve(first);
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, errors } = await openControlled(context, `${site.url}#/check`);
  await page.fill('#week', '45');
  site.dir = second;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  await page.waitForSelector('[data-testid=update-ready]');
  assert.equal(await page.$('meta[name=app-build]'), null, 'still the first version');
  await page.fill('#prev-1', '30');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=risk-score]').textContent) > 0);

  await Promise.all([page.waitForEvent('load'), page.click('[data-testid=update-ready] button')]);
  await appReady(page);
  await page.waitForSelector('meta[name=app-build][content=second]', { state: 'attached' });
  assert.equal(await page.inputValue('#week'), '45');
  assert.equal(await page.inputValue('#prev-1'), '30');
  assert.equal(await page.$('[data-testid=update-ready]'), null);
  // The old build's files go once no tab runs it: the reloaded tab has said it runs the new.
  await page.waitForFunction(async () => (await caches.keys()).filter((key) => key.startsWith('runners-knee-check-')).length === 1);
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});

test('Chromium finds the app installable', async () => {
  const site = await serve(DIST);
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page } = await openControlled(context, `${site.url}#/check`);
  const session = await context.newCDPSession(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  // Playwright's contexts are private windows, where Chromium never installs anything;
  // every other criterion must hold.
  const blocking = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  assert.deepEqual(blocking, []);
  const { url, errors } = await session.send('Page.getAppManifest');
  assert.match(url, /manifest\.webmanifest$/);
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});

/** Width and height from a PNG's header. */
function pngSize(bytes) {
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the manifest parses and its icons exist at the stated sizes', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.start_url, '.');
  assert.equal(manifest.scope, '.');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));
  for (const icon of manifest.icons) {
    const bytes = await readFile(join(DIST, icon.src));
    if (icon.type === 'image/png') assert.equal(pngSize(bytes), icon.sizes, icon.src);
  }
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = join(entry.parentPath ?? entry.path, entry.name).slice(DIST.length).replace(/^\//, '');
    if (file !== 'sw.js') assert.ok(worker.includes(`"${file}"`), `${file} is precached`);
  }
});
