import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { quartersOf } from '../../shared/results.js';
import type { Db } from '../db/database.js';
import { recomputeAllRollups } from '../indicators/rollups.recompute.js';
import type { IndicatorsTable } from '../indicators/indicators.tables.js';
import type { Insertable } from 'kysely';

interface DemoIndicator {
  key: string;
  element: string;
  /** the plan holding `element` when codes repeat across plans (the national reference plans) */
  planCode?: string;
  th: string;
  en: string;
  kind: 'output' | 'outcome' | 'impact';
  unit: 'count' | 'percent';
  rule: 'sum' | 'mean' | 'weighted_mean';
  responsible: string;
  contributesTo?: [string, number];
  byProvince?: boolean;
  /** quarterly target, and the value of quarter k (0 = 2568-Q1 … 7 = 2569-Q4) */
  target: number;
  value: (k: number) => number;
}

const INDICATORS: DemoIndicator[] = [
  {
    key: 'ns6',
    element: 'NS6',
    planCode: 'NS-2561-2580',
    th: 'ร้อยละความพึงพอใจของประชาชนต่อการบริการภาครัฐ',
    en: 'Citizen satisfaction with public services (%)',
    kind: 'outcome',
    unit: 'percent',
    rule: 'weighted_mean',
    responsible: 'NESDC',
    target: 85,
    value: (k) => 78 + k,
  },
  {
    key: 'ns4',
    element: 'NS4',
    planCode: 'NS-2561-2580',
    th: 'จำนวนผู้สูงอายุที่ได้รับการดูแลระยะยาว',
    en: 'Older people receiving long-term care',
    kind: 'outcome',
    unit: 'count',
    rule: 'sum',
    responsible: 'NESDC',
    target: 1500,
    value: (k) => 300 + 40 * k,
  },
  {
    key: 'ns4map',
    element: 'NS4',
    planCode: 'NS-2561-2580',
    th: 'ร้อยละผู้สูงอายุที่เข้าถึงการดูแลในชุมชน (รายจังหวัด)',
    en: 'Older people reached by community care, by province (%)',
    kind: 'outcome',
    unit: 'percent',
    rule: 'mean',
    responsible: 'NESDC',
    byProvince: true,
    target: 70,
    value: (k) => 55 + 2 * k,
  },
  {
    key: 'udn-s2',
    element: 'UDN-S2',
    th: 'ร้อยละความพึงพอใจต่อศูนย์บริการประชาชนจังหวัดอุดรธานี',
    en: 'Satisfaction with Udon Thani public services (%)',
    kind: 'outcome',
    unit: 'percent',
    rule: 'mean',
    responsible: 'UDN-PO',
    contributesTo: ['ns6', 70],
    target: 85,
    value: (k) => 80 + k,
  },
  {
    key: 'udn-s3',
    element: 'UDN-S3',
    th: 'จำนวนผู้สูงอายุที่ได้รับการดูแลในจังหวัดอุดรธานี',
    en: 'Older people cared for in Udon Thani',
    kind: 'outcome',
    unit: 'count',
    rule: 'sum',
    responsible: 'UDN-PO',
    contributesTo: ['ns4', 60],
    target: 400,
    value: (k) => 60 + 5 * k,
  },
  {
    key: 'city',
    element: 'CITY-P1-1',
    th: 'ร้อยละเรื่องร้องเรียนออนไลน์ที่แก้ไขภายใน 15 วัน',
    en: 'Online issues resolved within 15 days (%)',
    kind: 'output',
    unit: 'percent',
    rule: 'mean',
    responsible: 'UDN-CITY',
    contributesTo: ['udn-s2', 50],
    target: 90,
    value: (k) => 72 + 3 * k,
  },
  {
    key: 'district',
    element: 'DO-S1-1',
    th: 'จำนวนผู้สูงอายุที่รับบริการที่ศูนย์ดูแลอำเภอ',
    en: 'Older people served by the district care centre',
    kind: 'output',
    unit: 'count',
    rule: 'sum',
    responsible: 'UDN-MUEANG-DO',
    contributesTo: ['udn-s3', 100],
    target: 120,
    value: (k) => 70 + 8 * k,
  },
  {
    key: 'sao',
    element: 'SAO-S1-1',
    th: 'จำนวนผู้สูงอายุที่ได้รับการดูแลที่บ้าน',
    en: 'Older people cared for at home',
    kind: 'output',
    unit: 'count',
    rule: 'sum',
    responsible: 'UDN-NONGNAKHAM-SAO',
    contributesTo: ['udn-s3', 100],
    target: 40,
    value: (k) => 18 + 3 * k,
  },
];

