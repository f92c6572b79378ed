import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { applyVerifiedChange } from './rollups.delta.js';

/**
 * Verifies a submitted measurement and brings every roll-up above it up to date, in the caller's
 * transaction. Over a current verified value it is a correction: the old row stays readable,
 * marked superseded by the new one. Authorisation is the caller's job.
 */
export async function markVerified(trx: Db, measurementId: string, verifierId: string | null): Promise<void> {
  const m = await trx
    .selectFrom('measurements')
    .select(['id', 'indicator_id', 'period', 'area_code', 'organisation_id'])
    .where('id', '=', measurementId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const old = await trx
    .updateTable('measurements')
    .set({ superseded_by: m.id, updated_at: sql`now()` })
    .where('indicator_id', '=', m.indicator_id)
    .where('period', '=', m.period)
    .where(sql`coalesce(area_code, '')`, '=', m.area_code ?? '')
    .where('status', '=', 'verified')
    .where('superseded_by', 'is', null)
    .returning(['organisation_id', 'value', 'seq'])
    .executeTakeFirst();
  const verified = await trx
    .updateTable('measurements')
    .set({
      status: 'verified',
      seq: sql`nextval('measurement_seq')`,
      verified_by: verifierId,
      verified_at: sql`now()`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', m.id)
    .returning(['organisation_id', 'value', 'seq'])
    .executeTakeFirstOrThrow();
  const cell = (r: { organisation_id: string; value: string; seq: number | null }) => ({ organisationId: r.organisation_id, value: r.value, seq: r.seq! });
  await applyVerifiedChange(trx, { indicatorId: m.indicator_id, period: m.period, areaCode: m.area_code, old: old ? cell(old) : null, new: cell(verified) });
}

export type Transition = 'submit' | 'verify' | 'reject';
export const TRANSITION_FROM: Record<Transition, string> = { submit: 'draft', verify: 'submitted', reject: 'submitted' };

/** Applies one workflow step inside `trx` (authorised and version-checked by the caller). */
export async function applyTransition(
  trx: Db,
  actor: Actor,
  m: { id: string; version: number; organisation_id: string },
  action: Transition,
  reason?: string,
): Promise<void> {
  if (action === 'verify') {
    await markVerified(trx, m.id, actor.userId);
  } else {
    const set =
      action === 'submit'
        ? { status: 'submitted' as const, submitted_by: actor.userId, submitted_at: sql<Date>`now()` }
        : { status: 'rejected' as const, reject_reason: reason! };
    const result = await trx
      .updateTable('measurements')
      .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', m.id)
      .where('version', '=', m.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
  }
  await recordAudit(trx, actor, { entity: 'measurement', entityId: m.id, action, organisationId: m.organisation_id, after: reason ? { reason } : undefined });
}
