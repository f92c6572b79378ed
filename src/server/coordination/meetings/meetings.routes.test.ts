import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../../test-support/test-app.js';
import { committeeIdByName, DEMO_COMMITTEE_EN, demoSessions, fingerprint, inLang } from '../coordination.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
let committeeId: string;
let heldDemoMeeting: string;
let org: Record<string, string>;

const DAY = 86400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

beforeAll(async () => {
  s = await demoSessions(ctx);
  committeeId = await committeeIdByName(ctx.db, DEMO_COMMITTEE_EN);
  heldDemoMeeting = (
    await ctx.db.selectFrom('meetings').select('id').where('committee_id', '=', committeeId).where('status', '=', 'held').executeTakeFirstOrThrow()
  ).id;
  org = {};
  for (const code of ['UDN-PO', 'UDN-PAO', 'UDN-CITY', 'KKN-PO']) org[code] = await ctx.orgId(code);
});

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, session: Session | null, payload?: unknown, lang: 'th' | 'en' = 'en') =>
  ctx.app.inject({ method, url, headers: session ? inLang(session, lang) : {}, ...(payload === undefined ? {} : { payload: payload as object }) });

async function newMeeting(overrides: Record<string, unknown> = {}) {
  const response = await call('POST', `/api/v1/committees/${committeeId}/meetings`, s.secretary, {
    titleTh: 'ประชุมทดสอบ',
    titleEn: 'Test meeting',
    startsAt: inDays(10),
    place: 'Room 1',
    ...overrides,
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

describe('meetings of a committee', () => {
  it('POST walks 401 → 400 → 403 → 201', async () => {
    const url = `/api/v1/committees/${committeeId}/meetings`;
    const body = { titleTh: 'ประชุม', titleEn: 'Meeting', startsAt: inDays(5) };
    expect((await call('POST', url, null, body)).statusCode).toBe(401);
    expect((await call('POST', url, s.secretary, { ...body, startsAt: 'next tuesday' })).statusCode).toBe(400);
    expect((await call('POST', url, s.reporter, body)).statusCode).toBe(403);
    const created = await call('POST', url, s.secretary, { ...body, onlineUrl: 'https://meet.example.org/x' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'scheduled', minutesStatus: 'draft', agenda: [], resolutions: [], canManage: true });
    expect(new Date(created.json().endsAt).getTime() - new Date(created.json().startsAt).getTime()).toBe(2 * 3600_000);
  });

  it('refuses to schedule a meeting in the past, or to record a future one as held, writing nothing', async () => {
    const url = `/api/v1/committees/${committeeId}/meetings`;
    const before = await fingerprint(ctx.db);
    const en = await call('POST', url, s.secretary, { titleTh: 'ก', titleEn: 'a', startsAt: inDays(-1) }, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toBe('A meeting that starts in the past cannot be scheduled; record it as held instead');
    const th = await call('POST', url, s.secretary, { titleTh: 'ก', titleEn: 'a', startsAt: inDays(-1) }, 'th');
    expect(th.json().error.message).toBe('ไม่สามารถนัดประชุมในเวลาที่ผ่านมาแล้ว ให้บันทึกเป็นการประชุมที่จัดไปแล้วแทน');
    const held = await call('POST', url, s.secretary, { titleTh: 'ก', titleEn: 'a', startsAt: inDays(1), status: 'held' }, 'th');
    expect(held.statusCode).toBe(400);
    expect(held.json().error.message).toBe('ไม่สามารถบันทึกว่าประชุมแล้ว ก่อนถึงเวลาเริ่มประชุม');
    const backwards = await call('POST', url, s.secretary, { titleTh: 'ก', titleEn: 'a', startsAt: inDays(2), endsAt: inDays(1) });
    expect(backwards.json().error.fields).toEqual([{ path: 'endsAt', message: 'must be after the start' }]);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('GET lists meetings to members, newest first, and refuses outsiders', async () => {
    const url = `/api/v1/committees/${committeeId}/meetings`;
    expect((await call('GET', url, null)).statusCode).toBe(401);
    expect((await call('GET', `${url}?status=postponed`, s.reporter)).statusCode).toBe(400);
    expect((await call('GET', url, s.viewer)).statusCode).toBe(403);
    const held = await call('GET', `${url}?status=held`, s.reporter);
    expect(held.statusCode).toBe(200);
    expect(held.json().items.map((m: { id: string }) => m.id)).toContain(heldDemoMeeting);
  });

  it('GET /meetings/:id shows the demo meeting with agenda, attendance, resolutions and flagged actions', async () => {
    const url = `/api/v1/meetings/${heldDemoMeeting}`;
    expect((await call('GET', url, null)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/meetings/42', s.reporter)).statusCode).toBe(400);
    expect((await call('GET', url, s.viewer)).statusCode).toBe(403);
    const meeting = await call('GET', url, s.reporter);
    expect(meeting.statusCode).toBe(200);
    const body = meeting.json();
    expect(body).toMatchObject({ status: 'held', minutesStatus: 'approved', canManage: false });
    expect(body.agenda).toHaveLength(3);
    expect(body.attendance.find((a: { organisationId: string }) => a.organisationId === org['UDN-CITY'])).toMatchObject({
      status: 'proxy',
      proxyName: 'นายวิชัย ศรีสุข',
    });
    expect(body.resolutions.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    const actions = body.resolutions.flatMap((r: { actions: { status: string; overdue: boolean }[] }) => r.actions);
    expect(actions.map((a: { status: string; overdue: boolean }) => `${a.status}:${a.overdue}`).sort()).toEqual(['done:false', 'open:false', 'open:true']);
  });
});

describe('PATCH /meetings/:id and POST /meetings/:id/status', () => {
  it('reschedules a scheduled meeting, never into the past', async () => {
    const id = await newMeeting();
    const url = `/api/v1/meetings/${id}`;
    expect((await call('PATCH', url, null, { place: 'x' })).statusCode).toBe(401);
    expect((await call('PATCH', url, s.secretary, { place: 'x', colour: 'red' })).statusCode).toBe(400);
    expect((await call('PATCH', url, s.planner, { place: 'x' })).statusCode).toBe(403);
    const before = await fingerprint(ctx.db);
    const past = await call('PATCH', url, s.secretary, { startsAt: inDays(-3) });
    expect(past.statusCode).toBe(400);
    expect(await fingerprint(ctx.db)).toEqual(before);
    const moved = await call('PATCH', url, s.secretary, { startsAt: inDays(12), place: 'Room 2' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ place: 'Room 2', version: 2 });
    // the length is kept when only the start moves
    expect(new Date(moved.json().endsAt).getTime() - new Date(moved.json().startsAt).getTime()).toBe(2 * 3600_000);
  });

  it('refuses to mark a future meeting held; cancels it; then its status is final', async () => {
    const id = await newMeeting();
    const url = `/api/v1/meetings/${id}/status`;
    expect((await call('POST', url, null, { status: 'held' })).statusCode).toBe(401);
    expect((await call('POST', url, s.secretary, { status: 'scheduled' })).statusCode).toBe(400);
    expect((await call('POST', url, s.reporter, { status: 'held' })).statusCode).toBe(403);
    const before = await fingerprint(ctx.db);
    for (const lang of ['en', 'th'] as const) {
      const early = await call('POST', url, s.secretary, { status: 'held' }, lang);
      expect(early.statusCode).toBe(409);
      expect(early.json().error.message).toBe(lang === 'en' ? 'A meeting cannot be marked held before it starts' : 'ไม่สามารถบันทึกว่าประชุมแล้ว ก่อนถึงเวลาเริ่มประชุม');
    }
    expect(await fingerprint(ctx.db)).toEqual(before);
    expect((await call('POST', url, s.secretary, { status: 'cancelled' })).json().status).toBe('cancelled');
    const again = await call('POST', url, s.secretary, { status: 'held' }, 'th');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('การประชุมนี้จัดไปแล้วหรือยกเลิกแล้ว ไม่สามารถเปลี่ยนสถานะได้อีก');
    expect((await call('PATCH', `/api/v1/meetings/${id}`, s.secretary, { place: 'x' })).statusCode).toBe(409);
  });

  it('marks a meeting held once it has started', async () => {
    const id = await newMeeting({ startsAt: inDays(1) });
    // the meeting's time has come
    await ctx.db
      .updateTable('meetings')
      .set({ starts_at: new Date(Date.now() - 3600_000), ends_at: new Date(Date.now() + 3600_000) })
      .where('id', '=', id)
      .execute();
    const held = await call('POST', `/api/v1/meetings/${id}/status`, s.secretary, { status: 'held' });
    expect(held.statusCode).toBe(200);
    expect(held.json().status).toBe('held');
  });
});
