import type { ActionStatus } from '../committees/committees.tables.js';

/** Injected wherever "now" decides a rule (overdue, past meetings), so tests can fix the time. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const bangkokDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today as 'YYYY-MM-DD' in Thailand: a due date is a Thai calendar day, so an action due on the
 * 15th becomes overdue at midnight Bangkok time (17:00 UTC), not at midnight UTC.
 */
export function bangkokToday(now: Date): string {
  return bangkokDay.format(now);
}

export const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

/** Open or in progress, and due before today. Due today is not yet overdue. */
export function isOverdue(status: ActionStatus, dueOn: string, today: string): boolean {
  return OPEN_STATUSES.includes(status) && dueOn < today;
}

/** open → in progress → done | cancelled; open may also close directly. Closed is final. */
export function transitionProblem(from: ActionStatus, to: ActionStatus): string | null {
  if (from === to) return null;
  if (from === 'done' || from === 'cancelled') return 'actions.closed';
  if (from === 'in_progress' && to === 'open') return 'actions.no_reopen';
  return null;
}
