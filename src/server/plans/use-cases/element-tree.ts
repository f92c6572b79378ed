import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.record.js';
import { recheckProject } from '../../coordination/overlaps/overlaps.pairs.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { AppError, fieldError } from '../../http/errors.js';
import { requireEditableElement, requireEditablePlan, requireReadablePlan, requireVersion } from '../plans.access.js';
import { findElement, subtreeIds, toElementView, toPlanView, type ElementRow } from '../plans.queries.js';
import type { CreateElementBody, ElementView, MoveElementBody, UpdateElementBody } from '../plans.schema.js';
import type { ElementKind } from '../plans.tables.js';
import { kindParams } from './kind-names.js';

/** Where each kind may sit: null = at the top of the plan. Community plans may list projects at the top. */
export const ALLOWED_PARENTS: Record<ElementKind, readonly (ElementKind | null)[]> = {
  goal: [null],
  strategy: [null, 'goal'],
  tactic: ['strategy'],
  programme: [null, 'strategy', 'tactic'],
  project: [null, 'strategy', 'tactic', 'programme'],
  activity: ['project'],
};

function checkParentKind(kind: ElementKind, parentKind: ElementKind | null, path: string) {
  if (ALLOWED_PARENTS[kind].includes(parentKind)) return;
  if (parentKind === null) throw new AppError('validation_failed', { fields: [{ path, key: 'plans.element_root_kind', params: kindParams('kind', kind) }] });
  throw new AppError('validation_failed', {
    fields: [{ path, key: 'plans.element_parent_kind', params: { ...kindParams('kind', kind), ...kindParams('parentKind', parentKind) } }],
  });
}

async function checkOrganisations(db: Db, lead: string | null | undefined, co: string[] | undefined) {
  if (lead) {
    const found = await db.selectFrom('organisations').select('id').where('id', '=', lead).executeTakeFirst();
    if (!found) throw fieldError('leadOrganisationId', 'plans.unknown_organisation');
  }
  if (co && co.length > 0) {
    const found = await db.selectFrom('organisations').select('id').where('id', 'in', co).execute();
    if (found.length !== new Set(co).size) throw fieldError('coOrganisationIds', 'plans.unknown_organisation');
  }
}

type Fields = Partial<Omit<CreateElementBody, 'kind' | 'parentId' | 'position'>>;

/** Checks the cross-field rules of an element after applying `changes` to `current`. */
function checkFields(current: Partial<ElementRow>, changes: Fields) {
  const startsOn = changes.startsOn !== undefined ? changes.startsOn : current.starts_on;
  const endsOn = changes.endsOn !== undefined ? changes.endsOn : current.ends_on;
  if (startsOn && endsOn && endsOn < startsOn) throw fieldError('endsOn', 'plans.element_dates');
  const isPilot = changes.isPilot ?? current.is_pilot ?? false;
  const pilotSet = [changes.pilotHypothesis, changes.pilotEvaluation, changes.pilotDecision].some((v) => v !== undefined && v !== null);
  if (!isPilot && pilotSet) throw fieldError('isPilot', 'plans.pilot_fields');
}

/** Column values for the fields present in `f`. */
function columns(f: Fields) {
  const c: Record<string, unknown> = {};
  const map: [keyof Fields, string][] = [
    ['code', 'code'],
    ['titleTh', 'title_th'],
    ['titleEn', 'title_en'],
    ['description', 'description'],
    ['areaCodes', 'area_codes'],
    ['functionCodes', 'function_codes'],
    ['leadOrganisationId', 'lead_organisation_id'],
    ['coOrganisationIds', 'co_organisation_ids'],
    ['startsOn', 'starts_on'],
    ['endsOn', 'ends_on'],
    ['governmentPriority', 'government_priority'],
    ['areaPriority', 'area_priority'],
    ['isPilot', 'is_pilot'],
    ['pilotHypothesis', 'pilot_hypothesis'],
    ['pilotEvaluation', 'pilot_evaluation'],
    ['pilotDecision', 'pilot_decision'],
  ];
  for (const [field, column] of map) if (f[field] !== undefined) c[column] = f[field];
  // a pilot flag turned off drops its pilot details
  if (f.isPilot === false) Object.assign(c, { pilot_hypothesis: null, pilot_evaluation: null, pilot_decision: null });
  return c;
}

