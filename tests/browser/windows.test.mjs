// Two windows of one browser profile (issue 13 point 2): what one saves appears in the other,
// lists made at once in both keep distinct ids, and a window holding an older copy is refused
// with a reload offered, never overwriting the newer work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, importList, customerCsv, storedLists, storedItem, storedItems, writeStored, eventually } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(context, errors) {
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const listName = (page) => page.getByRole('textbox', { name: 'List name' });
const listOptions = (page) => page.getByRole('combobox', { name: 'Open list' }).locator('option').allTextContents();

async function rename(page, name) {
  await listName(page).fill(name);
  await listName(page).press('Enter');
}

async function waitForOptions(page, wanted) {
  await page.waitForFunction(
    (names) => names.every((n) => [...document.querySelectorAll('select option')].some((o) => o.textContent === n)),
    wanted,
  );
}

test('two windows: edits and new lists appear in the other; a stale window is refused and offered a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  const a = await open(context, errors);
  const b = await open(context, errors);

  // An edit saved in A shows in B without a reload.
  await rename(a, 'Renamed in A');
  await b.waitForFunction(() => document.querySelector('#list-name')?.value === 'Renamed in A');
  assert.equal(await listName(b).inputValue(), 'Renamed in A');

  // A choice edited in A shows in B's table, in a drop-down B never opened (it holds its chosen
  // option alone until opened, and must show the new one, not a blank).
  for (const page of [a, b]) await page.getByRole('button', { name: 'Customers', exact: true }).click();
  const marketOf = (page) => page.locator('table.customers select[id$="-market_type"]').first();
  const market = marketOf(a);
  const chosen = (await market.inputValue()) === 'government' ? 'international' : 'government';
  await market.focus();
  await market.selectOption(chosen);
  await eventually(async () => (await marketOf(b).inputValue()) === chosen, 10_000, 'the edit shown in B');
  assert.equal(await marketOf(b).locator('option').count(), 1, 'B never opened it');
  assert.equal(await marketOf(b).evaluate((s) => s.selectedOptions[0]?.textContent), chosen === 'government' ? 'Government' : 'International');

  // A list made in each window at once: both kept, with different ids, and each window sees both.
  await a.getByRole('button', { name: 'New list' }).click();
  await b.getByRole('button', { name: 'New list' }).click();
  await rename(a, 'Made in A');
  await rename(b, 'Made in B');
  await waitForOptions(a, ['Made in B']);
  await waitForOptions(b, ['Made in A']);
  const lists = await storedLists(a);
  assert.deepEqual(lists.map((l) => l.name).sort(), ['Made in A', 'Made in B', 'Renamed in A']);
  assert.equal(new Set(lists.map((l) => l.id)).size, 3, 'no two lists share an id');
  assert.deepEqual((await listOptions(a)).sort(), ['Made in A', 'Made in B', 'Renamed in A']);

  // What B is typing stays in its field while A saves another list: B hears of A's save and
  // redraws, and the name B then confirms is the one it typed.
  await listName(b).fill('Typed in B');
  await rename(a, 'Renamed again in A');
  await waitForOptions(b, ['Renamed again in A']);
  assert.equal(await listName(b).inputValue(), 'Typed in B');
  await listName(b).press('Enter');
  await waitForOptions(a, ['Typed in B']);

  // A third window saves the demo list behind B's back (B hears nothing of it): B's copy is
  // now older, and B's next save of it is refused rather than overwriting the newer one.
  await b.getByRole('combobox', { name: 'Open list' }).selectOption({ label: 'Renamed in A' });
  const key = 'value-pyramid/list/list-1';
  const doc = JSON.parse(await storedItem(b, key));
  doc.revision += 1;
  doc.list.name = 'Saved elsewhere';
  await writeStored(b, { [key]: JSON.stringify(doc) });
  await rename(b, 'Stale edit in B');
  const alert = b.getByRole('alert').filter({ hasText: 'Not saved.' });
  await alert.getByText('was changed in another window or tab', { exact: false }).waitFor();
  const stored = await storedLists(b);
  assert.equal(stored.find((l) => l.id === 'list-1').name, 'Saved elsewhere', 'the newer work is untouched');
  await alert.getByRole('button', { name: 'Reload to see the newer version' }).click();
  await b.getByRole('heading', { level: 1 }).waitFor();
  await waitForOptions(b, ['Saved elsewhere', 'Renamed again in A', 'Typed in B']);
  assert.equal(await b.getByRole('alert').filter({ hasText: 'Not saved.' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

// A tab still running a build from before the lists' revisions were stored beside them keeps
// the database at its older version (that build never lets it go): a newer build's tab says so
// and waits, rather than writing lists an older build could not check; once the older tab is
// closed it opens the lists as stored, and its saves store their revisions.
test('a tab of an older build holds the lists: a newer tab waits, says why, then opens and saves them', async () => {
  const viewport = { width: 1280, height: 900 };
  const errors = [];
  // What a tab of the page stored, read in a profile of its own.
  const earlier = await browser.newContext({ viewport });
  const first = await open(earlier, errors);
  await rename(first, 'Kept by an older build');
  const key = 'value-pyramid/list/list-1';
  await eventually(async () => JSON.parse(await storedItem(first, key)).list.name === 'Kept by an older build');
  const documents = await storedItems(first);
  await earlier.close();

  const context = await browser.newContext({ viewport });
  // The older build's tab: the database at version 1, documents only, kept open.
  const older = await context.newPage();
  older.on('pageerror', (err) => errors.push(String(err)));
  await older.goto(`${server.base}manifest.webmanifest`);
  await older.evaluate(async (docs) => {
    window.olderDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('value-pyramid', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('documents');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = window.olderDatabase.transaction('documents', 'readwrite');
    for (const [key, text] of Object.entries(docs)) tx.objectStore('documents').put(text, key);
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onabort = () => reject(tx.error); });
  }, documents);

  const newer = await context.newPage();
  newer.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  newer.on('pageerror', (err) => errors.push(String(err)));
  await newer.goto(server.base);
  const waiting = newer.getByRole('alert').filter({ hasText: 'open in another tab with an older version' });
  await waiting.getByText('Reload or close the other tabs of Value Pyramid', { exact: false }).waitFor();
  assert.equal(await newer.getByRole('heading', { level: 1 }).count(), 0, 'nothing is drawn over lists it cannot save');

  await older.evaluate(() => window.olderDatabase.close());
  await newer.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await waiting.count(), 0);
  assert.equal(await listName(newer).inputValue(), 'Kept by an older build');

  // Saved over a list stored whole, without its revision beside it: the stored text's own
  // revision is checked, and the save stores the list in parts with its revision beside it.
  await rename(newer, 'Saved by the newer build');
  const stored = await eventually(async () => {
    const doc = JSON.parse(await storedItem(newer, key));
    return doc.list.name === 'Saved by the newer build' && doc;
  });
  const [recorded, marker] = await newer.evaluate((key) => new Promise((resolve, reject) => {
    const request = indexedDB.open('value-pyramid');
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['revisions', 'documents']);
      const revision = tx.objectStore('revisions').get(key);
      const doc = tx.objectStore('documents').get(key);
      tx.oncomplete = () => { db.close(); resolve([revision.result, doc.result]); };
      tx.onabort = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  }), key);
  assert.equal(recorded.revision, stored.revision);
  assert.ok(marker.parts >= 2, 'the list is stored in parts');
  assert.ok(stored.revision > JSON.parse(documents[key]).revision);

  // A still newer build opened in another tab waits for this one, which says so.
  await newer.evaluate(() => new Promise((resolve) => {
    const current = indexedDB.open('value-pyramid');
    current.onsuccess = () => {
      const version = current.result.version;
      current.result.close();
      indexedDB.open('value-pyramid', version + 1);
      resolve();
    };
  }));
  const newerTab = newer.getByRole('status').getByText('A newer version of Value Pyramid was opened in another tab', { exact: false });
  await newerTab.waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// A page loaded before a newer build upgraded the database cannot open it: rather than starting
// empty on localStorage (where the newer build would never find its work), it says why.
test('a page older than the stored lists says so instead of starting without them', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  const first = await open(context, errors);
  await first.close({ runBeforeUnload: false });
  // What a newer build's upgrade leaves: the database at a version above this build's.
  const elsewhere = await context.newPage();
  await elsewhere.goto(`${server.base}manifest.webmanifest`);
  await elsewhere.evaluate(() => new Promise((resolve, reject) => {
    const current = indexedDB.open('value-pyramid');
    current.onsuccess = () => {
      const version = current.result.version;
      current.result.close();
      const upgrade = indexedDB.open('value-pyramid', version + 1);
      upgrade.onsuccess = () => { upgrade.result.close(); resolve(); };
      upgrade.onerror = () => reject(upgrade.error);
    };
  }));
  const page = await context.newPage();
  await page.goto(server.base);
  const notice = page.getByRole('alert').filter({ hasText: 'A newer version of Value Pyramid was opened in this browser' });
  await notice.getByText('Reload this page to use it', { exact: false }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('value-pyramid/list')).length), 0);
  await context.close();
});

