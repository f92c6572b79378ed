import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { ElementKind, LinkageMode, PlanStatus } from '../plans/plans.tables.js';

interface DemoElement {
  kind: ElementKind;
  code: string;
  th: string;
  en: string;
  lead?: string;
  children?: DemoElement[];
  governmentPriority?: number;
  areaPriority?: number;
  pilot?: { hypothesis: string };
}

interface DemoPlan {
  owner: string;
  level: string;
  fy: [number, number];
  status: PlanStatus;
  th: string;
  en: string;
  elements: DemoElement[];
}

/** [source element code, target element code (NS1… for the National Strategy), mode, weight %, rationale] */
type DemoLink = [string, string, LinkageMode, number, string];

const PROVINCE: DemoPlan = {
  owner: 'UDN-PO',
  level: 'province',
  fy: [2567, 2570],
  status: 'active',
  th: 'แผนพัฒนาจังหวัดอุดรธานี พ.ศ. 2567–2570',
  en: 'Udon Thani Provincial Development Plan 2024–2027',
  elements: [
    { kind: 'strategy', code: 'UDN-S1', th: 'ยุทธศาสตร์ที่ 1 เสริมสร้างขีดความสามารถขององค์กร', en: 'Strategy 1: Organisational capacity' },
    {
      kind: 'strategy',
      code: 'UDN-S2',
      th: 'ยุทธศาสตร์ที่ 2 การบริการที่เป็นเลิศ',
      en: 'Strategy 2: Service excellence',
      children: [
        {
          kind: 'programme',
          code: 'UDN-S2-P1',
          th: 'แผนงานศูนย์บริการประชาชนแบบเบ็ดเสร็จจังหวัด',
          en: 'Programme: provincial one-stop service centre',
          lead: 'UDN-PO',
          children: [
            {
              kind: 'project',
              code: 'UDN-S2-P1-1',
              th: 'โครงการบริการประชาชนดิจิทัลจังหวัดอุดรธานี',
              en: 'Project: Udon Thani digital citizen services',
              lead: 'UDN-PO',
              pilot: { hypothesis: 'Online booking halves waiting time at the service centre' },
            },
          ],
        },
      ],
    },
    { kind: 'strategy', code: 'UDN-S3', th: 'ยุทธศาสตร์ที่ 3 การยกระดับคุณภาพชีวิตและความอยู่ดีมีสุข', en: 'Strategy 3: Well-being' },
    {
      kind: 'strategy',
      code: 'UDN-S4',
      th: 'ยุทธศาสตร์ที่ 4 การสื่อสารสาธารณะ',
      en: 'Strategy 4: Public communication',
      children: [
        {
          kind: 'programme',
          code: 'UDN-S4-P1',
          th: 'แผนงานเครือข่ายข่าวสารภาครัฐสู่ประชาชน',
          en: 'Programme: public information network',
          lead: 'UDN-PRD',
          children: [
            {
              kind: 'project',
              code: 'UDN-S4-P1-1',
              th: 'โครงการวิทยุชุมชนเพื่อการสื่อสารนโยบายจังหวัด',
              en: 'Project: community radio for provincial policy communication',
              lead: 'UDN-PRD',
            },
          ],
        },
      ],
    },
  ],
};

const PAO: DemoPlan = {
  owner: 'UDN-PAO',
  level: 'local',
  fy: [2566, 2570],
  status: 'approved',
  th: 'แผนพัฒนาท้องถิ่นองค์การบริหารส่วนจังหวัดอุดรธานี พ.ศ. 2566–2570',
  en: 'Udon Thani PAO Local Development Plan 2023–2027',
  elements: [
    {
      kind: 'programme',
      code: 'PAO-P1',
      th: 'แผนงานสาธารณสุขระดับจังหวัด',
      en: 'Programme: provincial public health',
      lead: 'UDN-PAO',
      children: [
        {
          kind: 'project',
          code: 'PAO-P1-1',
          th: 'โครงการโรงพยาบาลส่งเสริมสุขภาพตำบลเคลื่อนที่',
          en: 'Project: mobile subdistrict health promotion hospital',
          lead: 'UDN-PAO',
          governmentPriority: 2,
          areaPriority: 1,
        },
      ],
    },
  ],
};

