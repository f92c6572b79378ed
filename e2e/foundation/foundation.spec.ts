import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoA11yViolations, launchBrowser, newPage } from '../support/browser.js';
import { type RunningServer, startServer } from '../support/server.js';

// The Foundation story: log in, switch language, browse and search the organisation tree, create
// an organisation, find it in the audit log, log out — with axe-core on every page visited.
describe.skipIf(!chromiumPath)('foundation in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage(browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and lands on the organisation tree', async () => {
    await page.goto(server.baseURL);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectNoA11yViolations(page, 'login');
    await page.getByLabel('Email').fill('admin@demo.prasan.local');
    await page.getByLabel('Password').fill('prasan-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // the demo admin's profile language is Thai, so the app follows it after signing in
    await page.getByRole('heading', { level: 1, name: 'หน่วยงาน' }).waitFor();
    await page.getByRole('row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    await expectNoA11yViolations(page, 'organisation tree (Thai)');
  });

  it('switches to English, and the choice is remembered on reload', async () => {
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await expectNoA11yViolations(page, 'organisation tree (English)');
  });

  it('browses the tree lazily and searches it', async () => {
    const root = page.getByRole('row', { name: /Royal Thai Government/ });
    await root.waitFor();
    await expect(page.getByRole('row', { name: /National Strategy Secretariat/ }).count()).resolves.toBe(0);
    await root.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('row', { name: /National Strategy Secretariat/ }).waitFor();
    await page.getByLabel('Search organisations').fill('Udon Thani');
    await page
      .getByRole('link', { name: /Udon Thani Provincial Office/ })
      .first()
      .waitFor();
    await expectNoA11yViolations(page, 'organisation search');
    await page.getByLabel('Search organisations').fill('');
  });

  it('creates a directorate under the Secretariat', async () => {
    await page.getByLabel('Search organisations').fill('NESDC');
    await page
      .getByRole('link', { name: /National Strategy Secretariat/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /National Strategy Secretariat/ }).waitFor();
    await expectNoA11yViolations(page, 'organisation page');
    await page.getByRole('button', { name: 'New sub-organisation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Code').fill('NESDC-E2E-DIR');
    await dialog.getByLabel('Name in Thai').fill('กองยุทธศาสตร์ทดสอบ');
    await dialog.getByLabel('Name in English').fill('E2E Strategy Directorate');
    await dialog.getByRole('button', { name: /Kind/ }).click();
    await page.getByRole('option', { name: 'Department' }).click();
    await dialog.getByRole('button', { name: /Tier/ }).click();
    await page.getByRole('option', { name: 'Central' }).click();
    await expectNoA11yViolations(page, 'new organisation form');
    await dialog.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name: /E2E Strategy Directorate/ }).waitFor();
    await expectNoA11yViolations(page, 'new organisation page');
  });

  it('finds the creation in the audit log', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page
      .getByRole('row', { name: /E2E Strategy Directorate/ })
      .first()
      .waitFor();
    await expectNoA11yViolations(page, 'audit log');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
  });
});
