/**
 * Structured cues in Thai and English budget titles.
 *
 * Thai works are named by highway number and kilometre section (ทางหลวงหมายเลข 3239 ตอน …
 * กม.8+500 - กม.10+000), by tambon, village and moo, and by phase (ระยะที่ 2). These cues decide
 * more than words do: the same road with overlapping sections is an overlap, the next phase is
 * not. `extractCues` also returns `rest`: the text with every *where* and number cut out, so the
 * words left describe *what* is built or bought.
 */
import { cutEnglishPlaces } from './cues-english.js';
import { PROVINCE_NAMES_TH, unitKeys } from './gazetteer.js';
import { isVocabulary, segmentWords } from './tokenise.js';

/** Cheap substring tests that skip a pattern which cannot match (most titles lack most cues). */
const TRIGGERS = new Map<RegExp, RegExp>();
function trigger(pattern: RegExp, test: RegExp): void {
  TRIGGERS.set(pattern, test);
}

export interface KmInterval {
  from: number;
  to: number;
}

export interface Locality {
  name: string;
  /** Soi number, when the locality is a soi ("ซอยท่าบ่อ 5" → 5). */
  no?: number;
}

export interface Quantity {
  value: number;
  unit: string;
}

export interface Cues {
  /** Road numbers (highway 3239, rural road อด.3012 → '3012'). */
  roads: string[];
  /** Kilometre sections along those roads. */
  sections: KmInterval[];
  phases: number[];
  /** Village numbers (หมู่ที่ / ม. / Moo). */
  moos: number[];
  /** Place names after tambon/amphoe/province/village markers, Thai or lower-case English. */
  places: string[];
  /** Villages, communities, temples, sois and named streets: the finest *where* a title gives. */
  localities: Locality[];
  /** Tambon (sub-district) names given in the text. */
  tambons: string[];
  /** Village-to-village roads, as their two end names. */
  routes: Array<[string, string]>;
  /** Rivers, canals and creeks by name (แม่น้ำชี → 'ชี'). */
  waters: string[];
  quantities: Quantity[];
  /** The bank of a river or canal the works are on: 'l' or 'r' (ฝั่งซ้าย, right bank). */
  sides: string[];
  /** Standard building plans by code (แบบ สปช.105/29 → 'สปช105/29'; normalise turns / to a space). */
  designs: string[];
  /** Numbered irrigation canals (คลองซอย 3 ขวา - 1 ซ้าย, lateral 3R-1L → '3r1l'; สายใหญ่ฝั่งซ้าย → 'mainl'). */
  canals: string[];
  /**
   * Kinds of site named with a name (a school, a temple, a hospital): the works are *at* it, so
   * two works of one kind at different kinds of site are different works.
   */
  sites: string[];
  /**
   * Local governments and institutions by kind and name, romanised where the gazetteer knows
   * the name (อบต.โคกสูง and Khok Sung SAO are both 'sao:khoksung'): the unit a purchase is for.
   */
  units: string[];
  /** The text with cues and places cut out: the *what*. */
  rest: string;
}

const T = '[\\u0E01-\\u0E59]';
const NOT_THAI_BEFORE = '(?<![\\u0E01-\\u0E59])';
const PLACE_MARKERS = `ตำบล|อำเภอ|จังหวัด|หมู่บ้าน|หมู่ที่|หมู่|บ้าน|ชุมชน|แขวง|วัด|${NOT_THAI_BEFORE}[ตอจม]\\.`;
/** A name ends at a space, a non-Thai character or the next marker. */
const NAME = `(${T}{2,}?)(?=\\s|$|[^\\u0E01-\\u0E59]|${PLACE_MARKERS})`;

/** Local governments are named after their place (อบต.โคกสูง, เทศบาลตำบลโพนพิสัย). */
const LOCAL_GOVERNMENT =
  'องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\\.|อบจ\\.|ทต\\.|ทม\\.|ทน\\.|ศาลากลางจังหวัด|สำนักงานจังหวัด|สถานีตำรวจภูธร|สถานีตำรวจนครบาล|สภ\\.';
