// Benchmark of the customer table at 100,000 customers: a generated CRM export imported
// through the page, the Customers view opened, then a sort by revenue (twice), a sort by name,
// a search typed a key at a time and cleared, the next page, and a revenue edited while the
// table is sorted by name and by revenue; for each, every task over
// 50 ms (PerformanceObserver 'longtask') and the Event Timing entries over 16 ms (the click
// or key until the frame after it is painted). Figures only; nothing is asserted.
//
// Run: node tests/browser/bench-table.mjs   (after scripts/build.sh)
import { serve, launch, openPage, customerCsv } from './helpers.mjs';
const count = 100000;
const server = await serve();
const browser = await launch();
try {
  const { page } = await openPage(browser, server.base);
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
  const editRevenue = async (label, value) => {
    const cell = page.locator('table.customers input[id$="-revenue_per_year"]').first();
    await cell.fill(value);
    await step(label, () => cell.press('Tab'));
  };
  await editRevenue('edit a revenue while sorted by name', '4321');
  await editRevenue('edit it again', '4320');
  await page.getByRole('button', { name: 'Sort by Revenue' }).click();
  await page.waitForTimeout(800);
  await editRevenue('edit a revenue while sorted by revenue', '4322');
  await editRevenue('edit the first row again', '4323');
  } finally { await browser.close(); server.close(); }
