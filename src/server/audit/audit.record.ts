import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | string;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row. Call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit(trx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_user_id: actor.via === 'system' ? null : actor.userId,
      actor_label: actor.email,
      organisation_id: entry.organisationId ?? null,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      request_id: actor.requestId ?? null,
    })
    .execute();
}
