import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { Actor } from '../auth/actor.js';
import type { Permission } from '../auth/permissions.js';
import { reachesPath, scopePaths } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import type { DB } from '../db/tables.js';
import { AppError } from '../http/errors.js';
import { likeEscape } from '../http/list.js';
import type { AgreementsTable, AgreementStatus } from './agreements.tables.js';

/** An agreement with both parties' paths: everything a permission check needs. */
export interface AgreementRef {
  id: string;
  status: AgreementStatus;
  version: number;
  principalId: string;
  agentId: string;
  principalPath: string;
  agentPath: string;
  fiscalYear: number;
  periodStart: string;
  periodEnd: string;
  row: Omit<Selectable<AgreementsTable>, 'id' | 'status' | 'version'>;
}

export async function loadAgreement(db: Db, agreementId: string): Promise<AgreementRef> {
  const row = await db
    .selectFrom('agreements as a')
    .innerJoin('organisations as p', 'p.id', 'a.principal_organisation_id')
    .innerJoin('organisations as g', 'g.id', 'a.agent_organisation_id')
    .selectAll('a')
    .select(['p.path as principal_path', 'g.path as agent_path'])
    .where('a.id', '=', agreementId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const { id, status, version, principal_path, agent_path, ...rest } = row;
  return {
    id,
    status,
    version,
    principalPath: principal_path,
    agentPath: agent_path,
    principalId: row.principal_organisation_id,
    agentId: row.agent_organisation_id,
    fiscalYear: row.fiscal_year,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    row: rest,
  };
}

/** Either party's staff read the agreement (a role over the principal or over the agent). */
export function canRead(actor: Actor, a: AgreementRef): boolean {
  return reachesPath(actor, 'private.read', a.principalPath) || reachesPath(actor, 'private.read', a.agentPath);
}

export function requireRead(actor: Actor, a: AgreementRef): void {
  if (!canRead(actor, a)) throw new AppError('forbidden');
}

/** The principal drafts the agreement and evaluates it. */
export function onPrincipal(actor: Actor, permission: Permission, a: AgreementRef): boolean {
  return reachesPath(actor, permission, a.principalPath);
}

export function requireOnPrincipal(actor: Actor, permission: Permission, a: AgreementRef): void {
  if (!onPrincipal(actor, permission, a)) throw new AppError('forbidden');
}

export function requireVersion(a: AgreementRef, expected: number): void {
  if (a.version !== expected) throw new AppError('stale_version');
}

/** Only drafts change; later states refuse with the reason for their state. */
export function requireDraft(a: AgreementRef): void {
  if (a.status !== 'draft') throw new AppError('conflict', { messageKey: `agreements.not_editable.${a.status}` });
}

/** `canRead` as SQL over `agreements as a` joined to `organisations as p` (principal) and `g` (agent). */
export function readableAgreement(actor: Actor) {
  const roots = scopePaths(actor, 'private.read');
  return (eb: ExpressionBuilder<DB & { a: DB['agreements']; p: DB['organisations']; g: DB['organisations'] }, 'a' | 'p' | 'g'>) => {
    const conditions = roots.flatMap((root) => [eb('p.path', 'like', `${likeEscape(root)}%`), eb('g.path', 'like', `${likeEscape(root)}%`)]);
    return conditions.length > 0 ? eb.or(conditions) : sql<boolean>`false`;
  };
}
