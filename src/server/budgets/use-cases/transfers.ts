import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import { reachesPath, scopePaths } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import { requireVersion } from '../../plans/plans.access.js';
import { formatBaht } from '../../../shared/format-money.js';
import { availableToSend, transferViews } from '../budgets.queries.js';
import { toSatang } from '../budgets.money.js';
import type { CreateTransferBody, TransferListQuery, TransferView, UpdateTransferBody } from '../budgets.schema.js';

async function organisationPath(db: Db, id: string, path: string): Promise<string> {
  const org = await db.selectFrom('organisations').select('path').where('id', '=', id).executeTakeFirst();
  if (!org) throw fieldError(path, 'validation.not_found');
  return org.path;
}

/** Every funded element must exist and its plan must cover the fiscal year. */
async function requireFundedElements(db: Db, elementIds: string[], fy: number): Promise<void> {
  if (elementIds.length === 0) return;
  const rows = await db
    .selectFrom('plan_elements as e')
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .select(['e.id', 'e.title_th', 'e.title_en', 'p.fy_start', 'p.fy_end'])
    .where('e.id', 'in', elementIds)
    .execute();
  for (const [index, id] of elementIds.entries()) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw fieldError(`elementIds/${index}`, 'validation.not_found');
    if (fy < row.fy_start || fy > row.fy_end) {
      throw fieldError(`elementIds/${index}`, 'budgets.transfer_fy_outside', {
        fy,
        from: row.fy_start,
        to: row.fy_end,
        titleTh: row.title_th,
        titleEn: row.title_en,
      });
    }
  }
}

/** Refuses a transfer that would leave the sender with less than nothing; call inside the transaction after the sender's lock. */
async function requireAvailable(trx: Db, fromId: string, fy: number, amount: string, exceptId: string | null): Promise<void> {
  const available = await availableToSend(trx, fromId, fy, exceptId);
  if (toSatang(amount) > toSatang(available)) {
    throw fieldError('amount', 'budgets.transfer_over_available', {
      fy,
      availableTh: formatBaht(available, 'th'),
      availableEn: formatBaht(available, 'en'),
      amountTh: formatBaht(amount, 'th'),
      amountEn: formatBaht(amount, 'en'),
    });
  }
}

/** Serialises transfers of one sender so two concurrent ones cannot both spend the same money. */
const lockSender = (trx: Db, fromId: string) => sql`select pg_advisory_xact_lock(hashtextextended(${`budget-sender:${fromId}`}, 0))`.execute(trx);

const one = async (db: Db, id: string) => (await transferViews(db, sql`t.id = ${id}`)).items[0]!;

