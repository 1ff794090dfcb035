// Nothing lost when something fails (issue 13 points 5 and 10): a panic shows a banner with a
// download of every stored list, a download the browser refuses is said, and one backup file
// brings every list back in a fresh browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openHistory, pickAndCheck, useGoodRows } from './bench.mjs';
import { serve, launch, openPage, importList, storedLists, storedItem, storedItems, writeStored, eventually } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('a panic shows a banner that offers every stored list and a reload', async () => {
  const { page, errors, context } = await openPage(browser, `${server.base}?panic-drill`);
  const banner = page.getByRole('alert').filter({ hasText: 'Something went wrong and the page stopped working.' });
  await banner.waitFor();
  await banner.getByText('Technical detail: panic drill asked for by the address', { exact: false }).waitFor();
  const file = await downloaded(page, () => banner.getByRole('link', { name: 'Download every list' }).click());
  assert.equal(file.name, 'value-pyramid-backup.json');
  const backup = JSON.parse(file.text);
  assert.equal(backup.kind, 'backup');
  assert.deepEqual(backup.lists.map((d) => [d.list.name, d.list.customers.length]), [['Demo customers', 320]]);
  // The panic is in the console, as it should be; nothing else is.
  assert.ok(errors.length > 0 && errors.every((e) => /panic drill|unreachable|RuntimeError/.test(e)), errors.join('\n'));
  await banner.getByRole('link', { name: 'Reload the page' }).click();
  await page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  assert.equal(await page.locator('#panic-banner').count(), 0, 'the reload does not repeat the drill');
  await context.close();
});

test('a list of over a megabyte, read back from storage on opening, is whole in the panic backup', async () => {
  // The page keeps a stored list it has read packed, a megabyte a part: the backup made when
  // it fails unpacks it, and nothing is lost or cut at a part's edge.
  const { page, context } = await openPage(browser, server.base);
  const rows = ['name;revenue;margin;region'];
  for (let i = 0; i < 10_000; i += 1) {
    rows.push(`Client ${i} — ${'Ωmega Société '.repeat(3)}${i % 97};${(1_000 + i * 7.25).toFixed(2).replace('.', ',')};${(i % 60) + 10} %;Région ${i % 7}`);
  }
  await importList(page, 'big clients.csv', rows.join('\n'));
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  const stored = await storedItems(page);
  const index = JSON.parse(stored['value-pyramid/index']);
  const bigKey = index.lists.map((id) => `value-pyramid/list/${id}`).find((key) => JSON.parse(stored[key]).list.name === 'big clients');
  assert.ok(stored[bigKey].length > 2_000_000, `the stored list is ${stored[bigKey].length} characters, a few parts`);
  const before = JSON.parse(stored[bigKey]).list;
  assert.equal(before.customers.length, 10_000);
  await page.goto(`${server.base}?panic-drill`);
  const banner = page.getByRole('alert').filter({ hasText: 'Something went wrong and the page stopped working.' });
  await banner.waitFor();
  const file = await downloaded(page, () => banner.getByRole('link', { name: 'Download every list' }).click());
  const backup = JSON.parse(file.text);
  assert.deepEqual(backup.lists.map((d) => [d.list.name, d.list.customers.length]), [['Demo customers', 320], ['big clients', 10_000]]);
  assert.deepEqual(backup.lists[1].list.customers, before.customers);
  await context.close();
});

test('a download the browser refuses is said on the page, not announced as done', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.evaluate(() => { URL.createObjectURL = () => { throw new Error('downloads blocked by policy'); }; });
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await page.getByRole('alert').filter({ hasText: 'The browser did not offer “Demo customers.csv” for download.' }).waitFor();
  assert.equal(await page.getByText('The file was offered for download.').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('one backup file brings every list back in a fresh browser', async () => {
  const first = await openPage(browser, server.base);
  await importList(first.page, 'clients.csv', 'name;revenue;margin\nAnna;1.000,50;40 %\nBao;250;0,2\n');
  // A purchase log too: the backup holds it, and the fresh browser works on it again.
  await openHistory(first.page);
  await pickAndCheck(first.page, 'till.csv', Buffer.from('customer,date,amount\nA,2024-01-05,10\nA,2024-02-01,12.5\nB,2024-01-20,30\n'));
  await useGoodRows(first.page);
  const before = await storedLists(first.page);
  // The next visit reminds of a backup: the lists hold the user's own work and none was made.
  await first.page.reload();
  const reminder = first.page.getByRole('status').filter({ hasText: 'no backup of them was made this week' });
  await reminder.waitFor();
  const file = await downloaded(first.page, () => reminder.getByRole('button', { name: 'Back up every list (one file)' }).click());
  await reminder.waitFor({ state: 'detached' });
  await first.page.reload();
  await first.page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).waitFor();
  assert.equal(await first.page.getByText('no backup of them was made this week', { exact: false }).count(), 0, 'backed up today');
  await first.context.close();

  const fresh = await openPage(browser, server.base);
  await fresh.page.getByRole('button', { name: 'Import and export' }).click();
  await fresh.page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await fresh.page.locator('p.import-done').getByText('Restored 2 lists and the purchase log from the backup.').waitFor();
  await openHistory(fresh.page);
  await fresh.page.getByText('Working on “till”: 3 purchases from 5 Jan 2024 to 1 Feb 2024', { exact: false }).waitFor();
  const after = await storedLists(fresh.page);
  // The fresh browser had its own demo list; the two restored lists follow it, whole.
  assert.equal(after.length, 3);
  const strip = (l) => ({ customers: l.customers, settings: l.settings, choice_words: l.choice_words });
  assert.deepEqual(after.slice(1).map(strip), before.map(strip));
  assert.deepEqual(after.slice(1).map((l) => l.name), ['Demo customers (2)', 'clients']);
  // A backup of one list is a backup too: its purchase log comes back with it.
  const one = JSON.parse(file.text);
  one.lists = one.lists.slice(1);
  await fresh.page.getByRole('button', { name: 'Import and export' }).click();
  await fresh.page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(one)) });
  await fresh.page.locator('p.import-done').getByText('Restored 1 list and the purchase log from the backup.').waitFor();
  assert.deepEqual(fresh.errors, []);
  assert.deepEqual(first.errors, []);
  await fresh.context.close();
});

