import { type Static, Type } from 'typebox';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { StringEnum, Uuid } from '../../http/schemas.js';
import { type Locale, t } from '../../i18n/i18n.js';
import { ORGANISATION_KINDS, TIERS } from '../../organisations/organisations.tables.js';
import { bangkokToday, type Clock } from '../actions/overdue.js';
import { readableCommittee } from './committees.access.js';

export const NetworkQuery = Type.Object(
  {
    organisation: Uuid,
    depth: Type.Integer({ minimum: 1, maximum: 3, default: 1 }),
    /** the node cap: the walk stops adding organisations past it and says so in `truncated` */
    limit: Type.Integer({ minimum: 2, maximum: 500, default: 150 }),
  },
  { additionalProperties: false },
);
export type NetworkQuery = Static<typeof NetworkQuery>;

export const NetworkView = Type.Object({
  nodes: Type.Array(
    Type.Object({
      id: Uuid,
      code: Type.String(),
      nameTh: Type.String(),
      nameEn: Type.String(),
      kind: StringEnum(ORGANISATION_KINDS),
      tier: StringEnum(TIERS),
      /** hops from the organisation asked about */
      depth: Type.Integer(),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      source: Uuid,
      target: Uuid,
      kind: StringEnum(['relationship', 'committee'] as const),
      /** in the caller's language; labelTh and labelEn carry both */
      label: Type.String(),
      labelTh: Type.String(),
      labelEn: Type.String(),
      relationshipKind: Type.Union([Type.String(), Type.Null()]),
      committeeId: Type.Union([Uuid, Type.Null()]),
    }),
  ),
  truncated: Type.Boolean(),
});
export type NetworkView = Static<typeof NetworkView>;

type Edge = NetworkView['edges'][number];

/** Relationships still in force today (no end date, or ending today or later). */
function relationshipsOf(db: Db, today: string) {
  return db
    .selectFrom('relationships')
    .select(['id', 'kind', 'from_organisation_id', 'to_organisation_id'])
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', today)]));
}

/** Pairs of organisations sitting on the same (readable, not dissolved) committee. */
function sharedSeats(db: Db, actor: Actor) {
  return db
    .selectFrom('committee_members as m1')
    .innerJoin('committee_members as m2', (j) => j.onRef('m2.committee_id', '=', 'm1.committee_id').onRef('m2.organisation_id', '<>', 'm1.organisation_id'))
    .innerJoin('committees as c', 'c.id', 'm1.committee_id')
    .innerJoin('organisations as h', 'h.id', 'c.host_organisation_id')
    .select(['m1.organisation_id as a', 'm2.organisation_id as b', 'c.id as committee_id', 'c.name_th', 'c.name_en'])
    .distinct()
    .where('m1.removed_at', 'is', null)
    .where('m2.removed_at', 'is', null)
    .where('c.status', '<>', 'dissolved')
    .where(readableCommittee(actor));
}

/**
 * The organisations around one organisation, up to `depth` hops along relationships and shared
 * committee seats, and every edge among them. Committees the caller may not read are left out.
 */
export async function buildNetwork(db: Db, clock: Clock, actor: Actor, locale: Locale, query: NetworkQuery): Promise<NetworkView> {
  const root = await db.selectFrom('organisations').select('id').where('id', '=', query.organisation).executeTakeFirst();
  if (!root) throw new AppError('not_found');
  const today = bangkokToday(clock());
  const depthOf = new Map<string, number>([[root.id, 0]]);
  let frontier = [root.id];
  let truncated = false;
  for (let hop = 1; hop <= query.depth && frontier.length > 0; hop++) {
    const related = await relationshipsOf(db, today)
      .where((eb) => eb.or([eb('from_organisation_id', 'in', frontier), eb('to_organisation_id', 'in', frontier)]))
      .execute();
    const seated = await sharedSeats(db, actor).where('m1.organisation_id', 'in', frontier).execute();
    const neighbours = [...related.flatMap((r) => [r.from_organisation_id, r.to_organisation_id]), ...seated.map((s) => s.b!)].sort();
    const next: string[] = [];
    for (const id of neighbours) {
      if (depthOf.has(id)) continue;
      if (depthOf.size >= query.limit) {
        truncated = true;
        break;
      }
      depthOf.set(id, hop);
      next.push(id);
    }
    frontier = next;
  }

  const ids = [...depthOf.keys()];
  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'code', 'name_th', 'name_en', 'kind', 'tier'])
    .where('id', 'in', ids)
    .orderBy('code')
    .execute();
  const edges: Edge[] = [];
  const related = await relationshipsOf(db, today).where('from_organisation_id', 'in', ids).where('to_organisation_id', 'in', ids).orderBy('id').execute();
  for (const r of related) {
    const key = `network.relationship.${r.kind}`;
    edges.push({
      source: r.from_organisation_id,
      target: r.to_organisation_id,
      kind: 'relationship',
      relationshipKind: r.kind,
      committeeId: null,
      label: t(locale, key),
      labelTh: t('th', key),
      labelEn: t('en', key),
    });
  }
  const seated = await sharedSeats(db, actor).where('m1.organisation_id', 'in', ids).where('m2.organisation_id', 'in', ids).execute();
  for (const s of seated) {
    // each unordered pair once per committee
    if (s.a! > s.b!) continue;
    edges.push({
      source: s.a!,
      target: s.b!,
      kind: 'committee',
      relationshipKind: null,
      committeeId: s.committee_id,
      label: locale === 'th' ? s.name_th : s.name_en,
      labelTh: s.name_th,
      labelEn: s.name_en,
    });
  }
  edges.sort((x, y) => x.kind.localeCompare(y.kind) || x.source.localeCompare(y.source) || x.target.localeCompare(y.target) || x.label.localeCompare(y.label));
  return {
    nodes: organisations.map((o) => ({ id: o.id, code: o.code, nameTh: o.name_th, nameEn: o.name_en, kind: o.kind, tier: o.tier, depth: depthOf.get(o.id)! })),
    edges,
    truncated,
  };
}
