import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { resultHelpers } from './indicators.test-helpers.js';

const ctx = useTestApp();
const h = resultHelpers(ctx);
let planner: Session;
let approver: Session;
let reporter: Session;
let viewer: Session;
let kkApprover: Session;
let chain: Awaited<ReturnType<typeof h.newChain>>;
let national: { id: string };
let project: { id: string };
let districts: { id: string };

beforeAll(async () => {
  planner = await ctx.login('planner@demo.prasan.local');
  approver = await ctx.login('approver@demo.prasan.local');
  reporter = await ctx.login('reporter@demo.prasan.local');
  viewer = await ctx.login('viewer@demo.prasan.local');
  const admin = await ctx.login('admin@demo.prasan.local');
  await h.ok(admin.headers, 'POST', '/users', {
    email: 'kk.appr@example.go.th',
    name: 'kk',
    password: 'long-enough-pass',
    memberships: [{ organisationId: await ctx.orgId('KKN-PO'), role: 'approver' }],
  });
  kkApprover = await ctx.login('kk.appr@example.go.th', 'long-enough-pass');
  chain = await h.newChain(planner.headers, approver.headers);
  national = await h.ok(
    planner.headers,
    'POST',
    `/plan-elements/${chain.strategyId}/indicators`,
    h.indicatorBody({ rollupRule: 'mean', targets: [{ period: '2569-Q1', value: '50' }] }),
  );
  project = await h.ok(
    planner.headers,
    'POST',
    `/plan-elements/${chain.projectId}/indicators`,
    h.indicatorBody({ contributesToIndicatorId: national.id, targets: [{ period: '2569-Q1', value: '40' }] }),
  );
  districts = await h.ok(
    planner.headers,
    'POST',
    `/plan-elements/${chain.strategyId}/indicators`,
    h.indicatorBody({ unit: 'count', rollupRule: 'sum', areaBreakdown: 'district', targets: [{ period: '2569-Q1', value: '100' }] }),
  );
});

