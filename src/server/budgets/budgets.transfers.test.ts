import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { budgetHelpers } from './budgets.test-helpers.js';

const ctx = useTestApp();
const h = budgetHelpers(ctx);
let planner: Session;
let kkPlanner: Session;
let ids: Record<string, string>;

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  const admin = await ctx.login('admin@demo.prasan.local');
  const created = await h.call(admin.headers, 'POST', '/users', {
    email: 'kk.transfer@example.go.th',
    name: 'KK',
    password: 'long-enough-pass',
    memberships: [{ organisationId: await ctx.orgId('KKN-PO'), role: 'planner' }],
  });
  expect(created.statusCode).toBe(201);
  kkPlanner = await ctx.login('kk.transfer@example.go.th', 'long-enough-pass');
  ids = Object.fromEntries(await Promise.all(['UDN-PO', 'UDN-CITY', 'UDN-NONGNAKHAM-SAO', 'KKN-PO', 'UNDP-TH'].map(async (c) => [c, await ctx.orgId(c)])));
});

const transfer = (headers: Record<string, string>, body: Record<string, unknown>) => h.call(headers, 'POST', '/budget-transfers', body);

describe('transfers', () => {
  it('moves money province → municipality → SAO within what each has: 401 → 400 → 403 → 201', async () => {
    const plan = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project' });
    await h.newLine(planner.headers, project.id, { fiscalYear: 2568, allocated: '1000000' });
    await h.newLine(planner.headers, project.id, {
      fiscalYear: 2568,
      source: 'province_budget',
      allocated: '0.50',
      currency: 'USD',
      exchangeRate: '2',
      rateDate: '2024-10-01',
    });
    const body = {
      fromOrganisationId: ids['UDN-PO'],
      toOrganisationId: ids['UDN-CITY'],
      fiscalYear: 2568,
      amount: '600000',
      transferDate: '2024-11-15',
      elementIds: [project.id],
    };
    expect((await transfer({}, body)).statusCode).toBe(401);
    expect((await transfer(planner.headers, { ...body, amount: '600000.001' })).statusCode).toBe(400);
    expect((await transfer(kkPlanner.headers, body)).statusCode).toBe(403);
    const created = await transfer(planner.headers, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      fromOrganisationId: ids['UDN-PO'],
      toOrganisationId: ids['UDN-CITY'],
      toNameEn: 'Udon Thani City Municipality',
      amount: '600000.00',
      status: 'planned',
      elementIds: [project.id],
      version: 1,
    });

    // 1,000,000 + 1.00 (0.50 USD at 2) − 600,000 = 400,001.00 left to send
    const over = await transfer(planner.headers, { ...body, amount: '400001.01' });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields).toEqual([
      { path: 'amount', message: 'The sender has THB\u00a0400,001.00 available in fiscal year 2568; this transfer needs THB\u00a0400,001.01' },
    ]);
    expect((await transfer(planner.headers, { ...body, amount: '400001.00' })).statusCode).toBe(201);

    // the municipality has no budget lines but passes on what it received (600,000 + 400,001)
    const onward = { ...body, fromOrganisationId: ids['UDN-CITY'], toOrganisationId: ids['UDN-NONGNAKHAM-SAO'], elementIds: [] };
    expect((await transfer(planner.headers, { ...onward, amount: '1000001.01' })).statusCode).toBe(400);
    const sent = await transfer(planner.headers, { ...onward, amount: '600000' });
    expect(sent.statusCode).toBe(201);

    const list = (await h.call(planner.headers, 'GET', `/budget-transfers?fy=2568&organisationId=${ids['UDN-CITY']}`)).json();
    expect(list.total).toBe(3);
    expect((await h.call(kkPlanner.headers, 'GET', `/budget-transfers?fy=2568`)).json().total).toBe(0);
    expect((await h.call({}, 'GET', '/budget-transfers')).statusCode).toBe(401);

    // raising the onward transfer past what the municipality received is refused (its own amount does not count against it); a status change is fine
    const id = sent.json().id;
    expect((await h.call(planner.headers, 'PATCH', `/budget-transfers/${id}`, { version: 1, amount: '1000001.01' })).statusCode).toBe(400);
    const approved = await h.call(planner.headers, 'PATCH', `/budget-transfers/${id}`, { version: 1, status: 'approved', amount: '500000' });
    expect(approved.json()).toMatchObject({ status: 'approved', amount: '500000.00', version: 2 });
    expect((await h.call(planner.headers, 'PATCH', `/budget-transfers/${id}`, { version: 1, status: 'disbursed' })).statusCode).toBe(409);
    expect((await h.call(kkPlanner.headers, 'DELETE', `/budget-transfers/${id}?version=2`)).statusCode).toBe(403);
    expect((await h.call(planner.headers, 'DELETE', `/budget-transfers/${id}?version=2`)).statusCode).toBe(204);
  });

  it('refuses transfers to oneself, of nothing, from or to unknown organisations, outside the funded plan — writing nothing', async () => {
    const plan = await h.newPlan(planner.headers, { fyStart: 2569, fyEnd: 2570 });
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project' });
    // 2570: the demo's money is in 2569
    await h.newLine(planner.headers, project.id, { fiscalYear: 2570, allocated: '500' });
    const before = await h.countAll();
    const body = {
      fromOrganisationId: ids['UDN-PO'],
      toOrganisationId: ids['UDN-CITY'],
      fiscalYear: 2570,
      amount: '100',
      transferDate: '2026-11-15',
      elementIds: [project.id],
    };
    const unknown = '7b0b2f8e-59b4-4c1c-9a59-7c5d8a9f0000';
    const cases: [Record<string, unknown>, string, string][] = [
      [{ toOrganisationId: ids['UDN-PO'] }, 'toOrganisationId', 'An organisation cannot transfer money to itself'],
      [{ amount: '0' }, 'amount', 'must be more than zero'],
      [{ amount: '-100' }, 'amount', 'has an invalid format'],
      [{ amount: 'ten' }, 'amount', 'has an invalid format'],
      [{ fromOrganisationId: unknown }, 'fromOrganisationId', 'does not exist'],
      [{ toOrganisationId: unknown }, 'toOrganisationId', 'does not exist'],
      [{ elementIds: [project.id, unknown] }, 'elementIds/1', 'does not exist'],
      [{ fiscalYear: 2568 }, 'elementIds/0', 'Fiscal year 2568 is outside the plan of the funded element “Element” (2569–2570)'],
      [{ amount: '500.01' }, 'amount', 'The sender has THB\u00a0500.00 available in fiscal year 2570; this transfer needs THB\u00a0500.01'],
      [{ status: 'lost' }, 'status', 'must be one of: planned, approved, disbursed'],
    ];
    for (const [bad, path, message] of cases) {
      const response = await transfer(planner.headers, { ...body, ...bad });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().error.fields, JSON.stringify(bad)).toContainEqual({ path, message });
    }
    expect(await h.countAll()).toEqual(before);
  });
});

