/**
 * The decision: start from how alike the *what* reads, then let the structured cues and the
 * Area–Function–period relations raise or cap it. Every step leaves a Reason, so the score is
 * never a mystery to the coordinator who has to resolve the pair.
 */
import { extractFeatures, type ProjectFeatures } from './features.js';
import type { KmInterval } from './cues.js';
import type { Facet } from './lexicon.js';
import { codeRelation, codesDisjoint, intersect, periodRelation, sectionRelation, sharesAny } from './relations.js';
import { placeEvidence, placeSummary } from './places.js';
import { whatSimilarity } from './similarity.js';
import type { Comparison, OverlapProject, Reason } from './types.js';

/** Default decision threshold (tuned on the train split of eval/, see bench/overlap-quality.ts). */
export const DEFAULT_THRESHOLD = 0.5;

/** Multipliers for evidence against a duplicate; floors for evidence for one. */
export const WEIGHTS = {
  differentObject: 0.35,
  differentPhase: 0.3,
  /** One title says ระยะที่ 2+, the other names no phase: most likely the first phase. */
  laterPhaseOnOneSide: 0.45,
  sectionDisjoint: 0.3,
  differentRoad: 0.4,
  highwayVsVillageRoad: 0.5,
  differentPlace: 0.45,
  differentArea: 0.3,
  /** Neighbouring units of one district (or districts of one province): a boundary may be crossed. */
  siblingArea: 0.45,
  ownEquipment: 0.4,
  /** Thai character-trigram similarity above which a different head is read as OCR noise. */
  alikeText: 0.6,
  differentFunction: 0.8,
  differentPeriod: 0.3,
  /** Same road, overlapping km: at least this score when the works share a word and no object differs. */
  sectionOverlapFloor: 0.8,
  sectionOverlapMinWhat: 0.05,
  /** Same four-digit road, no km on either side: at least this score (see compareFeatures). */
  sameShortRoadFloor: 0.6,
  /** Bonus (towards 1) for the same village, moo, soi or river. */
  samePlaceBonus: 0.25,
};

const FACET_REASON: Record<Facet, Reason['kind']> = {
  group: 'different_group',
  occasion: 'different_occasion',
  division: 'different_division',
  trade: 'different_trade',
  method: 'different_method',
  crop: 'different_crop',
  course: 'different_course',
  structure: 'different_structure',
  disease: 'different_disease',
  sport: 'different_sport',
  language: 'different_language',
  age: 'different_building',
  tourism: 'different_object',
  service: 'different_object',
  programme: 'different_object',
};

function push(reasons: Reason[], kind: Reason['kind'], supports: boolean, detail: Record<string, unknown>): void {
  reasons.push({ kind, supports, detail });
}

