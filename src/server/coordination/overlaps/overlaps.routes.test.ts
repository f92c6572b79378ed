import { beforeAll, describe, expect, it } from 'vitest';
import { planHelpers } from '../../plans/plans.test-helpers.js';
import { type Session, useTestApp } from '../../test-support/test-app.js';

const ctx = useTestApp();
const h = planHelpers(ctx);
let planner: Session;
let approver: Session;
let kkPlanner: Session;
const ids = {} as Record<'prov' | 'city' | 'pao' | 'garden' | 'kk' | 'provPlan' | 'cityPlan', string>;

const period = { startsOn: '2024-10-01', endsOn: '2025-09-30' };
const roadSafety = (th: string, en: string, areaCodes: string[]) => ({
  kind: 'project',
  titleTh: th,
  titleEn: en,
  areaCodes,
  functionCodes: ['03.1'],
  ...period,
});

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  approver = await ctx.login('approver@demo.prasan.local');
  const admin = await ctx.login('admin@demo.prasan.local');
  const created = await h.call(admin.headers, 'POST', '/users', {
    email: 'kk.planner@example.go.th',
    name: 'KK',
    password: 'long-enough-pass',
    memberships: [{ organisationId: await ctx.orgId('KKN-PO'), role: 'planner' }],
  });
  expect(created.statusCode).toBe(201);
  kkPlanner = await ctx.login('kk.planner@example.go.th', 'long-enough-pass');

  const prov = await h.newPlan(planner.headers);
  const city = await h.newPlan(planner.headers, { ownerOrganisationId: await ctx.orgId('UDN-CITY'), levelCode: 'local' });
  const pao = await h.newPlan(planner.headers, { ownerOrganisationId: await ctx.orgId('UDN-PAO'), levelCode: 'local' });
  const kk = await h.newPlan(kkPlanner.headers, { ownerOrganisationId: await ctx.orgId('KKN-PO') });
  ids.provPlan = prov.id;
  ids.cityPlan = city.id;
  ids.prov = (
    await h.newElement(
      planner.headers,
      prov.id,
      roadSafety('โครงการรณรงค์ความปลอดภัยทางถนนอำเภอเมืองอุดรธานี', 'Road safety campaign in Mueang Udon Thani district', ['4101']),
    )
  ).id;
  ids.city = (
    await h.newElement(
      planner.headers,
      city.id,
      roadSafety('โครงการรณรงค์ความปลอดภัยทางถนน เทศบาลนครอุดรธานี', 'Road safety awareness campaign, Udon Thani City', ['410101']),
    )
  ).id;
  ids.pao = (await h.newElement(planner.headers, pao.id, roadSafety('โครงการรณรงค์ความปลอดภัยทางถนนจังหวัดอุดรธานี', 'Udon Thani road safety campaign', ['41']))).id;
  ids.garden = (
    await h.newElement(planner.headers, city.id, {
      kind: 'project',
      titleTh: 'โครงการแปลงผักชุมชน',
      titleEn: 'Community vegetable garden',
      areaCodes: ['410101'],
      functionCodes: ['07'],
      ...period,
    })
  ).id;
  ids.kk = (await h.newElement(kkPlanner.headers, kk.id, roadSafety('โครงการรณรงค์ความปลอดภัยทางถนนจังหวัดขอนแก่น', 'Khon Kaen road safety campaign', ['40']))).id;
}, 60_000);

const check = (headers: Record<string, string> | undefined, body: Record<string, unknown>, lang = 'en') =>
  h.call({ ...headers, 'accept-language': lang }, 'POST', '/overlaps/check', body);
const draft = {
  titleTh: 'โครงการรณรงค์ลดอุบัติเหตุและความปลอดภัยทางถนน',
  titleEn: 'Road safety campaign to reduce accidents',
  areaCodes: ['4101'],
  functionCodes: ['03.1'],
  ...period,
};
const candidateIds = (body: { candidates: Array<{ project: { elementId: string } }> }) => body.candidates.map((c) => c.project.elementId);
const pairOf = async (x: string, y: string) =>
  ctx.db
    .selectFrom('overlap_pairs')
    .selectAll()
    .where('element_a_id', '=', x < y ? x : y)
    .where('element_b_id', '=', x < y ? y : x)
    .executeTakeFirst();
