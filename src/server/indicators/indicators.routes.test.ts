import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { resultHelpers } from './indicators.test-helpers.js';

const ctx = useTestApp();
const h = resultHelpers(ctx);
let planner: Session;
let viewer: Session;
let kkPlanner: Session;
let reporter: Session;
let chain: Awaited<ReturnType<typeof h.newChain>>;

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  viewer = await ctx.login('viewer@demo.prasan.local');
  reporter = await ctx.login('reporter@demo.prasan.local');
  const admin = await ctx.login('admin@demo.prasan.local');
  await h.ok(admin.headers, 'POST', '/users', {
    email: 'kk.ind@example.go.th',
    name: 'kk',
    password: 'long-enough-pass',
    memberships: [{ organisationId: await ctx.orgId('KKN-PO'), role: 'planner' }],
  });
  kkPlanner = await ctx.login('kk.ind@example.go.th', 'long-enough-pass');
  chain = await h.newChain(planner.headers, (await ctx.login('approver@demo.prasan.local')).headers);
});

describe('creating an indicator', () => {
  it('walks 401 → 400 → 403 → 201 and writes nothing on bad input', async () => {
    const url = `/plan-elements/${chain.strategyId}/indicators`;
    const body = h.indicatorBody({
      kind: 'outcome',
      baselineValue: '40',
      baselineFy: 2567,
      targets: [
        { period: '2569', value: '60' },
        { period: '2569-Q1', value: '45.5' },
      ],
    });
    const before = await h.count('indicators');
    expect((await h.call(undefined, 'POST', url, body)).statusCode).toBe(401);

    const noPeriod = await h.call(planner.headers, 'POST', url, { ...body, targets: [{ value: '10' }] });
    expect(noPeriod.statusCode).toBe(400);
    expect(noPeriod.json().error.fields[0]).toMatchObject({ path: 'targets.0.period' });
    const badUnit = await h.call(planner.headers, 'POST', url, { ...body, unit: 'litres' });
    expect(badUnit.statusCode).toBe(400);
    const outside = await h.call(planner.headers, 'POST', url, { ...body, targets: [{ period: '2575-Q2', value: '10' }] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual([{ path: 'targets.0.period', message: 'Period 2575-Q2 is outside the plan’s fiscal years 2568–2570' }]);
    const percent = await h.call(planner.headers, 'POST', url, { ...body, targets: [{ period: '2569', value: '120' }] });
    expect(percent.json().error.fields).toEqual([{ path: 'targets.0.value', message: 'must be a percentage between 0 and 100' }]);
    const count = await h.call(planner.headers, 'POST', url, { ...body, unit: 'count', targets: [{ period: '2569', value: '2.5' }] });
    expect(count.json().error.fields[0]).toEqual({ path: 'targets.0.value', message: 'must be a whole number, 0 or more' });
    const baseline = await h.call(planner.headers, 'POST', url, { ...body, baselineFy: undefined });
    expect(baseline.json().error.fields[0].path).toBe('baselineFy');
    const thai = await h.call({ ...planner.headers, 'accept-language': 'th' }, 'POST', url, { ...body, targets: [{ period: '2569', value: '120' }] });
    expect(thai.json().error.fields[0].message).toBe('ต้องเป็นร้อยละระหว่าง 0 ถึง 100');

    expect((await h.call(viewer.headers, 'POST', url, body)).statusCode).toBe(403);
    expect((await h.call(kkPlanner.headers, 'POST', url, body)).statusCode).toBe(403);
    expect((await h.call(reporter.headers, 'POST', url, body)).statusCode).toBe(403);
    expect(await h.count('indicators')).toBe(before);

    const created = await h.call(planner.headers, 'POST', url, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'outcome',
      unit: 'percent',
      rollupRule: 'mean',
      baselineValue: '40',
      baselineFy: 2567,
      responsibleNameEn: 'Udon Thani Provincial Office',
      targets: [
        { period: '2569', areaCode: null, value: '60' },
        { period: '2569-Q1', areaCode: null, value: '45.5' },
      ],
      version: 1,
    });
    expect(await h.count('indicators')).toBe(before + 1);
  });

  it('accepts a contribution only to an indicator of an element above, with the same unit', async () => {
    const parent = await h.ok<{ id: string }>(planner.headers, 'POST', `/plan-elements/${chain.strategyId}/indicators`, h.indicatorBody());
    const money = await h.ok<{ id: string }>(
      planner.headers,
      'POST',
      `/plan-elements/${chain.strategyId}/indicators`,
      h.indicatorBody({ unit: 'baht', rollupRule: 'sum' }),
    );
    const sibling = await h.ok<{ id: string }>(planner.headers, 'POST', `/plan-elements/${chain.projectId}/indicators`, h.indicatorBody());
    const url = `/plan-elements/${chain.projectId}/indicators`;
    const before = await h.count('indicators');
    const unit = await h.call(planner.headers, 'POST', url, h.indicatorBody({ contributesToIndicatorId: money.id }));
    expect(unit.json().error.fields[0]).toEqual({ path: 'contributesToIndicatorId', message: 'must be an indicator with the same unit (baht)' });
    const notAbove = await h.call(planner.headers, 'POST', url, h.indicatorBody({ contributesToIndicatorId: sibling.id }));
    expect(notAbove.statusCode).toBe(400);
    expect(notAbove.json().error.fields[0].message).toMatch(/element above this one/);
    expect(await h.count('indicators')).toBe(before);
    const ok = await h.call(planner.headers, 'POST', url, h.indicatorBody({ contributesToIndicatorId: parent.id, contributionWeight: 40 }));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ contributesToIndicatorId: parent.id, contributionWeight: '40.00', responsibleNameEn: 'Udon Thani City Municipality' });
    // the parent cannot then contribute to its own contributor
    const cycle = await h.call(planner.headers, 'PATCH', `/indicators/${parent.id}`, { version: 1, contributesToIndicatorId: ok.json().id });
    expect(cycle.statusCode).toBe(400);
  });
});