/** Indicators whose FY 2570 Q1 value is submitted and waiting for the approver. */
const WAITING = ['city', 'district'];
const YEARS = [2568, 2569];

/**
 * Results demo (issue 5): indicators on the National Strategy, the Udon Thani province strategies
 * and the city's, district's and SAO's projects, linked by contribution; two fiscal years of
 * verified quarterly values (and a by-province indicator with values for every province, so the map
 * is alive); two values waiting for verification. Set-based inserts, then one recomputation.
 */
export async function seedDemoResults(trx: Db, orgIds: Map<string, string>): Promise<void> {
  const elements = await trx
    .selectFrom('plan_elements as e')
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .select(['e.id', 'e.code', 'e.plan_id', 'p.code as plan_code'])
    .where(
      'e.code',
      'in',
      INDICATORS.map((i) => i.element),
    )
    .execute();
  const element = (d: DemoIndicator) => elements.find((e) => e.code === d.element && (!d.planCode || e.plan_code === d.planCode))!;
  const ids = new Map(INDICATORS.map((d) => [d.key, randomUUID()]));
  const rows: Insertable<IndicatorsTable>[] = INDICATORS.map((d, i) => ({
    id: ids.get(d.key)!,
    element_id: element(d).id,
    plan_id: element(d).plan_id,
    name_th: d.th,
    name_en: d.en,
    kind: d.kind,
    unit: d.unit,
    direction: 'up',
    rollup_rule: d.rule,
    responsible_organisation_id: orgIds.get(d.responsible)!,
    area_breakdown: d.byProvince ? 'province' : null,
    sort_order: i,
    contributes_to_indicator_id: d.contributesTo ? ids.get(d.contributesTo[0])! : null,
    contribution_weight: d.contributesTo?.[1] ?? 100,
    baseline_value: d.value(0) - (d.unit === 'count' ? 10 : 2),
    baseline_fy: 2567,
  }));
  // parents before contributors (the foreign key), then every target
  await trx.insertInto('indicators').values(rows).execute();
  const periods = [...YEARS, 2570].flatMap(quartersOf);
  await trx
    .insertInto('indicator_targets')
    .values(INDICATORS.flatMap((d) => periods.map((period) => ({ indicator_id: ids.get(d.key)!, period, value: d.target }))))
    .execute();

  const provinces = (await trx.selectFrom('areas').select('code').where('level', '=', 'province').orderBy('code').execute()).map((a) => a.code);
  const values: { indicator_id: string; period: string; area_code: string | null; organisation_id: string; value: number }[] = [];
  for (const d of INDICATORS) {
    YEARS.flatMap(quartersOf).forEach((period, k) => {
      const base = { indicator_id: ids.get(d.key)!, period, organisation_id: orgIds.get(d.responsible)! };
      if (!d.byProvince) values.push({ ...base, area_code: null, value: d.value(k) });
      // every province its own level, so the choropleth has contrast
      else
        for (const [p, code] of provinces.entries())
          values.push({ ...base, area_code: code, value: Math.min(100, Math.max(0, d.value(k) + ((p * 37) % 41) - 20)) });
    });
  }
  await trx
    .insertInto('measurements')
    .values(values.map((v) => ({ ...v, status: 'verified' as const, seq: sql<number>`nextval('measurement_seq')`, verified_at: sql<Date>`now()` })))
    .execute();
  await trx
    .insertInto('measurements')
    .values(
      WAITING.map((key) => {
        const d = INDICATORS.find((i) => i.key === key)!;
        return {
          indicator_id: ids.get(key)!,
          period: '2570-Q1',
          area_code: null,
          organisation_id: orgIds.get(d.responsible)!,
          value: d.value(8),
          status: 'submitted' as const,
          submitted_at: sql<Date>`now()`,
        };
      }),
    )
    .execute();
  await recomputeAllRollups(trx);
}
