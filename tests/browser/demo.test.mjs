// Issue 16 point 1: the demo list carries everything every view needs. A first visitor walks
// every view of the demo and meets a figure wherever one belongs: no "Not available", no
// "Nothing to draw", no table cell or figure that is a bare dash, no example figure standing
// in for the list's own, and Purchase history shows the demo's own log fitted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, chooseLanguage, contrast, figureValue, drawn, reloadSaved } from './helpers.mjs';

const VIEWS = ['Overview', 'Customers', 'Economics', 'Pyramid and ratings', 'Pareto and concentration',
  'Lifetime', 'Keeping customers', 'Targets', 'Prospects', 'Purchase history', 'Settings'];

/** Words that say a figure is missing or that an example stands in for the list's own. */
const MISSING = [/Not available/, /Nothing to draw/, /\bNaN\b/, /Infinity/, /example's/,
  /No churn to compare with is set/, /acquisition cost is unknown/,
  /Enter what was spent on winning customers to see/, /cost of serving customers to see the average/,
  /Enter the number of customers in the target market to check/];

/** Per view, the charts added for issue 16 and the table that holds their figures. */
const NEW_CHARTS = {
  'Pyramid and ratings': [['ratings', 'table.rating-table'], ['migration', 'table.migration']],
  'Pareto and concentration': [['concentration', 'figure[data-chart="concentration"] table.top-shares tbody tr']],
  Lifetime: [['retention', 'table.segments']],
  'Keeping customers': [['keeping', 'table.levels'], ['churn-by-segment', 'table.measured-churn']],
};

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Cells and figures of `main` that are nothing but a dash, each with the text of its row. */
function bareDashes(page) {
  return page.evaluate(() => {
    const found = [];
    // The customer table's cells are inputs (an empty field of a customer is not a figure).
    const cells = [...document.querySelectorAll('main td, main th, main dd, main output, main .figure-value')]
      .filter((cell) => !cell.closest('table.customers'));
    for (const cell of cells) {
      if (/^[—–-]$/.test(cell.textContent.trim())) {
        found.push((cell.closest('tr') ?? cell.parentElement).textContent.trim().slice(0, 120));
      }
    }
    return found;
  });
}

test('demo list: every view shows its figures and charts, none missing', async () => {
  const { context, page, errors } = await openPage(browser, server.base);
  await page.getByText('Revenue a year').first().waitFor();
  for (const view of VIEWS) {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view, exact: true }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await drawn(page);
    if (view === 'Purchase history') {
      // The demo's log is fitted as soon as it is shown: three models, their charts.
      await page.locator('[data-demo-log]').waitFor();
      await page.locator('.fits').waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('.fits table').count() >= 3, true, 'three fitted models');
      await page.getByRole('img').first().waitFor();
    }
    const text = await page.locator('main').innerText();
    for (const pattern of MISSING) {
      const at = text.search(pattern);
      assert.equal(at, -1, `${view}: “${text.slice(Math.max(0, at - 80), at + 80)}”`);
    }
    assert.deepEqual(await bareDashes(page), [], `${view}: cells that are only a dash`);
    // The new charts of issue 16, each beside its table alternative.
    for (const [name, table] of NEW_CHARTS[view] ?? []) {
      await page.locator(`figure[data-chart="${name}"] svg[role="img"]`).waitFor();
      assert.ok(await page.locator(table).count() >= 1, `${view}: the table beside the ${name} chart`);
    }
    const charts = await page.locator('main svg[role="img"], main figure svg').count();
    if (!['Customers', 'Settings', 'Targets', 'Prospects'].includes(view)) {
      assert.ok(charts >= 1, `${view} draws at least one chart (${charts})`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('demo list: its name, and its generic lines, follow the language', async () => {
  const { context, page, errors } = await openPage(browser, server.base);
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: 'Economics', exact: true }).click();
  // The demo's spend lines are called by their channel, in the language shown.
  const name = page.getByRole('textbox', { name: 'Name of spend line 1', exact: true });
  const channel = page.getByRole('combobox', { name: 'Channel of spend line 1', exact: true });
  const english = await name.inputValue();
  assert.equal(english, await channel.locator('option:checked').textContent());
  assert.equal(await page.getByRole('combobox', { name: 'Open list' }).locator('option:checked').textContent(),
    'Demo customers');
  await chooseLanguage(page, 'es');
  assert.equal(await page.getByRole('combobox', { name: 'Lista abierta' }).locator('option:checked').textContent(),
    'Clientes de demostración');
  const nombre = page.getByRole('textbox', { name: 'Nombre de la línea de gasto 1', exact: true });
  const canal = page.getByRole('combobox', { name: 'Canal de la línea de gasto 1', exact: true });
  assert.equal(await nombre.inputValue(), await canal.locator('option:checked').textContent());
  assert.notEqual(await nombre.inputValue(), english, 'not the English word');
  // The names the defaults give (scorecard aspects, weighted pyramids) are in Spanish too.
  await page.locator('nav.tabs button').nth(3).click();
  await drawn(page);
  const pyramidText = await page.locator('main').innerText();
  assert.match(pyramidText, /Financiero/);
  assert.match(pyramidText, /Valor potencial/);
  assert.doesNotMatch(pyramidText, /\bFinancial\b|Potential value/);
  // A name of the user's own is kept in every language.
  await page.getByRole('textbox', { name: 'Nombre de la lista' }).fill('Mis clientes');
  await page.getByRole('textbox', { name: 'Nombre de la lista' }).press('Enter');
  await chooseLanguage(page, 'en');
  assert.equal(await page.getByRole('combobox', { name: 'Open list' }).locator('option:checked').textContent(),
    'Mis clientes');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The rows of a story card's table: [label, value] pairs. */
async function storyRows(page, chart) {
  const card = page.locator(`figure[data-chart="${chart}"]`);
  return card.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.cells[0].textContent.trim(), r.cells[1].textContent.trim()]));
}

