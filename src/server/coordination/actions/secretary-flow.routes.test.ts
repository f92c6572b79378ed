import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';
import { demoSessions } from '../coordination.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;

beforeAll(async () => {
  s = await demoSessions(ctx);
});

describe('a secretary runs a meeting to an action in the assignee’s inbox', () => {
  it('committee → meeting → agenda → attendance → resolution → action → inbox → follow-up', async () => {
    const [po, mueang, sao] = await Promise.all(['UDN-PO', 'UDN-MUEANG-DO', 'UDN-NONGNAKHAM-SAO'].map((c) => ctx.orgId(c)));
    const send = async (method: 'POST' | 'PUT', url: string, payload: object, expected = 200) => {
      const response = await ctx.app.inject({ method, url: `/api/v1${url}`, headers: s.secretary.headers, payload });
      expect(response.statusCode, response.body).toBe(expected);
      return response.json();
    };
    const committee = await send(
      'POST',
      '/committees',
      {
        kind: 'district_integrated_committee',
        nameTh: 'คณะกรรมการบริหารงานแบบบูรณาการอำเภอเมืองอุดรธานี (กบอ.)',
        nameEn: 'Mueang Udon Thani Integrated District Administration Committee',
        hostOrganisationId: mueang,
        members: [
          { organisationId: mueang, role: 'chair' },
          { organisationId: sao, role: 'member' },
          { organisationId: po, role: 'member' },
          { organisationId: mueang, role: 'secretary' },
        ],
      },
      201,
    );
    // recorded as held an hour ago
    const meeting = await send(
      'POST',
      `/committees/${committee.id}/meetings`,
      { titleTh: 'ประชุม กบอ. ครั้งที่ 1', titleEn: 'District committee, meeting 1', startsAt: new Date(Date.now() - 3600_000).toISOString(), status: 'held' },
      201,
    );
    const agenda = (await send('PUT', `/meetings/${meeting.id}/agenda`, { items: [{ titleTh: 'น้ำท่วมหนองนาคำ', titleEn: 'Nong Na Kham flooding' }] })).agenda;
    await send('PUT', `/meetings/${meeting.id}/attendance`, {
      entries: [
        { organisationId: mueang, status: 'present' },
        { organisationId: sao, status: 'present' },
      ],
    });
    const resolution = await send(
      'POST',
      `/meetings/${meeting.id}/resolutions`,
      { agendaItemId: agenda[0].id, textTh: 'ให้ อบต. สำรวจพื้นที่น้ำท่วม', textEn: 'The SAO is to survey the flooded area', decision: 'approved' },
      201,
    );
    const action = await send(
      'POST',
      `/resolutions/${resolution.id}/actions`,
      { assigneeOrganisationId: sao, titleTh: 'สำรวจพื้นที่น้ำท่วม', titleEn: 'Survey the flooded area', dueOn: '2099-01-31' },
      201,
    );

    // the secretary's reach covers the SAO (below UDN-PO): it is in their inbox
    const inbox = await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox', headers: s.secretary.headers });
    expect(inbox.json().items.map((a: { id: string }) => a.id)).toContain(action.id);
    // the municipality's reporter is not the assignee
    const reporterInbox = await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox', headers: s.reporter.headers });
    expect(reporterInbox.json().items.map((a: { id: string }) => a.id)).not.toContain(action.id);

    const done = await send('POST', `/actions/${action.id}/follow-ups`, { note: 'สำรวจแล้ว', status: 'done' }, 201);
    expect(done.status).toBe('done');
    const after = await ctx.app.inject({ method: 'GET', url: '/api/v1/actions/inbox', headers: s.secretary.headers });
    expect(after.json().items.map((a: { id: string }) => a.id)).not.toContain(action.id);
    const trail = await ctx.db
      .selectFrom('audit_log')
      .select('entity')
      .where('entity_id', 'in', [committee.id, meeting.id, resolution.id, action.id])
      .execute();
    expect(trail.length).toBe(7);
  });
});
