// The page analyses the open list again only when something the analysis reads has changed:
// its customers or the settings the analysis reads. Each analysis is timed as a User Timing
// entry named "vp:analyse" (performance.measure), which this test counts: editing the cohort
// table (its own memo), renaming the list or switching views analyses nothing; editing one
// customer analyses the list once, not once per view or per save; editing the 80/20 share
// redoes one stage of it (counted too, as the memo runs once); edits typed into the customer
// table analyse nothing in their own tasks: once the page is still the analysis is made in the
// background ("vp:analyse-ahead"), and the Overview then opens on it. Drives the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, defineMidwayAhead, analysed, entryCount, reloadSaved } from './helpers.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));

test('a cohort edit, a rename or a view switch analyses no customer; a customer edit analyses once', async () => {
  const { page, errors } = await openPage(browser, server.base);
  // Made in the click that shows it, or ahead in the background once the page is still.
  const analyses = () => page.evaluate(() => ['vp:analyse', 'vp:analyse-ahead']
    .reduce((n, name) => n + performance.getEntriesByName(name).length, 0));
  await page.getByRole('button', { name: 'Lifetime', exact: true }).click();
  const cohort = page.getByRole('table', { name: /^Cohort lifetime value table/ });
  await cohort.waitFor();
  await settle(page);
  const atStart = await analyses();
  assert.ok(atStart >= 1, `the demo list was analysed (${atStart} analyses timed)`);

  // The cohort table follows its inputs, with no analysis of the list.
  const customers = cohort.locator('tr').filter({ has: page.locator('th', { hasText: /^Customers$/ }) }).locator('td');
  const yearTwoBefore = await customers.nth(1).textContent();
  const retention = page.getByRole('textbox', { name: 'Retention rate, year 1' });
  await retention.fill('50');
  await retention.press('Tab');
  await page.waitForFunction((before) => {
    const row = [...document.querySelectorAll('table.cohort tr')].find((r) => r.querySelector('th')?.textContent === 'Customers');
    return row && row.querySelectorAll('td')[1]?.textContent !== before;
  }, yearTwoBefore);
  await settle(page);
  assert.equal(await analyses(), atStart, 'editing the cohort table analysed the list again');

  // Views and the list's name are not analysed either.
  for (const name of ['Overview', 'Pyramid and ratings', 'Customers']) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.locator('main h2').first().waitFor();
  }
  const listName = page.getByRole('textbox', { name: 'List name' });
  await listName.fill('Renamed demo');
  await listName.press('Tab');
  await page.getByRole('combobox', { name: 'Open list' }).locator('option', { hasText: 'Renamed demo' }).waitFor({ state: 'attached' });
  await settle(page);
  assert.equal(await analyses(), atStart, 'switching views or renaming the list analysed it again');

  // One customer edited: one analysis, whatever the views and the save do afterwards.
  const revenue = page.locator('table.customers input[id$="-revenue_per_year"]').first();
  await revenue.fill('123456');
  await revenue.press('Tab');
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  // The analysis runs when a view that reads it is shown (or ahead, if the page was still).
  await page.waitForFunction((n) => ['vp:analyse', 'vp:analyse-ahead']
    .reduce((k, name) => k + performance.getEntriesByName(name).length, 0) > n, atStart);
  await page.getByRole('button', { name: 'Pareto and concentration', exact: true }).click();
  await page.locator('main h2').first().waitFor();
  await settle(page);
  assert.equal(await analyses(), atStart + 1, 'one customer edit analysed the list more than once');
  assert.deepEqual(errors, []);
});

