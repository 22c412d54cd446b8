// The service worker against real deploys: a club's upload that replaces files one by one
// (a new sw.js beside the old index.html, and the reverse), a browser that clears the cache
// under the worker, and a tab opened before another tab took an update.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, serve, DIST, DESKTOP, appReady } from './support.mjs';
import { writeServiceWorker } from '../../scripts/precache.mjs';

let browser;
let first;
let second;
before(async () => {
  browser = await launch();
  first = await mkdtemp(join(tmpdir(), 'knee-first-'));
  await cp(DIST, first, { recursive: true });
  second = await newBuild();
});
// Every server a test opens is closed after the file too, so a test that fails half way
// cannot keep the file's process (and the whole run) waiting.
const servers = [];
const serveHere = async (dir) => {
  const site = await serve(dir);
  servers.push(site);
  return site;
};
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((site) => site.close().catch(() => {})));
});

/**
 * A second build, as a new release looks to a host: its own index.html and whole-app files
 * under new names (the old ones gone from the server), and its own worker.
 */
async function newBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'knee-second-'));
  await cp(DIST, dir, { recursive: true });
  let html = await readFile(join(dir, 'index.html'), 'utf8');
  for (const name of await readdir(dir)) {
    const found = name.match(/^whole-([0-9a-f]+)(.*)$/);
    if (!found) continue;
    const renamed = `whole-0000${found[1].slice(4)}${found[2]}`;
    await rename(join(dir, name), join(dir, renamed));
    html = html.replaceAll(name, renamed);
  }
  html = html.replace('<title>', '<meta name="app-build" content="second" />\n    <title>');
  await writeFile(join(dir, 'index.html'), html);
  writeServiceWorker(dir);
  return dir;
}

/** A copy of `base` with some of `other`'s files over it: an upload half done. */
async function halfDeployed(base, other, files) {
  const dir = await mkdtemp(join(tmpdir(), 'knee-half-'));
  await cp(base, dir, { recursive: true });
  for (const file of files) await cp(join(other, file), join(dir, file));
  return dir;
}

async function openControlled(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await appReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await offlineReady(page);
  return { page, errors };
}

/** Asks the browser to look for a new worker; resolves to how its install ended. */
function tryUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const ended = new Promise((resolve) => {
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
        });
      });
    });
    await registration.update();
    return ended;
  });
}

/**
 * Waits for the footer to say the app opens offline; if it never does, the error says what
 * the page heard, what the cache holds, and whether the worker answers when asked again.
 */
async function offlineReady(page, timeout = 30000) {
  try {
    await page.waitForSelector('[data-testid=offline-ready][data-ready=true]', { timeout });
  } catch (error) {
    const seen = await page.evaluate(async () => {
      const kept = [];
      for (const key of await caches.keys()) kept.push(`${key}: ${(await (await caches.open(key)).keys()).length} files`);
      const worker = navigator.serviceWorker.controller;
      const answer = worker && await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('message', (event) => resolve(JSON.stringify(event.data)), { once: true });
        const files = document.querySelector('meta[name="knee-check-whole-app"]');
        worker.postMessage({ uses: new URL(files.dataset.module, document.baseURI).href });
        setTimeout(() => resolve('no answer in 20 s'), 20000);
      });
      return { heard: window.kneeCheckOffline, footer: document.querySelector('[data-testid=offline-ready]')?.outerHTML, worker: worker?.state, kept, askedAgain: answer };
    });
    throw new Error(`${error.message}\n${JSON.stringify(seen, null, 2)}`);
  }
}

const ourCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('runners-knee-check-')));

test('a new sw.js beside the old index.html does not install, and the running build stays', async () => {
  const site = await serveHere(first);
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, errors } = await openControlled(context, `${site.url}#/check`);
  const before = await ourCaches(page);
  site.dir = await halfDeployed(first, second, ['sw.js']);
  assert.equal(await tryUpdate(page), 'redundant', 'the install fails');
  assert.deepEqual(await ourCaches(page), before, 'no cache of a mixed build');
  assert.equal(await page.$('[data-testid=update-ready]'), null);
  await page.reload();
  await appReady(page);
  await offlineReady(page);
  site.dir = second;
  assert.equal(await tryUpdate(page), 'installed', 'once the upload is whole, the new build installs');
  await page.waitForSelector('[data-testid=update-ready]');
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});

