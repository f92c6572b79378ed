import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Debian's Chromium, never a downloaded browser. */
export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath) {
  const message = "\n\n!!! END-TO-END TESTS NEED CHROMIUM: install Debian's package (apt-get install chromium) !!!\n\n";
  if (process.env.CI) throw new Error(message);
  console.error(message);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** A page in its own context (axe-core needs one), English UI, short waits so failures are quick. */
export async function newPage(browser: Browser, options: { width?: number; locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: options.locale ?? 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Fails the test on any WCAG 2.1 A/AA violation axe-core finds on the page as it is now. */
export async function expectNoA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, `axe-core violations on ${label}`).toEqual([]);
}