export function compareFeatures(a: ProjectFeatures, b: ProjectFeatures, threshold = DEFAULT_THRESHOLD, explain = true): Comparison {
  const reasons: Reason[] = [];
  const what = whatSimilarity(a, b, explain);
  let score = what.score;
  if (what.shared.length > 0) push(reasons, 'shared_words', true, { words: what.shared, similarity: round(what.tokenScore) });
  if (what.gramScore > what.tokenScore && what.gramScore >= 0.3) push(reasons, 'similar_text', true, { similarity: round(what.gramScore) });
  const differentThings = disjointSets(a.things, b.things);
  const differentTopics = disjointSets(a.topics, b.topics);
  if (differentThings || differentTopics) {
    const detail = differentThings ? { a: [...a.things], b: [...b.things] } : { a: [...a.topics], b: [...b.topics] };
    push(reasons, 'different_object', false, detail);
    score *= WEIGHTS.differentObject;
  } else {
    const part = partRelation(a, b, what.gramScore);
    if (part) {
      push(reasons, 'different_part', false, part);
      score *= WEIGHTS.differentObject;
    }
  }
  for (const [facet, values] of a.facets) {
    const other = b.facets.get(facet);
    if (other && disjointSets(values, other)) {
      push(reasons, FACET_REASON[facet], false, { a: [...values], b: [...other] });
      score *= WEIGHTS.differentObject;
    }
  }
  if (a.project.ownerId === b.project.ownerId) push(reasons, 'same_owner', true, { ownerId: a.project.ownerId });

  // Where: roads and kilometre sections first, they are the most precise.
  const section = sectionRelation(a.cues.roads, b.cues.roads, a.cues.sections, b.cues.sections);
  const reachGap = section.kind === 'none' ? kmApart(a.cues.sections, b.cues.sections) : undefined;
  let placeConfirmed = false;
  if (section.kind === 'overlap') {
    push(reasons, 'road_section_overlap', true, { roads: section.roads, a: section.a, b: section.b, km: section.km });
    placeConfirmed = true;
    if (what.score >= WEIGHTS.sectionOverlapMinWhat && !differentThings && !differentTopics) score = Math.max(score, WEIGHTS.sectionOverlapFloor);
  } else if (section.kind === 'same_road') {
    push(reasons, 'same_road', true, { roads: section.roads });
    // A four-digit road (a rural road, ชร.3033) is a few km long: the same works on it, no
    // section given, are most likely one project.
    const shortRoad = section.roads.some((r) => r.length === 4);
    const noSections = a.cues.sections.length === 0 && b.cues.sections.length === 0;
    if (shortRoad && noSections && what.score >= WEIGHTS.sectionOverlapMinWhat && !differentThings && !differentTopics)
      score = Math.max(score, WEIGHTS.sameShortRoadFloor);
  } else if (section.kind === 'disjoint') {
    push(reasons, 'road_section_disjoint', false, { roads: section.roads, a: section.a, b: section.b, gapKm: section.gapKm });
    score *= WEIGHTS.sectionDisjoint;
  } else if (section.kind === 'different_road') {
    push(reasons, 'different_place', false, { roads: { a: section.a, b: section.b } });
    score *= WEIGHTS.differentRoad;
  } else if (section.kind === 'none' && reachGap !== undefined) {
    // Km reaches of one canal or street (no road number): two reaches apart are two works.
    push(reasons, 'road_section_disjoint', false, { roads: [], a: a.cues.sections, b: b.cues.sections, gapKm: reachGap });
    score *= WEIGHTS.sectionDisjoint;
  } else if (numberedOnOneSide(a, b)) {
    // A numbered highway and a village road named by its village or moo are two roads.
    push(reasons, 'different_place', false, { roads: { a: a.cues.roads, b: b.cues.roads } });
    score *= WEIGHTS.highwayVsVillageRoad;
  }

  const place = placeEvidence(a, b);
  const { same, differ } = place;
  if (place.sameWater) push(reasons, 'same_water', true, { name: place.sameWater });
  if (Object.keys(differ).length > 0 && !placeConfirmed) {
    push(reasons, 'different_place', false, differ);
    score *= WEIGHTS.differentPlace;
  } else if (same.locality !== undefined || same.moo !== undefined || same.unit !== undefined || place.sameWater) {
    // A shared tambon is no bonus: the area codes say as much.
    push(reasons, 'same_place_name', true, same);
    placeConfirmed = true;
    score += (1 - score) * WEIGHTS.samePlaceBonus * Math.min(1, what.score * 2);
  }

  const area = codeRelation(a.project.areaCodes, b.project.areaCodes);
  if (area.kind === 'shared') push(reasons, 'shared_area', true, { codes: area.codes });
  if (area.kind === 'nested') push(reasons, 'nested_area', true, { pairs: area.pairs });
  if (area.kind === 'disjoint') {
    const sibling = siblingAreas(area.a, area.b);
    push(reasons, 'different_area', false, { a: area.a, b: area.b, sameDistrictOrProvince: sibling });
    // A village of the same name in a neighbouring tambon may be the same village coded to the
    // next tambon; across districts the name is only a common name (บ้านหนองบัว is everywhere).
    if (section.kind !== 'overlap' && !(place.sameLocality && sameDistrict(area.a, area.b))) score *= sibling ? WEIGHTS.siblingArea : WEIGHTS.differentArea;
  }

  // Each agency buys its own equipment: the same item is one purchase only for the same unit.
  if (a.equipmentOnly && b.equipmentOnly && area.kind !== 'shared' && !placeConfirmed) {
    push(reasons, 'own_equipment', false, {});
    score *= WEIGHTS.ownEquipment;
  }

  const [pa, pb] = [a.cues.phases, b.cues.phases];
  if (pa.length > 0 && pb.length > 0 && intersect(pa, pb).length === 0) {
    push(reasons, 'different_phase', false, { a: pa, b: pb });
    score *= WEIGHTS.differentPhase;
  } else if ((pa.length === 0) !== (pb.length === 0) && Math.min(...pa, ...pb) >= 2) {
    push(reasons, 'different_phase', false, { a: pa, b: pb });
    score *= WEIGHTS.laterPhaseOnOneSide;
  }

  const fn = codeRelation(a.project.functionCodes, b.project.functionCodes);
  if (fn.kind === 'shared') push(reasons, 'shared_function', true, { codes: fn.codes });
  if (fn.kind === 'nested') push(reasons, 'shared_function', true, { pairs: fn.pairs });
  if (fn.kind === 'disjoint') {
    push(reasons, 'different_function', false, { a: fn.a, b: fn.b });
    score *= WEIGHTS.differentFunction;
  }

  const period = periodRelation(a.start, a.end, b.start, b.end);
  if (period.kind === 'overlap') push(reasons, 'period_overlap', true, { days: period.days });
  if (period.kind === 'disjoint') {
    push(reasons, 'different_period', false, { gapDays: period.gapDays });
    score *= WEIGHTS.differentPeriod;
  }

  score = round(Math.min(1, Math.max(0, score)));
  return { score, duplicate: score >= threshold, reasons };
}

