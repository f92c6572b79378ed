import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';

const ctx = useTestApp();
const en = { 'accept-language': 'en' };

const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { ...en, ...headers } });
const put = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'PUT', url: `/api/v1${url}`, payload: payload as object, headers: { ...en, ...headers } });

describe('GET /functions', () => {
  it('lists a scheme in source order, the sub-functions of a parent, and searches', async () => {
    const missions = (await get('/functions?scheme=district_mission')).json();
    expect(missions.total).toBe(4);
    expect(missions.items.map((f: { nameTh: string }) => f.nameTh)).toEqual(['ด้านเศรษฐกิจ', 'ด้านสังคม', 'ด้านความมั่นคง', 'ด้านการบริหารจัดการ']);
    const health = (await get('/functions?parent=07')).json();
    expect(health.items.map((f: { code: string }) => f.code)).toEqual(['07.1', '07.2', '07.3', '07.4', '07.5', '07.6']);
    expect(health.items[0]).toEqual({
      code: '07.1',
      scheme: 'cofog',
      parentCode: '07',
      nameTh: expect.any(String),
      nameEn: 'Medical products, appliances and equipment',
    });
    const roots = (await get('/functions?scheme=local_government_budget&parent=root')).json();
    expect(roots.total).toBe(4);
    const search = (await get(`/functions?q=${encodeURIComponent('สาธารณสุข')}`)).json();
    expect(search.items.map((f: { code: string }) => f.code).sort()).toEqual(['00220', '07', 'TF07']);
    expect((await get('/functions?level=1')).statusCode).toBe(400);
  });
});

describe('responsibilities of an organisation', () => {
  it('lists them to anyone', async () => {
    const response = await get(`/organisations/${await ctx.orgId('UDN-PO')}/responsibilities`);
    expect(response.statusCode).toBe(200);
    expect(response.json().map((r: { functionCode: string; role: string }) => `${r.functionCode}:${r.role}`)).toEqual([
      'DM-ADMINISTRATION:decides',
      'DM-ADMINISTRATION:implements',
      'DM-ECONOMY:decides',
      'DM-SECURITY:decides',
      'DM-SOCIAL:implements',
    ]);
  });

  it('walks 401 → 400 → 403 → 200 and replaces the whole set', async () => {
    const id = await ctx.orgId('KKN-PO');
    const items = [
      { functionCode: 'DM-SOCIAL', role: 'implements' },
      { functionCode: '07.3', role: 'decides' },
      { functionCode: 'DM-SOCIAL', role: 'implements' },
    ];
    expect((await put(`/organisations/${id}/responsibilities`, { items })).statusCode).toBe(401);
    const admin = await ctx.login('admin@demo.prasan.local');
    const badRole = await put(`/organisations/${id}/responsibilities`, { items: [{ functionCode: 'DM-SOCIAL', role: 'owns' }] }, admin.headers);
    expect(badRole.json().error.fields[0].path).toBe('items.0.role');
    const unknown = await put(`/organisations/${id}/responsibilities`, { items: [...items, { functionCode: 'NOPE', role: 'informed' }] }, admin.headers);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([{ path: 'items.3.functionCode', message: 'does not exist' }]);
    expect((await put(`/organisations/${id}/responsibilities`, { items }, (await ctx.login('planner@demo.prasan.local')).headers)).statusCode).toBe(403);
    expect((await get(`/organisations/${id}/responsibilities`)).json()).toEqual([]);

    const ok = await put(`/organisations/${id}/responsibilities`, { items }, admin.headers);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().map((r: { functionCode: string; role: string }) => `${r.functionCode}:${r.role}`)).toEqual(['07.3:decides', 'DM-SOCIAL:implements']);
    const replaced = await put(`/organisations/${id}/responsibilities`, { items: [{ functionCode: 'DM-SECURITY', role: 'consulted' }] }, admin.headers);
    expect(replaced.json().map((r: { functionCode: string }) => r.functionCode)).toEqual(['DM-SECURITY']);
    const audit = (await get(`/audit?entity=organisation&entityId=${id}&action=set_responsibilities`, admin.headers)).json();
    expect(audit.total).toBe(2);
    expect(audit.items[0]).toMatchObject({
      before: [
        { functionCode: '07.3', role: 'decides' },
        { functionCode: 'DM-SOCIAL', role: 'implements' },
      ],
      after: [{ functionCode: 'DM-SECURITY', role: 'consulted' }],
    });
  });
});

describe('GET /responsibility-matrix', () => {
  it("shows the demo province's gap (economy) and overlap (social: province office and PAO)", async () => {
    const response = await get('/responsibility-matrix?scheme=district_mission&area=41');
    expect(response.statusCode).toBe(200);
    const matrix = response.json();
    expect(matrix.functions.map((f: { code: string }) => f.code)).toEqual(['DM-ECONOMY', 'DM-SOCIAL', 'DM-SECURITY', 'DM-ADMINISTRATION']);
    const codeOf = new Map(matrix.organisations.map((o: { id: string; code: string }) => [o.id, o.code]));
    expect([...codeOf.values()].sort()).toEqual(['UDN-CITY', 'UDN-MUEANG-DO', 'UDN-NONGNAKHAM-COMM', 'UDN-NONGNAKHAM-SAO', 'UDN-PAO', 'UDN-PO']);
    expect(matrix.cells).toHaveLength(13);
    const flags = matrix.flags.map(
      (f: { flag: string; functionCode: string; areaCode: string; organisationIds: string[] }) =>
        `${f.flag}:${f.functionCode}@${f.areaCode}:${f.organisationIds
          .map((id) => codeOf.get(id))
          .sort()
          .join(',')}`,
    );
    expect(flags).toEqual(['gap:DM-ECONOMY@41:', 'overlap:DM-SOCIAL@41:UDN-PAO,UDN-PO']);
  });

  it('refuses an unknown scheme or area, and a missing parameter', async () => {
    const scheme = await get('/responsibility-matrix?scheme=astrology&area=41');
    expect(scheme.json().error.fields).toEqual([{ path: 'scheme', message: 'does not exist' }]);
    const area = await get('/responsibility-matrix?scheme=district_mission&area=999');
    expect(area.json().error.fields).toEqual([{ path: 'area', message: 'does not exist' }]);
    expect((await get('/responsibility-matrix?scheme=district_mission')).statusCode).toBe(400);
  });
});
