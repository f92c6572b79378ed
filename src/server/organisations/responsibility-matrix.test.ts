import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { insertOrganisation } from './organisations.queries.js';
import { findMatrixFlags } from './responsibility-matrix.js';
import type { ResponsibilityRole } from './organisations.tables.js';

describe('findMatrixFlags (rule)', () => {
  const cofog = [
    { code: '07', parentCode: null },
    { code: '07.1', parentCode: '07' },
    { code: '07.3', parentCode: '07' },
    { code: '09', parentCode: null },
  ];
  const flagsOf = (
    cells: { functionCode: string; organisationId: string; role: ResponsibilityRole }[],
    served: { organisationId: string; areaCode: string }[],
  ) =>
    findMatrixFlags({ areaCode: '41', functions: cofog, cells, served }).map(
      (f) => `${f.flag}:${f.functionCode}@${f.areaCode}${f.role ? `/${f.role}` : ''}:${f.organisationIds.join(',')}`,
    );

  it('flags every function as a gap when nobody implements anything', () => {
    expect(flagsOf([{ functionCode: '07', organisationId: 'a', role: 'decides' }], [{ organisationId: 'a', areaCode: '41' }])).toEqual([
      'gap:07@41:',
      'gap:07.1@41:',
      'gap:07.3@41:',
      'gap:09@41:',
    ]);
  });

  it('lets a sub-function keep its parent from being a gap, but not its siblings', () => {
    expect(flagsOf([{ functionCode: '07.3', organisationId: 'a', role: 'implements' }], [{ organisationId: 'a', areaCode: '41' }])).toEqual([
      'gap:07.1@41:',
      'gap:09@41:',
    ]);
  });

  it('lets a broader function cover all its sub-functions', () => {
    expect(flagsOf([{ functionCode: '07', organisationId: 'a', role: 'implements' }], [{ organisationId: 'a', areaCode: '41' }])).toEqual(['gap:09@41:']);
  });

  it('flags an overlap only between organisations serving the very same area, per role', () => {
    const cells = [
      { functionCode: '09', organisationId: 'a', role: 'implements' as const },
      { functionCode: '09', organisationId: 'b', role: 'implements' as const },
      { functionCode: '09', organisationId: 'c', role: 'implements' as const },
      { functionCode: '07', organisationId: 'a', role: 'decides' as const },
      { functionCode: '07', organisationId: 'c', role: 'decides' as const },
      { functionCode: '07', organisationId: 'b', role: 'implements' as const },
    ];
    const served = [
      { organisationId: 'a', areaCode: '41' },
      { organisationId: 'b', areaCode: '41' },
      { organisationId: 'c', areaCode: '4101' },
      { organisationId: 'a', areaCode: '4101' },
    ];
    expect(flagsOf(cells, served)).toEqual(['overlap:07@4101/decides:a,c', 'overlap:09@41/implements:a,b', 'overlap:09@4101/implements:a,c']);
  });
});

describe('GET /responsibility-matrix on constructed data', () => {
  const ctx = useTestApp();
  const ids = new Map<string, string>();

  /** Khon Kaen (40) has no demo responsibilities: build a small scenario there. */
  async function build() {
    const parent = await ctx.orgId('KKN-PO');
    const scenario: [string, string[], [string, ResponsibilityRole][]][] = [
      ['A', ['40'], [['DM-SOCIAL', 'implements']]],
      ['B', ['40'], [['DM-SOCIAL', 'implements']]],
      ['I', ['400101'], [['DM-SOCIAL', 'implements']]],
      ['C', ['4001'], [['DM-SECURITY', 'implements']]],
      ['D', ['4002'], [['DM-SECURITY', 'implements']]],
      ['E', ['40'], [['DM-ECONOMY', 'decides']]],
      ['F', ['40', '4001'], [['DM-ECONOMY', 'decides']]],
      ['G', ['41'], [['DM-ECONOMY', 'implements']]],
      ['H', ['TH'], [['DM-ADMINISTRATION', 'implements']]],
    ];
    for (const [name, areas, roles] of scenario) {
      const org = await insertOrganisation(ctx.db, {
        code: `T-${name}`,
        kind: 'provincial_office',
        tier: 'regional',
        parentId: parent,
        nameTh: name,
        nameEn: name,
      });
      ids.set(org.id, name);
      await ctx.db
        .insertInto('organisation_areas')
        .values(areas.map((area_code) => ({ organisation_id: org.id, area_code })))
        .execute();
      await ctx.db
        .insertInto('responsibilities')
        .values(roles.map(([function_code, role]) => ({ organisation_id: org.id, function_code, role })))
        .execute();
    }
  }

  async function matrix(area: string) {
    if (ids.size === 0) await build();
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/responsibility-matrix?scheme=district_mission&area=${area}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const name = (id: string) => ids.get(id) ?? 'demo';
    return {
      organisations: body.organisations.map((o: { id: string }) => name(o.id)).sort(),
      flags: body.flags.map(
        (f: { flag: string; functionCode: string; areaCode: string; role?: string; organisationIds: string[] }) =>
          `${f.flag}:${f.functionCode}@${f.areaCode}${f.role ? `/${f.role}` : ''}:${f.organisationIds.map(name).sort().join(',')}`,
      ),
    };
  }

  it('counts organisations of the area, enclosing and enclosed areas, and no others', async () => {
    const { organisations, flags } = await matrix('40');
    expect(organisations).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'H', 'I']);
    expect(flags).toEqual(['gap:DM-ECONOMY@40:', 'overlap:DM-ECONOMY@40/decides:E,F', 'overlap:DM-SOCIAL@40/implements:A,B']);
  });

  it('draws a district: the province-wide bodies and its subdistricts count, the neighbouring district does not', async () => {
    const { organisations, flags } = await matrix('4001');
    // I serves subdistrict 400101, inside district 4001; D serves district 4002
    expect(organisations).toEqual(['A', 'B', 'C', 'E', 'F', 'H', 'I']);
    expect(flags).toEqual(['gap:DM-ECONOMY@4001:', 'overlap:DM-ECONOMY@40/decides:E,F', 'overlap:DM-SOCIAL@40/implements:A,B']);
  });

  it('finds a gap where the only implementer serves a different district', async () => {
    await ctx.db
      .deleteFrom('responsibilities')
      .where('organisation_id', '=', [...ids].find(([, n]) => n === 'D')![0])
      .execute();
    const { flags } = await matrix('4002');
    expect(flags).toEqual(['gap:DM-ECONOMY@4002:', 'overlap:DM-ECONOMY@40/decides:E,F', 'overlap:DM-SOCIAL@40/implements:A,B', 'gap:DM-SECURITY@4002:']);
  });
});
