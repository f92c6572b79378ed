import type { Updateable } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import { reachesPath } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import { codeInUse, findOrganisationRow, findServedAreaCodes, replaceServedAreas, rewriteSubtreePaths } from '../organisations.queries.js';
import type { UpdateOrganisationBody } from '../organisations.schema.js';
import type { OrganisationsTable } from '../organisations.tables.js';
import { isDuplicateCode, requireKnownCodes, requireRootAllowed } from '../organisations.validation.js';

const COLUMNS = {
  code: 'code',
  kind: 'kind',
  tier: 'tier',
  nameTh: 'name_th',
  nameEn: 'name_en',
  abbreviation: 'abbreviation',
  website: 'website',
  countryCode: 'country_code',
} as const;

/**
 * Changes an organisation under optimistic concurrency: `version` must be the one stored, or 409.
 * Moving it (a new `parentId`) needs organisation.manage over it AND over the new parent, refuses
 * a move under itself or its own subtree, and rewrites the paths of the whole subtree at once.
 */
export async function updateOrganisation(db: Db, actor: Actor, id: string, input: UpdateOrganisationBody): Promise<void> {
  const current = await findOrganisationRow(db, id);
  if (!current) throw new AppError('not_found');
  if (!reachesPath(actor, 'organisation.manage', current.path)) throw new AppError('forbidden');
  const moving = input.parentId !== undefined && input.parentId !== current.parent_id;
  if (moving) await checkNewParent(db, actor, current, input.parentId ?? null);
  await requireKnownCodes(db, { areaCodes: input.areaCodes, countryCode: input.countryCode });
  if (input.code !== undefined && input.code !== current.code && (await codeInUse(db, input.code, id))) throw fieldError('code', 'validation.duplicate');

  try {
    await db.transaction().execute(async (trx) => {
      // lock the row, then compare versions: two editors cannot both win
      const locked = await trx.selectFrom('organisations').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
      if (locked.version !== input.version) throw new AppError('stale_version');
      const changes: Partial<Record<(typeof COLUMNS)[keyof typeof COLUMNS], string | null>> = {};
      for (const [field, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, (typeof COLUMNS)[keyof typeof COLUMNS]][]) {
        if (input[field] !== undefined) changes[column] = input[field] ?? null;
      }
      let parentId = locked.parent_id;
      if (moving) {
        // re-read the new parent inside the transaction: its path may have moved meanwhile
        const newPath = await newPathUnder(trx, locked, input.parentId ?? null);
        await rewriteSubtreePaths(trx, locked.path, newPath, newPath.split('/').length - locked.path.split('/').length);
        parentId = input.parentId ?? null;
      }
      await trx
        .updateTable('organisations')
        .set({ ...(changes as Updateable<OrganisationsTable>), parent_id: parentId, version: locked.version + 1, updated_at: new Date() })
        .where('id', '=', id)
        .execute();
      let areaChange = {};
      if (input.areaCodes !== undefined) {
        areaChange = { areaCodes: await findServedAreaCodes(trx, id) };
        await replaceServedAreas(trx, id, input.areaCodes);
      }
      const before = Object.fromEntries(
        Object.entries(COLUMNS)
          .filter(([f]) => input[f as keyof typeof COLUMNS] !== undefined)
          .map(([f, c]) => [f, locked[c]]),
      );
      const { version: _version, ...after } = input;
      await recordAudit(trx, actor, {
        entity: 'organisation',
        entityId: id,
        action: moving ? 'move' : 'update',
        organisationId: id,
        before: { ...before, ...areaChange, ...(moving ? { parentId: locked.parent_id } : {}), version: locked.version },
        after: { ...after, version: locked.version + 1 },
      });
    });
  } catch (error) {
    if (isDuplicateCode(error)) throw fieldError('code', 'validation.duplicate');
    throw error;
  }
}

type OrganisationRow = { id: string; path: string };

async function checkNewParent(db: Db, actor: Actor, current: OrganisationRow, parentId: string | null): Promise<void> {
  if (parentId === null) return requireRootAllowed(actor);
  const parent = await db.selectFrom('organisations').select('path').where('id', '=', parentId).executeTakeFirst();
  if (!parent) throw fieldError('parentId', 'validation.not_found');
  if (!reachesPath(actor, 'organisation.manage', parent.path)) throw new AppError('forbidden');
  if (parent.path.startsWith(current.path)) throw fieldError('parentId', 'organisations.cycle');
}

async function newPathUnder(trx: Db, current: OrganisationRow, parentId: string | null): Promise<string> {
  if (parentId === null) return `/${current.id}/`;
  const parent = await trx.selectFrom('organisations').select('path').where('id', '=', parentId).forUpdate().executeTakeFirstOrThrow();
  if (parent.path.startsWith(current.path)) throw fieldError('parentId', 'organisations.cycle');
  return `${parent.path}${current.id}/`;
}
