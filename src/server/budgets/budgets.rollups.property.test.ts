import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { useTestApp } from '../test-support/test-app.js';
import { fromSatang } from './budgets.money.js';
import { createRollups } from './use-cases/rollups.js';

const ctx = useTestApp();
const system = { via: 'system', userId: null, email: 'system', memberships: [] } as unknown as Actor;
let owner: string;
let runs = 0;

/** Round a non-negative rational num/den to the satang, half up (as SQL `round(x, 2)` does). */
const roundDiv = (num: bigint, den: bigint) => (num * 2n + den) / (2n * den);
const satangAmount = fc.bigInt({ min: 0n, max: 10_000_000_00n });

/** Inserts a plan with the given elements (parent index < own index) and returns their ids. */
async function insertPlan(level: string, rank: number, parents: number[]): Promise<{ planId: string; ids: string[] }> {
  const planId = randomUUID();
  await ctx.db
    .insertInto('plans')
    .values({
      id: planId,
      family_id: planId,
      owner_organisation_id: owner,
      level_code: level,
      level_rank: rank,
      fy_start: 2400,
      fy_end: 2700,
      title_th: 'ท',
      title_en: 'p',
      status: 'approved',
    })
    .execute();
  const ids: string[] = [];
  for (const parent of parents) {
    const id = randomUUID();
    await ctx.db
      .insertInto('plan_elements')
      .values({
        id,
        lineage_id: id,
        plan_id: planId,
        parent_id: parent >= 0 && parent < ids.length ? ids[parent]! : null,
        kind: 'project',
        title_th: 'ท',
        title_en: 'e',
      })
      .execute();
    ids.push(id);
  }
  return { planId, ids };
}

async function insertLine(elementId: string, planId: string, organisationId: string, fy: number, satang: bigint) {
  await ctx.db
    .insertInto('budget_lines')
    .values({
      element_id: elementId,
      plan_id: planId,
      organisation_id: organisationId,
      level_code: 'province',
      fiscal_year: fy,
      source: 'other',
      requested: fromSatang(satang),
    })
    .execute();
}

beforeAll(async () => {
  owner = await ctx.orgId('UDN-PO');
});

