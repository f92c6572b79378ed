/**
 * How alike the *what* of two projects reads: weighted token overlap (concepts shared across
 * Thai and English; words the lexicon does not know count only against a text in their own
 * script), with Thai character trigrams as a fallback for OCR-damaged words.
 */
import type { Locality } from './cues.js';
import { gramsOf, type ProjectFeatures, surfacesOf, weighingAgainst } from './features.js';

export interface SharedWord {
  token: string;
  /** Surfaces to highlight in each project's text. */
  a: string[];
  b: string[];
}

export interface WhatSimilarity {
  score: number;
  tokenScore: number;
  gramScore: number;
  shared: SharedWord[];
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** `explain` false skips the words to highlight (the index scores many pairs it never shows). */
export function whatSimilarity(a: ProjectFeatures, b: ProjectFeatures, explain = true): WhatSimilarity {
  let sharedWeight = 0;
  const shared: SharedWord[] = [];
  for (const [token, wa] of a.tokens) {
    const wb = b.tokens.get(token);
    if (wb === undefined) continue;
    sharedWeight += Math.min(wa, wb);
    shared.push(explain ? { token, a: surfacesOf(a, token), b: surfacesOf(b, token) } : { token, a: [], b: [] });
  }
  let tokenScore = 0;
  const [wa, wb] = [weighingAgainst(a, b), weighingAgainst(b, a)];
  if (wa > 0 && wb > 0) {
    const dice = (2 * sharedWeight) / (wa + wb);
    const containment = sharedWeight / Math.min(wa, wb);
    tokenScore = (dice + containment) / 2;
  }
  const gramScore = a.thaiWhat.length >= 8 && b.thaiWhat.length >= 8 ? jaccard(gramsOf(a), gramsOf(b)) : 0;
  return {
    score: Math.max(tokenScore, gramScore),
    tokenScore,
    gramScore,
    shared,
  };
}

const THAI = /[\u0E00-\u0E7F]/;

/** Place names repeat across projects: their trigram sets are kept (bounded). */
const nameGrams = new Map<string, Set<string>>();

function gramsOfName(name: string): Set<string> {
  let grams = nameGrams.get(name);
  if (grams) return grams;
  grams = new Set<string>();
  for (let i = 0; i + 3 <= name.length; i++) grams.add(name.slice(i, i + 3));
  if (nameGrams.size > 100_000) nameGrams.clear();
  nameGrams.set(name, grams);
  return grams;
}

export function namesMatch(x: string, y: string): boolean {
  if (x === '' || y === '' || x === y) return true;
  // เจ้าฟ้าตะวันออก and เจ้าฟ้าตะวันตก (Chao Fa East, West) are two roads.
  const [dx, dy] = [DIRECTION.exec(x)?.[0], DIRECTION.exec(y)?.[0]];
  if (dx && dy && dx !== dy) return false;
  // English spellings split Thai names anywhere (Phahonyothin, Phahon Yothin).
  if (x.includes(' ') || y.includes(' ')) return namesMatch(x.replace(/\s+/g, ''), y.replace(/\s+/g, ''));
  if (x.includes(y) || y.includes(x)) return true;
  // OCR drops or misreads one mark (บึงเนยม for บึงเนียม): one name.
  if (Math.min(x.length, y.length) >= 4 && Math.abs(x.length - y.length) <= 1 && withinOneEdit(x, y)) return true;
  // Jaccard ≥ 0.5 needs lengths within a factor of 3.
  if (Math.max(x.length, y.length) > 3 * Math.min(x.length, y.length) + 2) return false;
  return jaccard(gramsOfName(x), gramsOfName(y)) >= 0.5;
}

const DIRECTION = /(ตะวันออก|ตะวันตก|เหนือ|ใต้|east|west|north|south)$/;

/** Thai vowel and tone marks above and below a consonant: what OCR drops or misreads. */
const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/**
 * One mark apart: a mark dropped, added or read as another. A consonant apart is another name
 * (หนองแวง and หนองแดง are two villages).
 */
function withinOneEdit(x: string, y: string): boolean {
  if (x.length > y.length) [x, y] = [y, x];
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (i >= x.length) return true;
    if (MARK.test(x[i]) && MARK.test(y[i]) && x.slice(i + 1) === y.slice(i + 1)) return true;
    // A mark typed on the wrong letter (ปิล๊อก, ปิลอ๊ก): two neighbours swapped, one a mark.
    const swapped = x[i] === y[i + 1] && x[i + 1] === y[i] && (MARK.test(x[i]) || MARK.test(y[i]));
    return swapped && x.slice(i + 2) === y.slice(i + 2);
  }
  return MARK.test(y[i]) && x.slice(i) === y.slice(i + 1);
}

