import type { Db } from '../db/database.js';
import type { RelationshipKind, ResponsibilityRole } from '../organisations/organisations.tables.js';

/**
 * Typed relationships of the demo scenario (DESIGN §3), beside the line tree of
 * demo-organisations.ts: `from` commits to `to` (oversees it, funds it, supports it…).
 */
export const DEMO_RELATIONSHIPS: {
  kind: RelationshipKind;
  from: string;
  to: string;
  functionCodes?: string[];
  areaCodes?: string[];
  startsOn?: string;
  endsOn?: string;
  note: string;
}[] = [
  {
    kind: 'line',
    from: 'DOPA',
    to: 'UDN-MUEANG-DO',
    areaCodes: ['4101'],
    note: 'นายอำเภอสังกัดกรมการปกครอง / The district chief belongs to the Department of Provincial Administration',
  },
  { kind: 'oversight', from: 'DLA', to: 'UDN-PAO', areaCodes: ['41'], note: 'กำกับดูแลองค์กรปกครองส่วนท้องถิ่น / Oversight of local government' },
  {
    kind: 'oversight',
    from: 'UDN-MUEANG-DO',
    to: 'UDN-NONGNAKHAM-SAO',
    areaCodes: ['410109'],
    note: 'นายอำเภอกำกับดูแล อบต. / The district chief supervises the SAO',
  },
  {
    kind: 'technical_support',
    from: 'DDC',
    to: 'UDN-PO',
    functionCodes: ['07', 'DM-SOCIAL'],
    areaCodes: ['41'],
    note: 'สนับสนุนวิชาการด้านควบคุมโรค / Disease-control technical support',
  },
  {
    kind: 'performance_agreement',
    from: 'NESDC',
    to: 'MOI',
    startsOn: '2025-10-01',
    endsOn: '2026-09-30',
    note: 'คำรับรองการปฏิบัติราชการ ปีงบประมาณ 2569 / Performance agreement, fiscal year 2569',
  },
  {
    kind: 'partnership',
    from: 'UNDP-TH',
    to: 'UDN-PO',
    functionCodes: ['DM-ECONOMY'],
    areaCodes: ['41'],
    startsOn: '2025-01-01',
    endsOn: '2027-12-31',
    note: 'ความร่วมมือด้านการพัฒนาเศรษฐกิจท้องถิ่น / Local economic development partnership',
  },
  {
    kind: 'funding',
    from: 'UDN-PAO',
    to: 'UDN-NONGNAKHAM-COMM',
    functionCodes: ['DM-SOCIAL', '00250'],
    areaCodes: ['410109'],
    startsOn: '2025-10-01',
    endsOn: '2026-09-30',
    note: 'เงินอุดหนุนโครงการชุมชนเข้มแข็ง / Community-strengthening grant',
  },
  {
    kind: 'network_membership',
    from: 'UDN-NONGNAKHAM-COMM',
    to: 'UDN-PO',
    functionCodes: ['DM-SOCIAL'],
    areaCodes: ['41'],
    note: 'เครือข่ายภาคประชาสังคมจังหวัดอุดรธานี / Udon Thani civil-society network',
  },
];

/**
 * Who does what for the four district mission groups in Udon Thani. Read as a matrix for
 * province 41 it shows one gap and one overlap on purpose:
 * - gap: nobody implements the economy mission (the province office decides, others are only
 *   consulted or informed);
 * - overlap: the provincial office and the PAO, both serving province 41, both implement the
 *   social mission.
 */
export const DEMO_RESPONSIBILITIES: { organisation: string; functionCode: string; role: ResponsibilityRole }[] = [
  { organisation: 'UDN-PO', functionCode: 'DM-ECONOMY', role: 'decides' },
  { organisation: 'UDN-PAO', functionCode: 'DM-ECONOMY', role: 'consulted' },
  { organisation: 'UDN-CITY', functionCode: 'DM-ECONOMY', role: 'informed' },
  { organisation: 'UDN-PO', functionCode: 'DM-SOCIAL', role: 'implements' },
  { organisation: 'UDN-PAO', functionCode: 'DM-SOCIAL', role: 'implements' },
  { organisation: 'UDN-CITY', functionCode: 'DM-SOCIAL', role: 'implements' },
  { organisation: 'UDN-NONGNAKHAM-COMM', functionCode: 'DM-SOCIAL', role: 'consulted' },
  { organisation: 'UDN-PO', functionCode: 'DM-SECURITY', role: 'decides' },
  { organisation: 'UDN-MUEANG-DO', functionCode: 'DM-SECURITY', role: 'implements' },
  { organisation: 'UDN-PO', functionCode: 'DM-ADMINISTRATION', role: 'decides' },
  { organisation: 'UDN-PO', functionCode: 'DM-ADMINISTRATION', role: 'implements' },
  { organisation: 'UDN-NONGNAKHAM-SAO', functionCode: 'DM-ADMINISTRATION', role: 'implements' },
  { organisation: 'UDN-NONGNAKHAM-COMM', functionCode: 'DM-ADMINISTRATION', role: 'consulted' },
];

/** Adds the demo relationships and responsibilities; `ids` maps demo organisation codes to ids. */
export async function seedDemoRelationships(trx: Db, ids: Map<string, string>): Promise<void> {
  const id = (code: string) => {
    const found = ids.get(code);
    if (!found) throw new Error(`Demo data names an unknown organisation ${code}`);
    return found;
  };
  await trx
    .insertInto('relationships')
    .values(
      DEMO_RELATIONSHIPS.map((r) => ({
        kind: r.kind,
        from_organisation_id: id(r.from),
        to_organisation_id: id(r.to),
        function_codes: r.functionCodes ?? [],
        area_codes: r.areaCodes ?? [],
        starts_on: r.startsOn ?? null,
        ends_on: r.endsOn ?? null,
        note: r.note,
      })),
    )
    .execute();
  await trx
    .insertInto('responsibilities')
    .values(DEMO_RESPONSIBILITIES.map((r) => ({ organisation_id: id(r.organisation), function_code: r.functionCode, role: r.role })))
    .execute();
}
