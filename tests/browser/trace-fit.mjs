// Trace of the end of a large purchase-history fit: a simulated log of ten times CDNOW's
// cohort (235,700 customers; another count as the first argument) is imported and calibrated
// in weeks, "Fit the models" clicked, and a DevTools trace taken until the last chart is drawn.
// Prints the longest tasks of the page's main thread and the task in which each of the fits'
// tables and the three charts appeared. Where the end of a fit's time goes; figures only.
//
// Run: node tests/browser/trace-fit.mjs [customers]   (after scripts/build.sh)
import { serve, launch, openPage, traceDuring } from './helpers.mjs';
import { openHistory, pickAndCheck, useGoodRows, calibrate, simulatedLog } from './bench.mjs';

const customers = Number(process.argv[2] || 235_700);
const server = await serve();
const browser = await launch();
try {
  const { page } = await openPage(browser, server.base);
  await openHistory(page);
  await pickAndCheck(page, 'simulated.csv', simulatedLog(customers));
  await useGoodRows(page);
  await calibrate(page, '1997-09-30', 'weeks');
  // Each part's first appearance is stamped into the trace from the mutation's microtask, so
  // it falls inside the task that drew it.
  await page.evaluate(() => {
    const seen = new Set();
    new MutationObserver(() => {
      for (const part of document.querySelectorAll('figure[data-chart], .fits')) {
        const name = part.dataset.chart || 'fits (tables)';
        if (!seen.has(name)) {
          seen.add(name);
          console.timeStamp(`shown ${name}`);
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  const cdp = await page.context().newCDPSession(page);
  const events = await traceDuring(cdp, async () => {
    await page.getByRole('button', { name: /^Fit the models( again)?$/ }).click();
    await page.locator('figure[data-chart="repeat-distribution"] svg').waitFor({ timeout: 300_000 });
    await page.waitForTimeout(300);
  });
  // The page's main thread: the one with the most task time.
  const runTasks = events.filter((e) => e.name === 'RunTask' && e.dur);
  const byThread = new Map();
  for (const e of runTasks) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const [main] = [...byThread].sort((a, b) => b[1] - a[1])[0];
  const tasks = runTasks.filter((e) => `${e.pid}:${e.tid}` === main).map((e) => ({ at: e.ts, ms: e.dur / 1000 }));
  const t0 = tasks[0].at;
  const since = (ts) => ((ts - t0) / 1000).toFixed(0);
  console.log(`== end of a fit of ${customers.toLocaleString('en-US')} simulated customers (DevTools trace, ms from the click)`);
  const longest = [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 8);
  console.log(`   longest tasks (at: duration): ${longest.map((t) => `${since(t.at)}: ${t.ms.toFixed(1)}`).join(', ')}`);
  for (const stamp of events.filter((e) => e.name === 'TimeStamp')) {
    const task = tasks.find((t) => t.at <= stamp.ts && stamp.ts <= t.at + t.ms * 1000);
    console.log(`   ${stamp.args?.data?.message} at ${since(stamp.ts)}, in a task of ${task ? task.ms.toFixed(1) : '?'} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