// A window writes only the parts of a list it changed when what is stored is its own last save.
// Another writer may store the list at the very revision this window expects (a list deleted
// and made again under the same id): then this window's save must write the list whole, never
// a mix of its parts and the other's.
test('a list stored elsewhere at the revision a window expects is saved over whole, never mixed', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const saved = () => page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  await importList(page, 'three thousands.csv', customerCsv(2500).toString(), 'Customers');
  await saved();
  const rename = async (customer, name) => {
    const field = page.getByRole('textbox', { name: `Name of ${customer}`, exact: true });
    await field.fill(name);
    await field.press('Tab');
    await saved();
  };
  await rename('Customer 1', 'Edited once');
  const key = `value-pyramid/list/${JSON.parse(await storedItem(page, 'value-pyramid/index')).lists.at(-1)}`;
  const doc = JSON.parse(await storedItem(page, key));
  doc.list.customers[2000].name = 'Renamed elsewhere';
  await writeStored(page, { [key]: JSON.stringify(doc) });
  // An edit in the first thousand: the parts of the other thousands are not this window's any
  // more, so they are written again.
  await rename('Customer 2', 'Edited twice');
  const after = JSON.parse(await storedItem(page, key)).list;
  assert.equal(after.customers.length, 2500, 'the list is whole');
  assert.deepEqual([0, 1, 2000].map((i) => after.customers[i].name), ['Edited once', 'Edited twice', 'Customer 2001']);
  assert.deepEqual(errors, []);
  await context.close();
});
