import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { budgetHelpers, insertRolelessUser } from './budgets.test-helpers.js';

const ctx = useTestApp();
const h = budgetHelpers(ctx);
let planner: Session;
let kkPlanner: Session;
let nobody: Session;
const fy = 2570;

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  const admin = await ctx.login('admin@demo.prasan.local');
  await h.call(admin.headers, 'POST', '/users', {
    email: 'kk.checks@example.go.th',
    name: 'KK',
    password: 'long-enough-pass',
    memberships: [{ organisationId: await ctx.orgId('KKN-PO'), role: 'planner' }],
  });
  kkPlanner = await ctx.login('kk.checks@example.go.th', 'long-enough-pass');
  await insertRolelessUser(ctx.db, 'nobody.checks@example.go.th', 'long-enough-pass');
  nobody = await ctx.login('nobody.checks@example.go.th', 'long-enough-pass');
});

describe('budget consistency checks', () => {
  it('finds children over their parent, disbursed over allocated, transfers over allocation and unlinked money, with the numbers', async () => {
    const ns6 = (await h.elementByCode('NS6')).id;
    const pao = await ctx.orgId('UDN-PAO');
    const sao = await ctx.orgId('UDN-NONGNAKHAM-SAO');
    const plan = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const strategy = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'Linked strategy' });
    await h.call(planner.headers, 'POST', `/plan-elements/${strategy.id}/linkages`, { targetElementId: ns6, mode: 'link', weight: 100 });
    const programme = await h.newElement(planner.headers, plan.id, { kind: 'programme', parentId: strategy.id, titleEn: 'Envelope' });
    const first = await h.newElement(planner.headers, plan.id, { kind: 'project', parentId: programme.id, titleEn: 'First' });
    const second = await h.newElement(planner.headers, plan.id, { kind: 'project', parentId: programme.id, titleEn: 'Second' });
    await h.newLine(planner.headers, programme.id, { fiscalYear: fy, allocated: '100' });
    await h.newLine(planner.headers, first.id, { fiscalYear: fy, allocated: '80' });
    const overspent = await h.newLine(planner.headers, second.id, { fiscalYear: fy, allocated: '50', disbursed: '65.50' });
    const loose = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'Loose strategy' });
    await h.newLine(planner.headers, loose.id, { fiscalYear: fy, allocated: '7.25' });

    const paoPlan = await h.newPlan(planner.headers, { ownerOrganisationId: pao, levelCode: 'local', fyStart: 2568, fyEnd: 2570 });
    const paoProject = await h.newElement(planner.headers, paoPlan.id, { kind: 'programme', titleEn: 'PAO programme' });
    const paoLine = await h.newLine(planner.headers, paoProject.id, { fiscalYear: fy, allocated: '500' });
    expect(
      (
        await h.call(planner.headers, 'POST', '/budget-transfers', {
          fromOrganisationId: pao,
          toOrganisationId: sao,
          fiscalYear: fy,
          amount: '400',
          transferDate: '2026-11-01',
          elementIds: [],
        })
      ).statusCode,
    ).toBe(201);
    // the allocation is cut after the money was passed on
    expect((await h.call(planner.headers, 'PATCH', `/budget-lines/${paoLine.id}`, { version: 1, allocated: '100' })).statusCode).toBe(200);

    expect((await h.call({}, 'GET', `/budget-checks?fy=${fy}`)).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'GET', `/budget-checks`)).statusCode).toBe(400);
    expect((await h.call(nobody.headers, 'GET', `/budget-checks?fy=${fy}`)).statusCode).toBe(403);
    expect((await h.call(kkPlanner.headers, 'GET', `/budget-checks?fy=${fy}&organisationId=${await ctx.orgId('UDN-PO')}`)).statusCode).toBe(403);
    const response = await h.call(planner.headers, 'GET', `/budget-checks?fy=${fy}`);
    expect(response.statusCode).toBe(200);
    const checks = response.json();
    expect(checks.skipped).toEqual([]);
    const base = { fiscalYear: fy, budgetLineId: null };
    expect(checks.findings).toContainEqual({
      ...base,
      kind: 'children_over_parent',
      elementId: programme.id,
      planId: plan.id,
      organisationId: await ctx.orgId('UDN-PO'),
      nameTh: 'รายการ',
      nameEn: 'Envelope',
      limit: '100.00',
      actual: '130.00',
      excess: '30.00',
    });
    expect(checks.findings).toContainEqual({
      ...base,
      kind: 'disbursed_over_allocated',
      elementId: second.id,
      planId: plan.id,
      organisationId: await ctx.orgId('UDN-PO'),
      budgetLineId: overspent.id,
      nameTh: 'รายการ',
      nameEn: 'Second',
      limit: '50.00',
      actual: '65.50',
      excess: '15.50',
    });
    expect(checks.findings).toContainEqual({
      ...base,
      kind: 'transfer_over_allocation',
      elementId: null,
      planId: null,
      organisationId: pao,
      nameTh: 'องค์การบริหารส่วนจังหวัดอุดรธานี',
      nameEn: 'Udon Thani Provincial Administrative Organisation',
      limit: '100.00',
      actual: '400.00',
      excess: '300.00',
    });
    expect(checks.findings).toContainEqual({
      ...base,
      kind: 'unlinked_money',
      elementId: loose.id,
      planId: plan.id,
      organisationId: await ctx.orgId('UDN-PO'),
      nameTh: 'รายการ',
      nameEn: 'Loose strategy',
      limit: '0.00',
      actual: '7.25',
      excess: '7.25',
    });
    expect(checks.findings).toContainEqual(expect.objectContaining({ kind: 'unlinked_money', elementId: paoProject.id, actual: '100.00' }));
    // linked money and balanced elements are not flagged
    const flagged = (kind: string) => checks.findings.filter((f: { kind: string }) => f.kind === kind).map((f: { elementId: string }) => f.elementId);
    expect(flagged('unlinked_money')).not.toContain(first.id);
    expect(flagged('children_over_parent')).not.toContain(strategy.id);
    expect(checks.findings.filter((f: { kind: string; organisationId: string }) => f.kind === 'transfer_over_allocation' && f.organisationId === sao)).toEqual(
      [],
    );

    // another province sees none of Udon Thani's findings
    const kk = (await h.call(kkPlanner.headers, 'GET', `/budget-checks?fy=${fy}`)).json();
    expect(kk.findings.filter((f: { planId: string | null }) => f.planId === plan.id)).toEqual([]);
    // a subtree: the PAO alone
    const onlyPao = (await h.call(planner.headers, 'GET', `/budget-checks?fy=${fy}&organisationId=${pao}`)).json();
    expect(new Set(onlyPao.findings.map((f: { organisationId: string }) => f.organisationId))).toEqual(new Set([pao]));
  });

  it('flags a strategy with indicators that no money reaches, until a project below it or linked into it is funded', async () => {
    const plan = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const measured = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'Measured strategy' });
    const _unmeasured = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'Unmeasured strategy' });
    const indicator = { nameTh: 'ตัวชี้วัด', nameEn: 'Indicator', kind: 'outcome', unit: 'count', direction: 'up', rollupRule: 'sum' };
    expect((await h.call(planner.headers, 'POST', `/plan-elements/${measured.id}/indicators`, indicator)).statusCode).toBe(201);
    const programme = await h.newElement(planner.headers, plan.id, { kind: 'programme', parentId: measured.id, titleEn: 'Programme below' });
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project', parentId: programme.id, titleEn: 'Project below' });
    const unfunded = async () => {
      const checks = (await h.call(planner.headers, 'GET', `/budget-checks?fy=${fy}`)).json();
      return checks.findings
        .filter((f: { kind: string; planId: string }) => f.kind === 'strategy_without_money' && f.planId === plan.id)
        .map((f: { elementId: string }) => f.elementId);
    };
    expect(await unfunded()).toEqual([measured.id]);
    // money in another year does not count
    await h.newLine(planner.headers, project.id, { fiscalYear: 2569, allocated: '10' });
    expect(await unfunded()).toEqual([measured.id]);
    await h.newLine(planner.headers, project.id, { fiscalYear: fy, allocated: '10' });
    expect(await unfunded()).toEqual([]);
  });
});
