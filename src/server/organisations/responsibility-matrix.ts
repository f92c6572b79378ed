import type { MatrixCell, MatrixFlag } from './responsibilities.schema.js';

export interface MatrixInput {
  /** the area the matrix is drawn for */
  areaCode: string;
  /** every function of the scheme, in display order */
  functions: { code: string; parentCode: string | null }[];
  /** responsibilities of the organisations that serve an area related to `areaCode` */
  cells: MatrixCell[];
  /** which related areas each of those organisations serves */
  served: { organisationId: string; areaCode: string }[];
}

const OVERLAP_ROLES = ['implements', 'decides'] as const;

/**
 * Gaps and overlaps of a responsibility matrix (DESIGN §3), for one area and one function scheme.
 *
 * Who counts: an organisation serving the area itself, an area that encloses it (the country
 * for a province) or an area it encloses (a district of the province). The caller passes only
 * those organisations and only those served areas.
 *
 * - gap: nobody implements the function there. Implementing a broader function covers its
 *   sub-functions (who implements "Health" implements "Hospital services"), and implementing a
 *   sub-function keeps its broader function from being an empty gap; so a gap is a function with
 *   no implementer anywhere on its branch. One flag per function, at the matrix's area, with no
 *   organisations.
 * - overlap: two or more organisations serving the same area (exactly the same code) both
 *   implement, or both decide, the same function. One flag per function, area and role, naming
 *   the organisations.
 */
export function findMatrixFlags(input: MatrixInput): MatrixFlag[] {
  const parentOf = new Map(input.functions.map((f) => [f.code, f.parentCode]));
  const lineage = (code: string) => {
    const codes: string[] = [];
    for (let c: string | null | undefined = code; c && !codes.includes(c); c = parentOf.get(c)) codes.push(c);
    return codes;
  };
  const implemented = new Set(input.cells.filter((c) => c.role === 'implements').map((c) => c.functionCode));
  // a function is covered when it or an ancestor is implemented, or when a descendant is
  const coveredFromBelow = new Set([...implemented].flatMap(lineage));
  const covered = (code: string) => coveredFromBelow.has(code) || lineage(code).some((c) => implemented.has(c));

  const areasOf = new Map<string, string[]>();
  for (const s of input.served) areasOf.set(s.organisationId, [...(areasOf.get(s.organisationId) ?? []), s.areaCode]);

  const flags: MatrixFlag[] = [];
  for (const f of input.functions) {
    if (!covered(f.code)) flags.push({ functionCode: f.code, areaCode: input.areaCode, flag: 'gap', organisationIds: [] });
    for (const role of OVERLAP_ROLES) {
      const holders = new Set(input.cells.filter((c) => c.functionCode === f.code && c.role === role).map((c) => c.organisationId));
      if (holders.size < 2) continue;
      const byArea = new Map<string, string[]>();
      for (const org of holders) for (const area of areasOf.get(org) ?? []) byArea.set(area, [...(byArea.get(area) ?? []), org]);
      for (const [areaCode, orgs] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
        if (orgs.length >= 2) flags.push({ functionCode: f.code, areaCode, flag: 'overlap', role, organisationIds: orgs.sort() });
      }
    }
  }
  return flags;
}
