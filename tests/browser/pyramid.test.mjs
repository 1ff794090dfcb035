// The pyramid and ratings view on a small list whose numbers are worked out by hand
// (tiers, ratings, profiles). Drives the release build in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, importList, screenshot, drawn, reloadSaved } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Revenue 1000 … 100, margin 50 %, own service cost, no acquisition spend:
// profit = revenue × 0.5 − service cost.
//   C01 400, C02 80, C03 300, C04 250, C05 200, C06 150, C07 140, C08 100, C09 60, C10 −30
// Total revenue 5,500; total profit 1,650 = 1,680 from the profitable customers − 30 (C10).
// Ranked by profit: C01 C03 | C04 C05 C06 | C07 C08 C02 C09 C10 (default cuts 20/30/50 → 2/3/5)
//   revenue 1,800 / 1,800 / 1,900 → 32.7 % / 32.7 % / 34.5 %
//   profit shares are of the 1,680 earned (positive profits only), C10's loss stated apart:
//   700 / 600 / (140 + 100 + 80 + 60 = 380) → 41.7 % / 35.7 % / 22.6 %; losses none / none / −30 (1)
const SERVICE = [100, 370, 100, 100, 100, 100, 60, 50, 40, 80];
const REGION = ['North', 'South', 'North', 'North', 'South', 'South', 'South', 'North', 'South', 'South'];
const CSV = [
  'customer_id,name,revenue,margin,service_cost,region',
  ...SERVICE.map((s, i) => `C${String(i + 1).padStart(2, '0')},Customer ${i + 1},${1000 - 100 * i},0.5,${s},${REGION[i]}`),
].join('\n');

/** The body cells of a table, row by row, as text. */
function cells(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
}

const column = (rows, k) => rows.map((r) => r[k]);

