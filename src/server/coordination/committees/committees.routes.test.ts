import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../../test-support/test-app.js';
import { committeeIdByName, DEMO_COMMITTEE_EN, demoSessions, fingerprint, inLang } from '../coordination.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
let org: Record<string, string>;
let demoId: string;

beforeAll(async () => {
  s = await demoSessions(ctx);
  org = {};
  for (const code of ['UDN-PO', 'UDN-PAO', 'UDN-CITY', 'UDN-MUEANG-DO', 'DDC', 'NESDC', 'KKN-PO']) org[code] = await ctx.orgId(code);
  demoId = await committeeIdByName(ctx.db, DEMO_COMMITTEE_EN);
});

const committeeBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'task_force',
  nameTh: 'คณะทำงานเฉพาะกิจแก้ปัญหาภัยแล้ง',
  nameEn: 'Drought task force',
  hostOrganisationId: org['UDN-PO'],
  members: [
    { organisationId: org['UDN-PO'], role: 'chair' },
    { organisationId: org['UDN-PAO'], role: 'member' },
    { organisationId: org['UDN-MUEANG-DO'], role: 'secretary' },
  ],
  ...overrides,
});

const post = (session: Session | null, url: string, payload: unknown, lang: 'th' | 'en' = 'en') =>
  ctx.app.inject({ method: 'POST', url, payload: payload as object, headers: session ? inLang(session, lang) : {} });

