/**
 * The finest *where* two titles give: village-to-village routes, villages/sois/streets/
 * institutions, tambons, moo numbers and water bodies. Names are compared within one script
 * (บ้านหนองบัว and Ban Nong Bua need a gazetteer; area codes carry that case).
 */
import type { ProjectFeatures } from './features.js';
import { areaNameKey, ROMANISED } from './gazetteer.js';
import { intersect, sharesAny } from './relations.js';
import {
  DIFFERENT,
  localityKind,
  type MatchKind,
  namesMatch,
  localityRelation,
  namesKind,
  namesRelation,
  routeKind,
  routeRelation,
  SAME,
  UNKNOWN,
} from './similarity.js';

export interface PlaceEvidence {
  /** Evidence of the same place, by kind (locality, moo, tambon). */
  same: Record<string, unknown>;
  /** Evidence of different places, by kind. */
  differ: Record<string, unknown>;
  sameLocality: boolean;
  sameWater?: string;
}

export function placeEvidence(a: ProjectFeatures, b: ProjectFeatures): PlaceEvidence {
  const route = routeRelation(a.cues.routes, b.cues.routes);
  // A shared end village is not the same road: the route decides when both titles give one.
  const localities = route.kind === 'unknown' ? localityRelation(a.cues.localities, b.cues.localities) : route;
  const moos = a.cues.moos.length > 0 && b.cues.moos.length > 0 ? intersect(a.cues.moos, b.cues.moos) : undefined;
  const waters = namesRelation(a.cues.waters, b.cues.waters);
  const tambons = namesRelation(a.cues.tambons, b.cues.tambons);
  const same: Record<string, unknown> = {};
  const differ: Record<string, unknown> = {};
  if (localities.kind === 'same') same.locality = localities.name;
  if (localities.kind === 'different') differ.localities = { a: localities.a, b: localities.b };
  if (moos && moos.length > 0) same.moo = moos;
  if (moos && moos.length === 0) differ.moo = { a: a.cues.moos, b: b.cues.moos };
  if (tambons.kind === 'same') same.tambon = tambons.name;
  if (tambons.kind === 'different') differ.tambons = { a: tambons.a, b: tambons.b };
  if (waters.kind === 'different') differ.waters = { a: waters.a, b: waters.b };
  const canals = codesKind(a.cues.canals, b.cues.canals);
  if (canals === SAME) same.canal = a.cues.canals.find((c) => b.cues.canals.includes(c));
  if (canals === DIFFERENT) differ.canals = { a: a.cues.canals, b: b.cues.canals };
  if (codesKind(a.cues.sides, b.cues.sides) === DIFFERENT) differ.sides = { a: a.cues.sides, b: b.cues.sides };
  const unit = unitEvidence(a, b);
  if (unit.kind === 'same') same.unit = unit.unit;
  if (unit.kind === 'different') differ.units = { a: unit.a, b: unit.b };
  return {
    same,
    differ,
    sameLocality: localities.kind === 'same',
    ...(waters.kind === 'same' ? { sameWater: waters.name } : {}),
  };
}

/**
 * Local governments and institutions both titles name (gazetteer.unitKeys): the same unit when
 * a kind and name agree (the name allowing OCR noise), different units when two keys of one
 * script could be compared and none agrees (a Thai name the gazetteer does not know meets only
 * Thai names).
 */
export function unitRelation(a: string[], b: string[]): UnitRelation {
  if (a.length === 0 || b.length === 0) return { kind: 'unknown' };
  let comparable = false;
  for (const x of a) {
    const [kx, nx, rx] = splitKey(x);
    for (const y of b) {
      const [ky, ny, ry] = splitKey(y);
      // Two kinds of unit (a PAO and an SAO, a hospital and a school) are two units however their
      // names are spelled.
      if (kx !== ky) {
        comparable = true;
        continue;
      }
      if (THAI.test(nx) !== THAI.test(ny)) continue;
      if (namesMatch(nx, ny)) return { kind: 'same', unit: `${kx}:${nx}` };
      // Thai against Thai (romanised or not) or English against English tells names apart.
      if (rx === ry || THAI.test(nx)) comparable = true;
    }
  }
  return comparable ? { kind: 'different', a, b } : { kind: 'unknown' };
}

