// A client's CRM export as a consultant receives it (issue 12 points 2, 4 and 5): `;`, decimal
// commas, a "Marge %" column in percent, German channel words beside the page's own labels in
// two languages, and one bad cell corrected where it is reported. Then the table's percent cell.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, storedLists, storedItem, pickImportFile, seriousViolations, eventually } from './helpers.mjs';
import { openHistory, useGoodRows } from './bench.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const EXPORT = [
  'Kundennr;Name;Umsatz;Marge %;Kanal',
  'K1;Anna GmbH;1.200,00;39;Empfehlung',
  'K2;Bao AG;800,50;18,5;Messe',
  'K3;Chen KG;zwölf;0,5;Website',
  'K4;Dora OHG;100,00;41;Referral, word of mouth',
  'K5;Emil SE;250,00;22;Препоръка, от уста на уста',
  'K6;Fritz UG;90,00;12;trade_show',
].join('\n');



const readAs = (page, value) => page.getByRole('combobox', { name: `Read “${value}” as` });

test('a German CRM export: percent column, channel words mapped and remembered, a bad cell corrected in place', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { bypassCSP: true });
  await pickImportFile(page, 'kunden.csv', EXPORT);
  // German headers are not guessed: the consultant maps them.
  await page.getByRole('combobox', { name: 'Field for column Kundennr' }).selectOption('field:id');
  await page.getByRole('combobox', { name: 'Field for column Umsatz' }).selectOption('field:revenue_per_year');
  await page.getByRole('combobox', { name: 'Field for column Marge %' }).selectOption('field:gross_margin');
  await page.getByRole('combobox', { name: 'Field for column Kanal' }).selectOption('field:channel');

  // Point 2: "Marge %" reads 39 as 39 %, shown with the first values converted.
  const percent = page.getByRole('radio', { name: 'percentages (39 means 39 %)' });
  const fraction = page.getByRole('radio', { name: 'fractions (0.39 means 39 %)' });
  assert.equal(await percent.isChecked(), true);
  await page.getByText('First values as they will be read: 39 → 39 % · 18,5 → 18.5 % · 0,5 → 0.5 % · 41 → 41 % · 22 → 22 %').waitFor();
  await fraction.check();
  await page.getByText('First values as they will be read: 39 → refused · 18,5 → refused · 0,5 → 50 % · 41 → refused · 22 → refused').waitFor();
  await page.getByRole('radio', { name: 'percentages (39 means 39 %)' }).check();
  await page.getByText('39 → 39 % · 18,5 → 18.5 %', { exact: false }).waitFor();

  // Point 4: every distinct channel value with what it is read as; the page's English and
  // Bulgarian labels and the stable key are recognised, the German words are not.
  const values = page.getByRole('table', { name: 'Values of column “Kanal” → Acquisition channel' });
  assert.equal(await values.locator('tbody tr').count(), 6);
  assert.equal(await readAs(page, 'Empfehlung').inputValue(), '?');
  assert.equal(await readAs(page, 'Messe').inputValue(), '?');
  assert.equal(await readAs(page, 'Website').inputValue(), 'search');
  assert.equal(await readAs(page, 'Referral, word of mouth').inputValue(), 'referral');
  assert.equal(await readAs(page, 'Препоръка, от уста на уста').inputValue(), 'referral');
  assert.equal(await readAs(page, 'trade_show').inputValue(), 'trade_show');
  await page.getByText(/^Allowed values: Referral, word of mouth · Introduced by a customer/).waitFor();
  await page.getByText('2 values not recognised', { exact: false }).waitFor();
  await readAs(page, 'Empfehlung').selectOption('referral');
  await readAs(page, 'Messe').selectOption('trade_show');
  assert.equal(await readAs(page, 'Empfehlung').inputValue(), 'referral');
  assert.equal(await page.getByText('not recognised: choose what', { exact: false }).count(), 0);
  await screenshot(page, 'import-value-readings');
  assert.deepEqual(await seriousViolations(page), []);

  // Point 5: the one bad cell is corrected in the problem table and the rows checked again.
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '5 good rows, 1 bad row.' }).waitFor();
  const fix = page.getByRole('textbox', { name: 'Correct line 4, column Umsatz' });
  assert.equal(await fix.inputValue(), 'zwölf');
  await fix.fill('12,00');
  await fix.press('Tab');
  await page.getByText('You corrected 1 cell. Check the rows again to see the result.').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Check again' }).click();
  await page.getByRole('heading', { name: '6 good rows, 0 bad rows.' }).waitFor();
  await page.getByRole('button', { name: 'Import the 6 good rows' }).click();
  await page.locator('p.import-done').getByText('6 entries imported.').waitFor();

  let list = (await storedLists(page)).at(-1);
  assert.equal(list.name, 'kunden');
  assert.deepEqual(list.customers.map((c) => [c.id, c.revenue_per_year, c.gross_margin, c.channel]), [
    ['K1', 1200, 0.39, 'referral'],
    ['K2', 800.5, 0.185, 'trade_show'],
    ['K3', 12, 0.005, 'search'],
    ['K4', 100, 0.41, 'referral'],
    ['K5', 250, 0.22, 'referral'],
    ['K6', 90, 0.12, 'trade_show'],
  ]);
  assert.deepEqual(list.choice_words, { channel: { empfehlung: 'referral', messe: 'trade_show' } });

  // The next export of the same client, into this list: the words are known already.
  await pickImportFile(page, 'kunden-2.csv', 'Name;Kanal\nGreta KG;Messe\nHans AG;Empfehlung\n');
  await page.getByRole('combobox', { name: 'Field for column Kanal' }).selectOption('field:channel');
  await page.getByLabel('Add to the open list instead of creating a new list').check();
  assert.equal(await readAs(page, 'Messe').inputValue(), 'trade_show');
  assert.equal(await readAs(page, 'Empfehlung').inputValue(), 'referral');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '2 good rows, 0 bad rows.' }).waitFor();
  await page.getByRole('button', { name: 'Import the 2 good rows' }).click();
  list = (await storedLists(page)).at(-1);
  assert.deepEqual(list.customers.slice(-2).map((c) => c.channel), ['trade_show', 'referral']);

  // Point 2, the table: the cell headed "(%)" takes 34 as 34 %, and a refused text stays.
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  const margin = page.getByRole('textbox', { name: 'Gross margin of Anna GmbH (%)' });
  assert.equal(await margin.inputValue(), '39 %');
  await margin.fill('34');
  await margin.press('Tab');
  await eventually(async () => (await storedLists(page)).at(-1).customers[0].gross_margin === 0.34);
  assert.equal(await margin.inputValue(), '34 %');
  await margin.fill('34 Prozent');
  await margin.press('Tab');
  await page.locator('table.customers').getByText('Not saved: expected a percentage', { exact: false }).waitFor();
  assert.equal(await margin.inputValue(), '34 Prozent', 'the refused text stays for the user to correct');
  assert.equal((await storedLists(page)).at(-1).customers[0].gross_margin, 0.34);
  await margin.fill('35.5');
  await margin.press('Tab');
  await page.waitForFunction(() => document.querySelector('[aria-label="Gross margin of Anna GmbH (%)"]')?.getAttribute('aria-invalid') === 'false');
  assert.equal(await margin.inputValue(), '35.5 %');
  assert.equal((await storedLists(page)).at(-1).customers[0].gross_margin, 0.355);
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 16 point 6: common column names in the page's languages are suggested, and a required
// column left unmapped is told at its drop-down, which Check rows focuses.

