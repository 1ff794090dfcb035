// Pareto and concentration on a small list whose shares are computed by hand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, importList } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Ten customers, revenue total 1,000; margin unknown (100 %), own service cost, no acquisition
// spend, so profit = revenue − service cost: 100, 50, 90, 70, 50, 40, 30, 20, 15, 5 (total 470).
const ROWS = [
  ['P01', 'Atlas', 400, 300],
  ['P02', 'Borealis', 200, 150],
  ['P03', 'Cirrus', 100, 10],
  ['P04', 'Dune', 80, 10],
  ['P05', 'Ember', 60, 10],
  ['P06', 'Fjord', 50, 10],
  ['P07', 'Glacier', 40, 10],
  ['P08', 'Harbor', 30, 10],
  ['P09', 'Isle', 25, 10],
  ['P10', 'Juniper', 15, 10],
];
const CSV = ['customer_id,name,revenue,service_cost', ...ROWS.map((r) => r.join(','))].join('\n');

/** The value shown by the Figure with this exact label. */
function figure(page, label) {
  return page.locator('.figure').filter({ has: page.getByText(label, { exact: true }) });
}

test('pareto: shares, Gini, Lorenz table, flags, HHI and big customers match hand computation', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'concentration.csv', CSV, 'Pareto and concentration');
  await page.getByRole('heading', { name: 'Pareto and concentration', level: 2 }).waitFor();

  // Revenue: the top 2 (20 %) bring 400 + 200 = 600 of 1,000.
  const top = figure(page, 'Share of revenue from the top 20 % of customers');
  assert.equal(await top.locator('.figure-value').textContent(), '60.0 %');
  await top.locator('summary').click();
  await top.getByText(/the top 20 % are 2 of 10 customers/).waitFor();
  // 400, 600, 700, 780, 840 ≥ 800: five customers of ten.
  assert.equal(await figure(page, 'Smallest share of customers making 80 % of revenue').locator('.figure-value').textContent(), '50.0 %');
  // Gini = Σ (2i − 11) x_i ÷ (10 × 1,000) over ascending x = 5,170 ÷ 10,000 = 0.517.
  assert.equal(await figure(page, 'Gini coefficient of revenue').locator('.figure-value').textContent(), '0.52');

  // Profit: the top 2 by profit are Atlas 100 and Cirrus 90: 190 ÷ 470 = 40.4 %.
  assert.equal(await figure(page, 'Share of profit from the top 20 % of customers').locator('.figure-value').textContent(), '40.4 %');
  // 100, 190, 260, 310, 360, 410 ≥ 376 (80 % of 470): six customers.
  assert.equal(await figure(page, 'Smallest share of customers making 80 % of profit').locator('.figure-value').textContent(), '60.0 %');
  // Gini = 1,700 ÷ (10 × 470) = 0.3617.
  assert.equal(await figure(page, 'Gini coefficient of profit').locator('.figure-value').textContent(), '0.36');
  // Nobody loses money here, and the page says so beside the shares.
  assert.equal(await page.getByTestId('pareto-losses-profit').textContent(),
    'No customer has profit below zero: these shares are of the whole €470.00.');

  // The chart slot and its table: 11 points, 0 % … 100 %.
  await page.locator('figure.chart[data-chart="lorenz"] figcaption').waitFor();
  const lorenz = page.getByRole('table', { name: /Cumulative share of revenue and profit/ });
  const rows = lorenz.locator('tbody tr');
  assert.equal(await rows.count(), 11);
  assert.deepEqual(await rows.nth(2).locator('th, td').allTextContents(), ['20 %', '60.0 %', '40.4 %']);
  assert.deepEqual(await rows.nth(5).locator('th, td').allTextContents(), ['50 %', '84.0 %', '76.6 %']);
  assert.deepEqual(await rows.nth(10).locator('th, td').allTextContents(), ['100 %', '100.0 %', '100.0 %']);

  // Atlas brings 40 % ≥ 25 %: flagged by name; Borealis (20 %) is not.
  const flags = page.getByRole('list', { name: 'Customers at or above the threshold' }).locator('li');
  assert.deepEqual(await flags.allTextContents(), ['Atlas brings 40.0 % of revenue (€400.00).']);

  // HHI = 0.16 + 0.04 + 0.01 + 0.0064 + 0.0036 + 0.0025 + 0.0016 + 0.0009 + 0.000625 + 0.000225.
  assert.equal(await figure(page, 'Herfindahl–Hirschman index of revenue').locator('.figure-value').textContent(), '0.2259 (2,259 points)');
  // Big customers (Atlas, Borealis): service 450 of 530, profit 150 of 470.
  assert.equal(await figure(page, "Big customers' share of service cost").locator('.figure-value').textContent(), '84.9 %');
  assert.equal(await figure(page, "Big customers' share of profit").locator('.figure-value').textContent(), '31.9 %');
  await page.getByText('The 2 biggest customers take 84.9 % of the service cost but bring only 31.9 % of the profit: big spenders are eating time and margin.', { exact: false }).waitFor();

  // The threshold is a setting, editable here; a bad value is refused at the field.
  const threshold = page.getByRole('textbox', { name: /Concentration threshold/ });
  assert.equal(await threshold.inputValue(), '25');
  await threshold.fill('0');
  await threshold.press('Tab');
  assert.equal(await threshold.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#pareto-threshold-error').textContent(), 'Not saved: expected a number from 1 to 100; found “0”.');
  await threshold.fill('15');
  await threshold.press('Tab');
  await page.getByText('Borealis brings 20.0 % of revenue (€200.00).').waitFor();
  assert.equal(await flags.count(), 2);

  await page.getByRole('heading', { name: 'Pareto and concentration', level: 2 }).scrollIntoViewIfNeeded();
  await screenshot(page, 'pareto');
  assert.deepEqual(errors, []);
  await context.close();
});

