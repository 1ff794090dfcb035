// Settings, the printed report and a tablet-sized screen, as a user meets them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, outputDir, screenshot, reloadSaved } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('settings validate at the field and every view reads them', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const capacity = page.getByRole('textbox', { name: /^Capacity/ });
  await capacity.fill('12.5');
  await capacity.press('Tab');
  assert.equal(await capacity.getAttribute('aria-invalid'), 'true');
  await capacity.fill('50');
  await capacity.press('Tab');
  assert.equal(await capacity.getAttribute('aria-invalid'), 'false');
  const currency = page.getByRole('textbox', { name: 'Currency (ISO code)' });
  await currency.fill('E1R');
  await currency.press('Tab');
  await page.getByText('Not saved: expected a three-letter currency code').waitFor();
  await currency.fill('usd');
  await currency.press('Tab');
  await screenshot(page, 'settings');
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.getByText('50 of capacity 50').waitFor();
  assert.match(await page.locator('.figure-value').nth(1).innerText(), /^\$/);
  await reloadSaved(page);
  await page.getByText('50 of capacity 50').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed report holds every analysis view without controls', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  // window.print() returns at once in headless Chromium; the report is rendered around it.
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.getByRole('button', { name: 'Print report' }).click();
  await page.waitForFunction(() => window.__printed === 1);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['nav.tabs', '.header-controls', '.lists-bar .buttons']) {
    assert.equal(await page.locator(hidden).first().evaluate((el) => getComputedStyle(el).display), 'none', hidden);
  }
  // The report itself, laid out for paper, as a PDF for review.
  await page.evaluate(() => { window.print = () => {}; });
  await mkdir(outputDir, { recursive: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print report' }).click();
  // The report stays until the browser says printing is over.
  await page.locator('.report-cover').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.report .report-part').count(), 0, 'the view is back after printing');
  await page.pdf({ path: join(outputDir, 'report.pdf'), format: 'A4' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tablet-sized screen shows every view without horizontal scrolling of the page', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { viewport: { width: 768, height: 1024 } });
  const tabs = page.locator('nav.tabs button');
  for (let i = 0; i < await tabs.count(); i += 1) {
    await tabs.nth(i).click();
    await page.locator('main h2').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `view ${i + 1} overflows by ${overflow}px`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** The PDF's pages and, for each entry of its outline (the document's headings), the page it
 *  is on (1-based). Chromium writes the objects uncompressed; titles are PDF strings. */
function pdfOutline(buffer) {
  const text = buffer.toString('latin1');
  // Objects by number; the page tree may nest /Pages nodes, walked in order from its root.
  const objects = new Map();
  for (const m of text.matchAll(/(\d+)\s+0\s+obj([\s\S]*?)endobj/g)) objects.set(m[1], m[2]);
  const isTree = (body) => /\/Type\s*\/Pages\b/.test(body);
  const rootId = [...objects].find(([, body]) => isTree(body) && !/\/Parent\b/.test(body))[0];
  const pages = [];
  const walk = (id) => {
    const body = objects.get(id);
    if (!isTree(body)) { pages.push(id); return; }
    const kids = body.match(/\/Kids\s*\[([^\]]*)\]/)[1];
    for (const m of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(m[1]);
  };
  walk(rootId);
  const decode = (raw) => {
    if (raw.startsWith('<')) {
      const hex = raw.slice(1, -1).replace(/^FEFF/i, '');
      let out = '';
      for (let i = 0; i < hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
      return out;
    }
    return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
  };
  const entries = [];
  for (const object of text.split('endobj')) {
    const title = object.match(/\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)/);
    const dest = object.match(/\/Dest\s*\[\s*(\d+)\s+0\s+R/);
    if (title && dest) entries.push({ title: decode(title[1]), page: pages.indexOf(dest[1]) + 1 });
  }
  return { pages: pages.length, entries };
}

test('print report: a cover, the one-page summary on page 2, then each analysis from a new page', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  // A browser that never says printing is over: the report stays, readable, with a way back.
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Print report' }).click();
  const cover = page.getByRole('region', { name: 'Customer value report' });
  await cover.waitFor();
  assert.match(await cover.innerText(), /Demo customers[\s\S]*Date[\s\S]*\d{4}[\s\S]*Currency\s*EUR/);
  // Back to the page with the report's own button, and the report again.
  await page.getByRole('button', { name: 'Back to the page' }).click();
  assert.equal(await page.locator('.report').count(), 0);
  await page.getByRole('heading', { name: 'Overview', level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Print report' }).click();
  await cover.waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: true });
  await mkdir(outputDir, { recursive: true });
  await writeFile(join(outputDir, 'report-with-cover.pdf'), pdf);
  const { pages, entries } = pdfOutline(pdf);
  const on = (title) => entries.find((e) => e.title === title)?.page;
  assert.equal(on('Customer value report'), 1, JSON.stringify(entries.slice(0, 6)));
  assert.equal(on('Overview'), 2, 'the summary is page 2');
  assert.equal(on('Economics'), 3, 'the summary takes one page; the analyses follow');
  const views = ['Economics', 'Pyramid and ratings', 'Pareto and concentration', 'Lifetime', 'Keeping customers', 'Targets', 'Prospects'];
  const starts = views.map(on);
  assert.ok(starts.every((p, i) => i === 0 || p > starts[i - 1]), `each analysis on later pages: ${starts}`);
  assert.ok(pages > starts[starts.length - 1] - 1 && pages >= 2 + views.length, `${pages} pages`);
  // Printing (here to PDF) ends with the browser's "afterprint": the page is back.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('heading', { name: 'Overview', level: 2 }).waitFor();
  assert.equal(await page.locator('.report').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
