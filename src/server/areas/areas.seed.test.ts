import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedFunctions } from '../organisations/functions.seed.js';
import { useTestApp } from '../test-support/test-app.js';
import { seedAreas } from './areas.seed.js';

const ctx = useTestApp();

async function countsByLevel() {
  const rows = await ctx.db
    .selectFrom('areas')
    .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('level')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}

describe('seedAreas', () => {
  it('loads ASEAN, its 11 members and all of Thailand down to subdistricts', async () => {
    expect(await countsByLevel()).toEqual({ region: 1, country: 11, province: 77, district: 928, subdistrict: 7436 });
    const members = await ctx.db.selectFrom('areas').select('code').where('parent_code', '=', 'ASEAN').orderBy('code').execute();
    expect(members.map((m) => m.code)).toEqual(['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN']);
  });

  it('gives each unit its materialised path, depth, ISO and postal codes', async () => {
    const rows = await ctx.db.selectFrom('areas').selectAll().where('code', 'in', ['TH', '41', '4101', '410101', '10']).orderBy('depth').execute();
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.TH).toMatchObject({ level: 'country', parent_code: 'ASEAN', path: '/ASEAN/TH/', depth: 1, iso_code: 'TH', name_th: 'ไทย' });
    expect(byCode['41']).toMatchObject({
      level: 'province',
      parent_code: 'TH',
      path: '/ASEAN/TH/41/',
      depth: 2,
      iso_code: 'TH-41',
      name_en: 'Udon Thani',
      kind: 'changwat',
    });
    expect(byCode['10']).toMatchObject({ kind: 'special_administrative_area', name_th: 'กรุงเทพมหานคร' });
    expect(byCode['4101']).toMatchObject({ level: 'district', path: '/ASEAN/TH/41/4101/', depth: 3, kind: 'amphoe' });
    expect(byCode['410101']).toMatchObject({ level: 'subdistrict', path: '/ASEAN/TH/41/4101/410101/', depth: 4, postal_code: '41000', kind: 'tambon' });
    // every path is its parent's path plus its own code
    const broken = await ctx.db
      .selectFrom('areas as a')
      .innerJoin('areas as p', 'p.code', 'a.parent_code')
      .select('a.code')
      .where(sql<boolean>`a.path <> p.path || a.code || '/'`)
      .execute();
    expect(broken).toEqual([]);
  });

  it('is idempotent and restores a changed name on a re-run', async () => {
    await ctx.db.updateTable('areas').set({ name_en: 'Wrong name' }).where('code', '=', '41').execute();
    await seedAreas(ctx.db);
    await seedFunctions(ctx.db);
    expect(await countsByLevel()).toEqual({ region: 1, country: 11, province: 77, district: 928, subdistrict: 7436 });
    const udon = await ctx.db.selectFrom('areas').select('name_en').where('code', '=', '41').executeTakeFirstOrThrow();
    expect(udon.name_en).toBe('Udon Thani');
  });
});

describe('seedFunctions', () => {
  it('loads COFOG, the Thai budget functions and the district mission groups, children under parents', async () => {
    const rows = await ctx.db
      .selectFrom('functions')
      .select(['scheme', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('scheme')
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.scheme, Number(r.n)]))).toEqual({
      cofog: 79,
      national_budget_by_function: 10,
      local_government_budget: 16,
      district_mission: 4,
    });
    const health = await ctx.db.selectFrom('functions').selectAll().where('code', 'in', ['07', '07.3', '00220', 'DM-SECURITY']).orderBy('code').execute();
    expect(health.map((f) => [f.code, f.parent_code, f.name_th])).toEqual([
      ['00220', '00200', 'แผนงานสาธารณสุข'],
      ['07', null, 'สาธารณสุข'],
      ['07.3', '07', 'Hospital services'],
      ['DM-SECURITY', null, 'ด้านความมั่นคง'],
    ]);
  });
});