describe('pledges and funding gaps', () => {
  it('records a donor pledge on a programme in another currency and shows the funding gap', async () => {
    const plan = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const strategy = await h.newElement(planner.headers, plan.id, { kind: 'strategy' });
    const programme = await h.newElement(planner.headers, plan.id, { kind: 'programme', parentId: strategy.id, titleEn: 'Resilience programme', code: 'RP' });
    const project = await h.newElement(planner.headers, plan.id, { kind: 'project', parentId: programme.id });
    await h.newLine(planner.headers, project.id, { fiscalYear: 2569, requested: '5000000', allocated: '2000000' });
    await h.newLine(planner.headers, programme.id, { fiscalYear: 2569, requested: '1000000', allocated: '0' });
    const url = `/plan-elements/${programme.id}/pledges`;
    const body = {
      partnerOrganisationId: ids['UNDP-TH'],
      fiscalYear: 2569,
      currency: 'USD',
      exchangeRate: '34.5',
      rateDate: '2025-10-01',
      pledged: '50000',
      committed: '20000',
      received: '10000.10',
    };
    expect((await h.call({}, 'POST', url, body)).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'POST', url, { ...body, pledged: '50000.001' })).statusCode).toBe(400);
    expect((await h.call(kkPlanner.headers, 'POST', url, body)).statusCode).toBe(403);
    const before = await h.countAll();
    expect((await h.call(planner.headers, 'POST', `/plan-elements/${project.id}/pledges`, body)).statusCode).toBe(409);
    expect((await h.call(planner.headers, 'POST', url, { ...body, fiscalYear: 2571 })).json().error.fields[0].path).toBe('fiscalYear');
    expect((await h.call(planner.headers, 'POST', url, { ...body, exchangeRate: null })).json().error.fields[0].path).toBe('exchangeRate');
    expect(
      (await h.call(planner.headers, 'POST', url, { ...body, partnerOrganisationId: '7b0b2f8e-59b4-4c1c-9a59-7c5d8a9f0000' })).json().error.fields[0].path,
    ).toBe('partnerOrganisationId');
    expect(await h.countAll()).toEqual(before);
    const created = await h.call(planner.headers, 'POST', url, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      partnerNameEn: 'United Nations Development Programme Thailand',
      pledged: '50000.00',
      pledgedThb: '1725000.00',
      receivedThb: '345003.45',
    });

    const gaps = (await h.call(planner.headers, 'GET', `/plans/${plan.id}/funding-gaps?fy=2569`)).json();
    // need 6,000,000 − allocated 2,000,000 − pledged 1,725,000 = 2,275,000
    expect(gaps).toEqual([
      {
        elementId: programme.id,
        code: 'RP',
        titleTh: 'รายการ',
        titleEn: 'Resilience programme',
        requested: '6000000.00',
        allocated: '2000000.00',
        pledged: '1725000.00',
        committed: '690000.00',
        received: '345003.45',
        gap: '2275000.00',
      },
    ]);
    const updated = await h.call(planner.headers, 'PATCH', `/budget-pledges/${created.json().id}`, { version: 1, pledged: '200000' });
    expect(updated.json()).toMatchObject({ pledgedThb: '6900000.00', version: 2 });
    const surplus = (await h.call(planner.headers, 'GET', `/plans/${plan.id}/funding-gaps?fy=2569`)).json();
    expect(surplus[0].gap).toBe('-2900000.00');
    expect((await h.call(planner.headers, 'DELETE', `/budget-pledges/${created.json().id}?version=2`)).statusCode).toBe(204);
  });
});