test('tier table, ratings, lists and scheme changes on a hand-computed list', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'pyramid.csv', CSV, 'Pyramid and ratings');
  await page.getByRole('heading', { name: 'Pyramid and ratings', level: 2 }).waitFor();
  await drawn(page);

  // Tier table with the default cuts.
  let tiers = await cells(page, 'table.tier-table');
  assert.deepEqual(column(tiers, 0), ['Large potential', 'Medium potential', 'Small potential']);
  assert.deepEqual(column(tiers, 1), ['2', '3', '5']);
  assert.deepEqual(column(tiers, 2), ['20.0 %', '30.0 %', '50.0 %']);
  assert.deepEqual(column(tiers, 3), ['32.7 %', '32.7 %', '34.5 %']);
  assert.deepEqual(column(tiers, 4), ['41.7 %', '35.7 %', '22.6 %']);
  assert.deepEqual(column(tiers, 5), ['none', 'none', '−€30.00 (1 losing money)']);
  assert.equal(tiers[0][6], '€300.00 to €400.00');
  assert.equal(await page.getByTestId('pyramid-rule').textContent(),
    'By profit, ranked: Large potential = top 20 %; Medium potential = next 30 %; Small potential = last 50 %.');
  await page.locator('figure.chart[data-chart="pyramid"] figcaption').waitFor();

  // Ratings A–D: 20/30/30/20 of 10.
  let ratings = await cells(page, 'table.rating-table');
  assert.deepEqual(column(ratings, 0), ['A', 'B', 'C', 'D']);
  assert.deepEqual(column(ratings, 1), ['2', '3', '3', '2']);

  // Profile of the top tier: both customers in North, 4 of 10 in the list → lift 2.5.
  const top = await cells(page, '.tier-profile:first-of-type table.lifts');
  assert.deepEqual(top[0], ['region', 'North', '100.0 % (2)', '40.0 % (4)', '2.50 ×']);

  // Bottom tier, negative profit, migration.
  await page.getByTestId('bottom-suggestion').getByText('Stop spending outreach').waitFor();
  assert.deepEqual(await cells(page, 'table.negative'), [['Customer 10', 'C10', '−€30.00', 'Small potential']]);
  const migration = await cells(page, 'table.migration');
  // C04 (250) needs the lowest profit of the top tier (C03, 300): 50 more profit = 100 more revenue at 50 %.
  assert.deepEqual(migration[0], ['Customer 4', 'Medium potential → Large potential', '€250.00', '€300.00', '€50.00', '€100.00', 'no category spend']);
  assert.equal(migration.length, 3 + 5);

  // Weighted pyramids side by side: the two defaults, then one more.
  const sideHead = () => page.locator('table.side-by-side thead th').allTextContents();
  assert.deepEqual(await sideHead(), ['Tier', 'Profit value', 'Potential value']);
  // Nobody in this list has growth, purchases a year or collection days: "Potential value" has
  // no data, says so, and shows no tiers (issue 12 point 8), never "0.000 to 0.000".
  assert.deepEqual(column(await cells(page, 'table.side-by-side'), 2), ['—', '—', '—']);
  const potential = page.locator('ul.rules li').filter({ hasText: /^Potential value: / });
  const potentialText = await potential.textContent();
  assert.ok(potentialText.startsWith('Potential value: No customer has a value that tells customers apart on any indicator it weighs ('), potentialText);
  assert.ok(potentialText.includes('growth (from the list): no customer has it'), potentialText);
  assert.ok(potentialText.includes('there is no data to rank on, so no tiers are shown.'), potentialText);
  await page.getByRole('button', { name: 'Add a weighted pyramid' }).click();
  assert.deepEqual(await sideHead(), ['Tier', 'Profit value', 'Potential value', 'Pyramid 3']);
  assert.equal((await cells(page, 'table.side-by-side'))[0][3], '2 (32.7 % revenue, 41.7 % profit)');

  // Rating scale 1–5: equal shares → 2 each.
  await page.getByRole('combobox', { name: 'Rating scale' }).selectOption({ label: '5 (best) to 1' });
  ratings = await cells(page, 'table.rating-table');
  assert.deepEqual(column(ratings, 0), ['5', '4', '3', '2', '1']);
  assert.deepEqual(column(ratings, 1), ['2', '2', '2', '2', '2']);
  assert.match(await page.getByTestId('rating-rule').textContent(), /^By profit, ranked: 5 = top 20 %; 4 = next 20 %/);

  // Pyramid by thresholds: prefilled with the current cut values, then 250 and 100.
  await page.getByRole('combobox', { name: 'Cut the pyramid by' }).selectOption('thresholds');
  const topField = page.getByRole('textbox', { name: 'Lowest value in “Large potential” (money a year)' });
  const middleField = page.getByRole('textbox', { name: 'Lowest value in “Medium potential” (money a year)' });
  assert.equal(await topField.inputValue(), '300');
  assert.equal(await middleField.inputValue(), '150');
  assert.deepEqual(column(await cells(page, 'table.tier-table'), 1), ['2', '3', '5']);
  await topField.fill('250');
  await topField.press('Enter');
  await middleField.fill('100');
  await middleField.press('Enter');
  // Profit ≥ 250: C01 C03 C04; 100 ≤ profit < 250: C05 C06 C07 C08; below: C02 C09 C10.
  tiers = await cells(page, 'table.tier-table');
  assert.deepEqual(column(tiers, 1), ['3', '4', '3']);
  assert.deepEqual(column(tiers, 3), ['45.5 %', '32.7 %', '21.8 %']); // 2,500 / 1,800 / 1,200 of 5,500
  assert.equal(await page.getByTestId('pyramid-rule').textContent(),
    'By profit, with thresholds: Large potential = €250.00 or more; Medium potential = €100.00 up to below €250.00; Small potential = below €100.00.');

  // A threshold out of order is refused at the field and not stored.
  await topField.fill('50');
  await topField.press('Enter');
  await page.locator('.field-error').getByText('Not saved: this threshold must be at least the one of the next tier (100).').waitFor();
  assert.equal(await topField.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(column(await cells(page, 'table.tier-table'), 1), ['3', '4', '3']);
  await topField.fill('250');
  await topField.press('Enter');
  assert.equal(await topField.getAttribute('aria-invalid'), 'false');

  // Shares that add up to more than 100 % are refused too.
  await page.getByRole('combobox', { name: 'Cut the pyramid by' }).selectOption('shares');
  const shareTop = page.getByRole('textbox', { name: 'Share of customers in “Large potential” (%)' });
  await shareTop.fill('80');
  await shareTop.press('Enter');
  await page.locator('.field-error').getByText('Not saved: the two shares would add up to 110 %; together they can be at most 100 %.').waitFor();
  await shareTop.fill('40');
  await shareTop.press('Enter');
  assert.deepEqual(column(await cells(page, 'table.tier-table'), 1), ['4', '3', '3']);

  // The changes are saved with the list.
  await reloadSaved(page);
  await page.getByRole('heading', { name: 'Pyramid and ratings', level: 2 }).waitFor();
  await drawn(page);
  assert.deepEqual(column(await cells(page, 'table.tier-table'), 1), ['4', '3', '3']);
  assert.deepEqual(column(await cells(page, 'table.rating-table'), 1), ['2', '2', '2', '2', '2']);

  await page.evaluate(() => document.getElementById('pyramid-title').scrollIntoView());
  await screenshot(page, 'pyramid');
  assert.deepEqual(errors, []);
  await context.close();
});