const THAI_PLACE = new RegExp(
  `(${LOCAL_GOVERNMENT}|ตำบล|อำเภอ|จังหวัด|หมู่บ้าน|(?<!แม่)บ้าน|(?<!วิสาหกิจ|ผลิตภัณฑ์|สินค้า|โดย|ป่า|ธนาคาร|กองทุน)ชุมชน|แขวง|สี่แยก|สามแยก|ห้าแยก|วงเวียน|(?<!ตรวจ|เครื่อง)วัด(?!ผล|ระดับ|ค่า)|${NOT_THAI_BEFORE}[ตอจ]\\.)\\s*${NAME}`,
  'g',
);
/** A road from one village to another: สายบ้านหนองบัว - บ้านโนนสวรรค์ (either order). */
const ROUTE = new RegExp(`(?:สาย|ถนน)\\s*(?:บ้าน|บ\\.)?\\s*${NAME}\\s*-\\s*(?:บ้าน|บ\\.)?\\s*${NAME}`, 'g');
/**
 * A stretch between two landmarks (ช่วงบ้านคลองอู่ตะเภา - สะพานคลองแห), or a highway section by
 * its ends (ตอน คลองหวะ - หาดใหญ่): *where* the works run, so a bridge or a canal named as an end
 * is not what is built.
 */
const STRETCH = new RegExp(
  `(?:ช่วง|ตอน)(?!ที่|เวลา|เทศกาล|ฤดู)\\s*(?:จาก)?\\s*(?:บ้าน|บ\\.)?\\s*(${T}{2,}(?:\\s?\\d{1,3})?)\\s*-\\s*(?:บ้าน|บ\\.)?\\s*(${T}{2,}(?:\\s?\\d{1,3})?)`,
  'g',
);
/** Standard plans of OBEC (สปช.), the DLA (สถ.) and others: agency code, then number/year. */
const DESIGN_CODE = /(?:แบบ\s*)?(สปช|สถ|สพฐ|ศพด|กรมโยธาธิการ|ยธ|obec)\.?\s*(\d{2,4})\s*[/\s]\s*(\d{2,4})(?!\d)/gi;

const BANK_SIDE = /ฝั่ง(ซ้าย|ขวา|ตะวันออก|ตะวันตก|เหนือ|ใต้)|\b(left|right|east|west|north|south)[- ]bank\b/gi;

/** Irrigation canals by number and side, Thai and English; the main canal by its side. */
const THAI_CANAL_CODE = /(?:คลองซอย|คลองแยกซอย|สายซอย|ซอย|สาย)\s*(\d{1,2}\s*(?:ขวา|ซ้าย)(?:\s*-\s*\d{1,2}\s*(?:ขวา|ซ้าย))*)/g;
const THAI_MAIN_CANAL = /(?:คลอง(?:ส่งน้ำ)?)?สายใหญ่\s*(?:ฝั่ง)?\s*(ขวา|ซ้าย)?/g;
const ENGLISH_CANAL_CODE = /\b(?:lateral(?:\s+canal)?|canal|branch)\s*(?:no\.?\s*)?(\d{1,2}\s*[RL](?:\s*-\s*\d{1,2}\s*[RL])*)\b/gi;
const ENGLISH_MAIN_CANAL = /\bmain canal(?:\s*\(?(left|right)\)?)?|\b(left|right)(?:[- ]bank)? main canal|\b([LR])MC\b/gi;

function canalCode(text: string): string {
  return text
    .replace(/ขวา|right/gi, 'r')
    .replace(/ซ้าย|left/gi, 'l')
    .replace(/ตะวันออก|east/gi, 'e')
    .replace(/ตะวันตก|west/gi, 'w')
    .replace(/เหนือ|north/gi, 'n')
    .replace(/ใต้|south/gi, 's')
    .replace(/[\s-]+/g, '')
    .toLowerCase();
}

const CONCRETE_WALL = /เขื่อน\s*ค\.?\s?ส\.?\s?ล\.?/g;
const VILLAGE_BEFORE_VILLAGE = /(?:ประจำ)?หมู่บ้าน\s*(?=บ้าน)/g;

/** After บ้าน these are houses, not villages (ซ่อมแซมบ้านผู้ยากไร้ = repair the houses of the poor). */
const NOT_A_VILLAGE = /^(ผู้|พัก|เรือน|มั่นคง|ท้องถิ่น|เช่า|เด็ก|พิการ|เอื้ออาทร|สำหรับ|ของ|ให้|เพื่อ|และ|ที่|ใน)/;
const NOT_A_COMMUNITY = /^(เข้มแข็ง|ท้องถิ่น|ปลอดภัย|น่าอยู่|เมือง|เทศบาล|ริม)/;

