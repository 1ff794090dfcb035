// CPU profiles of the import and of edits with a large list: reads a generated CRM export of
// N customers into the mapping step, checks its rows, imports them until the Overview shows,
// then edits one revenue in the Customers table and the top tier's share on the Pyramid view
// (three times each, the last one kept), each step under Chromium's sampling profiler (0.1 ms),
// and prints for each the busy time and the functions with the most time of their own and in
// all. The first step's profile also holds the test driver building the file in the page
// (setInputFiles, evaluate), and the share's the driver finding its field by role; neither is
// the page's. Figures only; nothing is asserted.
//
// Run: node tests/browser/profile-steps.mjs [N]   (default 100000). For wasm names, a build
// with them kept given as VP_DIST (see profile-views.mjs and docs/benchmarks.md).
import { serve, launch, openPage, customerCsv } from './helpers.mjs';
import { report } from './profile.mjs';

const count = Number(process.argv[2] || 100000);

const server = await serve();
const browser = await launch();
try {
  const { page, context } = await openPage(browser, server.base);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiled = async (label, step) => {
    await cdp.send('Profiler.start');
    await step();
    report(label, (await cdp.send('Profiler.stop')).profile, 25, 45);
    await page.waitForTimeout(500);
  };
  await page.getByRole('button', { name: 'Import and export' }).click();
  await profiled('read the file, show the mapping', async () => {
    await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: customerCsv(count) });
    await page.getByRole('heading', { name: 'Map the columns of customers.csv' }).waitFor({ timeout: 600_000 });
  });
  const importButton = page.getByRole('button', { name: `Import the ${count.toLocaleString('en-US')} good rows` });
  await profiled('check every row', async () => {
    await page.getByRole('button', { name: 'Check rows' }).click();
    await importButton.waitFor({ timeout: 600_000 });
  });
  await profiled('import, show the Overview', async () => {
    await importButton.click();
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await page.locator('.figure-value').first().filter({ hasText: /\d/ }).waitFor({ timeout: 600_000 });
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'));
  });
  // Three edits of `field`, each committed by Tab and followed to the next frame, `before`
  // each; the last one profiled.
  const editThrice = async (label, field, valueOf, before = async () => {}) => {
    for (let round = 0; round < 3; round += 1) {
      await before();
      await field.fill(valueOf(round));
      await page.waitForTimeout(300);
      const step = async () => {
        await field.press('Tab');
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      };
      if (round < 2) await step();
      else await profiled(label, step);
    }
  };
  await editThrice(
    'edit one revenue (the Tab: the edit, its analysis, the table redrawn)',
    page.locator('table.customers input[id$="-revenue_per_year"]').first(),
    (round) => String(50000 + round),
    () => page.getByRole('button', { name: 'Customers', exact: true }).click(),
  );
  // A setting of the tiers on the view that shows them: the pyramid's stage redone alone.
  await page.getByRole('button', { name: 'Pyramid and ratings', exact: true }).click();
  await editThrice(
    'edit the top tier\'s share on the Pyramid view (the Tab: the cuts redone, the view redrawn)',
    page.getByRole('textbox', { name: 'Share of customers in “Large potential” (%)' }),
    (round) => String(21 + round),
  );
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
