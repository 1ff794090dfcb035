// A view opened on a large list draws what fits the window in its first frame and the parts
// below it after that frame is painted (issue 15: opening a view within 50 ms at 100,000
// customers): the Customers table's rows below the window, the Pyramid view's folded parts.
// What is drawn later must be all there once drawn, and must not disturb what the user is
// already doing in the part drawn first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, drawn } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Clicks the button of `buttons` whose text is `name` and, once `ready` is in the page (it draws
 * in microtasks after the click), counts the elements of each selector of `counted`: all in the
 * click's task, before the browser paints a frame.
 */
function countedInFirstFrame(page, buttons, name, ready, counted) {
  return page.evaluate(async ([buttons, name, ready, counted]) => {
    [...document.querySelectorAll(buttons)].find((b) => b.textContent.trim() === name).click();
    for (let i = 0; i < 50 && !document.querySelector(ready); i += 1) await Promise.resolve();
    return Object.fromEntries(Object.entries(counted).map(([what, selector]) => [what, document.querySelectorAll(selector).length]));
  }, [buttons, name, ready, counted]);
}

test('the Customers table draws the rows below the window after its first frame, and a cell being typed in keeps the focus', async () => {
  const { page, errors } = await openPage(browser, server.base);
  // Opened and typed into in one task, before the browser paints: the rows below the window
  // are not drawn yet.
  const before = await page.evaluate(async () => {
    [...document.querySelectorAll('nav.tabs button')].find((b) => b.textContent.trim() === 'Customers').click();
    // The page draws in microtasks after the click, before the task ends and a frame is painted.
    for (let i = 0; i < 50 && !document.querySelector('tbody tr.row'); i += 1) await Promise.resolve();
    const first = document.querySelector('tbody tr.row input[id$="-name"]');
    first.focus();
    return {
      rows: document.querySelectorAll('tbody tr.row').length,
      drawing: document.documentElement.hasAttribute('data-drawing'),
      id: first.id,
    };
  });
  assert.ok(before.drawing, 'rows wait to be drawn after the first frame');
  assert.ok(before.rows > 0 && before.rows < 25, `the first frame draws the rows the window shows, not the page's 25 (${before.rows})`);
  await page.keyboard.type('Typed at once');
  await drawn(page);
  const after = await page.evaluate(() => ({
    rows: document.querySelectorAll('tbody tr.row').length,
    focused: document.activeElement?.id,
    places: [...document.querySelectorAll('tbody tr.row')].map((r) => Number(r.getAttribute('aria-rowindex'))),
  }));
  assert.equal(after.rows, 25, 'every row of the page once drawn');
  assert.deepEqual(after.places, Array.from({ length: 25 }, (_, k) => k + 2), 'rows in order, none twice');
  assert.equal(after.focused, before.id, 'the cell typed in keeps the focus while the rows below are drawn');
  const cell = page.locator(`#${before.id}`);
  assert.match(await cell.inputValue(), /Typed at once$/);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  assert.match(await page.getByRole('textbox', { name: /^Name of / }).first().inputValue(), /Typed at once$/);
  // The last row of the page is a whole row, reachable by its name.
  const last = page.locator('tbody tr.row').last();
  assert.equal(await last.getByRole('textbox', { name: /^Name of / }).count(), 1);
  assert.deepEqual(errors, []);
});

test('a sort or another page of the Customers table draws the rows in the window first, the pager staying put, then the whole page', async () => {
  const { page, errors } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await drawn(page);
  const pagerTop = () => page.evaluate(() => document.querySelector('nav.pager').getBoundingClientRect().top + window.scrollY);
  const before = await pagerTop();
  for (const [what, selector] of [['sort', 'th button.sort'], ['next page', 'nav.pager button:last-of-type']]) {
    const first = await page.evaluate(async (selector) => {
      const firstName = () => document.querySelector('tbody tr.row input[id$="-name"]')?.value;
      const was = firstName();
      document.querySelector(selector).click();
      for (let i = 0; i < 50 && firstName() === was; i += 1) await Promise.resolve();
      return {
        rows: document.querySelectorAll('tbody tr.row').length,
        drawing: document.documentElement.hasAttribute('data-drawing'),
        pagerTop: document.querySelector('nav.pager').getBoundingClientRect().top + window.scrollY,
      };
    }, selector);
    assert.ok(first.drawing, `${what}: the rest waits for the frame`);
    assert.ok(first.rows > 0 && first.rows < 25, `${what}: the first frame draws the rows the window shows (${first.rows})`);
    assert.ok(Math.abs(first.pagerTop - before) < 2, `${what}: the pager stays where it was (${first.pagerTop} against ${before})`);
    await drawn(page);
    const places = await page.evaluate(() => [...document.querySelectorAll('tbody tr.row')].map((r) => Number(r.getAttribute('aria-rowindex'))));
    const start = places[0];
    assert.deepEqual(places, Array.from({ length: 25 }, (_, k) => start + k), `${what}: every row of the page once drawn, in order`);
    assert.ok(Math.abs((await pagerTop()) - before) < 2, `${what}: the pager is where it was once drawn`);
  }
  assert.deepEqual(errors, []);
});

test('the Pyramid view draws its folded parts after its first frame, each whole, and the report draws them at once', async () => {
  const { page, errors } = await openPage(browser, server.base);
  const first = await countedInFirstFrame(page, 'nav.tabs button', 'Pyramid and ratings', 'main .pyr-section', {
    titles: 'main details.fold summary h3',
    ratingTable: 'main table.rating-table',
    pyramid: 'main .pyr-section',
  });
  assert.equal(first.pyramid, 1, 'the pyramid at the top is in the first frame');
  assert.equal(first.titles, 8, 'every fold is named in the first frame');
  assert.equal(first.ratingTable, 0, 'the folds below the window are drawn after the first frame');
  await drawn(page);
  await page.locator('table.rating-table').first().waitFor({ state: 'attached' });
  for (const name of ['Ratings', 'Migration plan', 'Scorecard']) {
    const fold = page.locator('main details.fold').filter({ has: page.getByRole('heading', { name, exact: false }) }).first();
    assert.ok((await fold.locator('*').count()) > 5, `${name}: drawn whole`);
  }
  // The printed report draws every part in the task that makes it.
  await page.evaluate(() => { window.print = () => {}; });
  const report = await countedInFirstFrame(page, 'button', 'Print report', '.report-cover', {
    ratingTable: '.report table.rating-table',
    migration: '.report table.migration',
  });
  assert.deepEqual(report, { ratingTable: 1, migration: 1 });
  assert.deepEqual(errors, []);
});

test('Economics draws its cost to serve and profit ranking after its first frame, whole', async () => {
  const { page, errors } = await openPage(browser, server.base);
  const first = await countedInFirstFrame(page, 'nav.tabs button', 'Economics', 'main section.economics', {
    titles: 'main details.fold summary h3',
    spendLines: 'main input[aria-label^="Amount of spend line"]',
    ranking: 'main details.fold table',
  });
  assert.ok(first.spendLines > 0, 'the acquisition part at the top is in the first frame');
  assert.equal(first.titles, 2);
  assert.equal(first.ranking, 0, 'the parts below the window follow the first frame');
  await drawn(page);
  const rows = page.getByRole('table', { name: 'Customers by annual profit' }).locator('tbody tr');
  assert.equal(await rows.count(), 25, 'the ranking drawn whole');
  assert.deepEqual(errors, []);
});
