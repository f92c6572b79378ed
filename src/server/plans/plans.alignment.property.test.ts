import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { PLAN_LEVELS } from './plan-levels.js';

const ctx = useTestApp();

/** A random forest: plans at random levels, random trees inside them, random upward linkages. */
const forest = fc
  .array(
    fc.record({
      level: fc.integer({ min: 0, max: PLAN_LEVELS.length - 1 }),
      // parent[i] is an index < i (or -1 for a root): any shape of tree
      parents: fc.array(fc.integer({ min: -1, max: 20 }), { minLength: 1, maxLength: 8 }),
      kinds: fc.array(fc.constantFrom('strategy', 'tactic', 'project'), { minLength: 8, maxLength: 8 }),
    }),
    { minLength: 2, maxLength: 6 },
  )
  .chain((plans) =>
    fc.record({
      plans: fc.constant(plans),
      links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 25 }),
      root: fc.tuple(fc.nat(), fc.nat()),
    }),
  );

interface Node {
  id: string;
  plan: number;
  parent: string | null;
  kind: string;
}

describe('alignment (property)', () => {
  it('returns exactly the brute-force contributor set, coverage, gaps and orphans on random plan forests', async () => {
    const owner = await ctx.orgId('UDN-PO');
    await fc.assert(
      fc.asyncProperty(forest, async ({ plans, links, root }) => {
        const nodes: Node[] = [];
        const planIds = plans.map(() => randomUUID());
        const ranks = plans.map((p) => PLAN_LEVELS[p.level].rank);
        const byPlan: Node[][] = plans.map((p, pi) => {
          const list: Node[] = [];
          p.parents.forEach((parent, i) => {
            const node = { id: randomUUID(), plan: pi, parent: parent >= 0 && parent < i ? list[parent].id : null, kind: p.kinds[i] };
            list.push(node);
            nodes.push(node);
          });
          return list;
        });
        // upward linkages only: the target's plan level is strictly higher
        const edges = new Map<string, [string, string]>();
        for (const [a, b, c, d] of links) {
          const sp = a % plans.length;
          const tp = b % plans.length;
          if (ranks[tp] <= ranks[sp]) continue;
          const s = byPlan[sp][c % byPlan[sp].length];
          const t = byPlan[tp][d % byPlan[tp].length];
          edges.set(`${s.id}>${t.id}`, [s.id, t.id]);
        }
        await ctx.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('plans')
            .values(
              plans.map((p, i) => ({
                id: planIds[i],
                family_id: planIds[i],
                owner_organisation_id: owner,
                level_code: PLAN_LEVELS[p.level].code,
                level_rank: ranks[i],
                fy_start: 2568,
                fy_end: 2570,
                title_th: 'สุ่ม',
                title_en: 'random',
                status: 'approved' as const,
              })),
            )
            .execute();
          for (const list of byPlan) {
            await trx
              .insertInto('plan_elements')
              .values(
                list.map((n, i) => ({
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
          if (edges.size) {
            const planOf = new Map(nodes.map((n) => [n.id, planIds[n.plan]]));
            await trx
              .insertInto('plan_linkages')
              .values(
                [...edges.values()].map(([s, t]) => ({
                  source_element_id: s,
                  target_element_id: t,
                  source_plan_id: planOf.get(s)!,
                  target_plan_id: planOf.get(t)!,
                  mode: 'link' as const,
                  weight: 100,
                })),
              )
              .execute();
          }
        });

        // brute force: everything reachable downward through children and incoming linkages
        const below = new Map<string, string[]>();
        for (const n of nodes) if (n.parent) below.set(n.parent, [...(below.get(n.parent) ?? []), n.id]);
        for (const [s, t] of edges.values()) below.set(t, [...(below.get(t) ?? []), s]);
        const contributors = (start: string) => {
          const seen = new Set<string>([start]);
          const stack = [start];
          while (stack.length)
            for (const next of below.get(stack.pop()!) ?? [])
              if (!seen.has(next)) {
                seen.add(next);
                stack.push(next);
              }
          seen.delete(start);
          return seen;
        };
        const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
        const rootPlan = byPlan[root[0] % byPlan.length];
        const start = rootPlan[root[1] % rootPlan.length].id;
        const expected = contributors(start);
        const units = [start, ...expected].filter((x) => kindOf.get(x) === 'strategy' || kindOf.get(x) === 'tactic');
        const served = (x: string) => [...contributors(x)].some((c) => kindOf.get(c) === 'project');
        const strategies = units.filter((u) => kindOf.get(u) === 'strategy');

        // orphans: projects of lower-level contributing plans with no linkage out from themselves or a tree ancestor
        const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
        const linksOut = new Set([...edges.values()].map(([s]) => s));
        const rootRank = ranks[root[0] % byPlan.length];
        const scopePlans = new Set(nodes.filter((n) => expected.has(n.id) && ranks[n.plan] < rootRank).map((n) => n.plan));
        const linkedUp = (id: string) => {
          for (let x: string | null | undefined = id; x; x = parentOf.get(x)) if (linksOut.has(x)) return true;
          return false;
        };
        const orphans = nodes.filter((n) => scopePlans.has(n.plan) && n.kind === 'project' && !linkedUp(n.id)).map((n) => n.id);

        const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/plan-elements/${start}/alignment?limit=1000` });
        expect(response.statusCode).toBe(200);
        const a = response.json();
        expect(a.total).toBe(expected.size);
        expect(new Set(a.contributors.items.map((i: { id: string }) => i.id))).toEqual(expected);
        expect(a.coverage.strategies).toBe(strategies.length);
        expect(a.coverage.covered).toBe(strategies.filter(served).length);
        expect(new Set(a.gaps.map((g: { id: string }) => g.id))).toEqual(new Set(units.filter((u) => !served(u))));
        expect(a.orphans.total).toBe(orphans.length);
        expect(new Set(a.orphans.items.map((i: { id: string }) => i.id))).toEqual(new Set(orphans));
        expect(a.byKind.reduce((sum: number, k: { count: number }) => sum + k.count, 0)).toBe(expected.size);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