/** A money text ("€1,234.50", "−€12.00") as a number. */
function moneyValue(text) {
  const negative = /^[−-]/.test(text);
  const value = Number(text.replace(/[^0-9.]/g, ''));
  return negative ? -value : value;
}

test('overview: the story in one screen at 1280 × 800, agreeing with the detailed views', async () => {
  const { context, page, errors } = await openPage(browser, server.base, { viewport: { width: 1280, height: 800 } });
  await page.getByText('Revenue a year').first().waitFor();
  // Four charts and the four things to do next, all on the first screen.
  for (const chart of ['pyramid', 'lorenz', 'profit-by-tier', 'ltv-cac']) {
    const box = await page.locator(`figure[data-chart="${chart}"] svg`).boundingBox();
    assert.ok(box && box.width > 200 && box.y + box.height <= 800, `${chart} chart in the first screen: ${JSON.stringify(box)}`);
  }
  const steps = page.getByRole('list', { name: 'What to do next' }).getByRole('listitem');
  assert.equal(await steps.count(), 4);
  // Customers to keep: the keeping view's own sentence, and its churn risks.
  const keeping = await steps.nth(3).textContent();
  assert.match(keeping, /Keeping a customer costs €[\d,.]+; winning one, €[\d,.]+ \([\d.]+×\)\. \d+ churn risks\./);
  const last = await steps.last().boundingBox();
  assert.ok(last.y + last.height <= 800, `the things to do next in the first screen: ${JSON.stringify(last)}`);

  // Profit by tier adds up to the list's profit (every demo customer is rated).
  const figure = (label) => figureValue(page, label);
  const profit = moneyValue(await figure('Profit a year').textContent());
  const byTier = await storyRows(page, 'profit-by-tier');
  assert.equal(byTier.length, 3);
  const sum = byTier.reduce((s, [, v]) => s + moneyValue(v), 0);
  assert.ok(Math.abs(sum - profit) <= 0.015 * byTier.length, `tiers ${sum} against profit ${profit}`);
  // The customers who lose money: as many as the figure says.
  const negative = await figure('Customers with negative profit').textContent();
  assert.match(await steps.nth(1).textContent(), new RegExp(`(^|[^0-9])${negative} customers lose money`));
  const pyramidCounts = await storyRows(page, 'pyramid');

  // LTV : CAC by channel: the Economics view's table has the same ratios.
  const ratios = await storyRows(page, 'ltv-cac');
  assert.ok(ratios.length >= 5, `${ratios.length} channels`);
  await page.getByRole('button', { name: 'See acquisition economics' }).click();
  await page.getByRole('heading', { name: 'Economics', level: 2 }).waitFor();
  await drawn(page);
  for (const [channel, ratio] of ratios) {
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: channel, exact: true }) }).filter({ hasText: ratio });
    assert.equal(await row.count() >= 1, true, `${channel} ${ratio} in the Economics table`);
  }
  // The pyramid: each tier's customers as in the Pyramid view's table.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview', exact: true }).click();
  await page.getByRole('button', { name: 'See the pyramid' }).click();
  await page.getByRole('heading', { name: 'Pyramid and ratings', level: 2 }).waitFor();
  const tierTable = page.getByRole('table', { name: 'Customers, revenue and profit per tier' });
  for (const [tier, count] of pyramidCounts) {
    const cells = await tierTable.getByRole('row').filter({ hasText: tier }).getByRole('cell').allTextContents();
    assert.equal(cells[0], count, `${tier}: ${count} customers (${cells})`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a phone shows the view on its first screen; the header and list bar fold behind Menu', async () => {
  const { context, page, errors } = await openPage(browser, server.base, { viewport: { width: 360, height: 740 } });
  const heading = page.getByRole('heading', { name: 'Overview', level: 2 });
  const box = await heading.boundingBox();
  assert.ok(box.y + box.height < 300, `the view's heading is near the top: ${JSON.stringify(box)}`);
  const firstFigure = await page.locator('main .figure').first().boundingBox();
  assert.ok(firstFigure.y + firstFigure.height < 740, 'the first figure is on the first screen');
  // The page's controls are one tap away; the list picker stays.
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('combobox', { name: 'Language' }).isVisible(), false);
  assert.equal(await page.getByRole('combobox', { name: 'Open list' }).isVisible(), true);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.getByRole('combobox', { name: 'Language' }).isVisible(), true);
  assert.equal(await page.getByRole('button', { name: 'New list' }).isVisible(), true);
  // The tabs scroll sideways in one row; the page itself never does.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  const tabs = page.getByRole('navigation', { name: 'Views' });
  assert.ok(await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth), 'the tab strip scrolls');
  // A view's chart stays readable: drawn at 600 px at least, scrolled inside its figure.
  await tabs.getByRole('button', { name: 'Pareto and concentration', exact: true }).click();
  const lorenz = await page.locator('figure[data-chart="lorenz"] svg').boundingBox();
  assert.ok(lorenz.width >= 600, `the Lorenz chart is ${lorenz.width} px wide`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the page does not scroll sideways');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dark scheme: charts are drawn on the page background with legible text, print keeps paper colours', async () => {
  const { context, page, errors } = await openPage(browser, server.base, { colorScheme: 'dark' });
  await page.locator('figure[data-chart="pyramid"] svg').waitFor();
  const colours = await page.evaluate(() => {
    const svg = document.querySelector('figure[data-chart="profit-by-tier"] svg');
    const paper = svg.querySelector('rect');
    const text = svg.querySelector('text');
    const bar = [...svg.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === '#0072B2');
    return {
      page: getComputedStyle(document.body).backgroundColor,
      paper: getComputedStyle(paper).fill,
      text: getComputedStyle(text).fill,
      bar: getComputedStyle(bar).fill,
    };
  });
  assert.equal(colours.paper, colours.page, 'no white box: the chart takes the page background');
  assert.ok(contrast(colours.text, colours.page) >= 4.5, `text ${colours.text} on ${colours.page}`);
  assert.ok(contrast(colours.bar, colours.page) >= 3, `bars ${colours.bar} on ${colours.page}`);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const printed = await page.evaluate(() => getComputedStyle(document.querySelector('figure[data-chart="profit-by-tier"] svg rect')).fill);
  assert.equal(printed, 'rgb(255, 255, 255)', 'printed on white');
  assert.deepEqual(errors, []);
  await context.close();
});

