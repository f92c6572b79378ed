/**
 * The decision: start from how alike the *what* reads, then let the structured cues and the
 * Area–Function–period relations raise or cap it. Every step leaves a Reason, so the score is
 * never a mystery to the coordinator who has to resolve the pair.
 */
import { extractFeatures, type ProjectFeatures } from './features.js';
import { codeRelation, intersect, periodRelation, sectionRelation } from './relations.js';
import { localityRelation, namesRelation, whatSimilarity } from './similarity.js';
import type { Comparison, OverlapProject, Reason } from './types.js';

/** Default decision threshold (tuned on the train split of eval/, see bench/overlap-quality.ts). */
export const DEFAULT_THRESHOLD = 0.5;

/** Multipliers for evidence against a duplicate; floors for evidence for one. */
export const WEIGHTS = {
  differentPhase: 0.3,
  sectionDisjoint: 0.3,
  differentRoad: 0.4,
  differentPlace: 0.45,
  differentArea: 0.3,
  ownEquipment: 0.4,
  differentFunction: 0.8,
  differentPeriod: 0.3,
  /** Same road, overlapping km: at least this score when the works read somewhat alike. */
  sectionOverlapFloor: 0.8,
  sectionOverlapMinWhat: 0.25,
  /** Bonus (towards 1) for the same village, moo, soi or river. */
  samePlaceBonus: 0.25,
};

function push(reasons: Reason[], kind: Reason['kind'], supports: boolean, detail: Record<string, unknown>): void {
  reasons.push({ kind, supports, detail });
}

export function compareFeatures(a: ProjectFeatures, b: ProjectFeatures, threshold = DEFAULT_THRESHOLD): Comparison {
  const reasons: Reason[] = [];
  const what = whatSimilarity(a, b);
  let score = what.score;
  if (what.shared.length > 0) push(reasons, 'shared_words', true, { words: what.shared, similarity: round(what.tokenScore) });
  if (what.gramScore > what.tokenScore && what.gramScore >= 0.3) push(reasons, 'similar_text', true, { similarity: round(what.gramScore) });
  if (what.onlyA.length > 0 && what.onlyB.length > 0 && what.score < threshold) {
    push(reasons, 'different_object', false, { a: what.onlyA, b: what.onlyB });
  }
  if (a.project.ownerId === b.project.ownerId) push(reasons, 'same_owner', true, { ownerId: a.project.ownerId });

  // Where: roads and kilometre sections first, they are the most precise.
  const section = sectionRelation(a.cues.roads, b.cues.roads, a.cues.sections, b.cues.sections);
  let placeConfirmed = false;
  if (section.kind === 'overlap') {
    push(reasons, 'road_section_overlap', true, { roads: section.roads, a: section.a, b: section.b, km: section.km });
    placeConfirmed = true;
    if (what.score >= WEIGHTS.sectionOverlapMinWhat) score = Math.max(score, WEIGHTS.sectionOverlapFloor);
  } else if (section.kind === 'same_road') {
    push(reasons, 'same_road', true, { roads: section.roads });
  } else if (section.kind === 'disjoint') {
    push(reasons, 'road_section_disjoint', false, { roads: section.roads, a: section.a, b: section.b, gapKm: section.gapKm });
    score *= WEIGHTS.sectionDisjoint;
  } else if (section.kind === 'different_road') {
    push(reasons, 'different_place', false, { roads: { a: section.a, b: section.b } });
    score *= WEIGHTS.differentRoad;
  }

  const localities = localityRelation(a.cues.localities, b.cues.localities);
  const moos = a.cues.moos.length > 0 && b.cues.moos.length > 0 ? intersect(a.cues.moos, b.cues.moos) : undefined;
  const waters = namesRelation(a.cues.waters, b.cues.waters);
  const same: Record<string, unknown> = {};
  const differ: Record<string, unknown> = {};
  if (localities.kind === 'same') same.locality = localities.name;
  if (localities.kind === 'different') differ.localities = { a: localities.a, b: localities.b };
  if (moos && moos.length > 0) same.moo = moos;
  if (moos && moos.length === 0) differ.moo = { a: a.cues.moos, b: b.cues.moos };
  if (waters.kind === 'same') push(reasons, 'same_water', true, { name: waters.name });
  if (waters.kind === 'different') differ.waters = { a: waters.a, b: waters.b };
  if (Object.keys(differ).length > 0 && !placeConfirmed) {
    push(reasons, 'different_place', false, differ);
    score *= WEIGHTS.differentPlace;
  } else if (Object.keys(same).length > 0 || waters.kind === 'same') {
    push(reasons, 'same_place_name', true, same);
    placeConfirmed = true;
    score += (1 - score) * WEIGHTS.samePlaceBonus * Math.min(1, what.score * 2);
  }

  const area = codeRelation(a.project.areaCodes, b.project.areaCodes);
  if (area.kind === 'shared') push(reasons, 'shared_area', true, { codes: area.codes });
  if (area.kind === 'nested') push(reasons, 'nested_area', true, { pairs: area.pairs });
  if (area.kind === 'disjoint') {
    push(reasons, 'different_area', false, { a: area.a, b: area.b });
    if (section.kind !== 'overlap') score *= WEIGHTS.differentArea;
  }

  // Each agency buys its own equipment: the same item is one purchase only for the same unit.
  if (a.equipmentOnly && b.equipmentOnly && area.kind !== 'shared' && !placeConfirmed) {
    push(reasons, 'own_equipment', false, {});
    score *= WEIGHTS.ownEquipment;
  }

  const phases = a.cues.phases.length > 0 && b.cues.phases.length > 0 ? intersect(a.cues.phases, b.cues.phases) : undefined;
  if (phases && phases.length === 0) {
    push(reasons, 'different_phase', false, { a: a.cues.phases, b: b.cues.phases });
    score *= WEIGHTS.differentPhase;
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

/** Compares two projects from scratch; `createOverlapIndex` caches features for many checks. */
export function compareProjects(a: OverlapProject, b: OverlapProject, threshold = DEFAULT_THRESHOLD): Comparison {
  return compareFeatures(extractFeatures(a), extractFeatures(b), threshold);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
