import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { reachesPath, requireOrganisation } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError, fieldError } from '../http/errors.js';
import type { CreateRelationshipBody, RelationshipView } from './relationships.schema.js';
import { requireKnownCodes } from './organisations.validation.js';

function selectViews(db: Db) {
  return db
    .selectFrom('relationships as r')
    .innerJoin('organisations as f', 'f.id', 'r.from_organisation_id')
    .innerJoin('organisations as t', 't.id', 'r.to_organisation_id')
    .select([
      'r.id',
      'r.kind',
      'r.function_codes',
      'r.area_codes',
      'r.starts_on',
      'r.ends_on',
      'r.note',
      'f.id as from_id',
      'f.name_th as from_name_th',
      'f.name_en as from_name_en',
      't.id as to_id',
      't.name_th as to_name_th',
      't.name_en as to_name_en',
    ]);
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof selectViews>['execute']>>[number];

const toView = (r: ViewRow): RelationshipView => ({
  id: r.id,
  kind: r.kind,
  fromOrganisation: { id: r.from_id, nameTh: r.from_name_th, nameEn: r.from_name_en },
  toOrganisation: { id: r.to_id, nameTh: r.to_name_th, nameEn: r.to_name_en },
  functionCodes: r.function_codes,
  areaCodes: r.area_codes,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  note: r.note,
});

/** Typed edges between organisations (DESIGN §3 Relationship): public, like the tree itself. */
export function createRelationshipsService(db: Db) {
  return {
    /** Both directions: what the organisation has with others and others with it. */
    async listForOrganisation(organisationId: string): Promise<RelationshipView[]> {
      const org = await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
      if (!org) throw new AppError('not_found');
      const rows = await selectViews(db)
        .where((eb) => eb.or([eb('r.from_organisation_id', '=', organisationId), eb('r.to_organisation_id', '=', organisationId)]))
        .orderBy('r.kind')
        .orderBy('r.created_at')
        .execute();
      return rows.map(toView);
    },

    /** Needs organisation.manage over the "from" side: the body that commits to the relationship. */
    async createRelationship(actor: Actor, input: CreateRelationshipBody): Promise<RelationshipView> {
      const from = await db.selectFrom('organisations').select('path').where('id', '=', input.fromOrganisationId).executeTakeFirst();
      if (!from) throw fieldError('fromOrganisationId', 'validation.not_found');
      if (!reachesPath(actor, 'organisation.manage', from.path)) throw new AppError('forbidden');
      if (input.toOrganisationId === input.fromOrganisationId) throw fieldError('toOrganisationId', 'organisations.self_link');
      const to = await db.selectFrom('organisations').select('id').where('id', '=', input.toOrganisationId).executeTakeFirst();
      if (!to) throw fieldError('toOrganisationId', 'validation.not_found');
      if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw fieldError('endsOn', 'organisations.ends_before_starts');
      await requireKnownCodes(db, { functionCodes: input.functionCodes, areaCodes: input.areaCodes });
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('relationships')
          .values({
            kind: input.kind,
            from_organisation_id: input.fromOrganisationId,
            to_organisation_id: input.toOrganisationId,
            function_codes: [...new Set(input.functionCodes ?? [])],
            area_codes: [...new Set(input.areaCodes ?? [])],
            starts_on: input.startsOn ?? null,
            ends_on: input.endsOn ?? null,
            note: input.note ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, { entity: 'relationship', entityId: row.id, action: 'create', organisationId: input.fromOrganisationId, after: input });
        return row.id;
      });
      const [view] = await selectViews(db).where('r.id', '=', id).execute();
      return toView(view);
    },

    async deleteRelationship(actor: Actor, id: string): Promise<void> {
      const existing = await db.selectFrom('relationships').selectAll().where('id', '=', id).executeTakeFirst();
      if (!existing) throw new AppError('not_found');
      await requireOrganisation(db, actor, 'organisation.manage', existing.from_organisation_id);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('relationships').where('id', '=', id).execute();
        await recordAudit(trx, actor, {
          entity: 'relationship',
          entityId: id,
          action: 'delete',
          organisationId: existing.from_organisation_id,
          before: existing,
        });
      });
    },
  };
}
