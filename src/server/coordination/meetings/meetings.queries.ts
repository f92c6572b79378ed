import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { type CommitteeRef, loadCommittee } from '../committees/committees.access.js';
import type { MeetingSummary } from './meetings.schema.js';

export async function loadMeeting(db: Db, meetingId: string) {
  const meeting = await db.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) throw new AppError('not_found');
  const committee: CommitteeRef = await loadCommittee(db, meeting.committee_id);
  return { meeting, committee };
}

export type MeetingRow = Awaited<ReturnType<typeof loadMeeting>>['meeting'];

export const toMeetingSummary = (m: MeetingRow): MeetingSummary => ({
  id: m.id,
  committeeId: m.committee_id,
  titleTh: m.title_th,
  titleEn: m.title_en,
  startsAt: m.starts_at.toISOString(),
  endsAt: m.ends_at.toISOString(),
  place: m.place,
  onlineUrl: m.online_url,
  status: m.status,
  minutesStatus: m.minutes_status,
  minutesApprovedAt: m.minutes_approved_at?.toISOString() ?? null,
  version: m.version,
});

/** Current member organisations and citizen seats of a committee, for attendance. */
export async function currentSeats(db: Db, committeeId: string) {
  const rows = await db
    .selectFrom('committee_members')
    .select(['id', 'organisation_id', 'citizen_name'])
    .where('committee_id', '=', committeeId)
    .where('removed_at', 'is', null)
    .execute();
  return {
    organisations: new Set(rows.flatMap((r) => (r.organisation_id ? [r.organisation_id] : []))),
    citizens: new Set(rows.flatMap((r) => (r.citizen_name !== null ? [r.id] : []))),
  };
}