test('an old sw.js beside a new index.html caches nothing on a first visit, and the app still works', async () => {
  const site = await serveHere(await halfDeployed(second, first, ['sw.js']));
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${site.url}#/check?v=1&week=40&prev=30`);
  await appReady(page);
  const state = await page.evaluate(async () => {
    // The same registration the app asks for; it resolves once the install has begun.
    const registration = await navigator.serviceWorker.register('sw.js');
    const worker = registration.installing || registration.waiting || registration.active;
    if (worker.state !== 'redundant' && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => {
        if (worker.state === 'redundant' || worker.state === 'activated') resolve();
      }));
    }
    return worker.state;
  });
  assert.equal(state, 'redundant');
  assert.deepEqual(await ourCaches(page), []);
  assert.equal(await page.getAttribute('[data-testid=offline-ready]', 'data-ready'), 'false');
  assert.ok(Number(await page.textContent('[data-testid=risk-score]')) > 0, 'the check works online');
  await context.close();
  await site.close();
});

test('a cache the browser cleared is filled again, and the footer says what is true meanwhile', async () => {
  const site = await serveHere(first);
  const context = await browser.newContext({ viewport: DESKTOP });
  // Closed whatever happens: a server left open keeps this file's process from ending.
  const servers = [site];
  try {
    const { page, errors } = await openControlled(context, `${site.url}#/check`);
    const clear = () => page.evaluate(async () => {
      for (const key of await caches.keys()) if (key.startsWith('runners-knee-check-')) await caches.delete(key);
    });
    await clear();
    await page.reload();
    await appReady(page);
    // Refilling every file takes the worker a while on a busy two-core machine.
    await offlineReady(page, 90000);
    assert.equal((await ourCaches(page)).length, 1, 'refilled');
    await site.close();
    servers.shift();
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    assert.ok(await page.$('main form.check-form'), 'opens offline after the refill');
    await context.setOffline(false);

    // Cleared again, while the site has moved on: the old files cannot be had any more.
    const moved = await serveHere(second);
    servers.push(moved);
    const other = await browser.newContext({ viewport: DESKTOP });
    const { page: tab } = await openControlled(other, `${moved.url}#/check`);
    await tab.evaluate(async () => {
      for (const key of await caches.keys()) if (key.startsWith('runners-knee-check-')) await caches.delete(key);
    });
    moved.dir = first;
    await tab.reload();
    await appReady(tab);
    // "Getting ready" until the worker has tried (and tried again) to refill.
    await tab.locator('[data-testid=offline-ready][data-ready=false]', { hasText: 'Not ready for offline use' }).waitFor({ timeout: 30000 });
    assert.deepEqual(errors, []);
    await other.close();
  } finally {
    await context.close();
    for (const server of servers) await server.close();
  }
});

test('a refill that fails for a moment is tried again, and the footer says the app opens offline', async () => {
  const site = await serveHere(first);
  const context = await browser.newContext({ viewport: DESKTOP });
  try {
    const { page, errors } = await openControlled(context, `${site.url}#/check`);
    // For a moment the host cannot give one file the page itself never asks for.
    const gap = await halfDeployed(first, first, []);
    await rm(join(gap, 'guide', 'mri.html'));
    await page.evaluate(async () => {
      for (const key of await caches.keys()) if (key.startsWith('runners-knee-check-')) await caches.delete(key);
    });
    site.dir = gap;
    site.requests.length = 0;
    await page.reload();
    await appReady(page);
    const deadline = Date.now() + 60000;
    while (!site.requests.includes('/guide/mri.html')) {
      assert.ok(Date.now() < deadline, 'the worker asked for the missing file');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    site.dir = first;
    await offlineReady(page, 90000);
    assert.equal((await ourCaches(page)).length, 1, 'refilled');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a tab opened before another tab took an update still opens its other pages, keeping its draft', async () => {
  const site = await serveHere(first);
  const context = await browser.newContext({ viewport: DESKTOP });
  try {
    const { page: old, errors } = await openControlled(context, `${site.url}#/check`);
    await old.fill('#week', '44');
    site.dir = second;
    const { page: fresh } = await openControlled(context, `${site.url}#/check`);
    await fresh.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
    await fresh.waitForSelector('[data-testid=update-ready]');
    await Promise.all([fresh.waitForEvent('load'), fresh.click('[data-testid=update-ready] button')]);
    await appReady(fresh);
    await fresh.waitForSelector('meta[name=app-build][content=second]', { state: 'attached' });

    assert.equal(await old.$('meta[name=app-build]'), null, 'the old tab still runs the first build');
    await old.click('nav[aria-label=Main] a[href="#/history"]');
    await old.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Your history', null, { timeout: 20000 });
    assert.doesNotMatch(await old.textContent('main'), /check your connection/i);
    await old.click('nav[aria-label=Main] a[href="#/check"]');
    await old.waitForSelector('main form.check-form');
    assert.equal(await old.inputValue('#week'), '44', 'its answers are still there');

    await old.close();
    await fresh.reload();
    await appReady(fresh);
    await fresh.waitForFunction(async () => (await caches.keys()).filter((key) => key.startsWith('runners-knee-check-')).length === 1, null, { timeout: 10000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await site.close();
  }
});