test('typing in the customer table analyses nothing in its tasks; the analysis is made ahead once the page is still, and the Overview opens on it', async () => {
  const { page, errors } = await openPage(browser, server.base);
  const analyses = () => page.evaluate(() => performance.getEntriesByName('vp:analyse').length);
  const ahead = () => page.evaluate(() => performance.getEntriesByName('vp:analyse-ahead').length);
  await page.getByText('252 customers, 40 prospects').first().waitFor();
  await page.locator('main h2').first().waitFor();
  const overviewBefore = await page.locator('main').innerText();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await settle(page);
  const finished = () => page.evaluate(() => performance.getEntriesByName('vp:analyse-finish').length);
  const [atStart, aheadAtStart, finishedAtStart] = [await analyses(), await ahead(), await finished()];
  // Three edits, one of them making a customer a prospect: the counts beside the list follow
  // in the edit's own task, and no edit analyses the list in its task.
  const revenue = page.locator('table.customers input[id$="-revenue_per_year"]');
  for (const [k, value] of [[0, '1000'], [1, '2000']]) {
    await revenue.nth(k).fill(value);
    await revenue.nth(k).press('Tab');
  }
  const status = page.locator('table.customers select[id$="-status"]').first();
  assert.equal(await status.inputValue(), 'customer');
  // A drop-down of the table draws its choices when it takes the focus.
  await status.focus();
  await status.selectOption('prospect');
  await page.getByText('251 customers, 41 prospects').first().waitFor();
  assert.equal(await analyses(), atStart, 'an edit in the table analysed the list in its own task');
  assert.equal(await finished(), finishedAtStart, 'an edit finished an analysis made ahead in its task');
  // Still for a moment, the page makes the analysis in the background, a stage a task.
  await analysed(page);
  assert.ok(await ahead() > aheadAtStart, 'the analysis was made ahead');
  assert.equal(await analyses(), atStart, 'nothing analysed the list but the background');
  // The Overview then shows the three edits with no analysis in its click.
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.locator('main h2').first().waitFor();
  await settle(page);
  assert.equal(await analyses(), atStart);
  await page.getByText('251 customers, 41 prospects').first().waitFor();
  const overviewAfter = await page.locator('main').innerText();
  assert.notEqual(overviewAfter, overviewBefore, 'the Overview shows the edits');
  // What the analysis made ahead shows is what an analysis of the stored list from nothing
  // shows after a reload.
  await reloadSaved(page);
  await page.getByText('251 customers, 41 prospects').first().waitFor();
  await page.locator('main h2').first().waitFor();
  await settle(page);
  assert.equal(await page.locator('main').innerText(), overviewAfter);
  assert.deepEqual(errors, []);
});

test('an edit, or a view opened, while the analysis is made ahead finishes it first; another list opened lets it go; the figures are those of an analysis from nothing', async () => {
  const { page, errors } = await openPage(browser, server.base);
  const count = (name) => entryCount(page, name);
  await page.getByText('252 customers, 40 prospects').first().waitFor();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await settle(page);
  const [finishedAtStart, analysesAtStart] = [await count('vp:analyse-finish'), await count('vp:analyse')];
  // Each time an analysis made ahead starts, a few tasks into it (messages to the page's own
  // channel, queued as its stages queue theirs): the first time a second customer's revenue is
  // edited, the second time the Overview is opened. Each notes whether the analysis was still
  // under way just before, how many analyses that finished, and whether one is under way after.
  await defineMidwayAhead(page);
  // Started, not awaited: the edit below sets it going.
  await page.evaluate(() => { (async () => {
    window.vpMidway = [];
    const underWay = () => document.documentElement.hasAttribute('data-analysing-ahead');
    const finished = () => performance.getEntriesByName('vp:analyse-finish').length;
    window.vpMidway.push(await window.vpMidwayAhead(3, (wasUnderWay) => {
      const before = finished();
      const input = document.querySelectorAll('table.customers input[id$="-revenue_per_year"]')[1];
      input.value = '3333';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return ['edit', wasUnderWay, finished() - before, underWay()];
    }));
    window.vpMidway.push(await window.vpMidwayAhead(3, async (wasUnderWay) => {
      const before = finished();
      [...document.querySelectorAll('nav.tabs button')].find((b) => b.textContent.trim() === 'Overview').click();
      // Leptos draws the view in microtasks after the click, before any other task.
      for (let k = 0; k < 50; k += 1) await Promise.resolve();
      return ['view', wasUnderWay, finished() - before, underWay()];
    }));
  })(); });
  const revenue = page.locator('table.customers input[id$="-revenue_per_year"]').first();
  await revenue.fill('1111');
  await revenue.press('Tab');
  await page.waitForFunction(() => window.vpMidway.length === 2);
  await page.locator('main h2').first().waitFor();
  await analysed(page);
  await settle(page);
  // Each finished the analysis under way in its own task, midway, before the edit was made or
  // the view drawn.
  assert.deepEqual(await page.evaluate(() => window.vpMidway), [['edit', true, 1, false], ['view', true, 1, false]]);
  assert.equal(await count('vp:analyse-finish'), finishedAtStart + 2);
  assert.equal(await count('vp:analyse'), analysesAtStart, 'no analysis was made but the ones ahead');
  assert.equal(await page.getByRole('button', { name: 'Overview', exact: true }).getAttribute('aria-current'), 'page');
  const shown = await page.locator('main').innerText();
  await reloadSaved(page);
  await page.locator('main h2').first().waitFor();
  await settle(page);
  assert.equal(await page.locator('main').innerText(), shown);

  // Another list opened while an analysis of the open one is made ahead: that analysis is let
  // go, not finished in the click.
  await page.getByRole('button', { name: 'New list' }).click();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByRole('combobox', { name: 'Open list' }).selectOption({ label: 'Demo customers' });
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await analysed(page);
  const finishedBefore = await count('vp:analyse-finish');
  await defineMidwayAhead(page);
  await page.evaluate(() => {
    window.vpSwitched = null;
    window.vpMidwayAhead(0, () => {
      const open = document.getElementById('list-select');
      const other = [...open.options].find((o) => !o.selected);
      const ahead = () => performance.getEntriesByName('vp:analyse-ahead').length;
      const before = ahead();
      open.value = other.value;
      open.dispatchEvent(new Event('change', { bubbles: true }));
      // Long enough for the analysis to end had it gone on (a few milliseconds at 320
      // customers), too short for the new list's own to start.
      setTimeout(() => {
        window.vpSwitched = [document.documentElement.hasAttribute('data-analysing-ahead'), ahead() - before];
      }, 100);
    });
  });
  const stored = page.locator('table.customers input[id$="-revenue_per_year"]');
  assert.deepEqual([await stored.nth(0).inputValue(), await stored.nth(1).inputValue()], ['1111', '3333']);
  await stored.nth(2).fill('4444');
  await stored.nth(2).press('Tab');
  await page.waitForFunction(() => window.vpSwitched !== null);
  assert.deepEqual(await page.evaluate(() => window.vpSwitched), [false, 0], 'the analysis of the list left is let go');
  await settle(page);
  assert.equal(await count('vp:analyse-finish'), finishedBefore, 'opening another list finished no analysis');
  assert.deepEqual(errors, []);
});