const MOO = new RegExp(
  `(?:หมู่ที่|หมู่|${NOT_THAI_BEFORE}ม\\.|\\bmoo|\\bvillage no\\.?)\\s*(\\d{1,2}(?:\\s*(?:-|และ|and|\\s)\\s*\\d{1,2}(?!\\d))*)(?!\\d|\\+)`,
  'gi',
);

const THAI_ROAD = /(?:ทางหลวงแผ่นดิน|ทางหลวงชนบท|ทางหลวง|ทล\.?|ทช\.?)\s*(?:หมายเลข|สาย|ที่)?\s*(?:[ก-ฮ]{2}\.?\s*)?(\d{1,5})(?![\d+])/g;
const RURAL_ROAD_CODE = new RegExp(`${NOT_THAI_BEFORE}[ก-ฮ]{2}\\.\\s?(\\d{4})(?![\\d+])`, 'g');
const ENGLISH_ROAD =
  /\b(?:highway|route|hwy\.?|rural road(?:\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s+\d))?)\s*(?:no\.?|number|#)?\s*(?:[a-z]{2,3}\.?\s*)?(\d{1,5})(?![\d+]|\.\d)/gi;
/** Rural roads by their province code in Latin letters (KK.4022, ChR.3033, SN.3007). */
const ENGLISH_RURAL_ROAD_CODE = /\b[A-Z][A-Za-z]{0,2}\.\s?(\d{4})(?![\d+]|\.\d)/g;
const ENGLISH_ROAD_NO = /\broad\s*(?:no\.?|number|#)\s*(?:[a-z]{2}\.?\s*)?(\d{1,5})(?![\d+]|\.\d)/gi;

const CHAINAGE = /(?:(?:กม\.?|km\.?|กิโลเมตรที่)\s*)?(\d{1,4})\s*\+\s*(\d{3})(?!\d)/gi;
const PLAIN_KM = /(?:กม\.?|\bkm\.?|กิโลเมตรที่)\s*(\d{1,4}(?:\.\d+)?)(?![\d+.])(?:\s*(?:-|ถึง|to)\s*(?:กม\.?|km\.?)?\s*(\d{1,4}(?:\.\d+)?)(?![\d+.]))?/gi;

const PHASE = /(?:ระยะที่|ระยะ|เฟส|(?<!ศึกษา|ชั้น|ประถม|มัธยม)ปีที่|ช่วงที่|ตอนที่|\bphase|\bstage)\s*(\d{1,2}|iv|v|i{1,3})\b|\b(\d)(?:st|nd|rd|th)\s+(?:phase|stage)\b/gi;
/** A campaign's round within its fiscal year (ครั้งที่ 2/2568): the next round is not a duplicate. */
const ROUND_OF_YEAR = /(?:ครั้งที่|\bround)\s*(\d{1,2})\s*[/\s]\s*(?:25\d{2}|20\d{2})(?!\d)/gi;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

const THAI_WATER = new RegExp(`(?:แม่น้ำ|ลำน้ำ|ลำห้วย|ห้วย|ลำคลอง|คลอง|บึง|หนองน้ำ)\\s*${NAME}`, 'g');
const ENGLISH_WATER = /\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:River|Canal|Creek|Stream)\b|\b(?:Mae Nam|Khlong|Huai|Lam|River|Canal)\s+([A-Z][a-z]+)/g;
/** หนอง and กุด name a pond when works are done on it (ขุดลอกหนองสิม); elsewhere they begin village names. */
const THAI_POND = new RegExp(`(?<=(?:ขุดลอก|ขุด|ฟื้นฟู|ปรับปรุง)\\s?)(?:หนอง|กุด)\\s*${NAME}`, 'g');
const WATER_NOT_NAMES = /^(ส่งน้ำ|ระบายน้ำ|ชลประทาน|สาธารณะ|สาธารณประโยชน์|ธรรมชาติ|ไส้ไก่|ดิน)$/;

const UNIT_ALIASES: Array<[RegExp, string]> = [
  [/^(กิโลเมตร|กม\.?|km|kilomet(re|er)s?)$/i, 'km'],
  [/^(ตารางเมตร|ตร\.ม\.?|sq\.?\s*m|m2|square met(re|er)s?)$/i, 'm2'],
  [/^(เมตร|ม\.|m|met(re|er)s?)$/i, 'm'],
  [/^(ลิตร|litres?|liters?|l)$/i, 'l'],
  [/^(คน|ราย|persons?|people|participants?)$/i, 'person'],
  [/^(ไร่|rai)$/i, 'rai'],
];
const QUANTITY =
  /(\d+(?:\.\d+)?)\s*(ตารางเมตร|ตร\.ม\.?|กิโลเมตร|กม\.(?!\s*\d)|เมตร|ม\.(?!\s*\d)|ลิตร|ไร่|เครื่อง|คัน|แห่ง|หลัง|ชุด|ตัว|จุด|ต้น|บ่อ|คน|ราย|sq\.?\s*m\b|square met(?:re|er)s?|kilomet(?:re|er)s?\b|km\b|met(?:re|er)s?\b|m\b|litres?\b|liters?\b|rai\b|units?\b|sets?\b|vehicles?\b|persons?\b|people\b|participants?\b)/gi;

const SOI = new RegExp(`(?:ซอย|${NOT_THAI_BEFORE}ซ\\.|\\b[Ss]oi\\b)\\s*(${T}+|[A-Za-z][a-z]+(?:\\s[A-Z][a-z]+)*)?\\s*(\\d{1,3})?(?![\\d+])`, 'g');
/** ถนน + a name is a street ("ถนนศรีจันทร์"); ถนน + a material or a preposition is not. */
const STREET = new RegExp(
  `(?:ถนน|${NOT_THAI_BEFORE}ถ\\.)(?!คอนกรีต|ลาดยาง|ลูกรัง|เพื่อ|สาย|ภายใน|ใน|ดิน|ที่|ข้าม|เลียบ|คัน|ริม|หิน|แอสฟัลต์|คสล|เชื่อม|ระหว่าง|และ|พร้อม|เข้า|ทาง|หน้า|รอบ|เสริม|ผิว|ให้|จาก|สู่|ไป|ชำรุด|เสีย|ค\\.|บ้าน|ซอย|หมู่)${NAME}`,
  'g',
);
/** Villages, communities, temples and road junctions: each names one spot. */
const VILLAGE_MARKERS = new Set(['บ้าน', 'หมู่บ้าน', 'ชุมชน', 'วัด', 'สี่แยก', 'สามแยก', 'ห้าแยก', 'วงเวียน']);

/**
 * A market by its name (ตลาดท่าเสด็จ) is a spot like a village; ตลาดนัด, ตลาดสด and ตลาดชุมชน are
 * kinds of market. Only the name is cut: the market itself may be what is built.
 */
const NAMED_MARKET = new RegExp(`ตลาด(?!นัด|สด|ชุมชน|กลาง|เทศบาล|ประชารัฐ|น้ำ|บ้าน|หมู่|ตำบล|ใน|ประจำ|เก่า|ใหม่|ค้า|การค้า|ชายแดน|สินค้า|ของ|และ|พร้อม|เพื่อ)${NAME}`, 'g');

/** A ministry's provincial office (สำนักงานเกษตรจังหวัด…): whose staff or equipment a line is for. */
const PROVINCIAL_OFFICE = /สำนักงาน([ก-๙]{3,}?)จังหวัด/g;

/** Words after an institution that are not its name (โรงเรียนในเขตตำบล… = the schools in the tambon). */
const NOT_A_NAME = 'ผู้|ใน|ตำบล|อำเภอ|จังหวัด|ของ|ทุก|สังกัด|ประจำ|ทั่วไป|และ|สำหรับ|[ตอจ]\\.';

/**
 * Schools, hospitals, health centres and parks followed by a name are *where* the works are
 * ("รั้วโรงเรียนบ้านโนนสะอาด" is a fence at that school), so marker and name are cut together.
 */
const INSTITUTION = new RegExp(
  `(?:โรงเรียนอนุบาล|โรงเรียน|รร\\.|ร\\.ร\\.|โรงพยาบาลส่งเสริมสุขภาพตำบล|รพ\\.สต\\.|โรงพยาบาลสมเด็จพระยุพราช|รพร\\.|โรงพยาบาล|รพ\\.|สวนสาธารณะ|ที่ว่าการอำเภอ)\\s*(?!${NOT_A_NAME})(?:บ้าน)?${NAME}(?:\\s*(\\d{1,3})(?![\\d+]))?`,
  'g',
);
const BY_LENGTH = (a: string, b: string) => b.length - a.length;
const THAI_PROVINCE = new RegExp(`(${[...PROVINCE_NAMES_TH].sort(BY_LENGTH).join('|')})`, 'g');
/** First two letters of every province name: most titles contain none, and skip the big regex. */
const PROVINCE_PREFIXES = new Set(PROVINCE_NAMES_TH.map((n) => n.slice(0, 2)));
function mayNameProvince(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) if (PROVINCE_PREFIXES.has(text.slice(i, i + 2))) return true;
  return false;
}

