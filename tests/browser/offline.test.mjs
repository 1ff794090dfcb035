// Offline use: the service worker caches the build, the page reloads with the network cut,
// a new build is announced, and the page asks no other origin for anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, launchWithProfile, openPage, dist } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function waitForServiceWorker(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the page opens and works with the network cut, asking no other origin', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const origin = new URL(server.base).origin;
  const foreign = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await page.getByRole('textbox', { name: /^Name of / }).first().fill('Edited offline');
  await page.getByRole('textbox', { name: /^Name of / }).first().press('Tab');
  // Saved before the reload: leaving while IndexedDB writes is what the page warns about
  // (beforeunload), which the driver answers for us.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  await page.reload();
  assert.equal(await page.getByRole('textbox', { name: /^Name of / }).first().inputValue(), 'Edited offline');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.deepEqual(foreign, [], 'no request leaves the origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a language file is fetched only when chosen, and after one visit any language opens with the network cut', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  // The page's own requests for language files (the service worker caches them all on
  // install, for offline use; the page asks only for the one it shows).
  const asked = [];
  page.on('request', (r) => { const m = r.url().match(/\/i18n-([a-z]+)-[0-9a-f]+\.txt$/); if (m) asked.push(m[1]); });
  await waitForServiceWorker(page);
  const overview = page.locator('nav.tabs button').first();
  assert.equal(await overview.innerText(), 'Overview');
  assert.deepEqual(asked, [], 'English is built in');
  await page.locator('#language').selectOption('vi');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.notEqual(await overview.innerText(), 'Overview');
  assert.deepEqual(asked, ['vi']);

  await context.setOffline(true);
  await page.locator('#language').selectOption('zh-CN');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  const chinese = await overview.innerText();
  assert.match(chinese, /\p{Script=Han}/u, chinese);
  assert.deepEqual(asked, ['vi', 'zh']);
  // Opened again offline, in the language chosen.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await page.locator('nav.tabs button').first().innerText(), chinese);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build is picked up on the next visit with a visible notice', async () => {
  const v2 = await mkdtemp(join(tmpdir(), 'vp-build-'));
  await cp(dist, v2, { recursive: true });
  const index = join(v2, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace(/(<meta name="vp-build" content=")[^"]*/, '$1test-next-build'));
  const sw = join(v2, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(/value-pyramid-(\d+)-/, (_, t) => `value-pyramid-${Number(t) + 1}-`));

  const { page, errors, context } = await openPage(browser, server.base);
  await waitForServiceWorker(page);
  server.setRoot(v2);
  try {
    await page.reload();
    await page.getByText('A new version of Value Pyramid was downloaded; it opens on your next visit.').waitFor();
    await page.reload();
    await page.getByText('Value Pyramid was updated since your last visit.', { exact: false }).waitFor();
    assert.equal(await page.locator('meta[name="vp-build"]').getAttribute('content'), 'test-next-build');
    assert.deepEqual(errors, []);
  } finally {
    server.setRoot(dist);
    await context.close();
    await rm(v2, { recursive: true, force: true });
  }
});

test('the page is installable: Chromium finds the manifest valid and nothing missing', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'vp-profile-'));
  const context = await launchWithProfile(profile);
  try {
    const page = await context.newPage();
    await page.goto(server.base);
    await page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).waitFor();
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.match(manifest.url, /manifest\.webmanifest$/);
    assert.deepEqual(manifest.errors, []);
    // Every icon the manifest names is served, in the type it claims, PNG sizes included for
    // systems that do not draw SVG icons.
    const { icons } = JSON.parse(manifest.data);
    assert.deepEqual(icons.map((i) => i.sizes).sort(), ['192x192', '512x512', 'any']);
    for (const icon of icons) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      assert.equal(response.status(), 200, icon.src);
      assert.equal(response.headers()['content-type'].split(';')[0], icon.type, icon.src);
    }
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('over plain http from another machine there is no service worker API: the page works in full and does not install', async () => {
  // A name that is not localhost makes plain http an insecure origin, as a laptop sharing the
  // page on a LAN is: Chromium then offers no navigator.serviceWorker at all.
  const port = new URL(server.base).port;
  const lan = await launch(['--host-resolver-rules=MAP lan-laptop.test 127.0.0.1']);
  try {
    const { page, errors, context } = await openPage(lan, `http://lan-laptop.test:${port}/app/`);
    assert.deepEqual(await page.evaluate(() => [window.isSecureContext, typeof navigator.serviceWorker]), [false, 'undefined']);
    for (const name of ['Pyramid and ratings', 'Lifetime', 'Purchase history']) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    }
    // Nor is there a storage manager to ask for persistent storage: the page says so.
    await page.getByRole('button', { name: 'Import and export', exact: true }).click();
    await page.getByText('Storage: this browser does not say whether it keeps these lists', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Customers', exact: true }).click();
    await page.getByText('Showing 320 of 320 entries.').waitFor();
    const firstName = page.getByRole('textbox', { name: /^Name of / }).first();
    await firstName.fill('Edited over plain http');
    await firstName.press('Tab');
    // Reloaded once the edit is written, as the page asks a user leaving mid-save to stay: the
    // full suite's load once brought the reload before the write.
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
    await page.reload();
    assert.equal(await page.getByRole('textbox', { name: /^Name of / }).first().inputValue(), 'Edited over plain http');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await lan.close();
  }
});

test('the service worker answers only the app\'s own page, not other pages beside it', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await waitForServiceWorker(page);
  // Another page in the same folder goes to the network (which has none), not to the app.
  const other = await page.goto(`${server.base}another-tool.html`);
  assert.equal(other.status(), 404);
  assert.equal(await page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).count(), 0);
  const app = await page.goto(`${server.base}index.html`);
  assert.equal(app.status(), 200);
  await page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).waitFor();
  // The only errors are the browser's notes of the 404 asked for above.
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});
