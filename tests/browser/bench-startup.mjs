// How soon the page shows the demo list after it is asked for: serves the release build
// (dist/), opens it five times in a fresh browser context (first visit: nothing cached, no
// service worker yet) and prints the median time from navigation start until the overview's
// first figure of the demo list is on the page, for English (built into the wasm) and for
// Bulgarian (its language file is fetched before the first render).
//
// Run: node tests/browser/bench-startup.mjs   (after scripts/build.sh)
import { serve, launch } from './helpers.mjs';

const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serve();
const browser = await launch();
try {
  for (const locale of ['en-US', 'bg-BG']) {
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(server.base, { waitUntil: 'commit' });
      await page.locator('.figure-value').first().waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    const middle = median(times);
    const against = middle <= 1000 ? 'within the 1 s budget' : `budget 1 s, missed ${(middle / 1000).toFixed(1)}×`;
    console.log(`first render of the demo, ${locale}: median ${middle.toFixed(0)} ms of ${RUNS} (${times.map((t) => t.toFixed(0)).join(', ')}; ${against})`);
  }
} finally {
  await browser.close();
  await server.close();
}
