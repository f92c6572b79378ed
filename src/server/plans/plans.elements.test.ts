import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { planHelpers } from './plans.test-helpers.js';

const ctx = useTestApp();
const h = planHelpers(ctx);
let planner: Session;

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
});

const tree = async (planId: string) =>
  (await h.call(planner.headers, 'GET', `/plans/${planId}/elements`)).json().elements as {
    id: string;
    parentId: string | null;
    sortOrder: number;
    titleEn: string;
    version: number;
  }[];
const childrenOf = async (planId: string, parentId: string | null) =>
  (await tree(planId))
    .filter((e) => e.parentId === parentId)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((e) => e.titleEn);

describe('the element tree', () => {
  it('adds elements with all their fields, 401 → 400 → 403 → 201', async () => {
    const plan = await h.newPlan(planner.headers);
    expect((await h.call(undefined, 'POST', `/plans/${plan.id}/elements`, { kind: 'goal', titleTh: 'x', titleEn: 'x' })).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'vision', titleTh: 'x', titleEn: 'x' })).statusCode).toBe(400);
    const viewer = await ctx.login('viewer@demo.prasan.local');
    expect((await h.call(viewer.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'goal', titleTh: 'x', titleEn: 'x' })).statusCode).toBe(403);
    const lead = await ctx.orgId('UDN-PAO');
    const co = await ctx.orgId('UDN-CITY');
    const strategy = await h.newElement(planner.headers, plan.id, { kind: 'strategy' });
    const created = await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, {
      kind: 'project',
      parentId: strategy.id,
      titleTh: 'โครงการนำร่อง',
      titleEn: 'Pilot project',
      description: 'd',
      areaCodes: ['41'],
      functionCodes: ['07'],
      leadOrganisationId: lead,
      coOrganisationIds: [co],
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      governmentPriority: 1,
      areaPriority: 3,
      isPilot: true,
      pilotHypothesis: 'h',
      pilotDecision: 'scale_up',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'project',
      parentId: strategy.id,
      leadOrganisationId: lead,
      coOrganisationIds: [co],
      startsOn: '2025-01-01',
      isPilot: true,
      pilotDecision: 'scale_up',
      version: 1,
    });
  });

  it('refuses bad kinds, parents, dates, organisations and pilot fields, writing nothing', async () => {
    const plan = await h.newPlan(planner.headers);
    const goal = await h.newElement(planner.headers, plan.id, { kind: 'goal' });
    const before = await h.count('plan_elements');
    const tactic = await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'tactic', titleTh: 'x', titleEn: 'x' });
    expect(tactic.json().error.message).toBe('parentId: A tactic cannot be at the top of a plan; place it under another element');
    const underGoal = await h.call({ ...planner.headers, 'accept-language': 'th' }, 'POST', `/plans/${plan.id}/elements`, {
      kind: 'activity',
      parentId: goal.id,
      titleTh: 'x',
      titleEn: 'x',
    });
    expect(underGoal.json().error.message).toBe('parentId: ไม่สามารถวางกิจกรรมไว้ใต้เป้าหมายได้');
    const other = await h.newPlan(planner.headers);
    const foreign = await h.newElement(planner.headers, other.id, { kind: 'goal' });
    expect(
      (await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'strategy', parentId: foreign.id, titleTh: 'x', titleEn: 'x' })).json().error
        .message,
    ).toBe('parentId: The parent belongs to another plan');
    expect(
      (
        await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, {
          kind: 'goal',
          startsOn: '2025-02-01',
          endsOn: '2025-01-01',
          titleTh: 'x',
          titleEn: 'x',
        })
      ).json().error.fields[0].path,
    ).toBe('endsOn');
    expect(
      (
        await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, {
          kind: 'goal',
          leadOrganisationId: '00000000-0000-4000-8000-000000000000',
          titleTh: 'x',
          titleEn: 'x',
        })
      ).json().error.fields[0].path,
    ).toBe('leadOrganisationId');
    expect(
      (await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'goal', pilotHypothesis: 'h', titleTh: 'x', titleEn: 'x' })).json().error
        .fields[0].path,
    ).toBe('isPilot');
    expect(
      (await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'goal', governmentPriority: 6, titleTh: 'x', titleEn: 'x' })).statusCode,
    ).toBe(400);
    expect(await h.count('plan_elements')).toBe(before + 1);
  });

  it('inserts at a position, reorders siblings and reparents, refusing cycles', async () => {
    const plan = await h.newPlan(planner.headers);
    const a = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'A' });
    const b = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'B' });
    await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'C', position: 0 });
    expect(await childrenOf(plan.id, null)).toEqual(['C', 'A', 'B']);
    const moved = await h.call(planner.headers, 'POST', `/plan-elements/${b.id}/move`, { version: b.version, parentId: null, position: 0 });
    expect(moved.statusCode).toBe(200);
    expect(await childrenOf(plan.id, null)).toEqual(['B', 'C', 'A']);

    const tactic = await h.newElement(planner.headers, plan.id, { kind: 'tactic', parentId: a.id, titleEn: 'T' });
    const programme = await h.newElement(planner.headers, plan.id, { kind: 'programme', parentId: tactic.id, titleEn: 'P' });
    // a programme can move from the tactic up to strategy B
    const reparent = await h.call(planner.headers, 'POST', `/plan-elements/${programme.id}/move`, { version: programme.version, parentId: b.id, position: 5 });
    expect(reparent.json()).toMatchObject({ parentId: b.id, sortOrder: 0, version: 2 });
    // a strategy cannot go under its own descendant, nor a tactic under a programme
    const bNow = (await tree(plan.id)).find((e) => e.id === b.id)!;
    const cycle = await h.call(planner.headers, 'POST', `/plan-elements/${b.id}/move`, {
      version: bNow.version,
      parentId: (reparent.json() as { id: string }).id,
      position: 0,
    });
    expect(cycle.json().error.message).toBe('parentId: An element cannot be moved under itself or one of its own descendants');
    const self = await h.call(planner.headers, 'POST', `/plan-elements/${a.id}/move`, { version: a.version, parentId: a.id, position: 0 });
    expect(self.statusCode).toBe(400);
    const wrongKind = await h.call(planner.headers, 'POST', `/plan-elements/${tactic.id}/move`, { version: tactic.version, parentId: null, position: 0 });
    expect(wrongKind.statusCode).toBe(400);
    const stale = await h.call(planner.headers, 'POST', `/plan-elements/${programme.id}/move`, { version: 1, parentId: a.id, position: 0 });
    expect(stale.json().error.code).toBe('stale_version');
    expect((await tree(plan.id)).find((e) => e.id === programme.id)!.parentId).toBe(b.id);
  });

  it('edits with optimistic concurrency', async () => {
    const plan = await h.newPlan(planner.headers);
    const goal = await h.newElement(planner.headers, plan.id, { kind: 'goal' });
    const first = await h.call(planner.headers, 'PATCH', `/plan-elements/${goal.id}`, { version: 1, titleEn: 'First' });
    expect(first.json()).toMatchObject({ titleEn: 'First', version: 2 });
    const second = await h.call({ ...planner.headers, 'accept-language': 'th' }, 'PATCH', `/plan-elements/${goal.id}`, { version: 1, titleEn: 'Second' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toBe('มีผู้อื่นแก้ไขข้อมูลนี้หลังจากที่คุณเปิด กรุณาโหลดใหม่เพื่อดูการเปลี่ยนแปลง');
    expect((await h.call(planner.headers, 'GET', `/plan-elements/${goal.id}`)).json().titleEn).toBe('First');
    // turning the pilot flag off clears pilot details
    const pilot = await h.call(planner.headers, 'PATCH', `/plan-elements/${goal.id}`, { version: 2, isPilot: true, pilotHypothesis: 'h' });
    const off = await h.call(planner.headers, 'PATCH', `/plan-elements/${goal.id}`, { version: pilot.json().version, isPilot: false });
    expect(off.json()).toMatchObject({ isPilot: false, pilotHypothesis: null });
  });

  it('deletes a subtree, but refuses when another plan links into it, naming the source', async () => {
    const plan = await h.newPlan(planner.headers);
    const strategy = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'S' });
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project', parentId: strategy.id, titleEn: 'P' });
    const lower = await h.newPlan(planner.headers, { levelCode: 'district', ownerOrganisationId: await ctx.orgId('UDN-MUEANG-DO'), titleEn: 'District plan' });
    const source = await h.newElement(planner.headers, lower.id, { kind: 'project', titleEn: 'District project' });
    expect(
      (await h.call(planner.headers, 'POST', `/plan-elements/${source.id}/linkages`, { targetElementId: project.id, mode: 'coordinate', weight: 50 }))
        .statusCode,
    ).toBe(201);
    const before = await h.count('plan_elements');
    const refused = await h.call(planner.headers, 'DELETE', `/plan-elements/${strategy.id}?version=1`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      'This element cannot be deleted: 1 linkage(s) point to it or to an element under it, from: District project (District plan)',
    );
    expect(await h.count('plan_elements')).toBe(before);
    // the lower plan's own element can go (its outgoing linkage goes with it)
    expect((await h.call(planner.headers, 'DELETE', `/plan-elements/${source.id}?version=1`)).statusCode).toBe(204);
    expect((await h.call(planner.headers, 'DELETE', `/plan-elements/${strategy.id}?version=1`)).statusCode).toBe(204);
    expect(await tree(plan.id)).toEqual([]);
  });

  it('lists elements whose government and area priorities disagree', async () => {
    const plan = await h.newPlan(planner.headers);
    await h.newElement(planner.headers, plan.id, { kind: 'goal', titleEn: 'agree', governmentPriority: 2, areaPriority: 2 });
    await h.newElement(planner.headers, plan.id, { kind: 'goal', titleEn: 'small', governmentPriority: 2, areaPriority: 3 });
    await h.newElement(planner.headers, plan.id, { kind: 'goal', titleEn: 'big', governmentPriority: 1, areaPriority: 5 });
    await h.newElement(planner.headers, plan.id, { kind: 'goal', titleEn: 'unset', governmentPriority: 1 });
    const all = (await h.call(planner.headers, 'GET', `/plans/${plan.id}/priority-disagreements`)).json();
    expect(all.map((e: { titleEn: string; gap: number }) => [e.titleEn, e.gap])).toEqual([
      ['big', 4],
      ['small', 1],
    ]);
    const wide = (await h.call(planner.headers, 'GET', `/plans/${plan.id}/priority-disagreements?minGap=2`)).json();
    expect(wide.map((e: { titleEn: string }) => e.titleEn)).toEqual(['big']);
  });

  it('returns a 2,000-element tree in one request', async () => {
    const plan = await h.newPlan(planner.headers);
    await sql`
      with s as (insert into plan_elements (id, lineage_id, plan_id, kind, title_th, title_en, sort_order)
        select gen_random_uuid(), gen_random_uuid(), ${plan.id}::uuid, 'strategy', 'ยุทธศาสตร์ ' || n, 'Strategy ' || n, n
        from generate_series(0, 19) n returning id)
      insert into plan_elements (id, lineage_id, plan_id, parent_id, kind, title_th, title_en, sort_order)
      select gen_random_uuid(), gen_random_uuid(), ${plan.id}::uuid, s.id, 'project', 'โครงการ ' || n, 'Project ' || n, n
      from s cross join generate_series(0, 98) n`.execute(ctx.db);
    const started = performance.now();
    const response = await h.call(planner.headers, 'GET', `/plans/${plan.id}/elements`);
    const elapsed = performance.now() - started;
    expect(response.json().elements).toHaveLength(20 + 20 * 99);
    expect(elapsed).toBeLessThan(3000);
  });
});
