import { type ExpressionBuilder, sql } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import { reachesPath, scopePaths } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/tables.js';
import { AppError } from '../../http/errors.js';
import { likeEscape } from '../../http/list.js';
import type { CommitteeKind, CommitteeStatus } from './committees.tables.js';

/** The facts every permission check on a committee (and on its meetings and actions) needs. */
export interface CommitteeRef {
  id: string;
  kind: CommitteeKind;
  status: CommitteeStatus;
  hostOrganisationId: string;
  hostPath: string;
}

export async function loadCommittee(db: Db, committeeId: string): Promise<CommitteeRef> {
  const row = await db
    .selectFrom('committees as c')
    .innerJoin('organisations as h', 'h.id', 'c.host_organisation_id')
    .select(['c.id', 'c.kind', 'c.status', 'c.host_organisation_id', 'h.path'])
    .where('c.id', '=', committeeId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return { id: row.id, kind: row.kind, status: row.status, hostOrganisationId: row.host_organisation_id, hostPath: row.path };
}

/** committee.manage over the host organisation: edit the committee and run its meetings. */
export function canManage(actor: Actor, committee: CommitteeRef): boolean {
  return reachesPath(actor, 'committee.manage', committee.hostPath);
}

export function requireManage(actor: Actor, committee: CommitteeRef): void {
  if (!canManage(actor, committee)) throw new AppError('forbidden');
}

/** Organisations the actor holds any role in (exactly those, not their subtrees). */
export const actorOrganisationIds = (actor: Actor) => [...new Set(actor.memberships.map((m) => m.organisationId))];

/**
 * Reading a committee's members, meetings and actions: its manager, anyone with private.read
 * over the host, or anyone whose own organisation holds a seat on it.
 */
export async function canRead(db: Db, actor: Actor, committee: CommitteeRef): Promise<boolean> {
  if (canManage(actor, committee) || reachesPath(actor, 'private.read', committee.hostPath)) return true;
  const orgIds = actorOrganisationIds(actor);
  if (orgIds.length === 0) return false;
  const seat = await db
    .selectFrom('committee_members')
    .select('id')
    .where('committee_id', '=', committee.id)
    .where('removed_at', 'is', null)
    .where('organisation_id', 'in', orgIds)
    .executeTakeFirst();
  return !!seat;
}

export async function requireRead(db: Db, actor: Actor, committee: CommitteeRef): Promise<void> {
  if (!(await canRead(db, actor, committee))) throw new AppError('forbidden');
}

/**
 * The same rule as `canRead`, as SQL over a query that has `committees as c` joined to
 * `organisations as h` (the host), for lists and the network view.
 */
export function readableCommittee(actor: Actor) {
  const roots = [...new Set([...scopePaths(actor, 'private.read'), ...scopePaths(actor, 'committee.manage')])];
  const orgIds = actorOrganisationIds(actor);
  return (eb: ExpressionBuilder<DB & { c: DB['committees']; h: DB['organisations'] }, 'c' | 'h'>) => {
    const conditions = roots.map((root) => eb('h.path', 'like', `${likeEscape(root)}%`));
    if (orgIds.length > 0) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('committee_members as rm')
            .select('rm.id')
            .whereRef('rm.committee_id', '=', 'c.id')
            .where('rm.removed_at', 'is', null)
            .where('rm.organisation_id', 'in', orgIds),
        ),
      );
    }
    return conditions.length > 0 ? eb.or(conditions) : sql<boolean>`false`;
  };
}
