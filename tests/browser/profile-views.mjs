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

const count = Number(process.argv[2] || 100000);
const views = (process.argv[3] || 'Customers,Economics,Pyramid and ratings').split(',');
const ms = (us) => (us / 1000).toFixed(1).padStart(7);

/** Time of its own and in all, per function name, of a DevTools protocol CPU profile. */
function byFunction(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const sampled = new Map();
  profile.samples.forEach((id, k) => sampled.set(id, (sampled.get(id) || 0) + (profile.timeDeltas[k] || 0)));
  const own = new Map();
  const inAll = new Map();
  let busy = 0;
  for (const [id, us] of sampled) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const name = functionName || `(anonymous ${url.split('/').pop()}:${lineNumber})`;
    if (name === '(idle)' || name === '(program)') continue;
    own.set(name, (own.get(name) || 0) + us);
    busy += us;
    const seen = new Set();
    for (let at = id; at; at = parent.get(at)) {
      const outer = nodes.get(at).callFrame.functionName;
      if (outer && !seen.has(outer)) {
        seen.add(outer);
        inAll.set(outer, (inAll.get(outer) || 0) + us);
      }
    }
  }
  return { busy, own, inAll };
}

const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

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
    const { busy, own, inAll } = byFunction(profile);
    console.log(`${view}: ${ms(busy).trim()} ms busy in JavaScript and wasm; ${elements} elements in the view`);
    console.log('  own time');
    for (const [name, us] of top(own, 15)) console.log(`  ${ms(us)}  ${name.slice(0, 120)}`);
    console.log('  in all');
    for (const [name, us] of top(inAll, 25)) console.log(`  ${ms(us)}  ${name.slice(0, 120)}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
