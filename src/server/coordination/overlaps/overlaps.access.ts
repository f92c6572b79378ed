/** Who may see and resolve a pair (issue 7): read needs private.read over one owner unless both plans are public. */
import { type SqlBool, sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { reachesPath, scopePaths } from '../../auth/policy.js';
import { likeEscape } from '../../http/list.js';
import { AppError } from '../../http/errors.js';
import { PUBLIC_STATUSES } from '../../plans/plans.tables.js';
import type { ProjectRow } from './overlaps.projects.js';

export function canReadPair(actor: Actor | null, a: ProjectRow, b: ProjectRow): boolean {
  if (PUBLIC_STATUSES.includes(a.plan_status) && PUBLIC_STATUSES.includes(b.plan_status)) return true;
  return !!actor && (reachesPath(actor, 'private.read', a.owner_path) || reachesPath(actor, 'private.read', b.owner_path));
}

export function requireReadablePair(actor: Actor | null, a: ProjectRow, b: ProjectRow): void {
  if (!canReadPair(actor, a, b)) throw new AppError(actor ? 'forbidden' : 'unauthenticated');
}

/** plan.edit over either owner, or committee.manage over either (a coordination committee's secretary). */
export function requireResolver(actor: Actor, a: ProjectRow, b: ProjectRow): void {
  const may = [a, b].some((p) => reachesPath(actor, 'plan.edit', p.owner_path) || reachesPath(actor, 'committee.manage', p.owner_path));
  if (!may) throw new AppError('forbidden', { messageKey: 'overlaps.not_resolver' });
}

/** SQL twin of canReadPair over aliases pa/oa and pb/ob. */
export function readablePairSql(actor: Actor | null) {
  const ors = [sql`(pa.status in (${sql.join(PUBLIC_STATUSES)}) and pb.status in (${sql.join(PUBLIC_STATUSES)}))`];
  for (const root of actor ? scopePaths(actor, 'private.read') : []) {
    ors.push(sql`oa.path like ${`${likeEscape(root)}%`} or ob.path like ${`${likeEscape(root)}%`}`);
  }
  return sql<SqlBool>`(${sql.join(ors, sql` or `)})`;
}
