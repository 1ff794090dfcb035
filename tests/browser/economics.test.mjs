// The economics view as a user meets it: import a small list, enter spend and service cost
// lines, and read CAC, channel CAC, LTV : CAC, cost to serve and the profit ranking, every
// number checked against the formulas worked by hand below. Drives the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, importList, figureValue, reloadSaved } from './helpers.mjs';

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
const eur = (x) => `${x < 0 ? '−' : ''}€${Math.abs(x).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

// Hand computation of CAC, cost to serve, annual profit and LTV (settings left at their
// defaults; no customer has a date of first purchase, so the whole list counts as won and no
// acquisition cost is charged to the year's profit, while lifetime values subtract it once;
// churn 20 % and no age → 5-year lifetime; discount 8 %, first year undiscounted).
const SPEND = 1000; // one spend line, on trade shows
const SERVICE_TOTAL = 5000; // one service cost line
const NEW_CUSTOMERS = 4; // counted from the list
const CAC = SPEND / NEW_CUSTOMERS; // 250
const TRADE_SHOW_CAC = SPEND / 2; // C1 and C3 came through trade shows: 500
// Nothing is left for C2 (referral) and C4 (search): 1,000 − 1,000 = 0 shared by 2 → 0 each.
const OWN_SERVICE = 2800 + 200 + 300; // C1, C2, C4: 3,300
const AVG_SERVICE = SERVICE_TOTAL / 4; // 1,250: the average cost to serve
const SHARE_SERVICE = (SERVICE_TOTAL - OWN_SERVICE) / 1; // C3 carries what remains: 1,700
const customers = {
  // revenue, margin, service used, acquisition cost (one-off, not charged to the year)
  'Big Buyer': [10000, 0.3, 2800, 200],
  'Steady Small': [2000, 0.5, 200, 100],
  'Mid Fair': [4000, 0.4, SHARE_SERVICE, TRADE_SHOW_CAC],
  'Web One': [3000, 0.5, 300, 0],
};
// Annual profit carries no acquisition cost here (year of first purchase unknown):
// Big 3,000 − 2,800 = 200; Steady 1,000 − 200 = 800; Mid 1,600 − 1,700 = −100; Web 1,500 − 300 = 1,200.
const profit = ([rev, m, svc]) => rev * m - svc;
const annuity = [0, 1, 2, 3, 4].reduce((s, t) => s + 1 / 1.08 ** t, 0); // 4.3121268
// LTV before acquisition cost = profit × 4.3121268; LTV : CAC divides that by CAC.
const ltvBefore = (c) => profit(c) * annuity;
// Trade show: (200 + (−100)) ÷ 2 × 4.3121268 = 215.61; ÷ 500 = 0.43.
const tradeShowLtv = (ltvBefore(customers['Big Buyer']) + ltvBefore(customers['Mid Fair'])) / 2;
// Overall: (200 + 800 − 100 + 1,200) ÷ 4 × 4.3121268 = 2,263.87; ÷ 250 = 9.06.
const averageLtv = Object.values(customers).reduce((s, c) => s + ltvBefore(c), 0) / 4;

const figure = figureValue;
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
    await until(text(page.locator(`#${await amount.getAttribute('aria-describedby')}`)), `Not saved: expected an amount of money from 0 to 10¹⁵, like 1234.50; found “${bad}”.`);
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
  await svc.fill(String(SERVICE_TOTAL));
  await svc.press('Tab');

  // Acquisition: CAC = spend ÷ new customers.
  await until(text(figure(page, 'Total outreach spend')), eur(SPEND));
  await until(text(figure(page, 'Average acquisition cost (CAC)')), eur(CAC));
  await page.locator('summary[aria-label="How is “Average acquisition cost (CAC)” computed?"]').click();
  await page.getByText(`Total outreach spend ÷ new customers won = ${eur(SPEND)} ÷ 4 = ${eur(CAC)} per new customer.`).waitFor();
  await page.getByText('The average CAC is a first, rough assessment.').waitFor();
  // Handed out: trade-show customers carry 500; the other 2 share 1,000 − 1,000 = 0.
  await until(text(page.locator('p.allocation-note')), `Handed out to the new customers: those won through a channel with its own spend carry that channel's CAC; the other 2 share the remaining ${eur(0)}, ${eur(0)} each. Together this is the spend entered.`);
  await until(text(page.locator('p.year-note')), 'None of the 4 customers has a date of first purchase, so no acquisition cost is charged to the year\'s profit; lifetime values subtract it once.');
  // Overall LTV : CAC on the LTV before acquisition cost.
  await until(text(figure(page, 'LTV : CAC')), `${(averageLtv / CAC).toFixed(2)} : 1`);
  assert.equal((averageLtv / CAC).toFixed(2), '9.06');

  // Per channel: CAC = channel spend ÷ customers won; LTV : CAC beside it.
  const channels = page.getByRole('table', { name: 'Acquisition cost and lifetime value per channel' });
  const trade = await rowCells(channels.getByRole('row', { name: /Trade show or conference/ }));
  assert.deepEqual(trade, [
    'Trade show or conference', eur(SPEND), '2', eur(TRADE_SHOW_CAC), eur(tradeShowLtv),
    `${(tradeShowLtv / TRADE_SHOW_CAC).toFixed(2)} : 1`,
  ]);
  assert.equal(trade[5], '0.43 : 1');
  const search = await rowCells(channels.getByRole('row', { name: /Search/ }));
  assert.deepEqual(search.slice(0, 4), ['Search (SEO or paid)', '—', '1', '—']);
  assert.equal(search[5], '—');

  // Cost to serve: average = total ÷ customers served; own costs replace it and the rest is
  // shared by the customers without their own: (5,000 − 3,300) ÷ 1 = 1,700.
  await until(text(figure(page, 'Average cost to serve')), eur(AVG_SERVICE));
  await until(text(figure(page, 'Service cost per customer without its own')), eur(SHARE_SERVICE));
  await page.getByText('Counted from the list: 4 customers.').waitFor();
  await page.getByText('3 of 4 customers have their own, 1 share what remains of the total, 0 have neither').waitFor();
  assert.equal(await page.locator('p.service-remainder').count(), 0);

  // Profit ranking: profit = revenue × margin − service − acquisition charged (none here).
  const byProfit = Object.entries(customers).sort((a, b) => profit(b[1]) - profit(a[1]));
  const byRevenue = Object.entries(customers).sort((a, b) => b[1][0] - a[1][0]).map(([n]) => n);
  assert.deepEqual(byProfit.map(([n]) => n), ['Web One', 'Steady Small', 'Big Buyer', 'Mid Fair']);
  // Threshold 2 places in a list of 4: Web (3 → 1) and Steady (4 → 2) earn more, Big (1 → 3)
  // and Mid (2 → 4) earn less.
  await page.getByText('2 customers earn much less than their revenue suggests, 2 earn much more.').waitFor();
  await until(text(page.locator('p.ranking-year-note')), 'None of the 4 customers has a date of first purchase, so no acquisition cost is charged to the year\'s profit; lifetime values subtract it once.');
  const rows = page.getByRole('table', { name: 'Customers by annual profit' }).locator('tbody tr');
  assert.equal(await rows.count(), 4);
  for (const [i, [n, c]] of byProfit.entries()) {
    const cells = await rowCells(rows.nth(i));
    assert.deepEqual(cells.slice(0, 6), [
      String(i + 1), n, eur(c[0]), String(byRevenue.indexOf(n) + 1), eur(profit(c)), `${(c[1] * 100).toFixed(1)} %`,
    ], n);
    assert.equal(cells[7], `${eur(0)} (year of first purchase unknown: not charged)`, n);
  }
  const midFair = await rowCells(rows.nth(3));
  assert.equal(midFair[4], `−${eur(100)}`);
  assert.equal(midFair[6], `${eur(SHARE_SERVICE)} (share of the rest)`);
  assert.equal(midFair[8], 'Earns much less than its revenue suggests');
  // The big buyer that earns little is marked (ranks 1 by revenue, 3 by profit).
  const big = await rowCells(rows.nth(2));
  assert.equal(big[6], `${eur(2800)} (own)`);
  assert.equal(big[8], 'Earns much less than its revenue suggests');
  assert.equal(await rows.nth(2).getAttribute('class'), 'gap gap-less');
  await page.getByRole('heading', { name: 'Cost to serve', level: 3 }).evaluate((h) => h.scrollIntoView());
  await screenshot(page, 'economics');

  // Less service cost than the customers' own costs: said, and the one without carries 0.
  await svc.fill('2000');
  await svc.press('Tab');
  await until(text(figure(page, 'Service cost per customer without its own')), eur(0));
  await until(text(page.locator('p.service-remainder')), `The customers' own service costs (${eur(3300)}) are more than the total entered (${eur(2000)}) by ${eur(1300)}: customers without their own carry 0, and the costs used add up to more than the total. Check the cost lines and the own costs.`);
  await svc.fill(String(SERVICE_TOTAL));
  await svc.press('Tab');
  await until(text(figure(page, 'Service cost per customer without its own')), eur(SHARE_SERVICE));

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

  // The lines are kept with the list. A reload while the last edit is being written would be
  // warned of in a browser (the page is saving); the test waits for the save, as a user told
  // so would.
  await reloadSaved(page);
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

