// The economics view as a user meets it: import a small list, enter spend and service cost
// lines, and read CAC, channel CAC, LTV : CAC, cost to serve and the profit ranking, every
// number checked against DOMAIN.md's formulas worked by hand below. Drives the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, importList } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Four customers: C3 has no own service or acquisition cost, C4 no own acquisition cost.
const CSV = [
  'id,name,revenue_per_year,gross_margin,service_cost,acquisition_cost,channel',
  'C1,Big Buyer,10000,0.3,2800,200,trade_show',
  'C2,Steady Small,2000,0.5,200,100,referral',
  'C3,Mid Fair,4000,0.4,,,trade_show',
  'C4,Web One,3000,0.5,300,,search',
].join('\n');

/** Money as the page writes it: "€1,234.50". */
const eur = (x) => `€${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

// Hand computation with the formulas of DOMAIN.md §1–§3 and §12 (settings left at their
// defaults: no analysis year, so every customer counts as won in the period and carries its
// whole acquisition cost; churn 20 % → 5-year lifetime; discount 8 %, first year undiscounted).
const SPEND = 1000; // one spend line, on trade shows
const SERVICE_TOTAL = 2000; // one service cost line
const NEW_CUSTOMERS = 4; // counted from the list
const CAC = SPEND / NEW_CUSTOMERS; // 250
const TRADE_SHOW_CAC = SPEND / 2; // C1 and C3 came through trade shows: 500
const AVG_SERVICE = SERVICE_TOTAL / 4; // 500, used by C3 only
const customers = {
  // revenue, margin, service used, acquisition used
  'Big Buyer': [10000, 0.3, 2800, 200],
  'Steady Small': [2000, 0.5, 200, 100],
  'Mid Fair': [4000, 0.4, AVG_SERVICE, TRADE_SHOW_CAC],
  'Web One': [3000, 0.5, 300, CAC],
};
const profit = ([rev, m, svc, acq]) => rev * m - svc - acq;
const later = ([rev, m, svc]) => rev * m - svc;
const annuity = [1, 2, 3, 4].reduce((s, t) => s + 1 / 1.08 ** t, 0); // years 2–5
const ltv = (c) => profit(c) + later(c) * annuity;
const tradeShowLtv = (ltv(customers['Big Buyer']) + ltv(customers['Mid Fair'])) / 2;

const figure = (page, label) => page.locator('.figure')
  .filter({ has: page.locator('.figure-label').getByText(label, { exact: true }) }).locator('.figure-value');
const rowCells = async (row) => (await row.locator('th, td').allTextContents()).map((s) => s.trim());

/** Waits until `read()` gives `expected` (the page redraws after the event), then asserts it. */
async function until(read, expected, timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await read();
    if (last === expected) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.equal(last, expected);
}
const text = (locator) => async () => (await locator.textContent()).trim();

test('economics: spend and cost lines give CAC, channel CAC, cost to serve and the profit ranking', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'economics.csv', CSV, 'Economics');
  await page.getByRole('heading', { name: 'Economics', level: 2 }).waitFor();

  // Nothing spent yet: the average CAC says why it cannot be computed.
  await until(text(figure(page, 'Average acquisition cost (CAC)')), 'Not available');
  await until(text(page.locator('p.cac-error')), 'Enter what was spent on winning customers to see the acquisition cost.');
  await page.getByText('Counted from the list: all 4 customers').waitFor();

  // Add a spend line; a bad amount is refused at the field and not stored.
  await page.getByRole('button', { name: 'Add spend line' }).click();
  const amount = page.getByRole('textbox', { name: 'Amount of spend line 1' });
  for (const bad of ['abc', '-5']) {
    await amount.fill(bad);
    await amount.press('Tab');
    await until(text(page.locator(`#${await amount.getAttribute('aria-describedby')}`)), `Not saved: expected an amount of money, zero or more, like 1234.50; found “${bad}”.`);
    await until(() => amount.getAttribute('aria-invalid'), 'true');
  }
  await until(text(figure(page, 'Total outreach spend')), eur(0));
  await amount.fill('1000');
  await amount.press('Tab');
  await until(() => amount.getAttribute('aria-invalid'), 'false');
  const name = page.getByRole('textbox', { name: 'Name of spend line 1' });
  await name.fill('Autumn fair');
  await name.press('Tab');
  await page.getByRole('combobox', { name: 'Kind of spend line 1' }).selectOption({ label: 'Trade shows and conferences' });
  await page.getByRole('combobox', { name: 'Channel of spend line 1' }).selectOption({ label: 'Trade show or conference' });

  // Add a service cost line.
  await page.getByRole('button', { name: 'Add service cost line' }).click();
  const svc = page.getByRole('textbox', { name: 'Amount of service cost line 1' });
  await svc.fill('2000');
  await svc.press('Tab');

  // Acquisition: CAC = spend ÷ new customers.
  await until(text(figure(page, 'Total outreach spend')), eur(SPEND));
  await until(text(figure(page, 'Average acquisition cost (CAC)')), eur(CAC));
  await page.locator('summary[aria-label="How is “Average acquisition cost (CAC)” computed?"]').click();
  await page.getByText(`Total outreach spend ÷ new customers won = ${eur(SPEND)} ÷ 4 = ${eur(CAC)} per new customer.`).waitFor();
  await page.getByText('The average CAC is a first, rough assessment.').waitFor();

  // Per channel: CAC = channel spend ÷ customers won; LTV : CAC beside it.
  const channels = page.getByRole('table', { name: 'Acquisition cost and lifetime value per channel' });
  const trade = await rowCells(channels.getByRole('row', { name: /Trade show or conference/ }));
  assert.deepEqual(trade, [
    'Trade show or conference', eur(SPEND), '2', eur(TRADE_SHOW_CAC), eur(tradeShowLtv),
    `${(tradeShowLtv / TRADE_SHOW_CAC).toFixed(2)} : 1`,
  ]);
  const search = await rowCells(channels.getByRole('row', { name: /Search/ }));
  assert.deepEqual(search.slice(0, 4), ['Search (SEO or paid)', '—', '1', '—']);
  assert.equal(search[5], '—');

  // Cost to serve: average = total ÷ customers served; own costs replace it.
  await until(text(figure(page, 'Average cost to serve')), eur(AVG_SERVICE));
  await page.getByText('Counted from the list: 4 customers.').waitFor();
  await page.getByText('3 of 4 customers have their own, 1 use the average, 0 have neither').waitFor();

  // Profit ranking: profit = revenue × margin − service − acquisition, revenue rank beside it.
  const byProfit = Object.entries(customers).sort((a, b) => profit(b[1]) - profit(a[1]));
  const byRevenue = Object.entries(customers).sort((a, b) => b[1][0] - a[1][0]).map(([n]) => n);
  assert.deepEqual(byProfit.map(([n]) => n), ['Web One', 'Steady Small', 'Mid Fair', 'Big Buyer']);
  await page.getByText('1 customers earn much less than their revenue suggests, 2 earn much more.').waitFor();
  const rows = page.getByRole('table', { name: 'Customers by annual profit' }).locator('tbody tr');
  assert.equal(await rows.count(), 4);
  for (const [i, [n, c]] of byProfit.entries()) {
    const cells = await rowCells(rows.nth(i));
    assert.deepEqual(cells.slice(0, 6), [
      String(i + 1), n, eur(c[0]), String(byRevenue.indexOf(n) + 1), eur(profit(c)), `${(c[1] * 100).toFixed(1)} %`,
    ], n);
  }
  const midFair = await rowCells(rows.nth(2));
  assert.equal(midFair[6], `${eur(AVG_SERVICE)} (average)`);
  assert.equal(midFair[7], `${eur(TRADE_SHOW_CAC)} (channel CAC)`);
  assert.equal(midFair[8], '');
  assert.equal((await rowCells(rows.nth(0)))[7], `${eur(CAC)} (average CAC)`);
  // The big buyer that earns nothing is marked (ranks 1 by revenue, 4 by profit).
  const big = await rowCells(rows.nth(3));
  assert.equal(big[6], `${eur(2800)} (own)`);
  assert.equal(big[8], 'Earns much less than its revenue suggests');
  assert.equal(await rows.nth(3).getAttribute('class'), 'gap gap-less');
  await page.getByRole('heading', { name: 'Cost to serve', level: 3 }).evaluate((h) => h.scrollIntoView());
  await screenshot(page, 'economics');

  // New customers entered: 0 cannot give a CAC, the reason is said in words; 2 doubles it.
  const won = page.getByRole('textbox', { name: /New customers won in the period/ });
  await won.fill('0');
  await won.press('Tab');
  await until(text(figure(page, 'Average acquisition cost (CAC)')), 'Not available');
  await until(text(page.locator('p.cac-error')), 'No new customers were won in the period, so there is no cost per new customer.');
  await won.fill('2');
  await won.press('Tab');
  await page.getByText('Using the 2 new customers you entered.').waitFor();
  await until(text(figure(page, 'Average acquisition cost (CAC)')), eur(SPEND / 2));
  await won.fill('');
  await won.press('Tab');
  await until(text(figure(page, 'Average acquisition cost (CAC)')), eur(CAC));

  // The lines are kept with the list.
  await page.reload();
  await page.getByRole('heading', { name: 'Economics', level: 2 }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Name of spend line 1' }).inputValue(), 'Autumn fair');
  assert.equal(await page.getByRole('textbox', { name: 'Amount of spend line 1' }).inputValue(), '1000');
  assert.equal(await page.getByRole('combobox', { name: 'Channel of spend line 1' }).inputValue(), 'trade_show');
  await until(text(figure(page, 'Average acquisition cost (CAC)')), eur(CAC));

  // Removing the line takes the spend away again.
  await page.getByRole('button', { name: 'Remove spend line 1' }).click();
  await until(text(figure(page, 'Average acquisition cost (CAC)')), 'Not available');
  assert.equal(await page.getByRole('textbox', { name: 'Amount of spend line 1' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('economics: the profit ranking of the demo list is paged 25 a row', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Economics', exact: true }).click();
  const pager = page.getByRole('navigation', { name: 'Pages of the profit ranking' });
  await pager.getByText('Page 1 of 12').waitFor();
  const rows = page.getByRole('table', { name: 'Customers by annual profit' }).locator('tbody tr');
  assert.equal(await rows.count(), 25);
  assert.equal((await rowCells(rows.first()))[0], '1');
  assert.equal(await pager.getByRole('button', { name: 'Previous page' }).isDisabled(), true);
  await pager.getByRole('button', { name: 'Next page' }).click();
  await pager.getByText('Page 2 of 12').waitFor();
  assert.equal((await rowCells(rows.first()))[0], '26');
  assert.deepEqual(errors, []);
  await context.close();
});
