import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import { type RunningServer, startServer } from '../support/server.js';
import { signIn } from '../support/session.js';

const PLAN = 'Udon Thani Provincial Development Plan 2024–2027';
const PROGRAMME = 'Programme: provincial one-stop service centre';
const PROJECT = 'Project: Udon Thani digital citizen services';
// FY 2570, clear of the demo's FY 2569 money, so the story's own figures are the only ones
const FY = 'FY 2027 (BE 2570)';

/** Opens an element of the province plan from the plan's element tree. */
async function openElement(page: Page, baseURL: string, title: string): Promise<void> {
  await page.goto(`${baseURL}/plans`);
  await page.getByRole('link', { name: PLAN }).click();
  await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function addBudgetLine(page: Page, amounts: { requested?: string; allocated: string }): Promise<void> {
  await page.getByRole('button', { name: 'Add budget line' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /Fiscal year/ }).click();
  await page.getByRole('option', { name: FY }).click();
  if (amounts.requested) await dialog.getByLabel('Requested').fill(amounts.requested);
  await dialog.getByLabel('Allocated').fill(amounts.allocated);
  await dialog.getByRole('button', { name: 'Save budget line' }).click();
  await dialog.waitFor({ state: 'detached' });
}

// Issue 6's story: a planner enters budget lines, the province records a transfer to a local
// government, the Secretariat's flow page shows it, and the checks page flags the over-allocation
// the planner's lines plant (a project allocated more than its programme).
describe.skipIf(!chromiumPath)('budgets story in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let planner: Page;
  let secretariat: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    planner = await newPage(browser);
    secretariat = await newPage(browser);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the planner enters a programme's budget line, and a bad amount is refused by field first", async () => {
    await signIn(planner, server.baseURL, 'planner@demo.prasan.local');
    await openElement(planner, server.baseURL, PROGRAMME);
    await planner.getByRole('heading', { level: 2, name: 'Budget lines' }).waitFor();
    await expectNoA11yViolations(planner, 'element page with budget lines');

    await planner.getByRole('button', { name: 'Add budget line' }).click();
    const dialog = planner.getByRole('dialog');
    await dialog.getByRole('button', { name: /Fiscal year/ }).click();
    await planner.getByRole('option', { name: FY }).click();
    await dialog.getByLabel('Allocated').fill('12.345');
    await dialog.getByRole('button', { name: 'Save budget line' }).click();
    await dialog.getByText('Use at most two decimals (satang).').waitFor();
    expect(await dialog.getByLabel('Allocated').getAttribute('aria-invalid')).toBe('true');
    await expectNoA11yViolations(planner, 'budget line form with a field error');
    await dialog.getByLabel('Requested').fill('1,200,000');
    await dialog.getByLabel('Allocated').fill('1,000,000');
    await dialog.getByRole('button', { name: 'Save budget line' }).click();
    await dialog.waitFor({ state: 'detached' });

    const table = planner.getByRole('table', { name: FY });
    const row = table.getByRole('row', { name: /State budget/ });
    await row.waitFor();
    expect((await row.textContent())?.replace(/\s/g, ' ')).toMatch(/1,200,000\.00.*1,000,000\.00/);
    await expectNoA11yViolations(planner, 'element page after a budget line');
  });

  it('enters more for the project below than its programme has, in Thai digits', async () => {
    // the project sits under the programme: its page lists it among the contributors
    await planner
      .getByRole('link', { name: new RegExp(PROJECT) })
      .first()
      .click();
    await planner.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
    await addBudgetLine(planner, { allocated: '๑,๕๐๐,๐๐๐' });
    const row = planner.getByRole('table', { name: FY }).getByRole('row', { name: /State budget/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('1,500,000.00');
  });

  it('the province records a transfer to the city municipality, funding one of its projects', async () => {
    await planner.goto(`${server.baseURL}/budget-transfers?fy=2570`);
    await planner.getByRole('heading', { level: 1, name: 'Transfers' }).waitFor();
    await planner.getByText('No transfers for this fiscal year.').waitFor();
    await expectNoA11yViolations(planner, 'transfers page (empty)');

    await planner.getByRole('button', { name: 'Record transfer' }).click();
    const dialog = planner.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'From organisation' }).fill('Udon Thani Provincial');
    await planner
      .getByRole('option', { name: /Udon Thani Provincial Office/ })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: 'To organisation' }).fill('Udon Thani City');
    await planner
      .getByRole('option', { name: /Udon Thani City Municipality/ })
      .first()
      .click();
    await dialog.getByLabel('Amount (baht)').fill('250,000');
    await dialog.getByRole('button', { name: /Status/ }).click();
    await planner.getByRole('option', { name: 'Approved' }).click();
    await dialog.getByRole('combobox', { name: 'Add a funded element' }).fill('online issue reporting');
    await planner
      .getByRole('option', { name: /online issue reporting/ })
      .first()
      .click();
    await dialog
      .getByText(/online issue reporting and tracking/)
      .first()
      .waitFor();
    await expectNoA11yViolations(planner, 'record transfer form');
    await dialog.getByRole('button', { name: 'Save transfer' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = planner.getByRole('row', { name: /Udon Thani City Municipality/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Udon Thani Provincial Office.*250,000\.00.*Approved.*1 element/);
    await expectNoA11yViolations(planner, 'transfers page with a transfer');
  });

  it("the Secretariat's flow page shows the money and the transfer, as a chart and as a table", async () => {
    await signIn(secretariat, server.baseURL, 'viewer@demo.prasan.local');
    await secretariat.getByRole('link', { name: 'Budgets', exact: true }).click();
    await secretariat.getByRole('heading', { level: 1, name: 'Budget flow' }).waitFor();
    // the year is in the link, whatever year it is today
    await secretariat.goto(`${server.baseURL}/budget-flow?fy=2570`);
    await secretariat.getByRole('heading', { level: 1, name: 'Budget flow' }).waitFor();
    const figure = secretariat.getByRole('figure', { name: `Budget flow, ${FY}` });
    await figure.getByRole('img').waitFor();
    await expectNoA11yViolations(secretariat, 'budget flow (chart)');

    await figure.getByRole('radio', { name: 'Table' }).click();
    const transfer = figure.getByRole('row', { name: /Udon Thani Provincial Office.*Udon Thani City Municipality/ });
    await transfer.waitFor();
    expect(await transfer.textContent()).toContain('250,000.00');
    await figure
      .getByRole('row', { name: /State budget/ })
      .first()
      .waitFor();
    await expectNoA11yViolations(secretariat, 'budget flow (table)');
  });

  it('the checks page flags the over-allocation with its numbers and a link to fix it', async () => {
    await planner.goto(`${server.baseURL}/budget-checks?fy=2570`);
    await planner.getByRole('heading', { level: 1, name: 'Consistency checks' }).waitFor();
    const group = planner.getByRole('region', { name: /Children allocated more than their parent/ });
    const row = group.getByRole('row', { name: new RegExp(PROGRAMME) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/1,000,000\.00.*1,500,000\.00.*500,000\.00/);
    await expectNoA11yViolations(planner, 'consistency checks');
    await row.getByRole('link', { name: `Open ${PROGRAMME}` }).click();
    await planner.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
  });

  it("the resource mobilisation page shows a plan's programmes and their funding gap", async () => {
    await planner.goto(`${server.baseURL}/resource-mobilisation?fy=2570`);
    await planner.getByRole('heading', { level: 1, name: 'Resource mobilisation' }).waitFor();
    await planner.getByRole('combobox', { name: 'Plan' }).fill('Udon Thani Provincial Development');
    await planner.getByRole('option', { name: PLAN }).click();
    const row = planner.getByRole('row', { name: new RegExp(PROGRAMME) });
    await row.waitFor();
    await expectNoA11yViolations(planner, 'resource mobilisation');
  });
});
