import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';

const ctx = useTestApp();
const en = { 'accept-language': 'en' };

async function snapshot() {
  const rows = await ctx.db.selectFrom('organisations').select(['code', 'parent_id', 'path', 'depth', 'version', 'name_en']).orderBy('code').execute();
  const areas = await ctx.db.selectFrom('organisation_areas').selectAll().orderBy('organisation_id').orderBy('area_code').execute();
  const audit = Number(
    (
      await ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  return { rows, areas, audit };
}

async function loginNewMember(email: string, role: string, orgCode: string) {
  const admin = await ctx.login('admin@demo.prasan.local');
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: admin.headers,
    payload: { email, name: email.split('@')[0], password: 'long-enough-pass', memberships: [{ organisationId: await ctx.orgId(orgCode), role }] },
  });
  if (response.statusCode !== 201) throw new Error(`creating ${email} failed: ${response.body}`);
  return ctx.login(email, 'long-enough-pass');
}

const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { ...en, ...headers } });
const send = (method: 'PATCH' | 'PUT', url: string, payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers: { ...en, ...headers } });
const versionOf = async (code: string) => (await get(`/organisations/${await ctx.orgId(code)}`)).json().version as number;

describe('GET /organisations/:id/members', () => {
  it("is private: 401 anonymous, 403 for another province's planner, 200 within reach", async () => {
    const udon = await ctx.orgId('UDN-PO');
    expect((await get(`/organisations/${udon}/members`)).statusCode).toBe(401);
    const khonKaenPlanner = await loginNewMember('kk.planner@example.go.th', 'planner', 'KKN-PO');
    expect((await get(`/organisations/${udon}/members`, khonKaenPlanner.headers)).statusCode).toBe(403);
    const own = (await get(`/organisations/${await ctx.orgId('KKN-PO')}/members`, khonKaenPlanner.headers)).json();
    expect(own.map((m: { email: string }) => m.email)).toContain('kk.planner@example.go.th');
    const udonPlanner = await ctx.login('planner@demo.prasan.local');
    const members = (await get(`/organisations/${udon}/members`, udonPlanner.headers)).json();
    expect(members.map((m: { email: string; role: string }) => `${m.role}:${m.email}`).sort()).toEqual([
      'approver:approver@demo.prasan.local',
      'planner:planner@demo.prasan.local',
      'secretary:secretary@demo.prasan.local',
    ]);
    expect(Object.keys(members[0]).sort()).toEqual(['email', 'membershipId', 'name', 'role', 'userId']);
    // a role reaches the subtree: the city's reporter is visible to the province's planner
    // (before the move test below takes the district office out of the province's subtree)
    const city = (await get(`/organisations/${await ctx.orgId('UDN-CITY')}/members`, udonPlanner.headers)).json();
    expect(city.map((m: { email: string }) => m.email)).toEqual(['reporter@demo.prasan.local']);
  });
});

