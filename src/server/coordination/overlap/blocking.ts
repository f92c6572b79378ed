/**
 * Blocking: which projects are worth comparing at all.
 *
 * A duplicate needs the same place and time, so a project is filed under its district and
 * Thai fiscal year (`D:4101|2568`); a province-wide project under its province (`P:41|2568`)
 * and compared with every project of that province (it probes `A:41|2568`, which the index
 * expands to the province's district blocks); a project without areas under `N|2568`.
 * Road works are also filed under their road number (`R:3239`), because a highway section can
 * be coded to different districts by two agencies. Districts of different provinces, or
 * different districts of one province, never meet: their score would be capped below any
 * threshold by `different_area` anyway (score.ts).
 */
import { extractFeatures, type ProjectFeatures } from './features.js';
import type { OverlapProject } from './types.js';

/** At most this many fiscal years per project (multi-year programmes stay cheap). */
const MAX_YEARS = 6;

/** Thai fiscal year (BE) of a day number: 1 Oct starts the next year. */
export function fiscalYearOf(day: number): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() + 543 + (date.getUTCMonth() >= 9 ? 1 : 0);
}

export function fiscalYears(f: Pick<ProjectFeatures, 'start' | 'end'>): string[] {
  if (f.start === undefined) return ['*'];
  const first = fiscalYearOf(f.start);
  const last = Math.min(fiscalYearOf(f.end ?? f.start), first + MAX_YEARS - 1);
  const years: string[] = [];
  for (let y = first; y <= last; y++) years.push(String(y));
  return years;
}

export interface Blocks {
  /** Keys the project is filed under. */
  own: string[];
  /** Keys whose members it must be compared with. */
  probe: string[];
}

/**
 * Keys for one project (cached on its features). `own` and `probe` differ for a
 * province-wide project: filed under `P:41|y` (so district projects probe it), it probes
 * `P:41|y` and `A:41|y` (every district block of 41).
 */
export function blocksOf(f: ProjectFeatures): Blocks {
  f.blocks ??= computeBlocks(f);
  return f.blocks;
}

function computeBlocks(f: ProjectFeatures): Blocks {
  const own = new Set<string>();
  const probe = new Set<string>();
  const years = fiscalYears(f);
  const codes = f.project.areaCodes.filter((c) => /^\d{2,}$/.test(c));
  for (const year of years) {
    if (codes.length === 0) {
      own.add(`N|${year}`);
      probe.add(`N|${year}`);
    }
    for (const code of codes) {
      const province = code.slice(0, 2);
      if (code.length >= 4) {
        own.add(`D:${code.slice(0, 4)}|${year}`);
        probe.add(`D:${code.slice(0, 4)}|${year}`);
        probe.add(`P:${province}|${year}`);
      } else {
        own.add(`P:${province}|${year}`);
        probe.add(`P:${province}|${year}`);
        probe.add(`A:${province}|${year}`);
      }
    }
  }
  for (const road of f.cues.roads) {
    own.add(`R:${road}`);
    probe.add(`R:${road}`);
  }
  return { own: [...own], probe: [...probe] };
}

/** The keys a project is filed under, for callers that store or shard by them. */
export function blockingKeys(project: OverlapProject | ProjectFeatures): string[] {
  return blocksOf('tokens' in project ? project : extractFeatures(project)).own;
}