function thaiInstitutionKind(match: string): string {
  if (/^โรงเรียนอนุบาล/.test(match)) return 'c:kindergarten';
  if (/^(โรงเรียน|รร|ร\.ร)/.test(match)) return 'c:school';
  if (/^(โรงพยาบาลส่งเสริม|รพ\.สต)/.test(match)) return 'c:clinic';
  if (/^(โรงพยาบาล|รพ)/.test(match)) return 'c:hospital'; // รพร. too
  if (/^สวน/.test(match)) return 'c:park';
  return 'c:district_office';
}

/** Municipality, subdistrict or provincial administrative organisation, from a Thai marker. */
function localGovernmentKind(marker: string): string | undefined {
  if (/^(เทศบาล|ทต|ทม|ทน)/.test(marker)) return 'municipality';
  if (/^(องค์การบริหารส่วนตำบล|อบต)/.test(marker)) return 'sao';
  if (/^(องค์การบริหารส่วนจังหวัด|อบจ)/.test(marker)) return 'pao';
  if (/^(ศาลากลางจังหวัด|สำนักงานจังหวัด)/.test(marker)) return 'province_office';
  if (/^(สถานีตำรวจ|สภ)/.test(marker)) return 'police';
  return undefined;
}

trigger(CHAINAGE, /\+/);
trigger(PLAIN_KM, /กม|km|กิโลเมตรที่/i);
trigger(THAI_ROAD, /ทาง|ทล|ทช/);
trigger(ENGLISH_ROAD, /highway|route|hwy|rural road/i);
trigger(ENGLISH_ROAD_NO, /road/i);
trigger(RURAL_ROAD_CODE, /[ก-ฮ]\.\s?\d/);
trigger(ENGLISH_RURAL_ROAD_CODE, /[A-Za-z]\.\s?\d{4}/);
trigger(STRETCH, /ช่วง|ตอน/);
trigger(BANK_SIDE, /ฝั่ง|bank/i);
trigger(DESIGN_CODE, /สปช|สถ|สพฐ|ศพด|โยธา|ยธ|obec/i);
trigger(THAI_CANAL_CODE, /ซอย|สาย/);
trigger(THAI_MAIN_CANAL, /สายใหญ่/);
trigger(ENGLISH_CANAL_CODE, /lateral|canal|branch/i);
trigger(ENGLISH_MAIN_CANAL, /main canal|[LR]MC/i);
trigger(NAMED_MARKET, /ตลาด/);
trigger(THAI_POND, /หนอง|กุด/);
trigger(PHASE, /ระยะ|เฟส|ปีที่|ช่วงที่|ตอนที่|phase|stage/i);
trigger(ROUND_OF_YEAR, /ครั้งที่|round/i);
trigger(MOO, /หมู่|ม\.|moo|village/i);
trigger(THAI_WATER, /แม่น้ำ|ลำน้ำ|ห้วย|คลอง|บึง|หนองน้ำ/);
trigger(ENGLISH_WATER, /River|Canal|Creek|Stream|Mae Nam|Khlong|Huai|Lam /);
trigger(SOI, /ซอย|ซ\.|soi/i);
trigger(STREET, /ถนน|ถ\./);
trigger(QUANTITY, /\d/);
trigger(INSTITUTION, /โรงเรียน|รร\.|ร\.ร\.|โรงพยาบาล|รพ\.|รพร\.|สวนสาธารณะ|ที่ว่าการ/);

