import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type { Actor } from './actor.js';
import { type Permission, roleGrants } from './permissions.js';

/**
 * Authorisation by organisation scope, checked in the service layer: a role held in an
 * organisation reaches that organisation and everything below it in the line tree.
 */
export function reachesPath(actor: Actor, permission: Permission, organisationPath: string): boolean {
  if (actor.via === 'system') return true;
  return actor.memberships.some((m) => roleGrants(m.role, permission) && organisationPath.startsWith(m.organisationPath));
}

/** The subtree roots where `actor` holds `permission`, for filtering lists in SQL. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  if (actor.via === 'system') return ['/'];
  const roots = actor.memberships.filter((m) => roleGrants(m.role, permission)).map((m) => m.organisationPath);
  // drop roots already covered by a shorter one
  return roots.filter((p) => !roots.some((q) => q !== p && p.startsWith(q)));
}

export function hasAnyScope(actor: Actor, permission: Permission): boolean {
  return scopePaths(actor, permission).length > 0;
}

/** Throws 403 unless `actor` holds `permission` over `organisationId` (404 if it does not exist). */
export async function requireOrganisation(db: Db, actor: Actor, permission: Permission, organisationId: string): Promise<string> {
  const org = await db.selectFrom('organisations').select('path').where('id', '=', organisationId).executeTakeFirst();
  if (!org) throw new AppError('not_found');
  if (!reachesPath(actor, permission, org.path)) throw new AppError('forbidden');
  return org.path;
}

export function requireAnyScope(actor: Actor, permission: Permission): void {
  if (!hasAnyScope(actor, permission)) throw new AppError('forbidden');
}
