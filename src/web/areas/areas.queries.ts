import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { AreaLevel } from '../api/enums';
import type { AreaView } from '../api/types';

export const areaKeys = {
  all: ['areas'] as const,
  children: (parent: string | null) => [...areaKeys.all, 'children', parent ?? 'root'] as const,
  search: (q: string, level: AreaLevel | undefined, offset: number) => [...areaKeys.all, 'search', q, level ?? 'any', offset] as const,
};

/** The roots are the region level (ASEAN); below that, children by parent code. */
export const fetchAreaChildren = (parent: string | null, offset: number, limit = 100) =>
  unwrap(api.GET('/api/v1/areas', { params: { query: parent ? { parent, offset, limit } : { level: 'region', offset, limit } } }));

export function useAreaSearch(q: string, options: { level?: AreaLevel; offset?: number; limit?: number } = {}) {
  const { level, offset = 0, limit = 20 } = options;
  return useQuery({
    queryKey: areaKeys.search(q, level, offset),
    queryFn: () => unwrap(api.GET('/api/v1/areas', { params: { query: { q, offset, limit, ...(level ? { level } : {}) } } })),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

export type { AreaView };
