import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CheckBody, PairStatus, ResolveBody } from './coordination.types';

export const overlapKeys = {
  all: ['overlaps'] as const,
  check: (body: CheckBody) => [...overlapKeys.all, 'check', body] as const,
  list: (area: string, status: PairStatus, offset: number) => [...overlapKeys.all, 'list', area, status, offset] as const,
  pair: (id: string) => [...overlapKeys.all, 'pair', id] as const,
};

/** The while-typing check: only once there is a title and an area (the server needs both to block). */
export function useOverlapCheck(body: CheckBody) {
  const ready = body.areaCodes.length > 0 && !!(body.titleTh?.trim() || body.titleEn?.trim());
  return useQuery({
    queryKey: overlapKeys.check(body),
    queryFn: () => unwrap(api.POST('/api/v1/overlaps/check', { body })),
    enabled: ready,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useOverlaps(area: string, status: PairStatus, offset: number, limit: number) {
  return useQuery({
    queryKey: overlapKeys.list(area, status, offset),
    queryFn: () => unwrap(api.GET('/api/v1/overlaps', { params: { query: { area, status, offset, limit } } })),
    enabled: /^[0-9]{2,8}$/.test(area),
    placeholderData: keepPreviousData,
  });
}

export function useOverlapPair(id: string, enabled = true) {
  return useQuery({ queryKey: overlapKeys.pair(id), queryFn: () => unwrap(api.GET('/api/v1/overlaps/{id}', { params: { path: { id } } })), enabled });
}

/** A resolution can add a linkage or move links: plans views refresh too. */
export function useResolveOverlap(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ResolveBody) => unwrap(api.POST('/api/v1/overlaps/{id}/resolution', { params: { path: { id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: overlapKeys.all });
      void client.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}
