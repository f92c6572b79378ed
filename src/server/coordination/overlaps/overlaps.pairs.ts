/**
 * Candidate pairs kept in `overlap_pairs`: computed by the engine over a bounded set of projects
 * (an area on request, or one project's block when it is saved) and upserted so resolutions can
 * refer to them. A resolved pair whose fingerprint changes (either project changed materially)
 * is reopened; an unresolved pair that is no longer a candidate is dropped.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { findCandidates, type Reason } from '../overlap/index.js';
import { matchRows } from './overlaps.features-cache.js';
import type { PairRow } from './overlaps.views.js';
import { areaBlockSql, loadProjects, loadProjectsByIds, pairFingerprint, periodBlockSql, type ProjectRow, toOverlapProject } from './overlaps.projects.js';

/** Most pairs one area refresh keeps. */
const MAX_PAIRS = 1000;

export interface ScoredPair {
  a: ProjectRow;
  b: ProjectRow;
  score: number;
  reasons: Reason[];
}

function ordered(x: ProjectRow, y: ProjectRow): [ProjectRow, ProjectRow] {
  return x.id < y.id ? [x, y] : [y, x];
}

/** Upserts pairs; returns their ids. */
export async function persistPairs(trx: Db, pairs: ScoredPair[]): Promise<string[]> {
  const ids: string[] = [];
  for (const pair of pairs) {
    const [a, b] = ordered(pair.a, pair.b);
    const fingerprint = pairFingerprint(a, b);
    const changed = sql<boolean>`overlap_pairs.status = 'resolved' and overlap_pairs.resolved_fingerprint <> ${fingerprint}`;
    const row = await trx
      .insertInto('overlap_pairs')
      .values({ element_a_id: a.id, element_b_id: b.id, score: pair.score.toFixed(4), reasons: JSON.stringify(pair.reasons), fingerprint })
      .onConflict((oc) =>
        oc.columns(['element_a_id', 'element_b_id']).doUpdateSet({
          score: (eb) => eb.ref('excluded.score'),
          reasons: (eb) => eb.ref('excluded.reasons'),
          fingerprint: (eb) => eb.ref('excluded.fingerprint'),
          // a material change reopens a resolved pair; its resolution stays in the history
          status: sql`case when ${changed} then 'open' else overlap_pairs.status end`,
          resolution: sql`case when ${changed} then null else overlap_pairs.resolution end`,
          version: sql`overlap_pairs.version + case when overlap_pairs.fingerprint <> ${fingerprint} then 1 else 0 end`,
          updated_at: sql`case when overlap_pairs.fingerprint <> ${fingerprint} then now() else overlap_pairs.updated_at end`,
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

/** Drops unresolved, never-resolved pairs matching `where` that are not in `keep` (and no agenda refers to). */
async function dropStale(trx: Db, where: ReturnType<typeof sql>, keep: string[]): Promise<void> {
  await sql`
    delete from overlap_pairs op
    where op.status = 'open' and ${where}
      ${keep.length ? sql`and op.id <> all(${sql.val(keep)}::uuid[])` : sql``}
      and not exists (select 1 from overlap_resolutions r where r.pair_id = op.id)
      -- a pair on a meeting's agenda stays, so the agenda item keeps its subject
      and not exists (select 1 from agenda_items ai where ai.overlap_pair_id = op.id)`.execute(trx);
}

/** Recomputes every candidate pair among an area's projects (bounded) and stores them. */
export async function refreshArea(trx: Db, area: string): Promise<void> {
  const rows = await loadProjects(trx, [areaBlockSql([area])]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidates = findCandidates(rows.map(toOverlapProject), { limit: MAX_PAIRS });
  const keep = await persistPairs(
    trx,
    candidates.map((c) => ({ a: byId.get(c.a.id)!, b: byId.get(c.b.id)!, score: c.score, reasons: c.reasons })),
  );
  const ids = rows.map((r) => r.id);
  if (ids.length) await dropStale(trx, sql`op.element_a_id = any(${sql.val(ids)}::uuid[]) and op.element_b_id = any(${sql.val(ids)}::uuid[])`, keep);
}

/**
 * The incremental re-check when a project is saved: compares it with the projects of its block
 * (same, enclosing or enclosed areas; overlapping period), updates its pairs, reopens resolved
 * ones it changed materially and drops those that no longer hold. Call inside the save's
 * transaction; a deleted element's pairs go with it (on delete cascade).
 */
export async function recheckProject(trx: Db, elementId: string): Promise<void> {
  const [self] = await loadProjectsByIds(trx, [elementId]);
  const mine = sql`(op.element_a_id = ${elementId} or op.element_b_id = ${elementId})`;
  if (!self || self.area_codes.length === 0) return dropStale(trx, mine, []);
  const others = await loadProjects(trx, [
    areaBlockSql(self.area_codes),
    periodBlockSql(self.starts_on, self.ends_on),
    sql`e.id <> ${elementId}`,
    sql`p.owner_organisation_id <> ${self.owner_id}`,
  ]);
  const pairs: ScoredPair[] = matchRows(toOverlapProject(self), others, MAX_PAIRS).map((m) => ({ a: self, b: m.row, score: m.score, reasons: m.reasons }));
  await dropStale(trx, mine, await persistPairs(trx, pairs));
}

/** A pair with both projects (404 when either is gone or its plan closed). */
export async function loadPair(db: Db, pairId: string): Promise<{ pair: PairRow; a: ProjectRow; b: ProjectRow; projects: Map<string, ProjectRow> }> {
  const pair = (await db.selectFrom('overlap_pairs').selectAll().where('id', '=', pairId).executeTakeFirst()) as PairRow | undefined;
  if (!pair) throw new AppError('not_found');
  const rows = await loadProjectsByIds(db, [pair.element_a_id, pair.element_b_id]);
  const projects = new Map(rows.map((r) => [r.id, r]));
  const a = projects.get(pair.element_a_id);
  const b = projects.get(pair.element_b_id);
  // a project whose plan was closed is no longer compared
  if (!a || !b) throw new AppError('not_found');
  return { pair, a, b, projects };
}