describe('POST /committees', () => {
  it('walks 401 → 400 → 403 → 201', async () => {
    expect((await post(null, '/api/v1/committees', committeeBody())).statusCode).toBe(401);
    const bad = await post(s.secretary, '/api/v1/committees', committeeBody({ kind: 'club', extra: 1 }));
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['extra', 'kind']);
    // a planner reads the province's committees but does not run them
    expect((await post(s.planner, '/api/v1/committees', committeeBody())).statusCode).toBe(403);
    // the secretary's reach is the UDN-PO subtree: not Khon Kaen
    expect((await post(s.secretary, '/api/v1/committees', committeeBody({ hostOrganisationId: org['KKN-PO'] }))).statusCode).toBe(403);
    const created = await post(s.secretary, '/api/v1/committees', committeeBody({ parentCommitteeId: demoId }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'task_force', status: 'active', parentCommitteeId: demoId, canManage: true, host: { code: 'UDN-PO' } });
    expect(created.json().members.map((m: { role: string }) => m.role)).toEqual(['chair', 'secretary', 'member']);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id'])
      .where('entity', '=', 'committee')
      .where('entity_id', '=', created.json().id)
      .execute();
    expect(audit).toEqual([{ action: 'create', organisation_id: org['UDN-PO'] }]);
  });

  it('refuses an active committee without exactly one chair or without a secretary, in Thai and English, writing nothing', async () => {
    const before = await fingerprint(ctx.db);
    const twoChairs = committeeBody({
      members: [
        { organisationId: org['UDN-PO'], role: 'chair' },
        { organisationId: org['UDN-PAO'], role: 'chair' },
      ],
    });
    const en = await post(s.secretary, '/api/v1/committees', twoChairs, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual([
      { path: 'members', message: 'An active committee needs exactly one chair; this one would have 2' },
      { path: 'members', message: 'An active committee needs at least one secretary' },
    ]);
    const th = await post(s.secretary, '/api/v1/committees', twoChairs, 'th');
    expect(th.json().error.fields.map((f: { message: string }) => f.message)).toEqual([
      'คณะกรรมการที่ดำเนินงานอยู่ต้องมีประธานหนึ่งคนพอดี แต่ที่ระบุมามี 2 คน',
      'คณะกรรมการที่ดำเนินงานอยู่ต้องมีเลขานุการอย่างน้อยหนึ่งคน',
    ]);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('lets a committee being formed have no chair yet, but not become active without one', async () => {
    const forming = await post(
      s.secretary,
      '/api/v1/committees',
      committeeBody({ status: 'forming', members: [{ organisationId: org['UDN-PAO'], role: 'member' }] }),
    );
    expect(forming.statusCode).toBe(201);
    const id = forming.json().id;
    const activate = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/committees/${id}`,
      headers: inLang(s.secretary, 'en'),
      payload: { status: 'active' },
    });
    expect(activate.statusCode).toBe(400);
    expect(activate.json().error.message).toContain('members: An active committee needs exactly one chair; this one would have 0');
    expect((await ctx.db.selectFrom('committees').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('forming');
  });

  it('admits citizen members on a lay board only', async () => {
    const citizens = [
      { citizen: { name: 'นางสาวมาลี ดีงาม' }, role: 'chair' },
      { citizen: { name: 'Mr Somchai', contact: '081-000-0000' }, role: 'member' },
      { organisationId: org['UDN-CITY'], role: 'secretary' },
    ];
    const before = await fingerprint(ctx.db);
    const refused = await post(s.secretary, '/api/v1/committees', committeeBody({ members: citizens }), 'th');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toEqual({ path: 'members.0.citizen', message: 'เฉพาะคณะกรรมการภาคประชาชนเท่านั้นที่มีกรรมการที่เป็นประชาชนได้' });
    expect(await fingerprint(ctx.db)).toEqual(before);
    const board = await post(s.secretary, '/api/v1/committees', committeeBody({ kind: 'lay_board', hostOrganisationId: org['UDN-CITY'], members: citizens }));
    expect(board.statusCode).toBe(201);
    expect(board.json().members[0]).toMatchObject({ role: 'chair', organisation: null, citizen: { name: 'นางสาวมาลี ดีงาม', contact: null } });
  });

  it('refuses unknown organisations, duplicate seats and a parent that would make a cycle', async () => {
    const before = await fingerprint(ctx.db);
    const unknown = await post(
      s.secretary,
      '/api/v1/committees',
      committeeBody({
        members: [
          ...committeeBody().members,
          { organisationId: '00000000-0000-4000-8000-000000000001', role: 'member' },
          { organisationId: org['UDN-PAO'], role: 'member' },
        ],
      }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.map((f: { path: string; message: string }) => `${f.path}: ${f.message}`)).toEqual([
      'members.4.organisationId: This organisation already holds this role on the committee',
      'members.3.organisationId: does not exist',
    ]);
    const child = await post(s.secretary, '/api/v1/committees', committeeBody({ parentCommitteeId: demoId }));
    const cycle = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/committees/${demoId}`,
      headers: inLang(s.secretary, 'en'),
      payload: { parentCommitteeId: child.json().id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.fields[0].path).toBe('parentCommitteeId');
    const after = await fingerprint(ctx.db);
    expect(after.committees).not.toEqual(before.committees); // only the child was added
    expect(
      (await ctx.db.selectFrom('committees').select('parent_committee_id').where('id', '=', demoId).executeTakeFirstOrThrow()).parent_committee_id,
    ).toBeNull();
  });
});

describe('GET /committees and /committees/:id', () => {
  it('lists name, kind and host publicly, and filters by member organisation', async () => {
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/committees?kind=coordination_committee' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json().items[0]).toEqual({
      id: demoId,
      kind: 'coordination_committee',
      nameTh: 'คณะกรรมการประสานแผนพัฒนาจังหวัดอุดรธานี',
      nameEn: DEMO_COMMITTEE_EN,
      status: 'active',
      parentCommitteeId: null,
      host: { id: org['UDN-PO'], code: 'UDN-PO', nameTh: 'สำนักงานจังหวัดอุดรธานี', nameEn: 'Udon Thani Provincial Office' },
    });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/committees?limit=0' })).statusCode).toBe(400);
    const ddc = await ctx.app.inject({ method: 'GET', url: `/api/v1/committees?memberOrganisationId=${org.DDC}` });
    expect(
      ddc
        .json()
        .items.map((c: { nameEn: string }) => c.nameEn)
        .sort(),
    ).toEqual([DEMO_COMMITTEE_EN, 'Udon Thani Road Safety Working Group']);
  });

  it('shows members to a member organisation and to private.read over the host, not to others', async () => {
    const url = `/api/v1/committees/${demoId}`;
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/committees/not-a-uuid', headers: s.reporter.headers })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url, headers: s.viewer.headers })).statusCode).toBe(403);
    const reporter = await ctx.app.inject({ method: 'GET', url, headers: s.reporter.headers });
    expect(reporter.statusCode).toBe(200);
    expect(reporter.json().canManage).toBe(false);
    expect(reporter.json().members.map((m: { role: string; organisation: { code: string } }) => `${m.role}:${m.organisation.code}`)).toEqual([
      'chair:UDN-PO',
      'secretary:UDN-PO',
      'member:DDC',
      'member:UDN-MUEANG-DO',
      'member:UDN-CITY',
      'member:UDN-PAO',
    ]);
    expect((await ctx.app.inject({ method: 'GET', url, headers: s.planner.headers })).json().canManage).toBe(false);
    expect((await ctx.app.inject({ method: 'GET', url, headers: s.secretary.headers })).json().canManage).toBe(true);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/committees/00000000-0000-4000-8000-000000000001', headers: s.admin.headers })).statusCode).toBe(
      404,
    );
  });
});