describe('reading, changing and deleting an indicator', () => {
  it('lists, gets, updates with a version and deletes an unused one', async () => {
    const created = await h.ok<{ id: string; version: number }>(
      planner.headers,
      'POST',
      `/plan-elements/${chain.programmeId}/indicators`,
      h.indicatorBody({ nameEn: 'Coverage' }),
    );
    expect((await h.call(undefined, 'GET', `/indicators/${created.id}`)).statusCode).toBe(200); // an approved plan is public
    expect((await h.call(undefined, 'GET', '/indicators/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const list = await h.ok<{ id: string }[]>(planner.headers, 'GET', `/plan-elements/${chain.programmeId}/indicators`);
    expect(list.map((i) => i.id)).toContain(created.id);

    const url = `/indicators/${created.id}`;
    expect((await h.call(undefined, 'PATCH', url, { version: 1, nameEn: 'x' })).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'PATCH', url, { version: 1, direction: 'sideways' })).statusCode).toBe(400);
    expect((await h.call(kkPlanner.headers, 'PATCH', url, { version: 1, nameEn: 'x' })).statusCode).toBe(403);
    const updated = await h.call(planner.headers, 'PATCH', url, { version: 1, nameEn: 'Coverage (%)', targets: [{ period: '2570', value: '80' }] });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ nameEn: 'Coverage (%)', version: 2, targets: [{ period: '2570', value: '80' }] });
    expect((await h.call(planner.headers, 'PATCH', url, { version: 1, nameEn: 'y' })).statusCode).toBe(409);

    expect((await h.call(undefined, 'DELETE', `${url}?version=2`)).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'DELETE', `${url}?version=abc`)).statusCode).toBe(400);
    expect((await h.call(kkPlanner.headers, 'DELETE', `${url}?version=2`)).statusCode).toBe(403);
    expect((await h.call(planner.headers, 'DELETE', `${url}?version=2`)).statusCode).toBe(204);
    expect((await h.call(planner.headers, 'GET', url)).statusCode).toBe(404);
  });
});

