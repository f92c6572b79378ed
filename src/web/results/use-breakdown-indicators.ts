import { useMemo } from 'react';
import { useMe } from '../auth/auth.queries';
import { useOrganisationRollup, useSecretariatSummary, type IndicatorRef } from './results.queries';

/**
 * Indicators that have an area breakdown, for the map's and the area dashboard's picker: those
 * under the National Strategies and those of the user's first organisation. (The API has no list
 * of all indicators by breakdown; see the report.)
 */
export function useBreakdownIndicators(): { data: IndicatorRef[]; isPending: boolean } {
  const me = useMe().data;
  const national = useSecretariatSummary('');
  const own = useOrganisationRollup(me?.memberships[0]?.organisationId ?? '', '');
  const data = useMemo(() => {
    const all = [
      ...(national.data?.strategies.flatMap((s) => s.items.map((i) => i.indicator)) ?? []),
      ...(own.data?.items.map((i) => i.indicator) ?? []),
    ];
    const seen = new Map<string, IndicatorRef>();
    for (const indicator of all) if (indicator.areaBreakdown && !seen.has(indicator.id)) seen.set(indicator.id, indicator);
    return [...seen.values()];
  }, [national.data, own.data]);
  return { data, isPending: national.isPending || (own.isPending && own.fetchStatus !== 'idle') };
}

/** The picker's options, with the indicator shown (e.g. from a link) even when it is not among them. */
export const withCurrent = (list: IndicatorRef[], current: IndicatorRef | undefined) =>
  (current && !list.some((i) => i.id === current.id) ? [current, ...list] : list);