const CITY: DemoPlan = {
  owner: 'UDN-CITY',
  level: 'local',
  fy: [2566, 2570],
  status: 'approved',
  th: 'แผนพัฒนาท้องถิ่นเทศบาลนครอุดรธานี พ.ศ. 2566–2570',
  en: 'Udon Thani City Municipality Local Development Plan 2023–2027',
  elements: [
    {
      kind: 'programme',
      code: 'CITY-P1',
      th: 'แผนงานเมืองอัจฉริยะเพื่อบริการประชาชน',
      en: 'Programme: smart-city citizen services',
      lead: 'UDN-CITY',
      children: [
        {
          kind: 'project',
          code: 'CITY-P1-1',
          th: 'โครงการแจ้งเหตุและติดตามเรื่องร้องเรียนออนไลน์',
          en: 'Project: online issue reporting and tracking',
          lead: 'UDN-CITY',
        },
      ],
    },
  ],
};

const DISTRICT: DemoPlan = {
  owner: 'UDN-MUEANG-DO',
  level: 'district',
  fy: [2567, 2570],
  status: 'approved',
  th: 'แผนพัฒนาอำเภอเมืองอุดรธานี พ.ศ. 2567–2570',
  en: 'Mueang Udon Thani District Development Plan 2024–2027',
  elements: [
    {
      kind: 'strategy',
      code: 'DO-S1',
      th: 'ยุทธศาสตร์คุณภาพชีวิตคนเมืองอุดร',
      en: 'Strategy: quality of life in Mueang Udon Thani',
      children: [
        {
          kind: 'project',
          code: 'DO-S1-1',
          th: 'โครงการศูนย์ดูแลผู้สูงอายุแบบบูรณาการอำเภอ',
          en: 'Project: integrated district elderly care centre',
          lead: 'UDN-MUEANG-DO',
          governmentPriority: 1,
          areaPriority: 4,
        },
      ],
    },
  ],
};

const SAO: DemoPlan = {
  owner: 'UDN-NONGNAKHAM-SAO',
  level: 'local',
  fy: [2566, 2570],
  status: 'approved',
  th: 'แผนพัฒนาท้องถิ่น อบต.หนองนาคำ พ.ศ. 2566–2570',
  en: 'Nong Na Kham SAO Local Development Plan 2023–2027',
  elements: [
    {
      kind: 'strategy',
      code: 'SAO-S1',
      th: 'ยุทธศาสตร์การพัฒนาสังคมและคุณภาพชีวิต',
      en: 'Strategy: social development and quality of life',
      children: [{ kind: 'project', code: 'SAO-S1-1', th: 'โครงการดูแลผู้สูงอายุที่บ้าน', en: 'Project: home care for older people', lead: 'UDN-NONGNAKHAM-SAO' }],
    },
  ],
};

const COMMUNITY: DemoPlan = {
  owner: 'UDN-NONGNAKHAM-COMM',
  level: 'community',
  fy: [2568, 2570],
  status: 'approved',
  th: 'แผนชุมชนบ้านหนองนาคำ พ.ศ. 2568–2570',
  en: 'Ban Nong Na Kham Community Plan 2025–2027',
  elements: [
    {
      kind: 'project',
      code: 'COMM-1',
      th: 'โครงการแปลงผักชุมชนเพื่อโภชนาการผู้สูงอายุ',
      en: 'Project: community vegetable garden for elderly nutrition',
      lead: 'UDN-NONGNAKHAM-COMM',
      governmentPriority: 3,
      areaPriority: 1,
    },
    { kind: 'project', code: 'COMM-2', th: 'โครงการแข่งขันกีฬาประจำหมู่บ้าน', en: 'Project: village sports day', lead: 'UDN-NONGNAKHAM-COMM' },
  ],
};

