import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { requireOrganisation } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError, type FieldProblem } from '../http/errors.js';
import { likeEscape } from '../http/list.js';
import { loadAgreement, readableAgreement, requireDraft, requireOnPrincipal, requireRead, requireVersion } from './agreements.access.js';
import { buildView, listKpiRows, summaryQuery, toSummary, writeKpis } from './agreements.queries.js';
import type { AgreementListQuery, AgreementSummary, AgreementView, CreateAgreementBody, UpdateAgreementBody } from './agreements.schema.js';
import { kpiProblems, resolvePeriod, throwIfProblems } from './agreements.validate.js';
import { createAgreementWorkflow } from './agreements.workflow.js';

/** Drafting and reading performance agreements; the state changes are in agreements.workflow.ts. */
export function createAgreementsService(db: Db) {
  const view = async (actor: Actor, agreementId: string): Promise<AgreementView> => {
    const agreement = await loadAgreement(db, agreementId);
    requireRead(actor, agreement);
    return buildView(db, actor, agreement);
  };

  return {
    ...createAgreementWorkflow(db, view),
    getAgreement: view,

    async listAgreements(actor: Actor, query: AgreementListQuery): Promise<{ items: AgreementSummary[]; total: number }> {
      let base = summaryQuery(db).where(readableAgreement(actor));
      if (query.fiscalYear) base = base.where('a.fiscal_year', '=', query.fiscalYear);
      if (query.status) base = base.where('a.status', '=', query.status);
      if (query.organisationId) {
        const orgId = query.organisationId;
        base = base.where((eb) => eb.or([eb('a.principal_organisation_id', '=', orgId), eb('a.agent_organisation_id', '=', orgId)]));
      }
      if (query.q) {
        const pattern = `%${likeEscape(query.q)}%`;
        base = base.where((eb) => eb.or([eb('a.title_th', 'ilike', pattern), eb('a.title_en', 'ilike', pattern)]));
      }
      const total = await base
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await base.orderBy('a.fiscal_year', 'desc').orderBy('a.title_en').orderBy('a.id').limit(query.limit).offset(query.offset).execute();
      return { items: rows.map(toSummary), total: Number(total.n) };
    },

    /** The principal drafts the agreement; weights need not total 100 % until it is proposed. */
    async createAgreement(actor: Actor, input: CreateAgreementBody): Promise<AgreementView> {
      await requireOrganisation(db, actor, 'agreement.edit', input.principalOrganisationId);
      const problems: FieldProblem[] = [];
      if (input.agentOrganisationId === input.principalOrganisationId) problems.push({ path: 'agentOrganisationId', key: 'agreements.same_organisation' });
      else if (!(await db.selectFrom('organisations').select('id').where('id', '=', input.agentOrganisationId).executeTakeFirst())) {
        problems.push({ path: 'agentOrganisationId', key: 'validation.not_found' });
      }
      const period = resolvePeriod(input);
      problems.push(...period.problems, ...(await kpiProblems(db, input.kpis ?? [])));
      throwIfProblems(problems);
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('agreements')
          .values({
            id,
            principal_organisation_id: input.principalOrganisationId,
            agent_organisation_id: input.agentOrganisationId,
            fiscal_year: input.fiscalYear,
            period_start: period.periodStart,
            period_end: period.periodEnd,
            title_th: input.titleTh,
            title_en: input.titleEn,
            created_by: actor.via === 'system' ? null : actor.userId,
          })
          .execute();
        await writeKpis(trx, id, input.kpis ?? []);
        await recordAudit(trx, actor, { entity: 'agreement', entityId: id, action: 'create', organisationId: input.principalOrganisationId, after: input });
      });
      return view(actor, id);
    },

    async updateAgreement(actor: Actor, agreementId: string, input: UpdateAgreementBody): Promise<AgreementView> {
      const a = await loadAgreement(db, agreementId);
      requireRead(actor, a);
      requireOnPrincipal(actor, 'agreement.edit', a);
      requireDraft(a);
      requireVersion(a, input.version);
      const fiscalYear = input.fiscalYear ?? a.fiscalYear;
      // a new fiscal year without new dates moves the period to that whole year
      const keepDates = input.fiscalYear === undefined || input.fiscalYear === a.fiscalYear;
      const period = resolvePeriod({
        fiscalYear,
        periodStart: input.periodStart ?? (keepDates ? a.periodStart : undefined),
        periodEnd: input.periodEnd ?? (keepDates ? a.periodEnd : undefined),
      });
      throwIfProblems([...period.problems, ...(input.kpis ? await kpiProblems(db, input.kpis) : [])]);
      const before = { ...a.row, kpis: await listKpiRows(db, agreementId) };
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('agreements')
          .set({
            fiscal_year: fiscalYear,
            period_start: period.periodStart,
            period_end: period.periodEnd,
            title_th: input.titleTh ?? a.row.title_th,
            title_en: input.titleEn ?? a.row.title_en,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', agreementId)
          .where('version', '=', input.version)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError('stale_version');
        if (input.kpis) await writeKpis(trx, agreementId, input.kpis);
        await recordAudit(trx, actor, { entity: 'agreement', entityId: agreementId, action: 'update', organisationId: a.principalId, before, after: input });
      });
      return view(actor, agreementId);
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
