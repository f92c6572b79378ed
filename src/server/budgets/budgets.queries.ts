import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { BudgetLinesTable, BudgetPledgesTable } from './budgets.tables.js';
import { normaliseMoney } from './budgets.money.js';
import type { BudgetLineView, PledgeView, TransferView } from './budgets.schema.js';

export type BudgetLineRow = Selectable<BudgetLinesTable>;
export type PledgeRow = Selectable<BudgetPledgesTable>;

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function toLineView(r: BudgetLineRow): BudgetLineView {
  return {
    id: r.id,
    elementId: r.element_id,
    planId: r.plan_id,
    organisationId: r.organisation_id,
    levelCode: r.level_code,
    fiscalYear: r.fiscal_year,
    source: r.source,
    currency: r.currency,
    exchangeRate: r.exchange_rate,
    rateDate: r.rate_date,
    requested: normaliseMoney(r.requested),
    allocated: normaliseMoney(r.allocated),
    committed: normaliseMoney(r.committed),
    disbursed: normaliseMoney(r.disbursed),
    requestedThb: normaliseMoney(r.requested_thb),
    allocatedThb: normaliseMoney(r.allocated_thb),
    committedThb: normaliseMoney(r.committed_thb),
    disbursedThb: normaliseMoney(r.disbursed_thb),
    note: r.note,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function findLine(db: Db, id: string): Promise<BudgetLineRow | undefined> {
  return db.selectFrom('budget_lines').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPledgeView(db: Db, where: { id?: string; elementId?: string; fy?: number }): Promise<PledgeView[]> {
  let query = db
    .selectFrom('budget_pledges as p')
    .innerJoin('organisations as o', 'o.id', 'p.partner_organisation_id')
    .selectAll('p')
    .select(['o.name_th as partner_th', 'o.name_en as partner_en']);
  if (where.id) query = query.where('p.id', '=', where.id);
  if (where.elementId) query = query.where('p.element_id', '=', where.elementId);
  if (where.fy) query = query.where('p.fiscal_year', '=', where.fy);
  const rows = await query.orderBy('p.fiscal_year').orderBy('o.name_en').execute();
  return rows.map((r) => ({
    id: r.id,
    elementId: r.element_id,
    planId: r.plan_id,
    partnerOrganisationId: r.partner_organisation_id,
    partnerNameTh: r.partner_th,
    partnerNameEn: r.partner_en,
    fiscalYear: r.fiscal_year,
    currency: r.currency,
    exchangeRate: r.exchange_rate,
    rateDate: r.rate_date,
    pledged: normaliseMoney(r.pledged),
    committed: normaliseMoney(r.committed),
    received: normaliseMoney(r.received),
    pledgedThb: normaliseMoney(r.pledged_thb),
    committedThb: normaliseMoney(r.committed_thb),
    receivedThb: normaliseMoney(r.received_thb),
    note: r.note,
    version: r.version,
  }));
}

/** Transfers with both organisations' names and the funded elements; `where` is a SQL condition on `t`. */
export async function transferViews(
  db: Db,
  where: ReturnType<typeof sql>,
  page: { limit: number; offset: number } = { limit: 500, offset: 0 },
): Promise<{ items: TransferView[]; total: number }> {
  const rows = await sql<{
    id: string;
    from_organisation_id: string;
    from_th: string;
    from_en: string;
    to_organisation_id: string;
    to_th: string;
    to_en: string;
    fiscal_year: number;
    amount: string;
    transfer_date: string;
    status: TransferView['status'];
    element_ids: string[] | null;
    note: string | null;
    version: number;
    created_at: Date;
    total: number;
  }>`
    select t.*, f.name_th as from_th, f.name_en as from_en, r.name_th as to_th, r.name_en as to_en,
      (select array_agg(te.element_id order by te.element_id) from budget_transfer_elements te where te.transfer_id = t.id) as element_ids,
      count(*) over ()::int as total
    from budget_transfers t join organisations f on f.id = t.from_organisation_id join organisations r on r.id = t.to_organisation_id
    where ${where}
    order by t.fiscal_year desc, t.transfer_date desc, t.created_at desc
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return {
    total: rows.rows[0]?.total ?? 0,
    items: rows.rows.map((r) => ({
      id: r.id,
      fromOrganisationId: r.from_organisation_id,
      fromNameTh: r.from_th,
      fromNameEn: r.from_en,
      toOrganisationId: r.to_organisation_id,
      toNameTh: r.to_th,
      toNameEn: r.to_en,
      fiscalYear: r.fiscal_year,
      amount: normaliseMoney(r.amount),
      transferDate: r.transfer_date,
      status: r.status,
      elementIds: r.element_ids ?? [],
      note: r.note,
      version: r.version,
      createdAt: iso(r.created_at),
    })),
  };
}

/** What `organisationId` may still send in `fy`: allocated baht + transfers received − transfers sent (optionally leaving one out). */
export async function availableToSend(db: Db, organisationId: string, fy: number, exceptTransferId: string | null = null): Promise<string> {
  const row = await sql<{ available: string }>`
    select (
      coalesce((select sum(allocated_thb) from budget_lines where organisation_id = ${organisationId} and fiscal_year = ${fy}), 0)
      + coalesce((select sum(amount) from budget_transfers where to_organisation_id = ${organisationId} and fiscal_year = ${fy}), 0)
      - coalesce((select sum(amount) from budget_transfers where from_organisation_id = ${organisationId} and fiscal_year = ${fy}
                  and (${exceptTransferId}::uuid is null or id <> ${exceptTransferId}::uuid)), 0)
    )::text as available`.execute(db);
  return row.rows[0]!.available;
}
