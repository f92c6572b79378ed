import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../../api/client';
import { resultsKeys } from '../results.queries';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
export type IndicatorView = Json<Paths['/api/v1/indicators/{id}']['get']['responses'][200]>;
export type CreateIndicatorBody = NonNullable<Paths['/api/v1/plan-elements/{id}/indicators']['post']['requestBody']>['content']['application/json'];
export type UpdateIndicatorBody = NonNullable<Paths['/api/v1/indicators/{id}']['patch']['requestBody']>['content']['application/json'];
export type ProgressBody = NonNullable<Paths['/api/v1/plan-elements/{id}/progress-reports/{period}']['put']['requestBody']>['content']['application/json'];

const indicatorsKey = (elementId: string) => [...resultsKeys.all, 'indicators', elementId] as const;

const listIndicators = (elementId: string) => unwrap(api.GET('/api/v1/plan-elements/{id}/indicators', { params: { path: { id: elementId } } }));

export function useElementIndicators(elementId: string) {
  return useQuery({ queryKey: indicatorsKey(elementId), queryFn: () => listIndicators(elementId) });
}

/** The indicators an element's indicator may contribute to: those of the elements directly above it. */
export function useIndicatorsOf(elementIds: string[]) {
  const results = useQueries({ queries: elementIds.map((id) => ({ queryKey: indicatorsKey(id), queryFn: () => listIndicators(id) })) });
  return results.flatMap((r) => r.data ?? []);
}

/**
 * Indicators by id: those already named as contributes-to that are not among the elements directly
 * above (the server accepts any indicator further up), so the editor's select can still show them.
 */
export function useIndicatorsById(ids: string[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: [...resultsKeys.all, 'indicator', id] as const,
      queryFn: () => unwrap(api.GET('/api/v1/indicators/{id}', { params: { path: { id } } })),
    })),
  });
  return results.flatMap((r) => r.data ?? []);
}

/** A changed indicator or target moves every roll-up above it: refresh all results queries. */
function useInvalidate() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: resultsKeys.all });
}

export function useCreateIndicator(elementId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateIndicatorBody) => unwrap(api.POST('/api/v1/plan-elements/{id}/indicators', { params: { path: { id: elementId } }, body })),
    onSuccess,
  });
}

export function useUpdateIndicator(id: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateIndicatorBody) => unwrap(api.PATCH('/api/v1/indicators/{id}', { params: { path: { id } }, body })),
    onSuccess,
  });
}

/** Refused (409, with the reason) while the indicator has values, contributors or is an agreement KPI. */
export function useDeleteIndicator() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (indicator: { id: string; version: number }) =>
      unwrap(api.DELETE('/api/v1/indicators/{id}', { params: { path: { id: indicator.id }, query: { version: indicator.version } } })),
    onSuccess,
  });
}

export function usePutProgressReport(elementId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ period, body }: { period: string; body: ProgressBody }) =>
      unwrap(api.PUT('/api/v1/plan-elements/{id}/progress-reports/{period}', { params: { path: { id: elementId, period } }, body })),
    onSuccess,
  });
}
