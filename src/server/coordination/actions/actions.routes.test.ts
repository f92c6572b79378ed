import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../../test-support/test-app.js';
import { committeeIdByName, DEMO_COMMITTEE_EN, demoSessions, fingerprint, inLang } from '../coordination.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
let committeeId: string;
let org: Record<string, string>;
let resolutionId: string;
const action: Record<string, string> = {};

const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString();
const call = (method: 'GET' | 'POST' | 'PATCH', url: string, session: Session | null, payload?: unknown, lang: 'th' | 'en' = 'en') =>
  ctx.app.inject({ method, url, headers: session ? inLang(session, lang) : {}, ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  s = await demoSessions(ctx);
  committeeId = await committeeIdByName(ctx.db, DEMO_COMMITTEE_EN);
  org = {};
  for (const code of ['UDN-PO', 'UDN-PAO', 'UDN-CITY', 'KKN-PO', 'DDC', 'NESDC']) org[code] = await ctx.orgId(code);
  const rows = await ctx.db
    .selectFrom('action_items')
    .select(['id', 'assignee_organisation_id', 'resolution_id'])
    .where('committee_id', '=', committeeId)
    .execute();
  for (const code of ['UDN-PAO', 'UDN-CITY', 'DDC']) action[code] = rows.find((r) => r.assignee_organisation_id === org[code])!.id;
  resolutionId = rows[0].resolution_id;
});

