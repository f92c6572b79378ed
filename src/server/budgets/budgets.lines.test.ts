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
  const created = await h.call(admin.headers, 'POST', '/users', {
    email: 'kk.budget@example.go.th',
    name: 'KK',
    password: 'long-enough-pass',
    memberships: [{ organisationId: await ctx.orgId('KKN-PO'), role: 'planner' }],
  });
  expect(created.statusCode).toBe(201);
  kkPlanner = await ctx.login('kk.budget@example.go.th', 'long-enough-pass');
});

const post = (headers: Record<string, string>, elementId: string, body: Record<string, unknown>) =>
  h.call(headers, 'POST', `/plan-elements/${elementId}/budget-lines`, body);

describe('budget lines', () => {
  it('creates a line: 401 → 400 → 403 → 201, money as two-decimal strings, audited', async () => {
    const plan = await h.newPlan(planner.headers);
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project' });
    const body = { fiscalYear: 2569, source: 'province_budget', requested: '1500000', allocated: '1250000.5', committed: '1000000', disbursed: '250000.25' };
    expect((await post({}, project.id, body)).statusCode).toBe(401);
    expect((await post(planner.headers, project.id, { ...body, allocated: '1250000.505' })).statusCode).toBe(400);
    expect((await post(kkPlanner.headers, project.id, body)).statusCode).toBe(403);
    const created = await post(planner.headers, project.id, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      elementId: project.id,
      planId: plan.id,
      organisationId: await ctx.orgId('UDN-PO'),
      levelCode: 'province',
      fiscalYear: 2569,
      source: 'province_budget',
      currency: 'THB',
      exchangeRate: null,
      requested: '1500000.00',
      allocated: '1250000.50',
      allocatedThb: '1250000.50',
      disbursedThb: '250000.25',
      version: 1,
    });
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'budget_line').where('entity_id', '=', created.json().id).execute();
    expect(audit).toHaveLength(1);
    const listed = await h.call(undefined, 'GET', `/plan-elements/${project.id}/budget-lines?fy=2569`);
    // a draft plan's budget is private
    expect(listed.statusCode).toBe(401);
    expect((await h.call(planner.headers, 'GET', `/plan-elements/${project.id}/budget-lines?fy=2569`)).json()).toHaveLength(1);
  });

  it('refuses every bad amount, source, year and currency with the field named, and writes nothing', async () => {
    const plan = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project' });
    const before = await h.countAll();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ allocated: '-5' }, 'allocated', 'has an invalid format'],
      [{ allocated: '12.345' }, 'allocated', 'has an invalid format'],
      [{ requested: 'abc' }, 'requested', 'has an invalid format'],
      [{ disbursed: '1e6' }, 'disbursed', 'has an invalid format'],
      [{ committed: '' }, 'committed', 'has an invalid format'],
      [{ source: 'lottery' }, 'source', 'must be one of: state_budget, province_budget, local_revenue, subsidy_grant, donor, ppp_private, loan, other'],
      [{ fiscalYear: 2571 }, 'fiscalYear', 'Fiscal year 2571 is outside the plan (2568–2570)'],
      [{ fiscalYear: 2567 }, 'fiscalYear', 'Fiscal year 2567 is outside the plan (2568–2570)'],
      [{ currency: 'USD' }, 'exchangeRate', 'A currency other than baht needs an exchange rate and its date'],
      [{ currency: 'USD', exchangeRate: '35.5' }, 'rateDate', 'A currency other than baht needs an exchange rate and its date'],
      [{ exchangeRate: '35.5' }, 'exchangeRate', 'Amounts in baht take no exchange rate'],
      [{ currency: 'usd' }, 'currency', 'has an invalid format'],
    ];
    for (const [bad, path, message] of cases) {
      const response = await post(planner.headers, project.id, { fiscalYear: 2569, source: 'state_budget', allocated: '100', ...bad });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().error.fields, JSON.stringify(bad)).toContainEqual({ path, message });
    }
    const thai = await h.call({ ...planner.headers, 'accept-language': 'th' }, 'POST', `/plan-elements/${project.id}/budget-lines`, {
      fiscalYear: 2571,
      source: 'state_budget',
    });
    expect(thai.json().error.fields[0].message).toBe('ปีงบประมาณ 2571 อยู่นอกช่วงของแผน (2568–2570)');
    expect(await h.countAll()).toEqual(before);
  });

  it('converts another currency at its rate: the baht equivalent is what counts', async () => {
    const plan = await h.newPlan(planner.headers);
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project' });
    const line = await h.newLine(planner.headers, project.id, {
      fiscalYear: 2569,
      source: 'donor',
      currency: 'USD',
      exchangeRate: '33.123456',
      rateDate: '2025-10-01',
      allocated: '1000.01',
      disbursed: '0.03',
    });
    // 1000.01 × 33.123456 = 33123.787... → 33123.79; 0.03 × 33.123456 = 0.99370368 → 0.99
    expect(line).toMatchObject({
      currency: 'USD',
      exchangeRate: '33.123456',
      rateDate: '2025-10-01',
      allocated: '1000.01',
      allocatedThb: '33123.79',
      disbursedThb: '0.99',
    });
  });

  it('updates with the version read, refuses a stale one, keeps the history, deletes', async () => {
    const plan = await h.newPlan(planner.headers);
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project' });
    const line = await h.newLine(planner.headers, project.id, { fiscalYear: 2569, allocated: '100' });
    const url = `/budget-lines/${line.id}`;
    expect((await h.call({}, 'PATCH', url, { version: 1, allocated: '200' })).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'PATCH', url, { version: 1, allocated: '-200' })).statusCode).toBe(400);
    expect((await h.call(kkPlanner.headers, 'PATCH', url, { version: 1, allocated: '200' })).statusCode).toBe(403);
    const updated = await h.call(planner.headers, 'PATCH', url, { version: 1, allocated: '200', currency: 'EUR', exchangeRate: '38', rateDate: '2025-11-01' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, allocated: '200.00', allocatedThb: '7600.00', currency: 'EUR' });
    const backToBaht = await h.call(planner.headers, 'PATCH', url, { version: 2, currency: 'THB' });
    expect(backToBaht.json()).toMatchObject({ version: 3, currency: 'THB', exchangeRate: null, rateDate: null, allocatedThb: '200.00' });
    const stale = await h.call(planner.headers, 'PATCH', url, { version: 1, allocated: '300' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const history = (await h.call(planner.headers, 'GET', `${url}/history`)).json();
    expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update']);
    expect(history[1].before).toMatchObject({ allocated: '100.00' });
    expect(history[1].after).toMatchObject({ allocated: '200.00', currency: 'EUR' });
    expect((await h.call(planner.headers, 'DELETE', `${url}?version=2`)).statusCode).toBe(409);
    expect((await h.call(planner.headers, 'DELETE', `${url}?version=3`)).statusCode).toBe(204);
    expect(await ctx.db.selectFrom('budget_lines').select('id').where('id', '=', line.id).execute()).toHaveLength(0);
    expect((await h.call(planner.headers, 'GET', `${url}/history`)).json().map((e: { action: string }) => e.action)).toEqual([
      'create',
      'update',
      'update',
      'delete',
    ]);
  });

  it('refuses budget lines on the national reference plans', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const ns1 = await h.elementByCode('NS1');
    const response = await post(admin.headers, ns1.id, { fiscalYear: 2569, source: 'state_budget', allocated: '1' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe('National reference plans carry no budget lines');
  });
});
