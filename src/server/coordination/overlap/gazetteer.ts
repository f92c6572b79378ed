import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../config.js';

/**
 * Thai province names, Thai and English, to recognise a province named without a marker
 * ("… เมืองขอนแก่น", "… Khon Kaen"). Copied from thailand-geography-data/thailand-geography-json
 * (commit c76e019f, src/provinces.json, MIT licence, (c) 2023-present Joe Takara) with English
 * names from OCHA/HDX COD-AB Thailand (RTSD 2019, CC BY-IGO) via piyayut-ch/mapthai (MIT).
 * Names that are also common words (ตาก "to dry", เลย "at all", แพร่ "to spread") are left out.
 */
export const PROVINCE_NAMES_TH: string[] = [
  'กรุงเทพมหานคร',
  'สมุทรปราการ',
  'นนทบุรี',
  'ปทุมธานี',
  'พระนครศรีอยุธยา',
  'อ่างทอง',
  'ลพบุรี',
  'สิงห์บุรี',
  'ชัยนาท',
  'สระบุรี',
  'ชลบุรี',
  'ระยอง',
  'จันทบุรี',
  'ตราด',
  'ฉะเชิงเทรา',
  'ปราจีนบุรี',
  'นครนายก',
  'สระแก้ว',
  'นครราชสีมา',
  'บุรีรัมย์',
  'สุรินทร์',
  'ศรีสะเกษ',
  'อุบลราชธานี',
  'ยโสธร',
  'ชัยภูมิ',
  'อำนาจเจริญ',
  'บึงกาฬ',
  'หนองบัวลำภู',
  'ขอนแก่น',
  'อุดรธานี',
  'หนองคาย',
  'มหาสารคาม',
  'ร้อยเอ็ด',
  'กาฬสินธุ์',
  'สกลนคร',
  'นครพนม',
  'มุกดาหาร',
  'เชียงใหม่',
  'ลำพูน',
  'ลำปาง',
  'อุตรดิตถ์',
  'น่าน',
  'พะเยา',
  'เชียงราย',
  'แม่ฮ่องสอน',
  'นครสวรรค์',
  'อุทัยธานี',
  'กำแพงเพชร',
  'สุโขทัย',
  'พิษณุโลก',
  'พิจิตร',
  'เพชรบูรณ์',
  'ราชบุรี',
  'กาญจนบุรี',
  'สุพรรณบุรี',
  'นครปฐม',
  'สมุทรสาคร',
  'สมุทรสงคราม',
  'เพชรบุรี',
  'ประจวบคีรีขันธ์',
  'นครศรีธรรมราช',
  'กระบี่',
  'พังงา',
  'ภูเก็ต',
  'สุราษฎร์ธานี',
  'ระนอง',
  'ชุมพร',
  'สงขลา',
  'สตูล',
  'ตรัง',
  'พัทลุง',
  'ปัตตานี',
  'ยะลา',
  'นราธิวาส',
  'กรุงเทพ',
];

