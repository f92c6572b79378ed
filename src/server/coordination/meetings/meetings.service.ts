import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import { actionsByResolution } from '../actions/actions.queries.js';
import { bangkokToday, type Clock } from '../actions/overdue.js';
import { canManage, loadCommittee, requireManage, requireRead } from '../committees/committees.access.js';
import type { CreateMeetingBody, MeetingSummary, MeetingView, UpdateMeetingBody } from './meetings.schema.js';
import { loadMeeting, toMeetingSummary } from './meetings.queries.js';

const DEFAULT_LENGTH_MS = 2 * 3600_000;

function endOf(startsAt: Date, endsAt: string | undefined): Date {
  const end = endsAt ? new Date(endsAt) : new Date(startsAt.getTime() + DEFAULT_LENGTH_MS);
  if (end <= startsAt) throw fieldError('endsAt', 'meetings.ends_before_start');
  return end;
}

export function createMeetingsService(db: Db, clock: Clock) {
  async function view(actor: Actor, meetingId: string): Promise<MeetingView> {
    const { meeting, committee } = await loadMeeting(db, meetingId);
    await requireRead(db, actor, committee);
    const names = await db.selectFrom('committees').select(['name_th', 'name_en']).where('id', '=', committee.id).executeTakeFirstOrThrow();
    const agenda = await db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', meetingId).orderBy('position').execute();
    const attendance = await db
      .selectFrom('meeting_attendance as a')
      .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
      .leftJoin('committee_members as cm', 'cm.id', 'a.citizen_member_id')
      .select(['a.organisation_id', 'a.citizen_member_id', 'a.status', 'a.proxy_name', 'o.name_th', 'o.name_en', 'cm.citizen_name'])
      .where('a.meeting_id', '=', meetingId)
      .orderBy('o.name_en')
      .orderBy('cm.citizen_name')
      .execute();
    const resolutions = await db.selectFrom('resolutions').selectAll().where('meeting_id', '=', meetingId).orderBy('number').execute();
    const actions = await actionsByResolution(
      db,
      resolutions.map((r) => r.id),
      bangkokToday(clock()),
    );
    return {
      ...toMeetingSummary(meeting),
      committee: { id: committee.id, nameTh: names.name_th, nameEn: names.name_en },
      canManage: canManage(actor, committee),
      agenda: agenda.map((a) => ({
        id: a.id,
        position: a.position,
        titleTh: a.title_th,
        titleEn: a.title_en,
        link: a.link_kind === 'none' ? null : { kind: a.link_kind, id: a.plan_id ?? a.plan_element_id ?? a.overlap_pair_id },
        minutesTh: a.minutes_th,
        minutesEn: a.minutes_en,
      })),
      attendance: attendance.map((a) => ({
        organisationId: a.organisation_id,
        citizenMemberId: a.citizen_member_id,
        // a citizen's name is the same in both languages
        nameTh: a.name_th ?? a.citizen_name ?? '',
        nameEn: a.name_en ?? a.citizen_name ?? '',
        status: a.status,
        proxyName: a.proxy_name,
      })),
      resolutions: resolutions.map((r) => ({
        id: r.id,
        meetingId: r.meeting_id,
        number: r.number,
        agendaItemId: r.agenda_item_id,
        textTh: r.text_th,
        textEn: r.text_en,
        decision: r.decision,
        actions: actions.get(r.id) ?? [],
      })),
    };
  }

  return {
    getMeeting: view,

    async listMeetings(actor: Actor, committeeId: string, query: { limit: number; offset: number; status?: MeetingSummary['status'] }) {
      const committee = await loadCommittee(db, committeeId);
      await requireRead(db, actor, committee);
      let base = db.selectFrom('meetings').where('committee_id', '=', committeeId);
      if (query.status) base = base.where('status', '=', query.status);
      const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy('starts_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute();
      return { items: rows.map(toMeetingSummary), total: Number(total.n) };
    },

    /** Schedules a future meeting, or records one already held; never a past meeting as upcoming. */
    async createMeeting(actor: Actor, committeeId: string, input: CreateMeetingBody): Promise<MeetingView> {
      const committee = await loadCommittee(db, committeeId);
      requireManage(actor, committee);
      if (committee.status === 'dissolved') throw new AppError('conflict', { messageKey: 'committees.dissolved' });
      const status = input.status ?? 'scheduled';
      const startsAt = new Date(input.startsAt);
      const now = clock();
      if (status === 'scheduled' && startsAt <= now)
        throw new AppError('validation_failed', { messageKey: 'meetings.past_scheduled', fields: [{ path: 'startsAt', key: 'meetings.past_scheduled' }] });
      if (status === 'held' && startsAt > now)
        throw new AppError('validation_failed', { messageKey: 'meetings.held_in_future', fields: [{ path: 'startsAt', key: 'meetings.held_in_future' }] });
      const endsAt = endOf(startsAt, input.endsAt);
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('meetings')
          .values({
            committee_id: committeeId,
            title_th: input.titleTh,
            title_en: input.titleEn,
            starts_at: startsAt,
            ends_at: endsAt,
            place: input.place ?? null,
            online_url: input.onlineUrl ?? null,
            status,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          entity: 'meeting',
          entityId: row.id,
          action: 'create',
          organisationId: committee.hostOrganisationId,
          after: { committeeId, ...input, status },
        });
        return row.id;
      });
      return view(actor, id);
    },

    /** Renames or reschedules a meeting that has not happened yet. */
    async updateMeeting(actor: Actor, meetingId: string, changes: UpdateMeetingBody): Promise<MeetingView> {
      const { meeting, committee } = await loadMeeting(db, meetingId);
      requireManage(actor, committee);
      if (changes.version !== undefined && changes.version !== meeting.version) throw new AppError('stale_version');
      if (meeting.status !== 'scheduled') throw new AppError('conflict', { messageKey: 'meetings.not_editable' });
      const startsAt = changes.startsAt ? new Date(changes.startsAt) : meeting.starts_at;
      if (changes.startsAt && startsAt <= clock())
        throw new AppError('validation_failed', { messageKey: 'meetings.past_scheduled', fields: [{ path: 'startsAt', key: 'meetings.past_scheduled' }] });
      const keepLength = new Date(startsAt.getTime() + (meeting.ends_at.getTime() - meeting.starts_at.getTime())).toISOString();
      const endsAt = endOf(startsAt, changes.endsAt ?? keepLength);
      await db.transaction().execute(async (trx) => {
        const after = {
          title_th: changes.titleTh ?? meeting.title_th,
          title_en: changes.titleEn ?? meeting.title_en,
          starts_at: startsAt,
          ends_at: endsAt,
          place: changes.place === undefined ? meeting.place : changes.place,
          online_url: changes.onlineUrl === undefined ? meeting.online_url : changes.onlineUrl,
        };
        const updated = await trx
          .updateTable('meetings')
          .set({ ...after, version: meeting.version + 1, updated_at: new Date() })
          .where('id', '=', meetingId)
          .where('version', '=', meeting.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'meeting',
          entityId: meetingId,
          action: 'update',
          organisationId: committee.hostOrganisationId,
          before: meeting,
          after,
        });
      });
      return view(actor, meetingId);
    },

    /** scheduled → held (once it has started) | cancelled. */
    async setStatus(actor: Actor, meetingId: string, status: 'held' | 'cancelled'): Promise<MeetingView> {
      const { meeting, committee } = await loadMeeting(db, meetingId);
      requireManage(actor, committee);
      if (meeting.status !== 'scheduled') throw new AppError('conflict', { messageKey: 'meetings.status_final' });
      if (status === 'held' && meeting.starts_at > clock()) throw new AppError('conflict', { messageKey: 'meetings.held_in_future' });
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('meetings')
          .set({ status, version: meeting.version + 1, updated_at: new Date() })
          .where('id', '=', meetingId)
          .where('status', '=', 'scheduled')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'meeting',
          entityId: meetingId,
          action: `status_${status}`,
          organisationId: committee.hostOrganisationId,
          before: { status: meeting.status },
          after: { status },
        });
      });
      return view(actor, meetingId);
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
