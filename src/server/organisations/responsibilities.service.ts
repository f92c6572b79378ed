import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { requireOrganisation } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError, fieldError } from '../http/errors.js';
import { likeEscape } from '../http/list.js';
import { selectFunctionViews, toFunctionView } from './functions.queries.js';
import { selectSummaries, toSummary } from './organisations.queries.js';
import { requireKnownCodes } from './organisations.validation.js';
import type { MatrixQuery, ResponsibilityMatrix, ResponsibilityView, SetResponsibilitiesBody } from './responsibilities.schema.js';
import { findMatrixFlags } from './responsibility-matrix.js';

async function listResponsibilities(db: Db, organisationId: string): Promise<ResponsibilityView[]> {
  const rows = await db
    .selectFrom('responsibilities')
    .select(['id', 'function_code', 'role'])
    .where('organisation_id', '=', organisationId)
    .orderBy('function_code')
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ id: r.id, functionCode: r.function_code, role: r.role }));
}

/** Who decides, implements, is consulted or informed for each function (DESIGN §3). */
export function createResponsibilitiesService(db: Db) {
  return {
    async listForOrganisation(organisationId: string): Promise<ResponsibilityView[]> {
      const org = await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
      if (!org) throw new AppError('not_found');
      return listResponsibilities(db, organisationId);
    },

    /** Replaces the organisation's whole set: what is not in `items` is no longer its responsibility. */
    async setForOrganisation(actor: Actor, organisationId: string, input: SetResponsibilitiesBody): Promise<ResponsibilityView[]> {
      await requireOrganisation(db, actor, 'organisation.manage', organisationId);
      const functionCodes = input.items.map((i) => i.functionCode);
      // the paths name the item the form shows: items.3.functionCode
      await requireKnownCodes(db, { functionCodes }, (_, i) => `items.${i}.functionCode`);
      const unique = [...new Map(input.items.map((i) => [`${i.functionCode}|${i.role}`, i])).values()];
      await db.transaction().execute(async (trx) => {
        const before = await listResponsibilities(trx, organisationId);
        await trx.deleteFrom('responsibilities').where('organisation_id', '=', organisationId).execute();
        if (unique.length > 0) {
          await trx
            .insertInto('responsibilities')
            .values(unique.map((i) => ({ organisation_id: organisationId, function_code: i.functionCode, role: i.role })))
            .execute();
        }
        await recordAudit(trx, actor, {
          entity: 'organisation',
          entityId: organisationId,
          action: 'set_responsibilities',
          organisationId,
          before: before.map(({ functionCode, role }) => ({ functionCode, role })),
          after: unique,
        });
      });
      return listResponsibilities(db, organisationId);
    },

    /** The matrix of one function scheme for one area, with its gaps and overlaps (rule in responsibility-matrix.ts). */
    async matrix(query: MatrixQuery): Promise<ResponsibilityMatrix> {
      const area = await db.selectFrom('areas').select(['code', 'path']).where('code', '=', query.area).executeTakeFirst();
      if (!area) throw fieldError('area', 'validation.not_found');
      const functions = await selectFunctionViews(db).where('f.scheme', '=', query.scheme).orderBy('f.sort_order').orderBy('f.code').execute();
      if (functions.length === 0) throw fieldError('scheme', 'validation.not_found');
      const enclosing = area.path.split('/').filter(Boolean);
      // an area related to the matrix's area: itself, one that encloses it, or one inside it
      const relatedArea = sql<boolean>`(a.code in (${sql.join(enclosing)}) or a.path like ${`${likeEscape(area.path)}%`})`;
      const servesRelatedArea = db
        .selectFrom('organisation_areas as oa')
        .innerJoin('areas as a', 'a.code', 'oa.area_code')
        .select('oa.organisation_id')
        .where(relatedArea);
      const inScope = db
        .selectFrom('responsibilities as r')
        .innerJoin('functions as f', 'f.code', 'r.function_code')
        .where('f.scheme', '=', query.scheme)
        .where('r.organisation_id', 'in', servesRelatedArea);
      const cells = await inScope.select(['r.function_code', 'r.organisation_id', 'r.role']).orderBy('f.sort_order').orderBy('r.organisation_id').execute();
      // subqueries, not id lists: a national area can hold tens of thousands of organisations
      const matrixOrgs = inScope.select('r.organisation_id');
      const organisations = await selectSummaries(db).where('o.id', 'in', matrixOrgs).orderBy('o.depth').orderBy('o.name_en').execute();
      const served = await db
        .selectFrom('organisation_areas as oa')
        .innerJoin('areas as a', 'a.code', 'oa.area_code')
        .select(['oa.organisation_id', 'oa.area_code'])
        .where('oa.organisation_id', 'in', matrixOrgs)
        .where(relatedArea)
        .execute();
      const cellViews = cells.map((c) => ({ functionCode: c.function_code, organisationId: c.organisation_id, role: c.role }));
      return {
        functions: functions.map(toFunctionView),
        organisations: organisations.map(toSummary),
        cells: cellViews,
        flags: findMatrixFlags({
          areaCode: area.code,
          functions: functions.map((f) => ({ code: f.code, parentCode: f.parent_code })),
          cells: cellViews,
          served: served.map((s) => ({ organisationId: s.organisation_id, areaCode: s.area_code })),
        }),
      };
    },
  };
}
