/** Pairs and matches as the API shows them: reasons worded in the user's language. */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { type Locale, t } from '../../i18n/i18n.js';
import { conceptLabel, type Reason } from '../overlap/index.js';
import { budgetAtStake } from './overlaps.budget.js';
import type { PairView, ProjectSide, ReasonView } from './overlaps.schema.js';
import type { ProjectRow } from './overlaps.projects.js';
import type { OverlapResolution, PairStatus } from './overlaps.tables.js';

interface SharedWord {
  token: string;
  a: string[];
  b: string[];
}

const THAI = /[\u0E00-\u0E7F]/;

function isSharedWords(value: unknown): value is SharedWord[] {
  return Array.isArray(value) && value.every((w) => typeof w === 'object' && w !== null && 'a' in w && 'b' in w);
}

/** One surface form of a shared concept in the reader's language (the Thai or the English words). */
function wordIn(locale: Locale, w: SharedWord): string {
  const forms = [...w.a, ...w.b];
  return forms.find((f) => THAI.test(f) === (locale === 'th')) ?? forms[0] ?? w.token;
}

function param(locale: Locale, value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (isSharedWords(value)) return [...new Set(value.map((w) => wordIn(locale, w)))].join(', ');
  if (Array.isArray(value)) return value.map((v) => (Array.isArray(v) ? v.join(' ⊃ ') : param(locale, v))).join(', ');
  if (typeof value === 'string' && value.startsWith('c:')) return conceptLabel(value, locale);
  return String(value);
}

export function reasonViews(locale: Locale, reasons: Reason[]): ReasonView[] {
  return reasons.map((r) => {
    const params = Object.fromEntries(Object.entries(r.detail).map(([k, v]) => [k, param(locale, v)]));
    return { kind: r.kind, supports: r.supports, label: t(locale, `overlap.reason.${r.kind}`, params), detail: r.detail };
  });
}

/** The words to highlight in either title: every surface form of the concepts both share. */
export function sharedWords(reasons: Reason[]): string[] {
  const words = reasons.find((r) => r.kind === 'shared_words')?.detail.words;
  return isSharedWords(words) ? [...new Set(words.flatMap((w) => [...w.a, ...w.b]))] : [];
}

export function projectSide(r: ProjectRow): ProjectSide {
  return {
    elementId: r.id,
    planId: r.plan_id,
    planStatus: r.plan_status,
    titleTh: r.title_th,
    titleEn: r.title_en,
    ownerOrganisationId: r.owner_id,
    ownerNameTh: r.owner_name_th,
    ownerNameEn: r.owner_name_en,
    areaCodes: r.area_codes,
    functionCodes: r.function_codes,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
  };
}

export interface PairRow {
  id: string;
  element_a_id: string;
  element_b_id: string;
  score: string;
  reasons: Reason[];
  fingerprint: string;
  status: PairStatus;
  resolution: OverlapResolution | null;
  version: number;
  updated_at: Date;
}

export function pairView(locale: Locale, pair: PairRow, projects: Map<string, ProjectRow>, budgets: Map<string, string>): PairView {
  return {
    id: pair.id,
    score: Number(pair.score),
    status: pair.status,
    resolution: pair.resolution,
    version: pair.version,
    reasons: reasonViews(locale, pair.reasons),
    sharedWords: sharedWords(pair.reasons),
    projects: [projectSide(projects.get(pair.element_a_id)!), projectSide(projects.get(pair.element_b_id)!)],
    budgetAtStake: budgetAtStake(budgets, pair.element_a_id, pair.element_b_id),
    updatedAt: pair.updated_at.toISOString(),
  };
}

export async function resolutionHistory(db: Db, pairId: string) {
  const rows = await sql<{
    id: string;
    resolution: OverlapResolution;
    note: string | null;
    absorbing_element_id: string | null;
    linkage_id: string | null;
    resolved_by: string | null;
    name: string | null;
    resolved_at: Date;
  }>`
    select r.id, r.resolution, r.note, r.absorbing_element_id, r.linkage_id, r.resolved_by, u.name, r.resolved_at
    from overlap_resolutions r left join users u on u.id = r.resolved_by
    where r.pair_id = ${pairId} order by r.resolved_at, r.id`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    resolution: r.resolution,
    note: r.note,
    absorbingElementId: r.absorbing_element_id,
    linkageId: r.linkage_id,
    resolvedBy: r.resolved_by,
    resolvedByName: r.name,
    resolvedAt: r.resolved_at.toISOString(),
  }));
}
