import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import type { Clock } from '../actions/overdue.js';
import { loadCommittee, requireRead } from '../committees/committees.access.js';
import { writeCalendar } from '../../../shared/ics.js';

const STATUS = { scheduled: 'CONFIRMED', held: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

/**
 * A committee's meetings as an iCalendar feed, titles in one language. A meeting's UID never
 * changes, and SEQUENCE follows its version, so a subscribed calendar updates it in place.
 */
export async function committeeCalendar(db: Db, clock: Clock, actor: Actor, committeeId: string, lang: 'th' | 'en'): Promise<string> {
  const committee = await loadCommittee(db, committeeId);
  await requireRead(db, actor, committee);
  const names = await db.selectFrom('committees').select(['name_th', 'name_en']).where('id', '=', committeeId).executeTakeFirstOrThrow();
  const committeeName = lang === 'th' ? names.name_th : names.name_en;
  const meetings = await db.selectFrom('meetings').selectAll().where('committee_id', '=', committeeId).orderBy('starts_at').orderBy('id').execute();
  return writeCalendar({
    prodId: '-//Prasan//Committee meetings//EN',
    name: committeeName,
    now: clock(),
    events: meetings.map((m) => ({
      uid: `meeting-${m.id}@prasan`,
      start: m.starts_at,
      end: m.ends_at,
      summary: lang === 'th' ? m.title_th : m.title_en,
      location: m.place ?? m.online_url,
      description: committeeName,
      url: m.online_url,
      status: STATUS[m.status],
      sequence: m.version - 1,
      lastModified: m.updated_at,
    })),
  });
}
