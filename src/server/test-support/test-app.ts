import { afterAll, beforeAll } from 'vitest';
import { buildApp, type App } from '../http/app.js';
import type { Database, Db } from '../db/database.js';
import { openTestDatabase } from './test-db.js';
import { DEMO_PASSWORD } from '../seed/demo-organisations.js';

export interface Session {
  headers: Record<string, string>;
  userId: string;
}

export interface TestContext {
  app: App;
  database: Database;
  db: Db;
  /** signs in a user (demo users by default password) and returns headers for app.inject */
  login(email: string, password?: string): Promise<Session>;
  /** the id of a demo organisation by its code */
  orgId(code: string): Promise<string>;
}

/** Per test file: a cloned database and an app on it, closed after the file. */
export function useTestApp(): TestContext {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    ctx.database = await openTestDatabase();
    ctx.db = ctx.database.db;
    ctx.app = await buildApp({ database: ctx.database });
    await ctx.app.ready();
    ctx.login = async (email, password = DEMO_PASSWORD) => {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'prasan_session')!;
      const body = response.json() as { id: string; csrfToken: string };
      return { userId: body.id, headers: { cookie: `prasan_session=${cookie.value}`, 'x-csrf-token': body.csrfToken } };
    };
    ctx.orgId = async (code) => (await ctx.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  }, 60_000);
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}
