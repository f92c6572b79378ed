import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { type BfForest, type BfNode, bruteAlignment } from './alignment-brute-force.js';
import { PLAN_LEVELS } from './plan-levels.js';
import { PLAN_STATUSES, PUBLIC_STATUSES, type PlanStatus } from './plans.tables.js';
import { PRIVATE_STATUSES } from './use-cases/alignment-hub.js';

const ctx = useTestApp();
let planner: Session;
beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
});

const NATIONAL = PLAN_LEVELS.findIndex((l) => l.code === 'national_strategy');

/**
 * Random forests whose first plan is at National Strategy level (its elements are hubs with
 * maintained alignment state), loaded in several statements, then a random sequence of writes:
 * linkage insert/delete/re-point, element move/delete, plan status and level-rank changes.
 */
const scenario = fc
  .record({
    plans: fc.array(
      fc.record({
        level: fc.integer({ min: 0, max: PLAN_LEVELS.length - 1 }),
        status: fc.constantFrom(...PLAN_STATUSES),
        // owners: two the planner's private reading reaches (UDN-PO's subtree), one it does not
        owner: fc.integer({ min: 0, max: 2 }),
        parents: fc.array(fc.integer({ min: -1, max: 20 }), { minLength: 1, maxLength: 8 }),
        kinds: fc.array(fc.constantFrom('strategy', 'tactic', 'project'), { minLength: 8, maxLength: 8 }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 25 }),
    split: fc.nat(),
    ops: fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 12 }),
  })
  .map((s) => ({ ...s, plans: s.plans.map((p, i) => (i === 0 ? { ...p, level: NATIONAL, status: 'approved' as PlanStatus } : p)) }));

/** The maintained alignment tables as sorted text lines (the whole database, demo data included). */
async function alignmentState(): Promise<string[]> {
  const rows = await sql<{ line: string }>`
    select 'reach ' || element_id || ' ' || hub_id || ' ' || plan_id || ' ' || kind || ' ' || level_rank as line from plan_alignment_reach
    union all select 'count ' || hub_id || ' ' || plan_id || ' ' || kind || ' ' || n from plan_alignment_counts
    union all select 'unserved ' || element_id || ' ' || kind from plan_alignment_unserved
    union all select 'orphan ' || element_id || ' ' || plan_id from plan_alignment_orphans
    union all select 'public kind ' || hub_id || ' ' || kind || ' ' || n from plan_alignment_public_kinds
    union all select 'public level ' || hub_id || ' ' || level_code || ' ' || level_rank || ' ' || n from plan_alignment_public_levels
    union all select 'public org ' || hub_id || ' ' || organisation_id || ' ' || n from plan_alignment_public_orgs`.execute(ctx.db);
  return rows.rows.map((r) => r.line).sort();
}

