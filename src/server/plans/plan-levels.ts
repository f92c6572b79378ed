import type { Db } from '../db/database.js';

/**
 * The Thai chain of plan levels (DESIGN §3), highest first, plus ASEAN work plans above it.
 * Ranks leave gaps of ten so a level can be inserted later without renumbering.
 */
export const PLAN_LEVELS = [
  { code: 'asean_work_plan', rank: 110, tier: 'international', nameTh: 'แผนงานระดับอาเซียน', nameEn: 'ASEAN work plan' },
  { code: 'national_strategy', rank: 100, tier: 'central', nameTh: 'ยุทธศาสตร์ชาติ 20 ปี', nameEn: '20-year National Strategy' },
  { code: 'national_master_plan', rank: 90, tier: 'central', nameTh: 'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ', nameEn: 'National master plan' },
  { code: 'nesdp', rank: 80, tier: 'central', nameTh: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ', nameEn: 'National Economic and Social Development Plan' },
  { code: 'government_plan', rank: 70, tier: 'central', nameTh: 'แผนการบริหารราชการแผ่นดิน', nameEn: 'Government administration plan' },
  { code: 'ministry', rank: 60, tier: 'central', nameTh: 'แผนปฏิบัติราชการของกระทรวง/กรม', nameEn: 'Ministry / department plan' },
  { code: 'province_cluster', rank: 50, tier: 'regional', nameTh: 'แผนพัฒนากลุ่มจังหวัด', nameEn: 'Province-cluster development plan' },
  { code: 'province', rank: 40, tier: 'regional', nameTh: 'แผนพัฒนาจังหวัด', nameEn: 'Provincial development plan' },
  { code: 'district', rank: 30, tier: 'regional', nameTh: 'แผนพัฒนาอำเภอ', nameEn: 'District development plan' },
  { code: 'local', rank: 20, tier: 'local', nameTh: 'แผนพัฒนาท้องถิ่น', nameEn: 'Local government development plan' },
  { code: 'community', rank: 10, tier: 'community', nameTh: 'แผนชุมชน', nameEn: 'Community plan' },
] as const;

export type PlanLevelCode = (typeof PLAN_LEVELS)[number]['code'];

/** Idempotent: inserts missing levels and refreshes names and ranks of existing ones. */
export async function seedPlanLevels(db: Db): Promise<void> {
  await db
    .insertInto('plan_levels')
    .values(PLAN_LEVELS.map((l) => ({ code: l.code, rank: l.rank, tier: l.tier, name_th: l.nameTh, name_en: l.nameEn })))
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        rank: eb.ref('excluded.rank'),
        tier: eb.ref('excluded.tier'),
        name_th: eb.ref('excluded.name_th'),
        name_en: eb.ref('excluded.name_en'),
      })),
    )
    .execute();
}