const countRows = async (table: 'overlap_resolutions' | 'plan_linkages' | 'audit_log') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /overlaps/check', () => {
  it('401 → 400 → 403 → 200: projects of other organisations in enclosing or enclosed areas, with worded reasons', async () => {
    expect((await check(undefined, draft)).statusCode).toBe(401);
    expect((await check(planner.headers, { ...draft, areaCodes: ['Udon'] })).statusCode).toBe(400);
    expect((await check(planner.headers, { ...draft, colour: 'red' })).statusCode).toBe(400);
    expect((await check(planner.headers, { ...draft, startsOn: '2025-10-01' })).json().error.fields[0].path).toBe('endsOn');
    expect((await check(planner.headers, { ...draft, ownerOrganisationId: await ctx.orgId('KKN-PO') })).statusCode).toBe(403);

    const response = await check(planner.headers, { ...draft, ownerOrganisationId: await ctx.orgId('UDN-MUEANG-DO') });
    expect(response.statusCode).toBe(200);
    const found = candidateIds(response.json());
    // the district (4101) meets the province-wide project (41) and the municipality's (410101)
    expect(found).toEqual(expect.arrayContaining([ids.prov, ids.city, ids.pao]));
    expect(found).not.toContain(ids.garden);
    expect(found).not.toContain(ids.kk);
    const city = response.json().candidates.find((c: { project: { elementId: string } }) => c.project.elementId === ids.city);
    expect(city.project).toMatchObject({ planId: ids.cityPlan, ownerNameEn: 'Udon Thani City Municipality', areaCodes: ['410101'] });
    expect(city.score).toBeGreaterThanOrEqual(0.5);
    expect(city.sharedWords).toEqual(expect.arrayContaining(['road safety', 'ความปลอดภัยทางถนน']));
    const labels = city.reasons.map((r: { label: string }) => r.label);
    expect(labels).toContain('One area lies within the other');
    expect(labels.some((l: string) => l.startsWith('Both describe:') && l.includes('road safety'))).toBe(true);
    expect(labels.some((l: string) => /^Periods overlap by \d+ days$/.test(l))).toBe(true);
  });

  it('leaves out the owner itself and the project being edited, words reasons in Thai, and shows only readable plans', async () => {
    const own = await check(planner.headers, { ...draft, ownerOrganisationId: await ctx.orgId('UDN-CITY'), elementId: ids.prov });
    expect(candidateIds(own.json())).not.toContain(ids.city);
    expect(candidateIds(own.json())).not.toContain(ids.prov);
    const thai = await check(planner.headers, draft, 'th');
    const labels = thai.json().candidates.flatMap((c: { reasons: Array<{ label: string }> }) => c.reasons.map((r) => r.label));
    expect(labels).toContain('พื้นที่หนึ่งอยู่ภายในอีกพื้นที่หนึ่ง');
    // Udon Thani's plans are drafts: a Khon Kaen planner sees none of them
    expect(candidateIds((await check(kkPlanner.headers, draft)).json())).toEqual([]);
    // a different period does not meet
    expect(candidateIds((await check(planner.headers, { ...draft, startsOn: '2030-01-01', endsOn: '2030-12-31' })).json())).toEqual([]);
  });
});

