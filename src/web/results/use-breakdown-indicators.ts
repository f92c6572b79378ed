import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { type IndicatorRef, resultsKeys } from './results.queries';

/** Enough to choose from at once; a longer list is narrowed by searching. */
const LIMIT = 200;

/**
 * Indicators the user may read that have an area breakdown (those the map can colour), highest
 * plan level first, narrowed by `q` (code or name).
 */
export function useBreakdownIndicators(q = ''): { data: IndicatorRef[]; total: number; isPending: boolean } {
  const query = useQuery({
    queryKey: [...resultsKeys.all, 'breakdown-indicators', q] as const,
    queryFn: () => unwrap(api.GET('/api/v1/indicators', { params: { query: { areaBreakdown: 'any', limit: LIMIT, offset: 0, ...(q ? { q } : {}) } } })),
    placeholderData: keepPreviousData,
  });
  return { data: query.data?.items ?? [], total: query.data?.total ?? 0, isPending: query.isPending };
}

/** The picker's options, with the indicator shown (e.g. from a link) even when it is not among them. */
export const withCurrent = (list: IndicatorRef[], current: IndicatorRef | undefined) =>
  current && !list.some((i) => i.id === current.id) ? [current, ...list] : list;
