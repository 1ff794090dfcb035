// Shared set-up for the browser tests: a static server for dist/ and Debian's Chromium.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const dist = process.env.VP_DIST || join(root, 'dist');
export const outputDir = join(here, 'output');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves dist/ under a sub-folder, as any static server would, on a free port of 127.0.0.1.
 *  `setRoot` swaps the folder served, as a deployment of a new build would. */
export async function serve(prefix = '/app/') {
  let rootDir = dist;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end(); return; }
    let path = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    if (path.startsWith('..')) { res.writeHead(403).end(); return; }
    if (path === '.' || path === '') path = 'index.html';
    const file = join(rootDir, path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      // A body, as real servers send: Chromium shows an empty 404 as a failed navigation.
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { base, setRoot: (dir) => { rootDir = dir; }, close: () => new Promise((ok) => server.close(ok)) };
}

const CHROMIUM = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'],
};

export async function launch(extraArgs = []) {
  return chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, ...extraArgs] });
}

/** A browser with an on-disk profile, as a user's is: what an incognito context cannot do (install the app) is possible there. */
export async function launchWithProfile(profileDir) {
  return chromium.launchPersistentContext(profileDir, CHROMIUM);
}

/** A fresh browser profile; every console error or page error is collected for the test to fail on. */
export async function openPage(browser, base, options = {}) {
  // `init` runs in the page before its own scripts (to take an API away, or seed storage).
  const { init, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...contextOptions });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  // A reload while a save is still being written asks "Leave site?"; a test leaves, as the
  // user who reloads means to (what is stored stays whole either way).
  page.on('dialog', (dialog) => (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, errors };
}

/**
 * Picks a language in the switch and waits until the page shows it: a language other than
 * English is a file the page fetches first (from the service worker's cache once installed).
 */
export async function chooseLanguage(page, code) {
  await page.locator('#language').selectOption(code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/** Screenshots shown in the README; every test run regenerates them in docs/screenshots/. */
const README_SHOTS = new Set(['overview', 'pyramid', 'pareto', 'lifetime', 'history']);

export async function screenshot(page, name) {
  await mkdir(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: false });
  if (README_SHOTS.has(name)) {
    const docs = join(root, 'docs', 'screenshots');
    await mkdir(docs, { recursive: true });
    await page.screenshot({ path: join(docs, `${name}.png`), fullPage: false });
  }
}

/** Imports a CSV text as a new list through the page, as a user would, and opens the given view. */
export async function importList(page, name, csv, viewName = 'Overview') {
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('button', { name: /^Import the [\d,]+ good rows$/ }).click();
  // A large list joins the lists once it is analysed, a stage a task.
  await page.locator('.import-done').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: viewName, exact: true }).click();
  await drawn(page);
}

/**
 * Reloads the page once its last save is written, as the page's warning before leaving would
 * have a user wait (`<html data-saving>` marks a save under way): a reload in its midst shows
 * the list as it was before the edit being saved.
 */
export async function reloadSaved(page) {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  await page.reload();
}

/**
 * Runs one transaction on the page's IndexedDB documents (the database the page opened):
 * `read` answers every document as { key: text }; `write` puts each { key: text } given, and
 * removes each key given as null.
 */