type UnitRelation = { kind: 'unknown' } | { kind: 'same'; unit: string } | { kind: 'different'; a: string[]; b: string[] };

/** unitRelation, or, when the titles name no comparable units, a unit governing the other side's area. */
function unitEvidence(a: ProjectFeatures, b: ProjectFeatures): UnitRelation {
  const relation = unitRelation(a.cues.units, b.cues.units);
  if (relation.kind !== 'unknown') return relation;
  const governed = unitGoverning(a.cues.units, b) ?? unitGoverning(b.cues.units, a);
  return governed ? { kind: 'same', unit: governed } : relation;
}

const THAI = /[\u0E00-\u0E7F]/;

/** Kind, name and whether the name was romanised from Thai. */
function splitKey(key: string): [string, string, boolean] {
  const at = key.indexOf(':');
  const name = key.slice(at + 1);
  const romanised = name.startsWith(ROMANISED);
  return [key.slice(0, at), romanised ? name.slice(1) : name, romanised];
}

/** Codes (canal 3r1l) are one canal only when equal: 3r1l and 5r1l read alike but are two canals. */
function codesKind(a: string[], b: string[]): MatchKind {
  if (a.length === 0 || b.length === 0) return UNKNOWN;
  return a.some((x) => b.includes(x)) ? SAME : DIFFERENT;
}

/**
 * A local government named on one side whose tambon or town is the other side's area
 * (อบต.บางพระ and a project coded 801212, tambon Bang Phra): the same unit, when the other side
 * names no unit of its own. A province buying a pump *for* an SAO and the SAO's own line for it
 * meet here.
 */
function unitGoverning(units: string[], other: ProjectFeatures): string | undefined {
  if (units.length === 0 || other.cues.units.length > 0) return undefined;
  for (const key of units) {
    const [kind, name] = splitKey(key);
    if (kind !== 'sao' && kind !== 'municipality') continue;
    for (const code of other.project.areaCodes) {
      if (code.length < 4) continue;
      if (areaNameKey(code) === name) return `${kind}:${name}`;
    }
  }
  return undefined;
}

/** What the score bound needs of placeEvidence, without the labels the reasons carry. */
export interface PlaceSummary {
  differ: boolean;
  sameLocality: boolean;
  /** Same locality, moo, water or unit with nothing differing: compareFeatures' confirmed place. */
  confirmed: boolean;
}

/** Equal to the booleans placeEvidence implies (a test holds them together). */
export function placeSummary(a: ProjectFeatures, b: ProjectFeatures): PlaceSummary {
  const route = routeKind(a.cues.routes, b.cues.routes);
  const locality = route === UNKNOWN ? localityKind(a.cues.localities, b.cues.localities) : route;
  const [ma, mb] = [a.cues.moos, b.cues.moos];
  const moosGiven = ma.length > 0 && mb.length > 0;
  const sameMoo = moosGiven && sharesAny(ma, mb);
  const water = namesKind(a.cues.waters, b.cues.waters);
  const unit = unitEvidence(a, b).kind;
  const differ =
    locality === DIFFERENT ||
    (moosGiven && !sameMoo) ||
    water === DIFFERENT ||
    namesKind(a.cues.tambons, b.cues.tambons) === DIFFERENT ||
    codesKind(a.cues.canals, b.cues.canals) === DIFFERENT ||
    codesKind(a.cues.sides, b.cues.sides) === DIFFERENT ||
    unit === 'different';
  return {
    differ,
    sameLocality: locality === SAME,
    confirmed: !differ && (locality === SAME || sameMoo || water === SAME || unit === 'same'),
  };
}