test('a damaged index and a damaged list are named, offered as found and kept until removed', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await writeStored(page, {
    'value-pyramid/list/list-9': '{"schema":1,"list": broken',
    'value-pyramid/index': 'garbage, not an index',
  });
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: 'The index of lists' });
  await banner.getByText('the lists were found one by one', { exact: false }).waitFor();
  // The demo list was found without the index; the damaged one is named, not opened.
  assert.deepEqual(await page.getByRole('combobox', { name: 'Open list' }).locator('option').allTextContents(), ['Demo customers']);
  const index = await downloaded(page, () => banner.getByRole('button', { name: 'Download it as found: The index of lists' }).click());
  assert.equal(index.text, 'garbage, not an index');
  const list = await downloaded(page, () => banner.getByRole('button', { name: 'Download it as found: The list stored as list-9' }).click());
  assert.equal(list.text, '{"schema":1,"list": broken');
  // Editing goes on, and neither damaged document is written over.
  await page.getByRole('textbox', { name: 'List name' }).fill('Still working');
  await page.getByRole('textbox', { name: 'List name' }).press('Enter');
  await eventually(async () => JSON.parse(await storedItem(page, 'value-pyramid/index')).lists.includes('list-9'));
  assert.equal(await storedItem(page, 'value-pyramid/list/list-9'), '{"schema":1,"list": broken');
  assert.equal(await storedItem(page, 'value-pyramid/kept/index'), 'garbage, not an index');
  // Removing asks once more, then the document is gone for good.
  await banner.getByRole('button', { name: 'Remove it…: The list stored as list-9' }).click();
  await banner.getByRole('button', { name: 'Yes, remove it for good' }).click();
  await eventually(async () => (await storedItem(page, 'value-pyramid/list/list-9')) === null);
  assert.equal(await page.getByText('The list stored as list-9').count(), 0);
  await page.reload();
  // The damaged index is still kept, and said, until the user removes it.
  const kept = page.getByRole('alert').filter({ hasText: 'The index of lists' });
  await kept.getByText('an earlier damaged index is kept as it was found').waitFor();
  await kept.getByRole('button', { name: 'Remove it…: The index of lists' }).click();
  await kept.getByRole('button', { name: 'Yes, remove it for good' }).click();
  await eventually(async () => (await storedItem(page, 'value-pyramid/kept/index')) === null);
  assert.equal(await page.getByText('The index of lists').count(), 0);
  assert.deepEqual(await page.getByRole('combobox', { name: 'Open list' }).locator('option').allTextContents(), ['Still working']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page asks for persistent storage and says what the browser answered', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Import and export', exact: true }).click();
  const answer = await page.evaluate(() => navigator.storage.persisted());
  const said = answer
    ? 'Storage: kept. The browser agreed not to clear these lists when space runs low.'
    : 'Storage: best effort. The browser did not agree to keep these lists when space runs low';
  await page.getByRole('status').filter({ hasText: said }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a rejected import changes nothing stored', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Import and export', exact: true }).click();
  await eventually(async () => JSON.parse(await storedItem(page, 'value-pyramid/index')).view === 'import');
  const everything = async () => ({ documents: await storedItems(page), preferences: await page.evaluate(() => ({ ...localStorage })) });
  const before = await everything();
  const pick = (name, text, mimeType) => page.getByLabel('Import a CSV or JSON file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  // A damaged list document, a newer version's, and a CSV whose every row is bad.
  await pick('broken.json', '{"app":"value-pyramid","schema":1,"list":{"name":', 'application/json');
  await page.getByRole('alert').getByText('not imported', { exact: false }).waitFor();
  await pick('newer.json', '{"app":"value-pyramid","schema":99,"list":{"name":"x"}}', 'application/json');
  await page.getByRole('alert').getByText('newer version', { exact: false }).waitFor();
  await pick('bad.csv', 'name;revenue\n;lots\n;-5\n', 'text/csv');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '0 good rows, 2 bad rows.' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Import the 0 good rows' }).isDisabled(), true);
  await page.getByRole('button', { name: 'Import nothing' }).click();
  assert.deepEqual(await everything(), before, 'storage is exactly as before');
  assert.deepEqual(errors, []);
  await context.close();
});