async function onDocuments(page, action, items) {
  // The page writes in the background; what a test reads is what it last saw finish.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  return page.evaluate(async ([action, items]) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('value-pyramid');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const tx = db.transaction(['documents', 'revisions', 'parts'], action === 'read' ? 'readonly' : 'readwrite');
      const done = new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onabort = () => reject(tx.error);
      });
      const store = tx.objectStore('documents');
      const revisions = tx.objectStore('revisions');
      const parts = tx.objectStore('parts');
      // A list's parts are under [its key, place].
      const partsOf = (key) => IDBKeyRange.bound([key, 0], [key, Infinity]);
      const answer = (request) => new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      let result = null;
      if (action === 'read') {
        const [keys, values] = await Promise.all([answer(store.getAllKeys()), answer(store.getAll())]);
        // A list stored in parts holds { parts: n } under its key: its text is the parts joined.
        const texts = await Promise.all(keys.map(async (k, i) => (typeof values[i] === 'string'
          ? values[i]
          : (await answer(parts.getAll(partsOf(k)))).join(''))));
        result = Object.fromEntries(keys.map((k, i) => [k, texts[i]]));
      } else {
        // A list as a window of the page may find it: its text whole (as lists were stored
        // before they were stored in parts), with its revision beside it.
        for (const [key, text] of Object.entries(items)) {
          const isList = key.startsWith('value-pyramid/list/');
          if (isList) parts.delete(partsOf(key));
          if (text === null) {
            store.delete(key);
            if (isList) revisions.delete(key);
          } else {
            store.put(text, key);
            if (isList) {
              let revision = 0;
              try { revision = JSON.parse(text).revision ?? 0; } catch { revision = 0; }
              revisions.put(revision, key);
            }
          }
        }
      }
      await done;
      return result;
    } finally {
      db.close();
    }
  }, [action, items ?? null]);
}

/** Every document the page keeps in IndexedDB, as { key: text }. */
export function storedItems(page) {
  return onDocuments(page, 'read');
}

/** The stored text of one document, or null. */
export async function storedItem(page, key) {
  return (await storedItems(page))[key] ?? null;
}

/**
 * Writes documents into the page's IndexedDB behind its back, as another window of the page
 * could have: a list whole, with its revision (0 for text that is not a list's document).
 */
export function writeStored(page, items) {
  return onDocuments(page, 'write', items);
}

/**
 * Watches the page for what it shows for a moment only, while it works a slice a task (a
 * progress bar, the button that stops the work): a wait from the driver, or at each frame,
 * can come after such an element was put in the document and taken out again. Records the
 * id of each element of `ids` put in the document; with `press` ({ near, name }), presses
 * the button named `name` beside the element of id `near` in the task after it is shown,
 * between two slices of the work, which looks for a stop there. Read with `shownSoFar`.
 */