function expandNumberList(text: string): number[] {
  const range = /^(\d{1,2})\s*-\s*(\d{1,2})$/.exec(text.trim());
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    if (b >= a && b - a < 30) return Array.from({ length: b - a + 1 }, (_, k) => a + k);
  }
  return (text.match(/\d{1,2}/g) ?? []).map(Number);
}

function canonicalUnit(unit: string): string {
  for (const [pattern, canonical] of UNIT_ALIASES) if (pattern.test(unit.trim())) return canonical;
  return unit.toLowerCase().replace(/s$/, '');
}

/**
 * Collects every match of `pattern`, blanking the matched span (or one group) out of `state.text`;
 * `onMatch` returns false to leave a match in the text.
 */
function take(state: { text: string }, pattern: RegExp, onMatch: (m: RegExpExecArray) => unknown, group?: number): void {
  const test = TRIGGERS.get(pattern);
  if (test && !test.test(state.text)) return;
  let out = '';
  let last = 0;
  for (const m of state.text.matchAll(pattern)) {
    const keep = onMatch(m as RegExpExecArray);
    if (keep === false) continue;
    let start = m.index ?? 0;
    let end = start + m[0].length;
    if (group !== undefined && m[group]) {
      start += m[0].indexOf(m[group]);
      end = start + m[group].length;
    }
    out += `${state.text.slice(last, start)} `;
    last = end;
  }
  state.text = out + state.text.slice(last);
}

