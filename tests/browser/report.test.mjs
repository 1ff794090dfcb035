// Settings, the printed report and a tablet-sized screen, as a user meets them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, outputDir, screenshot } from './helpers.mjs';

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
  await page.reload();
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
