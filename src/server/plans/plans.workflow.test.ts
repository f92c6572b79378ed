import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { planHelpers } from './plans.test-helpers.js';

const ctx = useTestApp();
const h = planHelpers(ctx);
let planner: Session;
let approver: Session;
let viewer: Session;
let kkPlanner: Session;
let kkApprover: Session;

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  approver = await ctx.login('approver@demo.prasan.local');
  viewer = await ctx.login('viewer@demo.prasan.local');
  const admin = await ctx.login('admin@demo.prasan.local');
  const kkn = await ctx.orgId('KKN-PO');
  for (const [email, role] of [
    ['kk.planner@example.go.th', 'planner'],
    ['kk.approver@example.go.th', 'approver'],
  ]) {
    const created = await h.call(admin.headers, 'POST', '/users', {
      email,
      name: email,
      password: 'long-enough-pass',
      memberships: [{ organisationId: kkn, role }],
    });
    expect(created.statusCode).toBe(201);
  }
  kkPlanner = await ctx.login('kk.planner@example.go.th', 'long-enough-pass');
  kkApprover = await ctx.login('kk.approver@example.go.th', 'long-enough-pass');
});

describe('creating a plan', () => {
  it('walks 401 → 400 → 403 → 201', async () => {
    const owner = await ctx.orgId('UDN-PO');
    const body = { ownerOrganisationId: owner, levelCode: 'province', fyStart: 2568, fyEnd: 2570, titleTh: 'แผน', titleEn: 'Plan' };
    expect((await h.call(undefined, 'POST', '/plans', body)).statusCode).toBe(401);
    const unknown = await h.call(planner.headers, 'POST', '/plans', { ...body, colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toEqual({ path: 'colour', message: 'unknown field' });
    const order = await h.call(planner.headers, 'POST', '/plans', { ...body, fyStart: 2571 });
    expect(order.statusCode).toBe(400);
    expect(order.json().error.message).toBe('fyEnd: The first fiscal year must not be after the last');
    const level = await h.call(planner.headers, 'POST', '/plans', { ...body, levelCode: 'galactic' });
    expect(level.json().error.fields[0].path).toBe('levelCode');
    expect((await h.call(viewer.headers, 'POST', '/plans', body)).statusCode).toBe(403);
    expect((await h.call(kkPlanner.headers, 'POST', '/plans', body)).statusCode).toBe(403);
    const before = await h.count('plans');
    const created = await h.call(planner.headers, 'POST', '/plans', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', version: 1, versionNumber: 1, ownerNameEn: 'Udon Thani Provincial Office' });
    expect(await h.count('plans')).toBe(before + 1);
  });

  it('keeps a draft private: anonymous 401, out-of-scope 403, owner planner 200', async () => {
    const plan = await h.newPlan(planner.headers);
    expect((await h.call(undefined, 'GET', `/plans/${plan.id}`)).statusCode).toBe(401);
    expect((await h.call(kkPlanner.headers, 'GET', `/plans/${plan.id}`)).statusCode).toBe(403);
    expect((await h.call(planner.headers, 'GET', `/plans/${plan.id}`)).statusCode).toBe(200);
    const anonymousList = (await h.call(undefined, 'GET', '/plans?limit=500')).json();
    expect(anonymousList.items.some((p: { id: string }) => p.id === plan.id)).toBe(false);
    const ownList = (await h.call(planner.headers, 'GET', '/plans?limit=500')).json();
    expect(ownList.items.some((p: { id: string }) => p.id === plan.id)).toBe(true);
  });
});

describe('the approval workflow', () => {
  it('goes draft → submitted → returned → submitted → approved → active → closed', async () => {
    let plan = await h.newPlan(planner.headers);
    const submit = await h.call(planner.headers, 'POST', `/plans/${plan.id}/submit`, { version: plan.version });
    expect(submit.statusCode).toBe(200);
    plan = submit.json();
    expect(plan.status).toBe('submitted');

    // a planner cannot approve; an approver out of scope cannot either; nothing changes
    expect((await h.call(planner.headers, 'POST', `/plans/${plan.id}/approve`, { version: plan.version })).statusCode).toBe(403);
    expect((await h.call(kkApprover.headers, 'POST', `/plans/${plan.id}/approve`, { version: plan.version })).statusCode).toBe(403);
    // submitted plans cannot be edited while waiting
    const edit = await h.call(planner.headers, 'PATCH', `/plans/${plan.id}`, { version: plan.version, titleEn: 'changed' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/waiting for approval/);
    const noComment = await h.call(approver.headers, 'POST', `/plans/${plan.id}/return`, { version: plan.version, comment: '   ' });
    expect(noComment.statusCode).toBe(400);
    expect((await h.call(undefined, 'GET', `/plans/${plan.id}`)).statusCode).toBe(401);
    expect(await ctx.db.selectFrom('plans').select(['status', 'version']).where('id', '=', plan.id).executeTakeFirstOrThrow()).toEqual({
      status: 'submitted',
      version: plan.version,
    });

    const returned = await h.call(approver.headers, 'POST', `/plans/${plan.id}/return`, {
      version: plan.version,
      comment: 'Link strategy 2 to the national strategy',
    });
    expect(returned.statusCode).toBe(200);
    plan = returned.json();
    expect(plan).toMatchObject({ status: 'returned', returnComment: 'Link strategy 2 to the national strategy' });

    const fixed = await h.call(planner.headers, 'PATCH', `/plans/${plan.id}`, { version: plan.version, titleEn: 'Fixed plan' });
    expect(fixed.statusCode).toBe(200);
    plan = fixed.json();
    plan = (await h.call(planner.headers, 'POST', `/plans/${plan.id}/submit`, { version: plan.version })).json();
    expect(plan.status).toBe('submitted');
    const approved = await h.call(approver.headers, 'POST', `/plans/${plan.id}/approve`, { version: plan.version });
    expect(approved.statusCode).toBe(200);
    plan = approved.json();
    expect(plan).toMatchObject({ status: 'approved', returnComment: null });
    // approved plans are public
    expect((await h.call(undefined, 'GET', `/plans/${plan.id}`)).statusCode).toBe(200);

    const active = await h.call(approver.headers, 'POST', `/plans/${plan.id}/activate`, { version: plan.version });
    expect(active.json().status).toBe('active');
    const closed = await h.call(approver.headers, 'POST', `/plans/${plan.id}/close`, { version: active.json().version });
    expect(closed.json().status).toBe('closed');
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'plan').where('entity_id', '=', plan.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve', 'activate', 'close']);
  });

  it('refuses transitions from the wrong status with the reason, in Thai too', async () => {
    const plan = await h.newPlan(planner.headers);
    const approve = await h.call(approver.headers, 'POST', `/plans/${plan.id}/approve`, { version: plan.version });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.message).toBe('Only a submitted plan can be approved');
    const th = await h.call({ ...approver.headers, 'accept-language': 'th' }, 'POST', `/plans/${plan.id}/activate`, { version: plan.version });
    expect(th.json().error.message).toBe('เริ่มใช้ได้เฉพาะแผนที่อนุมัติแล้ว');
    expect((await h.call(approver.headers, 'POST', `/plans/${plan.id}/close`, { version: plan.version })).statusCode).toBe(409);
    expect((await h.call(approver.headers, 'POST', `/plans/${plan.id}/return`, { version: plan.version, comment: 'x' })).statusCode).toBe(409);
    expect((await h.call(planner.headers, 'POST', `/plans/${plan.id}/revisions`)).statusCode).toBe(409);
    const row = await ctx.db.selectFrom('plans').select(['status', 'version']).where('id', '=', plan.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', version: 1 });
  });

  it('refuses a stale version with 409 stale_version and keeps the other edit', async () => {
    const plan = await h.newPlan(planner.headers);
    const first = await h.call(planner.headers, 'PATCH', `/plans/${plan.id}`, { version: 1, titleEn: 'First planner' });
    expect(first.statusCode).toBe(200);
    const second = await h.call(planner.headers, 'PATCH', `/plans/${plan.id}`, { version: 1, titleEn: 'Second planner' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'stale_version',
      message: 'Someone else changed this record since you opened it; reload to see their changes',
    });
    expect((await h.call(planner.headers, 'GET', `/plans/${plan.id}`)).json()).toMatchObject({ titleEn: 'First planner', version: 2 });
    const submit = await h.call(planner.headers, 'POST', `/plans/${plan.id}/submit`, { version: 1 });
    expect(submit.statusCode).toBe(409);
  });

  it('lets a viewer read but not write, and a Khon Kaen planner not edit Udon Thani plans', async () => {
    const plan = await h.newPlan(planner.headers);
    const kk = await h.call(kkPlanner.headers, 'PATCH', `/plans/${plan.id}`, { version: 1, titleEn: 'hijack' });
    expect(kk.statusCode).toBe(403);
    expect((await h.call(kkPlanner.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'strategy', titleTh: 'x', titleEn: 'x' })).statusCode).toBe(403);
    const v = await h.call(viewer.headers, 'GET', '/plans?level=province');
    expect(v.statusCode).toBe(200);
    expect((await h.call(viewer.headers, 'PATCH', `/plans/${plan.id}`, { version: 1, titleEn: 'x' })).statusCode).toBe(403);
    expect((await h.call(planner.headers, 'GET', `/plans/${plan.id}`)).json().titleEn).toBe('Test plan');
  });
});

describe('revisions', () => {
  it('makes an approved version immutable and revises it as a new version with its tree and linkages', async () => {
    let plan = await h.newPlan(planner.headers);
    const strategy = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'Well-being', titleTh: 'อยู่ดีมีสุข' });
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project', parentId: strategy.id, titleEn: 'Clinic', titleTh: 'คลินิก' });
    const ns4 = await h.elementByCode('NS4');
    expect(
      (await h.call(planner.headers, 'POST', `/plan-elements/${strategy.id}/linkages`, { targetElementId: ns4.id, mode: 'link', weight: 80 })).statusCode,
    ).toBe(201);
    plan = (await h.call(planner.headers, 'POST', `/plans/${plan.id}/submit`, { version: plan.version })).json();
    plan = (await h.call(approver.headers, 'POST', `/plans/${plan.id}/approve`, { version: plan.version })).json();

    const audits = await h.count('audit_log');
    const edit = await h.call(planner.headers, 'PATCH', `/plan-elements/${project.id}`, { version: project.version, titleEn: 'x' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe('This plan version is approved and cannot be changed; create a revision to change it');
    expect((await h.call(planner.headers, 'POST', `/plans/${plan.id}/elements`, { kind: 'strategy', titleTh: 'x', titleEn: 'x' })).statusCode).toBe(409);
    expect((await h.call(planner.headers, 'DELETE', `/plan-elements/${project.id}?version=1`)).statusCode).toBe(409);
    expect(await h.count('audit_log')).toBe(audits);

    expect((await h.call(viewer.headers, 'POST', `/plans/${plan.id}/revisions`)).statusCode).toBe(403);
    const revised = await h.call(planner.headers, 'POST', `/plans/${plan.id}/revisions`);
    expect(revised.statusCode).toBe(201);
    const v2 = revised.json();
    expect(v2).toMatchObject({ familyId: plan.familyId, versionNumber: 2, status: 'draft' });
    expect((await h.call(planner.headers, 'POST', `/plans/${plan.id}/revisions`)).json().error.message).toBe(
      'This plan already has a newer revision in progress (version 2)',
    );

    const tree = (await h.call(planner.headers, 'GET', `/plans/${v2.id}/elements`)).json().elements;
    expect(tree).toHaveLength(2);
    const copiedStrategy = tree.find((e: { kind: string }) => e.kind === 'strategy');
    const copiedProject = tree.find((e: { kind: string }) => e.kind === 'project');
    expect(copiedStrategy.id).not.toBe(strategy.id);
    expect(copiedProject.parentId).toBe(copiedStrategy.id);
    expect((await h.call(planner.headers, 'GET', `/plan-elements/${copiedStrategy.id}/linkages`)).json().outgoing[0]).toMatchObject({
      targetElementId: ns4.id,
      weight: 80,
    });

    // change the draft, then diff
    await h.call(planner.headers, 'PATCH', `/plan-elements/${copiedProject.id}`, {
      version: copiedProject.version,
      titleEn: 'Mobile clinic',
      governmentPriority: 1,
    });
    await h.newElement(planner.headers, v2.id, { kind: 'project', parentId: copiedStrategy.id, titleEn: 'Elderly care', titleTh: 'ดูแลผู้สูงอายุ' });
    await h.call(planner.headers, 'PATCH', `/plans/${v2.id}`, { version: v2.version, fyEnd: 2571 });
    const diff = (await h.call(planner.headers, 'GET', `/plans/${v2.id}/diff?against=${plan.id}`)).json();
    expect(diff.from.versionNumber).toBe(1);
    expect(diff.to.versionNumber).toBe(2);
    expect(diff.planChanges).toEqual([{ field: 'fyEnd', from: 2570, to: 2571 }]);
    expect(diff.added.map((e: { titleEn: string }) => e.titleEn)).toEqual(['Elderly care']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].changes).toEqual([
      { field: 'titleEn', from: 'Clinic', to: 'Mobile clinic' },
      { field: 'governmentPriority', from: null, to: 1 },
    ]);

    const versions = (await h.call(planner.headers, 'GET', `/plans/${plan.id}/versions`)).json();
    expect(versions.map((v: { versionNumber: number; status: string }) => [v.versionNumber, v.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    // the public sees only the approved version
    expect((await h.call(undefined, 'GET', `/plans/${plan.id}/versions`)).json()).toHaveLength(1);
    const other = await h.newPlan(planner.headers);
    expect((await h.call(planner.headers, 'GET', `/plans/${v2.id}/diff?against=${other.id}`)).statusCode).toBe(400);
  });

  it('closes the superseded active version when a revision is activated', async () => {
    let plan = await h.newPlan(planner.headers);
    plan = (await h.call(planner.headers, 'POST', `/plans/${plan.id}/submit`, { version: plan.version })).json();
    plan = (await h.call(approver.headers, 'POST', `/plans/${plan.id}/approve`, { version: plan.version })).json();
    plan = (await h.call(approver.headers, 'POST', `/plans/${plan.id}/activate`, { version: plan.version })).json();
    let v2 = (await h.call(planner.headers, 'POST', `/plans/${plan.id}/revisions`)).json();
    v2 = (await h.call(planner.headers, 'POST', `/plans/${v2.id}/submit`, { version: v2.version })).json();
    v2 = (await h.call(approver.headers, 'POST', `/plans/${v2.id}/approve`, { version: v2.version })).json();
    v2 = (await h.call(approver.headers, 'POST', `/plans/${v2.id}/activate`, { version: v2.version })).json();
    expect(v2.status).toBe('active');
    expect((await h.call(planner.headers, 'GET', `/plans/${plan.id}`)).json().status).toBe('closed');
  });
});
