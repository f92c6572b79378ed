import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { refreshCell } from './rollups.maintain.js';

/**
 * Verifies a submitted measurement and brings every roll-up above it up to date, in the caller's
 * transaction. Over a current verified value it is a correction: the old row stays readable,
 * marked superseded by the new one. Authorisation is the caller's job.
 */
export async function markVerified(trx: Db, measurementId: string, verifierId: string | null): Promise<void> {
  const m = await trx.selectFrom('measurements').select(['id', 'indicator_id', 'period', 'area_code', 'organisation_id']).where('id', '=', measurementId).forUpdate().executeTakeFirstOrThrow();
  const old = await trx
    .updateTable('measurements')
    .set({ superseded_by: m.id, updated_at: sql`now()` })
    .where('indicator_id', '=', m.indicator_id)
    .where('period', '=', m.period)
    .where(sql`coalesce(area_code, '')`, '=', m.area_code ?? '')
    .where('status', '=', 'verified')
    .where('superseded_by', 'is', null)
    .returning('organisation_id')
    .executeTakeFirst();
  await trx
    .updateTable('measurements')
    .set({ status: 'verified', seq: sql`nextval('measurement_seq')`, verified_by: verifierId, verified_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', m.id)
    .execute();
  await refreshCell(trx, { indicatorId: m.indicator_id, period: m.period, areaCode: m.area_code, organisationIds: [m.organisation_id, ...(old ? [old.organisation_id] : [])] });
}