export type LocalityRelation = { kind: 'unknown' } | { kind: 'same'; name: string } | { kind: 'different'; a: string[]; b: string[] };

/** Kind-only answers for the score bound, which runs for many pairs and shows none of them. */
export const UNKNOWN = 0;
export const SAME = 1;
export const DIFFERENT = 2;
export type MatchKind = typeof UNKNOWN | typeof SAME | typeof DIFFERENT;

function sameScript(x: string, y: string): boolean {
  return x === '' || y === '' || THAI.test(x) === THAI.test(y);
}

/** Two localities can be told apart: same script, and a soi known only by number ("ซอย 4") meets only another number. */
function comparable(x: Locality, y: Locality): boolean {
  if (x.name === '' || y.name === '') return x.no !== undefined && y.no !== undefined;
  return sameScript(x.name, y.name);
}

function localitiesMatch(x: Locality, y: Locality): boolean {
  const numbersAgree = x.no === undefined || y.no === undefined || x.no === y.no;
  return numbersAgree && namesMatch(x.name, y.name);
}

/** The first pair of localities (same script) that match, or whether any could be compared. */
function firstMatch(a: Locality[], b: Locality[]): Locality | MatchKind {
  let kind: MatchKind = UNKNOWN;
  for (const x of a) {
    for (const y of b) {
      if (!comparable(x, y)) continue;
      kind = DIFFERENT;
      if (localitiesMatch(x, y)) return x.name || y.name ? { name: x.name || y.name } : { name: String(x.no ?? y.no) };
    }
  }
  return kind;
}

function localityLabel(l: Locality): string {
  return `${l.name}${l.no === undefined ? '' : ` ${l.no}`}`.trim();
}

/**
 * Villages, sois and streets compared within one script (บ้านหนองบัว and Ban Nong Bua cannot
 * be compared without a gazetteer; the area codes carry that case).
 */
export function localityRelation(a: Locality[], b: Locality[]): LocalityRelation {
  const match = firstMatch(a, b);
  if (typeof match === 'object') return { kind: 'same', name: match.name };
  if (match === UNKNOWN) return { kind: 'unknown' };
  return { kind: 'different', a: a.map(localityLabel), b: b.map(localityLabel) };
}

export function localityKind(a: Locality[], b: Locality[]): MatchKind {
  const match = firstMatch(a, b);
  return typeof match === 'object' ? SAME : match;
}

function toLocality(name: string): Locality {
  return { name };
}

export function namesRelation(a: string[], b: string[]): LocalityRelation {
  if (a.length === 0 || b.length === 0) return { kind: 'unknown' };
  return localityRelation(a.map(toLocality), b.map(toLocality));
}

export function namesKind(a: string[], b: string[]): MatchKind {
  let kind: MatchKind = UNKNOWN;
  for (const x of a) {
    for (const y of b) {
      if (!sameScript(x, y)) continue;
      kind = DIFFERENT;
      if (namesMatch(x, y)) return SAME;
    }
  }
  return kind;
}

function sameRoute([x1, x2]: [string, string], [y1, y2]: [string, string]): boolean {
  return (namesMatch(x1, y1) && namesMatch(x2, y2)) || (namesMatch(x1, y2) && namesMatch(x2, y1));
}

function routeLabel(r: [string, string]): string {
  return `${r[0]} - ${r[1]}`;
}

/** Village-to-village roads: the same road only when both ends match (in either order). */
export function routeRelation(a: Array<[string, string]>, b: Array<[string, string]>): LocalityRelation {
  if (a.length === 0 || b.length === 0) return { kind: 'unknown' };
  for (const x of a) for (const y of b) if (sameRoute(x, y)) return { kind: 'same', name: routeLabel(x) };
  return { kind: 'different', a: a.map(routeLabel), b: b.map(routeLabel) };
}

export function routeKind(a: Array<[string, string]>, b: Array<[string, string]>): MatchKind {
  if (a.length === 0 || b.length === 0) return UNKNOWN;
  for (const x of a) for (const y of b) if (sameRoute(x, y)) return SAME;
  return DIFFERENT;
}
