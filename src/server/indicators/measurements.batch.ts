import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError, type FieldProblem } from '../http/errors.js';
import type { BatchMeasurementsBody, BatchReviewBody, MeasurementView } from './indicators.schema.js';
import { measurementViews, type MeasurementRow } from './indicators.queries.js';
import { cellState, checkCell, type IndicatorContext, requireIndicator, requireMeasurement, requireScope } from './measurements.access.js';
import { applyTransition } from './measurements.verify.js';

interface Cell {
  period: string;
  areaCode?: string | null;
  organisationId: string;
  value: string;
  note?: string | null;
}

/**
 * Writes one cell inside `trx`: changes the open draft when there is one, otherwise adds a new entry
 * (a correction when the cell has a verified value). Returns the entry's id.
 */
export async function saveCell(
  trx: Db,
  actor: Actor,
  { indicator }: IndicatorContext,
  cell: Cell,
  state: { open?: MeasurementRow; current?: MeasurementRow },
  submit: boolean,
): Promise<string> {
  const submitted = submit ? { status: 'submitted' as const, submitted_by: actor.userId, submitted_at: sql<Date>`now()` } : {};
  let id: string;
  if (state.open) {
    await trx
      .updateTable('measurements')
      .set({
        value: cell.value,
        organisation_id: cell.organisationId,
        ...(cell.note !== undefined ? { note: cell.note } : {}),
        ...submitted,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', state.open.id)
      .where('status', '=', 'draft')
      .execute();
    id = state.open.id;
  } else {
    const row = await trx
      .insertInto('measurements')
      .values({
        indicator_id: indicator.id,
        period: cell.period,
        area_code: cell.areaCode ?? null,
        organisation_id: cell.organisationId,
        value: cell.value,
        note: cell.note ?? null,
        corrects_id: state.current?.id ?? null,
        created_by: actor.userId,
        ...submitted,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  }
  await recordAudit(trx, actor, {
    entity: 'measurement',
    entityId: id,
    action: state.open ? 'update' : 'create',
    organisationId: cell.organisationId,
    after: { ...cell, submit },
  });
  return id;
}

export function createMeasurementBatches(db: Db) {
  return {
    /** The reporting grid's save: every cell is checked first; one problem anywhere writes nothing. */
    async saveBatch(actor: Actor, input: BatchMeasurementsBody): Promise<{ items: MeasurementView[] }> {
      const contexts = new Map<string, IndicatorContext>();
      for (const id of new Set(input.cells.map((c) => c.indicatorId))) contexts.set(id, await requireIndicator(db, actor, id));
      const problems: FieldProblem[] = [];
      const planned: { context: IndicatorContext; cell: Cell; state: Awaited<ReturnType<typeof cellState>> }[] = [];
      const seen = new Set<string>();
      for (const [i, cell] of input.cells.entries()) {
        const context = contexts.get(cell.indicatorId)!;
        const checked = await checkCell(db, actor, context, cell, `cells.${i}.`);
        problems.push(...checked.problems);
        const key = `${cell.indicatorId}|${cell.period}|${cell.areaCode ?? ''}`;
        if (seen.has(key)) problems.push({ path: `cells.${i}.period`, key: 'results.duplicate_cell' });
        seen.add(key);
        const state = await cellState(db, cell.indicatorId, cell.period, cell.areaCode ?? null);
        if (state.open && state.open.status !== 'draft')
          problems.push({ path: `cells.${i}.value`, key: 'results.open_exists', params: { status: state.open.status } });
        planned.push({ context, cell: { ...cell, organisationId: checked.organisationId }, state });
      }
      if (problems.length) throw new AppError('validation_failed', { fields: problems });
      const ids = await db.transaction().execute(async (trx) => {
        const written: string[] = [];
        for (const p of planned) written.push(await saveCell(trx, actor, p.context, p.cell, p.state, input.submit ?? false));
        return written;
      });
      const rows = await db.selectFrom('measurements').selectAll().where('id', 'in', ids).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return {
        items: await measurementViews(
          db,
          ids.map((id) => byId.get(id)!),
        ),
      };
    },

    /** The approver's inbox: verify or reject many submitted values in one transaction. */
    async reviewBatch(actor: Actor, input: BatchReviewBody): Promise<{ items: MeasurementView[] }> {
      if (input.action === 'reject' && !input.reason?.trim())
        throw new AppError('validation_failed', { fields: [{ path: 'reason', key: 'results.review_reason' }] });
      const loaded: MeasurementRow[] = [];
      for (const item of input.items) {
        const { measurement, orgPath } = await requireMeasurement(db, actor, item.id);
        requireScope(actor, 'result.verify', orgPath);
        if (measurement.status !== 'submitted') throw new AppError('conflict', { messageKey: `results.cannot.${input.action}` });
        if (measurement.version !== item.version) throw new AppError('stale_version');
        loaded.push(measurement);
      }
      await db.transaction().execute(async (trx) => {
        for (const m of loaded) await applyTransition(trx, actor, m, input.action, input.reason?.trim());
      });
      const rows = await db
        .selectFrom('measurements')
        .selectAll()
        .where(
          'id',
          'in',
          loaded.map((m) => m.id),
        )
        .execute();
      return { items: await measurementViews(db, rows) };
    },
  };
}