describe('element progress reports', () => {
  it('walks 401 → 400 → 403 → 200, then replaces with the version', async () => {
    const url = `/plan-elements/${chain.projectId}/progress-reports/2569-Q2`;
    const body = { percentComplete: 35, status: 'at_risk', narrative: 'Procurement delayed' };
    expect((await h.call(undefined, 'PUT', url, body)).statusCode).toBe(401);
    expect((await h.call(reporter.headers, 'PUT', url, { ...body, status: 'late' })).statusCode).toBe(400);
    expect((await h.call(reporter.headers, 'PUT', url, { ...body, percentComplete: 101 })).statusCode).toBe(400);
    const outside = await h.call(reporter.headers, 'PUT', `/plan-elements/${chain.projectId}/progress-reports/2580`, body);
    expect(outside.statusCode).toBe(400);
    expect((await h.call(kkPlanner.headers, 'PUT', url, body)).statusCode).toBe(403);
    expect((await h.call(viewer.headers, 'PUT', url, body)).statusCode).toBe(403);
    const before = await h.count('element_progress_reports');
    // the city's reporter reports on the project its organisation leads
    const saved = await h.call(reporter.headers, 'PUT', url, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ period: '2569-Q2', percentComplete: '35.00', status: 'at_risk', version: 1 });
    expect((await h.call(reporter.headers, 'PUT', url, { ...body, percentComplete: 50 })).statusCode).toBe(409);
    const replaced = await h.ok<{ version: number; status: string }>(reporter.headers, 'PUT', url, {
      ...body,
      percentComplete: 50,
      status: 'on_track',
      version: 1,
    });
    expect(replaced).toMatchObject({ version: 2, status: 'on_track' });
    expect(await h.count('element_progress_reports')).toBe(before + 1);
    const list = await h.ok<unknown[]>(planner.headers, 'GET', `/plan-elements/${chain.projectId}/progress-reports`);
    expect(list).toHaveLength(1);
  });
});

