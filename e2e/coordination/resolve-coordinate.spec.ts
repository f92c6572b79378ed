import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { apiAs, appServer, signIn } from '../support/session.js';

const CITY_PROJECT = 'E2E Songkran road safety campaign, Udon Thani City';
const PROVINCE_PROJECT = 'Project: festival road safety campaign, Mueang Udon Thani district';

/** The pair's card, whichever project the server lists first. */
const pairCard = (page: Page) => page.getByRole('article').filter({ hasText: CITY_PROJECT }).filter({ hasText: PROVINCE_PROJECT }).first();

// Issue 7: a coordination officer opens the province's overlaps, resolves the municipal/provincial
// road-safety pair as "coordinate", and the new linkage shows in the province project's alignment.
describe.skipIf(!chromiumPath)('resolving an overlap as coordinate, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let officer: Page;

  beforeAll(async () => {
    server = await appServer();
    browser = await launchBrowser();
    officer = await newPage(browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a draft municipal project overlaps the province campaign (set up through the API)', async () => {
    await signIn(officer, server.baseURL, 'planner@demo.prasan.local');
    const city = await apiAs<{ items: Array<{ id: string; code: string }> }>(
      officer,
      server.baseURL,
      'GET',
      '/api/v1/organisations?q=UDN-CITY&limit=5&offset=0',
    );
    const owner = city.items.find((o) => o.code === 'UDN-CITY')!;
    const plan = await apiAs<{ id: string }>(officer, server.baseURL, 'POST', '/api/v1/plans', {
      ownerOrganisationId: owner.id,
      levelCode: 'local',
      fyStart: 2569,
      fyEnd: 2570,
      titleTh: 'แผนพัฒนาเทศบาลนครอุดรธานี (ทดสอบ)',
      titleEn: 'E2E Udon Thani City plan',
    });
    await apiAs(officer, server.baseURL, 'POST', `/api/v1/plans/${plan.id}/elements`, {
      kind: 'project',
      titleTh: 'โครงการรณรงค์ความปลอดภัยทางถนนช่วงสงกรานต์ เทศบาลนครอุดรธานี',
      titleEn: CITY_PROJECT,
      areaCodes: ['410101'],
    });
  });

  it('the officer sees the pair ranked with its reasons on the Overlaps page of Udon Thani', async () => {
    await officer.getByRole('link', { name: 'Overlaps', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Overlapping projects' }).waitFor();
    await expectNoA11yViolations(officer, 'overlaps page before an area is chosen');
    await officer.getByRole('combobox', { name: 'Province' }).fill('Udon');
    await officer
      .getByRole('option', { name: /^Udon Thani/ })
      .first()
      .click();
    const pair = pairCard(officer);
    await pair.waitFor();
    const text = await pair.textContent();
    expect(text).toMatch(/Similarity \d+\s?%/);
    expect(text).toContain('One area lies within the other');
    // the province campaign's 450,000 baht allocated (demo budget lines); the new city project has none yet
    expect(text).toMatch(/Budget at stake: \D*450,000\.00/);
    expect(await pair.locator('mark').count()).toBeGreaterThan(0);
    await expectNoA11yViolations(officer, 'overlaps of Udon Thani');
  });

  it('resolves it as coordinate, and the pair moves to the resolved list with its history', async () => {
    const pair = pairCard(officer);
    await pair.getByRole('button', { name: /^Coordinate/ }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Note').fill('Run one joint Songkran campaign');
    await expectNoA11yViolations(officer, 'resolve dialog');
    await dialog.getByRole('button', { name: 'Record resolution' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pair.waitFor({ state: 'detached' });

    await officer
      .getByRole('radio', { name: 'Resolved' })
      .or(officer.getByRole('button', { name: 'Resolved' }))
      .first()
      .click();
    const resolved = pairCard(officer);
    await resolved.waitFor();
    await resolved.getByRole('button', { name: 'History' }).click();
    await resolved.getByText('Run one joint Songkran campaign').waitFor();
    expect(await resolved.textContent()).toContain('Coordinate');
    await expectNoA11yViolations(officer, 'resolved overlaps with history');
  });

  it('the coordinate linkage appears in the province project’s alignment view', async () => {
    const resolved = pairCard(officer);
    await resolved.getByRole('link', { name: PROVINCE_PROJECT }).click();
    await officer.getByRole('heading', { level: 1, name: PROVINCE_PROJECT }).waitFor();
    const alignment = officer.getByRole('region', { name: 'Contributors' }).or(officer.locator('section[aria-labelledby="alignment-heading"]'));
    await alignment.first().getByRole('link', { name: CITY_PROJECT }).first().waitFor();
    await expect(officer.getByTestId('alignment-total').textContent()).resolves.toMatch(/contribute/);
    await expectNoA11yViolations(officer, 'province project with the coordinate link');

    // and from the municipal side, the upward link is a coordinate one
    await alignment.first().getByRole('link', { name: CITY_PROJECT }).first().click();
    await officer.getByRole('heading', { level: 1, name: CITY_PROJECT }).waitFor();
    const row = officer.getByRole('row', { name: new RegExp(PROVINCE_PROJECT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Coordinate.*100 %/);
  });
});
