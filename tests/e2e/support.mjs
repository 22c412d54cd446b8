// Shared by the end-to-end tests: a static server for the built site on 127.0.0.1, and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * Serves `dir` under `prefix` (such as `/tools/knee/`); anything outside it is a 404. The
 * returned `site.dir` can be changed to serve another build, as a club's host swaps one in.
 */
export async function serve(dir, prefix = '/') {
  const site = { dir };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (file === '' || file === '.' || file.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(join(site.dir, file));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  site.url = `http://127.0.0.1:${port}${prefix}`;
  site.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); });
  return site;
}

export const ARTIFACTS = new URL('../../artifacts/', import.meta.url).pathname;

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run',
    ],
  });
}

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * A fresh page that records every request that leaves 127.0.0.1, every page error and
 * every Content-Security-Policy violation, so tests can assert the app makes no
 * third-party requests and runs cleanly under its policy.
 */
export async function openPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && !url.protocol.startsWith('data')) foreign.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) errors.push(`csp: ${message.text()}`);
  });
  page.on('dialog', (dialog) => { errors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  return { context, page, foreign, errors };
}

/** A fresh page on the check filled from `query`, once its score shows. */
export async function openCheck(app, query, viewport = DESKTOP) {
  const opened = await openPage(app.browser, viewport);
  await opened.page.goto(`${app.site.url}#/check?${query}`);
  await appReady(opened.page);
  await opened.page.waitForSelector('[data-testid=risk-score]');
  return opened;
}

/** Waits until the app has rendered its shell. */
export async function appReady(page) {
  await page.waitForSelector('main h1', { timeout: 20000 });
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export const DIST = new URL('../../dist/', import.meta.url).pathname;
export const SUBPATH_DIST = new URL('../../target/dist-subpath/', import.meta.url).pathname;

/**
 * One browser and one server of the built site for a whole test file, closed at its end.
 * Tests read `app.browser` and `app.site` once the file's `before` hook has run.
 */
export function withBuiltSite() {
  const app = {};
  before(async () => {
    app.browser = await launch();
    app.site = await serve(DIST);
  });
  after(async () => {
    await app.browser?.close();
    await app.site?.close();
  });
  return app;
}
