import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { reachesPath } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { requireReadableElement } from '../plans/plans.access.js';
import type { ProgressReportView, PutProgressReportBody } from './indicators.schema.js';
import { periodProblem } from './indicators.validation.js';

type Row = {
  id: string;
  element_id: string;
  period: string;
  percent_complete: string;
  status: ProgressReportView['status'];
  narrative: string | null;
  version: number;
  updated_at: Date;
};

const view = (r: Row): ProgressReportView => ({
  id: r.id,
  elementId: r.element_id,
  period: r.period,
  percentComplete: r.percent_complete,
  status: r.status,
  narrative: r.narrative,
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
});

/**
 * Element progress reports (% complete, status, narrative per period). Written by a holder of
 * `result.report` over the element's lead organisation or the plan's owner.
 */
export function createProgressReports(db: Db) {
  return {
    async listProgressReports(actor: Actor | null, elementId: string): Promise<ProgressReportView[]> {
      await requireReadableElement(db, actor, elementId);
      const rows = await db.selectFrom('element_progress_reports').selectAll().where('element_id', '=', elementId).orderBy('period').execute();
      return rows.map(view);
    },

    async putProgressReport(actor: Actor, elementId: string, period: string, input: PutProgressReportBody): Promise<ProgressReportView> {
      const { element, plan } = await requireReadableElement(db, actor, elementId);
      const lead = element.lead_organisation_id
        ? await db.selectFrom('organisations').select('path').where('id', '=', element.lead_organisation_id).executeTakeFirst()
        : undefined;
      if (!reachesPath(actor, 'result.report', plan.owner_path) && !(lead && reachesPath(actor, 'result.report', lead.path))) throw new AppError('forbidden');
      if (plan.status === 'closed') throw new AppError('conflict', { messageKey: 'results.plan_closed' });
      const problem = periodProblem(period, plan, 'period');
      if (problem) throw new AppError('validation_failed', { fields: [problem] });
      const existing = await db
        .selectFrom('element_progress_reports')
        .selectAll()
        .where('element_id', '=', elementId)
        .where('period', '=', period)
        .executeTakeFirst();
      if (existing && input.version !== existing.version) throw new AppError('stale_version');
      const values = { percent_complete: input.percentComplete, status: input.status, narrative: input.narrative ?? null, updated_by: actor.userId };
      const row = await db.transaction().execute(async (trx) => {
        const saved = existing
          ? await trx
              .updateTable('element_progress_reports')
              .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
              .where('id', '=', existing.id)
              .where('version', '=', existing.version)
              .returningAll()
              .executeTakeFirst()
          : await trx
              .insertInto('element_progress_reports')
              .values({ ...values, element_id: elementId, period, created_by: actor.userId })
              .onConflict((oc) => oc.columns(['element_id', 'period']).doNothing())
              .returningAll()
              .executeTakeFirst();
        if (!saved) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'element_progress_report',
          entityId: saved.id,
          action: existing ? 'update' : 'create',
          organisationId: plan.owner_organisation_id,
          before: existing,
          after: { period, ...input },
        });
        return saved;
      });
      return view(row);
    },
  };
}