/** Renumbers one sibling group 0..n-1 in the given order, in one statement. */
async function renumber(trx: Db, orderedIds: string[]) {
  if (orderedIds.length === 0) return;
  await sql`update plan_elements e set sort_order = x.ord - 1
    from unnest(${sql.val(orderedIds)}::uuid[]) with ordinality as x(id, ord)
    where e.id = x.id and e.sort_order <> x.ord - 1`.execute(trx);
}

async function siblingIds(trx: Db, planId: string, parentId: string | null, except?: string) {
  let q = trx.selectFrom('plan_elements').select('id').where('plan_id', '=', planId);
  q = parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null);
  if (except) q = q.where('id', '<>', except);
  return (await q.orderBy('sort_order').orderBy('created_at').execute()).map((r) => r.id);
}

async function reloadElement(db: Db, id: string): Promise<ElementView> {
  return toElementView((await findElement(db, id))!);
}

export function createElementTree(db: Db) {
  return {
    /** The whole tree of a plan as a flat list ordered for display (parentId + sortOrder). */
    async getTree(actor: Actor | null, planId: string) {
      const plan = await requireReadablePlan(db, actor, planId);
      const rows = (await db
        .selectFrom('plan_elements')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('parent_id')
        .orderBy('sort_order')
        .execute()) as ElementRow[];
      return { plan: toPlanView(plan), elements: rows.map(toElementView) };
    },

    async getElement(actor: Actor | null, elementId: string) {
      const element = await findElement(db, elementId);
      if (!element) throw new AppError('not_found');
      await requireReadablePlan(db, actor, element.plan_id);
      return toElementView(element);
    },

    async addElement(actor: Actor, planId: string, input: CreateElementBody): Promise<ElementView> {
      const plan = await requireEditablePlan(db, actor, planId);
      const parent = input.parentId ? await findElement(db, input.parentId) : undefined;
      if (input.parentId && (!parent || parent.plan_id !== planId)) throw fieldError('parentId', 'plans.element_parent_other_plan');
      checkParentKind(input.kind, parent?.kind ?? null, 'parentId');
      checkFields({}, input);
      await checkOrganisations(db, input.leadOrganisationId, input.coOrganisationIds);
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        const siblings = await siblingIds(trx, planId, parent?.id ?? null);
        const position = Math.min(input.position ?? siblings.length, siblings.length);
        await trx
          .insertInto('plan_elements')
          .values({
            id,
            plan_id: planId,
            parent_id: parent?.id ?? null,
            lineage_id: id,
            kind: input.kind,
            sort_order: position,
            ...(columns(input) as { title_th: string; title_en: string }),
          })
          .execute();
        if (position < siblings.length) await renumber(trx, [...siblings.slice(0, position), id, ...siblings.slice(position)]);
        await recordAudit(trx, actor, {
          entity: 'plan_element',
          entityId: id,
          action: 'create',
          organisationId: plan.owner_organisation_id,
          after: { planId, ...input },
        });
        await recheckProject(trx, id);
      });
      return reloadElement(db, id);
    },

    async updateElement(actor: Actor, elementId: string, input: UpdateElementBody): Promise<ElementView> {
      const { element, plan } = await requireEditableElement(db, actor, elementId);
      requireVersion(element.version, input.version);
      const { version, ...changes } = input;
      checkFields(element, changes);
      await checkOrganisations(db, changes.leadOrganisationId, changes.coOrganisationIds);
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('plan_elements')
          .set({ ...columns(changes), version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', elementId)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'plan_element',
          entityId: elementId,
          action: 'update',
          organisationId: plan.owner_organisation_id,
          before: toElementView(element),
          after: changes,
        });
        await recheckProject(trx, elementId);
      });
      return reloadElement(db, elementId);
    },

    /** Reparents (within the same plan) and/or reorders an element among its siblings. */
    async moveElement(actor: Actor, elementId: string, input: MoveElementBody): Promise<ElementView> {
      const { element, plan } = await requireEditableElement(db, actor, elementId);
      requireVersion(element.version, input.version);
      const parent = input.parentId ? await findElement(db, input.parentId) : undefined;
      if (input.parentId && (!parent || parent.plan_id !== element.plan_id)) throw fieldError('parentId', 'plans.element_parent_other_plan');
      if (parent && (await subtreeIds(db, elementId)).includes(parent.id)) throw fieldError('parentId', 'plans.element_move_cycle');
      checkParentKind(element.kind, parent?.kind ?? null, 'parentId');
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('plan_elements')
          .set({ parent_id: parent?.id ?? null, version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', elementId)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
        const siblings = await siblingIds(trx, element.plan_id, parent?.id ?? null, elementId);
        const position = Math.min(input.position, siblings.length);
        await renumber(trx, [...siblings.slice(0, position), elementId, ...siblings.slice(position)]);
        if ((element.parent_id ?? null) !== (parent?.id ?? null)) await renumber(trx, await siblingIds(trx, element.plan_id, element.parent_id));
        await recordAudit(trx, actor, {
          entity: 'plan_element',
          entityId: elementId,
          action: 'move',
          organisationId: plan.owner_organisation_id,
          before: { parentId: element.parent_id, sortOrder: element.sort_order },
          after: { parentId: parent?.id ?? null, position },
        });
      });
      return reloadElement(db, elementId);
    },

    /** Deletes an element and its subtree, unless another plan links into any of them. */
    async deleteElement(actor: Actor, elementId: string, version: number): Promise<void> {
      const { element, plan } = await requireEditableElement(db, actor, elementId);
      requireVersion(element.version, version);
      const ids = await subtreeIds(db, elementId);
      const incoming = await db
        .selectFrom('plan_linkages as l')
        .innerJoin('plan_elements as s', 's.id', 'l.source_element_id')
        .innerJoin('plans as p', 'p.id', 'l.source_plan_id')
        .select(['s.title_th', 's.title_en', 'p.title_th as plan_th', 'p.title_en as plan_en'])
        .where('l.target_element_id', 'in', ids)
        .orderBy('p.title_en')
        .execute();
      if (incoming.length > 0) {
        const shown = incoming.slice(0, 5);
        const more = incoming.length > 5 ? ` (+${incoming.length - 5})` : '';
        throw new AppError('conflict', {
          messageKey: 'plans.element_linked',
          params: {
            count: incoming.length,
            sourcesTh: shown.map((r) => `${r.title_th} (${r.plan_th})`).join('; ') + more,
            sourcesEn: shown.map((r) => `${r.title_en} (${r.plan_en})`).join('; ') + more,
          },
        });
      }
      // an indicator that is a KPI of a performance agreement keeps its element: the agreement is a signed-for record
      const agreements = await db
        .selectFrom('agreement_kpis as k')
        .innerJoin('indicators as i', 'i.id', 'k.indicator_id')
        .innerJoin('agreements as a', 'a.id', 'k.agreement_id')
        .select(['a.id', 'a.title_th', 'a.title_en'])
        .distinct()
        .where('i.element_id', 'in', ids)
        .orderBy('a.title_en')
        .execute();
      if (agreements.length > 0) {
        throw new AppError('conflict', {
          messageKey: 'plans.element_in_agreement',
          params: {
            count: agreements.length,
            agreementsTh: agreements.map((a) => a.title_th).join('; '),
            agreementsEn: agreements.map((a) => a.title_en).join('; '),
          },
        });
      }
      await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('plan_elements').where('id', '=', elementId).where('version', '=', version).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('stale_version');
        await renumber(trx, await siblingIds(trx, element.plan_id, element.parent_id));
        await recordAudit(trx, actor, {
          entity: 'plan_element',
          entityId: elementId,
          action: 'delete',
          organisationId: plan.owner_organisation_id,
          before: { ...toElementView(element), subtree: ids.length },
        });
      });
    },

    /** Elements whose government priority and area priority differ by at least `minGap` (both set). */
    async priorityDisagreements(actor: Actor | null, planId: string, minGap: number) {
      await requireReadablePlan(db, actor, planId);
      const rows = (await db
        .selectFrom('plan_elements')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('government_priority', 'is not', null)
        .where('area_priority', 'is not', null)
        .where(sql<boolean>`abs(government_priority - area_priority) >= ${minGap}`)
        .orderBy(sql`abs(government_priority - area_priority)`, 'desc')
        .orderBy('sort_order')
        .execute()) as ElementRow[];
      return rows.map((r) => ({ ...toElementView(r), gap: Math.abs(r.government_priority! - r.area_priority!) }));
    },
  };
}

export type ElementTree = ReturnType<typeof createElementTree>;
