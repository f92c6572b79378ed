import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { requireReadablePlan } from '../plans.access.js';
import { toElementView, type ElementRow } from '../plans.queries.js';
import type { ElementView } from '../plans.schema.js';

type Change = { field: string; from: unknown; to: unknown };

const PLAN_FIELDS = ['titleTh', 'titleEn', 'description', 'fyStart', 'fyEnd'] as const;
/** Element fields compared between versions; ids differ by construction and are left out. */
const ELEMENT_FIELDS = [
  'kind',
  'code',
  'sortOrder',
  'titleTh',
  'titleEn',
  'description',
  'areaCodes',
  'functionCodes',
  'leadOrganisationId',
  'coOrganisationIds',
  'startsOn',
  'endsOn',
  'governmentPriority',
  'areaPriority',
  'isPilot',
  'pilotHypothesis',
  'pilotEvaluation',
  'pilotDecision',
] as const satisfies readonly (keyof ElementView)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function loadVersion(db: Db, planId: string) {
  const elements = (await db.selectFrom('plan_elements').selectAll().where('plan_id', '=', planId).execute()) as ElementRow[];
  const linkages = await db
    .selectFrom('plan_linkages')
    .select(['source_element_id', 'target_element_id', 'mode', 'weight'])
    .where('source_plan_id', '=', planId)
    .orderBy('target_element_id')
    .execute();
  const lineageOf = new Map(elements.map((e) => [e.id, e.lineage_id]));
  const links = new Map<string, { target: string; mode: string; weight: number }[]>();
  for (const l of linkages) {
    const list = links.get(l.source_element_id) ?? [];
    list.push({ target: l.target_element_id, mode: l.mode, weight: Number(l.weight) });
    links.set(l.source_element_id, list);
  }
  return new Map(
    elements.map((e) => [
      e.lineage_id,
      { view: toElementView(e), parentLineage: e.parent_id ? lineageOf.get(e.parent_id)! : null, linkages: links.get(e.id) ?? [] },
    ]),
  );
}

/** What changed from one version of a plan to another, matching elements by lineage. */
export async function diffPlanVersions(db: Db, actor: Actor | null, fromId: string, toId: string) {
  const from = await requireReadablePlan(db, actor, fromId);
  const to = await requireReadablePlan(db, actor, toId);
  if (from.family_id !== to.family_id) throw new AppError('validation_failed', { messageKey: 'plans.diff_other_family' });
  const planChanges: Change[] = [];
  const fromPlan = { titleTh: from.title_th, titleEn: from.title_en, description: from.description, fyStart: from.fy_start, fyEnd: from.fy_end };
  const toPlan = { titleTh: to.title_th, titleEn: to.title_en, description: to.description, fyStart: to.fy_start, fyEnd: to.fy_end };
  for (const field of PLAN_FIELDS) if (!same(fromPlan[field], toPlan[field])) planChanges.push({ field, from: fromPlan[field], to: toPlan[field] });

  const [before, after] = await Promise.all([loadVersion(db, fromId), loadVersion(db, toId)]);
  const added: ElementView[] = [];
  const removed: ElementView[] = [];
  const changed = [];
  for (const [lineage, b] of before) if (!after.has(lineage)) removed.push(b.view);
  for (const [lineage, a] of after) {
    const b = before.get(lineage);
    if (!b) {
      added.push(a.view);
      continue;
    }
    const changes: Change[] = [];
    if (b.parentLineage !== a.parentLineage) changes.push({ field: 'parent', from: b.parentLineage, to: a.parentLineage });
    for (const field of ELEMENT_FIELDS) if (!same(b.view[field], a.view[field])) changes.push({ field, from: b.view[field], to: a.view[field] });
    if (!same(b.linkages, a.linkages)) changes.push({ field: 'linkages', from: b.linkages, to: a.linkages });
    if (changes.length > 0) changed.push({ lineageId: lineage, fromId: b.view.id, toId: a.view.id, titleTh: a.view.titleTh, titleEn: a.view.titleEn, changes });
  }
  return {
    from: { id: from.id, versionNumber: from.version_number },
    to: { id: to.id, versionNumber: to.version_number },
    planChanges,
    added,
    removed,
    changed,
  };
}
