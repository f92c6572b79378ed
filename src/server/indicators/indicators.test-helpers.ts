import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';

interface TestContext {
  app: App;
  db: Db;
  orgId(code: string): Promise<string>;
}
type Headers = Record<string, string> | undefined;

/** Small builders over the HTTP API for indicator and measurement tests. */
export function resultHelpers(ctx: TestContext) {
  const call = async (headers: Headers, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { 'accept-language': 'en', ...headers }, payload: payload as never });
  const ok = async <T>(headers: Headers, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<T> => {
    const response = await call(headers, method, url, payload);
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json() as T;
  };
  return {
    call,
    ok,
    /** An approved province plan (Udon Thani, FY 2568–2570) with strategy › programme › project (led by the city). */
    async newChain(planner: Headers, approver: Headers) {
      const plan = await ok<{ id: string }>(planner, 'POST', '/plans', {
        ownerOrganisationId: await ctx.orgId('UDN-PO'),
        levelCode: 'province',
        fyStart: 2568,
        fyEnd: 2570,
        titleTh: 'แผน',
        titleEn: 'Plan',
      });
      const strategy = await ok<{ id: string }>(planner, 'POST', `/plans/${plan.id}/elements`, { kind: 'strategy', titleTh: 'ยุทธ', titleEn: 'Strategy' });
      const programme = await ok<{ id: string }>(planner, 'POST', `/plans/${plan.id}/elements`, {
        kind: 'programme',
        parentId: strategy.id,
        titleTh: 'แผนงาน',
        titleEn: 'Programme',
      });
      const project = await ok<{ id: string }>(planner, 'POST', `/plans/${plan.id}/elements`, {
        kind: 'project',
        parentId: programme.id,
        titleTh: 'โครงการ',
        titleEn: 'Project',
        leadOrganisationId: await ctx.orgId('UDN-CITY'),
      });
      // approved: reporting happens on approved plans, which everyone may read
      const submitted = await ok<{ version: number }>(planner, 'POST', `/plans/${plan.id}/submit`, { version: 1 });
      await ok(approver, 'POST', `/plans/${plan.id}/approve`, { version: submitted.version });
      return { planId: plan.id, strategyId: strategy.id, programmeId: programme.id, projectId: project.id };
    },
    indicatorBody: (overrides: Record<string, unknown> = {}) => ({
      nameTh: 'ตัวชี้วัด',
      nameEn: 'Indicator',
      kind: 'output',
      unit: 'percent',
      direction: 'up',
      rollupRule: 'mean',
      ...overrides,
    }),
    async count(
      table:
        | 'indicators'
        | 'indicator_targets'
        | 'measurements'
        | 'measurement_evidence'
        | 'element_progress_reports'
        | 'rollup_nodes'
        | 'rollup_indicators'
        | 'audit_log',
    ) {
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
