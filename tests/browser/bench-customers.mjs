// Browser benchmark of a large customer list: serves the release build (dist/), imports a
// generated CSV of N customers through the page (file picker, mapping, check, import), then
// edits one revenue cell five times and times each edit until the Overview shows the new
// totals, and times opening each analysis view. Wall-clock times seen by the test driver,
// so they include rendering; median [min–max]. Figures only; nothing is asserted.
//
// Run: node tests/browser/bench-customers.mjs [N ...]   (after scripts/build.sh; default
// 1000, 10000 and 100000 customers).
import { serve, launch, openPage, storedItems, customerCsv } from './helpers.mjs';

const VIEWS = ['Customers', 'Economics', 'Pyramid and ratings', 'Pareto and concentration', 'Lifetime',
  'Targets', 'Prospects'];

const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)]} ms [${s[0]}–${s.at(-1)}]`;
};
const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

async function measure(browser, base, count) {
  const { page, errors, context } = await openPage(browser, base);
  const timed = async (step) => { const t0 = performance.now(); await step(); await settle(page); return Math.round(performance.now() - t0); };
  const figures = {};
  figures.read = await timed(async () => {
    await page.getByRole('button', { name: 'Import and export' }).click();
    await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: customerCsv(count) });
    await page.getByRole('heading', { name: 'Map the columns of customers.csv' }).waitFor({ timeout: 600_000 });
  });
  figures.check = await timed(async () => {
    await page.getByRole('button', { name: 'Check rows' }).click();
    await page.getByRole('button', { name: `Import the ${count.toLocaleString("en-US")} good rows` }).waitFor({ timeout: 600_000 });
  });
  figures.import = await timed(async () => {
    await page.getByRole('button', { name: `Import the ${count.toLocaleString("en-US")} good rows` }).click();
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await page.locator('.figure-value').first().filter({ hasText: /\d/ }).waitFor({ timeout: 600_000 });
  });
  const edits = [];
  let revenueShown = await page.locator('.figure-value').nth(1).textContent();
  for (let i = 0; i < 5; i += 1) {
    await page.getByRole('button', { name: 'Customers', exact: true }).click();
    const revenue = page.locator('table.customers input[id$="-revenue_per_year"]').first();
    await revenue.fill(String(50000 + i));
    edits.push(await timed(async () => {
      await revenue.press('Tab');
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      // Each edit sets a different revenue, so the Overview's revenue total changes every time.
      await page.waitForFunction((before) => document.querySelectorAll('.figure-value')[1]?.textContent !== before, revenueShown);
    }));
    revenueShown = await page.locator('.figure-value').nth(1).textContent();
  }
  figures.edit = summary(edits);
  for (const name of VIEWS) {
    figures[name] = await timed(async () => {
      await page.getByRole('button', { name, exact: true }).click();
      await page.locator('main h2').first().waitFor();
    });
  }
  const storageFull = await page.getByText(/storage for this page is full/).count() > 0;
  const items = await storedItems(page);
  const index = JSON.parse(items['value-pyramid/index']);
  const stored = (items[`value-pyramid/list/${index.lists.at(-1)}`] || '').length;
  figures.perCustomer = storageFull ? null : Math.round(stored / count);
  await context.close();
  return { figures, storageFull, errors };
}

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const server = await serve();
const browser = await launch();
try {
  for (const count of counts.length ? counts : [1000, 10000, 100000]) {
    const { figures, storageFull, errors } = await measure(browser, server.base, count);
    console.log(`${count} customers:`);
    console.log(`  read the file and show the mapping: ${figures.read} ms`);
    console.log(`  check every row: ${figures.check} ms`);
    console.log(`  import and show the Overview: ${figures.import} ms`);
    console.log(`  edit one revenue, Overview updated (5 edits): ${figures.edit}`);
    for (const name of VIEWS) console.log(`  open ${name}: ${figures[name]} ms`);
    console.log(`  saved in IndexedDB: ${storageFull ? 'no (quota full; kept in the page, said on the page)' : `yes, ${figures.perCustomer} characters per customer`}`);
    if (errors.length) console.log(`  console errors: ${errors.slice(0, 3).join(' | ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
