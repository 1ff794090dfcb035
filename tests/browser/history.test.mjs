// The purchase-history view as a user meets it: CDNOW_sample.txt exactly as shipped imported
// through the page, calibrated to 1997-09-30 in weeks, the three models fitted, the published
// BG/NBD estimates read off the page, charts, predictions into lists; and a malformed log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, screenshot, storedLists, parseCsv } from './helpers.mjs';
import { cdnowSample, openHistory, pickAndCheck, useGoodRows, calibrate, fit, readFit, simulatedLog } from './bench.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const within = (got, want, rel, what) =>
  assert.ok(Math.abs((got - want) / want) <= rel, `${what}: page shows ${got}, published ${want}`);


test('CDNOW sample: import, calibrate in weeks, fit, published BG/NBD, charts, predictions into lists', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await openHistory(page);
  const checked = await pickAndCheck(page, 'CDNOW_sample.txt', await cdnowSample());
  assert.equal(checked, '6,919 good rows, 0 rows with problems');
  await useGoodRows(page);
  // A fresh log gets a suggested calibration end, shown in the field.
  assert.equal(await page.getByLabel('End of the calibration period (last day included)').inputValue(), '1997-12-30');
  await calibrate(page, '1997-09-30', 'weeks');
  await page.getByText(/rows of the calibration period and \d+ rows of the holdout were merged/).waitFor();
  await page.getByText('39.0 weeks of calibration, 39.0 weeks of holdout (to 30 Jun 1998)').waitFor();
  await page.getByRole('columnheader', { name: 'Recency t_x (weeks)' }).waitFor();
  await page.getByRole('columnheader', { name: 'Mean repeat spend (first purchase excluded)' }).waitFor();

  await fit(page);
  const bg = await readFit(page, 'bgnbd');
  assert.equal(bg.error, null);
  within(bg.params.r, 0.243, 0.002, 'r');
  within(bg.params['α'], 4.414, 0.002, 'alpha');
  within(bg.params.a, 0.793, 0.002, 'a');
  within(bg.params.b, 2.426, 0.002, 'b');
  assert.ok(Math.abs(bg.ll - -9582.4) <= 0.1, `LL ${bg.ll}`);
  assert.ok(bg.ms > 0, `fit time ${bg.ms}`);
  const pnbd = await readFit(page, 'paretonbd');
  within(pnbd.params.r, 0.553, 0.005, 'Pareto/NBD r');
  const gg = await readFit(page, 'gammagamma');
  within(gg.params.q, 3.74, 0.005, 'Gamma-Gamma q');
  await page.locator('.fit[data-model="bgnbd"]').getByText('scale of the purchase-rate distribution, in weeks').waitFor();
  await page.getByRole('columnheader', { name: 'Expected purchases in the next 52 weeks' }).waitFor();
  await page.getByText(/One month is 365.25 ÷ 12 = 30.4375 days = 4.348 weeks/).waitFor();

  // The charts follow the fits' tables in a task of their own, after the frame that shows them.
  await page.locator('figure[data-chart="repeat-distribution"] svg').waitFor();
  for (const chart of ['p-alive', 'tracking', 'repeat-distribution']) {
    assert.equal(await page.locator(`figure[data-chart="${chart}"] svg[role="img"]`).count(), 1, `chart ${chart}`);
    assert.ok(await page.locator(`figure[data-chart="${chart}"] table`).count() >= 1, `table of ${chart}`);
  }
  // The tables hold the charts' figures: each of the 2,357 customers is counted once in the
  // repeat-purchase distribution, and the tracking table has a row per week.
  const tableRows = (chart) => page.locator(`figure[data-chart="${chart}"] tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  const distribution = await tableRows('repeat-distribution');
  assert.deepEqual(distribution.map((r) => r[0]).slice(0, 2), ['0', '1']);
  assert.equal(distribution.reduce((sum, r) => sum + Number(r[1].replace(/,/g, '')), 0), 2357);
  const tracking = await tableRows('tracking');
  assert.ok(tracking.length > 30, 'a row per week of calibration and holdout');
  await page.getByRole('heading', { name: '4. Models fitted by maximum likelihood' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('history-models-title').scrollIntoView());
  await screenshot(page, 'history');

  // BG/NBD's 100 % for the customers who never bought again is said beside the column, with
  // the count the repeat-purchase distribution gives for x = 0 (issue 12 point 10).
  const noRepeat = page.locator('[data-note="bgnbd-no-repeat"]');
  await noRepeat.waitFor();
  assert.ok((await noRepeat.textContent()).startsWith(`${distribution[0][1]} customers bought only once in the calibration period (x = 0).`));
  await noRepeat.getByRole('button', { name: 'Show Pareto/NBD' }).click();
  const model = page.getByRole('combobox', { name: 'Purchase model', exact: true });
  assert.equal(await model.inputValue(), 'paretonbd');
  assert.equal(await noRepeat.count(), 0, 'Pareto/NBD needs no such note');
  await model.selectOption('bgnbd');
  await noRepeat.waitFor();

  // The demo list shares no id with the log: said in words, nothing changed.
  await page.getByRole('button', { name: 'Add predictions to the open list' }).click();
  await page.locator('.outcome').getByText('No customer of “Demo customers” has an id from the log, so nothing was added.').waitFor();
  // A new list from the log, tiered by predicted CLV; then predictions added to it again.
  await page.getByRole('button', { name: 'Create a list from this log' }).click();
  await page.locator('.outcome').getByText(/^Created and opened the list “CDNOW_sample \(purchase history\)” with 2,357 customers/).waitFor();
  await page.getByRole('button', { name: 'Add predictions to the open list' }).click();
  await page.locator('.outcome').getByText(/^Added probability alive, expected purchases and predicted CLV .* to 2,357 customers of “CDNOW_sample \(purchase history\)”/).waitFor();
  const lists = await storedLists(page);
  const created = lists.find((l) => l.name === 'CDNOW_sample (purchase history)');
  assert.equal(created.customers.length, 2357);
  const c = created.customers.find((x) => x.id === '00004');
  assert.equal(c.first_purchase, '1997-01-01');
  for (const key of ['p_alive', 'expected_purchases', 'predicted_clv']) {
    assert.ok(Number.isFinite(c.indicators[key]), `${key} of 00004`);
  }
  assert.ok(created.settings.weighted_pyramids.some((w) => w.name === 'Predicted CLV'));
  assert.deepEqual(created.settings.pyramid.basis, { weighted_pyramid: created.settings.weighted_pyramids.length - 1 });

  // The predictions are columns of the customer table and of the results export.
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByRole('columnheader', { name: 'Predicted CLV' }).waitFor();
  await page.getByRole('columnheader', { name: 'Probability alive' }).waitFor();
  await page.getByRole('button', { name: 'Import and export' }).click();
  const [results] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export results (CSV, comma-separated, decimal point)' }).click()]);
  const resultRows = parseCsv(await readFile(await results.path(), 'utf8'));
  const resultHeader = resultRows[0];
  assert.ok(resultHeader.includes('indicator:predicted_clv') && resultHeader.includes('indicator:p_alive'));
  assert.equal(resultRows.length, 1 + 2357);

  // Switching views and back keeps the log and the fits.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await openHistory(page);
  const again = await readFit(page, 'bgnbd');
  assert.deepEqual(again.params, bg.params);

  // The exported summary imports back as a summary (no holdout) and fits to the same numbers.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the summary (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'CDNOW_sample - summary (weeks).csv');
  const summaryCsv = await readFile(await download.path());
  assert.equal(await pickAndCheck(page, 'summary.csv', summaryCsv), '2,357 good rows, 0 rows with problems');
  assert.equal(await page.getByLabel('The file holds').inputValue(), 'summary');
  await useGoodRows(page);
  assert.equal(await page.getByLabel('Time unit of recency and T in the file').inputValue(), 'weeks');
  await fit(page);
  const fromSummary = await readFit(page, 'bgnbd');
  assert.deepEqual(fromSummary.params, bg.params);
  assert.equal(fromSummary.ll, bg.ll);
  await page.getByText(/^No holdout/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a malformed purchase log: every bad row reported with its line, nothing guessed', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await openHistory(page);
  const log = 'customer,order_date,amount\nA,2024-01-05,10\nB,2024-02-30,5\nC,2024-03-01,abc\nA,2024-03-09,12.5\n';
  const checked = await pickAndCheck(page, 'bad.csv', Buffer.from(log));
  assert.equal(checked, '2 good rows, 2 rows with problems');
  const rows = page.getByRole('table', { name: /^Rows with problems/ }).locator('tbody tr');
  assert.deepEqual(await rows.nth(0).locator('td').allTextContents(), ['3', 'order_date', 'a date like 2024-03-31, 20240331 or 31/03/2024 in the date order chosen, with or without a time of day', '2024-02-30']);
  assert.deepEqual(await rows.nth(1).locator('td').allTextContents(), ['4', 'amount', 'an amount of money from 0 up to 10^15, like 29.33', 'abc']);
  await page.getByRole('button', { name: 'Use nothing' }).click();
  // Nothing of the bad file is used: the page still works on the demo's own log.
  await page.locator('[data-demo-log]').waitFor();
  assert.match(await page.locator('main').innerText(), /demo list's purchase log/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a free repeat purchase: left out of the spend fit, counted, valued at the population mean; the CLV states its month', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await openHistory(page);
  // The sample plus customer 99999: a first purchase, then one repeat purchase of 0.00 (a free
  // item), so a mean repeat spend of 0, which a Gamma density cannot hold.
  const extra = ' 99999 9999 19970105  1   10.00\r\n 99999 9999 19970301  1    0.00\r\n';
  const log = Buffer.concat([await cdnowSample(), Buffer.from(extra)]);
  assert.equal(await pickAndCheck(page, 'CDNOW_sample_free.txt', log), '6,921 good rows, 0 rows with problems');
  await useGoodRows(page);
  await calibrate(page, '1997-09-30', 'weeks');
  await fit(page);
  // The spend fit is the published one (the free buyer is left out, not an error) ...
  const gg = await readFit(page, 'gammagamma');
  assert.equal(gg.error, null);
  within(gg.params.q, 3.74, 0.005, 'Gamma-Gamma q');
  // ... and the page says who was left out and what they get, beside the fit and the predictions:
  // pγ ÷ (q − 1) of the fit, 6.2496 × 15.4435 ÷ 2.7442 = 35.17.
  const said = 'Repeat buyers whose mean repeat spend is 0 or less (returns, free items): 1. They are left out of the Gamma-Gamma fit and valued at the population mean spend p·γ ÷ (q − 1) = 35.17.';
  assert.equal(await page.locator('[data-left-out="gammagamma"]').textContent(), said);
  assert.equal(await page.locator('[data-left-out="predictions"]').textContent(), said);
  // The CLV's month is stated in its column header and in the export's.
  await page.getByRole('columnheader', { name: 'CLV over 12 months of 30.4375 days' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the predictions (CSV)' }).click(),
  ]);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  const header = rows[0];
  assert.equal(header.at(-1), 'clv_12_months_of_30.4375_days');
  const free = rows.find((r) => r[0] === '99999');
  assert.equal(free[header.indexOf('mean_repeat_spend')], '0');
  assert.equal(Number(free[header.indexOf('expected_spend')]).toFixed(2), '35.17');
  assert.ok(Number(free[header.indexOf('clv_12_months_of_30.4375_days')]) > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a fit runs in slices with a count and can be cancelled; the page keeps what it had and fits again', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await openHistory(page);
  // CDNOW-sized, so that the fit lasts long enough to be cancelled.
  await pickAndCheck(page, 'simulated.csv', simulatedLog(23_570));
  await useGoodRows(page);
  await calibrate(page, '1997-09-30', 'weeks');
  // The progress texts the page shows, however briefly (the whole fit takes well under a second).
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.progress-line, .progress-count')) window.__progress.push(el.textContent);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Fit the models' }).click();
  await page.getByRole('button', { name: 'Cancel fit' }).click();
  await page.getByText('Fit cancelled; earlier results, if any, are kept.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Cancel fit' }).count(), 0);
  assert.equal(await page.locator('.fits').count(), 0, 'no results from a cancelled fit');
  assert.equal(await page.locator('.progress-line').textContent(), '');
  const seen = await page.evaluate(() => window.__progress);
  assert.ok(seen.includes('Fitting BG/NBD…'), seen.join(' | '));
  assert.ok(seen.some((text) => /^\d+ likelihood evaluations? so far$/.test(text)), seen.join(' | '));
  // The fit button works again, and a fit run to its end shows all three models.
  assert.ok(await page.getByRole('button', { name: 'Fit the models' }).isEnabled());
  // The results' tables come first and the charts in a task of their own after them, so the
  // end of a large fit is no single long task: when the tables are in the document the
  // charts are not yet.
  await page.evaluate(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.fits')) return;
      window.__chartsWithTables = document.querySelectorAll('figure[data-chart]').length;
      seen.disconnect();
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
  await fit(page);
  await page.locator('figure[data-chart="repeat-distribution"] svg').waitFor();
  assert.equal(await page.evaluate(() => window.__chartsWithTables), 0, 'charts drawn in the tables\' task');
  for (const model of ['bgnbd', 'paretonbd', 'gammagamma']) {
    const f = await readFit(page, model);
    assert.equal(f.error, null, `${model}: ${f.error}`);
    assert.ok(Object.values(f.params).every(Number.isFinite), `${model} parameters are numbers`);
  }
  // Cancelling a second run keeps the first run's results on the page.
  const run = await page.locator('.fits').getAttribute('data-run');
  await page.getByRole('button', { name: 'Fit the models again' }).click();
  await page.getByRole('button', { name: 'Cancel fit' }).click();
  await page.getByText('Fit cancelled; earlier results, if any, are kept.').waitFor();
  assert.equal(await page.locator('.fits').getAttribute('data-run'), run);
  assert.equal((await readFit(page, 'paretonbd')).error, null);
  assert.deepEqual(errors, []);
  await context.close();
});
