import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError, type FieldProblem } from '../../http/errors.js';
import type { Clock } from '../actions/overdue.js';
import { requireManage } from '../committees/committees.access.js';
import { agendaLinkProblems } from './agenda-links.js';
import type { AgendaBody, AttendanceBody, MinutesBody, ResolutionBody } from './meetings.schema.js';
import { currentSeats, loadMeeting, type MeetingRow } from './meetings.queries.js';

const invalid = (fields: FieldProblem[]) => new AppError('validation_failed', { fields });
const refuse = (messageKey: string) => new AppError('conflict', { messageKey });

/** Nothing is recorded on a cancelled meeting, and approved minutes freeze the record. */
function requireOpenRecord(meeting: MeetingRow): void {
  if (meeting.status === 'cancelled') throw refuse('meetings.cancelled');
  if (meeting.minutes_status === 'approved') throw refuse('meetings.minutes_approved');
}

async function agendaIds(db: Db, meetingId: string): Promise<Set<string>> {
  return new Set((await db.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).execute()).map((r) => r.id));
}

/** What the secretary records around a meeting: agenda, attendance, minutes and resolutions. */
export function createMeetingRecordsService(db: Db, clock: Clock) {
  async function prepare(actor: Actor, meetingId: string) {
    const loaded = await loadMeeting(db, meetingId);
    requireManage(actor, loaded.committee);
    return loaded;
  }

  return {
    /** Replaces the ordered agenda: listed ids are kept (and reordered), new items added, others removed. */
    async replaceAgenda(actor: Actor, meetingId: string, input: AgendaBody): Promise<void> {
      const { meeting, committee } = await prepare(actor, meetingId);
      requireOpenRecord(meeting);
      const existing = await agendaIds(db, meetingId);
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      input.items.forEach((item, i) => {
        if (!item.id) return;
        if (!existing.has(item.id)) problems.push({ path: `items.${i}.id`, key: 'meetings.not_on_agenda' });
        if (seen.has(item.id)) problems.push({ path: `items.${i}.id`, key: 'meetings.duplicate_entry' });
        seen.add(item.id);
      });
      problems.push(...(await agendaLinkProblems(db, actor, input.items)));
      if (problems.length > 0) throw invalid(problems);
      await db.transaction().execute(async (trx) => {
        const removed = [...existing].filter((id) => !seen.has(id));
        if (removed.length > 0) await trx.deleteFrom('agenda_items').where('id', 'in', removed).execute();
        // move kept items out of the way of the unique (meeting, position) before renumbering
        await trx
          .updateTable('agenda_items')
          .set((eb) => ({ position: eb('position', '+', 100_000) }))
          .where('meeting_id', '=', meetingId)
          .execute();
        for (const [i, item] of input.items.entries()) {
          const link = item.link ?? null;
          const values = {
            position: i + 1,
            title_th: item.titleTh,
            title_en: item.titleEn,
            link_kind: link?.kind ?? 'none',
            plan_id: link?.kind === 'plan' ? link.id : null,
            plan_element_id: link?.kind === 'plan_element' ? link.id : null,
            overlap_pair_id: link?.kind === 'overlap_pair' ? link.id : null,
          } as const;
          if (item.id) await trx.updateTable('agenda_items').set(values).where('id', '=', item.id).execute();
          else
            await trx
              .insertInto('agenda_items')
              .values({ meeting_id: meetingId, ...values })
              .execute();
        }
        await recordAudit(trx, actor, {
          entity: 'meeting',
          entityId: meetingId,
          action: 'replace_agenda',
          organisationId: committee.hostOrganisationId,
          after: input,
        });
      });
    },

    /** Replaces the attendance list; every attendee must hold a current seat. */
    async replaceAttendance(actor: Actor, meetingId: string, input: AttendanceBody): Promise<void> {
      const { meeting, committee } = await prepare(actor, meetingId);
      requireOpenRecord(meeting);
      const seats = await currentSeats(db, committee.id);
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      input.entries.forEach((e, i) => {
        const path = `entries.${i}`;
        const key = e.organisationId ?? e.citizenMemberId;
        if ((e.organisationId === undefined) === (e.citizenMemberId === undefined)) problems.push({ path, key: 'validation.invalid' });
        else if (e.organisationId && !seats.organisations.has(e.organisationId))
          problems.push({ path: `${path}.organisationId`, key: 'meetings.not_a_member' });
        else if (e.citizenMemberId && !seats.citizens.has(e.citizenMemberId)) problems.push({ path: `${path}.citizenMemberId`, key: 'meetings.not_a_member' });
        if (key && seen.has(key)) problems.push({ path, key: 'meetings.duplicate_entry' });
        if (key) seen.add(key);
        if (e.status === 'proxy' && !e.proxyName) problems.push({ path: `${path}.proxyName`, key: 'meetings.proxy_name_required' });
      });
      if (problems.length > 0) throw invalid(problems);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
        if (input.entries.length > 0) {
          await trx
            .insertInto('meeting_attendance')
            .values(
              input.entries.map((e) => ({
                meeting_id: meetingId,
                organisation_id: e.organisationId ?? null,
                citizen_member_id: e.citizenMemberId ?? null,
                status: e.status,
                proxy_name: e.status === 'proxy' ? e.proxyName! : null,
              })),
            )
            .execute();
        }
        await recordAudit(trx, actor, {
          entity: 'meeting',
          entityId: meetingId,
          action: 'replace_attendance',
          organisationId: committee.hostOrganisationId,
          after: input,
        });
      });
    },

    /** Minutes per agenda item, for a meeting that has been held and whose minutes are not yet approved. */
    async recordMinutes(actor: Actor, meetingId: string, input: MinutesBody): Promise<void> {
      const { meeting, committee } = await prepare(actor, meetingId);
      requireOpenRecord(meeting);
      if (meeting.status !== 'held') throw refuse('meetings.not_held');
      const existing = await agendaIds(db, meetingId);
      const problems = input.items.flatMap((item, i) =>
        existing.has(item.agendaItemId) ? [] : [{ path: `items.${i}.agendaItemId`, key: 'meetings.not_on_agenda' }],
      );
      if (problems.length > 0) throw invalid(problems);
      await db.transaction().execute(async (trx) => {
        for (const item of input.items) {
          const set: { minutes_th?: string | null; minutes_en?: string | null } = {};
          if (item.minutesTh !== undefined) set.minutes_th = item.minutesTh;
          if (item.minutesEn !== undefined) set.minutes_en = item.minutesEn;
          if (Object.keys(set).length > 0) await trx.updateTable('agenda_items').set(set).where('id', '=', item.agendaItemId).execute();
        }
        await recordAudit(trx, actor, {
          entity: 'meeting',
          entityId: meetingId,
          action: 'record_minutes',
          organisationId: committee.hostOrganisationId,
          after: input,
        });
      });
    },

    /** Approving the minutes freezes attendance, minutes and resolutions of the meeting. */
    async approveMinutes(actor: Actor, meetingId: string): Promise<void> {
      const { meeting, committee } = await prepare(actor, meetingId);
      requireOpenRecord(meeting);
      if (meeting.status !== 'held') throw refuse('meetings.not_held');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('meetings')
          .set({ minutes_status: 'approved', minutes_approved_at: clock(), version: meeting.version + 1, updated_at: new Date() })
          .where('id', '=', meetingId)
          .execute();
        await recordAudit(trx, actor, { entity: 'meeting', entityId: meetingId, action: 'approve_minutes', organisationId: committee.hostOrganisationId });
      });
    },

    /** A numbered resolution (1, 2, … per meeting) on a meeting that has started and was not cancelled. */
    async addResolution(actor: Actor, meetingId: string, input: ResolutionBody): Promise<string> {
      const { meeting, committee } = await prepare(actor, meetingId);
      requireOpenRecord(meeting);
      if (meeting.starts_at > clock()) throw refuse('meetings.not_started');
      if (input.agendaItemId && !(await agendaIds(db, meetingId)).has(input.agendaItemId))
        throw invalid([{ path: 'agendaItemId', key: 'meetings.not_on_agenda' }]);
      return db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('resolutions')
          .select((eb) => eb.fn.max('number').as('n'))
          .where('meeting_id', '=', meetingId)
          .executeTakeFirst();
        const row = await trx
          .insertInto('resolutions')
          .values({
            meeting_id: meetingId,
            number: Number(last?.n ?? 0) + 1,
            agenda_item_id: input.agendaItemId ?? null,
            text_th: input.textTh,
            text_en: input.textEn,
            decision: input.decision,
          })
          .returning(['id', 'number'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          entity: 'resolution',
          entityId: row.id,
          action: 'create',
          organisationId: committee.hostOrganisationId,
          after: { meetingId, number: row.number, ...input },
        });
        return row.id;
      });
    },
  };
}

export type MeetingRecordsService = ReturnType<typeof createMeetingRecordsService>;