describe('the measurement workflow', () => {
  it('walks 401 → 400 → 403 → 201 for entering a value, writing nothing on bad input', async () => {
    const url = `/indicators/${project.id}/measurements`;
    const before = await h.count('measurements');
    expect((await h.call(undefined, 'POST', url, { period: '2569-Q1', value: '30' })).statusCode).toBe(401);
    expect((await h.call(reporter.headers, 'POST', url, { period: '2569-Q5', value: '30' })).statusCode).toBe(400);
    expect((await h.call(reporter.headers, 'POST', url, { period: '2569-Q1', value: 'thirty' })).statusCode).toBe(400);
    const percent = await h.call(reporter.headers, 'POST', url, { period: '2569-Q1', value: '130' });
    expect(percent.json().error.fields).toEqual([{ path: 'value', message: 'must be a percentage between 0 and 100' }]);
    const outside = await h.call(reporter.headers, 'POST', url, { period: '2575-Q1', value: '30' });
    expect(outside.json().error.fields[0].path).toBe('period');
    const area = await h.call(reporter.headers, 'POST', url, { period: '2569-Q1', value: '30', areaCode: '41' });
    expect(area.json().error.fields[0]).toEqual({ path: 'areaCode', message: 'this indicator has no area breakdown' });
    expect((await h.call(viewer.headers, 'POST', url, { period: '2569-Q1', value: '30' })).statusCode).toBe(403);
    expect((await h.call(kkApprover.headers, 'POST', url, { period: '2569-Q1', value: '30' })).statusCode).toBe(403);
    expect(await h.count('measurements')).toBe(before);
    const created = await h.call(reporter.headers, 'POST', url, { period: '2569-Q1', value: '30', note: 'first count' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', value: '30', isCurrent: false, version: 1 });
    // one open entry per cell
    expect((await h.call(reporter.headers, 'POST', url, { period: '2569-Q1', value: '31' })).statusCode).toBe(409);
  });

  it('goes draft → submitted → rejected, then a new entry → verified, and the roll-ups move in the same request', async () => {
    const [draft] = await h.ok<{ id: string; version: number }[]>(reporter.headers, 'GET', `/indicators/${project.id}/measurements?period=2569-Q1`);
    const changed = await h.call(reporter.headers, 'PATCH', `/measurements/${draft!.id}`, { version: draft!.version, value: '36' });
    expect(changed.statusCode).toBe(200);
    // verified values only are public
    expect((await h.call(undefined, 'GET', `/measurements/${draft!.id}`)).statusCode).toBe(401);
    expect((await h.call(reporter.headers, 'POST', `/measurements/${draft!.id}/verify`, { version: 2 })).statusCode).toBe(403);
    expect((await h.call(approver.headers, 'POST', `/measurements/${draft!.id}/verify`, { version: 2 })).statusCode).toBe(409);
    expect((await h.call(undefined, 'POST', `/measurements/${draft!.id}/submit`, { version: 2 })).statusCode).toBe(401);
    expect((await h.call(reporter.headers, 'POST', `/measurements/${draft!.id}/submit`, {})).statusCode).toBe(400);
    const submitted = await h.call(reporter.headers, 'POST', `/measurements/${draft!.id}/submit`, { version: 2 });
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 3 });
    expect((await h.call(reporter.headers, 'PATCH', `/measurements/${draft!.id}`, { version: 3, value: '1' })).statusCode).toBe(409);

    const awaiting = await h.ok<{ id: string }[]>(approver.headers, 'GET', '/measurements/awaiting-verification');
    expect(awaiting.map((a) => a.id)).toContain(draft!.id);
    expect(await h.ok<unknown[]>(kkApprover.headers, 'GET', '/measurements/awaiting-verification')).toEqual([]);

    expect((await h.call(approver.headers, 'POST', `/measurements/${draft!.id}/reject`, { version: 3, reason: '  ' })).statusCode).toBe(400);
    expect((await h.call(kkApprover.headers, 'POST', `/measurements/${draft!.id}/reject`, { version: 3, reason: 'no' })).statusCode).toBe(403);
    const rejected = await h.call(approver.headers, 'POST', `/measurements/${draft!.id}/reject`, { version: 3, reason: 'Evidence missing' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: 'Evidence missing' });
    expect((await h.ok<{ items: { current: unknown }[] }>(undefined, 'GET', `/plan-elements/${chain.projectId}/rollup`)).items[0]!.current).toBeNull();

    const again = await h.ok<{ id: string; version: number }>(reporter.headers, 'POST', `/indicators/${project.id}/measurements`, {
      period: '2569-Q1',
      value: '36',
      submit: true,
    });
    expect((await h.call(kkApprover.headers, 'POST', `/measurements/${again.id}/verify`, { version: again.version })).statusCode).toBe(403);
    const verified = await h.call(approver.headers, 'POST', `/measurements/${again.id}/verify`, { version: again.version });
    expect(verified.json()).toMatchObject({ status: 'verified', isCurrent: true });

    const element = await h.ok<{ items: { current: { value: string; target: string; achievement: number; status: string } }[] }>(
      undefined,
      'GET',
      `/plan-elements/${chain.projectId}/rollup`,
    );
    expect(element.items[0]!.current).toMatchObject({ period: '2569-Q1', value: '36', target: '40', achievement: 90, status: 'amber' });
    // the strategy's indicator has no value of its own: its mean is the project's value
    const strategy = await h.ok<{ items: { indicator: { id: string }; current: { value: string; achievement: number; status: string } | null }[] }>(
      undefined,
      'GET',
      `/plan-elements/${chain.strategyId}/rollup?period=2569-Q1`,
    );
    expect(strategy.items.find((i) => i.indicator.id === national.id)!.current).toMatchObject({ value: '36', target: '50', achievement: 72, status: 'red' });
    const city = await h.ok<{ items: { indicator: { id: string }; current: { value: string } }[]; statusCounts: unknown }>(
      undefined,
      'GET',
      `/organisations/${await ctx.orgId('UDN-CITY')}/rollup`,
    );
    expect(city.items.find((i) => i.indicator.id === project.id)!.current.value).toBe('36');
    const province = await h.ok<{ items: { indicator: { id: string } }[] }>(undefined, 'GET', `/organisations/${await ctx.orgId('UDN-PO')}/rollup`);
    expect(province.items.map((i) => i.indicator.id)).toContain(project.id);
  });

  it('keeps the history of a correction: the verified value stays readable, superseded by the new one', async () => {
    const [current] = await h.ok<{ id: string }[]>(undefined, 'GET', `/indicators/${project.id}/measurements?period=2569-Q1`);
    const correction = await h.ok<{ id: string; version: number; correctsId: string }>(reporter.headers, 'POST', `/indicators/${project.id}/measurements`, {
      period: '2569-Q1',
      value: '44',
      submit: true,
    });
    expect(correction.correctsId).toBe(current!.id);
    await h.ok(approver.headers, 'POST', `/measurements/${correction.id}/verify`, { version: correction.version });
    const history = await h.ok<{ id: string; value: string; status: string; isCurrent: boolean; supersededBy: string | null }[]>(
      approver.headers,
      'GET',
      `/indicators/${project.id}/measurements?period=2569-Q1&history=true`,
    );
    expect(history.map((m) => [m.value, m.status, m.isCurrent])).toEqual([
      ['36', 'rejected', false],
      ['36', 'verified', false],
      ['44', 'verified', true],
    ]);
    expect(history[1]!.supersededBy).toBe(correction.id);
    const element = await h.ok<{ items: { current: { value: string; status: string } }[] }>(undefined, 'GET', `/plan-elements/${chain.projectId}/rollup`);
    expect(element.items[0]!.current).toMatchObject({ value: '44', status: 'green' });
  });
});

