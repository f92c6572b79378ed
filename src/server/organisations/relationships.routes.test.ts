import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';

const ctx = useTestApp();
const en = { 'accept-language': 'en' };

async function counts() {
  const n = async (table: 'relationships' | 'audit_log') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { relationships: await n('relationships'), audit: await n('audit_log') };
}

const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { ...en, ...headers } });
const post = (payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/relationships', payload: payload as object, headers: { ...en, ...headers } });
const del = (id: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'DELETE', url: `/api/v1/relationships/${id}`, headers: { ...en, ...headers } });

describe('GET /organisations/:id/relationships', () => {
  it('lists both directions to anyone, with names, scope and period', async () => {
    const response = await get(`/organisations/${await ctx.orgId('UDN-PO')}/relationships`);
    expect(response.statusCode).toBe(200);
    const byKind = Object.fromEntries(response.json().map((r: { kind: string }) => [r.kind, r]));
    expect(Object.keys(byKind).sort()).toEqual(['network_membership', 'partnership', 'technical_support']);
    expect(byKind.partnership).toMatchObject({
      fromOrganisation: { nameEn: 'United Nations Development Programme Thailand' },
      toOrganisation: { nameEn: 'Udon Thani Provincial Office' },
      functionCodes: ['DM-ECONOMY'],
      areaCodes: ['41'],
      startsOn: '2025-01-01',
      endsOn: '2027-12-31',
    });
    const moi = (await get(`/organisations/${await ctx.orgId('MOI')}/relationships`)).json();
    expect(moi).toEqual([
      expect.objectContaining({
        kind: 'performance_agreement',
        fromOrganisation: expect.objectContaining({ nameEn: expect.stringContaining('National Economic and Social Development Council') }),
      }),
    ]);
    expect((await get('/organisations/00000000-0000-4000-8000-000000000000/relationships')).statusCode).toBe(404);
  });
});

describe('POST /relationships', () => {
  const body = async (overrides: Record<string, unknown> = {}) => ({
    kind: 'mou',
    fromOrganisationId: await ctx.orgId('UDN-CITY'),
    toOrganisationId: await ctx.orgId('UDN-NONGNAKHAM-SAO'),
    functionCodes: ['DM-ECONOMY', '04'],
    areaCodes: ['410101', '410109'],
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    note: 'ตลาดชุมชนร่วม / Joint community market',
    ...overrides,
  });

  it('walks 401 → 400 → 403, writing nothing', async () => {
    const before = await counts();
    expect((await post(await body())).statusCode).toBe(401);
    const admin = await ctx.login('admin@demo.prasan.local');
    const bad = await post({ ...(await body()), kind: 'friendship', startsOn: '2026-13-45', fromOrganisationId: 'x' }, admin.headers);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['fromOrganisationId', 'kind', 'startsOn']);
    for (const email of ['viewer@demo.prasan.local', 'planner@demo.prasan.local']) {
      expect((await post(await body(), (await ctx.login(email)).headers)).statusCode).toBe(403);
    }
    // the Thai government's admin does not reach UNDP, a separate root
    const fromUndp = await post(await body({ fromOrganisationId: await ctx.orgId('UNDP-TH'), toOrganisationId: await ctx.orgId('UDN-PO') }), admin.headers);
    expect(fromUndp.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('refuses a self-link, an end before the start, unknown functions, areas and organisations', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const before = await counts();
    const city = await ctx.orgId('UDN-CITY');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ toOrganisationId: city }, 'toOrganisationId', 'cannot be the same organisation as fromOrganisationId'],
      [{ startsOn: '2026-06-01', endsOn: '2026-05-31' }, 'endsOn', 'must not be before startsOn'],
      [{ functionCodes: ['DM-ECONOMY', 'NOPE'] }, 'functionCodes.1', 'does not exist'],
      [{ areaCodes: ['999999'] }, 'areaCodes.0', 'does not exist'],
      [{ toOrganisationId: '00000000-0000-4000-8000-000000000000' }, 'toOrganisationId', 'does not exist'],
      [{ fromOrganisationId: '00000000-0000-4000-8000-000000000000' }, 'fromOrganisationId', 'does not exist'],
    ];
    for (const [overrides, path, message] of cases) {
      const response = await post(await body(overrides), admin.headers);
      expect(response.statusCode, path).toBe(400);
      expect(response.json().error.fields).toEqual([{ path, message }]);
    }
    expect(await counts()).toEqual(before);
  });

  it('creates a relationship, shows it on both sides and audits it; deleting removes it', async () => {
    const admin = await ctx.login('admin@demo.prasan.local');
    const created = await post(await body(), admin.headers);
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      kind: 'mou',
      functionCodes: ['DM-ECONOMY', '04'],
      areaCodes: ['410101', '410109'],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    const sao = (await get(`/organisations/${await ctx.orgId('UDN-NONGNAKHAM-SAO')}/relationships`)).json();
    expect(sao.map((r: { id: string }) => r.id)).toContain(view.id);
    const audit = (await get(`/audit?entity=relationship&entityId=${view.id}`, admin.headers)).json();
    expect(audit.items[0]).toMatchObject({ action: 'create', organisationId: await ctx.orgId('UDN-CITY') });

    expect((await del(view.id)).statusCode).toBe(401);
    expect((await del(view.id, (await ctx.login('viewer@demo.prasan.local')).headers)).statusCode).toBe(403);
    expect((await del(view.id, admin.headers)).statusCode).toBe(204);
    expect((await del(view.id, admin.headers)).statusCode).toBe(404);
    const city = (await get(`/organisations/${await ctx.orgId('UDN-CITY')}/relationships`)).json();
    expect(city.map((r: { id: string }) => r.id)).not.toContain(view.id);
    const deleted = (await get(`/audit?entity=relationship&entityId=${view.id}&action=delete`, admin.headers)).json();
    expect(deleted.total).toBe(1);
  });
});