test('an undone delete while the analysis is made ahead lets it go rather than copy the list; the figures are those of an analysis from nothing', async () => {
  const { page, errors } = await openPage(browser, server.base);
  const count = (name) => entryCount(page, name);
  await page.getByText('252 customers, 40 prospects').first().waitFor();
  const overviewBefore = await page.locator('main').innerText();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await analysed(page);
  const finishedAtStart = await count('vp:analyse-finish');
  // A few tasks into the analysis made ahead after the delete, the delete is undone.
  await defineMidwayAhead(page);
  await page.evaluate(() => {
    window.vpUndone = null;
    window.vpMidwayAhead(3, (wasUnderWay) => {
      [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Undo delete').click();
      window.vpUndone = [wasUnderWay, document.documentElement.hasAttribute('data-analysing-ahead')];
    });
  });
  await page.locator('table.customers button', { hasText: /^Delete/ }).nth(2).click();
  await page.waitForFunction(() => window.vpUndone !== null);
  assert.deepEqual(await page.evaluate(() => window.vpUndone), [true, false], 'the analysis under way was let go at the undo');
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await analysed(page);
  assert.equal(await count('vp:analyse-finish'), finishedAtStart, 'the undo finished no analysis');
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await page.locator('main h2').first().waitFor();
  await settle(page);
  assert.equal(await page.locator('main').innerText(), overviewBefore, 'the list is as it was, and so is its analysis');
  assert.deepEqual(errors, []);
});

test('keys typed into the next cell postpone the analysis made ahead until they stop', async () => {
  const { page, errors } = await openPage(browser, server.base);
  await page.getByText('252 customers, 40 prospects').first().waitFor();
  await page.getByRole('button', { name: 'Customers', exact: true }).click();
  await page.getByText('Showing 320 of 320 entries.').waitFor();
  await analysed(page);
  const revenue = page.locator('table.customers input[id$="-revenue_per_year"]').first();
  await revenue.fill('2222');
  await revenue.press('Tab');
  // Ten keys into another cell, one every 100 ms (its value never committed): the analysis
  // made ahead, due 300 ms after the edit, waits until 300 ms after the last key.
  const [lastKey, started] = await page.evaluate(() => new Promise((done) => {
    let started = null;
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute('data-analysing-ahead')) return;
      started = performance.now();
      observer.disconnect();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-analysing-ahead'] });
    const cell = document.querySelectorAll('table.customers input[id$="-name"]')[3];
    let keys = 0;
    let lastKey = 0;
    const key = () => {
      if (keys === 10) {
        const ended = () => (started === null ? setTimeout(ended, 50) : done([lastKey, started]));
        ended();
        return;
      }
      keys += 1;
      cell.value += 'x';
      cell.dispatchEvent(new Event('input', { bubbles: true }));
      lastKey = performance.now();
      setTimeout(key, 100);
    };
    key();
  }));
  assert.ok(started - lastKey >= 290, `the analysis started ${Math.round(started - lastKey)} ms after the last key`);
  await analysed(page);
  assert.deepEqual(errors, []);
});