describe('budget roll-ups (property)', () => {
  it('element tree + weighted linkages equal a brute-force exact sum over every path', async () => {
    const rollups = createRollups(ctx.db);
    const graph = fc.record({
      // two plans, lower (local) and higher (province); linkages go from lower to higher so none cycles
      lower: fc.array(fc.integer({ min: -1, max: 8 }), { minLength: 1, maxLength: 8 }),
      higher: fc.array(fc.integer({ min: -1, max: 8 }), { minLength: 1, maxLength: 8 }),
      links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), weight: fc.integer({ min: 0, max: 10000 }) }), { maxLength: 10 }),
      lines: fc.array(fc.record({ on: fc.nat(), higher: fc.boolean(), satang: satangAmount }), { maxLength: 20 }),
      root: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(graph, async ({ lower, higher, links, lines, root }) => {
        const fy = 2400 + (runs++ % 300);
        const lo = await insertPlan('local', 20, lower);
        const hi = await insertPlan('province', 40, higher);
        const all = [...lo.ids, ...hi.ids];
        const children = new Map<string, string[]>();
        const parentsOf = (parents: number[], ids: string[]) =>
          parents.forEach((p, i) => {
            if (p >= 0 && p < i) children.set(ids[p]!, [...(children.get(ids[p]!) ?? []), ids[i]!]);
          });
        parentsOf(lower, lo.ids);
        parentsOf(higher, hi.ids);
        const incoming = new Map<string, { from: string; weight: number }[]>();
        const seen = new Set<string>();
        for (const l of links) {
          const from = lo.ids[l.from % lo.ids.length]!;
          const to = hi.ids[l.to % hi.ids.length]!;
          if (seen.has(`${from}${to}`)) continue;
          seen.add(`${from}${to}`);
          await ctx.db
            .insertInto('plan_linkages')
            .values({
              source_element_id: from,
              target_element_id: to,
              source_plan_id: lo.planId,
              target_plan_id: hi.planId,
              mode: 'link',
              weight: (l.weight / 100).toFixed(2),
            })
            .execute();
          incoming.set(to, [...(incoming.get(to) ?? []), { from, weight: l.weight }]);
        }
        const own = new Map<string, bigint>();
        for (const line of lines) {
          const ids = line.higher ? hi.ids : lo.ids;
          const id = ids[line.on % ids.length]!;
          await insertLine(id, line.higher ? hi.planId : lo.planId, owner, fy, line.satang);
          own.set(id, (own.get(id) ?? 0n) + line.satang);
        }
        // brute force: per element, Σ over paths of satang × Π weights (in 1/10000), bucketed by the number of linkages k
        const buckets = (id: string): bigint[] => {
          const out = [own.get(id) ?? 0n, 0n];
          for (const c of children.get(id) ?? [])
            buckets(c).forEach((v, k) => {
              out[k] = (out[k] ?? 0n) + v;
            });
          for (const l of incoming.get(id) ?? [])
            buckets(l.from).forEach((v, k) => {
              if (k === 0) out[1] = out[1]! + v * BigInt(l.weight);
            });
          return out;
        };
        const target = all[root % all.length]!;
        const [plain, linked] = buckets(target) as [bigint, bigint];
        const expected = fromSatang(roundDiv(plain * 10000n + linked, 10000n));
        const result = await rollups.elementRollup(system, target, fy);
        expect(result.total.requested).toBe(expected);
        expect(result.own.requested).toBe(fromSatang(own.get(target) ?? 0n));
      }),
      { numRuns: 40 },
    );
  });

  it('organisation tree and area tree equal a brute-force sum over the subtree', async () => {
    const rollups = createRollups(ctx.db);
    const areaRows = await ctx.db.selectFrom('areas').select(['code', 'path']).where('path', 'like', '%/41/%').execute();
    const probe = await insertPlan('province', 40, [-1]);
    const scenario = fc.record({
      orgParents: fc.array(fc.integer({ min: -1, max: 10 }), { minLength: 1, maxLength: 10 }),
      lines: fc.array(fc.record({ org: fc.nat(), areas: fc.array(fc.nat(), { maxLength: 3 }), satang: satangAmount }), { maxLength: 20 }),
      orgPick: fc.nat(),
      areaPick: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ orgParents, lines, orgPick, areaPick }) => {
        const fy = 2400 + (runs++ % 300);
        // a fresh organisation tree under the probe's owner
        const orgs: { id: string; path: string }[] = [];
        const base = await ctx.db.selectFrom('organisations').select(['path', 'depth']).where('id', '=', owner).executeTakeFirstOrThrow();
        for (const [i, p] of orgParents.entries()) {
          const id = randomUUID();
          const parent = p >= 0 && p < i ? orgs[p]! : null;
          const path = `${parent?.path ?? base.path}${id}/`;
          await ctx.db
            .insertInto('organisations')
            .values({
              id,
              code: `P-${id}`,
              kind: 'community',
              tier: 'community',
              parent_id: parent?.id ?? owner,
              path,
              depth: path.split('/').length - 2,
              name_th: 'ท',
              name_en: 'o',
            })
            .execute();
          orgs.push({ id, path });
        }
        const placed: { org: string; areas: string[]; satang: bigint }[] = [];
        for (const line of lines) {
          const org = orgs[line.org % orgs.length]!.id;
          const areas = [...new Set(line.areas.map((a) => areaRows[a % areaRows.length]!.code))];
          const id = randomUUID();
          await ctx.db
            .insertInto('plan_elements')
            .values({ id, lineage_id: id, plan_id: probe.planId, kind: 'project', title_th: 'ท', title_en: 'e', area_codes: areas })
            .execute();
          await insertLine(id, probe.planId, org, fy, line.satang);
          placed.push({ org, areas, satang: line.satang });
        }
        const org = orgs[orgPick % orgs.length]!;
        const orgPaths = new Map(orgs.map((o) => [o.id, o.path]));
        const orgExpected = placed.filter((l) => orgPaths.get(l.org)!.startsWith(org.path)).reduce((s, l) => s + l.satang, 0n);
        expect((await rollups.organisationRollup(system, org.id, fy)).total.requested).toBe(fromSatang(orgExpected));

        const area = areaRows[areaPick % areaRows.length]!;
        const areaPaths = new Map(areaRows.map((a) => [a.code, a.path]));
        const areaExpected = placed.filter((l) => l.areas.some((c) => areaPaths.get(c)!.startsWith(area.path))).reduce((s, l) => s + l.satang, 0n);
        expect((await rollups.areaRollup(system, area.code, fy)).total.requested).toBe(fromSatang(areaExpected));
      }),
      { numRuns: 30 },
    );
  });
});
