import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { readReference, upsertReferenceRows } from './reference-data.js';
import type { AreasTable } from './areas.tables.js';

type AreaRow = Omit<AreasTable, 'created_at'>;

interface MemberState {
  iso_alpha2: string;
  name_th: string;
  name_en: string;
}
interface Province {
  code: string;
  iso_3166_2: string;
  name_th: string;
  name_en: string;
}
interface District {
  code: string;
  province_code: string;
  name_th: string;
  name_en: string;
  kind: string;
}
interface Subdistrict {
  code: string;
  district_code: string;
  name_th: string;
  name_en: string;
  postal_code: string | null;
  kind: string;
}

export const ASEAN_CODE = 'ASEAN';
const THAILAND = 'TH';
/** Every area row in parent-before-child order, built from the shipped reference files. */
export async function loadAreaRows(): Promise<AreaRow[]> {
  const [asean, provinces, districts, subdistricts] = await Promise.all([
    readReference<{ members: MemberState[] }>('asean/member-states.json'),
    readReference<Province[]>('thailand/provinces.json'),
    readReference<District[]>('thailand/districts.json'),
    readReference<Subdistrict[]>('thailand/subdistricts.json'),
  ]);
  const rows: AreaRow[] = [
    {
      code: ASEAN_CODE,
      level: 'region',
      parent_code: null,
      path: `/${ASEAN_CODE}/`,
      depth: 0,
      name_th: 'อาเซียน',
      name_en: 'ASEAN',
      iso_code: null,
      postal_code: null,
      kind: 'regional_organisation',
    },
  ];
  const paths = new Map<string, string>([[ASEAN_CODE, `/${ASEAN_CODE}/`]]);
  const add = (row: Omit<AreaRow, 'path' | 'depth'> & { parent_code: string }) => {
    const parentPath = paths.get(row.parent_code);
    if (!parentPath) throw new Error(`Reference area ${row.code} names an unknown parent ${row.parent_code}`);
    const own = `${parentPath}${row.code}/`;
    paths.set(row.code, own);
    rows.push({ ...row, path: own, depth: own.split('/').length - 3 });
  };
  for (const m of asean.members) {
    add({
      code: m.iso_alpha2,
      level: 'country',
      parent_code: ASEAN_CODE,
      name_th: m.name_th,
      name_en: m.name_en,
      iso_code: m.iso_alpha2,
      postal_code: null,
      kind: 'member_state',
    });
  }
  for (const p of provinces) {
    // Bangkok is a special administrative area, not a changwat, though it sits at province level
    const kind = p.code === '10' ? 'special_administrative_area' : 'changwat';
    add({ code: p.code, level: 'province', parent_code: THAILAND, name_th: p.name_th, name_en: p.name_en, iso_code: p.iso_3166_2, postal_code: null, kind });
  }
  for (const d of districts) {
    add({
      code: d.code,
      level: 'district',
      parent_code: d.province_code,
      name_th: d.name_th,
      name_en: d.name_en,
      iso_code: null,
      postal_code: null,
      kind: d.kind,
    });
  }
  for (const s of subdistricts) {
    add({
      code: s.code,
      level: 'subdistrict',
      parent_code: s.district_code,
      name_th: s.name_th,
      name_en: s.name_en,
      iso_code: null,
      postal_code: s.postal_code,
      kind: s.kind,
    });
  }
  return rows;
}

/**
 * Loads the ASEAN region, its member states, and Thailand's provinces, districts and
 * subdistricts (≈8,450 rows) in one transaction. Idempotent: a row that exists is updated only
 * when the shipped data changed it, so a release's name corrections land on old installs.
 */
export async function seedAreas(db: Db): Promise<void> {
  const rows = await loadAreaRows();
  const written = await db.transaction().execute(async (trx) => upsertReferenceRows(trx, 'areas', AREA_COLUMNS, rows as unknown as Record<string, unknown>[]));
  if (written > 0) {
    // Fold the trigram index's pending list and refresh statistics: PGlite runs no autovacuum,
    // and without this the planner scans the table instead of using the name index.
    await sql`select gin_clean_pending_list('areas_name_trgm_idx'::regclass)`.execute(db);
    await sql`analyze areas`.execute(db);
  }
}

const AREA_COLUMNS = {
  code: 'text',
  level: 'text',
  parent_code: 'text',
  path: 'text',
  depth: 'int',
  name_th: 'text',
  name_en: 'text',
  iso_code: 'text',
  postal_code: 'text',
  kind: 'text',
} as const;
