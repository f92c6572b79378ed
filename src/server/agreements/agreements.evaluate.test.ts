import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { recomputeAllRollups } from '../indicators/rollups.recompute.js';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { candidatePeriods } from './agreements.indicators.js';
import { scoreKpi, weightedTotal } from './agreements.scoring.js';
import { DEMO_AGREEMENT, demoSessions, fingerprint, inLang, testIndicators, verifiedValue } from './agreements.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;

beforeAll(async () => {
  s = await demoSessions(ctx);
});

const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers: inLang(session, 'en') });

interface Kpi {
  criteria: string[];
  actualValue: string | null;
  score: string | null;
  weight: string;
}

describe('actual values', () => {
  it('stand for the period by the fiscal year first, then its quarters inside the period, latest first', () => {
    expect(candidatePeriods({ fiscalYear: 2569, periodStart: '2025-10-01', periodEnd: '2026-09-30' })).toEqual([
      '2569',
      '2569-Q4',
      '2569-Q3',
      '2569-Q2',
      '2569-Q1',
    ]);
    expect(candidatePeriods({ fiscalYear: 2569, periodStart: '2025-10-01', periodEnd: '2026-03-31' })).toEqual(['2569-Q2', '2569-Q1']);
    expect(candidatePeriods({ fiscalYear: 2569, periodStart: '2025-11-01', periodEnd: '2026-02-15' })).toEqual([]);
  });
});

describe('the demo agreement', () => {
  it('is signed by both sides and scores each KPI live from the verified results', async () => {
    const { items } = (await call(s.approver, 'GET', `/agreements?q=${encodeURIComponent('Udon Thani City')}`)).json();
    const demo = items.find((a: { titleEn: string }) => a.titleEn === DEMO_AGREEMENT.titleEn);
    expect(demo).toMatchObject({ status: 'signed', principal: { code: 'UDN-PO' }, agent: { code: 'UDN-CITY' } });
    const view = (await call(s.approver, 'GET', `/agreements/${demo.id}`)).json();
    expect(view.signatures.map((x: { side: string }) => x.side)).toEqual(['principal', 'agent']);
    expect(view.weightsTotal).toBe('100.00');
    expect(view.kpis.length).toBeGreaterThanOrEqual(2);
    for (const kpi of view.kpis as Kpi[]) {
      expect(kpi.actualValue).not.toBeNull();
      expect(kpi.score).toBe(scoreKpi(kpi.criteria, kpi.actualValue!));
    }
    expect(view.weightedTotal).toBe(weightedTotal(view.kpis));
    expect(view.can).toMatchObject({ signPrincipal: false, signAgent: false, evaluate: true, edit: false });
  });

  it('leaves the maintained roll-ups equal to their recomputation', async () => {
    const snapshot = async () =>
      (
        await sql<{ h: string }>`select
      (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from rollup_nodes t) ||
      (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from rollup_indicators t) as h`.execute(ctx.db)
      ).rows[0].h;
    const before = await snapshot();
    // the demo agreement's actual values are maintained roll-ups, so there is something to compare
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from rollup_indicators`.execute(ctx.db)).rows[0].n)).toBeGreaterThan(0);
    await ctx.db.transaction().execute(async (trx) => recomputeAllRollups(trx));
    expect(await snapshot()).toBe(before);
  });
});

describe('POST /agreements/:id/evaluate', () => {
  it('freezes each KPI’s actual value and score and the weighted total; later results no longer change them', async () => {
    const ind = await testIndicators(ctx.db);
    // the latest quarter stands for the year when no yearly value is reported; a yearly value wins
    await verifiedValue(ctx.db, ind.up[0], '2572-Q2', '75');
    await verifiedValue(ctx.db, ind.up[0], '2572-Q3', '85');
    await verifiedValue(ctx.db, ind.down, '2572-Q4', '30');
    await verifiedValue(ctx.db, ind.down, '2572', '12.5');
    const created = await call(s.planner, 'POST', '/agreements', {
      principalOrganisationId: await ctx.orgId('UDN-PO'),
      agentOrganisationId: await ctx.orgId('UDN-CITY'),
      fiscalYear: 2572,
      titleTh: 'คำรับรองทดสอบการประเมินผล',
      titleEn: 'Evaluation test agreement',
      kpis: [
        { indicatorId: ind.up[0], weight: '75', criteria: ['60', '70', '80', '90', '100'] },
        { indicatorId: ind.down, weight: '25', criteria: ['25', '20', '15', '10', '5'] },
      ],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json().kpis.map((k: Kpi) => [k.actualValue, k.score])).toEqual([
      ['85', '3.5000'],
      ['12.5', '3.5000'],
    ]);
    let version = (await call(s.planner, 'POST', `/agreements/${id}/propose`, { version: created.json().version })).json().version;
    const early = await call(s.approver, 'POST', `/agreements/${id}/evaluate`, { version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Only an agreement signed by both sides can be evaluated');
    version = (await call(s.approver, 'POST', `/agreements/${id}/sign`, { version, side: 'principal' })).json().version;
    const signed = await call(s.admin, 'POST', `/agreements/${id}/sign`, { version, side: 'agent' });
    expect(signed.json()).toMatchObject({ status: 'signed', weightedTotal: '3.5000', totalScore: null });
    version = signed.json().version;

    const before = await fingerprint(ctx.db);
    expect((await call(s.reporter, 'POST', `/agreements/${id}/evaluate`, { version })).statusCode).toBe(403);
    expect((await call(s.approver, 'POST', `/agreements/${id}/evaluate`, { version: version - 1 })).statusCode).toBe(409);
    expect(await fingerprint(ctx.db)).toEqual(before);

    const evaluated = await call(s.approver, 'POST', `/agreements/${id}/evaluate`, { version });
    expect(evaluated.statusCode).toBe(200);
    expect(evaluated.json()).toMatchObject({ status: 'evaluated', totalScore: '3.5000', weightedTotal: '3.5000' });
    expect(evaluated.json().evaluatedAt).not.toBeNull();

    // a yearly value verified afterwards would score 5 live; the frozen evaluation keeps 85 → 3.5
    await verifiedValue(ctx.db, ind.up[0], '2572', '100');
    const after = (await call(s.reporter, 'GET', `/agreements/${id}`)).json();
    expect(after.kpis.map((k: Kpi) => [k.actualValue, k.score])).toEqual([
      ['85', '3.5000'],
      ['12.5', '3.5000'],
    ]);
    expect(after.weightedTotal).toBe('3.5000');
    const again = await call(s.approver, 'POST', `/agreements/${id}/evaluate`, { version: after.version });
    expect(again.statusCode).toBe(409);
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', id).where('action', '=', 'evaluate').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].after)).toContain('"totalScore":"3.5000"');
  });
});
