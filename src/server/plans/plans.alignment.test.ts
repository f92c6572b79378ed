import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { planHelpers } from './plans.test-helpers.js';

const ctx = useTestApp();
const h = planHelpers(ctx);
let planner: Session;
const id = async (code: string) => (await h.elementByCode(code)).id;
const codes = async (refs: { id: string }[]) => {
  const rows = refs.length
    ? await ctx.db
        .selectFrom('plan_elements')
        .select('code')
        .where(
          'id',
          'in',
          refs.map((r) => r.id),
        )
        .execute()
    : [];
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

  it('pages contributors by cursor in the same order as by offset, and refuses a malformed cursor', async () => {
    const ns4 = await id('NS4');
    const all = (await h.call(undefined, 'GET', `/plan-elements/${ns4}/alignment?limit=100&coverage=false&orphans=false`)).json().contributors;
    expect(all.next).toBeNull();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const query: string = `limit=3&coverage=false&orphans=false${after ? `&after=${encodeURIComponent(after)}` : ''}`;
      const c = (await h.call(undefined, 'GET', `/plan-elements/${ns4}/alignment?${query}`)).json().contributors;
      expect(c.total).toBe(11);
      seen.push(...c.items.map((i: { id: string }) => i.id));
      after = c.next;
      if (!after) break;
    }
    expect(seen).toEqual(all.items.map((i: { id: string }) => i.id));
    // offset counts from the cursor
    const cursor = `${all.items[3].levelRank}:${all.items[3].id}`;
    const skipped = (await h.call(undefined, 'GET', `/plan-elements/${ns4}/alignment?limit=2&offset=1&after=${encodeURIComponent(cursor)}`)).json()
      .contributors;
    expect(skipped.items.map((i: { id: string }) => i.id)).toEqual(all.items.slice(5, 7).map((i: { id: string }) => i.id));
    const bad = await h.call(undefined, 'GET', `/plan-elements/${ns4}/alignment?after=nonsense`);
    expect(bad.statusCode).toBe(400);
    const field = (r: typeof bad) => r.json().error.fields.find((f: { path: string }) => f.path === 'after');
    expect(field(bad).message).toBeTruthy();
    // the reason in Thai as well
    const badTh = await h.call({ 'accept-language': 'th' }, 'GET', `/plan-elements/${ns4}/alignment?after=nonsense`);
    expect(field(badTh).message).not.toBe(field(bad).message);
  });

  it('ranks contributors by organisation, the first 50 in the alignment and every page on request', async () => {
    const ns4 = await id('NS4');
    const a = (await h.call(undefined, 'GET', `/plan-elements/${ns4}/alignment`)).json();
    expect(a.organisationTotal).toBe(a.byOrganisation.length);
    expect(a.byOrganisation.reduce((sum: number, o: { count: number }) => sum + o.count, 0)).toBe(a.total);
    const pages = [];
    for (let offset = 0; offset < a.organisationTotal; offset += 2) {
      const page = (await h.call(undefined, 'GET', `/plan-elements/${ns4}/alignment/organisations?limit=2&offset=${offset}`)).json();
      expect(page.total).toBe(a.organisationTotal);
      pages.push(...page.items);
    }
    expect(pages).toEqual(a.byOrganisation);
    const counts = pages.map((o: { count: number }) => o.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    // a province strategy is walked rather than read from kept totals: the same contract
    const udn = await id('UDN-S3');
    const walked = (await h.call(undefined, 'GET', `/plan-elements/${udn}/alignment`)).json();
    const walkedPage = (await h.call(undefined, 'GET', `/plan-elements/${udn}/alignment/organisations?limit=1000`)).json();
    expect(walkedPage).toEqual({ total: walked.organisationTotal, items: walked.byOrganisation });
    expect((await h.call(undefined, 'GET', `/plan-elements/${udn}/alignment/organisations?limit=0`)).statusCode).toBe(400);
  });

  it('draws the chain from the community project up to the National Strategy', async () => {
    const chain = (await h.call(undefined, 'GET', `/plan-elements/${await id('COMM-1')}/chain`)).json();
    const byId = new Map<string, string>();
    for (const n of chain.nodes) byId.set(n.id, n.code);
    const paths = chain.paths.map((p: string[]) => p.map((x) => byId.get(x)).join(' > ')).sort();
    expect(paths).toEqual(['COMM-1 > SAO-S1-1 > SAO-S1 > DO-S1 > UDN-S3 > NS3', 'COMM-1 > SAO-S1-1 > SAO-S1 > DO-S1 > UDN-S3 > NS4']);
    expect(chain.edges.find((e: { kind: string; mode: string }) => e.kind === 'linkage' && e.mode === 'combine')).toBeDefined();
    expect(chain.truncated).toBe(false);
  });

  it("lists a plan's orphan projects", async () => {
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
    expect(
      (await h.call(planner.headers, 'POST', `/plan-elements/${s.id}/linkages`, { targetElementId: await id('NS5'), mode: 'link', weight: 100 })).statusCode,
    ).toBe(201);
    const publicView = (await h.call(undefined, 'GET', `/plan-elements/${await id('NS5')}/alignment`)).json();
    const ownerView = (await h.call(planner.headers, 'GET', `/plan-elements/${await id('NS5')}/alignment`)).json();
    expect(ownerView.total).toBe(publicView.total + 1);
    expect((await h.call(undefined, 'GET', `/plan-elements/${s.id}/alignment`)).statusCode).toBe(401);
  });
});