// Five customers, margin 100 %, own service cost, no acquisition spend: profit = revenue −
// service cost = −30, 100, 50, −20, 0. Shares use the sum of the positive values:
// 100 + 50 = 150; the losses, −30 − 20 = −50 by 2 customers, are stated beside them.
const LOSS_ROWS = [
  ['L1', 'Alpha', 400, 430],
  ['L2', 'Beta', 200, 100],
  ['L3', 'Gamma', 120, 70],
  ['L4', 'Delta', 60, 80],
  ['L5', 'Echo', 50, 50],
];
const LOSS_CSV = ['customer_id,name,revenue,margin,service_cost',
  ...LOSS_ROWS.map(([id, name, revenue, service]) => [id, name, revenue, 1, service].join(','))].join('\n');

test('pareto: a loss-making customer holds no share, the losses are stated and the 80/20 figures agree with the curve', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'losses.csv', LOSS_CSV, 'Pareto and concentration');
  await page.getByRole('heading', { name: 'Pareto and concentration', level: 2 }).waitFor();

  // Profit: the top 20 % of 5 is 1 customer (Beta, 100): 100 ÷ 150 = 66.7 % (not 100 ÷ 100).
  assert.equal(await figure(page, 'Share of profit from the top 20 % of customers').locator('.figure-value').textContent(), '66.7 %');
  // 100, then 150 ≥ 120 (80 % of 150): 2 of 5 customers.
  assert.equal(await figure(page, 'Smallest share of customers making 80 % of profit').locator('.figure-value').textContent(), '40.0 %');
  // Gini over 0, 0, 0, 50, 100 (losses as 0): (2 × 50 + 4 × 100) ÷ (5 × 150) = 0.667.
  assert.equal(await figure(page, 'Gini coefficient of profit').locator('.figure-value').textContent(), '0.67');
  assert.equal(await page.getByTestId('pareto-losses-profit').textContent(),
    '2 of 5 customers have profit below zero: −€50.00 in total. They count as 0 in these shares, which are shares of €150.00, the profit of the customers above zero; the net profit of the list is €100.00.');
  // Revenue 400 + 200 + 120 + 60 + 50 = 830, nothing below zero: Alpha's 400 ÷ 830 = 48.2 %.
  assert.equal(await figure(page, 'Share of revenue from the top 20 % of customers').locator('.figure-value').textContent(), '48.2 %');
  assert.equal(await page.getByTestId('pareto-losses-revenue').textContent(),
    'No customer has revenue below zero: these shares are of the whole €830.00.');

  // The Lorenz table reads the same shares: at 20 % of customers 48.2 % of revenue and 66.7 %
  // of profit; at 40 %, (400 + 200) ÷ 830 = 72.3 % and 150 ÷ 150 = 100 %.
  const lorenz = page.getByRole('table', { name: /Cumulative share of revenue and profit/ });
  const rows = lorenz.locator('tbody tr');
  assert.deepEqual(await rows.nth(2).locator('th, td').allTextContents(), ['20 %', '48.2 %', '66.7 %']);
  assert.deepEqual(await rows.nth(4).locator('th, td').allTextContents(), ['40 %', '72.3 %', '100.0 %']);

  // The big customer by revenue (Alpha) takes 430 of 730 service cost = 58.9 % and holds 0 of
  // the 150 earned; it loses 30, and that is what the page says.
  assert.equal(await figure(page, "Big customers' share of service cost").locator('.figure-value').textContent(), '58.9 %');
  assert.equal(await figure(page, "Big customers' share of profit").locator('.figure-value').textContent(), '0.0 %');
  assert.equal(await page.locator('p.verdict').textContent(),
    'The 1 biggest customer loses money (−€30.00 a year) while taking 58.9 % of the service cost: big spenders are eating time and margin. Look at what serving them costs and what they pay. 1 of the 1 biggest customer loses money: −€30.00 in total, counted as 0 in their share of profit.');

  assert.deepEqual(errors, []);
  await context.close();
});

// The analysis's rows hold no names: the views read them from the list. A rename alone must
// still reach every view that names customers.
test('pareto: a customer renamed in the table is named so in the flags and the top shares', async () => {
  const { page, errors } = await openPage(browser, server.base);
  await importList(page, 'concentration.csv', CSV, 'Pareto and concentration');
  const topShares = page.locator('figure[data-chart="concentration"] table.top-shares tbody th[scope="row"]');
  await topShares.filter({ hasText: /^Atlas$/ }).waitFor();
  const flags = page.locator('ul.flags li.flag');
  assert.match(await flags.first().textContent(), /Atlas/);

  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  const name = page.locator('table.customers input[id$="-name"]').filter({ hasText: '' });
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('Atlas');
  const atlas = page.locator('table.customers input[id$="-name"]');
  await page.waitForFunction(() => {
    const names = document.querySelectorAll('table.customers input[id$="-name"]');
    return names.length === 1 && names[0].value === 'Atlas';
  });
  await atlas.fill('Atlas Holdings');
  await atlas.press('Tab');
  await page.getByRole('button', { name: 'Pareto and concentration', exact: true }).click();
  await topShares.filter({ hasText: /^Atlas Holdings$/ }).waitFor();
  assert.equal(await topShares.first().textContent(), 'Atlas Holdings', 'the largest share, renamed');
  assert.match(await flags.first().textContent(), /Atlas Holdings/);
  assert.equal(await topShares.filter({ hasText: /^Atlas$/ }).count(), 0, 'the old name is gone');
  assert.deepEqual(errors, []);
});