describe('the reporting grid', () => {
  it('saves a batch all or nothing, naming each bad cell by its path', async () => {
    const cells = [
      { indicatorId: districts.id, period: '2569-Q1', areaCode: '4101', value: '40' },
      { indicatorId: districts.id, period: '2569-Q1', areaCode: '4102', value: '2.5' },
      { indicatorId: districts.id, period: '2569-Q2', areaCode: '41', value: '3' },
      { indicatorId: districts.id, period: '2569-Q2', value: '3' },
    ];
    const before = await h.count('measurements');
    expect((await h.call(undefined, 'POST', '/measurements/batch', { cells })).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'POST', '/measurements/batch', { cells: [] })).statusCode).toBe(400);
    const bad = await h.call(planner.headers, 'POST', '/measurements/batch', { cells });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'cells.1.value', message: 'must be a whole number, 0 or more' },
      { path: 'cells.2.areaCode', message: 'must be the code of a district' },
      { path: 'cells.3.areaCode', message: 'this indicator is broken down by area: give a district code' },
    ]);
    expect((await h.call(viewer.headers, 'POST', '/measurements/batch', { cells: [cells[0]] })).statusCode).toBe(403);
    expect(await h.count('measurements')).toBe(before);
    const saved = await h.call(planner.headers, 'POST', '/measurements/batch', { cells: [cells[0], { ...cells[1], value: '25' }], submit: true });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items.map((m: { status: string }) => m.status)).toEqual(['submitted', 'submitted']);

    const grid = await h.call(planner.headers, 'GET', '/results/reporting-grid?fy=2569');
    expect(grid.statusCode).toBe(200);
    const row = grid.json().rows.find((r: { indicator: { id: string }; areaCode: string }) => r.indicator.id === districts.id && r.areaCode === '4101');
    expect(row.cells[0]).toMatchObject({ period: '2569-Q1', open: { value: '40', status: 'submitted' }, editable: false });
    expect((await h.call(undefined, 'GET', '/results/reporting-grid?fy=2569')).statusCode).toBe(401);
    expect((await h.call(planner.headers, 'GET', '/results/reporting-grid')).statusCode).toBe(400);
    expect((await h.call(viewer.headers, 'GET', '/results/reporting-grid?fy=2569')).statusCode).toBe(403);

    // the approver verifies both at once; the map's roll-up sums the districts into the province and the country
    const items = saved.json().items.map((m: { id: string; version: number }) => ({ id: m.id, version: m.version }));
    expect((await h.call(approver.headers, 'POST', '/measurements/review', { items, action: 'reject' })).statusCode).toBe(400);
    expect((await h.call(kkApprover.headers, 'POST', '/measurements/review', { items, action: 'verify' })).statusCode).toBe(403);
    expect((await h.call(approver.headers, 'POST', '/measurements/review', { items, action: 'verify' })).statusCode).toBe(200);
    const country = await h.ok<{ area: { value: string; target: string; achievement: number }; children: { areaCode: string; value: string | null }[] }>(
      undefined,
      'GET',
      `/indicators/${districts.id}/area-rollup`,
    );
    expect(country.area).toMatchObject({ areaCode: 'TH', value: '65', target: '100', achievement: 65 });
    expect(country.children).toHaveLength(77);
    expect(country.children.find((c) => c.areaCode === '41')!.value).toBe('65');
    const udon = await h.ok<{ children: { areaCode: string; value: string | null; target: string | null }[] }>(
      undefined,
      'GET',
      `/indicators/${districts.id}/area-rollup?area=41&period=2569-Q1`,
    );
    expect(udon.children.find((c) => c.areaCode === '4101')).toMatchObject({ value: '40', target: null });
    expect(udon.children.filter((c) => c.value !== null)).toHaveLength(2);
    expect((await h.call(undefined, 'GET', `/indicators/${districts.id}/area-rollup?area=XX`)).statusCode).toBe(400);
    expect((await h.call(undefined, 'GET', `/indicators/${districts.id}/area-rollup?area=99`)).statusCode).toBe(404);
  });
});