describe('PATCH /committees/:id and PUT /committees/:id/members', () => {
  it('walks 401 → 400 → 403 → 200 and bumps the version', async () => {
    const url = `/api/v1/committees/${demoId}`;
    expect((await ctx.app.inject({ method: 'PATCH', url, payload: { nameEn: 'x' } })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'PATCH', url, headers: s.secretary.headers, payload: { nameEn: '' } })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'PATCH', url, headers: s.reporter.headers, payload: { nameEn: 'x' } })).statusCode).toBe(403);
    const current = (await ctx.app.inject({ method: 'GET', url, headers: s.secretary.headers })).json();
    const ok = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: s.secretary.headers,
      payload: { version: current.version, descriptionEn: 'Aligns plans.' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ descriptionEn: 'Aligns plans.', version: current.version + 1 });
    const stale = await ctx.app.inject({ method: 'PATCH', url, headers: s.secretary.headers, payload: { version: current.version, descriptionEn: 'again' } });
    expect(stale.statusCode).toBe(409);
  });

  it('replaces seats atomically, keeping a citizen seat by id, and refuses a board left without a chair', async () => {
    const board = await committeeIdByName(ctx.db, 'Udon Thani City Lay Board');
    const url = `/api/v1/committees/${board}/members`;
    const current = (await ctx.app.inject({ method: 'GET', url: `/api/v1/committees/${board}`, headers: s.secretary.headers })).json();
    const chairSeat = current.members.find((m: { role: string }) => m.role === 'chair');
    expect((await ctx.app.inject({ method: 'PUT', url, payload: { members: [] } })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'PUT', url, headers: s.secretary.headers, payload: { members: [{ role: 'boss' }] } })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'PUT', url, headers: s.reporter.headers, payload: { members: [] } })).statusCode).toBe(403);
    const before = await fingerprint(ctx.db);
    const noChair = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: inLang(s.secretary, 'en'),
      payload: { members: [{ organisationId: org['UDN-CITY'], role: 'secretary' }] },
    });
    expect(noChair.statusCode).toBe(400);
    expect(await fingerprint(ctx.db)).toEqual(before);
    const ok = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: s.secretary.headers,
      payload: {
        members: [
          { citizen: { id: chairSeat.id, name: chairSeat.citizen.name }, role: 'chair' },
          { organisationId: org['UDN-CITY'], role: 'secretary' },
          { citizen: { name: 'นายใหม่ มาแล้ว' }, role: 'member' },
        ],
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().members.map((m: { id: string; role: string }) => m.role)).toEqual(['chair', 'secretary', 'member']);
    expect(ok.json().members[0].id).toBe(chairSeat.id);
    // the left-out citizen seat is retired, not deleted
    const retired = await ctx.db
      .selectFrom('committee_members')
      .select('citizen_name')
      .where('committee_id', '=', board)
      .where('removed_at', 'is not', null)
      .execute();
    expect(retired.map((r) => r.citizen_name)).toEqual(['นายประยูร ทองคำ']);
  });
});
