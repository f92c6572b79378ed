import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import { type RunningServer, startServer } from '../support/server.js';
import { signIn } from '../support/session.js';

const DEMO_EN = 'Performance agreement: Udon Thani Province and Udon Thani City Municipality';
const DEMO_TH = 'คำรับรองการปฏิบัติราชการ ระหว่างจังหวัดอุดรธานีและเทศบาลนครอุดรธานี';

// Issue 5, performance agreements: the province's approver opens the demo agreement with the city
// municipality, reads its KPI scores and weighted total, and opens the printable agreement, in
// Thai (Buddhist-Era dates) and English.
describe.skipIf(!chromiumPath)('performance agreements in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage(browser);
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
});