// Segmentation by revenue and by profit, each cut 2 / 3 / 5 by rank (the pyramid's shares):
//   revenue: C01 C02 | C03 C04 C05 | C06 … C10;  profit: C01 C03 | C04 C05 C06 | C07 C08 C02 C09 C10
//   Profit shares are of the 1,680 earned by the profitable customers; C10's −30 is its
//   segment's loss, stated in the last column.
//   bottom·bottom C07 C08 C09 C10: revenue 1,000 (18.2 %), profit 140 + 100 + 60 = 300 (17.9 %)
//   middle·middle C04 C05: 1,300 (23.6 %), 450 (26.8 %)
//   then one customer each, by level: C01 top·top 1,000 / 400 (23.8 %); C02 top·bottom 900 / 80
//   (4.8 %); C03 middle·top 800 / 300 (17.9 %); C06 bottom·middle 500 / 150 (8.9 %).
test('single-indicator segmentation on a hand-computed list', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'pyramid.csv', CSV, 'Pyramid and ratings');
  await page.getByRole('heading', { name: 'Single-indicator segmentation', level: 3 }).waitFor();
  const segments = () => cells(page, 'table.segments');
  assert.deepEqual(await segments(), [
    ['Revenue: bottom · Profit: bottom', '4', '18.2 %', '17.9 %', '−€30.00 (1 losing money)'],
    ['Revenue: middle · Profit: middle', '2', '23.6 %', '26.8 %', 'none'],
    ['Revenue: top · Profit: top', '1', '18.2 %', '23.8 %', 'none'],
    ['Revenue: top · Profit: bottom', '1', '16.4 %', '4.8 %', 'none'],
    ['Revenue: middle · Profit: top', '1', '14.5 %', '17.9 %', 'none'],
    ['Revenue: bottom · Profit: middle', '1', '9.1 %', '8.9 %', 'none'],
  ]);

  // One indicator: the three levels of the pyramid's shares.
  await page.getByRole('button', { name: 'Remove indicator 2 of “Segmentation”' }).click();
  assert.deepEqual((await segments()).map((r) => r.slice(0, 2)), [
    ['Revenue: bottom', '5'], ['Revenue: middle', '3'], ['Revenue: top', '2']]);

  // At most three indicators; none leaves a note instead of the table.
  const add = page.getByRole('button', { name: 'Add an indicator to “Segmentation”' });
  await add.click();
  await add.click();
  assert.equal(await add.isDisabled(), true);
  for (let k = 3; k >= 1; k -= 1) {
    await page.getByRole('button', { name: `Remove indicator ${k} of “Segmentation”` }).click();
  }
  await page.getByText('Choose at least one indicator to see the segments.').waitFor();
  assert.equal(await page.locator('table.segments').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('weighted pyramid and scorecard editors change the results', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'pyramid.csv', CSV, 'Pyramid and ratings');
  await page.getByRole('heading', { name: 'Pyramid and ratings', level: 2 }).waitFor();
  await drawn(page);

  // Weighted pyramid "Profit value" ranked by revenue only, lower is better: the smallest buyers lead.
  await page.getByText('Edit the weighted pyramid “Profit value”').click();
  await page.getByRole('button', { name: 'Remove indicator 1 of “Profit value”' }).click();
  assert.equal(await page.locator('table.components').first().locator('tbody tr').count(), 1);
  await page.getByRole('checkbox', { name: 'Lower is better for indicator 1 of “Profit value”' }).check();
  // Top 2 by lowest revenue: C10 (100) and C09 (200) → 300 of 5,500 revenue; profit: C09's 60
  // of the 1,680 earned = 3.6 %, C10's −30 stated as a loss, never a negative share.
  assert.equal((await cells(page, 'table.side-by-side'))[0][1],
    '2 (5.5 % revenue, 3.6 % profit) Losses: −€30.00 (1 losing money).');
  const weight = page.getByRole('textbox', { name: 'Weight of indicator 1 of “Profit value”' });
  await weight.fill('-1');
  await weight.press('Enter');
  await page.locator('.field-error').getByText('Not saved: expected a number from 0 to 1,000,000; found “-1”.').waitFor();

  // Ratings by the scorecard score.
  await page.getByRole('combobox', { name: 'Rate customers by' }).selectOption({ label: 'scorecard score' });
  await page.getByTestId('rating-rule').getByText('By scorecard score, ranked').waitFor();
  // Scorecard distribution counts every customer once.
  const bins = await cells(page, 'table.distribution');
  assert.equal(bins.length, 10);
  assert.equal(bins.reduce((s, r) => s + Number(r[1]), 0), 10);
  assert.equal(await page.locator('table.top-scores tbody tr').count(), 10);
  // Nobody in the list has the Customer aspect's indicators (growth, size, outlook): it is left
  // out and its weight shared, 0.3 / 0.2 / 0.25 of 0.75 = 40 % / 26.7 % / 33.3 %, and said.
  assert.deepEqual(column(await cells(page, 'table.aspects'), 1), ['40.0 %', '26.7 %', '0.0 %', '33.3 %']);
  const notes = await page.getByTestId('scorecard-notes').locator('li').allTextContents();
  assert.equal(notes[0], 'Customer: no customer has a value for any of its indicators; its weight 0.25 is shared among the other aspects.');
  assert.ok(notes.includes('Service — satisfaction (from the list): no customer in the list has it; its weight 0.4 is shared among the other indicators.'));
  // Renaming an aspect shows in the results.
  await page.getByText('Edit the aspect “Financial”').click();
  const aspect = page.getByRole('textbox', { name: 'Name of the aspect' }).first();
  await aspect.fill('Money');
  await aspect.press('Enter');
  assert.equal((await cells(page, 'table.aspects'))[0][0], 'Money');
  assert.deepEqual(errors, []);
  await context.close();
});

