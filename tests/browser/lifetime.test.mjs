// The lifetime view on the demo list: the cohort table reproduces Hughes's example under both
// discount-factor conventions, the calculators their worked examples, a year can be added, and
// a bad input is refused at the field. Drives the release build in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from './helpers.mjs';

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

test('lifetime view: cohort table, calculators, churn, adding a year, field validation', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Lifetime', exact: true }).click();
  await page.getByRole('heading', { name: 'Lifetime', level: 2 }).waitFor();

  // Cohort table: Hughes's example, exact discount factor by default.
  const cohort = page.getByRole('table', { name: /^Cohort lifetime value table/ });
  await cohort.waitFor();
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
  await rounding.selectOption('rounded');
  await page.waitForFunction(() => document.querySelector('table.cohort')?.textContent.includes('52.70'));
  assert.deepEqual(await rowCells(cohort, 'Discount factor').allTextContents(), ['1.00', '1.16', '1.35']);
  assert.deepEqual(await rowCells(cohort, 'Lifetime value (LTV_t)').allTextContents(), ['−6.40', '26.25', '52.70']);
  assert.deepEqual(await rowCells(cohort, 'Revenue').allTextContents(), ['16,200,000', '14,250,000', '12,600,000']);
  await rounding.selectOption('exact');
  await page.waitForFunction(() => document.querySelector('table.cohort')?.textContent.includes('52.78'));

  // Individual LTV: the 30-year-old of DOMAIN §12, and the closed forms.
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
  // Churn 0: nobody leaves, the expected years are the lifespan itself.
  const churn = page.getByRole('textbox', { name: /^Churn a year of the two customers/ });
  await churn.fill('0');
  await churn.press('Tab');
  await page.waitForFunction(() => [...document.querySelectorAll('.figure-value')].some((e) => e.textContent === '10.00 years'));
  assert.equal(await figure(page, 'Second customer: expected value').textContent(), '€10,000.00');

  // Purchases counted a year instead of a month: 24 a year gives the same 2,400.
  await page.getByLabel('Purchases counted').selectOption('year');
  await page.getByRole('textbox', { name: 'Purchases', exact: true }).fill('24');
  await page.getByRole('textbox', { name: 'Purchases', exact: true }).press('Tab');
  assert.equal(await figure(page, 'Profit a year').textContent(), '€2,400.00');

  // Churn: firms A and B.
  const firms = page.getByRole('table', { name: 'Churn, lifetime and replacement need of firms A and B' });
  assert.deepEqual(await rowCells(firms, 'Churn').allTextContents(), ['20.0 %', '10.0 %']);
  assert.deepEqual(await rowCells(firms, 'Group lifetime').allTextContents(), ['5.0 years', '10.0 years']);
  assert.deepEqual(await rowCells(firms, 'New customers needed').allTextContents(), ['20 a year', '10 a year']);
  await page.locator('.two-firms').getByText('The difference is 10 customers a year; at an acquisition cost of €100.00 each that is €1,000.00 more spent each year just to stand still.').waitFor();
  // Churn 0: unbounded, never a division by zero.
  await page.getByLabel('Firm B: customers lost in the year').fill('0');
  await page.getByLabel('Firm B: customers lost in the year').press('Tab');
  assert.deepEqual(await rowCells(firms, 'Group lifetime').allTextContents(), ['5.0 years', 'unbounded (no churn)']);

  // The list's churn against a benchmark: 280 customers × (20 % − 10 %) = 28 more a year.
  await page.getByRole('textbox', { name: /^Churn of a firm to compare with/ }).fill('10');
  await page.getByRole('textbox', { name: /^Churn of a firm to compare with/ }).press('Tab');
  await page.getByText(/The difference is 28 customers a year/).first().waitFor();
  assert.equal(await figure(page, 'New customers needed to stay level').textContent(), '56 a year');

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
  await page.reload();
  await cohort.getByRole('columnheader', { name: 'Year 4' }).waitFor();
  await page.getByRole('button', { name: 'Remove the last year' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.cohort thead th').length === 4);
  assert.equal(await rowCells(cohort, 'Revenue').count(), 3);

  assert.deepEqual(errors, []);
  await context.close();
});