describe('maintained alignment state (property)', () => {
  it('reads private plans through the statuses plans_private_idx names: exactly the non-public ones', async () => {
    expect([...PRIVATE_STATUSES].sort()).toEqual(PLAN_STATUSES.filter((s) => !PUBLIC_STATUSES.includes(s)).sort());
    const def = (await sql<{ def: string }>`select pg_get_indexdef('plans_private_idx'::regclass) as def`.execute(ctx.db)).rows[0].def;
    for (const status of PLAN_STATUSES) expect(def.includes(`'${status}'`)).toBe(PRIVATE_STATUSES.includes(status as never));
  });

  it('equals a recomputation after random writes, and the API answers as brute force does', async () => {
    const owners = [await ctx.orgId('UDN-PO'), await ctx.orgId('UDN-PAO'), await ctx.orgId('KKN-PO')];
    await fc.assert(
      fc.asyncProperty(scenario, async ({ plans, links, split, ops, split: c }) => {
        const planIds = plans.map(() => randomUUID());
        const ranks = plans.map((p) => PLAN_LEVELS[p.level].rank);
        const statuses = plans.map((p) => p.status);
        const nodes: BfNode[] = [];
        const byPlan: BfNode[][] = plans.map((p, pi) => {
          const list: BfNode[] = [];
          p.parents.forEach((parent, i) => {
            const n = { id: randomUUID(), plan: pi, parent: parent >= 0 && parent < i ? list[parent].id : null, kind: p.kinds[i] };
            list.push(n);
            nodes.push(n);
          });
          return list;
        });
        const edges = new Map<string, [string, string]>();
        for (const [a, b, c, d] of links) {
          const sp = a % plans.length;
          const tp = b % plans.length;
          if (ranks[tp] <= ranks[sp]) continue;
          const s = byPlan[sp][c % byPlan[sp].length];
          const t = byPlan[tp][d % byPlan[tp].length];
          edges.set(`${s.id}>${t.id}`, [s.id, t.id]);
        }
        const planOf = (id: string) => planIds[nodes.find((n) => n.id === id)!.plan];
        const insertLinks = async (list: [string, string][]) => {
          if (list.length)
            await ctx.db
              .insertInto('plan_linkages')
              .values(
                list.map(([s, t]) => ({
                  source_element_id: s,
                  target_element_id: t,
                  source_plan_id: planOf(s),
                  target_plan_id: planOf(t),
                  mode: 'link' as const,
                  weight: 100,
                })),
              )
              .execute();
        };

        // load in pieces: plans, elements in two statements (parents first), linkages in two
        await ctx.db
          .insertInto('plans')
          .values(
            plans.map((p, i) => ({
              id: planIds[i],
              family_id: planIds[i],
              owner_organisation_id: owners[p.owner],
              level_code: PLAN_LEVELS[p.level].code,
              level_rank: ranks[i],
              fy_start: 2568,
              fy_end: 2570,
              title_th: 'สุ่ม',
              title_en: 'random',
              status: statuses[i],
            })),
          )
          .execute();
        const cut = split % (nodes.length + 1);
        for (const part of [nodes.slice(0, cut), nodes.slice(cut)]) {
          if (part.length)
            await ctx.db
              .insertInto('plan_elements')
              .values(
                part.map((n, i) => ({
                  id: n.id,
                  lineage_id: n.id,
                  plan_id: planIds[n.plan],
                  parent_id: n.parent,
                  kind: n.kind as 'strategy',
                  sort_order: i,
                  title_th: 'x',
                  title_en: 'x',
                })),
              )
              .execute();
        }
        const initial = [...edges.values()];
        await insertLinks(initial.slice(0, split % (initial.length + 1)));
        await insertLinks(initial.slice(split % (initial.length + 1)));

        const subtree = (id: string): string[] => [id, ...nodes.filter((n) => n.parent === id).flatMap((n) => subtree(n.id))];
        for (const [op, a, b, c, d] of ops) {
          const list = [...edges.values()];
          if (!nodes.length) break;
          if (op === 0) {
            const [sp, tp] = [a % plans.length, b % plans.length];
            if (ranks[tp] <= ranks[sp]) continue;
            const s = byPlan[sp].filter((n) => nodes.includes(n));
            const t = byPlan[tp].filter((n) => nodes.includes(n));
            if (!s.length || !t.length) continue;
            const pair: [string, string] = [s[c % s.length].id, t[d % t.length].id];
            if (edges.has(pair.join('>'))) continue;
            edges.set(pair.join('>'), pair);
            await insertLinks([pair]);
          } else if (op === 1 && list.length) {
            const [s, t] = list[a % list.length];
            edges.delete(`${s}>${t}`);
            await ctx.db.deleteFrom('plan_linkages').where('source_element_id', '=', s).where('target_element_id', '=', t).execute();
          } else if (op === 2) {
            const x = nodes[a % nodes.length];
            const options = [null, ...nodes.filter((n) => n.plan === x.plan && !subtree(x.id).includes(n.id)).map((n) => n.id)];
            x.parent = options[b % options.length];
            await ctx.db.updateTable('plan_elements').set({ parent_id: x.parent }).where('id', '=', x.id).execute();
          } else if (op === 3) {
            const gone = subtree(nodes[a % nodes.length].id);
            if (list.some(([, t]) => gone.includes(t))) continue;
            await ctx.db.deleteFrom('plan_elements').where('id', '=', gone[0]).execute();
            for (const [key, [s]] of edges) if (gone.includes(s)) edges.delete(key);
            for (const id of gone)
              nodes.splice(
                nodes.findIndex((n) => n.id === id),
                1,
              );
          } else if (op === 4) {
            const p = 1 + (a % (plans.length - 1));
            statuses[p] = PLAN_STATUSES[b % PLAN_STATUSES.length];
            await ctx.db.updateTable('plans').set({ status: statuses[p] }).where('id', '=', planIds[p]).execute();
          } else if (op === 5 && list.length) {
            const [s, t] = list[a % list.length];
            const tRank = ranks[nodes.find((n) => n.id === t)!.plan];
            // as an overlap merge does: to another element of the same kind (linkages keep source_kind)
            const kind = nodes.find((n) => n.id === s)!.kind;
            const sources = nodes.filter((n) => n.kind === kind && ranks[n.plan] < tRank && !edges.has(`${n.id}>${t}`));
            if (!sources.length) continue;
            const to = sources[b % sources.length];
            edges.delete(`${s}>${t}`);
            edges.set(`${to.id}>${t}`, [to.id, t]);
            await ctx.db
              .updateTable('plan_linkages')
              .set({ source_element_id: to.id, source_plan_id: planIds[to.plan] })
              .where('source_element_id', '=', s)
              .where('target_element_id', '=', t)
              .execute();
          } else if (op === 7) {
            // delete a whole plan (its elements and linkages out cascade) when nothing links into it
            const p = 1 + (a % (plans.length - 1));
            const gone = nodes.filter((n) => n.plan === p).map((n) => n.id);
            if (list.some(([, t]) => gone.includes(t))) continue;
            await ctx.db.deleteFrom('plans').where('id', '=', planIds[p]).execute();
            for (const [key, [src]] of edges) if (gone.includes(src)) edges.delete(key);
            for (const id of gone)
              nodes.splice(
                nodes.findIndex((n) => n.id === id),
                1,
              );
          } else if (op === 6) {
            // re-rank a plan (levels are reference data), keeping every linkage upward
            const p = a % plans.length;
            const planOfNode = (id: string) => nodes.find((n) => n.id === id)!.plan;
            const above = list.filter(([src]) => planOfNode(src) === p).map(([, t]) => ranks[planOfNode(t)]);
            const below = list.filter(([, t]) => planOfNode(t) === p).map(([src]) => ranks[planOfNode(src)]);
            const fits = PLAN_LEVELS.map((l) => l.rank).filter((r) => above.every((x) => r < x) && below.every((x) => r > x));
            ranks[p] = fits[b % fits.length];
            await ctx.db.updateTable('plans').set({ level_rank: ranks[p] }).where('id', '=', planIds[p]).execute();
          }
        }

        const maintained = await alignmentState();
        await sql`select plan_alignment_rebuild()`.execute(ctx.db);
        expect(maintained).toEqual(await alignmentState());

        // the API, anonymously (public plans only) and as the owner's planner (all)
        const isPublic = statuses.map((s) => PUBLIC_STATUSES.includes(s));
        for (const [headers, readable] of [
          [{}, isPublic],
          [planner.headers, isPublic.map((pub, i) => pub || plans[i].owner < 2)],
        ] as const) {
          const forest: BfForest = { nodes, edges: [...edges.values()], ranks, readable: [...readable] };
          // hubs (kept state) and elements of a second plan if this reader may read it (walked unless at hub rank)
          for (const start of [...nodes.filter((n) => n.plan === 0).slice(0, 3), ...nodes.filter((n) => n.plan === 1 && readable[1]).slice(0, 2)]) {
            const expected = bruteAlignment(forest, start.id);
            const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/plan-elements/${start.id}/alignment?limit=1000`, headers });
            expect(response.statusCode).toBe(200);
            const got = response.json();
            expect(got.total).toBe(expected.contributors.size);
            expect(new Set(got.contributors.items.map((i: { id: string }) => i.id))).toEqual(expected.contributors);
            expect(got.coverage).toMatchObject({ strategies: expected.strategies, covered: expected.covered });
            expect(new Set(got.gaps.map((g: { id: string }) => g.id))).toEqual(expected.gaps);
            expect(got.orphans.total).toBe(expected.orphans.size);
            expect(new Set(got.orphans.items.map((i: { id: string }) => i.id))).toEqual(expected.orphans);
            const projects = [...expected.contributors].filter((id) => nodes.find((n) => n.id === id)!.kind === 'project');
            const page = (
              await ctx.app.inject({ method: 'GET', url: `/api/v1/plan-elements/${start.id}/alignment?kind=project&limit=2&offset=1`, headers })
            ).json();
            expect(page.contributors.total).toBe(projects.length);
            expect(page.contributors.items).toHaveLength(Math.max(0, Math.min(2, projects.length - 1)));
            // counts by kind, level and owner organisation, as brute force groups the contributors
            const group = (key: (n: BfNode) => string) => {
              const m = new Map<string, number>();
              for (const id of expected.contributors) {
                const k = key(nodes.find((n) => n.id === id)!);
                m.set(k, (m.get(k) ?? 0) + 1);
              }
              return m;
            };
            expect(new Map(got.byKind.map((k: { kind: string; count: number }) => [k.kind, k.count]))).toEqual(group((n) => n.kind));
            expect(
              new Map(got.byLevel.map((l: { levelCode: string; levelRank: number; count: number }) => [`${l.levelCode}@${l.levelRank}`, l.count])),
            ).toEqual(group((n) => `${PLAN_LEVELS[plans[n.plan].level].code}@${ranks[n.plan]}`));
            const byOwner = group((n) => owners[plans[n.plan].owner]);
            expect(new Map(got.byOrganisation.map((o: { organisationId: string; count: number }) => [o.organisationId, o.count]))).toEqual(byOwner);
            expect(got.organisationTotal).toBe(byOwner.size);
            // a cursor page continues the offset order right after the cursor's item
            if (got.contributors.items.length > 1) {
              const at = got.contributors.items[c % (got.contributors.items.length - 1)];
              const index = got.contributors.items.indexOf(at);
              const after = (
                await ctx.app.inject({ method: 'GET', url: `/api/v1/plan-elements/${start.id}/alignment?limit=2&after=${at.levelRank}:${at.id}`, headers })
              ).json();
              expect(after.contributors.items.map((i: { id: string }) => i.id)).toEqual(
                got.contributors.items.slice(index + 1, index + 3).map((i: { id: string }) => i.id),
              );
            }
            const ranking = [...byOwner].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([id]) => id);
            const second = (
              await ctx.app.inject({ method: 'GET', url: `/api/v1/plan-elements/${start.id}/alignment/organisations?limit=1&offset=1`, headers })
            ).json();
            expect(second).toMatchObject({ total: byOwner.size });
            expect(second.items.map((o: { organisationId: string }) => o.organisationId)).toEqual(ranking.slice(1, 2));
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