describe('POST /resolutions/:id/actions', () => {
  it('walks 401 → 400 → 403 → 201', async () => {
    const url = `/api/v1/resolutions/${resolutionId}/actions`;
    const body = { assigneeOrganisationId: org['UDN-PAO'], titleTh: 'จัดทำรายงาน', titleEn: 'Prepare the report', dueOn: '2030-01-31' };
    expect((await call('POST', url, null, body)).statusCode).toBe(401);
    expect((await call('POST', url, s.secretary, { ...body, dueOn: '31/01/2030' })).statusCode).toBe(400);
    expect((await call('POST', url, s.reporter, body)).statusCode).toBe(403);
    const created = await call('POST', url, s.secretary, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'open',
      overdue: false,
      dueOn: '2030-01-31',
      assignee: { code: 'UDN-PAO' },
      committee: { id: committeeId },
      followUps: [],
    });
  });

  it('refuses an assignee outside the committee, in both languages, writing nothing', async () => {
    const url = `/api/v1/resolutions/${resolutionId}/actions`;
    const body = { assigneeOrganisationId: org['KKN-PO'], titleTh: 'ก', titleEn: 'a', dueOn: '2030-01-31' };
    const before = await fingerprint(ctx.db);
    const en = await call('POST', url, s.secretary, body, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error).toEqual({
      code: 'validation_failed',
      message: 'Actions can only be assigned to a member organisation of the committee',
      fields: [{ path: 'assigneeOrganisationId', message: 'is not a member of this committee' }],
    });
    const th = await call('POST', url, s.secretary, body, 'th');
    expect(th.json().error.message).toBe('มอบหมายงานได้เฉพาะหน่วยงานที่เป็นกรรมการในคณะกรรมการนี้');
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('refuses actions from a resolution of a meeting that was then cancelled', async () => {
    const meeting = (await call('POST', `/api/v1/committees/${committeeId}/meetings`, s.secretary, { titleTh: 'ก', titleEn: 'A', startsAt: inDays(2) })).json()
      .id;
    await ctx.db
      .updateTable('meetings')
      .set({ starts_at: new Date(Date.now() - 3600_000), ends_at: new Date(Date.now() + 3600_000) })
      .where('id', '=', meeting)
      .execute();
    const resolution = (await call('POST', `/api/v1/meetings/${meeting}/resolutions`, s.secretary, { textTh: 'ก', textEn: 'a', decision: 'approved' })).json()
      .id;
    expect((await call('POST', `/api/v1/meetings/${meeting}/status`, s.secretary, { status: 'cancelled' })).statusCode).toBe(200);
    const before = await fingerprint(ctx.db);
    const refused = await call('POST', `/api/v1/resolutions/${resolution}/actions`, s.secretary, {
      assigneeOrganisationId: org['UDN-PAO'],
      titleTh: 'ก',
      titleEn: 'a',
      dueOn: '2030-01-31',
    });
    expect(refused.statusCode).toBe(409);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });
});

describe('GET and PATCH /actions/:id', () => {
  it('shows an action to its assignee and the committee, not to outsiders', async () => {
    const url = `/api/v1/actions/${action['UDN-CITY']}`;
    expect((await call('GET', url, null)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/actions/abc', s.reporter)).statusCode).toBe(400);
    expect((await call('GET', url, s.viewer)).statusCode).toBe(403);
    const mine = await call('GET', url, s.reporter);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ canUpdate: true, canManage: false, status: 'open', assignee: { code: 'UDN-CITY' } });
    const done = await call('GET', `/api/v1/actions/${action.DDC}`, s.secretary);
    expect(done.json().followUps).toEqual([expect.objectContaining({ statusFrom: 'open', statusTo: 'done' })]);
  });

  it('lets the secretary change the due date or reassign within the committee only', async () => {
    const url = `/api/v1/actions/${action['UDN-PAO']}`;
    expect((await call('PATCH', url, null, { dueOn: '2030-02-01' })).statusCode).toBe(401);
    expect((await call('PATCH', url, s.secretary, { dueOn: 'soon' })).statusCode).toBe(400);
    expect((await call('PATCH', url, s.reporter, { dueOn: '2030-02-01' })).statusCode).toBe(403);
    const before = await fingerprint(ctx.db);
    const outsider = await call('PATCH', url, s.secretary, { assigneeOrganisationId: org.NESDC });
    expect(outsider.statusCode).toBe(400);
    expect(await fingerprint(ctx.db)).toEqual(before);
    const moved = await call('PATCH', url, s.secretary, { dueOn: '2030-02-01' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ dueOn: '2030-02-01', overdue: false, version: 2 });
  });
});

describe('POST /actions/:id/follow-ups', () => {
  it('moves an action open → in progress → done by its assignee; closed stays closed', async () => {
    const url = `/api/v1/actions/${action['UDN-CITY']}/follow-ups`;
    expect((await call('POST', url, null, { note: 'x' })).statusCode).toBe(401);
    expect((await call('POST', url, s.reporter, { note: '' })).statusCode).toBe(400);
    expect((await call('POST', url, s.viewer, { note: 'x' })).statusCode).toBe(403);
    // a reporter of the municipality cannot report for the PAO
    expect((await call('POST', `/api/v1/actions/${action['UDN-PAO']}/follow-ups`, s.reporter, { note: 'x' })).statusCode).toBe(403);
    const started = await call('POST', url, s.reporter, { note: 'ร่างแผนรณรงค์แล้ว 50%', status: 'in_progress', notedOn: '2026-11-20' });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({
      status: 'in_progress',
      followUps: [{ notedOn: '2026-11-20', statusFrom: 'open', statusTo: 'in_progress', note: 'ร่างแผนรณรงค์แล้ว 50%' }],
    });
    const before = await fingerprint(ctx.db);
    const back = await call('POST', url, s.reporter, { note: 'oops', status: 'open' }, 'th');
    expect(back.statusCode).toBe(409);
    expect(back.json().error.message).toBe('งานที่กำลังดำเนินการไม่สามารถย้อนกลับเป็นยังไม่เริ่มได้');
    expect(await fingerprint(ctx.db)).toEqual(before);
    const done = await call('POST', url, s.reporter, { note: 'ส่งแผนแล้ว', status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', overdue: false });
    expect(done.json().closedAt).not.toBeNull();
    const closedBefore = await fingerprint(ctx.db);
    for (const lang of ['en', 'th'] as const) {
      const reopen = await call('POST', url, s.secretary, { note: 'x', status: 'cancelled' }, lang);
      expect(reopen.statusCode).toBe(409);
      expect(reopen.json().error.message).toBe(
        lang === 'en' ? 'This action is done or cancelled; its status can no longer change' : 'งานนี้เสร็จสิ้นหรือยกเลิกแล้ว ไม่สามารถเปลี่ยนสถานะได้อีก',
      );
    }
    expect(await fingerprint(ctx.db)).toEqual(closedBefore);
  });
});
