import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';

const ctx = useTestApp();
const en = { 'accept-language': 'en' };

/** Row counts of the tables a write touches: equal before and after means nothing was written. */
async function counts() {
  const out: Record<string, number> = {};
  for (const table of ['organisations', 'organisation_areas', 'audit_log'] as const) {
    out[table] = Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  }
  return out;
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
const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers: { ...en, ...headers } });
const codes = (items: { code: string }[]) => items.map((i) => i.code);

describe('GET /organisations', () => {
  it('lists the roots to anyone, each with its number of children', async () => {
    const response = await get('/organisations?parent=root');
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(2);
    const rtg = response.json().items.find((o: { code: string }) => o.code === 'TH-RTG');
    expect(rtg).toMatchObject({ kind: 'member_state', tier: 'central', parentId: null, nameEn: 'Royal Thai Government', childCount: 3 });
  });

  it('lists the children of one organisation in English name order', async () => {
    const moi = await ctx.orgId('MOI');
    const body = (await get(`/organisations?parent=${moi}`)).json();
    expect(codes(body.items)).toEqual(['DLA', 'DOPA', 'KKN-PO', 'CLUSTER-NE1']);
    expect(body.items.map((o: { childCount: number }) => o.childCount)).toEqual([0, 0, 0, 1]);
    const desc = (await get(`/organisations?parent=${moi}&sort=-code&limit=2&offset=1`)).json();
    expect(desc).toMatchObject({ total: 4 });
    expect(codes(desc.items)).toEqual(['DOPA', 'DLA']);
  });

  it('searches the whole tree by Thai name, English name or code', async () => {
    const thai = (await get(`/organisations?q=${encodeURIComponent('อุดรธานี')}&limit=100`)).json();
    expect(codes(thai.items).sort()).toEqual(['UDN-CITY', 'UDN-MUEANG-DO', 'UDN-PAO', 'UDN-PO', 'UDN-PRD']);
    const english = (await get('/organisations?q=UDON%20thani%20city')).json();
    expect(codes(english.items)).toEqual(['UDN-CITY']);
    const byCode = (await get('/organisations?q=kkn-po')).json();
    expect(codes(byCode.items)).toEqual(['KKN-PO']);
    const filtered = (await get('/organisations?q=udon&tier=local&kind=municipality')).json();
    expect(codes(filtered.items)).toEqual(['UDN-CITY']);
  });

  it('lists all organisations without a parent filter', async () => {
    const { DEMO_ORGANISATIONS } = await import('../seed/demo-organisations.js');
    expect((await get('/organisations?limit=500')).json().total).toBe(DEMO_ORGANISATIONS.length);
  });

  it('refuses a malformed parent and unknown parameters', async () => {
    const bad = await get('/organisations?parent=somewhere');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('parent');
    expect((await get('/organisations?colour=red')).statusCode).toBe(400);
  });
});

