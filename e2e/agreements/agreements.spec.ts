import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import { type RunningServer, startServer } from '../support/server.js';
import { signIn } from '../support/session.js';
import { createAgreementStory, KPI_NAMES, SECRETARIAT_PLANNER } from './api-setup.js';

const DEMO_EN = 'Performance agreement: Udon Thani Province and Udon Thani City Municipality';
const DEMO_TH = 'คำรับรองการปฏิบัติราชการ ระหว่างจังหวัดอุดรธานีและเทศบาลนครอุดรธานี';

/**
 * Types into a search picker and picks the option. Right after a refused save, headless Chromium
 * occasionally sees the first text reset before the search runs (an unselected react-aria combo box
 * clearing itself); typing again is what a user would do, so the story retries twice.
 */
async function pick(page: Page, combo: Locator, text: string, option: RegExp): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await combo.fill(text);
    try {
      await page.getByRole('option', { name: option }).click({ timeout: 4000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

// Issue 5, performance agreements: the province's approver opens the demo agreement with the city
// municipality, reads its KPI scores and weighted total, and opens the printable agreement, in
// Thai (Buddhist-Era dates) and English.
describe.skipIf(!chromiumPath)('performance agreements in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let secretariat: Page;

  beforeAll(async () => {
    server = await startServer();
    await createAgreementStory(server.baseURL);
    browser = await launchBrowser();
    page = await newPage(browser);
    secretariat = await newPage(browser);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the demo agreement and opens it with its scores, in Thai', async () => {
    await signIn(page, server.baseURL, 'approver@demo.prasan.local', { language: 'th' });
    await page.getByRole('link', { name: 'คำรับรอง', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'คำรับรองการปฏิบัติราชการ' }).waitFor();
    await page.getByRole('link', { name: DEMO_TH }).waitFor();
    await expectNoA11yViolations(page, 'agreements list (th)');

    await page.getByRole('link', { name: DEMO_TH }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_TH }).waitFor();
    const total = (await page.getByTestId('agreement-total').textContent())?.trim() ?? '';
    expect(total).toMatch(/^[1-5]\.\d{4}$/);
    expect((await page.getByTestId('weighted-total').textContent())?.trim()).toBe(total);
    await page.getByRole('table', { name: /ตัวชี้วัด น้ำหนัก/ }).waitFor();
    expect(await page.getByText('ลงนามแล้ว').count()).toBeGreaterThan(0);
    await expectNoA11yViolations(page, 'agreement page (th)');
  });

  it('shows the printable agreement with signature blocks and Buddhist-Era dates', async () => {
    await page.getByRole('link', { name: 'คำรับรองฉบับพิมพ์' }).click();
    await page.getByRole('heading', { level: 1, name: 'คำรับรองการปฏิบัติราชการ' }).waitFor();
    await page.getByRole('region', { name: 'ผู้รับคำรับรอง' }).waitFor();
    await page.getByRole('region', { name: 'ผู้ทำคำรับรอง' }).waitFor();
    expect(await page.getByText('นายกเทศมนตรีนครอุดรธานี').count()).toBeGreaterThan(0);
    // the period is printed in the Buddhist Era: 1 ต.ค. 25xx
    expect(await page.locator('.print-sheet').textContent()).toMatch(/1 ตุลาคม 25\d\d/);
    await expectNoA11yViolations(page, 'printable agreement (th)');
    // print media hides the app around the sheet
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.print-sheet').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('reads the same agreement in English', async () => {
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Back to the agreement' }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_EN }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sign-off' }).waitFor();
    await page.getByRole('button', { name: 'Evaluate and freeze scores' }).waitFor();
    await expectNoA11yViolations(page, 'agreement page (en)');
  });

  // Issue 5's gap: a Secretariat planner drafts an agreement with a Directorate in the browser; the
  // weights at 90 % are refused under the total, at 100 % the draft is saved and shown.
  it('a Secretariat planner drafts an agreement with two KPIs, is refused at 90 %, fixes it to 100 % and sees it', async () => {
    const p = secretariat;
    await p.goto(server.baseURL);
    await p.getByLabel('Email').fill(SECRETARIAT_PLANNER.email);
    await p.getByLabel('Password').fill(SECRETARIAT_PLANNER.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await p.getByRole('link', { name: 'Agreements', exact: true }).click();
    await p.getByRole('heading', { level: 1, name: 'Performance agreements' }).waitFor();
    await p.getByRole('link', { name: 'New agreement' }).click();
    await p.getByRole('heading', { level: 1, name: 'New agreement' }).waitFor();
    await expectNoA11yViolations(p, 'new agreement form');
    // nothing picked yet: the form names the pickers left empty instead of sending malformed ids
    await p.getByRole('button', { name: 'Save draft' }).click();
    await p.getByText('Choose the agent organisation from the list').waitFor();
    await p.getByText('Choose the KPI’s indicator from the list').waitFor();
    await p.getByText('Please correct the fields marked below.').waitFor(); // the server's answer, with the other fields' reasons

    // the principal is the planner's own organisation; the agent is found by name
    expect(await p.getByRole('button', { name: /Principal/ }).textContent()).toContain('National Strategy Secretariat');
    await pick(p, p.getByRole('combobox', { name: 'Agent' }), 'Local Administration', /Department of Local Administration/);
    await p.getByLabel('Title in Thai').fill('คำรับรองการปฏิบัติราชการ สศช. และ สถ. (ทดสอบ)');
    await p.getByLabel('Title in English').fill('E2E agreement: Secretariat and Department of Local Administration');

    const kpi = (n: number) => p.getByRole('group', { name: `KPI ${n}` });
    const fillKpi = async (n: number, search: string, indicator: string, weight: string, levels: string[]) => {
      await pick(p, kpi(n).getByRole('combobox', { name: 'Indicator' }), search, new RegExp(indicator));
      await kpi(n).getByLabel('Weight (%)').fill(weight);
      for (const [i, value] of levels.entries())
        await kpi(n)
          .getByLabel(`Level ${i + 1}`)
          .fill(value);
    };
    await fillKpi(1, 'tap water', KPI_NAMES.water, '60', ['60', '70', '80', '90', '100']);
    await p.getByRole('button', { name: 'Add KPI' }).click();
    await fillKpi(2, 'roads repaired', KPI_NAMES.roads, '30', ['20', '40', '60', '80', '100']);
    expect(await p.getByTestId('form-weights-total').textContent()).toBe('90.00 %');

    await p.getByRole('button', { name: 'Save draft' }).click();
    await p.getByText('the KPI weights must total exactly 100 %; they total 90 %').waitFor();
    await p.getByText('Please correct the fields marked below.').waitFor();
    await expectNoA11yViolations(p, 'agreement form refused at 90 %');

    await kpi(2).getByLabel('Weight (%)').fill('40');
    expect(await p.getByTestId('form-weights-total').textContent()).toBe('100.00 %');
    await p.getByRole('button', { name: 'Save draft' }).click();
    await p.getByRole('heading', { level: 1, name: 'E2E agreement: Secretariat and Department of Local Administration' }).waitFor();
    const rows = p.getByRole('table', { name: /KPIs with weight/ }).getByRole('row');
    await rows.filter({ hasText: KPI_NAMES.water }).waitFor();
    expect(await rows.filter({ hasText: KPI_NAMES.water }).textContent()).toMatch(/60\.00.*60.*70.*80.*90.*100/);
    expect(await rows.filter({ hasText: KPI_NAMES.roads }).textContent()).toMatch(/40\.00/);
    expect(await rows.filter({ hasText: 'Total' }).textContent()).toContain('100.00');
    expect(await p.getByText('Draft', { exact: true }).count()).toBeGreaterThan(0);
    await p.getByRole('button', { name: 'Propose for signature' }).waitFor();
    await expectNoA11yViolations(p, 'the drafted agreement');
  });

  it('the planner edits the draft: removes a KPI and gives the other the whole weight', async () => {
    const p = secretariat;
    await p.getByRole('link', { name: 'Edit draft' }).click();
    await p.getByRole('heading', { level: 1, name: /^Edit draft:/ }).waitFor();
    expect(await p.getByRole('group', { name: 'KPI 1' }).getByRole('combobox', { name: 'Indicator' }).inputValue()).toContain(KPI_NAMES.water);
    await p.getByRole('button', { name: 'Remove KPI 2' }).click();
    await p.getByRole('group', { name: 'KPI 1' }).getByLabel('Weight (%)').fill('100');
    await expectNoA11yViolations(p, 'editing a draft agreement');
    await p.getByRole('button', { name: 'Save changes' }).click();
    await p.getByRole('heading', { level: 1, name: 'E2E agreement: Secretariat and Department of Local Administration' }).waitFor();
    const table = p.getByRole('table', { name: /KPIs with weight/ });
    await expect.poll(async () => table.getByRole('row').filter({ hasText: KPI_NAMES.roads }).count()).toBe(0);
    expect(await table.getByRole('row').filter({ hasText: KPI_NAMES.water }).textContent()).toMatch(/100\.00/);
  });
});
