import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { OrganisationKind, Tier } from './organisations.tables.js';

export interface NewOrganisation {
  id?: string;
  code: string;
  kind: OrganisationKind;
  tier: Tier;
  parentId: string | null;
  nameTh: string;
  nameEn: string;
  abbreviation?: string | null;
  countryCode?: string | null;
  website?: string | null;
}

/** Inserts one organisation, computing its materialised path from its parent's. */
export async function insertOrganisation(db: Db, input: NewOrganisation) {
  const id = input.id ?? randomUUID();
  let path = `/${id}/`;
  let depth = 0;
  if (input.parentId) {
    const parent = await db.selectFrom('organisations').select(['path', 'depth']).where('id', '=', input.parentId).executeTakeFirstOrThrow();
    path = `${parent.path}${id}/`;
    depth = parent.depth + 1;
  }
  return db
    .insertInto('organisations')
    .values({
      id,
      code: input.code,
      kind: input.kind,
      tier: input.tier,
      parent_id: input.parentId,
      path,
      depth,
      name_th: input.nameTh,
      name_en: input.nameEn,
      abbreviation: input.abbreviation ?? null,
      country_code: input.countryCode ?? null,
      website: input.website ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
