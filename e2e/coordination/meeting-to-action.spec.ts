import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { appServer, signIn } from '../support/session.js';

const COMMITTEE = 'Udon Thani Province Plan Coordination Committee';
const MEETING = 'E2E special meeting on road safety';
// unique per run, so a story re-run against the same app (E2E_BASE_URL) finds its own row
const ACTION = `E2E: publish the joint Songkran campaign schedule (run ${Date.now().toString(36)})`;

/** A Bangkok wall-clock time `hours` from now, as a datetime-local input takes it. */
const bangkokLocal = (hours: number) => new Date(Date.now() + hours * 3600_000 + 7 * 3600_000).toISOString().slice(0, 16);
const bangkokDay = (days: number) => new Date(Date.now() + days * 86400_000 + 7 * 3600_000).toISOString().slice(0, 10);

// Issue 7: the province committee's secretary records a meeting that took place, with an agenda
// item on the planted overlap, attendance and a resolution, and turns the resolution into an action
// for the city municipality; the municipality's reporter finds it in the inbox and follows it up.
describe.skipIf(!chromiumPath)('meeting to action item, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Page;
  let reporter: Page;

  beforeAll(async () => {
    server = await appServer();
    browser = await launchBrowser();
    secretary = await newPage(browser);
    reporter = await newPage(browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the secretary opens the committee: kind, seats with roles, meetings and the ICS link', async () => {
    await signIn(secretary, server.baseURL, 'secretary@demo.prasan.local');
    await secretary.getByRole('link', { name: 'Committees', exact: true }).click();
    await secretary.getByRole('heading', { level: 1, name: 'Committees' }).waitFor();
    await secretary.getByRole('link', { name: COMMITTEE }).waitFor();
    await expectNoA11yViolations(secretary, 'committees list');
    await secretary.getByRole('link', { name: COMMITTEE }).click();
    await secretary.getByRole('heading', { level: 1, name: COMMITTEE }).waitFor();
    await secretary.getByRole('row', { name: /Udon Thani City Municipality\s*Member/ }).waitFor();
    await secretary.getByRole('row', { name: /Udon Thani Provincial Office\s*Secretary/ }).waitFor();
    expect(await secretary.getByRole('link', { name: 'Subscribe to meetings (ICS)' }).getAttribute('href')).toMatch(
      /\/api\/v1\/committees\/[0-9a-f-]+\/meetings\.ics\?lang=en$/,
    );
    await expectNoA11yViolations(secretary, 'committee page');
  });

  it('records a meeting held yesterday, with an agenda item on the overlapping campaigns', async () => {
    await secretary.getByRole('button', { name: 'Schedule meeting' }).click();
    const dialog = secretary.getByRole('dialog');
    await dialog.getByLabel('Title in Thai').fill('การประชุมวาระพิเศษ ความปลอดภัยทางถนน (ทดสอบ)');
    await dialog.getByLabel('Title in English').fill(MEETING);
    await dialog.getByLabel('Starts').fill(bangkokLocal(-26));
    await dialog.getByRole('button', { name: /Meeting status/ }).click();
    await secretary.getByRole('option', { name: 'Already held' }).click();
    await expectNoA11yViolations(secretary, 'meeting form');
    await dialog.getByRole('button', { name: 'Create meeting' }).click();
    await secretary.getByRole('heading', { level: 1, name: MEETING }).waitFor();

    await secretary.getByRole('button', { name: 'Add agenda item' }).click();
    const agenda = secretary.getByRole('dialog');
    await agenda.getByLabel('Item in Thai').fill('โครงการรณรงค์ที่ซ้ำซ้อน');
    await agenda.getByLabel('Item in English').fill('Overlapping road-safety campaigns');
    await agenda.getByRole('button', { name: /About/ }).click();
    await secretary.getByRole('option', { name: 'Overlapping pair' }).click();
    // the pair picker is the one select still showing its placeholder
    await agenda.getByRole('button', { name: /Choose…/ }).click();
    await secretary.getByRole('option', { name: /road safety and accident reduction campaign/ }).click();
    await expectNoA11yViolations(secretary, 'agenda item form');
    await agenda.getByRole('button', { name: 'Save agenda item' }).click();
    await agenda.waitFor({ state: 'detached' });
    await secretary.getByRole('listitem').filter({ hasText: 'Overlapping road-safety campaigns' }).waitFor();

    await secretary.getByRole('button', { name: /Attendance of Udon Thani City Municipality/ }).click();
    await secretary.getByRole('option', { name: 'Present' }).click();
    await secretary.getByRole('button', { name: /Attendance of Udon Thani Provincial Office/ }).click();
    await secretary.getByRole('option', { name: 'Present' }).click();
    await secretary.getByRole('button', { name: 'Save attendance' }).click();
    await secretary.getByText('Attendance saved.').waitFor();
    await expectNoA11yViolations(secretary, 'meeting with agenda and attendance');
  });

  it('adds a resolution and turns it into an action item for the city municipality', async () => {
    await secretary.getByRole('button', { name: 'Add resolution' }).click();
    const dialog = secretary.getByRole('dialog');
    await dialog.getByRole('button', { name: /Agenda item/ }).click();
    await secretary.getByRole('option', { name: /Overlapping road-safety campaigns/ }).click();
    await dialog.getByLabel('Resolution in Thai').fill('ให้เทศบาลนครอุดรธานีเผยแพร่กำหนดการรณรงค์ร่วม');
    await dialog.getByLabel('Resolution in English').fill('The city municipality is to publish the joint campaign schedule.');
    await expectNoA11yViolations(secretary, 'resolution form');
    await dialog.getByRole('button', { name: 'Save resolution' }).click();
    await dialog.waitFor({ state: 'detached' });
    await secretary.getByRole('heading', { level: 3, name: /Resolution 1/ }).waitFor();

    await secretary.getByRole('button', { name: 'Add action item for resolution 1' }).click();
    const action = secretary.getByRole('dialog');
    await action.getByRole('button', { name: /Assigned to/ }).click();
    await secretary.getByRole('option', { name: 'Udon Thani City Municipality' }).click();
    await action.getByLabel('Action in Thai').fill('เผยแพร่กำหนดการรณรงค์สงกรานต์ร่วม (ทดสอบ)');
    await action.getByLabel('Action in English').fill(ACTION);
    await action.getByLabel('Due').fill(bangkokDay(14));
    await expectNoA11yViolations(secretary, 'action item form');
    await action.getByRole('button', { name: 'Assign action' }).click();
    await action.waitFor({ state: 'detached' });
    await secretary.getByRole('table', { name: 'Action items of resolution 1' }).getByRole('link', { name: ACTION }).waitFor();
    await expectNoA11yViolations(secretary, 'meeting with resolution and action');
  });

  it('the action appears in the municipality’s inbox, where its reporter records progress', async () => {
    await signIn(reporter, server.baseURL, 'reporter@demo.prasan.local');
    await reporter.getByRole('link', { name: 'Action inbox', exact: true }).click();
    await reporter.getByRole('heading', { level: 1, name: 'Action inbox' }).waitFor();
    const row = reporter.getByRole('row', { name: new RegExp(ACTION.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row.waitFor();
    expect(await row.textContent()).toContain(COMMITTEE);
    expect(await row.textContent()).not.toContain('Overdue');
    await expectNoA11yViolations(reporter, 'action inbox');

    await row.getByRole('link', { name: ACTION }).click();
    await reporter.getByRole('heading', { level: 1, name: ACTION }).waitFor();
    await reporter.getByLabel('Progress note').fill('Schedule drafted with the provincial office.');
    await reporter.getByRole('button', { name: /Status after this note/ }).click();
    await reporter.getByRole('option', { name: 'In progress' }).click();
    await expectNoA11yViolations(reporter, 'action page');
    await reporter.getByRole('button', { name: 'Save follow-up' }).click();
    await reporter.getByText('Schedule drafted with the provincial office.').waitFor();
    await reporter.getByText('Open → In progress').waitFor();
  });
});