describe('GET /overlaps', () => {
  it('stores a pair as soon as a project is saved (the incremental re-check)', async () => {
    const pair = await pairOf(ids.prov, ids.city);
    expect(pair).toMatchObject({ status: 'open', resolution: null });
    expect(await pairOf(ids.city, ids.garden)).toBeUndefined();
  });

  it('401 → 400 → 200: ranked pairs of an area with both projects, filtered to what the reader may see', async () => {
    expect((await h.call(undefined, 'GET', '/overlaps?area=41')).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'GET', '/overlaps?area=Udon')).statusCode).toBe(400);
    expect((await h.call(planner.headers, 'GET', '/overlaps?area=41&status=maybe')).statusCode).toBe(400);
    const response = await h.call(planner.headers, 'GET', '/overlaps?area=41');
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    // the three test projects pair with each other; the demo plants one more pair (demo-overlaps.ts)
    expect(total).toBe(4);
    expect(items.map((p: { score: number }) => p.score)).toEqual([...items.map((p: { score: number }) => p.score)].sort((a, b) => b - a));
    const pair = items.find(
      (p: { projects: Array<{ elementId: string }> }) => p.projects.some((x) => x.elementId === ids.city) && p.projects.some((x) => x.elementId === ids.prov),
    );
    expect(pair).toMatchObject({ status: 'open', budgetAtStake: null, version: 1 });
    expect(pair.projects.map((p: { ownerNameEn: string }) => p.ownerNameEn).sort()).toEqual(['Udon Thani City Municipality', 'Udon Thani Provincial Office']);
    expect(pair.reasons.length).toBeGreaterThan(0);
    const codes = async (id: string) => (await ctx.db.selectFrom('plan_elements').select('code').where('id', '=', id).executeTakeFirstOrThrow()).code;
    const demo = items.find((p: { projects: Array<{ elementId: string }> }) => p.projects.every((x) => !Object.values(ids).includes(x.elementId)));
    expect([await codes(demo.projects[0].elementId), await codes(demo.projects[1].elementId)].sort()).toEqual(['CITY-P1-2', 'UDN-S4-2']);
    // the demo's budget lines: the province's 450,000 allocated and the city's 350,000
    expect(demo.budgetAtStake).toBe('800000.00');
    // drafts stay hidden from a Khon Kaen planner; the demo's pair is between public plans
    const outsider = (await h.call(kkPlanner.headers, 'GET', '/overlaps?area=41')).json();
    expect(outsider.items.map((p: { id: string }) => p.id)).toEqual([demo.id]);
    expect((await h.call(planner.headers, 'GET', '/overlaps?area=40')).json().total).toBe(0);
    expect((await h.call(planner.headers, 'GET', '/overlaps?area=41&limit=2&offset=3')).json().items).toHaveLength(1);
  });

  it('puts a baht figure on a pair once its projects carry budget lines: allocations, or requests where nothing is allocated', async () => {
    const pair = (await pairOf(ids.prov, ids.city))!;
    const fy = async (planId: string) => (await ctx.db.selectFrom('plans').select('fy_start').where('id', '=', planId).executeTakeFirstOrThrow()).fy_start;
    const line = async (elementId: string, planId: string, body: Record<string, unknown>) =>
      expect(
        (await h.call(planner.headers, 'POST', `/plan-elements/${elementId}/budget-lines`, { fiscalYear: await fy(planId), source: 'state_budget', ...body }))
          .statusCode,
      ).toBe(201);
    await line(ids.prov, ids.provPlan, { requested: '2000000', allocated: '1250000.50' });
    await line(ids.city, ids.cityPlan, { requested: '300000.25' });
    expect((await h.call(planner.headers, 'GET', `/overlaps/${pair.id}`)).json().budgetAtStake).toBe('1550000.75');
    const listed = (await h.call(planner.headers, 'GET', '/overlaps?area=41')).json().items.find((p: { id: string }) => p.id === pair.id);
    expect(listed.budgetAtStake).toBe('1550000.75');
  });
});

