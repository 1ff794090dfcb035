// Trace of the customer table scrolling over 100,000 customers ("All, scrolling"): three times
// four wheel scrolls of 400 pixels, each time the DevTools trace's time by kind of event
// (script, style, layout, paint), the tasks over 20 ms and the layouts over 3 ms with the
// objects they laid out; then four jumps of the scrollbar, each task over 10 ms with the time
// of each kind of event inside it (a layout forced in a frame's callback counts in both).
// Where the scrolling's time goes; figures only.
//
// Run: node tests/browser/trace-scroll.mjs   (after scripts/build.sh)
import { serve, launch, openPage, customerCsv, importList, traceDuring } from './helpers.mjs';
const server = await serve();
const browser = await launch();
const { page, context } = await openPage(browser, server.base, {});
const count = 100000;
await importList(page, 'customers.csv', customerCsv(count));
await page.waitForFunction(() => !document.documentElement.hasAttribute('data-saving'), null, { timeout: 600_000 });
const cdp = await context.newCDPSession(page);
await page.getByRole('button', { name: 'Customers', exact: true }).click();
await page.getByRole('combobox', { name: 'Rows per page' }).selectOption({ label: 'All, scrolling' });
const scroller = page.locator('.table-scroll.scrolling');
await scroller.waitFor();
await page.waitForTimeout(1000);
await scroller.hover();
for (let i = 0; i < 3; i++) {
  const events = await traceDuring(cdp, async () => {
    for (let k = 0; k < 4; k += 1) { await page.mouse.wheel(0, 400); await page.waitForTimeout(100); }
    await page.waitForTimeout(300);
  });
  const by = new Map(); const cnt = new Map();
  for (const e of events) if (e.ph === 'X' && e.dur) { by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000); cnt.set(e.name, (cnt.get(e.name) ?? 0) + 1); }
  const kinds = ['RunTask', 'FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'Commit'];
  const top = [...by].filter(([n]) => kinds.includes(n)).sort((a, b) => b[1] - a[1]);
  console.log(`run ${i} (4 wheels):`, top.map(([n,v]) => `${n} ${v.toFixed(1)} (${cnt.get(n)})`).join(', '));
  const long = events.filter((e) => e.name === 'RunTask' && e.dur > 20000).map((e) => (e.dur/1000).toFixed(0));
  console.log('  tasks > 20 ms:', long.join(' '));
  const lay = events.filter((e) => e.name === 'Layout' && e.dur > 3000).map((e) => `${(e.dur/1000).toFixed(1)}:${JSON.stringify(e.args?.beginData?.dirtyObjects ?? '')}/${e.args?.beginData?.totalObjects ?? ''}`);
  console.log('  layouts > 3 ms:', lay.join(' '));
}
// Jumps: the scrollbar dragged to a quarter, the end, the middle, three quarters. Each task
// over 10 ms, with the time of the kinds of event inside it: the jump's own (the scroll
// event drawing the rows in view), the rows beyond the view drawn after the paint, and the
// frames that lay them out and paint them.
const kinds = ['EventDispatch', 'FireAnimationFrame', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MinorGC', 'MajorGC'];
for (const where of [0.25, 1, 0.5, 0.75]) {
  const events = await traceDuring(cdp, async () => {
    await scroller.evaluate((el, w) => { el.scrollTop = el.scrollHeight * w; }, where);
    await page.waitForTimeout(600);
  });
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 10000);
  const described = tasks.map((task) => {
    const by = new Map();
    for (const e of events) {
      const inside = e.ph === 'X' && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur;
      if (inside && kinds.includes(e.name)) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
    }
    return `${(task.dur / 1000).toFixed(0)} ms (${[...by].map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')})`;
  });
  console.log(`jump to ${where * 100} %: tasks over 10 ms: ${described.join('; ')}`);
}
await browser.close(); await server.close();
