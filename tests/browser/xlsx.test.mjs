// The Excel workbook exports: each button downloads a real .xlsx (a ZIP holding a worksheet)
// named after the list, and the page says the file was offered. Cell types are checked
// natively (src/io/export.rs reads the workbook back with calamine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage } from './helpers.mjs';

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
