// CPU profile of a sort by name in the customer table with a large list: imports 100,000
// generated customers through the page, opens Customers, then clicks "Sort by Name" six times
// under Chromium's sampling profiler (0.1 ms) and prints, for the last five, the busy time a
// click (the direction alternates: the five profiled are three descending, two ascending)
// and the functions with the most time of their own and in all (JavaScript, and wasm
// when the build keeps its names: see profile-views.mjs). Figures only; nothing is asserted.
//
// Run: node tests/browser/profile-sort.mjs   (after scripts/build.sh, or VP_DIST=… for a build
// with names)
import { serve, launch, openPage, customerCsv } from './helpers.mjs';
const server = await serve();
const browser = await launch();
const { page, context } = await openPage(browser, server.base, {});
const count = 100000;
await page.getByRole('button', { name: 'Import and export' }).click();
await page.getByLabel('Import a CSV or JSON file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: customerCsv(count) });
await page.getByRole('heading', { name: 'Map the columns of customers.csv' }).waitFor({ timeout: 600_000 });
await page.getByRole('button', { name: 'Check rows' }).click();
await page.getByRole('button', { name: `Import the ${count.toLocaleString("en-US")} good rows` }).click();
await page.locator('.import-done').waitFor({ timeout: 600_000 });
await page.getByRole('button', { name: 'Overview', exact: true }).click();
await page.locator('.figure-value').first().filter({ hasText: /\d/ }).waitFor({ timeout: 600_000 });
await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'), null, { timeout: 600_000 });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const agg = new Map(); const aggTotal = new Map();
let total = 0;
await page.getByRole('button', { name: 'Customers', exact: true }).click();
await page.locator('table.customers').waitFor();
for (let i = 0; i < 6; i += 1) {
  if (i >= 1) await cdp.send('Profiler.start');
  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await page.evaluate(() => new Promise((d) => requestAnimationFrame(() => setTimeout(d, 0))));
  if (i < 1) { continue; }
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas;
  for (let k = 0; k < profile.samples.length; k += 1) {
    const n = byId.get(profile.samples[k]);
    const ms = (dt[k + 1] ?? 0) / 1000;
    const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`;
    if (name === '(idle)' || name === '(program)' ) continue;
    total += ms;
    agg.set(name, (agg.get(name) ?? 0) + ms);
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const nm = byId.get(id).callFrame.functionName;
      if (!nm || seen.has(nm)) continue;
      seen.add(nm);
      aggTotal.set(nm, (aggTotal.get(nm) ?? 0) + ms);
    }
  }
}
const runs = 5;
console.log(`busy per click ${(total / runs).toFixed(1)} ms`);
console.log('--- self');
for (const [n, ms] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((ms / runs).toFixed(2).padStart(8), n.slice(0, 150));
console.log('--- total (inclusive)');
for (const [n, ms] of [...aggTotal].sort((a, b) => b[1] - a[1]).slice(0, 250)) console.log((ms / runs).toFixed(2).padStart(8), n.slice(0, 150));
await browser.close(); await server.close();
