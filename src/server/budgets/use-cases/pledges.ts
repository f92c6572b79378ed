import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import { requireReadableElement, requireReadablePlan, requireVersion } from '../../plans/plans.access.js';
import { requireBudgetEditableElement, requireCurrencyFields, requireFyInPlan } from '../budgets.access.js';
import { fromSatang, normaliseMoney, toSatang } from '../budgets.money.js';
import { findPledgeView } from '../budgets.queries.js';
import type { CreatePledgeBody, FundingGap, PledgeView, UpdatePledgeBody } from '../budgets.schema.js';

async function requirePartner(db: Db, id: string): Promise<void> {
  const org = await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst();
  if (!org) throw fieldError('partnerOrganisationId', 'validation.not_found');
}

async function requireProgramme(db: Db, actor: Actor, elementId: string) {
  const found = await requireBudgetEditableElement(db, actor, elementId);
  if (found.element.kind !== 'programme') throw new AppError('conflict', { messageKey: 'budgets.pledge_programme_only' });
  return found;
}

const one = async (db: Db, id: string) => (await findPledgeView(db, { id }))[0]!;

export function createPledges(db: Db) {
  return {
    async listPledges(actor: Actor | null, elementId: string, fy?: number): Promise<PledgeView[]> {
      await requireReadableElement(db, actor, elementId);
      return findPledgeView(db, { elementId, fy });
    },

    async createPledge(actor: Actor, elementId: string, input: CreatePledgeBody): Promise<PledgeView> {
      const { element, plan } = await requireProgramme(db, actor, elementId);
      await requirePartner(db, input.partnerOrganisationId);
      requireFyInPlan(plan, input.fiscalYear);
      const currency = { currency: input.currency ?? 'THB', exchangeRate: input.exchangeRate ?? null, rateDate: input.rateDate ?? null };
      requireCurrencyFields(currency);
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('budget_pledges')
          .values({
            element_id: element.id,
            plan_id: plan.id,
            partner_organisation_id: input.partnerOrganisationId,
            fiscal_year: input.fiscalYear,
            currency: currency.currency,
            exchange_rate: currency.exchangeRate,
            rate_date: currency.rateDate,
            pledged: input.pledged,
            committed: input.committed ?? '0',
            received: input.received ?? '0',
            note: input.note ?? null,
            created_by: actor.via === 'system' ? null : actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          entity: 'budget_pledge',
          entityId: row.id,
          action: 'create',
          organisationId: plan.owner_organisation_id,
          after: { elementId, ...input },
        });
        return row.id;
      });
      return one(db, id);
    },

    async updatePledge(actor: Actor, id: string, input: UpdatePledgeBody): Promise<PledgeView> {
      const pledge = await db.selectFrom('budget_pledges').selectAll().where('id', '=', id).executeTakeFirst();
      if (!pledge) throw new AppError('not_found');
      const { plan } = await requireProgramme(db, actor, pledge.element_id);
      requireVersion(pledge.version, input.version);
      if (input.partnerOrganisationId) await requirePartner(db, input.partnerOrganisationId);
      if (input.fiscalYear !== undefined) requireFyInPlan(plan, input.fiscalYear);
      const thb = input.currency === 'THB';
      const currency = {
        currency: input.currency ?? pledge.currency,
        exchangeRate: input.exchangeRate !== undefined ? input.exchangeRate : thb ? null : pledge.exchange_rate,
        rateDate: input.rateDate !== undefined ? input.rateDate : thb ? null : pledge.rate_date,
      };
      requireCurrencyFields(currency);
      const before = await one(db, id);
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('budget_pledges')
          .set({
            ...(input.partnerOrganisationId ? { partner_organisation_id: input.partnerOrganisationId } : {}),
            ...(input.fiscalYear !== undefined ? { fiscal_year: input.fiscalYear } : {}),
            currency: currency.currency,
            exchange_rate: currency.exchangeRate,
            rate_date: currency.rateDate,
            ...(input.pledged !== undefined ? { pledged: input.pledged } : {}),
            ...(input.committed !== undefined ? { committed: input.committed } : {}),
            ...(input.received !== undefined ? { received: input.received } : {}),
            ...(input.note !== undefined ? { note: input.note } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'budget_pledge',
          entityId: id,
          action: 'update',
          organisationId: plan.owner_organisation_id,
          before,
          after: input,
        });
      });
      return one(db, id);
    },

    async deletePledge(actor: Actor, id: string, version: number): Promise<void> {
      const pledge = await db.selectFrom('budget_pledges').selectAll().where('id', '=', id).executeTakeFirst();
      if (!pledge) throw new AppError('not_found');
      const { plan } = await requireProgramme(db, actor, pledge.element_id);
      requireVersion(pledge.version, version);
      const before = await one(db, id);
      await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('budget_pledges').where('id', '=', id).where('version', '=', version).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, { entity: 'budget_pledge', entityId: id, action: 'delete', organisationId: plan.owner_organisation_id, before });
      });
    },

    /**
     * Per programme of the plan: need = requested baht of the programme and its subtree (the element
     * tree, not linkages), funded = allocated baht of that subtree + pledged baht; gap = need − funded.
     */
    async fundingGaps(actor: Actor | null, planId: string, fy?: number): Promise<FundingGap[]> {
      await requireReadablePlan(db, actor, planId);
      const fyFilter = (alias: string) => (fy ? sql`and ${sql.ref(`${alias}.fiscal_year`)} = ${fy}` : sql``);
      const rows = await sql<{
        id: string;
        code: string | null;
        title_th: string;
        title_en: string;
        requested: string;
        allocated: string;
        pledged: string;
        committed: string;
        received: string;
      }>`
        with recursive sub(programme_id, id) as (
          select e.id, e.id from plan_elements e where e.plan_id = ${planId} and e.kind = 'programme'
          union all
          select sub.programme_id, c.id from sub join plan_elements c on c.parent_id = sub.id
        ), lines as (
          select sub.programme_id, sum(b.requested_thb) as requested, sum(b.allocated_thb) as allocated
          from sub join budget_lines b on b.element_id = sub.id ${fyFilter('b')} group by sub.programme_id
        ), pledges as (
          select p.element_id, sum(p.pledged_thb) as pledged, sum(p.committed_thb) as committed, sum(p.received_thb) as received
          from budget_pledges p where p.plan_id = ${planId} ${fyFilter('p')} group by p.element_id
        )
        select e.id, e.code, e.title_th, e.title_en, coalesce(l.requested, 0)::text as requested, coalesce(l.allocated, 0)::text as allocated,
          coalesce(p.pledged, 0)::text as pledged, coalesce(p.committed, 0)::text as committed, coalesce(p.received, 0)::text as received
        from plan_elements e left join lines l on l.programme_id = e.id left join pledges p on p.element_id = e.id
        where e.plan_id = ${planId} and e.kind = 'programme'
        order by e.sort_order, e.code, e.title_en`.execute(db);
      return rows.rows.map((r) => {
        const gap = toSatang(r.requested) - toSatang(r.allocated) - toSatang(r.pledged);
        return {
          elementId: r.id,
          code: r.code,
          titleTh: r.title_th,
          titleEn: r.title_en,
          requested: normaliseMoney(r.requested),
          allocated: normaliseMoney(r.allocated),
          pledged: normaliseMoney(r.pledged),
          committed: normaliseMoney(r.committed),
          received: normaliseMoney(r.received),
          gap: fromSatang(gap),
        };
      });
    },
  };
}
