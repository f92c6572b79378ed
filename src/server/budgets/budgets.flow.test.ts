import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { budgetHelpers, insertRolelessUser } from './budgets.test-helpers.js';

const ctx = useTestApp();
const h = budgetHelpers(ctx);
let planner: Session;
let nobody: Session;
const fy = 2570;

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  await insertRolelessUser(ctx.db, 'nobody.flow@example.go.th', 'long-enough-pass');
  nobody = await ctx.login('nobody.flow@example.go.th', 'long-enough-pass');
});

type Link = { source: string; target: string; amount: string };
const sorted = (links: Link[]) => [...links].sort((a, b) => `${a.source}${a.target}`.localeCompare(`${b.source}${b.target}`));

describe('budget flow', () => {
  it('draws source → level → organisation → national strategy with weighted linkages and transfers, kept up to date', async () => {
    const udn = await ctx.orgId('UDN-PO');
    const city = await ctx.orgId('UDN-CITY');
    const ns3 = (await h.elementByCode('NS3')).id;
    const ns4 = (await h.elementByCode('NS4')).id;
    const province = await h.newPlan(planner.headers, { fyStart: 2568, fyEnd: 2570 });
    const strategy = await h.newElement(planner.headers, province.id, { kind: 'strategy' });
    const project = await h.newElement(planner.headers, province.id, { kind: 'project', parentId: strategy.id });
    for (const [target, weight] of [
      [ns4, 60],
      [ns3, 40],
    ] as const) {
      expect(
        (await h.call(planner.headers, 'POST', `/plan-elements/${strategy.id}/linkages`, { targetElementId: target, mode: 'link', weight })).statusCode,
      ).toBe(201);
    }
    const cityPlan = await h.newPlan(planner.headers, { ownerOrganisationId: city, levelCode: 'local', fyStart: 2568, fyEnd: 2570 });
    const cityProgramme = await h.newElement(planner.headers, cityPlan.id, { kind: 'programme' });
    const link = await h.call(planner.headers, 'POST', `/plan-elements/${cityProgramme.id}/linkages`, {
      targetElementId: strategy.id,
      mode: 'complement',
      weight: 50,
    });
    await h.newLine(planner.headers, project.id, { fiscalYear: fy, source: 'state_budget', allocated: '1000' });
    await h.newLine(planner.headers, cityProgramme.id, { fiscalYear: fy, source: 'subsidy_grant', allocated: '200' });
    expect(
      (
        await h.call(planner.headers, 'POST', '/budget-transfers', {
          fromOrganisationId: udn,
          toOrganisationId: city,
          fiscalYear: fy,
          amount: '200',
          transferDate: '2026-11-01',
          elementIds: [cityProgramme.id],
        })
      ).statusCode,
    ).toBe(201);

    expect((await h.call({}, 'GET', `/budget-flow?fy=${fy}`)).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'GET', `/budget-flow?fy=25`)).statusCode).toBe(400);
    expect((await h.call(nobody.headers, 'GET', `/budget-flow?fy=${fy}`)).statusCode).toBe(403);
    const response = await h.call(planner.headers, 'GET', `/budget-flow?fy=${fy}`);
    expect(response.statusCode).toBe(200);
    const flow = response.json();
    expect(sorted(flow.links)).toEqual(
      sorted([
        { source: 'source:state_budget', target: 'level:province', amount: '1000.00' },
        { source: 'source:subsidy_grant', target: 'level:local', amount: '200.00' },
        { source: 'level:province', target: `org:${udn}`, amount: '1000.00' },
        { source: 'level:local', target: `org:${city}`, amount: '200.00' },
        { source: `org:${udn}`, target: `strategy:${ns4}`, amount: '600.00' },
        { source: `org:${udn}`, target: `strategy:${ns3}`, amount: '400.00' },
        { source: `org:${city}`, target: `strategy:${ns4}`, amount: '60.00' },
        { source: `org:${city}`, target: `strategy:${ns3}`, amount: '40.00' },
        { source: `org:${city}`, target: 'strategy:none', amount: '100.00' },
        { source: `org:${udn}`, target: `org:${city}`, amount: '200.00' },
      ]),
    );
    expect(flow.nodes).toContainEqual({ id: 'source:state_budget', kind: 'source', name_th: 'งบประมาณแผ่นดิน', name_en: 'State budget' });
    expect(flow.nodes).toContainEqual({ id: `org:${city}`, kind: 'organisation', name_th: 'เทศบาลนครอุดรธานี', name_en: 'Udon Thani City Municipality' });
    expect(flow.nodes).toContainEqual({
      id: 'strategy:none',
      kind: 'strategy',
      name_th: 'ไม่เชื่อมโยงกับยุทธศาสตร์ชาติ',
      name_en: 'Not linked to a national strategy',
    });
    expect(new Set(flow.nodes.map((n: { id: string }) => n.id))).toEqual(new Set(flow.links.flatMap((l: Link) => [l.source, l.target])));

    // a province's own picture: the municipality's subtree, with the transfer that reached it
    const scoped = (await h.call(planner.headers, 'GET', `/budget-flow?fy=${fy}&organisationId=${await ctx.orgId('UDN-MUEANG-DO')}`)).json();
    expect(scoped.links.filter((l: Link) => l.source === `org:${udn}`)).toEqual([{ source: `org:${udn}`, target: `org:${city}`, amount: '200.00' }]);
    expect(scoped.links.some((l: Link) => l.target === `org:${udn}`)).toBe(false);

    // a linkage change moves money between strategies at the next read
    expect((await h.call(planner.headers, 'PATCH', `/plan-linkages/${link.json().id}`, { version: 1, weight: 100 })).statusCode).toBe(200);
    const after = (await h.call(planner.headers, 'GET', `/budget-flow?fy=${fy}`)).json();
    expect(after.links.filter((l: Link) => l.source === `org:${city}` && l.target.startsWith('strategy:'))).toEqual(
      expect.arrayContaining([
        { source: `org:${city}`, target: `strategy:${ns4}`, amount: '120.00' },
        { source: `org:${city}`, target: `strategy:${ns3}`, amount: '80.00' },
      ]),
    );
    expect(after.links.some((l: Link) => l.target === 'strategy:none')).toBe(false);

    // budget line writes update the aggregates in their own transaction
    const lines = (await h.call(planner.headers, 'GET', `/plan-elements/${project.id}/budget-lines`)).json();
    await h.call(planner.headers, 'PATCH', `/budget-lines/${lines[0].id}`, { version: 1, allocated: '1500.50' });
    const updated = (await h.call(planner.headers, 'GET', `/budget-flow?fy=${fy}`)).json();
    expect(updated.links).toContainEqual({ source: 'source:state_budget', target: 'level:province', amount: '1500.50' });
    expect(updated.links).toContainEqual({ source: `org:${udn}`, target: `strategy:${ns4}`, amount: '900.30' });

    // only the largest organisation by allocation and the largest transfer recipient keep their
    // nodes: the PAO's money goes to "other organisations", the city's transfer stays visible
    const paoPlan = await h.newPlan(planner.headers, { ownerOrganisationId: await ctx.orgId('UDN-PAO'), levelCode: 'local', fyStart: 2568, fyEnd: 2570 });
    await h.newLine(planner.headers, (await h.newElement(planner.headers, paoPlan.id, { kind: 'programme' })).id, {
      fiscalYear: fy,
      source: 'local_revenue',
      allocated: '50',
    });
    const top = (await h.call(planner.headers, 'GET', `/budget-flow?fy=${fy}&maxOrganisations=1`)).json();
    expect(top.links).toContainEqual({ source: 'level:local', target: 'org:other', amount: '50.00' });
    expect(top.links).toContainEqual({ source: 'level:local', target: `org:${city}`, amount: '200.00' });
    expect(top.links).toContainEqual({ source: `org:${udn}`, target: `org:${city}`, amount: '200.00' });
  });
});