describe('PATCH /organisations/:id', () => {
  it('walks 401 → 400 → 403 without changing anything', async () => {
    const id = await ctx.orgId('UDN-PAO');
    const before = await snapshot();
    expect((await send('PATCH', `/organisations/${id}`, { version: 1, nameEn: 'x' })).statusCode).toBe(401);
    const admin = await ctx.login('admin@demo.prasan.local');
    const bad = await send('PATCH', `/organisations/${id}`, { nameEn: '', tier: 'nowhere', extra: true }, admin.headers);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['extra', 'nameEn', 'tier', 'version']);
    const planner = await ctx.login('planner@demo.prasan.local');
    expect((await send('PATCH', `/organisations/${id}`, { version: 1, nameEn: 'x' }, planner.headers)).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('updates fields, bumps the version and audits before/after', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const id = await ctx.orgId('UDN-PAO');
    const response = await send(
      'PATCH',
      `/organisations/${id}`,
      { version: 1, website: 'https://www.udonpao.go.th', abbreviation: null, areaCodes: ['41', '4101'] },
      admin.headers,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ version: 2, website: 'https://www.udonpao.go.th', abbreviation: null });
    expect(response.json().areas.map((a: { code: string }) => a.code)).toEqual(['41', '4101']);
    const audit = (await get(`/audit?entity=organisation&entityId=${id}`, admin.headers)).json().items[0];
    expect(audit).toMatchObject({
      action: 'update',
      before: { abbreviation: 'อบจ.อุดรธานี', areaCodes: ['41'], version: 1 },
      after: { abbreviation: null, version: 2 },
    });
  });

  it('answers a stale version with 409 and keeps the newer data', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const id = await ctx.orgId('UDN-PAO');
    const current = await versionOf('UDN-PAO');
    const before = await snapshot();
    const stale = await send('PATCH', `/organisations/${id}`, { version: current - 1, nameEn: 'Overwritten' }, admin.headers);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a duplicate code and an unknown parent with field errors', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const id = await ctx.orgId('UDN-CITY');
    const before = await snapshot();
    const dup = await send('PATCH', `/organisations/${id}`, { version: 1, code: 'UDN-PAO' }, admin.headers);
    expect(dup.json().error.message).toBe('code: is already in use');
    const parent = await send('PATCH', `/organisations/${id}`, { version: 1, parentId: '00000000-0000-4000-8000-000000000000' }, admin.headers);
    expect(parent.json().error.fields).toEqual([{ path: 'parentId', message: 'does not exist' }]);
    expect((await send('PATCH', '/organisations/00000000-0000-4000-8000-000000000000', { version: 1, nameEn: 'x' }, admin.headers)).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to move an organisation under itself or its own subtree', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const id = await ctx.orgId('UDN-PO');
    const before = await snapshot();
    for (const target of ['UDN-PO', 'UDN-MUEANG-DO', 'UDN-NONGNAKHAM-COMM']) {
      const response = await send('PATCH', `/organisations/${id}`, { version: 1, parentId: await ctx.orgId(target) }, admin.headers);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([{ path: 'parentId', message: 'cannot be the organisation itself or one of its sub-organisations' }]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('needs organisation.manage over the organisation and over the new parent', async () => {
    const khonKaenAdmin = await loginNewMember('kk.admin@example.go.th', 'admin', 'KKN-PO');
    const before = await snapshot();
    // moving Khon Kaen under Udon Thani: allowed over KKN-PO, not over UDN-PO
    const out = await send('PATCH', `/organisations/${await ctx.orgId('KKN-PO')}`, { version: 1, parentId: await ctx.orgId('UDN-PO') }, khonKaenAdmin.headers);
    expect(out.statusCode).toBe(403);
    // pulling an Udon Thani office into Khon Kaen: not allowed over the office
    const into = await send(
      'PATCH',
      `/organisations/${await ctx.orgId('UDN-CITY')}`,
      { version: 1, parentId: await ctx.orgId('KKN-PO') },
      khonKaenAdmin.headers,
    );
    expect(into.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('moves a whole subtree: every descendant gets the new path and depth', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const district = await ctx.orgId('UDN-MUEANG-DO');
    const dopa = await ctx.orgId('DOPA');
    const response = await send('PATCH', `/organisations/${district}`, { version: 1, parentId: dopa }, admin.headers);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ parentId: dopa, version: 2 });
    const community = (await get(`/organisations/${await ctx.orgId('UDN-NONGNAKHAM-COMM')}`)).json();
    expect(community.ancestors.map((a: { nameEn: string }) => a.nameEn)).toEqual([
      'Royal Thai Government',
      'Ministry of Interior',
      'Department of Provincial Administration',
      'Mueang Udon Thani District Office',
      'Nong Na Kham Subdistrict Administrative Organisation',
    ]);
    const rows = await ctx.db.selectFrom('organisations').select(['code', 'path', 'depth']).where('path', 'like', `%/${district}/%`).execute();
    expect(rows).toHaveLength(4);
    const dopaPath = (await ctx.db.selectFrom('organisations').select('path').where('id', '=', dopa).executeTakeFirstOrThrow()).path;
    for (const row of rows) {
      expect(row.path.startsWith(`${dopaPath}${district}/`)).toBe(true);
      expect(row.depth).toBe(row.path.split('/').length - 3);
    }
    // the old parent lost a child, the new one gained it
    // UDN-PO keeps its PAO and its public relations office
    expect((await get(`/organisations/${await ctx.orgId('UDN-PO')}`)).json().childCount).toBe(2);
    expect((await get(`/organisations/${dopa}`)).json().childCount).toBe(1);
  });
});

describe('PUT /organisations/:id/areas', () => {
  it('walks 401 → 400 → 403 → 200 and replaces the served areas', async () => {
    const id = await ctx.orgId('KKN-PO');
    expect((await send('PUT', `/organisations/${id}/areas`, { areaCodes: ['40'] })).statusCode).toBe(401);
    const admin = await ctx.login('admin@demo.prasan.local');
    const unknown = await send('PUT', `/organisations/${id}/areas`, { areaCodes: ['40', 'XX9'] }, admin.headers);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('areaCodes.1');
    const planner = await ctx.login('planner@demo.prasan.local');
    expect((await send('PUT', `/organisations/${id}/areas`, { areaCodes: ['40'] }, planner.headers)).statusCode).toBe(403);
    const ok = await send('PUT', `/organisations/${id}/areas`, { areaCodes: ['4001', '4002', '4001'] }, admin.headers);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().areas.map((a: { code: string }) => a.code)).toEqual(['4001', '4002']);
    const audit = (await get(`/audit?entity=organisation&entityId=${id}&action=set_areas`, admin.headers)).json().items[0];
    expect(audit).toMatchObject({ before: { areaCodes: ['40'] }, after: { areaCodes: ['4001', '4002'] } });
  });
});