// A tie at a cut point: the whole tie goes to the higher band. Margin 50 %, own service cost:
// profit = revenue × 0.5 − service cost.
//   C01 1000 → 400   C02 800 → 300   C03 700 → 250   C04 600 → 200   C05 180 → −10
//   C06  180 → −10   C07 160 → −20   C08 140 → −30   C09 120 → −40
//   C10 no revenue, service cost 50: its −50 is its costs alone, so it is not rated by profit
//   or revenue (no tier, not listed as losing money).
// Default cuts 20/30/50 of the 9 rated are 2 / 3 / 4 by rank (round(1.8) = 2, round(4.5) = 5),
// which would put C05 in Medium and C06, with the same −10, in Small; the whole tie goes to
// the higher tier: 2 / 4 / 3.
// Ratings A–D 20/30/30/20 of 9 (2 / 3 / 2 / 2 by rank: round(1.8), round(4.5), round(7.2))
// split the same tie between B and C: 2 / 4 / 1 / 2.
const TIE_REVENUE = ['1000', '800', '700', '600', '180', '180', '160', '140', '120', ''];
const TIE_CSV = [
  'customer_id,name,revenue,margin,service_cost',
  ...TIE_REVENUE.map((r, i) => `C${String(i + 1).padStart(2, '0')},Customer ${i + 1},${r},0.5,${i === 9 ? 50 : 100}`),
].join('\n');
const TIE_RULE = 'Customers with equal values always share a tier or rating: where a cut would split a tie, '
  + 'the whole tie goes to the higher one. Customers moved up for this reason: 1.';

