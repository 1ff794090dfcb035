// The Excel workbook exports: each button downloads a real .xlsx (a ZIP holding a worksheet)
// named after the list, and the page says the file was offered. Cell types are checked
// natively (src/io/export.rs reads the workbook back with calamine). The workbooks are made
// in a worker of their own (xlsx-worker_bg.wasm), fetched when one is asked for: it works
// offline once the page was visited, and a worker that cannot start is said on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, reloadSaved } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function downloadWorkbook(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

function assertWorkbook({ bytes }) {
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a ZIP file, as every .xlsx is');
  // The demo list's 320 rows, compressed: tens of kilobytes, not a stub and not megabytes.
  assert.ok(bytes.length > 10_000 && bytes.length < 2_000_000, `size ${bytes.length}`);
  const names = bytes.toString('latin1');
  for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
    assert.ok(names.includes(part), `holds ${part}`);
  }
}

test('Excel exports: the customers and the results as workbooks', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Import and export' }).click();
  const customers = await downloadWorkbook(page, 'Export Excel workbook');
  assert.equal(customers.name, 'Demo customers.xlsx');
  assertWorkbook(customers);
  await page.getByText('The file was offered for download.').first().waitFor({ state: 'attached' });
  const results = await downloadWorkbook(page, 'Export results (Excel)');
  assert.equal(results.name, 'Demo customers - results.xlsx');
  assertWorkbook(results);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the workbook worker is fetched only when a workbook is asked for, and is kept for offline use', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Counted from here: the service worker's install fetches every file of the build for the
  // offline cache, the worker's too, and may still be doing so when the page has opened.
  const fetched = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await reloadSaved(page);
  await page.getByRole('heading', { name: 'Value Pyramid', level: 1 }).waitFor();
  assert.deepEqual(fetched.filter((p) => p.includes('xlsx-worker') && !p.endsWith('/sw.js')), [],
    'a visit that makes no workbook does not start the worker');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Import and export' }).click();
  const results = await downloadWorkbook(page, 'Export results (Excel)');
  assert.equal(results.name, 'Demo customers - results.xlsx');
  assertWorkbook(results);
  assert.ok(fetched.some((p) => p.endsWith('/xlsx-worker_bg.wasm')), 'the worker was started, offline');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a workbook worker that cannot start is said on the page, and the next export still works', async () => {
  // No service worker here, so that the route below is what the worker is answered.
  const { page, errors, context } = await openPage(browser, server.base, { serviceWorkers: 'block' });
  await context.route('**/xlsx-worker_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByRole('button', { name: 'Export Excel workbook', exact: true }).click();
  // Said where a sighted user sees it, not only to screen readers.
  const problem = page.getByRole('alert').filter({ hasText: /“Demo customers.xlsx” could not be made \(the workbook worker did not start: .+\); nothing was downloaded\./ });
  await problem.waitFor();
  assert.equal(await page.getByText('The file was offered for download.').count(), 0);
  await context.unroute('**/xlsx-worker_bg.wasm');
  const customers = await downloadWorkbook(page, 'Export Excel workbook');
  assertWorkbook(customers);
  await problem.waitFor({ state: 'detached' });
  // The browser's own line for the refused fetch is the only error.
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('a workbook download the browser refuses is said on the page, as a CSV one is', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.evaluate(() => { URL.createObjectURL = () => { throw new Error('downloads blocked by policy'); }; });
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByRole('button', { name: 'Export Excel workbook', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'The browser did not offer “Demo customers.xlsx” for download.' }).waitFor();
  assert.equal(await page.getByText('The file was offered for download.').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
