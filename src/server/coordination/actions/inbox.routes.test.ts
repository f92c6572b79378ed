import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';
import { committeeIdByName, DEMO_COMMITTEE_EN, demoSessions } from '../coordination.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
let org: Record<string, string>;

beforeAll(async () => {
  s = await demoSessions(ctx);
  org = {};
  for (const code of ['UDN-PAO', 'UDN-CITY', 'DDC']) org[code] = await ctx.orgId(code);
});

const codes = (body: { items: { assignee: { code: string } }[] }) => body.items.map((a) => a.assignee.code);

describe('GET /actions/inbox', () => {
  it('needs a sign-in and valid paging', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox' })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox?limit=0', headers: s.reporter.headers })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox?status=done', headers: s.reporter.headers })).statusCode).toBe(400);
  });

  it('gives a member organisation its open actions and a non-member none', async () => {
    const reporter = await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox', headers: s.reporter.headers });
    expect(reporter.statusCode).toBe(200);
    expect(codes(reporter.json())).toEqual(['UDN-CITY']);
    expect(reporter.json().items[0]).toMatchObject({ status: 'open', overdue: false, titleEn: 'Draft the joint road-safety campaign plan with the province' });
    const viewer = await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox', headers: s.viewer.headers });
    expect(viewer.json()).toEqual({ items: [], total: 0 });
  });

  it('gives a secretary the open actions of their subtree, overdue first by due date, never closed ones', async () => {
    const secretary = await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox', headers: s.secretary.headers });
    expect(codes(secretary.json())).toEqual(['UDN-PAO', 'UDN-CITY']);
    expect(secretary.json().items.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, false]);
    const overdue = await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox?overdueOnly=true', headers: s.secretary.headers });
    expect(overdue.json()).toMatchObject({ total: 1, items: [{ assignee: { code: 'UDN-PAO' }, overdue: true }] });
  });
});

describe('GET /organisations/:id/actions', () => {
  it('walks 401 → 400 → 403 → 200 with every status', async () => {
    const url = `/api/v1/organisations/${org.DDC}/actions`;
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: `${url}?status=finished`, headers: s.admin.headers })).statusCode).toBe(400);
    // the municipality's reporter does not read the Department of Disease Control's actions
    expect((await ctx.app.inject({ method: 'GET', url, headers: s.reporter.headers })).statusCode).toBe(403);
    const ok = await ctx.app.inject({ method: 'GET', url, headers: s.admin.headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items.map((a: { status: string }) => a.status)).toEqual(['done']);
    const open = await ctx.app.inject({ method: 'GET', url: `${url}?status=open`, headers: s.admin.headers });
    expect(open.json().total).toBe(0);
  });
});

describe('GET /committees/:id/actions', () => {
  it('walks 401 → 400 → 403 → 200', async () => {
    const id = await committeeIdByName(ctx.db, DEMO_COMMITTEE_EN);
    const url = `/api/v1/committees/${id}/actions`;
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: `${url}?offset=-1`, headers: s.reporter.headers })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url, headers: s.viewer.headers })).statusCode).toBe(403);
    const ok = await ctx.app.inject({ method: 'GET', url, headers: s.reporter.headers });
    expect(ok.json().total).toBe(3);
    expect(ok.json().items.map((a: { dueOn: string }) => a.dueOn)).toEqual([...ok.json().items.map((a: { dueOn: string }) => a.dueOn)].sort());
  });
});