// The LTV : CAC worked example built by hand: two organisations (no age, so the lifetime is
// 1 ÷ churn 20 % = 5 years), revenue 800 a year, margin unknown (100 %), no service cost →
// profit before acquisition cost 800 a year. LTV = 800 × (1 + 1/1.08 + 1/1.08² + 1/1.08³ +
// 1/1.08⁴) = 800 × 4.3121268 = 3,449.70. Each came through its own channel with a 300 spend
// line → channel CAC 300, average CAC 600 ÷ 2 = 300 → LTV : CAC = 3,449.70 ÷ 300 = 11.50.
const WORKED = [
  'id,name,revenue_per_year,channel,size_band',
  'A,Alpha Org,800,search,small',
  'B,Beta Org,800,referral,medium',
].join('\n');

test('economics: LTV : CAC of the worked example is 11.50 per channel and overall', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'worked.csv', WORKED, 'Economics');
  await page.getByRole('heading', { name: 'Economics', level: 2 }).waitFor();
  const addLine = async (n, channel) => {
    await page.getByRole('button', { name: 'Add spend line' }).click();
    const amount = page.getByRole('textbox', { name: `Amount of spend line ${n}` });
    await amount.fill('300');
    await amount.press('Tab');
    await page.getByRole('combobox', { name: `Channel of spend line ${n}` }).selectOption({ label: channel });
  };
  await addLine(1, 'Search (SEO or paid)');
  await addLine(2, 'Referral, word of mouth');

  await until(text(figure(page, 'Total outreach spend')), eur(600));
  await until(text(figure(page, 'Average acquisition cost (CAC)')), eur(300));
  await until(text(figure(page, 'LTV : CAC')), '11.50 : 1');
  await page.locator('summary[aria-label="How is “LTV : CAC” computed?"]').click();
  await page.getByText(`Average lifetime value before acquisition cost ÷ average CAC = ${eur(3449.70)} ÷ ${eur(300)} = 11.50 : 1.`).waitFor();

  const channels = page.getByRole('table', { name: 'Acquisition cost and lifetime value per channel' });
  assert.deepEqual(await rowCells(channels.getByRole('row', { name: /Search/ })),
    ['Search (SEO or paid)', eur(300), '1', eur(300), eur(3449.70), '11.50 : 1']);
  assert.deepEqual(await rowCells(channels.getByRole('row', { name: /Referral/ })),
    ['Referral, word of mouth', eur(300), '1', eur(300), eur(3449.70), '11.50 : 1']);
  // Every new customer came through a channel with its own spend: nothing left to share.
  assert.equal(await page.locator('p.allocation-note').count(), 0);
  assert.equal(await page.locator('p.not-allocated').count(), 0);

  // The annual profit carries no acquisition cost (no dates); the page says for how many.
  await until(text(page.locator('p.year-note')), 'None of the 2 customers has a date of first purchase, so no acquisition cost is charged to the year\'s profit; lifetime values subtract it once.');
  const rows = page.getByRole('table', { name: 'Customers by annual profit' }).locator('tbody tr');
  assert.equal((await rowCells(rows.first()))[4], eur(800));
  assert.deepEqual(errors, []);
  await context.close();
});

test('economics: the profit ranking of the demo list is paged 25 a row', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Economics', exact: true }).click();
  const pager = page.getByRole('navigation', { name: 'Pages of the profit ranking' });
  await pager.getByText('Page 1 of 11').waitFor();
  const rows = page.getByRole('table', { name: 'Customers by annual profit' }).locator('tbody tr');
  assert.equal(await rows.count(), 25);
  assert.equal((await rowCells(rows.first()))[0], '1');
  assert.equal(await pager.getByRole('button', { name: 'Previous page' }).isDisabled(), true);
  await pager.getByRole('button', { name: 'Next page' }).click();
  await pager.getByText('Page 2 of 11').waitFor();
  assert.equal((await rowCells(rows.first()))[0], '26');
  assert.deepEqual(errors, []);
  await context.close();
});
