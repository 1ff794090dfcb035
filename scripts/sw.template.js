// Service worker of Value Pyramid, generated at build time by scripts/post_build.py.
// Every file of one build lives in one cache named after that build; the page's own files are
// served from it, cache first, so the page opens with no network and never mixes builds.
const CACHE = __CACHE__;
const FILES = __FILES__;
const PREFIX = 'value-pyramid-';
const SCOPE = new URL(self.registration.scope).pathname;

function isAppPage(url) {
  return url.pathname === SCOPE || url.pathname === `${SCOPE}index.html`;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Keep the newest older build too: a page that started loading it just before this
    // worker took over still finds its files. Anything older goes.
    const older = (await caches.keys())
      .filter((k) => k.startsWith(PREFIX) && k !== CACHE)
      .sort()
      .reverse();
    await Promise.all(older.slice(1).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Only the app's own page is answered from the cache; any other page under the same folder
  // (a file hosted beside it, a link to another tool) goes to the network as if no worker ran.
  const navigation = request.mode === 'navigate';
  if (navigation && !isAppPage(url)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = navigation ? './' : request;
    const hit = (await cache.match(key, { ignoreSearch: true }))
      || (await caches.match(request, { ignoreSearch: true }));
    return hit || fetch(request);
  })());
});
