import { sql } from 'kysely';
import type { Static } from 'typebox';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { scopePaths } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { createEvidence } from './evidence.js';
import type { AwaitingMeasurement, CreateMeasurementBody, MeasurementListQuery, MeasurementView, UpdateMeasurementBody } from './indicators.schema.js';
import { measurementView, measurementViews } from './indicators.queries.js';
import { canSeeMeasurement, cellState, checkCell, requireIndicator, requireMeasurement, requireScope } from './measurements.access.js';
import { createMeasurementBatches, saveCell } from './measurements.batch.js';
import { applyTransition, type Transition, TRANSITION_FROM } from './measurements.verify.js';
import { valueProblem } from './indicators.validation.js';

export function createMeasurementsService(db: Db) {
  return {
    async listMeasurements(actor: Actor | null, indicatorId: string, query: MeasurementListQuery): Promise<MeasurementView[]> {
      await requireIndicator(db, actor, indicatorId);
      let q = db
        .selectFrom('measurements as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .selectAll('m')
        .select('o.path as org_path')
        .where('m.indicator_id', '=', indicatorId)
        .orderBy('m.period')
        .orderBy('m.area_code')
        .orderBy('m.created_at');
      if (query.period) q = q.where('m.period', '=', query.period);
      if (query.areaCode) q = q.where('m.area_code', '=', query.areaCode);
      if (!query.history)
        q = q.where((eb) =>
          eb.or([eb('m.status', 'in', ['draft', 'submitted']), eb.and([eb('m.status', '=', 'verified'), eb('m.superseded_by', 'is', null)])]),
        );
      const rows = (await q.limit(5000).execute()).filter((r) => canSeeMeasurement(actor, r, r.org_path));
      return measurementViews(
        db,
        rows.map(({ org_path: _, ...r }) => r),
      );
    },

    async getMeasurement(actor: Actor | null, id: string): Promise<MeasurementView> {
      await requireMeasurement(db, actor, id);
      return measurementView(db, id);
    },

    async createMeasurement(actor: Actor, indicatorId: string, input: CreateMeasurementBody): Promise<MeasurementView> {
      const context = await requireIndicator(db, actor, indicatorId);
      const { organisationId, problems } = await checkCell(db, actor, context, input, '');
      if (problems.length) throw new AppError('validation_failed', { fields: problems });
      const state = await cellState(db, indicatorId, input.period, input.areaCode ?? null);
      if (state.open) throw new AppError('conflict', { messageKey: 'results.open_exists', params: { status: state.open.status } });
      const id = await db.transaction().execute(async (trx) => saveCell(trx, actor, context, { ...input, organisationId }, state, input.submit ?? false));
      return measurementView(db, id);
    },

    async updateMeasurement(actor: Actor, id: string, input: UpdateMeasurementBody): Promise<MeasurementView> {
      const { measurement, orgPath, indicator } = await requireMeasurement(db, actor, id);
      requireScope(actor, 'result.report', orgPath);
      if (measurement.status !== 'draft') throw new AppError('conflict', { messageKey: 'results.cannot.update' });
      if (measurement.version !== input.version) throw new AppError('stale_version');
      if (input.value !== undefined) {
        const problem = valueProblem(indicator.unit, input.value);
        if (problem) throw new AppError('validation_failed', { fields: [{ path: 'value', key: problem }] });
      }
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('measurements')
          .set({
            ...(input.value !== undefined ? { value: input.value } : {}),
            ...(input.note !== undefined ? { note: input.note } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'measurement',
          entityId: id,
          action: 'update',
          organisationId: measurement.organisation_id,
          before: { value: measurement.value, note: measurement.note },
          after: input,
        });
      });
      return measurementView(db, id);
    },

    async transition(actor: Actor, id: string, action: Transition, version: number, reason?: string): Promise<MeasurementView> {
      const { measurement, orgPath } = await requireMeasurement(db, actor, id);
      requireScope(actor, action === 'submit' ? 'result.report' : 'result.verify', orgPath);
      if (measurement.status !== TRANSITION_FROM[action]) throw new AppError('conflict', { messageKey: `results.cannot.${action}` });
      if (measurement.version !== version) throw new AppError('stale_version');
      if (action === 'reject' && !reason?.trim()) throw new AppError('validation_failed', { fields: [{ path: 'reason', key: 'results.review_reason' }] });
      await db.transaction().execute(async (trx) => applyTransition(trx, actor, measurement, action, reason?.trim()));
      return measurementView(db, id);
    },

    async listAwaiting(actor: Actor): Promise<Static<typeof AwaitingMeasurement>[]> {
      const scopes = scopePaths(actor, 'result.verify');
      if (scopes.length === 0) return [];
      const rows = await db
        .selectFrom('measurements as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .innerJoin('indicators as i', 'i.id', 'm.indicator_id')
        .innerJoin('plan_elements as e', 'e.id', 'i.element_id')
        .leftJoin('measurements as c', 'c.id', 'm.corrects_id')
        .selectAll('m')
        .select([
          'i.name_th as i_th',
          'i.name_en as i_en',
          'i.unit',
          'e.id as e_id',
          'e.title_th as e_th',
          'e.title_en as e_en',
          'o.name_th as o_th',
          'o.name_en as o_en',
          'c.value as previous',
        ])
        .where('m.status', '=', 'submitted')
        .where((eb) => eb.or(scopes.map((p) => eb('o.path', 'like', `${p}%`))))
        .orderBy('m.submitted_at')
        .limit(500)
        .execute();
      const views = await measurementViews(db, rows);
      return rows.map((r, k) => ({
        ...views[k]!,
        indicatorNameTh: r.i_th,
        indicatorNameEn: r.i_en,
        unit: r.unit,
        elementId: r.e_id,
        elementTitleTh: r.e_th,
        elementTitleEn: r.e_en,
        organisationNameTh: r.o_th,
        organisationNameEn: r.o_en,
        previousValue: r.previous,
      }));
    },

    ...createMeasurementBatches(db),
    ...createEvidence(db),
  };
}