describe('evidence', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it('accepts a file whose content matches an allowed type, refuses the rest, and serves it back', async () => {
    const draft = await h.ok<{ id: string }>(reporter.headers, 'POST', `/indicators/${project.id}/measurements`, { period: '2569-Q2', value: '50' });
    const url = `/measurements/${draft.id}/evidence`;
    const before = await h.count('measurement_evidence');
    expect((await h.call(undefined, 'POST', url, { fileName: 'a.pdf', contentBase64: pdf.toString('base64') })).statusCode).toBe(401);
    expect((await h.call(reporter.headers, 'POST', url, { fileName: 'a.pdf' })).statusCode).toBe(400);
    expect((await h.call(reporter.headers, 'POST', url, { fileName: 'a.pdf', contentBase64: '@@@@' })).statusCode).toBe(400);
    const renamed = await h.call(reporter.headers, 'POST', url, { fileName: 'photo.pdf', contentBase64: png.toString('base64') });
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().error.message).toMatch(/checked/);
    const exe = await h.call(reporter.headers, 'POST', url, { fileName: 'run.csv', contentBase64: Buffer.from([0x4d, 0x5a, 0, 1, 2]).toString('base64') });
    expect(exe.statusCode).toBe(415);
    const big = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await h.call(reporter.headers, 'POST', url, { fileName: 'big.pdf', contentBase64: big.toString('base64') });
    expect(tooBig.statusCode).toBe(413);
    expect((await h.call(kkApprover.headers, 'POST', url, { fileName: 'a.pdf', contentBase64: pdf.toString('base64') })).statusCode).toBe(403);
    expect(await h.count('measurement_evidence')).toBe(before);
    const saved = await h.call(reporter.headers, 'POST', url, { fileName: 'รายงาน.pdf', contentBase64: pdf.toString('base64') });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ contentType: 'application/pdf', sizeBytes: pdf.length });
    const csv = await h.call(reporter.headers, 'POST', url, { fileName: 'values.csv', contentBase64: Buffer.from('อำเภอ,ค่า\n4101,40\n').toString('base64') });
    expect(csv.json().contentType).toBe('text/csv');
    const list = await h.ok<{ id: string }[]>(reporter.headers, 'GET', url);
    expect(list).toHaveLength(2);
    expect((await h.call(undefined, 'GET', `/evidence/${list[0]!.id}/content`)).statusCode).toBe(401);
    const file = await h.call(reporter.headers, 'GET', `/evidence/${list[0]!.id}/content`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });
});

describe('the Secretariat summary', () => {
  it('lists the National Strategy elements with their indicators', async () => {
    const summary = await h.call(undefined, 'GET', '/results/secretariat-summary');
    expect(summary.statusCode).toBe(200);
    expect(summary.json().strategies.map((s: { code: string }) => s.code)).toEqual(['NS1', 'NS2', 'NS3', 'NS4', 'NS5', 'NS6']);
    expect((await h.call(undefined, 'GET', '/results/secretariat-summary?period=Q1')).statusCode).toBe(400);
  });
});
