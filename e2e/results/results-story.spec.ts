import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../src/shared/fiscal-year.js';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import { type RunningServer, startServer } from '../support/server.js';
import { signIn } from '../support/session.js';
import { createStoryIndicators, type StoryIndicators } from './api-setup.js';

const NATIONAL = 'E2E digital public service users';
const CITY = 'E2E online issue reports';
const NS6 = 'National Strategy on Public Sector Rebalancing and Development';
// the quarter of today: inside the demo municipality plan (FY 2566–2570)
const TODAY = new Date();
const FY = fiscalYearOf(TODAY);
const QUARTER = Math.floor(((TODAY.getMonth() + 1 + 2) % 12) / 3) + 1; // Oct–Dec is Q1
const PERIOD = `${FY}-Q${QUARTER}`;
const PERIOD_LABEL = `Q${QUARTER} FY${FY - 543}`;
const CELL = `${CITY} — Mueang Udon Thani, Value`;
// a 1×1 transparent PNG
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The text of a table-view row of a figure, found by the name in its row header. */
async function figureRow(page: Page, figure: string | RegExp, row: string | RegExp): Promise<string> {
  const frame = page.getByRole('figure', { name: figure });
  await frame.getByRole('radio', { name: 'Table' }).click();
  const line = frame.getByRole('row', { name: row }).first();
  await line.waitFor();
  return (await line.textContent()) ?? '';
}

