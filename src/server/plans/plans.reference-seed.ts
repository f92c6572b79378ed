import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import type { Db } from '../db/database.js';
import { insertOrganisation } from '../organisations/organisations.queries.js';
import type { ElementKind } from './plans.tables.js';

const readReference = async <T>(file: string): Promise<T> => JSON.parse(await readFile(path.join(ROOT_DIR, 'reference/thailand-plans', file), 'utf8')) as T;

interface NationalStrategy {
  code: string;
  order: number;
  name_th: string;
  name_en: string;
  period_be: [number, number];
}
interface MasterPlan {
  code: string;
  order: number;
  name_th: string;
  name_th_full: string;
  name_en: string;
  ns_codes: string[];
}
interface Nesdp {
  code: string;
  kind: 'plan' | 'milestone';
  order?: number;
  name_th: string;
  name_en: string;
  label_th?: string;
  period_be?: [number, number];
}

export const NESDC_CODE = 'NESDC';

/** The NESDC organisation, created as a root when an install has none (the demo later places it under TH-RTG). */
export async function ensureNesdc(db: Db): Promise<string> {
  const found = await db.selectFrom('organisations').select('id').where('code', '=', NESDC_CODE).executeTakeFirst();
  if (found) return found.id;
  const row = await insertOrganisation(db, {
    code: NESDC_CODE,
    kind: 'secretariat',
    tier: 'central',
    parentId: null,
    countryCode: 'TH',
    abbreviation: 'สศช.',
    nameTh: 'สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ',
    nameEn: 'Office of the National Economic and Social Development Council',
  });
  return row.id;
}

interface ReferenceElement {
  code: string;
  kind: ElementKind;
  titleTh: string;
  titleEn: string;
  description?: string;
}

async function insertReferencePlan(
  db: Db,
  ownerId: string,
  plan: { code: string; level: string; fy: [number, number]; titleTh: string; titleEn: string; description?: string },
  elements: ReferenceElement[],
): Promise<Map<string, string>> {
  const existing = await db.selectFrom('plans').select('id').where('code', '=', plan.code).where('is_reference', '=', true).executeTakeFirst();
  const ids = new Map<string, string>();
  if (existing) {
    const rows = await db.selectFrom('plan_elements').select(['id', 'code']).where('plan_id', '=', existing.id).execute();
    for (const r of rows) if (r.code) ids.set(r.code, r.id);
    return ids;
  }
  const level = await db.selectFrom('plan_levels').select('rank').where('code', '=', plan.level).executeTakeFirstOrThrow();
  const id = randomUUID();
  await db
    .insertInto('plans')
    .values({
      id,
      family_id: id,
      code: plan.code,
      owner_organisation_id: ownerId,
      level_code: plan.level,
      level_rank: level.rank,
      fy_start: plan.fy[0],
      fy_end: plan.fy[1],
      title_th: plan.titleTh,
      title_en: plan.titleEn,
      description: plan.description ?? null,
      status: 'approved',
      is_reference: true,
      approved_at: new Date(),
    })
    .execute();
  const rows = elements.map((e, index) => {
    const elementId = randomUUID();
    ids.set(e.code, elementId);
    return {
      id: elementId,
      lineage_id: elementId,
      plan_id: id,
      kind: e.kind,
      code: e.code,
      sort_order: index,
      title_th: e.titleTh,
      title_en: e.titleEn,
      description: e.description ?? null,
    };
  });
  await db.insertInto('plan_elements').values(rows).execute();
  return ids;
}

/**
 * The national reference plans every install can link to on day one: the 20-year National
 * Strategy (6 strategies), the 23 master plans under it, and the 13th NESDP with its 13 milestones.
 * Approved and read-only. Idempotent. Source and licence: reference/thailand-plans/SOURCES.md.
 */
export async function seedReferencePlans(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const owner = await ensureNesdc(trx);
    const strategies = await readReference<NationalStrategy[]>('national-strategy.json');
    const nsIds = await insertReferencePlan(
      trx,
      owner,
      {
        code: 'NS-2561-2580',
        level: 'national_strategy',
        fy: strategies[0].period_be,
        titleTh: 'ยุทธศาสตร์ชาติ (พ.ศ. 2561–2580)',
        titleEn: 'National Strategy (2018–2037)',
      },
      strategies.sort((a, b) => a.order - b.order).map((s) => ({ code: s.code, kind: 'strategy', titleTh: s.name_th, titleEn: s.name_en })),
    );

    const masterPlans = await readReference<MasterPlan[]>('master-plans.json');
    const mpIds = await insertReferencePlan(
      trx,
      owner,
      {
        code: 'MP-2566-2580',
        level: 'national_master_plan',
        fy: [2566, 2580],
        titleTh: 'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ 23 ประเด็น (ฉบับปรับปรุง พ.ศ. 2566–2580)',
        titleEn: 'The 23 national master plans under the National Strategy (revised, 2023–2037)',
        description: 'English titles are unofficial translations.',
      },
      masterPlans.sort((a, b) => a.order - b.order).map((m) => ({ code: m.code, kind: 'strategy', titleTh: m.name_th_full, titleEn: m.name_en })),
    );
    // the master-plan → strategy grouping is best-effort reference data (see SOURCES.md): editable in spirit
    const mpPlan = await trx.selectFrom('plans').select('id').where('code', '=', 'MP-2566-2580').executeTakeFirstOrThrow();
    const nsPlan = await trx.selectFrom('plans').select('id').where('code', '=', 'NS-2561-2580').executeTakeFirstOrThrow();
    const links = masterPlans.flatMap((m) =>
      m.ns_codes.map((ns) => ({
        source_element_id: mpIds.get(m.code)!,
        target_element_id: nsIds.get(ns)!,
        source_plan_id: mpPlan.id,
        target_plan_id: nsPlan.id,
        mode: 'link' as const,
        weight: Math.round(100 / m.ns_codes.length),
        rationale: 'Main National Strategy of this master plan (reference grouping, not an official mapping)',
      })),
    );
    await trx
      .insertInto('plan_linkages')
      .values(links)
      .onConflict((oc) => oc.columns(['source_element_id', 'target_element_id']).doNothing())
      .execute();

    const nesdp = await readReference<Nesdp[]>('nesdp13.json');
    const plan = nesdp.find((n) => n.kind === 'plan')!;
    await insertReferencePlan(
      trx,
      owner,
      {
        code: plan.code,
        level: 'nesdp',
        fy: plan.period_be!,
        titleTh: plan.name_th,
        titleEn: plan.name_en,
        description: 'Milestone English titles are unofficial translations.',
      },
      nesdp
        .filter((n) => n.kind === 'milestone')
        .sort((a, b) => a.order! - b.order!)
        .map((m) => ({ code: m.code, kind: 'goal', titleTh: `${m.label_th} ${m.name_th}`, titleEn: `Milestone ${m.order}: ${m.name_en}` })),
    );
  });
}
