// Every view in every language: the switch works, follows the browser's preference, is saved,
// and no raw translation key, unfilled placeholder or DOMAIN.md reference is ever visible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, chooseLanguage, screenshot, storedItem, storedLists, pickImportFile, eventually, drawn, reloadSaved } from './helpers.mjs';

const LANGUAGES = [
  { code: 'en', label: 'Language', title: 'Value Pyramid' },
  { code: 'vi', label: null },
  { code: 'zh-CN', label: null },
  { code: 'es', label: null },
  { code: 'bg', label: null },
];
// A word.word_word run that looks like one of our keys, e.g. "pyramid.tier_large".
const RAW_KEY = /\b(app|nav|view|lists|demo|storage|table|field|unit|rule|choice|import|export|how|overview|settings|theme|language|update|report|chart|churn|economics|pyramid|pareto|lifetime|targets|prospects|history|error)\.[a-z0-9_]+\b/;

// A `{name}` placeholder of a translation that the code did not fill, e.g. "{currency} a year".
const PLACEHOLDER = /\{[a-z_]+\}/;

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('every view renders in every language with no raw key visible', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const tabs = page.locator('nav.tabs button');
  const count = await tabs.count();
  assert.ok(count >= 10);
  for (const { code } of LANGUAGES) {
    await chooseLanguage(page, code);
    for (let i = 0; i < count; i += 1) {
      await tabs.nth(i).click();
      await page.locator('main h2').first().waitFor();
      await drawn(page);
      // Folded sections too: their words are visible once opened.
      await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
      const text = await page.locator('body').innerText();
      const raw = text.match(RAW_KEY);
      assert.equal(raw, null, `${code}, view ${i + 1}: raw key ${raw && raw[0]}`);
      assert.ok(!/\bNaN\b|\binfinity\b|undefined/i.test(text), `${code}, view ${i + 1}: NaN/undefined shown`);
      const placeholder = text.match(PLACEHOLDER);
      assert.equal(placeholder, null, `${code}, view ${i + 1}: unfilled placeholder ${placeholder && placeholder[0]}`);
      assert.ok(!/DOMAIN|§/.test(text), `${code}, view ${i + 1}: a DOMAIN.md reference is shown`);
    }
    await tabs.nth(0).click();
    await screenshot(page, `overview-${code}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language follows the browser and the saved choice, and numbers follow the language', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { locale: 'es-ES' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.locator('#language').selectOption('bg');
  await reloadSaved(page);
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'bg');
  assert.equal(await page.locator('#language').inputValue(), 'bg');
  // Bulgarian writes 1 234,50 €: a money figure of the overview has a decimal comma and the
  // currency's symbol after the number.
  const figure = await page.locator('.figure-value').nth(1).innerText();
  assert.match(figure, /^−?\d{1,3}(\u00a0\d{3})*,\d\d\u00a0€$/);
  // An engine error is said in Bulgarian, with its numbers.
  // Firm A opens on the demo list's 252 current customers: losing 300 of them is the error.
  await page.locator('nav.tabs button').nth(5).click();
  await page.locator('#lt-firm-a-lost').fill('300');
  await page.locator('#lt-firm-a-lost').press('Tab');
  const churnError = await page.locator('.two-firms .field-error[role="alert"]').innerText();
  assert.match(churnError, /300/);
  assert.doesNotMatch(churnError, /customers lost/);
  // Typing a decimal comma in a Bulgarian table cell is accepted.
  await page.locator('nav.tabs button').nth(1).click();
  const revenue = page.locator('table.customers input[id$="-revenue_per_year"]').first();
  await revenue.fill('1234,5');
  await revenue.press('Tab');
  await eventually(async () => (await storedItem(page, 'value-pyramid/list/list-1')).includes('"revenue_per_year":1234.5'));
  assert.equal(await revenue.inputValue(), '1234,5');
  // So are the settings of every view: a scorecard weight and an ICP criterion's weight.
  const settings = async () => JSON.parse(await storedItem(page, 'value-pyramid/list/list-1')).list.settings;
  await page.locator('nav.tabs button').nth(3).click();
  await drawn(page);
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
  const aspectWeight = page.locator('#pyr-sc0-weight');
  await aspectWeight.fill('0,35');
  await aspectWeight.press('Tab');
  await eventually(async () => (await settings()).scorecard.aspects[0].weight === 0.35);
  assert.equal(await aspectWeight.inputValue(), '0,35');
  await page.locator('nav.tabs button').nth(7).click();
  const criterionWeight = page.locator('#icp-0-weight');
  await criterionWeight.fill('2,5');
  await criterionWeight.press('Tab');
  assert.equal((await settings()).icp.criteria[0].weight, 2.5);
  assert.equal(await criterionWeight.inputValue(), '2,5');
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 14 point 2: the language switch draws the page anew, and a column mapping half done is
// kept: started in English, finished in Spanish.
test('a column mapping started in one language is finished in another, and its confirmation follows the language', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await pickImportFile(page, 'kunden.csv', 'Kunde;Umsatz;Notiz\nAnna;1000;gut\nBao;250;neu\n');
  // The user's own choices: the name column and the revenue column, the note left out.
  await page.getByRole('combobox', { name: 'Field for column Kunde' }).selectOption('field:name');
  await page.getByRole('combobox', { name: 'Field for column Umsatz' }).selectOption('field:revenue_per_year');
  await page.getByRole('combobox', { name: 'Field for column Notiz' }).selectOption('ignore');
  await page.locator('#language').selectOption('es');
  await page.getByRole('heading', { name: 'Asignar las columnas de kunden.csv' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Campo de la columna Kunde' }).inputValue(), 'field:name');
  assert.equal(await page.getByRole('combobox', { name: 'Campo de la columna Umsatz' }).inputValue(), 'field:revenue_per_year');
  assert.equal(await page.getByRole('combobox', { name: 'Campo de la columna Notiz' }).inputValue(), 'ignore');
  await page.getByRole('button', { name: 'Comprobar filas' }).click();
  await page.getByRole('button', { name: 'Importar las 2 filas correctas' }).click();
  await page.locator('p.import-done').getByText('2 entradas importadas.').waitFor();
  // The confirmation already on the page follows the language back.
  await page.locator('#language').selectOption('en');
  await page.locator('p.import-done').getByText('2 entries imported.').waitFor();
  const list = (await storedLists(page)).at(-1);
  assert.equal(list.name, 'kunden');
  assert.deepEqual(list.customers.map((c) => [c.name, c.revenue_per_year]), [['Anna', 1000], ['Bao', 250]]);
  assert.deepEqual(errors, []);
  await context.close();
});