/**
 * An upper bound of compareFeatures' score from the cheap relations alone (things, topics,
 * roads, function, area, period, phase, moo, place names): the index skips the full comparison
 * when it cannot reach the threshold. Kept consistent with compareFeatures by tests over the
 * evaluation set and synthetic projects.
 *
 * Order matters for the same-place bonus (x → x + (1 - x)·k grows less than a factor shrinks
 * it): factors compareFeatures applies before the bonus are applied before it here; factors it
 * applies after the bonus (area, equipment, phase, function, period) may go anywhere.
 */
export function scoreBound(a: ProjectFeatures, b: ProjectFeatures, minScore = 0, what = 1): number {
  const [ra, rb] = [a.cues.roads, b.cues.roads];
  const sharedRoad = sharesAny(ra, rb);
  // Cheapest relations first; stop as soon as the bound falls below minScore. The score starts
  // from how alike the what reads (`what`, when the caller knows it), except that overlapping
  // sections of a shared road may lift it to a floor.
  // Different moo numbers alone settle most pairs of one template in one province: without a
  // shared road nothing lifts them above the different-place factor.
  const [ma, mb] = [a.cues.moos, b.cues.moos];
  const mooDiffer = ma.length > 0 && mb.length > 0 && !sharesAny(ma, mb);
  if (mooDiffer && !sharedRoad && WEIGHTS.differentPlace < minScore) return WEIGHTS.differentPlace;
  let bound = sharedRoad ? 1 : what;
  if (periodsDisjoint(a, b)) bound *= WEIGHTS.differentPeriod;
  const [pa, pb] = [a.cues.phases, b.cues.phases];
  if (pa.length > 0 && pb.length > 0 && !sharesAny(pa, pb)) bound *= WEIGHTS.differentPhase;
  if (codesDisjoint(a.project.functionCodes, b.project.functionCodes)) bound *= WEIGHTS.differentFunction;
  if (disjointSets(a.things, b.things) || disjointSets(a.topics, b.topics)) bound *= WEIGHTS.differentObject;
  // Two numbered roads, none in common (sectionRelation's different_road), or a numbered road
  // against a village road: both before the bonus, as in compareFeatures.
  if (ra.length > 0 && rb.length > 0 && !sharedRoad) bound *= WEIGHTS.differentRoad;
  else if (numberedOnOneSide(a, b)) bound *= WEIGHTS.highwayVsVillageRoad;
  bound = Math.min(1, bound + (1 - bound) * WEIGHTS.samePlaceBonus);
  // A shared road may lift the score to the section-overlap floor (never above 1, and never
  // when the objects differ): only the factors above bound it.
  if (bound < minScore || sharedRoad) return bound;
  if (mooDiffer) {
    bound *= WEIGHTS.differentPlace;
    if (bound < minScore) return bound;
  }
  const [aa, ab] = [a.project.areaCodes, b.project.areaCodes];
  // Each agency's own purchase (unless the same unit or a confirmed same place, checked below).
  const equipment = a.equipmentOnly && b.equipmentOnly && !sharesAny(aa, ab);
  if (equipment && mooDiffer) {
    bound *= WEIGHTS.ownEquipment;
    if (bound < minScore) return bound;
  }
  const place = placeSummary(a, b);
  if (place.differ && !mooDiffer) bound *= WEIGHTS.differentPlace;
  if (!(place.sameLocality && sameDistrict(aa, ab)) && codesDisjoint(aa, ab)) bound *= siblingAreas(aa, ab) ? WEIGHTS.siblingArea : WEIGHTS.differentArea;
  if (equipment && !mooDiffer && !place.confirmed) bound *= WEIGHTS.ownEquipment;
  return bound;
}