/** Cues from one normalised text (see normalise.ts). */
export function extractCues(normalised: string): Cues {
  const cues: Cues = {
    roads: [],
    sections: [],
    phases: [],
    moos: [],
    places: [],
    tambons: [],
    localities: [],
    routes: [],
    waters: [],
    quantities: [],
    sides: [],
    designs: [],
    canals: [],
    sites: [],
    units: [],
    rest: '',
  };
  // "ประจำหมู่บ้าน บ้านวัดหลวง": the village is the บ้าน that follows, not a village called บ้าน.
  let text = normalised.includes('หมู่บ้าน') ? normalised.replace(VILLAGE_BEFORE_VILLAGE, ' ') : normalised;
  // เขื่อน ค.ส.ล. along a canal is a concrete embankment wall, not a dam: keep the words together.
  if (text.includes('เขื่อน')) text = text.replace(CONCRETE_WALL, 'เขื่อนคสล ');
  const state = { text };

  const chainages: number[] = [];
  take(state, CHAINAGE, (m) => {
    chainages.push(Number(m[1]) + Number(m[2]) / 1000);
  });
  for (let k = 0; k < chainages.length; k += 2) {
    const a = chainages[k];
    const b = chainages[k + 1] ?? a;
    cues.sections.push({ from: Math.min(a, b), to: Math.max(a, b) });
  }
  take(state, PLAIN_KM, (m) => {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    cues.sections.push({ from: Math.min(a, b), to: Math.max(a, b) });
  });
  for (const pattern of [THAI_ROAD, ENGLISH_ROAD, ENGLISH_ROAD_NO, RURAL_ROAD_CODE, ENGLISH_RURAL_ROAD_CODE]) {
    take(
      state,
      pattern,
      (m) => {
        cues.roads.push(String(Number(m[1])));
      },
      1,
    );
  }
  take(state, PHASE, (m) => {
    const raw = (m[1] ?? m[2]).toLowerCase();
    cues.phases.push(ROMAN[raw] ?? Number(raw));
  });
  take(state, DESIGN_CODE, (m) => {
    cues.designs.push(`${m[1].toLowerCase()}${m[2]}/${m[3]}`);
  });
  take(
    state,
    THAI_CANAL_CODE,
    (m) => {
      cues.canals.push(canalCode(m[1]));
    },
    1,
  );
  take(state, THAI_MAIN_CANAL, (m) => {
    cues.canals.push(`main${canalCode(m[1] ?? '')}`);
  });
  take(
    state,
    ENGLISH_CANAL_CODE,
    (m) => {
      cues.canals.push(canalCode(m[1]));
    },
    1,
  );
  take(state, ENGLISH_MAIN_CANAL, (m) => {
    cues.canals.push(`main${canalCode(m[1] ?? m[2] ?? m[3] ?? '')}`);
  });
  // The main canal is still a canal: only its name was cut.
  if (cues.canals.some((c) => c.startsWith('main'))) state.text += /[\u0E01-\u0E59]/.test(state.text) ? ' คลองส่งน้ำ' : ' canal';
  take(state, ROUND_OF_YEAR, (m) => {
    cues.phases.push(Number(m[1]));
  });
  take(state, BANK_SIDE, (m) => {
    cues.sides.push(canalCode(m[1] ?? m[2]));
  });
  take(state, MOO, (m) => {
    cues.moos.push(...expandNumberList(m[1]));
  });
  take(state, QUANTITY, (m) => {
    cues.quantities.push({ value: Number(m[1]), unit: canonicalUnit(m[2]) });
  });
  take(
    state,
    THAI_WATER,
    (m) => {
      if (WATER_NOT_NAMES.test(m[1])) return false;
      cues.waters.push(m[1]);
    },
    1,
  );
  take(
    state,
    THAI_POND,
    (m) => {
      if (WATER_NOT_NAMES.test(m[1]) || /^น้ำ/.test(m[1])) return false;
      cues.waters.push(m[1]);
    },
    1,
  );
  take(
    state,
    ENGLISH_WATER,
    (m) => {
      cues.waters.push((m[1] ?? m[2]).toLowerCase());
    },
    0,
  );
  if (/สาย|ถนน/.test(state.text)) for (const m of state.text.matchAll(ROUTE)) cues.routes.push([m[1], m[2]]);
  take(state, STRETCH, (m) => {
    cues.routes.push([m[1], m[2]]);
  });
  take(state, INSTITUTION, (m) => {
    cues.localities.push({ name: m[1], ...(m[2] ? { no: Number(m[2]) } : {}) });
    const kind = thaiInstitutionKind(m[0]);
    cues.sites.push(kind);
    cues.units.push(...unitKeys(kind, m[1]));
  });
  take(
    state,
    NAMED_MARKET,
    (m) => {
      cues.localities.push({ name: m[1] });
    },
    1,
  );
  if (state.text.includes('สำนักงาน')) for (const m of state.text.matchAll(PROVINCIAL_OFFICE)) cues.units.push(`office:${m[1]}`);
  take(state, THAI_PLACE, (m) => {
    const marker = m[1];
    const name = m[2];
    if (marker === 'บ้าน' && NOT_A_VILLAGE.test(name)) return false;
    if (marker === 'ชุมชน' && NOT_A_COMMUNITY.test(name)) return false;
    cues.places.push(name);
    if (VILLAGE_MARKERS.has(marker)) cues.localities.push({ name });
    if (marker === 'วัด') cues.sites.push('c:temple');
    const government = localGovernmentKind(marker);
    if (government) cues.units.push(...unitKeys(government, name));
    if (marker === 'ตำบล' || marker === 'ต.') cues.tambons.push(name);
  });
  take(state, SOI, (m) => {
    if (!m[1] && !m[2]) return false;
    const name = (m[1] ?? '').toLowerCase();
    cues.localities.push({ name, ...(m[2] ? { no: Number(m[2]) } : {}) });
  });
  take(
    state,
    STREET,
    (m) => {
      if (isVocabulary(segmentWords(m[1])[0] ?? '')) return false;
      cues.localities.push({ name: m[1] });
    },
    1,
  );
  if (mayNameProvince(state.text))
    take(state, THAI_PROVINCE, (m) => {
      cues.places.push(m[1]);
    });
  if (/[A-Za-z]/.test(state.text)) state.text = cutEnglishPlaces(state.text, cues);
  cues.roads = [...new Set(cues.roads)];
  cues.phases = [...new Set(cues.phases)];
  cues.moos = [...new Set(cues.moos)];
  cues.places = [...new Set(cues.places)];
  cues.waters = [...new Set(cues.waters)];
  cues.tambons = [...new Set(cues.tambons)];
  cues.sites = [...new Set(cues.sites)];
  cues.canals = [...new Set(cues.canals)];
  cues.designs = [...new Set(cues.designs)];
  cues.sides = [...new Set(cues.sides)];
  cues.units = [...new Set(cues.units)];
  cues.rest = state.text.replace(/\s+/g, ' ').trim();
  return shareEmpty(cues);
}

/**
 * An index keeps the cues of every project (100,000 of them) and most titles have few cues:
 * empty lists share one frozen array, so memory (and the collector's marking) stays small.
 * Cues are read-only once extracted.
 */
const EMPTY: never[] = Object.freeze([]) as unknown as never[];

function shareEmpty(cues: Cues): Cues {
  for (const key of Object.keys(cues) as Array<keyof Cues>) {
    const value = cues[key];
    if (Array.isArray(value) && value.length === 0) (cues as unknown as Record<string, unknown>)[key] = EMPTY;
  }
  return cues;
}
