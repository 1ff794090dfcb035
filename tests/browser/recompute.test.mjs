// The page analyses the open list again only when something the analysis reads has changed:
// its customers or the settings the analysis reads. Each analysis is timed as a User Timing
// entry named "vp:analyse" (performance.measure), which this test counts: editing the cohort
// table (its own memo), renaming the list or switching views analyses nothing; editing one
// customer analyses the list once, not once per view or per save; editing the 80/20 share
// redoes one stage of it (counted too, as the memo runs once); edits typed into the customer
// table analyse nothing until a view that shows the analysis opens, which analyses them at
// once. Drives the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));

test('a cohort edit, a rename or a view switch analyses no customer; a customer edit analyses once', async () => {
  const { page, errors } = await openPage(browser, server.base);
  const analyses = () => page.evaluate(() => performance.getEntriesByName('vp:analyse').length);
  await page.getByRole('button', { name: 'Lifetime', exact: true }).click();
  const cohort = page.getByRole('table', { name: /^Cohort lifetime value table/ });
  await cohort.waitFor();
  await settle(page);
  const atStart = await analyses();
  assert.ok(atStart >= 1, `the demo list was analysed (${atStart} analyses timed)`);

  // The cohort table follows its inputs, with no analysis of the list.
  const customers = cohort.locator('tr').filter({ has: page.locator('th', { hasText: /^Customers$/ }) }).locator('td');
  const yearTwoBefore = await customers.nth(1).textContent();
  const retention = page.getByRole('textbox', { name: 'Retention rate, year 1' });
  await retention.fill('50');
  await retention.press('Tab');
  await page.waitForFunction((before) => {
    const row = [...document.querySelectorAll('table.cohort tr')].find((r) => r.querySelector('th')?.textContent === 'Customers');
    return row && row.querySelectorAll('td')[1]?.textContent !== before;
  }, yearTwoBefore);
  await settle(page);
  assert.equal(await analyses(), atStart, 'editing the cohort table analysed the list again');

  // Views and the list's name are not analysed either.
  for (const name of ['Overview', 'Pyramid and ratings', 'Customers']) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.locator('main h2').first().waitFor();
  }
  const listName = page.getByRole('textbox', { name: 'List name' });
  await listName.fill('Renamed demo');
  await listName.press('Tab');
  await page.getByRole('combobox', { name: 'Open list' }).locator('option', { hasText: 'Renamed demo' }).waitFor({ state: 'attached' });
  await settle(page);
  assert.equal(await analyses(), atStart, 'switching views or renaming the list analysed it again');

  // One customer edited: one analysis, whatever the views and the save do afterwards.
  const revenue = page.locator('table.customers input[id$="-revenue_per_year"]').first();
  await revenue.fill('123456');
  await revenue.press('Tab');
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  // The analysis is a lazy memo: it runs when a view that reads it is shown.
  await page.waitForFunction((n) => performance.getEntriesByName('vp:analyse').length > n, atStart);
  await page.getByRole('button', { name: 'Pareto and concentration', exact: true }).click();
  await page.locator('main h2').first().waitFor();
  await settle(page);
  assert.equal(await analyses(), atStart + 1, 'one customer edit analysed the list more than once');
  assert.deepEqual(errors, []);
});

test('typing in the customer table analyses nothing until a view that shows the analysis opens; the counts beside the list follow at once', async () => {
  const { page, errors } = await openPage(browser, server.base);
  const analyses = () => page.evaluate(() => performance.getEntriesByName('vp:analyse').length);
  await page.getByText('252 customers, 40 prospects').first().waitFor();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await settle(page);
  const atStart = await analyses();
  // Three edits, one of them making a customer a prospect.
  const revenue = page.locator('table.customers input[id$="-revenue_per_year"]');
  for (const [k, value] of [[0, '1000'], [1, '2000']]) {
    await revenue.nth(k).fill(value);
    await revenue.nth(k).press('Tab');
  }
  const status = page.locator('table.customers select[id$="-status"]').first();
  assert.equal(await status.inputValue(), 'customer');
  // A drop-down of the table draws its choices when it takes the focus.
  await status.focus();
  await status.selectOption('prospect');
  await page.getByText('251 customers, 41 prospects').first().waitFor();
  await settle(page);
  assert.equal(await analyses(), atStart, 'an edit in the table analysed the list while no view showed the analysis');
  // The Overview analyses the three edits at once, and shows them.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.locator('main h2').first().waitFor();
  await settle(page);
  assert.equal(await analyses(), atStart + 1);
  await page.getByText('251 customers, 41 prospects').first().waitFor();
  assert.deepEqual(errors, []);
});