describe('GET /organisations/:id', () => {
  it('answers the detail with ancestors root first and the areas served', async () => {
    const response = await get(`/organisations/${await ctx.orgId('UDN-CITY')}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ code: 'UDN-CITY', kind: 'municipality', tier: 'local', version: 1, countryCode: 'TH', childCount: 0 });
    expect(body.ancestors.map((a: { nameEn: string }) => a.nameEn)).toEqual([
      'Royal Thai Government',
      'Ministry of Interior',
      'Upper Northeastern Province Cluster 1',
      'Udon Thani Provincial Office',
      'Mueang Udon Thani District Office',
    ]);
    expect(body.areas).toEqual([{ code: '410101', level: 'subdistrict', parentCode: '4101', nameTh: 'หมากแข้ง', nameEn: 'Mak Khaeng', childCount: 0 }]);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await get('/organisations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/organisations/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('POST /organisations', () => {
  const body = async (overrides: Record<string, unknown> = {}) => ({
    code: 'UDN-NONGKHONKWANG-SAO',
    kind: 'subdistrict_administration',
    tier: 'local',
    parentId: await ctx.orgId('UDN-MUEANG-DO'),
    nameTh: 'องค์การบริหารส่วนตำบลหนองขอนกว้าง',
    nameEn: 'Nong Khon Kwang Subdistrict Administrative Organisation',
    abbreviation: 'อบต.หนองขอนกว้าง',
    areaCodes: ['410104'],
    ...overrides,
  });

  it('refuses an anonymous caller with 401', async () => {
    expect((await send('POST', '/organisations', await body())).statusCode).toBe(401);
  });

  it('names each bad field and writes nothing', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const before = await counts();
    const response = await send(
      'POST',
      '/organisations',
      { ...(await body()), tier: 'galactic', nameEn: { en: 'x' }, colour: 'red', code: undefined },
      admin.headers,
    );
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['code', 'colour', 'nameEn', 'tier']);
    expect(await counts()).toEqual(before);
  });

  it("keeps viewers, planners and another province's admin out (403), writing nothing", async () => {
    const before = await counts();
    for (const email of ['viewer@demo.prasan.local', 'planner@demo.prasan.local']) {
      const session = await ctx.login(email);
      expect((await send('POST', '/organisations', await body(), session.headers)).statusCode).toBe(403);
    }
    const khonKaenAdmin = await loginNewMember('kk.admin@example.go.th', 'admin', 'KKN-PO');
    const afterUser = await counts();
    expect((await send('POST', '/organisations', await body(), khonKaenAdmin.headers)).statusCode).toBe(403);
    expect(await counts()).toEqual(afterUser);
    expect(afterUser.organisations).toBe(before.organisations);
    // …who may create inside Khon Kaen
    const own = await send(
      'POST',
      '/organisations',
      await body({ code: 'KKN-TEST', parentId: await ctx.orgId('KKN-PO'), areaCodes: ['40'] }),
      khonKaenAdmin.headers,
    );
    expect(own.statusCode).toBe(201);
  });

  it('refuses a new root to anyone but the system', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const response = await send('POST', '/organisations', await body({ parentId: null }), admin.headers);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/top of the tree/);
  });

  it('refuses a duplicate code, an unknown area and an unknown parent with field errors, writing nothing', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const before = await counts();
    const duplicate = await send('POST', '/organisations', await body({ code: 'UDN-CITY' }), admin.headers);
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.message).toBe('code: is already in use');
    const area = await send('POST', '/organisations', await body({ areaCodes: ['410104', '999999'] }), admin.headers);
    expect(area.statusCode).toBe(400);
    expect(area.json().error.fields).toEqual([{ path: 'areaCodes.1', message: 'does not exist' }]);
    const parent = await send('POST', '/organisations', await body({ parentId: '00000000-0000-4000-8000-000000000000' }), admin.headers);
    expect(parent.statusCode).toBe(400);
    expect(parent.json().error.fields[0].path).toBe('parentId');
    const country = await send('POST', '/organisations', await body({ countryCode: 'ZZ' }), admin.headers);
    expect(country.json().error.fields[0]).toEqual({ path: 'countryCode', message: 'must be the code of a country' });
    expect(await counts()).toEqual(before);
  });

  it('creates the organisation under its parent and records it in the audit log', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const response = await send('POST', '/organisations', await body(), admin.headers);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ code: 'UDN-NONGKHONKWANG-SAO', version: 1, countryCode: 'TH', childCount: 0 });
    expect(created.ancestors.at(-1).nameEn).toBe('Mueang Udon Thani District Office');
    expect(created.areas.map((a: { code: string }) => a.code)).toEqual(['410104']);
    const parentId = await ctx.orgId('UDN-MUEANG-DO');
    const siblings = (await get(`/organisations?parent=${parentId}`)).json();
    expect(codes(siblings.items)).toContain('UDN-NONGKHONKWANG-SAO');
    expect((await get(`/organisations/${parentId}`)).json().childCount).toBe(3);
    const audit = (await get(`/audit?entity=organisation&entityId=${created.id}`, admin.headers)).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: 'create', actor: 'admin@demo.prasan.local', organisationId: created.id });
    expect(audit.items[0].after).toMatchObject({ code: 'UDN-NONGKHONKWANG-SAO', areaCodes: ['410104'] });
  });
});
