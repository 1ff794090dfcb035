// Benchmark of the customer table at 100,000 customers: a generated CRM export imported
// through the page, the Customers view opened, then a sort by revenue (twice), a sort by name,
// a search typed a key at a time and cleared, the next page, and a revenue edited while the
// table is sorted by name and by revenue; for each, every task over
// 50 ms (PerformanceObserver 'longtask') and the Event Timing entries over 16 ms (the click
// or key until the frame after it is painted). Then the same with every row in one scrolling
// table ("All, scrolling"): scrolled to the middle, the end and back by the wheel, sorted,
// searched and edited, with the rows in the DOM and the memory at the end. Figures only;
// nothing is asserted.
//
// Run: node tests/browser/bench-table.mjs   (after scripts/build.sh)
import { serve, launch, openPage, customerCsv, memoryOf, wasmExports } from './helpers.mjs';
const count = 100000;
const server = await serve();
const browser = await launch();
try {
  const { page, context } = await openPage(browser, server.base, { init: wasmExports });
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: customerCsv(count) });
  await page.getByRole('heading', { name: 'Map the columns of customers.csv' }).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Check rows' }).click();
  const b = page.getByRole('button', { name: `Import the ${count.toLocaleString('en-US')} good rows` });
  await b.waitFor({ timeout: 120_000 }); await b.click();
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.locator('.figure-value').first().filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__tasks = []; window.__events = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (['click', 'keydown', 'change'].includes(e.name)) window.__events.push(`${e.name} ${Math.round(e.duration)} ms`);
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  const step = async (label, act) => {
    await page.evaluate(() => { window.__tasks = []; window.__events = []; });
    await act(); await page.waitForTimeout(800);
    const r = await page.evaluate(() => ({ t: window.__tasks, e: window.__events }));
    console.log(`${label}: tasks over 50 ms: ${r.t.map((t) => `${t} ms`).join(', ') || 'none'}; the page's own part (Event Timing): ${r.e.join(', ') || 'under 16 ms'}`);
  };
  await step('sort revenue', () => page.getByRole('button', { name: 'Sort by Revenue' }).click());
  await step('sort revenue again', () => page.getByRole('button', { name: 'Sort by Revenue' }).click());
  await step('sort name', () => page.getByRole('button', { name: 'Sort by Name' }).click());
  const sb = page.getByRole('searchbox', { name: 'Search customers' });
  await step('type search', () => sb.pressSequentially('Cust 12', { delay: 60 }));
  await step('clear search', () => sb.fill(''));
  await step('next page', () => page.getByRole('button', { name: 'Next page' }).first().click());
  // An edit while the table is sorted: the edited row is moved to its place, the others keep
  // theirs (a row's revenue typed, then Tab).
  const revenueCells = (rows) => rows.locator('input[id$="-revenue_per_year"]');
  const editRevenue = async (label, value, cell = revenueCells(page.locator('table.customers')).first()) => {
    await cell.fill(value);
    await step(label, () => cell.press('Tab'));
  };
  await editRevenue('edit a revenue while sorted by name', '4321');
  await editRevenue('edit it again', '4320');
  await page.getByRole('button', { name: 'Sort by Revenue' }).click();
  await page.waitForTimeout(800);
  await editRevenue('edit a revenue while sorted by revenue', '4322');
  await editRevenue('edit the first row again', '4323');

  // The same table with every row in one scrolling table (only the rows in view are drawn).
  await step('all rows, scrolling', async () => {
    await page.getByRole('combobox', { name: 'Rows per page' }).selectOption({ label: 'All, scrolling' });
    await page.locator('.table-scroll.scrolling').waitFor();
  });
  const scroller = page.locator('.table-scroll.scrolling');
  const scrollTo = (share) => scroller.evaluate((el, f) => { el.scrollTop = (el.scrollHeight - el.clientHeight) * f; }, share);
  await step('scroll to the middle', () => scrollTo(0.5));
  await step('scroll to the end', () => scrollTo(1));
  await step('wheel up 20 times', async () => {
    await scroller.hover();
    for (let i = 0; i < 20; i += 1) { await page.mouse.wheel(0, -400); await page.waitForTimeout(30); }
  });
  await step('sort by revenue while scrolled', () => page.getByRole('button', { name: 'Sort by Revenue' }).click());
  await step('type search while scrolled', () => sb.pressSequentially('Cust 99', { delay: 60 }));
  await step('clear search while scrolled', () => sb.fill(''));
  await scrollTo(0.5);
  await page.waitForTimeout(800);
  // A row in the middle of those drawn, so in view: the first drawn lies above the view, and
  // the driver's scrolling it into view would be a redraw of its own.
  const drawnRows = page.locator('table.customers tbody tr.row');
  const middle = revenueCells(drawnRows.nth(Math.floor((await drawnRows.count()) / 2)));
  await editRevenue('edit a revenue in the middle while scrolled', '4324', middle);
  const dom = await page.evaluate(() => ({
    rows: document.querySelectorAll('table.customers tbody tr.row').length,
    nodes: document.getElementsByTagName('*').length,
    of: document.querySelector('table.customers').getAttribute('aria-rowcount'),
  }));
  const memory = await memoryOf(context, page);
  console.log(`scrolling at ${count.toLocaleString('en-US')}: ${dom.rows} rows in the DOM of aria-rowcount ${dom.of}, ${dom.nodes} elements in the page; memory: JS heap ${memory.heapMb} MB, WebAssembly memory ${memory.wasmMb} MB (${memory.heapMb + memory.wasmMb <= 100 ? 'within' : 'over'} the 100 MB budget)`);
  } finally { await browser.close(); server.close(); }
