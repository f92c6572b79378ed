/**
 * The *where*, *when* and *which function* relations between two projects: each is a small
 * pure function so the reasons the UI shows come straight from them.
 */
import type { KmInterval } from './cues.js';

export type CodeRelation =
  | { kind: 'unknown' }
  | { kind: 'shared'; codes: string[] }
  | { kind: 'nested'; pairs: Array<[string, string]> }
  | { kind: 'disjoint'; a: string[]; b: string[] };

/** Codes nest by prefix: DOPA '41' ⊃ '4101' ⊃ '410101'; COFOG '04' ⊃ '04.5'. */
export function codeRelation(a: string[], b: string[]): CodeRelation {
  if (a.length === 0 || b.length === 0) return { kind: 'unknown' };
  // Plain loops: this runs for every candidate pair of the index.
  const shared: string[] = [];
  for (const x of a) if (b.includes(x)) shared.push(x);
  if (shared.length > 0) return { kind: 'shared', codes: shared };
  const pairs: Array<[string, string]> = [];
  for (const x of a) for (const y of b) if (x.startsWith(y) || y.startsWith(x)) pairs.push([x, y]);
  if (pairs.length > 0) return { kind: 'nested', pairs };
  return { kind: 'disjoint', a, b };
}

/** codeRelation(a, b).kind === 'disjoint', without building the relation. */
export function codesDisjoint(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) for (const y of b) if (x.startsWith(y) || y.startsWith(x)) return false;
  return true;
}

export type PeriodRelation = { kind: 'unknown' } | { kind: 'overlap'; days: number } | { kind: 'disjoint'; gapDays: number };

export function periodRelation(aStart?: number, aEnd?: number, bStart?: number, bEnd?: number): PeriodRelation {
  if (aStart === undefined || bStart === undefined) return { kind: 'unknown' };
  const aE = aEnd ?? aStart;
  const bE = bEnd ?? bStart;
  const overlap = Math.min(aE, bE) - Math.max(aStart, bStart);
  if (overlap >= 0) return { kind: 'overlap', days: overlap + 1 };
  return { kind: 'disjoint', gapDays: -overlap };
}

export type SectionRelation =
  | { kind: 'none' }
  | { kind: 'different_road'; a: string[]; b: string[] }
  | { kind: 'same_road'; roads: string[] }
  | { kind: 'overlap'; roads: string[]; a: KmInterval; b: KmInterval; km: number }
  | { kind: 'disjoint'; roads: string[]; a: KmInterval[]; b: KmInterval[]; gapKm: number };

/** A point chainage (km 8+500) counts as touching a section within this many km. */
const POINT_TOLERANCE_KM = 0.3;

/**
 * Same road number AND overlapping kilometre sections is the strongest duplicate signal in
 * Thai road works; the same road with sections apart is the classic near miss.
 */
export function sectionRelation(roadsA: string[], roadsB: string[], secA: KmInterval[], secB: KmInterval[]): SectionRelation {
  if (roadsA.length === 0 || roadsB.length === 0) return { kind: 'none' };
  const roads = roadsA.filter((r) => roadsB.includes(r));
  if (roads.length === 0) return { kind: 'different_road', a: roadsA, b: roadsB };
  if (secA.length === 0 || secB.length === 0) return { kind: 'same_road', roads };
  let gapKm = Infinity;
  for (const a of secA) {
    for (const b of secB) {
      const point = a.from === a.to || b.from === b.to;
      const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
      if (overlap > 0 || (point && overlap >= -POINT_TOLERANCE_KM)) {
        return { kind: 'overlap', roads, a, b, km: Math.max(0, Math.round(overlap * 1000) / 1000) };
      }
      gapKm = Math.min(gapKm, -overlap);
    }
  }
  return { kind: 'disjoint', roads, a: secA, b: secB, gapKm: Math.round(gapKm * 1000) / 1000 };
}

export function intersect<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (const x of a) if (b.includes(x) && !out.includes(x)) out.push(x);
  return out;
}

export function sharesAny<T>(a: T[], b: T[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}
