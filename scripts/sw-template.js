// Runner's Knee Check service worker. Written into each release build by
// scripts/post_build.mjs, which fills in the build's own file list and a cache name made
// from the build's content: every build caches only its own files, whole, so one build's
// index.html is never served with another build's wasm.
const CACHE_PREFIX = 'runners-knee-check-';
const CACHE = `${CACHE_PREFIX}__BUILD_HASH__`;
const FILES = __FILES__;
const SCOPE = new URL('./', self.location.href);
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, SCOPE).href))));
});

// Only this app's own older caches are deleted: a club site may host other apps.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over only when the runner chooses to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(INDEX)).then((cached) => cached || fetch(request)));
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
