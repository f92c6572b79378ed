import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';

/** What the helpers need from a test context (kept structural so this file has no test-only imports). */
interface TestContext {
  app: App;
  db: Db;
  orgId(code: string): Promise<string>;
}

/** Small builders over the HTTP API for plan tests. */
export function planHelpers(ctx: TestContext) {
  const call = async (headers: Record<string, string> | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { 'accept-language': 'en', ...headers }, payload: payload as never });
  return {
    call,
    async newPlan(headers: Record<string, string>, overrides: Record<string, unknown> = {}) {
      const response = await call(headers, 'POST', '/plans', {
        ownerOrganisationId: await ctx.orgId('UDN-PO'),
        levelCode: 'province',
        fyStart: 2568,
        fyEnd: 2570,
        titleTh: 'แผนทดสอบ',
        titleEn: 'Test plan',
        ...overrides,
      });
      if (response.statusCode !== 201) throw new Error(`newPlan: ${response.statusCode} ${response.body}`);
      return response.json() as { id: string; version: number; familyId: string; status: string };
    },
    async newElement(headers: Record<string, string>, planId: string, body: Record<string, unknown>) {
      const response = await call(headers, 'POST', `/plans/${planId}/elements`, { titleTh: 'รายการ', titleEn: 'Element', ...body });
      if (response.statusCode !== 201) throw new Error(`newElement: ${response.statusCode} ${response.body}`);
      return response.json() as { id: string; version: number; sortOrder: number; parentId: string | null };
    },
    async elementByCode(code: string) {
      return ctx.db.selectFrom('plan_elements').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
    },
    async count(table: 'plans' | 'plan_elements' | 'plan_linkages' | 'audit_log') {
      return Number(
        (
          await ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    },
  };
}
