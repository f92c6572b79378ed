/**
 * A contributor cursor names a position in the contributor order of an alignment (plan level rank
 * descending, then element id): `<level rank>:<element id>` of the last item of a page. The schema
 * checks its form (AlignmentQuery.after).
 */
export function contributorCursor(item: { levelRank: number; id: string }): string {
  return `${item.levelRank}:${item.id}`;
}

export function parseContributorCursor(after: string | undefined): { rank: number; id: string } | null {
  if (!after) return null;
  const at = after.indexOf(':');
  return { rank: Number(after.slice(0, at)), id: after.slice(at + 1).toLowerCase() };
}