export function createTransfers(db: Db) {
  return {
    /** Transfers from or to organisations in the actor's `private.read` reach. */
    async listTransfers(actor: Actor, query: TransferListQuery) {
      const paths = scopePaths(actor, 'private.read');
      if (paths.length === 0) throw new AppError('forbidden');
      const inScope = (alias: 'f' | 'r') =>
        sql.join(
          paths.map((p) => sql`${sql.ref(`${alias}.path`)} like ${`${p}%`}`),
          sql` or `,
        );
      const conditions = [sql`((${inScope('f')}) or (${inScope('r')}))`];
      if (query.fy) conditions.push(sql`t.fiscal_year = ${query.fy}`);
      if (query.organisationId) conditions.push(sql`(t.from_organisation_id = ${query.organisationId} or t.to_organisation_id = ${query.organisationId})`);
      return transferViews(db, sql.join(conditions, sql` and `), query);
    },

    async createTransfer(actor: Actor, input: CreateTransferBody): Promise<TransferView> {
      const fromPath = await organisationPath(db, input.fromOrganisationId, 'fromOrganisationId');
      if (!reachesPath(actor, 'budget.edit', fromPath)) throw new AppError('forbidden');
      await organisationPath(db, input.toOrganisationId, 'toOrganisationId');
      if (input.toOrganisationId === input.fromOrganisationId) throw fieldError('toOrganisationId', 'budgets.transfer_to_self');
      if (toSatang(input.amount) <= 0n) throw fieldError('amount', 'budgets.amount_positive');
      const elementIds = [...new Set(input.elementIds)];
      await requireFundedElements(db, elementIds, input.fiscalYear);
      const id = await db.transaction().execute(async (trx) => {
        await lockSender(trx, input.fromOrganisationId);
        await requireAvailable(trx, input.fromOrganisationId, input.fiscalYear, input.amount, null);
        const row = await trx
          .insertInto('budget_transfers')
          .values({
            from_organisation_id: input.fromOrganisationId,
            to_organisation_id: input.toOrganisationId,
            fiscal_year: input.fiscalYear,
            amount: input.amount,
            transfer_date: input.transferDate,
            status: input.status ?? 'planned',
            note: input.note ?? null,
            created_by: actor.via === 'system' ? null : actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (elementIds.length > 0)
          await trx
            .insertInto('budget_transfer_elements')
            .values(elementIds.map((e) => ({ transfer_id: row.id, element_id: e })))
            .execute();
        await recordAudit(trx, actor, {
          entity: 'budget_transfer',
          entityId: row.id,
          action: 'create',
          organisationId: input.fromOrganisationId,
          after: { ...input, elementIds },
        });
        return row.id;
      });
      return one(db, id);
    },

    async updateTransfer(actor: Actor, id: string, input: UpdateTransferBody): Promise<TransferView> {
      const transfer = await db.selectFrom('budget_transfers').selectAll().where('id', '=', id).executeTakeFirst();
      if (!transfer) throw new AppError('not_found');
      const fromPath = await organisationPath(db, transfer.from_organisation_id, 'fromOrganisationId');
      if (!reachesPath(actor, 'budget.edit', fromPath)) throw new AppError('forbidden');
      requireVersion(transfer.version, input.version);
      if (input.amount !== undefined && toSatang(input.amount) <= 0n) throw fieldError('amount', 'budgets.amount_positive');
      const elementIds = input.elementIds ? [...new Set(input.elementIds)] : undefined;
      if (elementIds) await requireFundedElements(db, elementIds, transfer.fiscal_year);
      const before = await one(db, id);
      await db.transaction().execute(async (trx) => {
        await lockSender(trx, transfer.from_organisation_id);
        if (input.amount !== undefined) await requireAvailable(trx, transfer.from_organisation_id, transfer.fiscal_year, input.amount, id);
        const result = await trx
          .updateTable('budget_transfers')
          .set({
            ...(input.amount !== undefined ? { amount: input.amount } : {}),
            ...(input.transferDate !== undefined ? { transfer_date: input.transferDate } : {}),
            ...(input.status !== undefined ? { status: input.status } : {}),
            ...(input.note !== undefined ? { note: input.note } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        if (elementIds) {
          await trx.deleteFrom('budget_transfer_elements').where('transfer_id', '=', id).execute();
          if (elementIds.length > 0)
            await trx
              .insertInto('budget_transfer_elements')
              .values(elementIds.map((e) => ({ transfer_id: id, element_id: e })))
              .execute();
        }
        await recordAudit(trx, actor, {
          entity: 'budget_transfer',
          entityId: id,
          action: 'update',
          organisationId: transfer.from_organisation_id,
          before,
          after: input,
        });
      });
      return one(db, id);
    },

    async deleteTransfer(actor: Actor, id: string, version: number): Promise<void> {
      const transfer = await db.selectFrom('budget_transfers').selectAll().where('id', '=', id).executeTakeFirst();
      if (!transfer) throw new AppError('not_found');
      const fromPath = await organisationPath(db, transfer.from_organisation_id, 'fromOrganisationId');
      if (!reachesPath(actor, 'budget.edit', fromPath)) throw new AppError('forbidden');
      requireVersion(transfer.version, version);
      const before = await one(db, id);
      await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('budget_transfers').where('id', '=', id).where('version', '=', version).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, { entity: 'budget_transfer', entityId: id, action: 'delete', organisationId: transfer.from_organisation_id, before });
      });
    },
  };
}
