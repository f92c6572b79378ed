/**
 * Resolving a pair: not a duplicate, combine, merge (one project absorbs the other and its
 * links) or coordinate (a plan linkage between them, made by the plans area so its rules apply).
 * Every resolution is kept in overlap_resolutions; the pair remembers the fingerprint it was
 * resolved on so it reopens only when either project changes materially.
 */
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import type { Locale } from '../../i18n/i18n.js';
import { createLinkages } from '../../plans/use-cases/linkages.js';
import { EDITABLE_STATUSES } from '../../plans/plans.tables.js';
import { requireReadablePair, requireResolver } from './overlaps.access.js';
import type { ProjectRow } from './overlaps.projects.js';
import type { PairDetail, ResolveBody } from './overlaps.schema.js';
import { loadPair } from './overlaps.pairs.js';

/** Moves the absorbed project's upward linkages to the absorbing one (those it does not already have). */
async function moveLinkages(trx: Db, from: ProjectRow, to: ProjectRow): Promise<number> {
  const moved = await sql`
    update plan_linkages l set source_element_id = ${to.id}, source_plan_id = ${to.plan_id}, version = l.version + 1, updated_at = now()
    where l.source_element_id = ${from.id} and l.target_element_id <> ${to.id}
      and not exists (select 1 from plan_linkages x where x.source_element_id = ${to.id} and x.target_element_id = l.target_element_id)`.execute(trx);
  return Number(moved.numAffectedRows ?? 0);
}

export function createResolutions(db: Db, getPair: (actor: Actor, locale: Locale, id: string) => Promise<PairDetail>) {
  const linkages = createLinkages(db);

  return {
    async resolve(actor: Actor, locale: Locale, pairId: string, body: ResolveBody): Promise<PairDetail> {
      const { pair, a, b } = await loadPair(db, pairId);
      requireReadablePair(actor, a, b);
      requireResolver(actor, a, b);
      if (body.version !== undefined && body.version !== pair.version) throw new AppError('stale_version');

      let absorbing: ProjectRow | null = null;
      if (body.resolution === 'merge') {
        if (!body.absorbingElementId) throw fieldError('absorbingElementId', 'overlaps.absorbing_required');
        absorbing = body.absorbingElementId === a.id ? a : body.absorbingElementId === b.id ? b : null;
        if (!absorbing) throw fieldError('absorbingElementId', 'overlaps.absorbing_not_in_pair');
        // an approved plan changes only through a revision (a new draft version)
        if (![a, b].every((p) => EDITABLE_STATUSES.includes(p.plan_status))) throw new AppError('conflict', { messageKey: 'overlaps.merge_needs_revision' });
      } else if (body.absorbingElementId) {
        throw fieldError('absorbingElementId', 'overlaps.absorbing_only_merge');
      }

      let linkageId: string | null = null;
      if (body.resolution === 'coordinate') {
        // linkage goes upward: from the lower-level project to the higher; the plans area refuses
        // same-level pairs, plans the actor may not edit and periods that do not meet, with its reason
        const [source, target] = a.plan_level_rank <= b.plan_level_rank ? [a, b] : [b, a];
        const linkage = await linkages.createLinkage(actor, source.id, {
          targetElementId: target.id,
          mode: 'coordinate',
          weight: 100,
          rationale: body.note ?? null,
        });
        linkageId = linkage.id;
      }

      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('overlap_pairs')
          .set({ status: 'resolved', resolution: body.resolution, resolved_fingerprint: sql`fingerprint`, version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', pairId)
          .where('version', '=', pair.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError('stale_version');
        const moved = absorbing ? await moveLinkages(trx, absorbing === a ? b : a, absorbing) : 0;
        const row = await trx
          .insertInto('overlap_resolutions')
          .values({
            pair_id: pairId,
            resolution: body.resolution,
            note: body.note ?? null,
            absorbing_element_id: absorbing?.id ?? null,
            linkage_id: linkageId,
            fingerprint: pair.fingerprint,
            resolved_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          entity: 'overlap_pair',
          entityId: pairId,
          action: 'resolve',
          organisationId: a.owner_id,
          before: { status: pair.status, resolution: pair.resolution },
          after: { resolutionId: row.id, ...body, linkageId, movedLinkages: moved },
        });
      });
      return getPair(actor, locale, pairId);
    },
  };
}
