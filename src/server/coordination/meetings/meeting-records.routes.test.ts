import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../../test-support/test-app.js';
import { committeeIdByName, DEMO_COMMITTEE_EN, demoSessions, fingerprint, inLang } from '../coordination.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
let committeeId: string;
let approvedMeeting: string;
let org: Record<string, string>;

const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString();

beforeAll(async () => {
  s = await demoSessions(ctx);
  committeeId = await committeeIdByName(ctx.db, DEMO_COMMITTEE_EN);
  approvedMeeting = (
    await ctx.db.selectFrom('meetings').select('id').where('committee_id', '=', committeeId).where('minutes_status', '=', 'approved').executeTakeFirstOrThrow()
  ).id;
  org = {};
  for (const code of ['UDN-PO', 'UDN-PAO', 'UDN-CITY', 'KKN-PO', 'DDC']) org[code] = await ctx.orgId(code);
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, session: Session | null, payload?: unknown, lang: 'th' | 'en' = 'en') =>
  ctx.app.inject({ method, url, headers: session ? inLang(session, lang) : {}, ...(payload === undefined ? {} : { payload: payload as object }) });

/** A meeting recorded as held yesterday, minutes still in draft. */
async function heldMeeting(): Promise<string> {
  const response = await call('POST', `/api/v1/committees/${committeeId}/meetings`, s.secretary, {
    titleTh: 'ประชุม',
    titleEn: 'Meeting',
    startsAt: inDays(-1),
    status: 'held',
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

const NOWHERE = '11111111-1111-4111-8111-111111111111';
let PLAN: string;
let PAIR: string;

beforeAll(async () => {
  // a public plan and one of the demo's Udon Thani overlap pairs: what a secretary would link
  PLAN = (await ctx.db.selectFrom('plans').select('id').where('status', '=', 'active').orderBy('id').executeTakeFirstOrThrow()).id;
  PAIR = (await ctx.db.selectFrom('overlap_pairs').select('id').orderBy('score', 'desc').executeTakeFirstOrThrow()).id;
});

describe('PUT /meetings/:id/agenda', () => {
  it('walks 401 → 400 → 403 → 200, keeps ids when reordering, and stores typed links', async () => {
    const id = await heldMeeting();
    const url = `/api/v1/meetings/${id}/agenda`;
    const items = [
      { titleTh: 'แผนจังหวัด', titleEn: 'Province plan', link: { kind: 'plan', id: PLAN } },
      { titleTh: 'โครงการซ้ำซ้อน', titleEn: 'Overlapping projects', link: { kind: 'overlap_pair', id: PAIR } },
    ];
    expect((await call('PUT', url, null, { items })).statusCode).toBe(401);
    expect((await call('PUT', url, s.secretary, { items: [{ titleTh: 'x', titleEn: 'x', link: { kind: 'budget', id: PLAN } }] })).statusCode).toBe(400);
    expect((await call('PUT', url, s.reporter, { items })).statusCode).toBe(403);
    const first = await call('PUT', url, s.secretary, { items });
    expect(first.statusCode).toBe(200);
    const [plan, pair] = first.json().agenda;
    expect(pair).toMatchObject({ position: 2, link: { kind: 'overlap_pair', id: PAIR } });
    const reordered = await call('PUT', url, s.secretary, {
      items: [
        { ...items[1], id: pair.id },
        { ...items[0], id: plan.id, link: null },
        { titleTh: 'อื่น ๆ', titleEn: 'Other business' },
      ],
    });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json().agenda.map((a: { id: string; position: number; link: unknown }) => [a.id === pair.id, a.position, a.link])).toEqual([
      [true, 1, { kind: 'overlap_pair', id: PAIR }],
      [false, 2, null],
      [false, 3, null],
    ]);
    const row = await ctx.db.selectFrom('agenda_items').select(['link_kind', 'overlap_pair_id']).where('id', '=', pair.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ link_kind: 'overlap_pair', overlap_pair_id: PAIR });
  });

  it('refuses links to nothing, naming the item, in Thai, writing nothing', async () => {
    const id = await heldMeeting();
    const before = await fingerprint(ctx.db);
    const refused = await call(
      'PUT',
      `/api/v1/meetings/${id}/agenda`,
      s.secretary,
      {
        items: [
          { titleTh: 'แผน', titleEn: 'Plan', link: { kind: 'plan', id: PLAN } },
          { titleTh: 'ไม่มีอยู่', titleEn: 'Missing', link: { kind: 'plan_element', id: NOWHERE } },
          { titleTh: 'คู่', titleEn: 'Pair', link: { kind: 'overlap_pair', id: PLAN } },
        ],
      },
      'th',
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      { path: 'items.1.link.id', message: 'ไม่พบแผน รายการในแผน หรือคู่ที่อาจซ้ำซ้อนที่ท่านมีสิทธิ์เข้าถึง' },
      { path: 'items.2.link.id', message: 'ไม่พบแผน รายการในแผน หรือคู่ที่อาจซ้ำซ้อนที่ท่านมีสิทธิ์เข้าถึง' },
    ]);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  // last of the agenda tests: it deletes the demo pair the others link to
  it('keeps the item, its kind and its title when the pair it names is deleted', async () => {
    const id = await heldMeeting();
    const pair = PAIR;
    const saved = await call('PUT', `/api/v1/meetings/${id}/agenda`, s.secretary, {
      items: [{ titleTh: 'คู่', titleEn: 'Pair', link: { kind: 'overlap_pair', id: pair } }],
    });
    expect(saved.statusCode).toBe(200);
    await ctx.db.deleteFrom('overlap_pairs').where('id', '=', pair).execute();
    const after = await call('GET', `/api/v1/meetings/${id}`, s.secretary);
    expect(after.json().agenda).toMatchObject([{ titleEn: 'Pair', link: { kind: 'overlap_pair', id: null } }]);
  });
});

describe('PUT /meetings/:id/attendance', () => {
  it('walks 401 → 400 → 403 → 200 and refuses non-members and proxies without a name', async () => {
    const id = await heldMeeting();
    const url = `/api/v1/meetings/${id}/attendance`;
    const entries = [
      { organisationId: org['UDN-PO'], status: 'present' },
      { organisationId: org['UDN-CITY'], status: 'proxy', proxyName: 'นางสาวแทน ให้' },
    ];
    expect((await call('PUT', url, null, { entries })).statusCode).toBe(401);
    expect((await call('PUT', url, s.secretary, { entries: [{ organisationId: org['UDN-PO'], status: 'late' }] })).statusCode).toBe(400);
    expect((await call('PUT', url, s.reporter, { entries })).statusCode).toBe(403);
    const before = await fingerprint(ctx.db);
    const refused = await call(
      'PUT',
      url,
      s.secretary,
      { entries: [...entries, { organisationId: org['KKN-PO'], status: 'present' }, { organisationId: org.DDC, status: 'proxy' }] },
      'th',
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      { path: 'entries.2.organisationId', message: 'ไม่ได้เป็นกรรมการในคณะกรรมการนี้' },
      { path: 'entries.3.proxyName', message: 'การมอบผู้แทนต้องระบุชื่อผู้เข้าประชุมแทน' },
    ]);
    expect(await fingerprint(ctx.db)).toEqual(before);
    const ok = await call('PUT', url, s.secretary, { entries });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().attendance).toHaveLength(2);
  });

  it('refuses to change attendance once the minutes are approved, writing nothing', async () => {
    const before = await fingerprint(ctx.db);
    for (const lang of ['en', 'th'] as const) {
      const response = await call(
        'PUT',
        `/api/v1/meetings/${approvedMeeting}/attendance`,
        s.secretary,
        { entries: [{ organisationId: org['UDN-PO'], status: 'absent' }] },
        lang,
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toBe(
        lang === 'en'
          ? 'The minutes are approved: attendance and minutes can no longer change'
          : 'รายงานการประชุมได้รับรองแล้ว ไม่สามารถแก้ไขการเข้าประชุมและรายงานการประชุมได้อีก',
      );
    }
    expect(await fingerprint(ctx.db)).toEqual(before);
  });
});

describe('minutes', () => {
  it('records minutes per agenda item on a held meeting, approves them, then freezes the record', async () => {
    const id = await heldMeeting();
    const agenda = (await call('PUT', `/api/v1/meetings/${id}/agenda`, s.secretary, { items: [{ titleTh: 'ก', titleEn: 'A' }] })).json().agenda;
    const url = `/api/v1/meetings/${id}/minutes`;
    const items = [{ agendaItemId: agenda[0].id, minutesTh: 'ที่ประชุมรับทราบ', minutesEn: 'Noted; see annex, item 2.' }];
    expect((await call('PUT', url, null, { items })).statusCode).toBe(401);
    expect((await call('PUT', url, s.secretary, { items: [{ agendaItemId: 'x' }] })).statusCode).toBe(400);
    expect((await call('PUT', url, s.planner, { items })).statusCode).toBe(403);
    const stranger = await call('PUT', url, s.secretary, { items: [{ agendaItemId: '33333333-3333-4333-8333-333333333333', minutesEn: 'x' }] });
    expect(stranger.json().error.fields).toEqual([{ path: 'items.0.agendaItemId', message: 'is not an item on this meeting’s agenda' }]);
    const ok = await call('PUT', url, s.secretary, { items });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().agenda[0]).toMatchObject({ minutesTh: 'ที่ประชุมรับทราบ', minutesEn: 'Noted; see annex, item 2.' });

    const approve = `/api/v1/meetings/${id}/minutes/approve`;
    expect((await call('POST', approve, null)).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/meetings/nope/minutes/approve', s.secretary)).statusCode).toBe(400);
    expect((await call('POST', approve, s.reporter)).statusCode).toBe(403);
    const approved = await call('POST', approve, s.secretary);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().minutesStatus).toBe('approved');
    const before = await fingerprint(ctx.db);
    expect((await call('PUT', url, s.secretary, { items })).statusCode).toBe(409);
    expect((await call('POST', approve, s.secretary)).statusCode).toBe(409);
    expect(await fingerprint(ctx.db)).toEqual(before);
  });

  it('refuses minutes for a meeting that has not been held', async () => {
    const scheduled = (
      await call('POST', `/api/v1/committees/${committeeId}/meetings`, s.secretary, { titleTh: 'ก', titleEn: 'A', startsAt: inDays(3) })
    ).json().id;
    const response = await call('POST', `/api/v1/meetings/${scheduled}/minutes/approve`, s.secretary, undefined, 'th');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe('บันทึกรายงานการประชุมได้เฉพาะการประชุมที่จัดไปแล้ว');
  });
});

describe('POST /meetings/:id/resolutions', () => {
  it('walks 401 → 400 → 403 → 201 and numbers resolutions per meeting', async () => {
    const id = await heldMeeting();
    const url = `/api/v1/meetings/${id}/resolutions`;
    const body = { textTh: 'เห็นชอบ', textEn: 'Endorsed', decision: 'approved' };
    expect((await call('POST', url, null, body)).statusCode).toBe(401);
    expect((await call('POST', url, s.secretary, { ...body, decision: 'maybe' })).statusCode).toBe(400);
    expect((await call('POST', url, s.reporter, body)).statusCode).toBe(403);
    const first = await call('POST', url, s.secretary, body);
    expect(first.statusCode).toBe(201);
    const second = await call('POST', url, s.secretary, { ...body, decision: 'noted' });
    expect([first.json().number, second.json().number]).toEqual([1, 2]);
    expect(second.json()).toMatchObject({ meetingId: id, decision: 'noted', actions: [] });
  });

  it('refuses resolutions on a cancelled meeting and on one not yet started, writing nothing', async () => {
    const future = (await call('POST', `/api/v1/committees/${committeeId}/meetings`, s.secretary, { titleTh: 'ก', titleEn: 'A', startsAt: inDays(3) })).json()
      .id;
    const body = { textTh: 'เห็นชอบ', textEn: 'Endorsed', decision: 'approved' };
    const before = await fingerprint(ctx.db);
    const early = await call('POST', `/api/v1/meetings/${future}/resolutions`, s.secretary, body);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Resolutions can be recorded only once the meeting has started');
    expect(await fingerprint(ctx.db)).toEqual(before);
    await call('POST', `/api/v1/meetings/${future}/status`, s.secretary, { status: 'cancelled' });
    const cancelledBefore = await fingerprint(ctx.db);
    for (const lang of ['en', 'th'] as const) {
      const refused = await call('POST', `/api/v1/meetings/${future}/resolutions`, s.secretary, body, lang);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toBe(
        lang === 'en' ? 'The meeting was cancelled: nothing can be recorded on it' : 'การประชุมนี้ถูกยกเลิกแล้ว ไม่สามารถบันทึกข้อมูลใดได้',
      );
    }
    expect((await call('PUT', `/api/v1/meetings/${future}/agenda`, s.secretary, { items: [] })).statusCode).toBe(409);
    expect(await fingerprint(ctx.db)).toEqual(cancelledBefore);
  });
});
