import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { budgetHelpers } from './budgets.test-helpers.js';

const ctx = useTestApp();
const h = budgetHelpers(ctx);

describe('demo budgets (fiscal year 2569)', () => {
  it('flows from the state budget through Udon Thani to local governments, with the planted over-allocation flagged', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const udn = await ctx.orgId('UDN-PO');
    const city = await ctx.orgId('UDN-CITY');
    const flow = (await h.call(admin.headers, 'GET', '/budget-flow?fy=2569')).json();
    expect(flow.links).toContainEqual({ source: 'source:state_budget', target: 'level:province', amount: '10850000.00' });
    expect(flow.links).toContainEqual({ source: `org:${udn}`, target: `org:${city}`, amount: '2000000.00' });
    expect(flow.links).toContainEqual({ source: 'level:asean_work_plan', target: `org:${await ctx.orgId('TH-RTG')}`, amount: '5000000.00' });
    const province = (await h.call(admin.headers, 'GET', `/budget-flow?fy=2569&organisationId=${udn}`)).json();
    const rtg = `org:${await ctx.orgId('TH-RTG')}`;
    expect(province.nodes.some((n: { id: string }) => n.id === rtg)).toBe(false);

    const planted = await h.elementByCode('UDN-S2-P1');
    const checks = (await h.call(admin.headers, 'GET', '/budget-checks?fy=2569')).json();
    expect(checks.findings).toContainEqual(
      expect.objectContaining({ kind: 'children_over_parent', elementId: planted.id, limit: '10000000.00', actual: '11250000.00', excess: '1250000.00' }),
    );
    expect(checks.findings.filter((f: { kind: string }) => f.kind === 'children_over_parent')).toHaveLength(1);
    expect(checks.findings.filter((f: { kind: string }) => f.kind === 'transfer_over_allocation')).toEqual([]);
  });

  it('records a UNDP pledge in US dollars on the ASEAN programme and shows its funding gap', async () => {
    const programme = await h.elementByCode('ASEAN-PS-P1');
    const pledges = (await h.call(undefined, 'GET', `/plan-elements/${programme.id}/pledges`)).json();
    expect(pledges).toEqual([
      expect.objectContaining({
        partnerNameEn: 'United Nations Development Programme Thailand',
        currency: 'USD',
        pledged: '300000.00',
        pledgedThb: '10050000.00',
      }),
    ]);
    const gaps = (await h.call(undefined, 'GET', `/plans/${programme.plan_id}/funding-gaps?fy=2569`)).json();
    // 20,000,000 requested − 5,000,000 allocated − 10,050,000 pledged
    expect(gaps).toEqual([
      expect.objectContaining({ elementId: programme.id, requested: '20000000.00', allocated: '5000000.00', pledged: '10050000.00', gap: '4950000.00' }),
    ]);
  });
});
