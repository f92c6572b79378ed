import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { appServer, signIn } from '../support/session.js';

const PLAN = 'E2E Udon Thani City plan 2026–2027';
const PROVINCE_PROJECT = 'Project: festival road safety campaign, Mueang Udon Thani district';

// Issue 7: a planner drafting a municipal project is shown, before saving, the province's road-safety
// campaign in the same district (another organisation's project), with the shared words marked.
describe.skipIf(!chromiumPath)('overlap warning while typing, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let planner: Page;

  beforeAll(async () => {
    server = await appServer();
    browser = await launchBrowser();
    planner = await newPage(browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the planner drafts a plan for the city municipality', async () => {
    await signIn(planner, server.baseURL, 'planner@demo.prasan.local');
    await planner.getByRole('link', { name: 'Plans', exact: true }).click();
    await planner.getByRole('button', { name: 'New plan' }).click();
    const dialog = planner.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Owner organisation' }).fill('Udon Thani City');
    await planner
      .getByRole('option', { name: /Udon Thani City Municipality/ })
      .first()
      .click();
    await dialog.getByRole('button', { name: /Level/ }).click();
    await planner.getByRole('option', { name: 'Local government development plan' }).click();
    await dialog.getByLabel('First fiscal year (BE)').fill('2569');
    await dialog.getByLabel('Last fiscal year (BE)').fill('2570');
    await dialog.getByLabel('Title in Thai').fill('แผนพัฒนาเทศบาลนครอุดรธานี (ทดสอบ)');
    await dialog.getByLabel('Title in English').fill(PLAN);
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await planner.getByRole('heading', { level: 1, name: PLAN }).waitFor();
  });

  it('is warned while typing a project that duplicates the province campaign, before saving', async () => {
    await planner.getByRole('button', { name: 'Add top-level element' }).click();
    const dialog = planner.getByRole('dialog');
    await dialog.getByRole('button', { name: /Kind/ }).click();
    await planner.getByRole('option', { name: 'Project' }).click();
    // the area first: the check blocks by area, so nothing is shown without one
    await dialog.getByRole('combobox', { name: 'Areas served' }).fill('Mueang Udon');
    await planner
      .getByRole('option', { name: /Mueang Udon Thani/ })
      .first()
      .click();
    await dialog.getByRole('list', { name: 'Chosen areas' }).getByText(/4101/).waitFor();
    await expect(dialog.getByTestId('overlap-warning').count()).resolves.toBe(0);

    // typed key by key, as a planner would; the warning follows the typing (debounced)
    await dialog.getByLabel('Title in Thai').pressSequentially('โครงการรณรงค์ความปลอดภัยทางถนนช่วงสงกรานต์', { delay: 5 });
    await dialog.getByLabel('Title in English').pressSequentially('Songkran road safety campaign', { delay: 5 });
    const warning = dialog.getByTestId('overlap-warning');
    await warning.waitFor();
    await warning.getByText(PROVINCE_PROJECT.replace('Project: ', ''), { exact: false }).first().waitFor();
    const text = await warning.textContent();
    expect(text).toContain('Udon Thani Provincial Office');
    expect(text).toMatch(/Similarity \d+\s?%/);
    expect(text).toMatch(/Periods overlap|One area lies within the other|Same area/);
    // the words both projects share are marked in the other project's title
    const marked = await warning.locator('mark').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['road safety', 'campaign']));
    // the organisation's own projects are never reported as duplicates
    expect(text).not.toContain('Udon Thani City Municipality ·');
    await expectNoA11yViolations(planner, 'element form with overlap warning');

    // still the planner's choice: the project saves, with its area
    await dialog.getByRole('button', { name: 'Save element' }).click();
    await dialog.waitFor({ state: 'detached' });
    await planner.getByRole('link', { name: 'Songkran road safety campaign' }).waitFor();
  });

  it('stays quiet for a project that duplicates nobody', async () => {
    await planner.getByRole('button', { name: 'Add top-level element' }).click();
    const dialog = planner.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Areas served' }).fill('Mueang Udon');
    await planner
      .getByRole('option', { name: /Mueang Udon Thani/ })
      .first()
      .click();
    await dialog.getByLabel('Title in English').pressSequentially('Municipal library opening hours extension', { delay: 5 });
    // give the debounced check time to answer, then make sure it found nothing
    await planner.waitForTimeout(1500);
    await expect(dialog.getByTestId('overlap-warning').count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