export const PROVINCE_NAMES_EN: string[] = [
  'Bangkok',
  'Samut Prakan',
  'Nonthaburi',
  'Pathum Thani',
  'Phra Nakhon Si Ayutthaya',
  'Ang Thong',
  'Lop Buri',
  'Sing Buri',
  'Chai Nat',
  'Saraburi',
  'Chon Buri',
  'Rayong',
  'Chanthaburi',
  'Trat',
  'Chachoengsao',
  'Prachin Buri',
  'Nakhon Nayok',
  'Sa Kaeo',
  'Nakhon Ratchasima',
  'Buri Ram',
  'Surin',
  'Si Sa Ket',
  'Ubon Ratchathani',
  'Yasothon',
  'Chaiyaphum',
  'Amnat Charoen',
  'Bueng Kan',
  'Nong Bua Lam Phu',
  'Khon Kaen',
  'Udon Thani',
  'Loei',
  'Nong Khai',
  'Maha Sarakham',
  'Roi Et',
  'Kalasin',
  'Sakon Nakhon',
  'Nakhon Phanom',
  'Mukdahan',
  'Chiang Mai',
  'Lamphun',
  'Lampang',
  'Uttaradit',
  'Phrae',
  'Nan',
  'Phayao',
  'Chiang Rai',
  'Mae Hong Son',
  'Nakhon Sawan',
  'Uthai Thani',
  'Kamphaeng Phet',
  'Tak',
  'Sukhothai',
  'Phitsanulok',
  'Phichit',
  'Phetchabun',
  'Ratchaburi',
  'Kanchanaburi',
  'Suphan Buri',
  'Nakhon Pathom',
  'Samut Sakhon',
  'Samut Songkhram',
  'Phetchaburi',
  'Prachuap Khiri Khan',
  'Nakhon Si Thammarat',
  'Krabi',
  'Phangnga',
  'Phuket',
  'Surat Thani',
  'Ranong',
  'Chumphon',
  'Songkhla',
  'Satun',
  'Trang',
  'Phatthalung',
  'Pattani',
  'Yala',
  'Narathiwat',
];

interface NamedArea {
  code: string;
  name_th: string;
  name_en: string;
}

let romanised: Map<string, string> | undefined;
let areaNames: Map<string, string> | undefined;

/**
 * Thai province, district and subdistrict names → their official romanisation (shipped under
 * reference/thailand, see reference/SOURCES.md). A name that differs between two areas keeps
 * the first; the romanisations of one Thai name rarely differ by more than spacing.
 */
function romanisations(): Map<string, string> {
  if (romanised) return romanised;
  romanised = new Map();
  areaNames = new Map();
  for (const file of ['provinces.json', 'districts.json', 'subdistricts.json']) {
    const areas = JSON.parse(readFileSync(path.join(ROOT_DIR, 'reference', 'thailand', file), 'utf8')) as NamedArea[];
    for (const area of areas) {
      if (!romanised.has(area.name_th)) romanised.set(area.name_th, compactLatin(area.name_en));
      areaNames.set(area.code, compactLatin(area.name_en));
    }
  }
  return romanised;
}

function compactLatin(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * Keys for a unit named in Thai or in English: its kind and its name, romanised when the
 * gazetteer knows a Thai name ('municipality:phonphisai' for เทศบาลตำบลโพนพิสัย and for Phon
 * Phisai municipality). A Thai name it does not know stays Thai: it still meets its own spelling.
 * Romanised keys carry ROMANISED: romanisations vary (เขวา is Khewa in DOPA's list, Khwao on a
 * sign), so a romanised name that meets no English spelling is no evidence of another unit.
 * An English name after Ban gets a key with and one without it: the Thai cue of a school drops
 * บ้าน (โรงเรียนบ้านหนองบัว → หนองบัว), a town keeps it (เทศบาลเมืองบ้านไผ่ → Ban Phai).
 */
/** Marks a key romanised from Thai: it may meet an English spelling, but a miss proves little. */
export const ROMANISED = '~';

export function unitKeys(kind: string, name: string): string[] {
  const bare = kind.replace(/^c:/, '');
  if (!/[A-Za-z]/.test(name)) {
    const roman = romanisations().get(name);
    return [roman ? `${bare}:${ROMANISED}${roman}` : `${bare}:${name}`];
  }
  const keys = [`${bare}:${compactLatin(name)}`];
  const withoutBan = name.replace(/^(ban|baan)\s+/i, '');
  if (withoutBan !== name) keys.push(`${bare}:${compactLatin(withoutBan)}`);
  return keys;
}

/** The compact romanised name of an area code (400101 → 'naimueang'), to meet unit names. */
export function areaNameKey(code: string): string | undefined {
  if (!areaNames) romanisations();
  return areaNames?.get(code);
}
