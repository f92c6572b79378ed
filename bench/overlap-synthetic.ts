/**
 * Synthetic projects at national scale for the overlap benchmarks: 77 provinces × ~12 districts
 * × ~8 tambons, local governments, district and provincial offices and central departments as
 * owners; titles built like Thai budget lines (works + object + village/moo/tambon, highway
 * sections by number and km, equipment lines with repeated specs, services by topic). Thai
 * projects always carry a Thai title (85% Thai only, 14% Thai and English); 1% are English only
 * (donor-funded). Two fiscal years; ~3% planted duplicates entered again by another agency,
 * half of them in English only.
 * Deterministic (seeded) so runs compare.
 */
import type { OverlapProject } from '../src/server/coordination/overlap/types.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 3266489909) >>> 0;
    return ((s ^ (s >>> 16)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'หนอง',
  'นา',
  'คำ',
  'โนน',
  'สูง',
  'ดอน',
  'โคก',
  'กุด',
  'บัว',
  'แดง',
  'ใหญ่',
  'น้อย',
  'ทอง',
  'ศรี',
  'สว่าง',
  'เหล่า',
  'ป่า',
  'ไผ่',
  'ม่วง',
  'หัว',
  'ขาม',
  'แก',
  'ยาง',
  'ตาล',
  'สะอาด',
  'ชัย',
  'เจริญ',
  'พัฒนา',
  'งาม',
  'เม็ก',
];
const LATIN: Record<string, string> = {
  หนอง: 'Nong',
  นา: 'Na',
  คำ: 'Kham',
  โนน: 'Non',
  สูง: 'Sung',
  ดอน: 'Don',
  โคก: 'Khok',
  กุด: 'Kut',
  บัว: 'Bua',
  แดง: 'Daeng',
  ใหญ่: 'Yai',
  น้อย: 'Noi',
  ทอง: 'Thong',
  ศรี: 'Si',
  สว่าง: 'Sawang',
  เหล่า: 'Lao',
  ป่า: 'Pa',
  ไผ่: 'Phai',
  ม่วง: 'Muang',
  หัว: 'Hua',
  ขาม: 'Kham',
  แก: 'Kae',
  ยาง: 'Yang',
  ตาล: 'Tan',
  สะอาด: 'Sa-at',
  ชัย: 'Chai',
  เจริญ: 'Charoen',
  พัฒนา: 'Phatthana',
  งาม: 'Ngam',
  เม็ก: 'Mek',
};

interface Place {
  code: string;
  th: string;
  en: string;
}

const WORKS: Array<(v: Place, moo: number, t: Place) => [string, string]> = [
  (v, m, t) => [`ก่อสร้างถนนคอนกรีตเสริมเหล็ก บ้าน${v.th} หมู่ที่ ${m} ตำบล${t.th}`, `Reinforced concrete road, Ban ${v.en}, Moo ${m}, ${t.en} Subdistrict`],
  (v, m, t) => [`ก่อสร้างรางระบายน้ำ คสล. บ้าน${v.th} ม.${m} ต.${t.th}`, `Concrete drainage ditch, Ban ${v.en}, Moo ${m}`],
  (v, m) => [`ปรับปรุงระบบประปาหมู่บ้าน บ้าน${v.th} หมู่ ${m}`, `Village water supply improvement, Ban ${v.en}, Moo ${m}`],
  (v) => [`ขุดลอกหนองสาธารณะ บ้าน${v.th}`, `Dredging of the public pond, Ban ${v.en}`],
  (v, m) => [`ติดตั้งไฟฟ้าส่องสว่างโซล่าเซลล์ บ้าน${v.th} หมู่ที่ ${m}`, `Solar street lights, Ban ${v.en}, Moo ${m}`],
  (v, m) => [`ก่อสร้างฝายชะลอน้ำ ห้วย${v.th} บ้าน${v.th} หมู่ ${m}`, `Check dam on Huai ${v.en}, Ban ${v.en}`],
  (v) => [`ก่อสร้างศาลาประชาคม บ้าน${v.th}`, `Village hall, Ban ${v.en}`],
  (v, _m, t) => [`ซ่อมแซมถนนลูกรังเพื่อการเกษตร บ้าน${v.th} ตำบล${t.th}`, `Farm laterite road repair, Ban ${v.en}`],
  (v) => [`ก่อสร้างเขื่อนป้องกันตลิ่ง ลำห้วย${v.th} บ้าน${v.th}`, `Bank protection, Huai ${v.en}, Ban ${v.en}`],
  (v, m) => [`ขยายเขตไฟฟ้าเพื่อการเกษตร บ้าน${v.th} หมู่ ${m}`, `Farm power line extension, Ban ${v.en}, Moo ${m}`],
];
const SERVICES: Array<(t: Place) => [string, string]> = [
  (t) => [`รณรงค์ป้องกันโรคไข้เลือดออก ตำบล${t.th}`, `Dengue prevention campaign, ${t.en} Subdistrict`],
  (t) => [`อบรมอาสาสมัครสาธารณสุข (อสม.) ตำบล${t.th}`, `Village health volunteer training, ${t.en}`],
  (t) => [`ส่งเสริมสุขภาพผู้สูงอายุ ตำบล${t.th}`, `Elderly health promotion, ${t.en}`],
  (t) => [`รณรงค์ความปลอดภัยทางถนนช่วงเทศกาลสงกรานต์ ${t.th}`, `Songkran road safety campaign, ${t.en}`],
  (t) => [`ฝึกอบรมอาชีพให้ผู้ว่างงาน ตำบล${t.th}`, `Vocational training for the unemployed, ${t.en}`],
  (t) => [`ป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา ${t.th}`, `Drug prevention in schools, ${t.en}`],
  (t) => [`คัดกรองเบาหวานและความดันโลหิตสูง ตำบล${t.th}`, `Diabetes and hypertension screening, ${t.en}`],
];
const EQUIPMENT: Array<[string, string]> = [
  ['จัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขนาด 6,000 ลิตร จำนวน 1 คัน', 'Purchase of a 6,000-litre water truck'],
  ['จัดซื้อเครื่องคอมพิวเตอร์ สำหรับงานประมวลผล แบบที่ 1 จำนวน 2 เครื่อง', 'Purchase of 2 desktop computers'],
  ['จัดซื้อเครื่องปรับอากาศแบบแยกส่วน ขนาด 24,000 บีทียู', 'Purchase of a 24,000 BTU air conditioner'],
  ['จัดซื้อรถยนต์ดับเพลิง ชนิดถังน้ำ 5,000 ลิตร', 'Purchase of a fire truck, 5,000 litres'],
  ['จัดซื้อเครื่องสูบน้ำ ขนาด 8 นิ้ว', 'Purchase of an 8-inch water pump'],
];
const FUNCTIONS = ['04.5', '05.2', '06.3', '04.2', '06.4', '06.2', '05.3', '07.4', '10.2', '09', '03.1', '01.3', '03.2'];

export function generateProjects(count: number, seed = 7): OverlapProject[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const name = (): Place => {
    const parts = [pick(SYLLABLES), pick(SYLLABLES)];
    return { code: '', th: parts.join(''), en: parts.map((p) => LATIN[p]).join(' ') };
  };
  const provinces = Array.from({ length: 77 }, (_, p) => String(10 + p + (p > 10 ? 9 : 0)).padStart(2, '0'));
  const tambons: Place[] = [];
  for (const pc of provinces) {
    for (let d = 1; d <= 12; d++) {
      for (let t = 1; t <= 8; t++) tambons.push({ ...name(), code: `${pc}${String(d).padStart(2, '0')}${String(t).padStart(2, '0')}` });
    }
  }
  const projects: OverlapProject[] = [];
  const year = () => (random() < 0.5 ? 2024 : 2025);
  while (projects.length < count) {
    const tambon = pick(tambons);
    const village = name();
    const moo = 1 + Math.floor(random() * 15);
    const level = random();
    const area = level < 0.7 ? tambon.code : level < 0.9 ? tambon.code.slice(0, 4) : tambon.code.slice(0, 2);
    const owner =
      level < 0.7 ? `lg-${tambon.code}-${Math.floor(random() * 2)}` : level < 0.9 ? `district-${area}` : `province-${area}-${Math.floor(random() * 20)}`;
    const kind = random();
    let th: string;
    let en: string;
    if (kind < 0.55) [th, en] = pick(WORKS)(village, moo, tambon);
    else if (kind < 0.75) [th, en] = pick(SERVICES)(tambon);
    else if (kind < 0.9) [th, en] = pick(EQUIPMENT);
    else {
      const road = 200 + Math.floor(random() * 3000);
      const km = Math.floor(random() * 80);
      th = `ซ่อมสร้างผิวทางแอสฟัลต์ ทางหลวงหมายเลข ${road} กม.${km}+000 - กม.${km + 3}+500`;
      en = `Asphalt resurfacing, Highway ${road}, km ${km}+000 to ${km + 3}+500`;
    }
    const language = random();
    const y = year();
    const project: OverlapProject = {
      id: `p${projects.length}`,
      ownerId: owner,
      ...(language < 0.85 ? { titleTh: th } : language < 0.99 ? { titleTh: th, titleEn: en } : { titleEn: en }),
      areaCodes: [area],
      functionCodes: [pick(FUNCTIONS)],
      startDate: `${y}-10-01`,
      endDate: `${y + 1}-09-30`,
      budget: Math.round(random() * 5_000_000),
    };
    projects.push(project);
    // Planted duplicate: the same works entered by another agency, in English half the time.
    if (random() < 0.03 && projects.length < count) {
      const titles = random() < 0.5 ? { titleTh: undefined, titleEn: en } : { titleTh: th, titleEn: undefined };
      projects.push({ ...project, id: `p${projects.length}`, ownerId: `other-${owner}`, ...titles });
    }
  }
  return projects;
}
