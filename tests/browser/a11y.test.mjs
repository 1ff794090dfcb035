// Accessibility on every view, light and dark: axe-core finds no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, openPage } from './helpers.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VIEWS = ['Overview', 'Customers', 'Economics', 'Pyramid and ratings', 'Pareto and concentration',
  'Lifetime', 'Targets', 'Prospects', 'Purchase history', 'Settings', 'Import and export'];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function seriousViolations(page) {
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const theme of ['light', 'dark']) {
  test(`every view passes axe-core in the ${theme} theme`, async () => {
    // The page's CSP allows only its own scripts; the test injects axe with CSP bypassed.
    const { page, errors, context } = await openPage(browser, server.base, { bypassCSP: true, colorScheme: theme });
    await page.getByRole('combobox', { name: 'Colours' }).selectOption(theme);
    const found = [];
    for (const name of VIEWS) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.addScriptTag({ path: axePath });
      for (const v of await seriousViolations(page)) found.push({ view: name, ...v });
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('keyboard alone reaches the views and a visible focus ring shows', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  let reachedTab = false;
  for (let i = 0; i < 40 && !reachedTab; i += 1) {
    await page.keyboard.press('Tab');
    reachedTab = await page.evaluate(() => document.activeElement?.classList.contains('tab'));
  }
  assert.ok(reachedTab, 'the view tabs are reachable by Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.deepEqual(errors, []);
  await context.close();
});
