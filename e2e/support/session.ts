import type { Page } from 'playwright-core';
import { type RunningServer, startServer } from './server.js';

/**
 * The built app on a fresh data directory, as the other stories start it; E2E_BASE_URL points the
 * story at an app already running instead (for working on a story on a loaded machine).
 */
export async function appServer(): Promise<RunningServer> {
  const reuse = process.env.E2E_BASE_URL;
  return reuse ? { baseURL: reuse, stop: async () => {} } : startServer();
}

/**
 * Signs in with the demo password. The demo profiles are Thai; the stories read English, so the UI
 * is switched to English unless `language: 'th'` keeps it Thai.
 */
export async function signIn(page: Page, baseURL: string, email: string, options: { language?: 'th' | 'en' } = {}): Promise<void> {
  await page.goto(baseURL);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('prasan-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // a profile switched to English before opens in English
  await page.getByRole('heading', { level: 1, name: /^(หน่วยงาน|Organisations)$/ }).waitFor();
  if (options.language === 'th') return;
  await page.getByRole('radio', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
}

/** Calls the API as the signed-in page (its cookies, and the CSRF echo a write needs). */
export async function apiAs<T>(page: Page, baseURL: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const cookies = await page.context().cookies(baseURL);
  const csrf = cookies.find((c) => c.name === 'prasan_csrf')?.value ?? '';
  const response = await page.request.fetch(`${baseURL}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf), 'accept-language': 'en' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}
