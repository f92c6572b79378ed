import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { reachesPath, requireOrganisation } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError, fieldError } from '../http/errors.js';
import { codeInUse, findOrganisationDetail, findServedAreaCodes, insertOrganisation, listOrganisations, replaceServedAreas } from './organisations.queries.js';
import type { CreateOrganisationBody, MemberView, OrganisationDetail, OrganisationsQuery, UpdateOrganisationBody } from './organisations.schema.js';
import { isDuplicateCode, requireKnownCodes, requireRootAllowed } from './organisations.validation.js';
import { updateOrganisation } from './use-cases/update-organisation.js';

export function createOrganisationsService(db: Db) {
  async function getOrganisation(id: string): Promise<OrganisationDetail> {
    const detail = await findOrganisationDetail(db, id);
    if (!detail) throw new AppError('not_found');
    return detail;
  }

  return {
    /** The organisation tree is public information: no permission is needed to read it. */
    listOrganisations: (query: OrganisationsQuery) => listOrganisations(db, query),

    getOrganisation,

    async createOrganisation(actor: Actor, input: CreateOrganisationBody): Promise<OrganisationDetail> {
      let countryCode = input.countryCode ?? null;
      if (input.parentId === null) {
        requireRootAllowed(actor);
      } else {
        const parent = await db.selectFrom('organisations').select(['path', 'country_code']).where('id', '=', input.parentId).executeTakeFirst();
        if (!parent) throw fieldError('parentId', 'validation.not_found');
        if (!reachesPath(actor, 'organisation.manage', parent.path)) throw new AppError('forbidden');
        // an office inherits its parent's country unless told otherwise
        if (input.countryCode === undefined) countryCode = parent.country_code;
      }
      await requireKnownCodes(db, { areaCodes: input.areaCodes, countryCode: input.countryCode });
      if (await codeInUse(db, input.code)) throw fieldError('code', 'validation.duplicate');
      try {
        const id = await db.transaction().execute(async (trx) => {
          const row = await insertOrganisation(trx, {
            code: input.code,
            kind: input.kind,
            tier: input.tier,
            parentId: input.parentId,
            nameTh: input.nameTh,
            nameEn: input.nameEn,
            abbreviation: input.abbreviation ?? null,
            website: input.website ?? null,
            countryCode,
          });
          await replaceServedAreas(trx, row.id, input.areaCodes ?? []);
          await recordAudit(trx, actor, {
            entity: 'organisation',
            entityId: row.id,
            action: 'create',
            organisationId: row.id,
            after: { ...input, countryCode, areaCodes: [...new Set(input.areaCodes ?? [])] },
          });
          return row.id;
        });
        return getOrganisation(id);
      } catch (error) {
        if (isDuplicateCode(error)) throw fieldError('code', 'validation.duplicate');
        throw error;
      }
    },

    updateOrganisation: (actor: Actor, id: string, input: UpdateOrganisationBody) => updateOrganisation(db, actor, id, input).then(() => getOrganisation(id)),

    async setServedAreas(actor: Actor, id: string, areaCodes: string[]): Promise<OrganisationDetail> {
      await requireOrganisation(db, actor, 'organisation.manage', id);
      await requireKnownCodes(db, { areaCodes });
      await db.transaction().execute(async (trx) => {
        const before = await findServedAreaCodes(trx, id);
        await replaceServedAreas(trx, id, areaCodes);
        await trx.updateTable('organisations').set({ updated_at: new Date() }).where('id', '=', id).execute();
        await recordAudit(trx, actor, {
          entity: 'organisation',
          entityId: id,
          action: 'set_areas',
          organisationId: id,
          before: { areaCodes: before },
          after: { areaCodes: [...new Set(areaCodes)].sort() },
        });
      });
      return getOrganisation(id);
    },

    /** Who works in the organisation is private: only those with a role over it may see. */
    async listMembers(actor: Actor, id: string): Promise<MemberView[]> {
      await requireOrganisation(db, actor, 'private.read', id);
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.id', 'm.user_id', 'u.name', 'u.email', 'm.role'])
        .where('m.organisation_id', '=', id)
        .orderBy('u.name')
        .orderBy('m.role')
        .execute();
      return rows.map((r) => ({ membershipId: r.id, userId: r.user_id, name: r.name, email: r.email, role: r.role }));
    },
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
