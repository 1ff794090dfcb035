// Browser benchmark of the purchase-history view: serves the release build (dist/), imports
// CDNOW_sample.txt through the page (file picker, mapping, check), calibrates to 1997-09-30 in
// weeks, clicks "Fit the models" five times and prints the median fit time the page shows for
// each model (measured in the page with performance.now() around each engine call). Then the
// same for a simulated CDNOW-sized log of 23,570 customers drawn from the published BG/NBD
// and Gamma-Gamma parameters. Last, the page's responsiveness during one fit of that log and
// of one ten times as large (235,700 customers): the longest task (PerformanceObserver
// 'longtask') and how long clicks on another control wait.
//
// Run: node tests/browser/bench.mjs   (after scripts/build.sh; CDNOW_sample.txt is looked up
// in $VP_DATA_DIR, ../shared/data beside the project, then .cache/data).
// The step functions are exported for history.test.mjs.
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, launch, openPage, root } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const MODELS = ['bgnbd', 'paretonbd', 'gammagamma'];

/** The CDNOW sample as shipped, or an error naming where it was looked for. */
export async function cdnowSample() {
  const dirs = [process.env.VP_DATA_DIR, join(here, '..', '..', '..', 'shared', 'data'), join(root, '..', 'shared', 'data'), join(root, '.cache', 'data')].filter(Boolean);
  for (const dir of dirs) {
    const file = join(dir, 'CDNOW_sample.txt');
    try { await access(file); return readFile(file); } catch { /* next */ }
  }
  throw new Error(`CDNOW_sample.txt not found; set VP_DATA_DIR. Tried: ${dirs.join(', ')}`);
}

export async function openHistory(page) {
  await page.getByRole('button', { name: 'Purchase history', exact: true }).click();
  await page.getByRole('heading', { name: 'Purchase history', level: 2 }).waitFor();
}

/** Picks a file, keeps the suggested mapping, checks the rows; returns the check heading. */
export async function pickAndCheck(page, name, buffer) {
  await page.getByLabel('Purchase log or customer summary file').setInputFiles({ name, mimeType: 'text/plain', buffer });
  await page.getByRole('heading', { name: `Map the columns of ${name}` }).waitFor();
  await page.getByRole('button', { name: 'Check rows' }).click();
  const heading = page.getByRole('heading', { name: /good rows, \d+ rows with problems$/ });
  await heading.waitFor();
  return heading.textContent();
}

export async function useGoodRows(page) {
  await page.getByRole('button', { name: /^Use the [\d,]+ good rows$/ }).click();
  await page.getByLabel('End of the calibration period (last day included)').waitFor();
}

export async function calibrate(page, end, unit) {
  await page.getByLabel('End of the calibration period (last day included)').fill(end);
  await page.getByLabel('Time unit', { exact: true }).selectOption(unit);
  await page.getByText(/Same-day purchases of one customer count as one purchase/).waitFor();
}

/** Clicks the fit button and waits until a new set of results is on the page. */
export async function fit(page) {
  const before = await page.evaluate(() => Number(document.querySelector('.fits')?.dataset.run || 0));
  await page.getByRole('button', { name: /^Fit the models( again)?$/ }).click();
  await page.waitForFunction((run) => Number(document.querySelector('.fits')?.dataset.run || 0) > run
    && document.querySelectorAll('.fit').length === 3, before, { timeout: 120_000 });
}

const number = (text) => Number(text.replace(/−/g, '-').replace(/,/g, '').trim());

