// A change of language rewords what is on the page in place: every view reads exactly as the
// same view opened fresh in that language, and nothing the user was doing is lost (typed
// values, open sections, the view itself).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, chooseLanguage, drawn, reloadSaved } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The visible words of the page with every folded section opened, one line per line. */
async function pageText(page) {
  await page.locator('main h2').first().waitFor();
  await drawn(page);
  // Purchase history fits the demo's log as it opens: read it fitted, both times.
  if (await page.locator('[data-demo-log]').count() > 0) await page.locator('.fits').waitFor({ timeout: 60_000 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  // The live region says what was last done (a fit ending, a list saved), not what a view
  // shows; and a fit's duration differs from run to run.
  const text = await page.evaluate(() => {
    const status = document.querySelector('p.sr-only[role="status"]');
    const said = status?.textContent ?? '';
    if (status) status.textContent = '';
    const all = document.body.innerText;
    if (status) status.textContent = said;
    return all;
  });
  return text.split('\n').map((l) => l.trim().replace(/\d+(?:[.,]\d+)? ?(?:ms|毫秒)/g, '# ms')).filter((l) => l !== '');
}

const short = (line) => (line && line.length > 100 ? `${line.slice(0, 100)}…` : line);

/** The lines of `switched` that differ from `fresh`, for a readable failure. */
function differences(switched, fresh) {
  const out = [];
  const n = Math.max(switched.length, fresh.length);
  for (let i = 0; i < n && out.length < 8; i += 1) {
    if (switched[i] !== fresh[i]) out.push(`line ${i + 1}: after switch «${short(switched[i])}» / fresh «${short(fresh[i])}»`);
  }
  return out;
}

test('after a switch every view reads exactly as the same view opened in that language', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const tabs = page.locator('nav.tabs button');
  const count = await tabs.count();
  const failures = [];
  for (const code of ['es', 'bg', 'zh-CN']) {
    for (let i = 0; i < count; i += 1) {
      await chooseLanguage(page, 'en');
      await tabs.nth(i).click();
      await pageText(page);
      await chooseLanguage(page, code);
      const switched = await pageText(page);
      // The choice is saved: a reload opens the same view fresh in that language.
      await reloadSaved(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await tabs.nth(i).click();
      const fresh = await pageText(page);
      const diff = differences(switched, fresh);
      if (diff.length > 0) failures.push(`${code}, view ${i + 1}:\n  ${diff.join('\n  ')}`);
    }
  }
  assert.ok(failures.length === 0, `texts not reworded in place:\n${failures.join('\n')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a switch keeps typed values, open sections and the view: nothing is drawn anew', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.getByRole('button', { name: 'Lifetime', exact: true }).click();
  const age = page.getByRole('group', { name: 'First customer' }).getByRole('textbox', { name: 'Age (years)' });
  await age.fill('47');
  await age.press('Tab');
  const section = page.locator('main details').first();
  await section.evaluate((d) => { d.open = true; });
  // The very element, held across the switch: a view drawn anew would disconnect it.
  const field = await age.elementHandle();
  await page.locator('#language').selectOption('es');
  await page.getByRole('button', { name: 'Vida del cliente', exact: true }).waitFor();
  assert.equal(await field.evaluate((el) => el.isConnected), true);
  const reworded = page.getByRole('group', { name: 'Primer cliente' }).getByRole('textbox', { name: 'Edad (años)' });
  assert.equal(await reworded.inputValue(), '47');
  assert.equal(await reworded.evaluate((el, held) => el === held, field), true);
  assert.equal(await section.evaluate((d) => d.open), true);
  assert.equal(await page.getByRole('button', { name: 'Vida del cliente', exact: true }).getAttribute('aria-current'), 'page');
  assert.deepEqual(errors, []);
  await context.close();
});
