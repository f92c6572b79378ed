/**
 * Where each consistency finding sends the user to fix it. The finding names the element, the
 * organisation or the budget line at fault; the page turns that into a link.
 */
export interface FindingRef {
  kind: string;
  fiscalYear: number;
  elementId: string | null;
  organisationId: string | null;
}

export type FixTarget = { page: 'element'; id: string } | { page: 'organisation'; id: string } | { page: 'transfers'; fy: number; org: string } | null;

export function fixTarget(finding: FindingRef): FixTarget {
  // a transfer over the sender's allocation is fixed among that sender's transfers of the year
  if (finding.kind === 'transfer_over_allocation' && finding.organisationId) {
    return { page: 'transfers', fy: finding.fiscalYear, org: finding.organisationId };
  }
  if (finding.elementId) return { page: 'element', id: finding.elementId };
  if (finding.organisationId) return { page: 'organisation', id: finding.organisationId };
  return null;
}

/** Findings grouped by kind in the order the checks are listed, empty kinds left out. */
export function groupFindings<K extends string, F extends { kind: K }>(findings: readonly F[], order: readonly K[]): Array<{ kind: K; findings: F[] }> {
  return order.map((kind) => ({ kind, findings: findings.filter((f) => f.kind === kind) })).filter((group) => group.findings.length > 0);
}
