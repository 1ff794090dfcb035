// Accessibility on every view, light and dark: axe-core finds no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, seriousViolations, contrast, drawn } from './helpers.mjs';

const VIEWS = ['Overview', 'Customers', 'Economics', 'Pyramid and ratings', 'Pareto and concentration',
  'Lifetime', 'Keeping customers', 'Targets', 'Prospects', 'Purchase history', 'Settings', 'Import and export'];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const theme of ['light', 'dark']) {
  test(`every view passes axe-core in the ${theme} theme`, async () => {
    // The page's CSP allows only its own scripts; axe is injected with CSP bypassed.
    const { page, errors, context } = await openPage(browser, server.base, { bypassCSP: true, colorScheme: theme });
    await page.getByRole('combobox', { name: 'Colours' }).selectOption(theme);
    const found = [];
    for (const name of VIEWS) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      for (const v of await seriousViolations(page)) found.push({ view: name, ...v });
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const theme of ['light', 'dark']) {
  test(`control borders and the focus ring stand out at 3:1 in the ${theme} theme`, async () => {
    const { page, errors, context } = await openPage(browser, server.base, { colorScheme: theme === 'dark' ? 'light' : 'dark' });
    // The saved choice wins over the system's scheme, so the opposite system scheme is given.
    await page.getByRole('combobox', { name: 'Colours' }).selectOption(theme);
    for (const name of ['Customers', 'Settings']) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await drawn(page);
      const pairs = await page.evaluate(() => {
        const background = (el) => {
          for (let e = el.parentElement; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
          }
          return getComputedStyle(document.documentElement).backgroundColor;
        };
        return [...document.querySelectorAll('main input:not([type=file]):not([type=checkbox]), main select, main button')]
          .filter((el) => !el.disabled && el.getBoundingClientRect().width > 0)
          .map((el) => ({ style: getComputedStyle(el), el }))
          .filter(({ style }) => style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0)
          .map(({ style, el }) => ({ what: el.outerHTML.slice(0, 80), border: style.borderTopColor, behind: background(el) }));
      });
      assert.ok(pairs.length > 10, `${name}: controls found`);
      for (const { what, border, behind } of pairs) {
        assert.ok(contrast(border, behind) >= 3, `${theme}, ${name}: border ${border} on ${behind}: ${what}`);
      }
    }
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => ({
      color: getComputedStyle(document.activeElement).outlineColor,
      behind: getComputedStyle(document.body).backgroundColor,
    }));
    assert.ok(contrast(ring.color, ring.behind) >= 3, `${theme}: focus ring ${ring.color} on ${ring.behind}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('keyboard alone opens every view and reaches its controls, each with a visible focus ring', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName,
      tab: el.classList.contains('tab'),
      name: el.getAttribute('aria-label') || el.id || el.textContent.trim().slice(0, 40),
      inMain: !!el.closest('main'),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      visible: box.width > 0 && box.height > 0,
    };
  });
  // From the top of the page, Tab reaches the first view tab.
  let at = await focused();
  for (let i = 0; i < 40 && !at.tab; i += 1) {
    await page.keyboard.press('Tab');
    at = await focused();
  }
  assert.ok(at.tab, 'the view tabs are reachable by Tab');
  const viewCount = await page.locator('nav.tabs button').count();
  for (let view = 0; view < viewCount; view += 1) {
    // Open the view with Enter on its tab, then Tab into the view's controls.
    await page.locator('nav.tabs button').nth(view).focus();
    await page.keyboard.press('Enter');
    const title = (await page.locator('main h2').first().innerText()).trim();
    assert.equal(await page.locator('nav.tabs button').nth(view).getAttribute('aria-current'), 'page', `view ${title} opened by Enter`);
    let reachedMain = 0;
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      at = await focused();
      if (at.tag === 'BODY') break;
      assert.ok(at.visible, `${title}: focus went to an invisible ${at.tag} ${at.name}`);
      assert.ok(at.ring, `${title}: no visible focus ring on ${at.tag} ${at.name} (outline ${at.outline})`);
      if (at.inMain) reachedMain += 1;
    }
    assert.ok(reachedMain > 0, `${title}: Tab reaches the view's controls`);
  }
  // A "How is it computed?" explanation opens from the keyboard.
  await page.locator('nav.tabs button').first().focus();
  await page.keyboard.press('Enter');
  const summary = page.locator('main details.how summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('main details.how').first().getAttribute('open'), '');
  assert.deepEqual(errors, []);
  await context.close();
});
