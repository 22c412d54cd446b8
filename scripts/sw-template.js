// Runner's Knee Check service worker. Written into each release build by
// scripts/post_build.mjs, which fills in the build's own files with the SHA-256 of each and
// a cache name made from them: every build caches only its own files, whole and verified,
// so one build's index.html is never served with another build's wasm.
const CACHE_PREFIX = 'runners-knee-check-';
const CACHE = `${CACHE_PREFIX}__BUILD_HASH__`;
// Which build each open tab runs (by a file only that build has), kept where a restarted
// worker finds it, so an older build's files stay until no tab uses them.
const TABS = 'runners-knee-check:tabs';
const TABS_KEY = 'https://tabs.invalid/';
const FILES = __FILES__;
const SCOPE = new URL('./', self.location.href);
const INDEX = new URL('index.html', SCOPE).href;
const address = (file) => new URL(file, SCOPE).href;

const hex = (buffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

// A file of this build from the network, refused unless it is byte for byte the one this
// build names: a club's upload that replaces files one by one must not mix two builds.
async function fetchVerified(file) {
  const response = await fetch(new Request(address(file), { cache: 'reload' }));
  if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
  const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  if (digest !== FILES[file]) throw new Error(`${file} is not the file of this build (a deploy half done?)`);
  return response;
}

// Stores every file of this build the cache lacks: all fetched and verified before any is
// stored, so a failure stores nothing. Resolves to whether the cache is now complete.
async function fill() {
  const cache = await caches.open(CACHE);
  const present = await Promise.all(Object.keys(FILES).map((file) => cache.match(address(file))));
  const missing = Object.keys(FILES).filter((_, index) => !present[index]);
  const responses = await Promise.all(missing.map(fetchVerified));
  await Promise.all(responses.map((response, index) => cache.put(address(missing[index]), response)));
  return true;
}

// A refill that fails is tried again a little later (a phone's connection that dropped for
// a moment, a host busy for a second) before the tab hears the app does not open offline.
async function fillOrRetry() {
  for (const pause of [1000, 4000]) {
    if (await fill().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return fill().catch(() => false);
}

async function readTabs() {
  const stored = await (await caches.open(TABS)).match(TABS_KEY);
  return stored ? stored.json() : {};
}

async function writeTabs(tabs) {
  await (await caches.open(TABS)).put(TABS_KEY, new Response(JSON.stringify(tabs)));
}

// The list of open tabs is read, changed and written back by the activation and by each
// tab's message; one at a time, so a tab that says which build it runs while the new worker
// activates is never written over (and its build's files deleted under it).
let tabsInUse = Promise.resolve();
function oneAtATime(change) {
  const run = tabsInUse.then(change);
  tabsInUse = run.catch(() => {});
  return run;
}

// Deletes this app's caches of other builds that no open tab runs; other apps' caches on a
// club's site are never touched.
async function dropUnused() {
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const known = await readTabs();
  const tabs = {};
  for (const client of open) if (known[client.id]) tabs[client.id] = known[client.id];
  await writeTabs(tabs);
  for (const key of await caches.keys()) {
    if (!key.startsWith(CACHE_PREFIX) || key === CACHE) continue;
    const cache = await caches.open(key);
    const used = await Promise.all(Object.values(tabs).map((file) => cache.match(file)));
    if (!used.some(Boolean)) await caches.delete(key);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(fill().catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(() => oneAtATime(dropUnused)));
});

// A tab says which build it runs ({ uses }) as it starts and whenever a new worker takes it
// over; the answer says whether the app opens offline now, after refilling what the
// browser may have cleared. The waiting worker takes over only on the runner's word.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') {
    self.skipWaiting();
    return;
  }
  if (!event.data || typeof event.data.uses !== 'string' || !event.source) return;
  const tab = event.source;
  event.waitUntil((async () => {
    await oneAtATime(async () => {
      const tabs = await readTabs();
      tabs[tab.id] = event.data.uses;
      await writeTabs(tabs);
    });
    const offline = await fillOrRetry();
    tab.postMessage({ offline });
    await oneAtATime(dropUnused);
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(INDEX)).then((cached) => cached || fetch(request)));
    return;
  }
  // This build's files first; then an older build's, which a tab opened before the update
  // still runs and asks for (its whole-app bundle, say) though the server has new ones.
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached || caches.match(request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
