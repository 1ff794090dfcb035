// Files as users have them (issue 13 point 8): a Bulgarian list saved as Windows-1251, a
// Chinese and Vietnamese list saved as UTF-16, the encoding shown and switched; an unclosed
// quote named with its line; a purchase log with day-first dates and times of day; the legacy
// encodings read by their worker (src/decode_worker.rs), fetched only for such a file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, storedLists, pickImportFile, reloadSaved } from './helpers.mjs';
import { openHistory } from './bench.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Windows-1251 bytes of text made of ASCII and Bulgarian letters (А–я are 0xC0–0xFF). */
function cp1251(text) {
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`not in the test's Windows-1251 table: ${c}`);
  }));
}

const pickBytes = async (page, name, buffer) => {
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('heading', { name: `Map the columns of ${name}` }).waitFor();
};

const NAMES = ['Иван Петров', 'Мария Георгиева', 'Стоян Димитров', 'Йордан Христов', 'Цветелина Божкова'];
const BULGARIAN = ['name;region;revenue',
  ...NAMES.map((n, i) => `${n};${['София', 'Пловдив', 'Варна', 'Бургас', 'Русе'][i]};${(i + 1) * 100}`)].join('\n');

test('a Windows-1251 file reads in Bulgarian, the encoding is shown and can be switched', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await pickBytes(page, 'клиенти.csv', cp1251(BULGARIAN));
  const encoding = page.getByRole('combobox', { name: 'Text encoding' });
  assert.equal(await encoding.inputValue(), 'windows-1251');
  assert.equal((await encoding.locator('option:checked').textContent()).trim(), 'Windows-1251 (Cyrillic) — detected');
  await page.getByText('The file was read as Windows-1251 (Cyrillic) — detected.', { exact: false }).waitFor();
  const preview = page.getByRole('table', { name: 'Preview of the first rows' });
  await preview.getByRole('cell', { name: 'Иван Петров' }).waitFor();
  await screenshot(page, 'import-encoding');

  // Read as Windows-1252, the names are the garbage users used to get; back again, they are right.
  await encoding.selectOption('windows-1252');
  await preview.getByRole('cell', { name: 'Èâàí Ïåòðîâ' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Text encoding' }).inputValue(), 'windows-1252');
  await page.getByRole('combobox', { name: 'Text encoding' }).selectOption('windows-1251');
  await preview.getByRole('cell', { name: 'Иван Петров' }).waitFor();

  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '5 good rows, 0 bad rows.' }).waitFor();
  await page.getByRole('button', { name: 'Import the 5 good rows' }).click();
  await page.locator('p.import-done').getByText('5 entries imported.').waitFor();
  const list = (await storedLists(page)).at(-1);
  assert.equal(list.name, 'клиенти');
  assert.deepEqual(list.customers.map((c) => [c.name, c.region]), NAMES.map((n, i) => [n, ['София', 'Пловдив', 'Варна', 'Бургас', 'Русе'][i]]));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a UTF-16 file with its byte-order mark reads right, and a broken UTF-8 byte is one replaced character', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const text = 'name;revenue\n张伟;1200\nNguyễn Văn An;800\nЁлка ООД;5\n';
  await pickBytes(page, 'unicode.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  assert.equal(await page.getByRole('combobox', { name: 'Text encoding' }).inputValue(), 'UTF-16LE');
  const preview = page.getByRole('table', { name: 'Preview of the first rows' });
  await preview.getByRole('cell', { name: 'Nguyễn Văn An' }).waitFor();
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('button', { name: 'Import the 3 good rows' }).click();
  await page.locator('p.import-done').getByText('3 entries imported.').waitFor();
  assert.deepEqual((await storedLists(page)).at(-1).customers.map((c) => c.name), ['张伟', 'Nguyễn Văn An', 'Ёлка ООД']);

  // UTF-8 with one stray byte: still UTF-8, the other names intact, the one character counted.
  const broken = Buffer.concat([Buffer.from('name;revenue\nJörg Müller;1\nZoë;2\nSøren;3\nBad '), Buffer.from([0xff]), Buffer.from(';4\n')]);
  await pickBytes(page, 'broken.csv', broken);
  assert.equal(await page.getByRole('combobox', { name: 'Text encoding' }).inputValue(), 'UTF-8');
  await page.getByText('1 character could not be read as UTF-8 (Unicode) — detected and shows as �.', { exact: false }).waitFor();
  await preview.getByRole('cell', { name: 'Jörg Müller' }).waitFor();
  await preview.getByRole('cell', { name: 'Bad \uFFFD' }).waitFor();

  // An unclosed quote is named with its line instead of swallowing the rest of the file.
  await pickImportFile(page, 'quote.csv', 'name,revenue\nAnna,1\n"Bao,2\nChi,3\n');
  await page.getByText('line 3: a quote opened here is never closed', { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a purchase log with day-first dates and times: the order is detected, shown and switchable', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await openHistory(page);
  const log = 'customer_id;purchased_at;amount\nA;05/03/2024 14:22:10;10,5\nB;28/02/2024 09:00;3\nA;15/03/2024 08:00;4\nC;2024-03-20T10:00:00Z;7\n';
  await page.getByLabel('Purchase log or customer summary file').setInputFiles({ name: 'log.csv', mimeType: 'text/plain', buffer: Buffer.from(log) });
  await page.getByRole('heading', { name: 'Map the columns of log.csv' }).waitFor();
  const order = page.getByRole('combobox', { name: 'Date order of purchased_at' });
  assert.equal(await order.inputValue(), 'dmy');
  assert.equal(await page.getByRole('combobox', { name: 'Text encoding' }).inputValue(), 'UTF-8');
  assert.equal(await page.locator('.date-ambiguous').count(), 0);
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '4 good rows, 0 rows with problems' }).waitFor();

  // Month first, 28/02 and 15/03 do not exist: two rows refused, each with its cell.
  await order.selectOption('mdy');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '2 good rows, 2 rows with problems' }).waitFor();
  await page.getByRole('cell', { name: '28/02/2024 09:00', exact: true }).waitFor();
  await screenshot(page, 'history-date-order');
  await page.getByRole('combobox', { name: 'Date order of purchased_at' }).selectOption('dmy');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '4 good rows, 0 rows with problems' }).waitFor();

  // A log whose days are all 12 or less says the order cannot be told.
  await page.getByLabel('Purchase log or customer summary file').setInputFiles({ name: 'short.csv', mimeType: 'text/plain', buffer: Buffer.from('id;date;amount\nA;05/03/2024;1\nB;01/02/2024 10:00;2\n') });
  await page.getByRole('heading', { name: 'Map the columns of short.csv' }).waitFor();
  await page.getByText('No date in date has a day above 12', { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('legacy encodings are read by a worker fetched only for them: offline too, in the purchase-history view too, and a worker that cannot start is said', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const fetched = [];
  // The page's own requests: the service worker's precaching of a new build fetches every file.
  context.on('request', (r) => { if (!r.serviceWorker()) fetched.push(new URL(r.url()).pathname); });
  const decodingWorker = () => fetched.filter((p) => p.endsWith('/decode-worker_bg.wasm')).length;
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await reloadSaved(page);
  await page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).waitFor();
  // UTF-8 and UTF-16 are read by the page itself.
  await pickBytes(page, 'utf8.csv', Buffer.from('name;revenue\nZoë;1\n'));
  assert.equal(decodingWorker(), 0, 'a UTF-8 file needs no worker');

  // With the network cut, a Windows-1251 file still reads: the service worker holds the worker.
  await context.setOffline(true);
  await pickBytes(page, 'клиенти.csv', cp1251(BULGARIAN));
  await page.getByRole('table', { name: 'Preview of the first rows' }).getByRole('cell', { name: 'Иван Петров' }).waitFor();
  assert.ok(decodingWorker() >= 1, 'the decoding worker read it');
  assert.equal(await page.getByRole('combobox', { name: 'Text encoding' }).inputValue(), 'windows-1251');

  // The purchase-history view: a log in Windows-1251, switched to Windows-1252 and back.
  await openHistory(page);
  const log = ['customer_id;purchased_at;amount', ...NAMES.map((n, i) => `${n};2024-03-0${i + 1};${i + 1}`)].join('\n');
  await page.getByLabel('Purchase log or customer summary file').setInputFiles({ name: 'log.csv', mimeType: 'text/plain', buffer: cp1251(log) });
  await page.getByRole('heading', { name: 'Map the columns of log.csv' }).waitFor();
  const encoding = page.getByRole('combobox', { name: 'Text encoding' });
  assert.equal(await encoding.inputValue(), 'windows-1251');
  await encoding.selectOption('windows-1252');
  await page.getByRole('cell', { name: 'Èâàí Ïåòðîâ' }).first().waitFor();
  await page.getByRole('combobox', { name: 'Text encoding' }).selectOption('windows-1251');
  await page.getByRole('cell', { name: 'Иван Петров' }).first().waitFor();
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '5 good rows, 0 rows with problems' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();

  // Without its module, the worker cannot start: the import says so at the file picker.
  const blocked = await openPage(browser, server.base, { serviceWorkers: 'block' });
  await blocked.context.route('**/decode-worker_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await blocked.page.getByRole('button', { name: 'Import and export' }).click();
  await blocked.page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: 'клиенти.csv', mimeType: 'text/csv', buffer: cp1251(BULGARIAN) });
  await blocked.page.getByRole('alert').filter({ hasText: /^The file could not be read: the decoding worker did not start: .+/ }).waitFor();
  assert.equal(await blocked.page.getByRole('heading', { name: 'Map the columns of клиенти.csv' }).count(), 0);
  assert.deepEqual(blocked.errors.filter((e) => !/404/.test(e)), []);
  await blocked.context.close();
});