const LINKS: DemoLink[] = [
  ['UDN-S1', 'NS6', 'link', 100, 'Capable provincial organisations serve public-sector rebalancing and development'],
  ['UDN-S2', 'NS6', 'link', 70, 'Service excellence is part of a citizen-centred public sector'],
  ['UDN-S2', 'NS2', 'complement', 30, 'Faster public services support competitiveness'],
  ['UDN-S3', 'NS4', 'link', 60, 'Well-being of the province serves social opportunity and equality'],
  ['UDN-S3', 'NS3', 'coordinate', 40, 'Health and care build human capital'],
  ['UDN-S4', 'NS6', 'link', 100, 'Open public communication is part of public-sector development'],
  ['PAO-P1', 'UDN-S3', 'coordinate', 60, 'PAO health services are coordinated with the province well-being strategy'],
  ['CITY-P1', 'UDN-S2', 'complement', 50, 'Municipal digital services complement the provincial service centre'],
  ['DO-S1', 'UDN-S3', 'link', 100, 'The district carries the province well-being strategy into Mueang Udon Thani'],
  ['SAO-S1', 'DO-S1', 'link', 100, 'The SAO quality-of-life strategy serves the district strategy'],
  ['COMM-1', 'SAO-S1-1', 'combine', 100, 'The community garden is combined with the SAO home-care project'],
];

/**
 * The demo chain (issue 4, item 7): Udon Thani's province plan linked up to the National Strategy;
 * the provincial office, PR office, PAO and municipality programmes; a district, a local and a
 * community plan, so the alignment of National Strategy 4 reaches a community project. One
 * community project (COMM-2) is deliberately linked to nothing (an orphan) and province strategy 1
 * has no project (a gap).
 */
export async function seedDemoPlans(trx: Db, orgIds: Map<string, string>): Promise<void> {
  const elementIds = new Map<string, { id: string; planId: string }>();
  const national = await trx
    .selectFrom('plan_elements as e')
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .select(['e.id', 'e.code', 'e.plan_id'])
    .where('p.code', '=', 'NS-2561-2580')
    .execute();
  for (const e of national) elementIds.set(e.code!, { id: e.id, planId: e.plan_id });

  for (const plan of [PROVINCE, PAO, CITY, DISTRICT, SAO, COMMUNITY]) {
    const planId = randomUUID();
    const level = await trx.selectFrom('plan_levels').select('rank').where('code', '=', plan.level).executeTakeFirstOrThrow();
    await trx
      .insertInto('plans')
      .values({
        id: planId,
        family_id: planId,
        owner_organisation_id: orgIds.get(plan.owner)!,
        level_code: plan.level,
        level_rank: level.rank,
        fy_start: plan.fy[0],
        fy_end: plan.fy[1],
        title_th: plan.th,
        title_en: plan.en,
        status: plan.status,
        approved_at: new Date(),
      })
      .execute();
    const insert = async (elements: DemoElement[], parentId: string | null) => {
      for (const [index, e] of elements.entries()) {
        const id = randomUUID();
        elementIds.set(e.code, { id, planId });
        await trx
          .insertInto('plan_elements')
          .values({
            id,
            lineage_id: id,
            plan_id: planId,
            parent_id: parentId,
            kind: e.kind,
            code: e.code,
            sort_order: index,
            title_th: e.th,
            title_en: e.en,
            lead_organisation_id: e.lead ? orgIds.get(e.lead)! : null,
            government_priority: e.governmentPriority ?? null,
            area_priority: e.areaPriority ?? null,
            is_pilot: !!e.pilot,
            pilot_hypothesis: e.pilot?.hypothesis ?? null,
          })
          .execute();
        if (e.children) await insert(e.children, id);
      }
    };
    await insert(plan.elements, null);
  }

  await trx
    .insertInto('plan_linkages')
    .values(
      LINKS.map(([from, to, mode, weight, rationale]) => {
        const source = elementIds.get(from)!;
        const target = elementIds.get(to)!;
        return {
          source_element_id: source.id,
          target_element_id: target.id,
          source_plan_id: source.planId,
          target_plan_id: target.planId,
          mode,
          weight,
          rationale,
        };
      }),
    )
    .execute();
}