// Issue 5's story: a reporter enters and submits the quarter's value, the approver verifies it, and
// the National Strategy dashboard and the province map change at once.
describe.skipIf(!chromiumPath)('results story in Chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let reporter: Page;
  let approver: Page;
  let viewer: Page;
  let planner: Page;
  let ids: StoryIndicators;
  let ns6Before = '';

  beforeAll(async () => {
    server = await startServer();
    ids = await createStoryIndicators(server.baseURL, PERIOD, { national: NATIONAL, city: CITY });
    browser = await launchBrowser();
    reporter = await newPage(browser);
    approver = await newPage(browser);
    viewer = await newPage(browser);
    planner = await newPage(browser);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('before: the national dashboard row is noted and the map has no value for the quarter', async () => {
    await signIn(viewer, server.baseURL, 'viewer@demo.prasan.local');
    await viewer.goto(`${server.baseURL}/results/dashboard?period=${PERIOD}`);
    await viewer.getByRole('heading', { level: 1, name: 'Results dashboard' }).waitFor();
    // the demo may already hold values for this quarter: remember the row to compare after
    ns6Before = await figureRow(viewer, /National Strategies: achievement/, new RegExp(NS6));
    await expectNoA11yViolations(viewer, 'national dashboard (before)');

    await viewer.goto(`${server.baseURL}/results/map?indicator=${ids.cityId}&period=${PERIOD}`);
    await viewer.getByRole('heading', { level: 1, name: 'Province map' }).waitFor();
    expect(await figureRow(viewer, /provinces/, /Udon Thani/)).toMatch(/Udon Thani41—/);
    await expectNoA11yViolations(viewer, 'province map (before)');
  });

  it('the reporter enters the quarter in the grid, sees a refused value beside its cell, and submits', async () => {
    await signIn(reporter, server.baseURL, 'reporter@demo.prasan.local');
    await reporter.getByRole('link', { name: 'Report results' }).click();
    await reporter.getByRole('heading', { level: 1, name: 'Report results' }).waitFor();
    await reporter.getByRole('table', { name: new RegExp(`Indicator values for ${PERIOD_LABEL}`) }).waitFor();
    await expectNoA11yViolations(reporter, 'reporting grid');

    // a count cannot be negative: the server refuses it and the message sits beside the cell
    const cell = reporter.getByLabel(CELL);
    await cell.fill('-5');
    await reporter.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => cell.getAttribute('aria-invalid')).toBe('true');
    await expectNoA11yViolations(reporter, 'reporting grid with a refused cell');

    await cell.fill('40');
    await reporter.getByRole('button', { name: 'Save draft' }).click();
    await reporter.getByText('1 value saved as a draft.').waitFor();
    await reporter.getByText('Draft', { exact: true }).first().waitFor();

    // evidence for the value: a small PNG (the server checks the type by content)
    await reporter.getByRole('button', { name: new RegExp(`^Evidence for ${CITY}`) }).click();
    const dialog = reporter.getByRole('dialog');
    await dialog.getByText('No evidence attached yet.').waitFor();
    await dialog.getByLabel('Attach a file').setInputFiles({ name: 'log.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
    await dialog.getByText('File attached.').waitFor();
    await dialog.getByRole('link', { name: 'log.png' }).waitFor();
    await expectNoA11yViolations(reporter, 'evidence dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await reporter.getByRole('button', { name: 'Submit for verification' }).click();
    await reporter.getByText(/submitted for verification\.$/).waitFor();
    // the demo holds other submitted values, so wait for this cell itself to lock after the refetch
    await expect.poll(() => reporter.getByLabel(CELL).getAttribute('readonly')).not.toBeNull();
    await expectNoA11yViolations(reporter, 'reporting grid after submitting');
  });

  it('the approver rejects it with a reason, which the reporter sees beside the cell and corrects', async () => {
    await signIn(approver, server.baseURL, 'approver@demo.prasan.local');
    await approver.getByRole('link', { name: 'Verify results' }).click();
    await approver.getByRole('heading', { level: 1, name: 'Verify results' }).waitFor();
    await approver.getByRole('button', { name: new RegExp(`^Reject ${CITY}`) }).click();
    const dialog = approver.getByRole('dialog');
    await dialog.getByLabel('Reason for the reporter').fill('The log shows 42 reports, please correct.');
    await expectNoA11yViolations(approver, 'reject dialog');
    await dialog.getByRole('button', { name: 'Reject value' }).click();
    await approver.getByText('1 value rejected.').waitFor();

    await reporter.reload();
    await reporter.getByText('Rejected: The log shows 42 reports, please correct.').waitFor();
    await expectNoA11yViolations(reporter, 'reporting grid with a rejected value');
    await reporter.getByLabel(CELL).fill('42');
    await reporter.getByRole('button', { name: 'Submit for verification' }).click();
    await reporter.getByText(/submitted for verification\.$/).waitFor();
  });

  it('the approver verifies the corrected value', async () => {
    await approver.reload();
    const verify = approver.getByRole('button', { name: new RegExp(`^Verify ${CITY}`) });
    await verify.waitFor();
    expect(
      await approver
        .getByRole('row', { name: new RegExp(CITY) })
        .first()
        .textContent(),
    ).toContain('42');
    await expectNoA11yViolations(approver, 'verification inbox');
    await verify.click();
    await approver.getByText('1 value verified.').waitFor();
  });

  it('after: the national dashboard and the province map show the verified figure', async () => {
    await viewer.goto(`${server.baseURL}/results/dashboard?period=${PERIOD}`);
    await viewer.getByRole('heading', { level: 1, name: 'Results dashboard' }).waitFor();
    const ns6After = await figureRow(viewer, /National Strategies: achievement/, new RegExp(NS6));
    expect(ns6After).not.toBe(ns6Before);
    await expectNoA11yViolations(viewer, 'national dashboard (after)');
    // the strategy's own page: the national indicator at 42 of a target of 100, through the municipality's contribution
    await viewer
      .getByRole('link', { name: new RegExp(NS6) })
      .first()
      .click();
    await viewer.getByRole('heading', { level: 1, name: new RegExp(`Results: .*${NS6}`) }).waitFor();
    expect(await figureRow(viewer, /Indicators: achievement/, new RegExp(NATIONAL))).toMatch(/42.*Below target/);
    await expectNoA11yViolations(viewer, 'National Strategy 6 results');

    await viewer.goto(`${server.baseURL}/results/map?indicator=${ids.cityId}&period=${PERIOD}`);
    await viewer.getByRole('heading', { level: 1, name: 'Province map' }).waitFor();
    expect(await figureRow(viewer, /provinces/, /Udon Thani/)).toMatch(/Udon Thani4142/);
    await expectNoA11yViolations(viewer, 'province map (after)');

    // drill down to the districts of Udon Thani from the table
    await viewer.getByRole('button', { name: 'Show the districts of Udon Thani' }).click();
    const districts = viewer.getByRole('figure', { name: /districts of Udon Thani/ });
    await districts
      .getByRole('row', { name: /Mueang Udon Thani/ })
      .first()
      .waitFor();
    expect(
      await districts
        .getByRole('row', { name: /Mueang Udon Thani/ })
        .first()
        .textContent(),
    ).toMatch(/410142/);
    await expectNoA11yViolations(viewer, 'district map of Udon Thani');

    // any indicator with an area breakdown can colour the map: found by searching, then chosen
    await viewer.goto(`${server.baseURL}/results/map?period=${PERIOD}`);
    await viewer.getByRole('heading', { level: 1, name: 'Province map' }).waitFor();
    // 'E2E' finds the national indicator (listed first, the higher plan level) and the municipality's
    await viewer.getByLabel('Find an indicator').fill('E2E');
    await expect.poll(() => viewer.getByRole('button', { name: /Indicator/ }).textContent()).toContain(NATIONAL);
    await viewer.getByRole('button', { name: /Indicator/ }).click();
    await viewer.getByRole('option', { name: new RegExp(NATIONAL) }).waitFor();
    await viewer.getByRole('option', { name: new RegExp(CITY) }).click();
    await expect.poll(() => new URL(viewer.url()).searchParams.get('indicator')).toBe(ids.cityId);
    expect(await figureRow(viewer, /provinces/, /Udon Thani/)).toMatch(/Udon Thani4142/);
    await expectNoA11yViolations(viewer, 'province map with the indicator picker');
  });

  it('the element dashboard of the project shows the indicator with its achievement', async () => {
    await viewer.goto(`${server.baseURL}/plans`);
    await viewer.getByRole('link', { name: /Udon Thani City Municipality Local Development Plan/ }).click();
    await viewer.getByRole('link', { name: /online issue reporting and tracking/ }).click();
    await viewer.getByRole('link', { name: 'Open indicators and progress' }).click();
    await viewer.getByRole('heading', { level: 1, name: /Results: Project: online issue reporting/ }).waitFor();
    await viewer
      .getByRole('heading', { name: new RegExp(CITY) })
      .first()
      .waitFor();
    await expectNoA11yViolations(viewer, 'element dashboard');
  });
  it('a planner adds an indicator with a target through the form and writes a progress report', async () => {
    const name = 'E2E citizens trained in e-services';
    await signIn(planner, server.baseURL, 'planner@demo.prasan.local');
    await planner.goto(`${server.baseURL}/plans`);
    await planner.getByRole('link', { name: /Udon Thani City Municipality Local Development Plan/ }).click();
    await planner.getByRole('link', { name: /online issue reporting and tracking/ }).click();
    await planner.getByRole('link', { name: 'Open indicators and progress' }).click();
    await planner.getByRole('heading', { level: 1, name: /Results: Project: online issue reporting/ }).waitFor();

    await planner.getByRole('button', { name: 'Add indicator' }).click();
    const dialog = planner.getByRole('dialog', { name: 'New indicator' });
    await dialog.getByLabel('Name in Thai').fill('ประชาชนที่ได้รับการอบรมบริการออนไลน์ (ทดสอบ)');
    await dialog.getByLabel('Name in English').fill(name);
    await dialog.getByRole('button', { name: 'Add target' }).click();
    // a count is a whole number: the server's reason shows beside the target's value
    const value = dialog.getByLabel('Value of target 1');
    await value.fill('1.5');
    await dialog.getByRole('button', { name: 'Save indicator' }).click();
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    await expectNoA11yViolations(planner, 'indicator dialog with a refused target');
    await value.fill('75');
    await dialog.getByRole('button', { name: 'Save indicator' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = planner.getByRole('row', { name: new RegExp(name) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Output.*75/);

    // editing keeps the other fields and replaces the target
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = planner.getByRole('dialog', { name: `Edit indicator: ${name}` });
    expect(await edit.getByLabel('Name in English').inputValue()).toBe(name);
    await edit.getByLabel('Value of target 1').fill('80');
    // a yearly and a quarterly target beside it, each on its own period
    await edit.getByRole('button', { name: 'Add target' }).click();
    await edit.getByRole('button', { name: /Period of target 2/ }).click();
    await planner.getByRole('option', { name: `Fiscal year ${FY}`, exact: true }).click();
    await edit.getByLabel('Value of target 2').fill('300');
    await edit.getByRole('button', { name: 'Add target' }).click();
    await edit.getByRole('button', { name: /Period of target 3/ }).click();
    await planner.getByRole('option', { name: PERIOD_LABEL, exact: true }).click();
    await edit.getByLabel('Value of target 3').fill('90');
    await expectNoA11yViolations(planner, 'indicator dialog with yearly and quarterly targets');
    await edit.getByRole('button', { name: 'Save indicator' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/Output.*80/);
    expect(await row.textContent()).toContain(`Fiscal year ${FY}: 300`);
    expect(await row.textContent()).toContain(`${PERIOD_LABEL}: 90`);

    await planner.getByRole('button', { name: 'Write progress report' }).click();
    const report = planner.getByRole('dialog', { name: 'Progress report' });
    await report.getByLabel('% complete').fill('60');
    await report.getByRole('button', { name: /Status/ }).click();
    await planner.getByRole('option', { name: 'At risk' }).click();
    await report.getByLabel('Narrative').fill('Training started late; two of four sessions held.');
    await expectNoA11yViolations(planner, 'progress report dialog');
    await report.getByRole('button', { name: 'Save report' }).click();
    await report.waitFor({ state: 'detached' });
    const line = planner.getByRole('row', { name: /Training started late/ });
    await line.waitFor();
    expect(await line.textContent()).toMatch(/60.*At risk/);
    await expectNoA11yViolations(planner, "element dashboard with the planner's forms");

    // an indicator with verified values is kept, with the server's reason; an unused one is deleted
    await planner.getByRole('button', { name: `Delete ${CITY}` }).click();
    const confirm = planner.getByRole('alertdialog', { name: 'Delete this indicator?' });
    await expectNoA11yViolations(planner, 'delete indicator confirmation');
    await confirm.getByRole('button', { name: 'Delete indicator' }).click();
    await planner.getByText('The indicator was not deleted: This indicator has reported values or contributing indicators; it cannot be deleted').waitFor();
    await planner
      .getByRole('row', { name: new RegExp(CITY) })
      .first()
      .waitFor();
    await planner.getByRole('button', { name: `Delete ${name}` }).click();
    await planner.getByRole('alertdialog', { name: 'Delete this indicator?' }).getByRole('button', { name: 'Delete indicator' }).click();
    await row.waitFor({ state: 'detached' });
    await expectNoA11yViolations(planner, 'element dashboard after deleting an indicator');
  });
});