test('a tie at a cut point stays in one tier; a customer without a value is not rated', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await importList(page, 'ties.csv', TIE_CSV, 'Pyramid and ratings');
  await page.getByRole('heading', { name: 'Pyramid and ratings', level: 2 }).waitFor();
  await drawn(page);

  const tiers = await cells(page, 'table.tier-table');
  assert.deepEqual(column(tiers, 1), ['2', '4', '3']);
  // Medium holds C03 250, C04 200 and both −10s; Small starts at −20. Losses stated apart:
  // Medium −10 − 10 = −20 (2); Small −20 − 30 − 40 = −90 (3); C10 (no revenue) is not rated.
  assert.equal(tiers[1][5], '−€20.00 (2 losing money)');
  assert.equal(tiers[2][5], '−€90.00 (3 losing money)');
  assert.equal(tiers[1][6], '−€10.00 to €250.00');
  assert.equal(tiers[2][6], '−€40.00 to −€20.00');
  assert.equal(await page.getByTestId('pyramid-ties').textContent(), TIE_RULE);
  await page.getByTestId('pyramid-not-rated').getByText('Not rated (1): these customers have no value for profit').waitFor();
  assert.deepEqual(await cells(page, '[data-testid="pyramid-not-rated"] table.not-rated'), [['Customer 10', 'C10']]);

  // Customer by customer: the negative-profit table names each one's tier (most negative
  // first, equal profits in list order). The two tied at −10 are both in Medium; C10, whose
  // revenue is unknown, is not among them.
  assert.deepEqual(await cells(page, 'table.negative'), [
    ['Customer 9', 'C09', '−€40.00', 'Small potential'],
    ['Customer 8', 'C08', '−€30.00', 'Small potential'],
    ['Customer 7', 'C07', '−€20.00', 'Small potential'],
    ['Customer 5', 'C05', '−€10.00', 'Medium potential'],
    ['Customer 6', 'C06', '−€10.00', 'Medium potential'],
  ]);

  // Ratings keep the same tie in B.
  assert.deepEqual(column(await cells(page, 'table.rating-table'), 1), ['2', '4', '1', '2']);
  assert.equal(await page.getByTestId('rating-ties').textContent(), TIE_RULE);

  // Migration: the best of Small (C07, −20) needs Medium's lowest, −10: must gain 10, extra
  // revenue 10 ÷ 0.5 = 20. C06 is not listed with a gap of 0: it is in Medium already.
  const migration = await cells(page, 'table.migration');
  assert.equal(migration.length, 4 + 3);
  assert.deepEqual(migration[0], ['Customer 3', 'Medium potential → Large potential', '€250.00', '€300.00', '€50.00', '€100.00', 'no category spend']);
  assert.deepEqual(migration[4], ['Customer 7', 'Small potential → Medium potential', '−€20.00', '−€10.00', '€10.00', '€20.00', 'no category spend']);
  assert.ok(column(migration, 4).every((gap) => gap !== '€0.00'));

  // By revenue: C10 has none, so it is not rated and listed apart. The 9 ranked are cut
  // 2 / 3 / 4 (round(1.8) = 2, round(4.5) = 5) and the tie at 180 (C05, C06) goes to Medium: 2 / 4 / 3.
  await page.getByRole('combobox', { name: 'Rank customers by' }).selectOption({ label: 'revenue' });
  await page.getByTestId('pyramid-rule').getByText('By revenue, ranked').waitFor();
  assert.deepEqual(column(await cells(page, 'table.tier-table'), 1), ['2', '4', '3']);
  assert.equal(await page.getByTestId('pyramid-ties').textContent(), TIE_RULE);
  await page.getByTestId('pyramid-not-rated').getByText('Not rated (1): these customers have no value for revenue').waitFor();
  assert.deepEqual(await cells(page, '[data-testid="pyramid-not-rated"] table.not-rated'), [['Customer 10', 'C10']]);
  assert.deepEqual((await cells(page, 'table.negative'))[0], ['Customer 9', 'C09', '−€40.00', 'Small potential']);

  // The Overview counts it in its warnings; Pareto says its curves are of the other 9.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.getByText('1 customer has no revenue: they are not rated by revenue or profit').waitFor();
  await page.getByRole('button', { name: 'Pareto and concentration', exact: true }).click();
  await page.getByTestId('pareto-not-rated')
    .getByText('1 customer has no revenue: they are not rated by revenue or profit, so the figures and curves below are of the other 9.')
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