test('views start with their answer; details fold away, stay folded after a reload, and print whole', async () => {
  const { context, page, errors } = await openPage(browser, server.base);
  const nav = page.getByRole('navigation', { name: 'Views' });
  const heights = {};
  for (const view of ['Economics', 'Pyramid and ratings', 'Pareto and concentration', 'Lifetime', 'Keeping customers', 'Targets', 'Prospects', 'Purchase history']) {
    await nav.getByRole('button', { name: view, exact: true }).click();
    await page.getByRole('heading', { name: view, level: 2 }).waitFor();
    if (view === 'Purchase history') {
      // Its charts' and predictions' parts appear once the demo's log is fitted.
      await page.locator('details.fold[data-fold="history-charts"]').waitFor({ timeout: 60_000 });
    }
    const folds = page.locator('main details.fold');
    assert.ok(await folds.count() >= 1, `${view} has parts to fold`);
    for (let i = 0; i < await folds.count(); i += 1) {
      await folds.nth(i).locator('> summary').click();
      assert.equal(await folds.nth(i).evaluate((d) => d.open), false);
    }
    heights[view] = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(heights[view] <= 3.2 * 900, `${view} with its parts folded is about three screens at most: ${heights[view]} px`);
  }
  // Folded parts are remembered; their headings still say what they hold.
  await reloadSaved(page);
  await nav.getByRole('button', { name: 'Lifetime', exact: true }).click();
  const cohort = page.locator('details.fold[data-fold="lifetime-cohort"]');
  assert.equal(await cohort.evaluate((d) => d.open), false);
  await page.getByRole('heading', { name: 'Cohort lifetime value table', level: 3 }).waitFor();
  await cohort.locator('> summary').click();
  await page.getByRole('region', { name: 'Cohort lifetime value table', exact: true }).getByRole('table').first().waitFor();
  // The printed report holds every part, folded on screen or not, and leaves them folded.
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Print report' }).click();
  await page.locator('.report-cover').waitFor();
  assert.equal(await page.locator('.report details.fold:not([open])').count(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.getByRole('heading', { name: 'Lifetime', level: 2 }).waitFor();
  assert.equal(await page.locator('details.fold[data-fold="lifetime-churn"]').evaluate((d) => d.open), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('light scheme: chart text and bars stand out on paper; on a projector a view\'s chart grows', async () => {
  const { context, page, errors } = await openPage(browser, server.base, { colorScheme: 'light', viewport: { width: 1920, height: 1080 } });
  await page.locator('figure[data-chart="profit-by-tier"] svg').waitFor();
  const colours = await page.evaluate(() => {
    const svg = document.querySelector('figure[data-chart="profit-by-tier"] svg');
    const bar = [...svg.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === '#0072B2');
    return {
      paper: getComputedStyle(svg.querySelector('rect')).fill,
      text: getComputedStyle(svg.querySelector('text')).fill,
      bar: getComputedStyle(bar).fill,
    };
  });
  assert.equal(colours.paper, 'rgb(255, 255, 255)');
  assert.ok(contrast(colours.text, colours.paper) >= 4.5, `text ${colours.text}`);
  assert.ok(contrast(colours.bar, colours.paper) >= 3, `bars ${colours.bar}`);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Pareto and concentration', exact: true }).click();
  const lorenz = await page.locator('figure[data-chart="lorenz"] svg').boundingBox();
  assert.ok(lorenz.width >= 900, `the Lorenz chart is ${lorenz.width} px wide at 1920`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Prospects: each qualified prospect shows its three strongest reasons, the rest one click away', async () => {
  const { context, page, errors } = await openPage(browser, server.base);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Prospects', exact: true }).click();
  const table = page.getByRole('table', { name: /^Qualified prospects by lookalike score/ });
  const rows = table.locator('tbody tr');
  await rows.first().waitFor();
  for (let r = 0; r < await rows.count(); r += 1) {
    const shown = await rows.nth(r).locator('td.why > ul > li').count();
    assert.ok(shown >= 1 && shown <= 3, `row ${r + 1}: ${shown} reasons shown`);
  }
  // The best lookalike has more reasons than three: the rest open from its row.
  const folded = rows.first().locator('td.why details.more-reasons');
  const summary = await folded.locator('summary').innerText();
  assert.match(summary, /^\d+ more reasons?$/);
  assert.equal(await folded.locator('li').first().isVisible(), false, 'folded at first');
  await folded.locator('summary').click();
  // The folded reasons are drawn when first opened.
  await folded.locator('li').first().waitFor();
  assert.equal(await folded.locator('li').count(), Number(summary.match(/\d+/)[0]), summary);
  assert.deepEqual(errors, []);
  await context.close();
});