export function watchShown(page, ids, press = null) {
  return page.evaluate(({ ids, press }) => {
    const seen = { ids: [], pressWanted: Boolean(press), pressed: false };
    window.__shown = seen;
    const button = () => press && [...(document.getElementById(press.near)?.parentElement?.querySelectorAll('button') ?? [])]
      .find((b) => b.textContent.trim() === press.name);
    const nextTask = new MessageChannel();
    let pressDue = false;
    nextTask.port1.onmessage = () => {
      pressDue = false;
      const stop = button();
      if (stop && seen.pressWanted && !seen.pressed) {
        stop.click();
        seen.pressed = true;
      }
    };
    new MutationObserver(() => {
      for (const id of ids) if (!seen.ids.includes(id) && document.getElementById(id)) seen.ids.push(id);
      if (seen.pressWanted && !seen.pressed && !pressDue && button()) {
        pressDue = true;
        nextTask.port2.postMessage(null);
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, { ids, press });
}

/** What `watchShown` saw so far: the ids shown, and whether the button was pressed. */
export function shownSoFar(page) {
  return page.evaluate(() => ({ ...window.__shown }));
}

/** Waits until the button `watchShown` was to press is pressed. */
export function pressedByWatch(page, options) {
  return page.waitForFunction(() => window.__shown?.pressed, null, { ...options, polling: 100 });
}

/** Polls `check` (async) until it answers truthy, or fails after `ms` milliseconds. */
export async function eventually(check, ms = 10_000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every list as stored in the browser, in the index's order. */
export async function storedLists(page) {
  const items = await storedItems(page);
  const index = JSON.parse(items['value-pyramid/index']);
  return index.lists.map((id) => JSON.parse(items[`value-pyramid/list/${id}`]).list);
}

/** An `init` for openPage: hides IndexedDB from the page, as a browser without it would. */
export function hideIndexedDb() {
  Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
}

/** Opens Import and export and picks a CSV text as a file, up to the mapping step. */
export async function pickImportFile(page, name, text) {
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('heading', { name: `Map the columns of ${name}` }).waitFor();
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * The serious and critical axe-core violations of the page as it is now. The page's CSP
 * allows only its own scripts: open it with `{ bypassCSP: true }` to let axe in.
 */
export async function seriousViolations(page) {
  await drawn(page);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Waits until a view has drawn the parts it draws after its first frame (the rows and folds
 * below the window: `<html data-drawing>` while any waits).
 */
export function drawn(page) {
  return page.waitForFunction(() => !document.documentElement.hasAttribute('data-drawing'));
}

/**
 * Resolves once the open list's analysis is made (`<html data-analysis-due>` gone): in a click,
 * or ahead in the background.
 */
export function analysed(page) {
  return page.waitForFunction(() => !document.documentElement.hasAttribute('data-analysis-due'));
}

/** How many User Timing entries named `name` the page has made so far. */
export function entryCount(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n).length, name);
}

/**
 * Defines `window.vpMidwayAhead(hops, act)` in the page: the next time the page starts an
 * analysis ahead in the background (`<html data-analysing-ahead>` set), waits for `hops`
 * messages to a channel of the page's own, tasks queued as that analysis queues its stages (so
 * `act` runs a few stages into it; at once for 0), then resolves with what `act(wasUnderWay)`
 * gives.
 */
export function defineMidwayAhead(page) {
  return page.evaluate(() => {
    window.vpMidwayAhead = (hops, act) => new Promise((done) => {
      const underWay = () => document.documentElement.hasAttribute('data-analysing-ahead');
      new MutationObserver((_, observer) => {
        if (!underWay()) return;
        observer.disconnect();
        const channel = new MessageChannel();
        let left = hops;
        const next = async () => {
          if (left === 0) { done(await act(underWay())); return; }
          left -= 1;
          channel.port2.postMessage(null);
        };
        channel.port1.onmessage = next;
        next();
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-analysing-ahead'] });
    });
  });
}

/** Rows of a CSV text (BOM dropped, quotes honoured, CRLF or LF), as a spreadsheet reads it. */
export function parseCsv(text, delimiter = ',') {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i += 1; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) { row.push(cell); cell = ''; } else if (ch === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** A CRM export of `count` customers: revenue spread over 100–9,100 a year, four regions, three channels. */
export function customerCsv(count) {
  const lines = ['customer_id,name,revenue,margin,channel,region'];
  for (let i = 1; i <= count; i += 1) {
    const revenue = (1000 + ((i * 7919) % 90000)) / 10;
    lines.push(`C${i},Customer ${i},${revenue},${0.2 + (i % 30) / 100},${['referral', 'web', 'events'][i % 3]},${['North', 'South', 'East', 'West'][i % 4]}`);
  }
  return Buffer.from(lines.join('\n'));
}

/** The value shown by the Figure whose label is exactly `label`. */
export function figureValue(page, label) {
  return page.locator('.figure')
    .filter({ has: page.locator('.figure-label').getByText(label, { exact: true }) }).locator('.figure-value');
}

/** Contrast ratio of two computed CSS colours ("rgb(r, g, b)"), as WCAG 2 defines it. */
export function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/**
 * The page's memory in MB once garbage collected: the JS heap and the WebAssembly memory (read
 * from `window.vpWasm`, which `wasmExports` sets).
 */
export async function memoryOf(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  const wasmBytes = await page.evaluate(() => window.vpWasm?.memory?.buffer?.byteLength ?? null);
  const mb = (bytes) => (bytes ? Math.round(bytes / 1e5) / 10 : null);
  return { heapMb: mb(heap), wasmMb: mb(wasmBytes) };
}

/** An `init` for openPage that keeps the started module's exports as `window.vpWasm`: Trunk's
 * loader announces them, the memory among them. */
export const wasmExports = () => addEventListener('TrunkApplicationStarted', (e) => { window.vpWasm = e.detail?.wasm; });

/** The events of a DevTools trace (the timeline's categories) taken while `act` runs, through
 * the CDP session `cdp` of the page. */
export async function traceDuring(cdp, act) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  try {
    await act();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}
