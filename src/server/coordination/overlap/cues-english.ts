/**
 * English place names: runs of capitalised words after Tambon/Ban/in/at, before
 * District/Province/Village/SAO, before School/Hospital/Park/Road, and province names.
 * Only the name words are cut ("Concrete Road Nong Han District" keeps "Concrete Road").
 */
import type { Cues } from './cues.js';
import { PROVINCE_NAMES_EN, unitKeys } from './gazetteer.js';
import { isVocabulary, stem } from './tokenise.js';

const BY_LENGTH = (a: string, b: string) => b.length - a.length;
const ENGLISH_INSTITUTION =
  /((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*?)\s+(Subdistrict Health Promoting Hospital|Tambon Health Promoting Hospital|Health Promoting Hospital|SHPH|School|Hospital|Health Centre|Health Center|Park)(?:\s+(\d{1,3})\b)?/g;
const INSTITUTION_KIND: Record<string, string> = {
  'Subdistrict Health Promoting Hospital': 'c:clinic',
  'Tambon Health Promoting Hospital': 'c:clinic',
  'Health Promoting Hospital': 'c:clinic',
  SHPH: 'c:clinic',
  School: 'c:school',
  Hospital: 'c:hospital',
  'Health Centre': 'c:clinic',
  'Health Center': 'c:clinic',
  Park: 'c:park',
};
/** Units named with a long English title after their province or tambon name. */
const ENGLISH_LONG_UNIT =
  /((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*?)\s+(Provincial Administrative Organi[sz]ation|Subdistrict Administrative Organi[sz]ation|Tambon Administrative Organi[sz]ation|Provincial Office|Provincial Hall|Provincial Governor's Office|City Hall|Police Station)\b/g;
const LONG_UNIT_KIND: Record<string, string> = {
  'Provincial Administrative Organisation': 'pao',
  'Provincial Administrative Organization': 'pao',
  'Subdistrict Administrative Organisation': 'sao',
  'Subdistrict Administrative Organization': 'sao',
  'Tambon Administrative Organisation': 'sao',
  'Tambon Administrative Organization': 'sao',
  'Provincial Office': 'province_office',
  'Provincial Hall': 'province_office',
  "Provincial Governor's Office": 'province_office',
  // ศาลากลางจังหวัด is often written City Hall in English reports.
  'City Hall': 'province_office',
  'Police Station': 'police',
};
/** A section or a junction by its two roads ("Khlong Wa - Hat Yai section"): where, not what. */
const ENGLISH_SECTION = /((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)\s*-\s*((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)\s+(?:section|intersection|junction)\b/g;
/** "City of Pattaya", "Municipality of Hat Yai": the unit before its name. */
const ENGLISH_UNIT_BEFORE = /\b(?:City|Town|Municipality) of ((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)/g;
/** Local governments after their name, by the kind unitKey gives their Thai names. */
function localGovernmentKind(marker: string): string | undefined {
  if (/^(municipality|town|city)$/i.test(marker)) return 'municipality';
  if (/^(SAO|TAO)$/.test(marker)) return 'sao';
  if (marker === 'PAO') return 'pao';
  return undefined;
}
const ENGLISH_PROVINCE = new RegExp(`\\b(${[...PROVINCE_NAMES_EN].sort(BY_LENGTH).join('|')})\\b`, 'g');
const ENGLISH_STREET = /\b((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)\s+Road\b/g;
const ENGLISH_PLACE_BEFORE = /\b(?:Tambon|Amphoe|Changwat|Ban|Baan|Khwaeng|Khet|in|at)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)/g;
const ENGLISH_PLACE_AFTER =
  /((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)\s+(?:[Dd]istrict|[Ss]ub-?district|[Ss]ubdistrict|[Pp]rovince|[Vv]illage|[Mm]unicipality|Tambon|SAO|TAO|PAO|[Tt]own|[Cc]ity|[Cc]ommunity)\b/g;

/** The words of a capitalised run that are not English vocabulary ("Concrete Road Nong Han" → Nong, Han). */
function englishPlaceWords(sequence: string): string[] {
  return sequence.split(/\s+/).filter((w) => !isVocabulary(stem(w.toLowerCase())));
}

const PROVINCE_FIRST_WORDS = new Set(PROVINCE_NAMES_EN.map((n) => n.split(' ')[0]));

/**
 * The name words of a unit: not vocabulary ("Phuket Smart City" is Phuket's), keeping a leading
 * Ban (Ban Phai is the town's name), up to the first Town, City or Subdistrict.
 */
function unitName(sequence: string): string {
  const all = sequence.split(/\s+/);
  // A unit's name ends at its kind: "Phuket City Data Platform" is Phuket's.
  const end = all.findIndex((w, i) => i > 0 && /^(Town|City|Municipality|Subdistrict|Sub-district|Tambon)$/.test(w));
  const words = (end > 0 ? all.slice(0, end) : all).filter((w, i) => (i === 0 && /^(Ban|Baan)$/.test(w)) || !isVocabulary(stem(w.toLowerCase())));
  return words.join(' ');
}

/** Records English places in `cues` and returns `text` without their name words. */
export function cutEnglishPlaces(text: string, cues: Cues): string {
  const capitalised = text.match(/\b[A-Z][a-z]+/g) ?? [];
  if (capitalised.length === 0) return text;
  const englishNameWords = new Set<string>();
  const mayNameProvince = capitalised.some((w) => PROVINCE_FIRST_WORDS.has(w));
  for (const m of mayNameProvince ? text.matchAll(ENGLISH_PROVINCE) : []) {
    cues.places.push(m[1].toLowerCase());
    for (const w of m[1].split(' ')) englishNameWords.add(w);
  }
  for (const m of text.matchAll(ENGLISH_INSTITUTION)) {
    const words = englishPlaceWords(m[1]);
    if (words.length === 0) continue;
    cues.localities.push({ name: words.join(' ').toLowerCase(), ...(m[3] ? { no: Number(m[3]) } : {}) });
    // Anuban schools are the province's or district's kindergarten (โรงเรียนอนุบาล…).
    const anuban = m[2] === 'School' && /^Anuban\b/.test(m[1]);
    const kind = anuban ? 'c:kindergarten' : INSTITUTION_KIND[m[2]];
    cues.sites.push(kind);
    // The unit keeps every word of the name (Ban Na Mueang School is นาเมือง's, not Na's).
    cues.units.push(...unitKeys(kind, anuban ? m[1].replace(/^Anuban\s+/, '') : m[1]));
    for (const w of words) englishNameWords.add(w);
  }
  for (const m of text.matchAll(ENGLISH_STREET)) {
    const words = englishPlaceWords(m[1]);
    if (words.length === 0) continue;
    cues.localities.push({ name: words.join(' ').toLowerCase() });
    for (const w of words) englishNameWords.add(w);
  }
  for (const pattern of [ENGLISH_PLACE_AFTER, ENGLISH_PLACE_BEFORE]) {
    for (const m of text.matchAll(pattern)) {
      const words = englishPlaceWords(m[1]);
      if (words.length === 0) continue;
      const place = words.join(' ').toLowerCase();
      cues.places.push(place);
      if (/^Tambon\b/.test(m[0]) || /[Ss]ub-?district$/.test(m[0])) cues.tambons.push(place);
      if (/^(Ban|Baan)\b/.test(m[0]) || /Village$/.test(m[0])) cues.localities.push({ name: place });
      const government = pattern === ENGLISH_PLACE_AFTER ? localGovernmentKind(m[0].slice(m[1].length).trim()) : undefined;
      if (government) cues.units.push(...unitKeys(government, unitName(m[1])));
      for (const w of words) englishNameWords.add(w);
    }
  }
  if (/section|junction/.test(text))
    for (const m of text.matchAll(ENGLISH_SECTION)) {
      cues.routes.push([m[1].toLowerCase(), m[2].toLowerCase()]);
      for (const w of `${m[1]} ${m[2]}`.split(/\s+/)) englishNameWords.add(w);
    }
  for (const m of text.matchAll(ENGLISH_LONG_UNIT)) {
    const words = englishPlaceWords(m[1]);
    if (words.length === 0) continue;
    cues.places.push(words.join(' ').toLowerCase());
    cues.units.push(...unitKeys(LONG_UNIT_KIND[m[2]], words.join(' ')));
    for (const w of words) englishNameWords.add(w);
  }
  for (const m of text.matchAll(ENGLISH_UNIT_BEFORE)) {
    const words = englishPlaceWords(m[1]);
    if (words.length === 0) continue;
    cues.places.push(words.join(' ').toLowerCase());
    cues.units.push(...unitKeys('municipality', words.join(' ')));
    for (const w of words) englishNameWords.add(w);
  }
  for (const word of englishNameWords) text = text.replace(new RegExp(`\\b${word}\\b`, 'g'), ' ');
  return text;
}