/** What the page shows for one model: parameters, log-likelihood, fit time (ms), or its error. */
export async function readFit(page, model) {
  const section = page.locator(`.fit[data-model="${model}"]`);
  const params = {};
  for (const cell of await section.locator('td[data-param]').all()) {
    params[await cell.getAttribute('data-param')] = number(await cell.textContent());
  }
  const optional = async (selector) => {
    const l = section.locator(selector);
    return (await l.count()) ? l.first().textContent() : null;
  };
  const llText = await optional('[data-ll]');
  const msText = await section.locator('.fit-time').textContent();
  const error = await optional('.fit-error');
  return {
    params,
    ll: llText ? number(llText.replace('Log-likelihood', '')) : null,
    ms: number(msText.replace('fitted in', '').replace('ms', '')),
    error,
  };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** SplitMix64 as BigInt-free 32-bit mulberry: small, seeded, reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const gamma = (shape, rate) => {
    if (shape < 1) return gamma(shape + 1, rate) * uniform() ** (1 / shape);
    const d = shape - 1 / 3; const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal(); const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      if (Math.log(uniform()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v / rate;
    }
  };
  const beta = (p, q) => { const x = gamma(p, 1); return x / (x + gamma(q, 1)); };
  return { uniform, gamma, beta };
}

/** A purchase log of `customers` customers from BG/NBD (0.243, 4.414 weeks, 0.793, 2.426) and
 * Gamma-Gamma (6.25, 3.74, 15.44), first purchases over 12 weeks from 1997-01-01, 78 weeks. */
export function simulatedLog(customers, seed = 20251123) {
  const r = rng(seed);
  const day0 = Date.UTC(1997, 0, 1);
  const lines = ['customer_id,date,amount'];
  const fmt = (days) => new Date(day0 + days * 86400000).toISOString().slice(0, 10);
  for (let i = 1; i <= customers; i++) {
    const lambda = r.gamma(0.243, 4.414); const p = r.beta(0.793, 2.426);
    const nu = r.gamma(3.74, 15.44);
    const start = Math.floor(r.uniform() * 84);
    const end = 546; // 78 weeks
    let t = start; let alive = true;
    const buy = (d) => lines.push(`C${i},${fmt(Math.floor(d))},${r.gamma(6.25, nu).toFixed(2)}`);
    buy(t);
    while (alive) {
      t += (-Math.log(r.uniform()) / lambda) * 7;
      if (t >= end) break;
      buy(t);
      if (r.uniform() < p) alive = false;
    }
  }
  return Buffer.from(lines.join('\n'));
}

async function benchOne(page, label, name, buffer, runs) {
  await openHistory(page);
  await pickAndCheck(page, name, buffer);
  await useGoodRows(page);
  await calibrate(page, '1997-09-30', 'weeks');
  const times = { bgnbd: [], paretonbd: [], gammagamma: [] };
  let last;
  for (let i = 0; i < runs; i++) {
    await fit(page);
    last = {};
    for (const m of MODELS) { last[m] = await readFit(page, m); times[m].push(last[m].ms); }
  }
  console.log(`== browser (headless Chromium, release build): ${label}, ${runs} fits, median [min–max] ms`);
  for (const m of MODELS) {
    const xs = times[m];
    const p = last[m].error ? `error: ${last[m].error}` : Object.entries(last[m].params).map(([k, v]) => `${k} ${v}`).join(' ') + ` LL ${last[m].ll}`;
    console.log(`   ${m.padEnd(11)} ${median(xs).toFixed(1)} ms [${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}]   ${p}`);
  }
}

/** During one fit of the log already calibrated on `page`: every long task (over 50 ms, from a
 * PerformanceObserver registered with buffered: true before the click on Fit), the phase of
 * each model (from the progress line), and how long clicks on another control (the
 * calibration end field) wait before their handler runs. Returns the figures. */
export async function responsiveness(page) {
  await page.evaluate(() => {
    const r = { tasks: [], phases: [], clicks: [] };
    window.__fitWatch = r;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) r.tasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const line = document.querySelector('.progress-line');
    new MutationObserver(() => r.phases.push({ at: performance.now(), text: line.textContent }))
      .observe(line, { childList: true, subtree: true, characterData: true });
    document.addEventListener('click', (ev) => {
      if (ev.target.type === 'date') r.clicks.push({ delay: performance.now() - ev.timeStamp });
    }, true);
  });
  const before = await page.evaluate(() => {
    window.__fitWatch.clickAt = performance.now();
    return Number(document.querySelector('.fits')?.dataset.run || 0);
  });
  await page.getByRole('button', { name: /^Fit the models( again)?$/ }).click();
  await page.getByText('Fitting Pareto/NBD…').waitFor();
  const roundTrips = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await page.getByLabel('End of the calibration period (last day included)').click({ timeout: 60_000 });
    roundTrips.push(performance.now() - t0);
  }
  await page.waitForFunction((run) => Number(document.querySelector('.fits')?.dataset.run || 0) > run
    && document.querySelectorAll('.fit').length === 3, before, { timeout: 300_000 });
  // The charts follow the tables a task at a time; the last one drawn is the repeat
  // distribution (a new fit takes the charts of the one before away with its tables).
  await page.locator('figure[data-chart="repeat-distribution"] svg').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => window.__fitWatch);
  const at = (text) => r.phases.find((p) => p.text.startsWith(text))?.at;
  const [pnbdStart, ggStart] = [at('Fitting Pareto/NBD'), at('Fitting Gamma-Gamma')];
  const longest = (tasks) => tasks.reduce((m, t) => Math.max(m, t.ms), 0);
  return {
    longestDuringParetoNbd: longest(r.tasks.filter((t) => t.start >= pnbdStart && t.start < ggStart)),
    // Buffered entries include the import's tasks; only those after the click count here.
    longestWholeRun: longest(r.tasks.filter((t) => t.start >= r.clickAt)),
    longTasks: r.tasks.filter((t) => t.start >= r.clickAt).map((t) => Math.round(t.ms)),
    clickDelays: r.clicks.map((c) => c.delay),
    clickRoundTrips: roundTrips,
  };
}

async function benchResponsiveness(page, customers) {
  await openHistory(page);
  await pickAndCheck(page, 'simulated.csv', simulatedLog(customers));
  await useGoodRows(page);
  await calibrate(page, '1997-09-30', 'weeks');
  const r = await responsiveness(page);
  const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(', ');
  console.log(`== responsiveness during a fit of the simulated ${customers.toLocaleString('en-US')} customers (weeks)`);
  console.log(`   longest task while Pareto/NBD fits: ${r.longestDuringParetoNbd.toFixed(0)} ms (0 = none over 50 ms)`);
  console.log(`   longest task from the click on Fit to the results shown: ${r.longestWholeRun.toFixed(0)} ms; all long tasks (ms): ${r.longTasks.join(', ') || 'none'}`);
  console.log(`   clicks on another control during the Pareto/NBD fit: handler ran after ${fmt(r.clickDelays)} ms; Playwright click round trips ${fmt(r.clickRoundTrips)} ms`);
}

async function main() {
  const runs = Number(process.env.BENCH_RUNS || 5);
  const server = await serve();
  const browser = await launch();
  try {
    const { page, context } = await openPage(browser, server.base);
    await benchOne(page, 'CDNOW_sample (2,357 customers, 6,919 rows)', 'CDNOW_sample.txt', await cdnowSample(), runs);
    await context.close();
    const sim = await openPage(browser, server.base);
    await benchOne(sim.page, 'simulated 23,570 customers (true r 0.243, α 4.414, a 0.793, b 2.426)', 'simulated.csv', simulatedLog(23_570), runs);
    await sim.context.close();
    // CDNOW's cohort, then ten times as many customers.
    for (const customers of [23_570, 235_700]) {
      const watched = await openPage(browser, server.base);
      await benchResponsiveness(watched.page, customers);
      await watched.context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
