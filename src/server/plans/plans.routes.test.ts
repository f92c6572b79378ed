import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { planHelpers } from './plans.test-helpers.js';

const ctx = useTestApp();
const h = planHelpers(ctx);

describe('reference data', () => {
  it('seeds plan levels with ASEAN at the top and the community plan at the bottom', async () => {
    const levels = (await h.call(undefined, 'GET', '/plan-levels')).json();
    expect(levels).toHaveLength(11);
    expect(levels[0].code).toBe('asean_work_plan');
    expect(levels.at(-1).code).toBe('community');
  });

  it('loads the national reference plans as approved, read-only plans of NESDC', async () => {
    const list = (await h.call(undefined, 'GET', '/plans?level=national_strategy')).json();
    expect(list.total).toBe(1);
    const ns = list.items[0];
    expect(ns).toMatchObject({ status: 'approved', isReference: true, fyStart: 2561, fyEnd: 2580, ownerOrganisationId: await ctx.orgId('NESDC') });
    const tree = (await h.call(undefined, 'GET', `/plans/${ns.id}/elements`)).json();
    expect(tree.elements.map((e: { code: string }) => e.code)).toEqual(['NS1', 'NS2', 'NS3', 'NS4', 'NS5', 'NS6']);
    const mp = (await h.call(undefined, 'GET', '/plans?level=national_master_plan')).json().items[0];
    expect((await h.call(undefined, 'GET', `/plans/${mp.id}/elements`)).json().elements).toHaveLength(23);
    const nesdp = (await h.call(undefined, 'GET', '/plans?level=nesdp')).json().items[0];
    expect((await h.call(undefined, 'GET', `/plans/${nesdp.id}/elements`)).json().elements).toHaveLength(13);
    expect(await ctx.db.selectFrom('organisations').select('id').where('code', '=', 'NESDC').execute()).toHaveLength(1);
  });

  it('refuses any change to a reference plan, even by an admin', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const ns = (await h.call(undefined, 'GET', '/plans?level=national_strategy')).json().items[0];
    const response = await h.call(admin.headers, 'PATCH', `/plans/${ns.id}`, { version: ns.version, titleEn: 'x' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe('This is a national reference plan; it cannot be changed');
    const revise = await h.call(admin.headers, 'POST', `/plans/${ns.id}/revisions`);
    expect(revise.statusCode).toBe(409);
  });
});