describe('searching indicators (the map’s and the agreement form’s picker)', () => {
  it('walks 400 → 200, listing only readable indicators, filtered by area breakdown, responsible subtree and text', async () => {
    const tag = `S${Math.random().toString(36).slice(2, 7)}`;
    const province = await h.ok<{ id: string }>(
      planner.headers,
      'POST',
      `/plan-elements/${chain.strategyId}/indicators`,
      h.indicatorBody({ code: `${tag}-P`, nameEn: `${tag} by province`, areaBreakdown: 'province' }),
    );
    const district = await h.ok<{ id: string }>(
      planner.headers,
      'POST',
      `/plan-elements/${chain.projectId}/indicators`,
      h.indicatorBody({ code: `${tag}-D`, nameEn: `${tag} by district`, areaBreakdown: 'district' }),
    );
    const whole = await h.ok<{ id: string }>(
      planner.headers,
      'POST',
      `/plan-elements/${chain.programmeId}/indicators`,
      h.indicatorBody({ code: `${tag}-W`, nameEn: `${tag} whole` }),
    );
    // a draft plan is private to its owner's staff
    const draftPlan = await h.ok<{ id: string }>(planner.headers, 'POST', '/plans', {
      ownerOrganisationId: await ctx.orgId('UDN-PO'),
      levelCode: 'province',
      fyStart: 2568,
      fyEnd: 2570,
      titleTh: 'ร่าง',
      titleEn: 'Draft',
    });
    const draftElement = await h.ok<{ id: string }>(planner.headers, 'POST', `/plans/${draftPlan.id}/elements`, {
      kind: 'strategy',
      titleTh: 'ยุทธ',
      titleEn: 'Strategy',
    });
    const hidden = await h.ok<{ id: string }>(
      planner.headers,
      'POST',
      `/plan-elements/${draftElement.id}/indicators`,
      h.indicatorBody({ code: `${tag}-H`, nameEn: `${tag} in a draft`, areaBreakdown: 'province' }),
    );
    const ids = async (headers: Record<string, string> | undefined, query: string) => {
      const page = await h.ok<{ items: { id: string }[]; total: number }>(
        headers,
        'GET',
        `/indicators?limit=100&${query.includes('q=') ? '' : `q=${tag}&`}${query}`,
      );
      expect(page.total).toBe(page.items.length);
      return page.items.map((i) => i.id).sort();
    };

    expect((await h.call(planner.headers, 'GET', '/indicators?areaBreakdown=village')).statusCode).toBe(400);
    expect((await h.call(planner.headers, 'GET', '/indicators?limit=0')).statusCode).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const notFound = await h.call(planner.headers, 'GET', `/indicators?responsibleOrganisationId=${unknown}`);
    expect(notFound.statusCode).toBe(400);
    expect(notFound.json().error.fields).toEqual([{ path: 'responsibleOrganisationId', message: 'Unknown organisation' }]);
    const thai = await h.call({ ...planner.headers, 'accept-language': 'th' }, 'GET', `/indicators?responsibleOrganisationId=${unknown}`);
    expect(thai.json().error.fields).toEqual([{ path: 'responsibleOrganisationId', message: 'ไม่พบหน่วยงาน' }]);

    expect(await ids(planner.headers, '')).toEqual([province.id, district.id, whole.id, hidden.id].sort());
    expect(await ids(planner.headers, 'areaBreakdown=any')).toEqual([province.id, district.id, hidden.id].sort());
    expect(await ids(planner.headers, 'areaBreakdown=district')).toEqual([district.id]);
    // the project is led by the city: its indicator is the city's responsibility, the others the province's
    expect(await ids(planner.headers, `responsibleOrganisationId=${await ctx.orgId('UDN-CITY')}`)).toEqual([district.id]);
    expect(await ids(planner.headers, `responsibleOrganisationId=${await ctx.orgId('UDN-PO')}&areaBreakdown=any`)).toEqual(
      [province.id, district.id, hidden.id].sort(),
    );
    expect(await ids(planner.headers, `q=${tag}-W`)).toEqual([whole.id]);
    // outside the owner's reach, the draft plan's indicator is not listed; the approved plan's are public
    expect(await ids(viewer.headers, 'areaBreakdown=any')).toEqual([province.id, district.id].sort());
    expect(await ids(undefined, 'areaBreakdown=any')).toEqual([province.id, district.id].sort());

    const first = (await h.ok<{ items: Record<string, unknown>[] }>(viewer.headers, 'GET', `/indicators?q=${tag}-D`)).items[0];
    expect(first).toMatchObject({ id: district.id, areaBreakdown: 'district', elementTitleEn: 'Project', responsibleNameEn: 'Udon Thani City Municipality' });
  });
});

describe('deleting an indicator that is in use', () => {
  it('refuses while it has values or is a KPI of an agreement, in Thai and English, and deletes it once freed', async () => {
    const { id } = await h.ok<{ id: string }>(
      planner.headers,
      'POST',
      `/plan-elements/${chain.projectId}/indicators`,
      h.indicatorBody({ nameEn: 'KPI indicator' }),
    );
    const other = await h.ok<{ id: string }>(
      planner.headers,
      'POST',
      `/plan-elements/${chain.projectId}/indicators`,
      h.indicatorBody({ nameEn: 'Other KPI indicator' }),
    );
    const agreement = await h.ok<{ id: string; version: number }>(planner.headers, 'POST', '/agreements', {
      principalOrganisationId: await ctx.orgId('UDN-PO'),
      agentOrganisationId: await ctx.orgId('UDN-CITY'),
      fiscalYear: 2569,
      titleTh: 'คำรับรอง',
      titleEn: 'Agreement',
      kpis: [{ indicatorId: id, weight: '100', criteria: ['10', '20', '30', '40', '50'] }],
    });
    // a reported value keeps an indicator too
    await h.ok(reporter.headers, 'POST', `/indicators/${other.id}/measurements`, { period: '2569-Q1', value: '12' });
    const before = await h.count('indicators');
    const audits = await h.count('audit_log');
    const en = await h.call(planner.headers, 'DELETE', `/indicators/${id}?version=1`);
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toBe('This indicator is a KPI of a performance agreement; remove it from the agreement before deleting it');
    const th = await h.call({ ...planner.headers, 'accept-language': 'th' }, 'DELETE', `/indicators/${id}?version=1`);
    expect(th.json().error.message).toBe('ตัวชี้วัดนี้เป็นตัวชี้วัดในคำรับรองการปฏิบัติราชการ ต้องนำออกจากคำรับรองก่อนจึงจะลบได้');
    const withValue = await h.call(planner.headers, 'DELETE', `/indicators/${other.id}?version=1`);
    expect(withValue.statusCode).toBe(409);
    expect(withValue.json().error.message).toBe('This indicator has reported values or contributing indicators; it cannot be deleted');
    expect(await h.count('indicators')).toBe(before);
    expect(await h.count('audit_log')).toBe(audits);

    await h.ok(planner.headers, 'PATCH', `/agreements/${agreement.id}`, { version: agreement.version, kpis: [] });
    expect((await h.call(planner.headers, 'DELETE', `/indicators/${id}?version=1`)).statusCode).toBe(204);
    expect(await h.count('indicators')).toBe(before - 1);
  });
});

