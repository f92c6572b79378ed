import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { budgetHelpers } from './budgets.test-helpers.js';

const ctx = useTestApp();
const h = budgetHelpers(ctx);
let planner: Session;
let kkPlanner: Session;

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  const admin = await ctx.login('admin@demo.prasan.local');
  await h.call(admin.headers, 'POST', '/users', {
    email: 'kk.rollup@example.go.th',
    name: 'KK',
    password: 'long-enough-pass',
    memberships: [{ organisationId: await ctx.orgId('KKN-PO'), role: 'planner' }],
  });
  kkPlanner = await ctx.login('kk.rollup@example.go.th', 'long-enough-pass');
});

const amounts = (requested: string, allocated: string, committed = '0.00', disbursed = '0.00') => ({ requested, allocated, committed, disbursed });

describe('budget roll-ups', () => {
  it('adds up the element tree and weighted linkages exactly', async () => {
    const province = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const strategy = await h.newElement(planner.headers, province.id, { kind: 'strategy', titleEn: 'S' });
    const programme = await h.newElement(planner.headers, province.id, { kind: 'programme', parentId: strategy.id, titleEn: 'P' });
    const project = await h.newElement(planner.headers, province.id, { kind: 'project', parentId: programme.id, titleEn: 'X' });
    const city = await h.newPlan(planner.headers, { ownerOrganisationId: await ctx.orgId('UDN-CITY'), levelCode: 'local', fyStart: 2568, fyEnd: 2570 });
    const cityProgramme = await h.newElement(planner.headers, city.id, { kind: 'programme', titleEn: 'Q' });
    const link = await h.call(planner.headers, 'POST', `/plan-elements/${cityProgramme.id}/linkages`, {
      targetElementId: strategy.id,
      mode: 'complement',
      weight: 33.33,
    });
    expect(link.statusCode).toBe(201);

    await h.newLine(planner.headers, strategy.id, { fiscalYear: 2569, requested: '10', allocated: '10' });
    await h.newLine(planner.headers, programme.id, { fiscalYear: 2569, requested: '200.50', allocated: '100.25' });
    await h.newLine(planner.headers, project.id, { fiscalYear: 2569, requested: '1000', allocated: '900', committed: '800', disbursed: '700.01' });
    await h.newLine(planner.headers, project.id, { fiscalYear: 2570, requested: '5000', allocated: '5000' });
    await h.newLine(planner.headers, cityProgramme.id, { fiscalYear: 2569, source: 'local_revenue', requested: '300.03', allocated: '0.01' });

    const rollup = (await h.call(planner.headers, 'GET', `/plan-elements/${strategy.id}/budget-rollup?fy=2569`)).json();
    // requested: 10 + 200.50 + 1000 + 300.03 × 0.3333 (= 100.00 after rounding 100.000 0 … 99.999999)
    expect(rollup.own).toEqual(amounts('10.00', '10.00'));
    expect(rollup.total).toEqual(amounts('1310.50', '1010.25', '800.00', '700.01'));
    expect(rollup.parts).toEqual([
      {
        elementId: programme.id,
        via: 'child',
        weight: 100,
        kind: 'programme',
        code: null,
        titleTh: 'รายการ',
        titleEn: 'P',
        amounts: amounts('1200.50', '1000.25', '800.00', '700.01'),
      },
      {
        elementId: cityProgramme.id,
        via: 'linkage',
        weight: 33.33,
        kind: 'programme',
        code: null,
        titleTh: 'รายการ',
        titleEn: 'Q',
        amounts: amounts('100.00', '0.00'),
      },
    ]);
    const allYears = (await h.call(planner.headers, 'GET', `/plan-elements/${strategy.id}/budget-rollup`)).json();
    expect(allYears.total.requested).toBe('6310.50');
    expect(allYears.fiscalYear).toBeNull();
  });

  it('adds up the organisation tree and the area tree; 401 → 403 → 200', async () => {
    const fy = 2568;
    const province = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const a = await h.newElement(planner.headers, province.id, { kind: 'project', areaCodes: ['41'] });
    const b = await h.newElement(planner.headers, province.id, { kind: 'project', areaCodes: ['4101', '4102'] });
    const city = await h.newPlan(planner.headers, { ownerOrganisationId: await ctx.orgId('UDN-CITY'), levelCode: 'local', fyStart: 2568, fyEnd: 2570 });
    const c = await h.newElement(planner.headers, city.id, { kind: 'project', areaCodes: ['410101'] });
    await h.newLine(planner.headers, a.id, { fiscalYear: fy, allocated: '100.10' });
    await h.newLine(planner.headers, b.id, { fiscalYear: fy, allocated: '20.02' });
    await h.newLine(planner.headers, c.id, { fiscalYear: fy, allocated: '3.03' });

    const udn = await ctx.orgId('UDN-PO');
    expect((await h.call({}, 'GET', `/organisations/${udn}/budget-rollup?fy=${fy}`)).statusCode).toBe(401);
    expect((await h.call(kkPlanner.headers, 'GET', `/organisations/${udn}/budget-rollup?fy=${fy}`)).statusCode).toBe(403);
    const orgs = (await h.call(planner.headers, 'GET', `/organisations/${udn}/budget-rollup?fy=${fy}`)).json();
    expect(orgs.own.allocated).toBe('120.12');
    expect(orgs.total.allocated).toBe('123.15');
    const district = orgs.children.find((o: { nameEn: string }) => o.nameEn === 'Mueang Udon Thani District Office');
    expect(district.amounts.allocated).toBe('3.03');
    expect(orgs.children.find((o: { nameEn: string }) => o.nameEn === 'Udon Thani Provincial Administrative Organisation').amounts.allocated).toBe('0.00');

    expect((await h.call({}, 'GET', `/areas/41/budget-rollup?fy=${fy}`)).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'GET', `/areas/nowhere/budget-rollup?fy=${fy}`)).statusCode).toBe(404);
    const areas = (await h.call(planner.headers, 'GET', `/areas/41/budget-rollup?fy=${fy}`)).json();
    expect(areas.total.allocated).toBe('123.15');
    const mueang = areas.children.find((x: { id: string }) => x.id === '4101');
    const kumphawapi = areas.children.find((x: { id: string }) => x.id === '4102');
    // b sits in two districts: it counts once in each, and once in the province
    expect(mueang.amounts.allocated).toBe('23.05');
    expect(kumphawapi.amounts.allocated).toBe('20.02');
    expect((await h.call(planner.headers, 'GET', `/areas/410101/budget-rollup?fy=${fy}`)).json().total.allocated).toBe('3.03');
  });
});
