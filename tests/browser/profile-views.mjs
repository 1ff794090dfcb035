// CPU profile of opening analysis views with a large list: imports N generated customers
// through the page, then opens each view from the Overview three times under Chromium's
// sampling profiler (0.1 ms) and prints, for the last time, the busy time and the functions
// with the most time of their own and in all (JavaScript, and wasm when the build keeps its
// names). What the click costs beyond that busy time is the browser's own style, layout and
// paint, which the profile shows as "(program)". Figures only; nothing is asserted.
//
// Run: node tests/browser/profile-views.mjs [N] [View,View,...]   (default 100000 customers,
// Customers, Economics, Pyramid and ratings). For wasm names, build with them kept:
// `data-wasm-opt="0" data-keep-debug="true"` on the rust link of index.html and
// CARGO_PROFILE_RELEASE_STRIP=none, into another folder given as VP_DIST (see docs/benchmarks.md).
import { serve, launch, openPage, customerCsv } from './helpers.mjs';
import { report } from './profile.mjs';

const count = Number(process.argv[2] || 100000);
const views = (process.argv[3] || 'Customers,Economics,Pyramid and ratings').split(',');

const server = await serve();
const browser = await launch();
try {
  const { page, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: customerCsv(count) });
  await page.getByRole('heading', { name: 'Map the columns of customers.csv' }).waitFor({ timeout: 600_000 });
  await page.getByRole('button', { name: 'Check rows' }).click();
  const importButton = page.getByRole('button', { name: `Import the ${count.toLocaleString('en-US')} good rows` });
  await importButton.waitFor({ timeout: 600_000 });
  await importButton.click();
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.locator('.figure-value').first().filter({ hasText: /\d/ }).waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const view of views) {
    let profile;
    for (let round = 0; round < 3; round += 1) {
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await page.waitForTimeout(300);
      await cdp.send('Profiler.start');
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.locator('main h2').first().waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      ({ profile } = await cdp.send('Profiler.stop'));
    }
    const elements = await page.evaluate(() => document.querySelectorAll('main *').length);
    report(`${view} (${elements} elements in the view)`, profile);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