/** The gap in km between two sets of km reaches when no reach of one meets one of the other (a point within 0.5 km meets). */
function kmApart(a: KmInterval[], b: KmInterval[]): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  let gap = Infinity;
  for (const x of a)
    for (const y of b) {
      const overlap = Math.min(x.to, y.to) - Math.max(x.from, y.from);
      const point = x.from === x.to || y.from === y.to;
      if (overlap > 0 || (point ? overlap >= -0.5 : overlap >= 0)) return undefined;
      gap = Math.min(gap, -overlap);
    }
  return Math.round(gap * 1000) / 1000;
}

function periodsDisjoint(a: ProjectFeatures, b: ProjectFeatures): boolean {
  if (a.start === undefined || b.start === undefined) return false;
  return Math.min(a.end ?? a.start, b.end ?? b.start) < Math.max(a.start, b.start);
}

/** Compares two projects from scratch; `createOverlapIndex` caches features for many checks. */
export function compareProjects(a: OverlapProject, b: OverlapProject, threshold = DEFAULT_THRESHOLD): Comparison {
  return compareFeatures(extractFeatures(a), extractFeatures(b), threshold);
}

function namesVillage(f: ProjectFeatures): boolean {
  return f.cues.moos.length + f.cues.localities.length + f.cues.routes.length > 0;
}

function numberedOnOneSide(a: ProjectFeatures, b: ProjectFeatures): boolean {
  const [ra, rb] = [a.cues.roads.length, b.cues.roads.length];
  return (ra > 0 && rb === 0 && namesVillage(b)) || (rb > 0 && ra === 0 && namesVillage(a));
}

/**
 * Works on one place that are not the same works: a market and its car park (heads differ and
 * one is not in the other title at all), toilets at a market and toilets at a temple (same
 * head, different sites). Both need a head on each side; a title naming only a site says too
 * little to tell. Thai texts that read alike character by character (`gramScore`) differ in
 * their heads by OCR damage (ส่องสวา่ง is no longer a word the lexicon knows), not by works.
 */
export function partRelation(a: ProjectFeatures, b: ProjectFeatures, gramScore: number): { a: string[]; b: string[] } | undefined {
  if (a.heads.size === 0 || b.heads.size === 0) return undefined;
  // One service (school lunch, a screening) names where it is given in passing: not a part.
  if (!disjointSets(a.topics, b.topics) && a.topics.size > 0 && b.topics.size > 0) return undefined;
  if (disjointSets(a.heads, b.heads)) {
    if (gramScore >= WEIGHTS.alikeText) return undefined;
    const missing = (x: ProjectFeatures, y: ProjectFeatures) => [...x.heads].some((h) => !y.things.has(h));
    return missing(a, b) || missing(b, a) ? { a: [...a.heads], b: [...b.heads] } : undefined;
  }
  if (disjointSets(a.sites, b.sites)) return { a: [...a.sites], b: [...b.sites] };
  // Two standard plans (แบบ สปช.105/29 classrooms, สปช.601/26 toilets) are two buildings.
  const [da, db] = [a.cues.designs, b.cues.designs];
  if (da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d))) return { a: da, b: db };
  // A school's well and the village's well: one names an institution, the other only the village.
  const institutionOnly = (x: ProjectFeatures, y: ProjectFeatures) =>
    x.cues.sites.length > 0 && y.cues.sites.length === 0 && y.sites.size === 0 && y.cues.localities.length > 0;
  if (institutionOnly(a, b)) return { a: [...a.cues.sites], b: [] };
  if (institutionOnly(b, a)) return { a: [], b: [...b.cues.sites] };
  return undefined;
}

function disjointSets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** Tambon codes of one district. */
function sameDistrict(a: string[], b: string[]): boolean {
  return a.some((x) => x.length >= 6 && b.some((y) => y.length >= 6 && x.slice(0, 4) === y.slice(0, 4)));
}

/** Disjoint codes that share a district (4 digits) or, for districts, a province (2 digits). */
function siblingAreas(a: string[], b: string[]): boolean {
  return a.some((x) =>
    b.some((y) => {
      const level = Math.min(x.length, y.length);
      const parent = level >= 6 ? 4 : level >= 4 ? 2 : 0;
      return parent > 0 && x.slice(0, parent) === y.slice(0, parent);
    }),
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
