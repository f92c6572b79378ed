import type { OrganisationKind, Tier } from '../organisations/organisations.tables.js';

/** The demo hierarchy (DESIGN §3): a national secretariat, ministries with directorates, a
 * province cluster, a province down to a community, a second province, and an external partner.
 * `parent` refers to another entry's code; `areas` are official area codes served. */
export interface DemoOrganisation {
  code: string;
  parent: string | null;
  kind: OrganisationKind;
  tier: Tier;
  nameTh: string;
  nameEn: string;
  abbreviation?: string;
  areas: string[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { code: 'TH-RTG', parent: null, kind: 'member_state', tier: 'central', nameTh: 'รัฐบาลไทย', nameEn: 'Royal Thai Government', areas: ['TH'] },
  {
    code: 'NESDC',
    parent: 'TH-RTG',
    kind: 'secretariat',
    tier: 'central',
    nameTh: 'สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สำนักงานเลขานุการคณะกรรมการยุทธศาสตร์ชาติ)',
    nameEn: 'Office of the National Economic and Social Development Council (National Strategy Secretariat)',
    abbreviation: 'สศช.',
    areas: ['TH'],
  },
  {
    code: 'MOI',
    parent: 'TH-RTG',
    kind: 'ministry',
    tier: 'central',
    nameTh: 'กระทรวงมหาดไทย',
    nameEn: 'Ministry of Interior',
    abbreviation: 'มท.',
    areas: ['TH'],
  },
  {
    code: 'DOPA',
    parent: 'MOI',
    kind: 'department',
    tier: 'central',
    nameTh: 'กรมการปกครอง',
    nameEn: 'Department of Provincial Administration',
    abbreviation: 'ปค.',
    areas: ['TH'],
  },
  {
    code: 'DLA',
    parent: 'MOI',
    kind: 'department',
    tier: 'central',
    nameTh: 'กรมส่งเสริมการปกครองท้องถิ่น',
    nameEn: 'Department of Local Administration',
    abbreviation: 'สถ.',
    areas: ['TH'],
  },
  {
    code: 'MOPH',
    parent: 'TH-RTG',
    kind: 'ministry',
    tier: 'central',
    nameTh: 'กระทรวงสาธารณสุข',
    nameEn: 'Ministry of Public Health',
    abbreviation: 'สธ.',
    areas: ['TH'],
  },
  {
    code: 'DDC',
    parent: 'MOPH',
    kind: 'department',
    tier: 'central',
    nameTh: 'กรมควบคุมโรค',
    nameEn: 'Department of Disease Control',
    abbreviation: 'คร.',
    areas: ['TH'],
  },
  {
    code: 'CLUSTER-NE1',
    parent: 'MOI',
    kind: 'province_cluster',
    tier: 'regional',
    nameTh: 'กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1',
    nameEn: 'Upper Northeastern Province Cluster 1',
    areas: ['41', '42', '43', '38', '39'],
  },
  {
    code: 'UDN-PO',
    parent: 'CLUSTER-NE1',
    kind: 'provincial_office',
    tier: 'regional',
    nameTh: 'สำนักงานจังหวัดอุดรธานี',
    nameEn: 'Udon Thani Provincial Office',
    areas: ['41'],
  },
  {
    code: 'UDN-PRD',
    parent: 'UDN-PO',
    kind: 'regional_office',
    tier: 'regional',
    nameTh: 'สำนักงานประชาสัมพันธ์จังหวัดอุดรธานี',
    nameEn: 'Udon Thani Provincial Public Relations Office',
    areas: ['41'],
  },
  {
    code: 'UDN-PAO',
    parent: 'UDN-PO',
    kind: 'provincial_administration',
    tier: 'local',
    nameTh: 'องค์การบริหารส่วนจังหวัดอุดรธานี',
    nameEn: 'Udon Thani Provincial Administrative Organisation',
    abbreviation: 'อบจ.อุดรธานี',
    areas: ['41'],
  },
  {
    code: 'UDN-MUEANG-DO',
    parent: 'UDN-PO',
    kind: 'district_office',
    tier: 'regional',
    nameTh: 'ที่ทำการปกครองอำเภอเมืองอุดรธานี',
    nameEn: 'Mueang Udon Thani District Office',
    areas: ['4101'],
  },
  {
    code: 'UDN-CITY',
    parent: 'UDN-MUEANG-DO',
    kind: 'municipality',
    tier: 'local',
    nameTh: 'เทศบาลนครอุดรธานี',
    nameEn: 'Udon Thani City Municipality',
    areas: ['410101'],
  },
  {
    code: 'UDN-NONGNAKHAM-SAO',
    parent: 'UDN-MUEANG-DO',
    kind: 'subdistrict_administration',
    tier: 'local',
    nameTh: 'องค์การบริหารส่วนตำบลหนองนาคำ',
    nameEn: 'Nong Na Kham Subdistrict Administrative Organisation',
    abbreviation: 'อบต.หนองนาคำ',
    areas: ['410109'],
  },
  {
    code: 'UDN-NONGNAKHAM-COMM',
    parent: 'UDN-NONGNAKHAM-SAO',
    kind: 'community',
    tier: 'community',
    nameTh: 'ชุมชนบ้านหนองนาคำ',
    nameEn: 'Ban Nong Na Kham Community',
    areas: ['410109'],
  },
  {
    code: 'KKN-PO',
    parent: 'MOI',
    kind: 'provincial_office',
    tier: 'regional',
    nameTh: 'สำนักงานจังหวัดขอนแก่น',
    nameEn: 'Khon Kaen Provincial Office',
    areas: ['40'],
  },
  {
    code: 'UNDP-TH',
    parent: null,
    kind: 'donor',
    tier: 'external',
    nameTh: 'โครงการพัฒนาแห่งสหประชาชาติ ประจำประเทศไทย',
    nameEn: 'United Nations Development Programme Thailand',
    abbreviation: 'UNDP',
    areas: ['TH'],
  },
];

export const DEMO_PASSWORD = 'prasan-demo';

/** One demo login per role, each placed where that role makes sense in the scenario. */
export const DEMO_USERS = [
  { email: 'admin@demo.prasan.local', name: 'ผู้ดูแลระบบ (Admin)', role: 'admin', organisation: 'TH-RTG' },
  { email: 'planner@demo.prasan.local', name: 'นักวางแผนจังหวัด (Planner)', role: 'planner', organisation: 'UDN-PO' },
  { email: 'approver@demo.prasan.local', name: 'ผู้อนุมัติจังหวัด (Approver)', role: 'approver', organisation: 'UDN-PO' },
  { email: 'reporter@demo.prasan.local', name: 'ผู้รายงานผล (Reporter)', role: 'reporter', organisation: 'UDN-CITY' },
  { email: 'secretary@demo.prasan.local', name: 'เลขานุการคณะกรรมการ (Secretary)', role: 'secretary', organisation: 'UDN-PO' },
  { email: 'viewer@demo.prasan.local', name: 'ผู้ชม (Viewer)', role: 'viewer', organisation: 'NESDC' },
  { email: 'auditor@demo.prasan.local', name: 'ผู้ตรวจสอบ (Auditor)', role: 'auditor', organisation: 'TH-RTG' },
] as const;
