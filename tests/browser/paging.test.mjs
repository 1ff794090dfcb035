// Every paged table of every view pages to its last page with its own "Next" button, on the
// demo list and on CDNOW_sample fitted in Purchase history; the predictions table's search by
// customer id; and no view shows the code of a view! macro as text (issue 12: an unbraced `>=`
// in an attribute closure ended the Next button's tag, so the button was disabled and read
// "= pages() on : click = move | _ | page.set(current() + 1) >Next").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, drawn } from './helpers.mjs';
import { cdnowSample, openHistory, pickAndCheck, useGoodRows, calibrate, fit } from './bench.mjs';

const VIEWS = ['Overview', 'Customers', 'Economics', 'Pyramid and ratings', 'Pareto and concentration',
  'Lifetime', 'Keeping customers', 'Targets', 'Prospects', 'Purchase history', 'Settings', 'Import and export'];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Pieces of view! macro code that only reach the page when a tag ended early. */
const MACRO_CODE = [/move\s*\|/, /\bon\s*:\s*click\b/, /=>/];

async function assertNoMacroCode(page, where) {
  await drawn(page);
  const text = await page.evaluate(() => document.body.innerText);
  for (const pattern of MACRO_CODE) {
    const at = text.search(pattern);
    assert.equal(at, -1, `${where}: the page shows view! code ${pattern}: “${text.slice(Math.max(0, at - 60), at + 60)}”`);
  }
}

/** Polls `read` until `ok` holds (5 s), returning the value; fails saying `what`. */
async function until(read, ok, what) {
  let value;
  for (let i = 0; i < 100; i += 1) {
    value = await read();
    if (ok(value)) return value;
    await new Promise((done) => { setTimeout(done, 50); });
  }
  return assert.fail(`${what}: still ${JSON.stringify(value)}`);
}

/** Every pager on the page: the customer table's ("Pages") and the others ("Pages of …"). */
function pagers(page) {
  return page.getByRole('navigation', { name: /^Pages/ });
}

async function pageIndicator(pager) {
  const text = await pager.getByText(/^Page \d+ of \d+/).textContent();
  const [, current, pages] = text.match(/^Page (\d+) of (\d+)/);
  return [Number(current), Number(pages)];
}

/** Clicks the pager's Next button up to the last page; returns the number of pages. */
async function pageToTheEnd(pager, what) {
  const next = pager.getByRole('button', { name: /^Next page/ });
  const [first, pages] = await pageIndicator(pager);
  for (let k = first; k < pages; k += 1) {
    assert.equal(await next.isDisabled(), false, `${what}: Next is enabled on page ${k} of ${pages}`);
    await next.click();
    await pager.getByText(new RegExp(`^Page ${k + 1} of ${pages}\\b`)).waitFor();
  }
  assert.deepEqual(await pageIndicator(pager), [pages, pages], `${what}: the last page is reached`);
  assert.equal(await next.isDisabled(), true, `${what}: Next is disabled on the last page`);
  return pages;
}

/** Pages every paged table of the open view; returns { name: pages } of the pagers found. */
async function pageEveryTable(page, view) {
  await drawn(page);
  const found = {};
  const count = await pagers(page).count();
  for (let i = 0; i < count; i += 1) {
    const pager = pagers(page).nth(i);
    const name = await pager.getAttribute('aria-label');
    found[name] = await pageToTheEnd(pager, `${view}, ${name}`);
  }
  return found;
}

test('demo list: every paged table of every view pages to its last page; no view shows macro code', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const seen = {};
  for (const view of VIEWS) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    seen[view] = await pageEveryTable(page, view);
    await assertNoMacroCode(page, view);
  }
  // Not vacuous: the demo list's customer table and profit ranking are paged (lists and
  // economics tests open them on "Page 1 of 13" and "Page 1 of 11").
  assert.equal(seen.Customers.Pages, 13, JSON.stringify(seen));
  assert.equal(seen.Economics['Pages of the profit ranking'], 11, JSON.stringify(seen));
  assert.deepEqual(errors, []);
  await context.close();
});

test('CDNOW sample fitted: the summary and predictions tables page to the end; search by id; no macro code', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await openHistory(page);
  assert.equal(await pickAndCheck(page, 'CDNOW_sample.txt', await cdnowSample()), '6,919 good rows, 0 rows with problems');
  await assertNoMacroCode(page, 'Purchase history, rows checked');
  await useGoodRows(page);
  await calibrate(page, '1997-09-30', 'weeks');
  await assertNoMacroCode(page, 'Purchase history, calibrated');
  // Before the fit only the summary is paged: 2,357 customers, 25 a page → ⌈2357 / 25⌉ = 95.
  assert.deepEqual(Object.values(await pageEveryTable(page, 'Purchase history, calibrated')), [95]);

  await fit(page);
  await page.getByRole('table', { name: /^Predictions per customer/ }).waitFor();
  await assertNoMacroCode(page, 'Purchase history, fitted');
  const found = await pageEveryTable(page, 'Purchase history, fitted');
  assert.deepEqual(Object.values(found), [95, 95], JSON.stringify(found));

  // The search by customer id, with the predictions pager on its last page: the pager goes
  // back to page 1 and the count says how many ids match.
  const predictions = page.getByRole('navigation', { name: /^Pages of Predictions per customer/ });
  assert.deepEqual(await pageIndicator(predictions), [95, 95]);
  const search = page.getByRole('searchbox', { name: 'Search by customer id' });
  const table = page.getByRole('table', { name: /^Predictions per customer/ });
  const count = page.locator('#history-predictions-search-count');
  assert.equal(await count.textContent(), '2,357 of 2,357 customers');
  await search.fill('1');
  const matched = await until(() => count.textContent(), (c) => c !== '2,357 of 2,357 customers', 'the count follows the search');
  const shown = Number(matched.match(/^([\d,]+) of 2,357 customers$/)[1].replace(/,/g, ''));
  // Ids holding a "1" are many (00001, 00010, 00100, 10000 … of 00001 to 23570) but fewer than all.
  assert.ok(shown > 25 && shown < 2357, matched);
  // Page 1 of ⌈shown / 25⌉: not page 95 clamped to the last page, which would read "n of n".
  await predictions.getByText(new RegExp(`^Page 1 of ${Math.ceil(shown / 25)} `)).waitFor();
  const ids = await table.locator('tbody th').allTextContents();
  assert.ok(ids.length === 25 && ids.every((id) => id.includes('1')), ids.join(' '));
  await pageToTheEnd(predictions, 'predictions searched for 1');
  // Ids have five digits (00001 to 23570), so only 00004 holds "00004".
  await search.fill('00004');
  await until(() => count.textContent(), (c) => c === '1 of 2,357 customers', 'one id matches 00004');
  await predictions.getByText(/^Page 1 of 1 /).waitFor();
  assert.deepEqual(await table.locator('tbody th').allTextContents(), ['00004']);
  assert.equal(await predictions.getByRole('button', { name: /^Next page/ }).isDisabled(), true);
  await search.fill('no such id');
  await until(() => count.textContent(), (c) => c === '0 of 2,357 customers', 'no id matches');
  await until(() => table.locator('tbody tr').count(), (n) => n === 0, 'no row shown');
  await search.fill('');
  await until(() => count.textContent(), (c) => c === '2,357 of 2,357 customers', 'every id matches an empty search');
  await predictions.getByText(/^Page 1 of 95 /).waitFor();
  await assertNoMacroCode(page, 'Purchase history, searched');

  // Every other view with the log fitted (the history keeps its state across views).
  for (const view of VIEWS) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await assertNoMacroCode(page, `${view}, CDNOW fitted`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
