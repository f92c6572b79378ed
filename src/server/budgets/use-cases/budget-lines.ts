import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { requireReadableElement, requireVersion } from '../../plans/plans.access.js';
import { requireBudgetEditableElement, requireCurrencyFields, requireFyInPlan } from '../budgets.access.js';
import { findLine, toLineView } from '../budgets.queries.js';
import type { BudgetLineView, CreateBudgetLineBody, UpdateBudgetLineBody } from '../budgets.schema.js';

/** The columns an audit row keeps of a line: what a person changed, not what the database derived. */
const auditFields = (l: BudgetLineView) => ({
  fiscalYear: l.fiscalYear,
  source: l.source,
  currency: l.currency,
  exchangeRate: l.exchangeRate,
  rateDate: l.rateDate,
  requested: l.requested,
  allocated: l.allocated,
  committed: l.committed,
  disbursed: l.disbursed,
  note: l.note,
});

export function createBudgetLines(db: Db) {
  return {
    async listLines(actor: Actor | null, elementId: string, fy?: number): Promise<BudgetLineView[]> {
      await requireReadableElement(db, actor, elementId);
      let query = db.selectFrom('budget_lines').selectAll().where('element_id', '=', elementId);
      if (fy) query = query.where('fiscal_year', '=', fy);
      return (await query.orderBy('fiscal_year').orderBy('source').orderBy('created_at').execute()).map(toLineView);
    },

    async createLine(actor: Actor, elementId: string, input: CreateBudgetLineBody): Promise<BudgetLineView> {
      const { element, plan } = await requireBudgetEditableElement(db, actor, elementId);
      requireFyInPlan(plan, input.fiscalYear);
      const currency = { currency: input.currency ?? 'THB', exchangeRate: input.exchangeRate ?? null, rateDate: input.rateDate ?? null };
      requireCurrencyFields(currency);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('budget_lines')
          .values({
            element_id: element.id,
            plan_id: plan.id,
            organisation_id: plan.owner_organisation_id,
            level_code: plan.level_code,
            fiscal_year: input.fiscalYear,
            source: input.source,
            currency: currency.currency,
            exchange_rate: currency.exchangeRate,
            rate_date: currency.rateDate,
            requested: input.requested ?? '0',
            allocated: input.allocated ?? '0',
            committed: input.committed ?? '0',
            disbursed: input.disbursed ?? '0',
            note: input.note ?? null,
            created_by: actor.via === 'system' ? null : actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const view = toLineView(row);
        await recordAudit(trx, actor, {
          entity: 'budget_line',
          entityId: row.id,
          action: 'create',
          organisationId: plan.owner_organisation_id,
          after: { elementId, ...auditFields(view) },
        });
        return view;
      });
    },

    async updateLine(actor: Actor, id: string, input: UpdateBudgetLineBody): Promise<BudgetLineView> {
      const line = await findLine(db, id);
      if (!line) throw new AppError('not_found');
      const { plan } = await requireBudgetEditableElement(db, actor, line.element_id);
      requireVersion(line.version, input.version);
      if (input.fiscalYear !== undefined) requireFyInPlan(plan, input.fiscalYear);
      const currency = {
        currency: input.currency ?? line.currency,
        exchangeRate: input.exchangeRate !== undefined ? input.exchangeRate : line.exchange_rate,
        rateDate: input.rateDate !== undefined ? input.rateDate : line.rate_date,
      };
      // switching to baht drops a rate the caller did not mention
      if (input.currency === 'THB' && input.exchangeRate === undefined) currency.exchangeRate = null;
      if (input.currency === 'THB' && input.rateDate === undefined) currency.rateDate = null;
      requireCurrencyFields(currency);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('budget_lines')
          .set({
            ...(input.fiscalYear !== undefined ? { fiscal_year: input.fiscalYear } : {}),
            ...(input.source !== undefined ? { source: input.source } : {}),
            currency: currency.currency,
            exchange_rate: currency.exchangeRate,
            rate_date: currency.rateDate,
            ...(input.requested !== undefined ? { requested: input.requested } : {}),
            ...(input.allocated !== undefined ? { allocated: input.allocated } : {}),
            ...(input.committed !== undefined ? { committed: input.committed } : {}),
            ...(input.disbursed !== undefined ? { disbursed: input.disbursed } : {}),
            ...(input.note !== undefined ? { note: input.note } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .where('version', '=', input.version)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw new AppError('stale_version');
        const view = toLineView(row);
        await recordAudit(trx, actor, {
          entity: 'budget_line',
          entityId: id,
          action: 'update',
          organisationId: plan.owner_organisation_id,
          before: auditFields(toLineView(line)),
          after: auditFields(view),
        });
        return view;
      });
    },

    async deleteLine(actor: Actor, id: string, version: number): Promise<void> {
      const line = await findLine(db, id);
      if (!line) throw new AppError('not_found');
      const { plan } = await requireBudgetEditableElement(db, actor, line.element_id);
      requireVersion(line.version, version);
      await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('budget_lines').where('id', '=', id).where('version', '=', version).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'budget_line',
          entityId: id,
          action: 'delete',
          organisationId: plan.owner_organisation_id,
          before: { elementId: line.element_id, ...auditFields(toLineView(line)) },
        });
      });
    },

    /** The line's audit trail, oldest first (kept after deletion; readable with the element's plan). */
    async lineHistory(actor: Actor, id: string) {
      const line = await findLine(db, id);
      const created = await db
        .selectFrom('audit_log')
        .select(['after'])
        .where('entity', '=', 'budget_line')
        .where('entity_id', '=', id)
        .where('action', '=', 'create')
        .executeTakeFirst();
      const elementId = line?.element_id ?? (created?.after as { elementId?: string } | null)?.elementId;
      if (!elementId) throw new AppError('not_found');
      await requireReadableElement(db, actor, elementId);
      const rows = await db
        .selectFrom('audit_log')
        .select(['action', 'actor_label', 'at', 'before', 'after'])
        .where('entity', '=', 'budget_line')
        .where('entity_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ action: r.action, actorLabel: r.actor_label, at: new Date(r.at).toISOString(), before: r.before, after: r.after }));
    },
  };
}
