// The lifetime view: the calculators and the cohort table open on the list's own figures (the
// demo list, and a small list whose figures are worked out by hand below); one click shows the
// seeds' worked examples, which they reproduce (Hughes's cohort under both discount-factor
// conventions); a year can be added, and a bad input is refused at the field. Drives the
// release build in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, drawn, reloadSaved } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value shown by the Figure whose label is exactly `label`. */
function figure(page, label) {
  return page.locator('.figure')
    .filter({ has: page.locator('.figure-label', { hasText: new RegExp(`^${escape(label)}$`) }) })
    .locator('.figure-value');
}

/** The data cells of the row headed exactly `header` in `table`. */
function rowCells(table, header) {
  return table.locator('tr')
    .filter({ has: table.page().locator('th', { hasText: new RegExp(`^${escape(header)}$`) }) })
    .locator('td');
}

/** Shows the worked example in the calculator (region or group) named `name`. */
async function useExample(page, name, role = 'region') {
  const box = page.getByRole(role, { name, exact: true });
  await box.getByRole('button', { name: 'Use the worked example' }).click();
  await box.getByText(/^Shown: the worked example: /).waitFor();
}

test('lifetime view: cohort table, calculators, churn, adding a year, field validation', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Lifetime', exact: true }).click();
  await page.getByRole('heading', { name: 'Lifetime', level: 2 }).waitFor();
  await drawn(page);

  // Every calculator opens on the demo list's figures and says so. The two firms: the list's
  // 252 current customers at the churn measured from its former customers (28 lost of the 250
  // at the start of 2024, 11.2 %) lose 28 a year, in whole customers 11.1 %; the demo's churn
  // to compare with is 10 %: firm B loses 25 (9.9 %).
  const firmsBox = page.getByRole('group', { name: 'Two firms compared', exact: true });
  await firmsBox.getByText('Shown: the figures of the list “Demo customers”: ', { exact: false }).waitFor();
  assert.equal(await firmsBox.getByText(/No churn to compare with is set/).count(), 0);
  const demoFirms = page.getByRole('table', { name: 'Churn, lifetime and replacement need of firms A and B' });
  assert.deepEqual(await rowCells(demoFirms, 'New customers needed').allTextContents(), ['28 a year', '25 a year']);
  assert.deepEqual(await rowCells(demoFirms, 'Churn').allTextContents(), ['11.1 %', '9.9 %']);
  for (const name of ['Lifetime value of one customer', 'Lifetime by age: the ceiling and the expected years',
    'Closed form with constant retention', 'Cohort lifetime value table']) {
    await page.getByRole('region', { name, exact: true }).getByText('Shown: the figures of the list “Demo customers”: ', { exact: false }).waitFor();
  }
  const cohort = page.getByRole('table', { name: /^Cohort lifetime value table/ });
  await cohort.waitFor();
  // A cohort as large as the list's 252 customers, for the group lifetime 1 ÷ 11.2 % = 8.9
  // years, so 9.
  assert.equal((await rowCells(cohort, 'Customers').allTextContents())[0], '252');
  assert.equal(await rowCells(cohort, 'Revenue').count(), 9);

  // Cohort table: Hughes's example, one click away, exact discount factor by default.
  await useExample(page, 'Cohort lifetime value table');
  assert.deepEqual(await rowCells(cohort, 'Customers').allTextContents(), ['100,000', '60,000', '42,000']);
  assert.deepEqual(await rowCells(cohort, 'Revenue').allTextContents(), ['16,200,000', '14,250,000', '12,600,000']);
  assert.deepEqual(await rowCells(cohort, 'Profit').allTextContents(), ['−640,000', '3,787,500', '3,570,000']);
  assert.deepEqual(await rowCells(cohort, 'Discount factor').allTextContents(), ['1.0000', '1.1600', '1.3456']);
  assert.deepEqual(await rowCells(cohort, 'Lifetime value (LTV_t)').allTextContents(), ['−6.40', '26.25', '52.78']);
  await page.getByText('The acquisition year loses money: profit in year 1 is −€640,000.00.').waitFor();
  await page.getByText('A customer who leaves after year 1 costs €6.40 (−LTV of year 1).').waitFor();
  assert.equal(await page.getByRole('table', { name: 'LTV gained per point of retention' }).locator('tbody tr').count(), 4);

  // Hughes's printed, rounded factors.
  const rounding = page.getByRole('combobox', { name: 'Discount factor' });
  await rounding.selectOption('two_decimals');
  await page.waitForFunction(() => document.querySelector('table.cohort')?.textContent.includes('52.70'));
  assert.deepEqual(await rowCells(cohort, 'Discount factor').allTextContents(), ['1.00', '1.16', '1.35']);
  assert.deepEqual(await rowCells(cohort, 'Lifetime value (LTV_t)').allTextContents(), ['−6.40', '26.25', '52.70']);
  assert.deepEqual(await rowCells(cohort, 'Revenue').allTextContents(), ['16,200,000', '14,250,000', '12,600,000']);
  await rounding.selectOption('exact');
  await page.waitForFunction(() => document.querySelector('table.cohort')?.textContent.includes('52.78'));

  // Individual LTV: the 30-year-old (100 a purchase, 2 a month, 20 years), and the closed forms.
  await useExample(page, 'Lifetime value of one customer');
  await useExample(page, 'Closed form with constant retention');
  await useExample(page, 'Lifetime by age: the ceiling and the expected years');
  assert.equal(await figure(page, 'Profit a year').textContent(), '€2,400.00');
  assert.equal(await figure(page, 'Lifetime value, undiscounted').textContent(), '€48,000.00');
  assert.equal(await figure(page, 'Lifetime value, discounted').textContent(), '€25,448.64');
  assert.equal(await figure(page, 'First year counted: m(1 + d) ÷ (1 + d − r)').textContent(), '€366.67');
  assert.equal(await figure(page, 'From the first renewal: m·r ÷ (1 + d − r)').textContent(), '€266.67');
  assert.equal(await figure(page, 'Every year discounted: m ÷ (1 + d − r)').textContent(), '€333.33');
  // Lifetime by age: 20-year-old at 500 against 70-year-old at 1,000. The seed's figure is the
  // ceiling, loyalty left aside: 60 × 500 and 10 × 1,000.
  assert.equal(await figure(page, 'First customer: lifespan ceiling').textContent(), '€30,000.00');
  assert.equal(await figure(page, 'Second customer: lifespan ceiling').textContent(), '€10,000.00');
  // Loyalty counted at churn 20 %: (1 − 0.8^10) ÷ 0.2 = 4.463129088 years at 70, and
  // (1 − 0.8^60) ÷ 0.2 = 4.9999923 years at 20 (shown 5.00); × the value a year.
  assert.equal(await figure(page, 'Second customer: expected remaining years').textContent(), '4.46 years');
  assert.equal(await figure(page, 'First customer: expected remaining years').textContent(), '5.00 years');
  assert.equal(await figure(page, 'Second customer: expected value').textContent(), '€4,463.13');
  assert.equal(await figure(page, 'First customer: expected value').textContent(), '€2,500.00');
  await page.locator('summary[aria-label="How is “Second customer: expected remaining years” computed?"]').click();
  await page.getByText('with L = 10.00 years and churn 20.0 %: 4.4631 years.').waitFor();
  // 30,000 ÷ 10,000 = 3.0 by the ceiling; 2,499.996 ÷ 4,463.129 = 0.56 counting loyalty.
  await page.getByText('By the ceiling the first customer is worth 3.0 times the second; counting loyalty, 0.56 times.').waitFor();
  // Churn 0: nobody leaves, the expected years are the lifespan itself. The figures are the
  // user's own from then on, and the page says so.
  const churn = page.getByRole('textbox', { name: /^Churn a year of the two customers/ });
  await churn.fill('0');
  await churn.press('Tab');
  await page.getByRole('region', { name: 'Lifetime by age: the ceiling and the expected years' })
    .getByText('Shown: your own figures, as typed in the fields.').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.figure-value')].some((e) => e.textContent === '10.00 years'));
  assert.equal(await figure(page, 'Second customer: expected value').textContent(), '€10,000.00');

  // Purchases counted a year instead of a month: 24 a year gives the same 2,400.
  await page.getByLabel('Purchases counted').selectOption('year');
  await page.getByRole('textbox', { name: 'Purchases', exact: true }).fill('24');
  await page.getByRole('textbox', { name: 'Purchases', exact: true }).press('Tab');
  assert.equal(await figure(page, 'Profit a year').textContent(), '€2,400.00');

  // Churn: firms A and B.
  await useExample(page, 'Two firms compared', 'group');
  const firms = page.getByRole('table', { name: 'Churn, lifetime and replacement need of firms A and B' });
  assert.deepEqual(await rowCells(firms, 'Churn').allTextContents(), ['20.0 %', '10.0 %']);
  assert.deepEqual(await rowCells(firms, 'Group lifetime').allTextContents(), ['5.0 years', '10.0 years']);
  assert.deepEqual(await rowCells(firms, 'New customers needed').allTextContents(), ['20 a year', '10 a year']);
  await page.locator('.two-firms').getByText('The difference is 10 customers a year; at an acquisition cost of €100.00 each that is €1,000.00 more spent each year just to stand still.').waitFor();
  // Churn 0: unbounded, never a division by zero.
  await page.getByLabel('Firm B: customers lost in the year').fill('0');
  await page.getByLabel('Firm B: customers lost in the year').press('Tab');
  assert.deepEqual(await rowCells(firms, 'Group lifetime').allTextContents(), ['5.0 years', 'unbounded (no churn)']);

  // The list's churn against a benchmark: 252 customers × (11.2 % − 10 %) = 3.0 more a year.
  await page.getByRole('textbox', { name: /^Churn of a firm to compare with/ }).fill('10');
  await page.getByRole('textbox', { name: /^Churn of a firm to compare with/ }).press('Tab');
  await page.getByText(/The difference is 3\.0 customers a year/).first().waitFor();
  assert.equal(await figure(page, 'New customers needed to stay level').textContent(), '28.2 a year');

  // Retention budget: four segments with their actions; the budget goes to high and medium.
  const segments = page.getByRole('table', { name: 'LTV segments and the retention budget' });
  assert.equal(await segments.locator('tbody tr').count(), 4);
  await segments.getByText('Do not spend to keep them').waitFor();
  await page.getByRole('textbox', { name: /^Retention budget/ }).fill('10000');
  await page.getByRole('textbox', { name: /^Retention budget/ }).press('Tab');
  await segments.locator('tbody tr').first().locator('td').nth(3).filter({ hasNotText: '€0.00' }).waitFor();
  assert.equal(await segments.locator('tbody tr').last().locator('td').nth(3).textContent(), '€0.00');
  assert.ok(await page.getByRole('table', { name: 'Customers and profit per lifecycle stage' }).locator('tbody tr').count() >= 4);

  await page.getByRole('heading', { name: 'Lifetime', level: 2 }).scrollIntoViewIfNeeded();
  await screenshot(page, 'lifetime');

  // A bad cell is refused at the field and nothing changes.
  const cell = cohort.getByRole('textbox', { name: 'Retention rate, year 2' });
  assert.equal(await cell.inputValue(), '70');
  await cell.fill('150');
  await cell.press('Tab');
  await cohort.getByText('Not saved: expected a number from 0 to 100; found “150”.').waitFor();
  assert.equal(await cell.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await rowCells(cohort, 'Revenue').allTextContents(), ['16,200,000', '14,250,000', '12,600,000']);
  // So is a bad calculator input.
  const profit = page.getByRole('textbox', { name: 'Profit per purchase' });
  await profit.fill('lots');
  await profit.press('Tab');
  await page.locator('.calculator').getByText('Not saved: expected a number from −1,000,000,000 to 1,000,000,000; found “lots”.').waitFor();
  assert.equal(await profit.getAttribute('aria-invalid'), 'true');
  assert.equal(await figure(page, 'Profit a year').textContent(), '€2,400.00');
  // A good value clears the error.
  await cell.fill('75');
  await cell.press('Tab');
  assert.equal(await cell.getAttribute('aria-invalid'), 'false');
  assert.deepEqual(await rowCells(cohort, 'Customers').allTextContents(), ['100,000', '60,000', '45,000']);
  await cell.fill('70');
  await cell.press('Tab');

  // Add a year: a fourth column, computed from a copy of year 3; it survives a reload.
  await page.getByRole('button', { name: 'Add a year' }).click();
  await cohort.getByRole('columnheader', { name: 'Year 4' }).waitFor();
  assert.equal(await rowCells(cohort, 'Revenue').count(), 4);
  assert.equal((await rowCells(cohort, 'Customers').allTextContents())[3], '33,600');
  assert.equal(await cohort.getByRole('textbox', { name: 'Retention rate, year 4' }).inputValue(), '80');
  await reloadSaved(page);
  await cohort.getByRole('columnheader', { name: 'Year 4' }).waitFor();
  await page.getByRole('button', { name: 'Remove the last year' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.cohort thead th').length === 4);
  assert.equal(await rowCells(cohort, 'Revenue').count(), 3);

  assert.deepEqual(errors, []);
  await context.close();
});

// A small list whose figures are worked out by hand. Churn 50 % a year (group lifetime 2
// years), a churn of 25 % to compare with, discount rate 8 % (first year undiscounted), outreach
// spend 1,000 for 4 new customers: an average acquisition cost of 250.
// - Ana, 30 years old: revenue 1,000 at a 50 % margin, service 100, acquisition 200, 4 purchases;
// - Binh, 60 years old: revenue 3,000 at 40 %, service 300, acquisition 400, 8 purchases;
// - Cedar Ltd, an organisation: revenue 2,000 at 25 %, service 200, acquisition 600;
// - Dora: no revenue, service 1,000, acquisition 5,000: not rated, in no average below.
// Averages over the three with a revenue: revenue 6,000 ÷ 3 = 2,000; gross profit (500 + 1,200
// + 500) ÷ 3 = 733.33, less service (100 + 300 + 200) ÷ 3 = 200 → 533.33 a year before
// acquisition cost; purchases (4 + 8) ÷ 2 = 6 a year; acquisition (200 + 400 + 600) ÷ 3 = 400.
const SMALL = {
  schema: 1,
  app: 'value-pyramid',
  list: {
    id: 'four',
    name: 'Four customers',
    customers: [
      { id: 'A', name: 'Ana', age: 30, revenue_per_year: 1000, gross_margin: 0.5, service_cost: 100, acquisition_cost: 200, purchases_per_year: 4 },
      { id: 'B', name: 'Binh', age: 60, revenue_per_year: 3000, gross_margin: 0.4, service_cost: 300, acquisition_cost: 400, purchases_per_year: 8 },
      { id: 'C', name: 'Cedar Ltd', size_band: 'small', revenue_per_year: 2000, gross_margin: 0.25, service_cost: 200, acquisition_cost: 600 },
      { id: 'D', name: 'Dora', service_cost: 1000, acquisition_cost: 5000 },
    ],
    settings: {
      churn_rate: 0.5,
      benchmark_churn_rate: 0.25,
      new_customers: 4,
      spend_lines: [{ name: 'Ads', kind: 'advertising', amount: 1000 }],
    },
  },
};

test('lifetime view: the calculators open on the list\'s own figures', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByLabel('Import a CSV or JSON file').setInputFiles({
    name: 'four.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(SMALL)),
  });
  await page.getByText('Imported the list “Four customers” with 4 entries.').first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Lifetime', exact: true }).click();
  await page.getByRole('heading', { name: 'Lifetime', level: 2 }).waitFor();
  await drawn(page);
  const shownList = 'Shown: the figures of the list “Four customers”: ';

  // One customer: 533.33 a year (88.89 a purchase × 6) for 2 years: 1,066.67 undiscounted,
  // 533.33 × (1 + 1 ÷ 1.08) = 1,027.16 discounted.
  const individual = page.getByRole('region', { name: 'Lifetime value of one customer' });
  await individual.getByText(shownList, { exact: false }).waitFor();
  assert.equal(await figure(page, 'Profit a year').textContent(), '€533.33');
  assert.equal(await figure(page, 'Lifetime value, undiscounted').textContent(), '€1,066.67');
  assert.equal(await figure(page, 'Lifetime value, discounted').textContent(), '€1,027.16');
  // Closed forms: m = 533.33, r = 1 − 50 % = 0.5, d = 0.08, so 1 + d − r = 0.58:
  // 533.33 × 1.08 ÷ 0.58 = 993.10; 533.33 × 0.5 ÷ 0.58 = 459.77; 533.33 ÷ 0.58 = 919.54.
  assert.equal(await figure(page, 'First year counted: m(1 + d) ÷ (1 + d − r)').textContent(), '€993.10');
  assert.equal(await figure(page, 'From the first renewal: m·r ÷ (1 + d − r)').textContent(), '€459.77');
  assert.equal(await figure(page, 'Every year discounted: m ÷ (1 + d − r)').textContent(), '€919.54');
  // By age: the consumers with an age and a revenue are Ana (30, gross profit 500) and Binh
  // (60, 1,200); Cedar Ltd is an organisation and Dora has no revenue. Ceilings at life
  // expectancy 80: (80 − 30) × 500 = 25,000 and (80 − 60) × 1,200 = 24,000.
  assert.equal(await figure(page, 'First customer: lifespan ceiling').textContent(), '€25,000.00');
  assert.equal(await figure(page, 'Second customer: lifespan ceiling').textContent(), '€24,000.00');

  // Two firms: the list's 4 customers at 50 % lose 2; at the 25 % compared with, 1; one more a
  // year at the list's acquisition cost of 250 = 250 — the same as the sentence on the list's
  // churn above, so the two no longer contradict each other.
  const firms = page.getByRole('table', { name: 'Churn, lifetime and replacement need of firms A and B' });
  assert.deepEqual(await rowCells(firms, 'Churn').allTextContents(), ['50.0 %', '25.0 %']);
  assert.deepEqual(await rowCells(firms, 'New customers needed').allTextContents(), ['2 a year', '1 a year']);
  const spend = 'The difference is 1 customer a year; at an acquisition cost of €250.00 each that is €250.00 more spent each year just to stand still.';
  await page.locator('.two-firms').getByText(spend).waitFor();
  await page.getByText(spend).first().waitFor();
  assert.equal(await page.getByText(spend).count(), 2);

  // Cohort: 4 customers, retention 50 % (4, 2, 1), 6 orders of 333.33 = 2,000 a customer
  // (revenue 8,000, 4,000, 2,000), cost rate 1 − 2,200 ÷ 6,000 = 63.33 %, marketing 400 + 200 =
  // 600 in year 1 and 200 later: profit 8,000 − 5,066.67 − 2,400 = 533; 4,000 − 2,533.33 − 400
  // = 1,067; 2,000 − 1,266.67 − 200 = 533. Three years (the group lifetime 2, raised to 3),
  // i = 8 % with rf = 1: LTV 533.33 ÷ 4 = 133.33; (533.33 + 1,066.67 ÷ 1.08) ÷ 4 = 380.25;
  // (… + 533.33 ÷ 1.1664) ÷ 4 = 494.56.
  const cohort = page.getByRole('table', { name: /^Cohort lifetime value table/ });
  await page.getByRole('region', { name: 'Cohort lifetime value table' }).getByText(shownList, { exact: false }).waitFor();
  assert.deepEqual(await rowCells(cohort, 'Customers').allTextContents(), ['4', '2', '1']);
  assert.deepEqual(await rowCells(cohort, 'Revenue').allTextContents(), ['8,000', '4,000', '2,000']);
  assert.deepEqual(await rowCells(cohort, 'Profit').allTextContents(), ['533', '1,067', '533']);
  assert.deepEqual(await rowCells(cohort, 'Lifetime value (LTV_t)').allTextContents(), ['133.33', '380.25', '494.56']);
  assert.equal(await cohort.getByRole('textbox', { name: 'Retention rate, year 1' }).inputValue(), '50');
  // The example is one click away, and back.
  await useExample(page, 'Cohort lifetime value table');
  assert.deepEqual(await rowCells(cohort, 'Customers').allTextContents(), ['100,000', '60,000', '42,000']);
  await page.getByRole('region', { name: 'Cohort lifetime value table' }).getByRole('button', { name: 'Use this list\'s figures' }).click();
  await page.waitForFunction(() => document.querySelector('table.cohort td.num')?.textContent === '4');
  // Editing a cell makes the table the user's own, said as such; the other cells keep the
  // list's figures.
  const cell = cohort.getByRole('textbox', { name: 'Retention rate, year 1' });
  await cell.fill('75');
  await cell.press('Tab');
  await page.getByRole('region', { name: 'Cohort lifetime value table' }).getByText('Shown: your own figures, as typed in the fields.').waitFor();
  // 4 × 75 % = 3, then 3 × 50 % = 1.5, shown without decimals.
  assert.deepEqual(await rowCells(cohort, 'Customers').allTextContents(), ['4', '3', '2']);

  // No customer has a lifecycle stage: no chart of zeros, but how to give them one.
  await page.getByText('No customer of this list has a lifecycle stage, so there is no profit by stage to draw.', { exact: false }).waitFor();
  assert.equal(await page.locator('figure[data-chart="lifetime-profit"]').count(), 0);

  // Dora has no revenue: no LTV, in no segment, and the page counts her.
  const segments = page.getByRole('table', { name: 'LTV segments and the retention budget' });
  const counts = (await segments.locator('tbody tr td:first-of-type').allTextContents()).map(Number);
  assert.equal(counts.reduce((a, b) => a + b, 0), 3);
  await page.getByText('1 customer without a revenue has no lifetime value', { exact: false }).waitFor();

  // On Economics her profit is "not rated", not her costs alone (−1,000 − 5,000).
  await page.getByRole('button', { name: 'Economics', exact: true }).click();
  const ranking = page.getByRole('table', { name: 'Customers by annual profit' });
  const dora = ranking.locator('tr').filter({ has: page.locator('th', { hasText: /^Dora$/ }) });
  assert.equal(await dora.locator('td').nth(3).textContent(), 'not rated');

  assert.deepEqual(errors, []);
  await context.close();
});
