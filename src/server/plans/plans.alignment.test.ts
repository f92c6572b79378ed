import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { planHelpers } from './plans.test-helpers.js';

const ctx = useTestApp();
const h = planHelpers(ctx);
let planner: Session;
const id = async (code: string) => (await h.elementByCode(code)).id;
const codes = async (refs: { id: string }[]) => {
  const rows = refs.length ? await ctx.db.selectFrom('plan_elements').select('code').where('id', 'in', refs.map((r) => r.id)).execute() : [];
  return rows.map((r) => r.code).sort();
};

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
});

describe('alignment on the demo chain', () => {
  it('shows the community project under National Strategy 4, with counts, coverage, gaps and orphans', async () => {
    const response = await h.call(undefined, 'GET', `/plan-elements/${await id('NS4')}/alignment?limit=100`);
    expect(response.statusCode).toBe(200);
    const a = response.json();
    expect(await codes(a.contributors.items)).toEqual(
      ['COMM-1', 'DO-S1', 'DO-S1-1', 'MP15', 'MP16', 'MP17', 'PAO-P1', 'PAO-P1-1', 'SAO-S1', 'SAO-S1-1', 'UDN-S3'].sort(),
    );
    expect(a.total).toBe(11);
    expect(a.byLevel).toEqual([
      { levelCode: 'national_master_plan', levelRank: 90, count: 3 },
      { levelCode: 'province', levelRank: 40, count: 1 },
      { levelCode: 'district', levelRank: 30, count: 2 },
      { levelCode: 'local', levelRank: 20, count: 4 },
      { levelCode: 'community', levelRank: 10, count: 1 },
    ]);
    expect(a.byKind.find((k: { kind: string }) => k.kind === 'project').count).toBe(4);
    expect(a.byOrganisation.map((o: { nameEn: string }) => o.nameEn)).toContain('Ban Nong Na Kham Community');
    // NS4, UDN-S3, DO-S1, SAO-S1 have projects under them; the three master plans have none
    expect(a.coverage).toEqual({ strategies: 7, covered: 4, percent: 57.1 });
    expect(await codes(a.gaps)).toEqual(['MP15', 'MP16', 'MP17']);
    expect(await codes(a.orphans.items)).toEqual(['COMM-2']);
    expect(a.orphans.total).toBe(1);
    const projects = (await h.call(undefined, 'GET', `/plan-elements/${await id('NS4')}/alignment?kind=project&limit=2`)).json().contributors;
    expect(projects.total).toBe(4);
    expect(projects.items).toHaveLength(2);
  });

  it('skips coverage and orphans on request, keeping the counts', async () => {
    const a = (await h.call(undefined, 'GET', `/plan-elements/${await id('NS4')}/alignment?coverage=false&orphans=false`)).json();
    expect(a).toMatchObject({ total: 11, coverage: null, gaps: null, orphans: null });
    expect(a.contributors.total).toBe(11);
  });

  it('names province strategy 1 as a gap of National Strategy 6', async () => {
    const a = (await h.call(undefined, 'GET', `/plan-elements/${await id('NS6')}/alignment`)).json();
    expect(await codes(a.gaps)).toContain('UDN-S1');
    expect(await codes(a.gaps)).not.toContain('UDN-S2');
  });

  it('draws the chain from the community project up to the National Strategy', async () => {
    const chain = (await h.call(undefined, 'GET', `/plan-elements/${await id('COMM-1')}/chain`)).json();
    const byId = new Map<string, string>();
    for (const n of chain.nodes) byId.set(n.id, n.code);
    const paths = chain.paths.map((p: string[]) => p.map((x) => byId.get(x)).join(' > ')).sort();
    expect(paths).toEqual([
      'COMM-1 > SAO-S1-1 > SAO-S1 > DO-S1 > UDN-S3 > NS3',
      'COMM-1 > SAO-S1-1 > SAO-S1 > DO-S1 > UDN-S3 > NS4',
    ]);
    expect(chain.edges.find((e: { kind: string; mode: string }) => e.kind === 'linkage' && e.mode === 'combine')).toBeDefined();
    expect(chain.truncated).toBe(false);
  });

  it('lists a plan\'s orphan projects', async () => {
    const plan = (await h.elementByCode('COMM-2')).plan_id;
    const orphans = (await h.call(undefined, 'GET', `/plans/${plan}/orphans`)).json();
    expect(orphans.total).toBe(1);
    expect(orphans.items[0].titleEn).toBe('Project: village sports day');
    const province = (await h.elementByCode('UDN-S1')).plan_id;
    expect((await h.call(undefined, 'GET', `/plans/${province}/orphans`)).json()).toEqual({ total: 0, items: [] });
  });

  it('keeps draft contributors out of the public view but shows them to the owner', async () => {
    const plan = await h.newPlan(planner.headers);
    const s = await h.newElement(planner.headers, plan.id, { kind: 'strategy', titleEn: 'Draft strategy' });
    expect((await h.call(planner.headers, 'POST', `/plan-elements/${s.id}/linkages`, { targetElementId: await id('NS5'), mode: 'link', weight: 100 })).statusCode).toBe(201);
    const publicView = (await h.call(undefined, 'GET', `/plan-elements/${await id('NS5')}/alignment`)).json();
    const ownerView = (await h.call(planner.headers, 'GET', `/plan-elements/${await id('NS5')}/alignment`)).json();
    expect(ownerView.total).toBe(publicView.total + 1);
    expect((await h.call(undefined, 'GET', `/plan-elements/${s.id}/alignment`)).statusCode).toBe(401);
  });
});