describe('deleting an element whose indicator is a KPI', () => {
  it('refuses, naming the agreement in Thai and English, writes nothing, and deletes once the KPI is gone', async () => {
    const plan = await h.ok<{ id: string }>(planner.headers, 'POST', '/plans', {
      ownerOrganisationId: await ctx.orgId('UDN-PO'),
      levelCode: 'province',
      fyStart: 2569,
      fyEnd: 2570,
      titleTh: 'แผนร่าง',
      titleEn: 'Draft plan',
    });
    const project = await h.ok<{ id: string }>(planner.headers, 'POST', `/plans/${plan.id}/elements`, {
      kind: 'project',
      titleTh: 'โครงการร่าง',
      titleEn: 'Draft project',
    });
    const indicator = await h.ok<{ id: string }>(planner.headers, 'POST', `/plan-elements/${project.id}/indicators`, h.indicatorBody({ nameEn: 'Draft KPI' }));
    const agreement = await h.ok<{ id: string; version: number }>(planner.headers, 'POST', '/agreements', {
      principalOrganisationId: await ctx.orgId('UDN-PO'),
      agentOrganisationId: await ctx.orgId('UDN-CITY'),
      fiscalYear: 2569,
      titleTh: 'คำรับรองร่าง',
      titleEn: 'Draft agreement',
      kpis: [{ indicatorId: indicator.id, weight: '100', criteria: ['10', '20', '30', '40', '50'] }],
    });
    const version = (await h.ok<{ version: number }>(planner.headers, 'GET', `/plan-elements/${project.id}`)).version;
    const indicators = await h.count('indicators');
    const audits = await h.count('audit_log');
    const en = await h.call(planner.headers, 'DELETE', `/plan-elements/${project.id}?version=${version}`);
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toBe('This element cannot be deleted: its indicators are KPIs of 1 performance agreement(s): Draft agreement');
    const th = await h.call({ ...planner.headers, 'accept-language': 'th' }, 'DELETE', `/plan-elements/${project.id}?version=${version}`);
    expect(th.json().error.message).toBe('ไม่สามารถลบรายการนี้ได้ เนื่องจากตัวชี้วัดของรายการนี้เป็นตัวชี้วัดในคำรับรองการปฏิบัติราชการ 1 ฉบับ: คำรับรองร่าง');
    expect(await h.count('indicators')).toBe(indicators);
    expect((await h.call(planner.headers, 'GET', `/plan-elements/${project.id}`)).statusCode).toBe(200);
    expect(await h.count('audit_log')).toBe(audits);

    await h.ok(planner.headers, 'PATCH', `/agreements/${agreement.id}`, { version: agreement.version, kpis: [] });
    expect((await h.call(planner.headers, 'DELETE', `/plan-elements/${project.id}?version=${version}`)).statusCode).toBe(204);
  });
});