/** The id of the focused element, and the message and state of the control `name`. */
async function focusAndMessage(page, name) {
  const control = page.getByRole('combobox', { name });
  await page.waitForFunction((id) => document.activeElement?.id === id, await control.getAttribute('id'));
  const described = await control.getAttribute('aria-describedby');
  return {
    invalid: await control.getAttribute('aria-invalid'),
    message: described && await page.locator(`[id="${described}"]`).innerText(),
  };
}

test('a Spanish purchase log is mapped with its quantity; an unknown id column is told and focused at its drop-down', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { bypassCSP: true });
  await openHistory(page);
  const pick = async (name, text) => {
    await page.getByLabel('Purchase log or customer summary file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('heading', { name: `Map the columns of ${name}` }).waitFor();
  };
  const holds = (column) => page.getByRole('combobox', { name: `What column ${column} holds` });

  await pick('ventas.csv', 'cliente;fecha;cantidad;precio\nA;2024-01-05;2;10,50\nB;2024-02-05;1;3\nA;2024-03-05;3;2\n');
  assert.deepEqual(
    await Promise.all(['cliente', 'fecha', 'cantidad', 'precio'].map((c) => holds(c).inputValue())),
    ['id', 'date', 'quantity', 'amount'],
  );
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '3 good rows, 0 rows with problems' }).waitFor();
  // Each purchase is the price × the quantity.
  await useGoodRows(page);
  let kept = null;
  await eventually(async () => (kept = JSON.parse(await storedItem(page, 'value-pyramid/purchase-log') ?? 'null')) !== null);
  assert.deepEqual(kept.purchases, [['A', '2024-01-05', 21], ['B', '2024-02-05', 3], ['A', '2024-03-05', 6]]);

  // "socio" is no name of a customer id: nothing is guessed for it, and Check rows says so there.
  await pick('socios.csv', 'socio;fecha;importe\nA;2024-01-05;10,50\nB;2024-02-05;3\n');
  assert.equal(await holds('socio').inputValue(), 'ignore');
  await page.getByRole('button', { name: 'Check rows' }).click();
  assert.deepEqual(await focusAndMessage(page, 'What column socio holds'), {
    invalid: 'true',
    message: 'Choose the column that holds: Customer id.',
  });
  assert.equal(await page.getByRole('heading', { name: /good rows?, \d+ rows? with problems$/ }).count(), 0);
  await holds('socio').selectOption('id');
  assert.equal(await holds('socio').getAttribute('aria-invalid'), null);
  assert.equal(await page.locator('#history-mapping-problem').count(), 0);
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '2 good rows, 0 rows with problems' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Spanish CRM export is mapped; without a name column Check rows focuses the drop-down that says so', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { bypassCSP: true });
  const field = (column) => page.getByRole('combobox', { name: `Field for column ${column}` });
  await pickImportFile(page, 'crm.csv', 'Número cliente;Razón social;Importe;Pedidos;Fecha primera compra\nC1;Ana SL;1.200,50;4;2023-05-01\nC2;Bao SA;800;2;2024-01-15\n');
  assert.deepEqual(
    await Promise.all(['Número cliente', 'Razón social', 'Importe', 'Pedidos', 'Fecha primera compra'].map((c) => field(c).inputValue())),
    ['field:id', 'field:name', 'field:revenue_per_year', 'field:purchases_per_year', 'field:first_purchase'],
  );

  await pickImportFile(page, 'crm-2.csv', 'Código;Denominación;Importe\nC1;Ana SL;1.200,50\n');
  await page.getByRole('button', { name: 'Check rows' }).click();
  assert.deepEqual(await focusAndMessage(page, 'Field for column Denominación'), {
    invalid: 'true',
    message: 'Map one column to Name before checking the rows.',
  });
  await field('Denominación').selectOption('field:name');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('heading', { name: '1 good row, 0 bad rows.' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