describe('POST /overlaps/:id/resolution', () => {
  const resolve = (headers: Record<string, string> | undefined, pairId: string, body: Record<string, unknown>) =>
    h.call(headers, 'POST', `/overlaps/${pairId}/resolution`, body);

  it('401 → 400 → 403 → 200: a dismissed pair stays out of the open list until a project changes materially', async () => {
    const pair = (await pairOf(ids.prov, ids.city))!;
    const before = await countRows('overlap_resolutions');
    expect((await resolve(undefined, pair.id, { resolution: 'not_duplicate' })).statusCode).toBe(401);
    expect((await resolve(planner.headers, pair.id, { resolution: 'ignore' })).statusCode).toBe(400);
    expect((await resolve(kkPlanner.headers, pair.id, { resolution: 'not_duplicate' })).statusCode).toBe(403);
    const approverTry = await resolve(approver.headers, pair.id, { resolution: 'not_duplicate' });
    expect(approverTry.statusCode).toBe(403);
    expect(approverTry.json().error.message).toContain('plan editing or committee management');
    expect((await resolve(planner.headers, pair.id, { resolution: 'not_duplicate', version: 7 })).statusCode).toBe(409);
    expect((await h.call(kkPlanner.headers, 'GET', `/overlaps/${pair.id}`)).statusCode).toBe(403);
    expect(await countRows('overlap_resolutions')).toBe(before);

    const done = await resolve(planner.headers, pair.id, { resolution: 'not_duplicate', note: 'Different target groups', version: 1 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'resolved',
      resolution: 'not_duplicate',
      version: 2,
      history: [{ resolution: 'not_duplicate', note: 'Different target groups', resolvedBy: planner.userId }],
    });
    const openIds = async () => (await h.call(planner.headers, 'GET', '/overlaps?area=41')).json().items.map((p: { id: string }) => p.id);
    expect(await openIds()).not.toContain(pair.id);
    expect((await h.call(planner.headers, 'GET', '/overlaps?area=41&status=resolved')).json().items.map((p: { id: string }) => p.id)).toEqual([pair.id]);

    // a save that changes nothing material keeps it dismissed; a new description reopens it
    const city = await ctx.db.selectFrom('plan_elements').select('version').where('id', '=', ids.city).executeTakeFirstOrThrow();
    expect((await h.call(planner.headers, 'PATCH', `/plan-elements/${ids.city}`, { version: city.version, governmentPriority: 2 })).statusCode).toBe(200);
    expect(await openIds()).not.toContain(pair.id);
    expect(
      (await h.call(planner.headers, 'PATCH', `/plan-elements/${ids.city}`, { version: city.version + 1, description: 'Helmets for schoolchildren' }))
        .statusCode,
    ).toBe(200);
    expect(await pairOf(ids.prov, ids.city)).toMatchObject({ status: 'open', resolution: null });
    expect(await openIds()).toContain(pair.id);
    expect((await h.call(planner.headers, 'GET', `/overlaps/${pair.id}`)).json().history).toHaveLength(1);
  });

  it('coordinate makes a linkage through the plans area, and returns its refusal for projects at the same level', async () => {
    const sameLevel = (await pairOf(ids.city, ids.pao))!;
    const linkagesBefore = await countRows('plan_linkages');
    const refused = await resolve(planner.headers, sameLevel.id, { resolution: 'coordinate' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('targetElementId');
    expect(await countRows('plan_linkages')).toBe(linkagesBefore);
    expect((await pairOf(ids.city, ids.pao))!.status).toBe('open');

    const pair = (await pairOf(ids.prov, ids.city))!;
    const done = await resolve(planner.headers, pair.id, { resolution: 'coordinate', note: 'Run the campaign together' });
    expect(done.statusCode).toBe(200);
    const linkageId = done.json().history.at(-1).linkageId;
    const linkage = await ctx.db.selectFrom('plan_linkages').selectAll().where('id', '=', linkageId).executeTakeFirstOrThrow();
    // upward: the municipality's (local) project links to the province's
    expect(linkage).toMatchObject({ source_element_id: ids.city, target_element_id: ids.prov, mode: 'coordinate', rationale: 'Run the campaign together' });
  });

  it('merge needs the absorbing project, moves links in drafts, and is refused in approved plans', async () => {
    const pair = (await pairOf(ids.prov, ids.pao))!;
    const before = await countRows('overlap_resolutions');
    expect((await resolve(planner.headers, pair.id, { resolution: 'merge' })).json().error.fields[0].path).toBe('absorbingElementId');
    expect((await resolve(planner.headers, pair.id, { resolution: 'merge', absorbingElementId: ids.city })).statusCode).toBe(400);
    expect((await resolve(planner.headers, pair.id, { resolution: 'combine', absorbingElementId: ids.prov })).statusCode).toBe(400);
    expect(await countRows('overlap_resolutions')).toBe(before);

    // the city project (linked up to the province's by coordinate) is absorbed by the PAO's
    const cityPao = (await pairOf(ids.city, ids.pao))!;
    const merged = await resolve(planner.headers, cityPao.id, { resolution: 'merge', absorbingElementId: ids.pao });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().history.at(-1)).toMatchObject({ resolution: 'merge', absorbingElementId: ids.pao });
    const moved = await ctx.db.selectFrom('plan_linkages').select('source_element_id').where('target_element_id', '=', ids.prov).execute();
    expect(moved.map((l) => l.source_element_id)).toEqual([ids.pao]);

    await ctx.db.updateTable('plans').set({ status: 'approved' }).where('id', '=', ids.provPlan).execute();
    const refused = await resolve(planner.headers, pair.id, { resolution: 'merge', absorbingElementId: ids.prov });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('open a revision');
    expect(await countRows('overlap_resolutions')).toBe(before + 1);
    const combined = await resolve(planner.headers, pair.id, { resolution: 'combine', note: 'One campaign budget' });
    expect(combined.json()).toMatchObject({ status: 'resolved', resolution: 'combine' });
  });
});
