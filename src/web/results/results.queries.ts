import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../api/client';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Get<P extends keyof Paths> = Paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type PostBody<P extends keyof Paths> = Paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;

export type ReportingGrid = Get<'/api/v1/results/reporting-grid'>;
export type ReportingGridRow = ReportingGrid['rows'][number];
export type ReportingGridCell = ReportingGridRow['cells'][number];
export type AwaitingMeasurement = Get<'/api/v1/measurements/awaiting-verification'>[number];
export type Evidence = Get<'/api/v1/measurements/{id}/evidence'>[number];
export type SecretariatSummary = Get<'/api/v1/results/secretariat-summary'>;
export type IndicatorRollup = SecretariatSummary['strategies'][number]['items'][number];
export type IndicatorRef = IndicatorRollup['indicator'];
export type RollupPoint = IndicatorRollup['trend'][number];
export type OrganisationRollup = Get<'/api/v1/organisations/{id}/rollup'>;
export type ElementRollup = Get<'/api/v1/plan-elements/{id}/rollup'>;
export type AreaRollup = Get<'/api/v1/indicators/{id}/area-rollup'>;
export type AreaRollupRow = AreaRollup['children'][number];
export type ProgressReport = Get<'/api/v1/plan-elements/{id}/progress-reports'>[number];
export type BatchBody = PostBody<'/api/v1/measurements/batch'>;
export type ReviewBody = PostBody<'/api/v1/measurements/review'>;

export const resultsKeys = {
  all: ['results'] as const,
  grid: (fy: number) => [...resultsKeys.all, 'grid', fy] as const,
  awaiting: () => [...resultsKeys.all, 'awaiting'] as const,
  evidence: (measurementId: string) => [...resultsKeys.all, 'evidence', measurementId] as const,
  secretariat: (period: string) => [...resultsKeys.all, 'secretariat', period] as const,
  organisation: (id: string, period: string) => [...resultsKeys.all, 'organisation', id, period] as const,
  element: (id: string, period: string) => [...resultsKeys.all, 'element', id, period] as const,
  area: (indicatorId: string, area: string, period: string) => [...resultsKeys.all, 'area', indicatorId, area, period] as const,
  progress: (elementId: string) => [...resultsKeys.all, 'progress', elementId] as const,
};

/** "" means "the latest period with data": the API's default when no period is sent. */
const periodQuery = (period: string) => (period ? { period } : {});

export function useReportingGrid(fy: number) {
  return useQuery({
    queryKey: resultsKeys.grid(fy),
    queryFn: () => unwrap(api.GET('/api/v1/results/reporting-grid', { params: { query: { fy } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAwaitingVerification() {
  return useQuery({ queryKey: resultsKeys.awaiting(), queryFn: () => unwrap(api.GET('/api/v1/measurements/awaiting-verification')) });
}

export function useEvidence(measurementId: string, enabled: boolean) {
  return useQuery({
    queryKey: resultsKeys.evidence(measurementId),
    queryFn: () => unwrap(api.GET('/api/v1/measurements/{id}/evidence', { params: { path: { id: measurementId } } })),
    enabled,
  });
}

export function useSecretariatSummary(period: string) {
  return useQuery({
    queryKey: resultsKeys.secretariat(period),
    queryFn: () => unwrap(api.GET('/api/v1/results/secretariat-summary', { params: { query: periodQuery(period) } })),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisationRollup(id: string, period: string) {
  return useQuery({
    queryKey: resultsKeys.organisation(id, period),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}/rollup', { params: { path: { id }, query: periodQuery(period) } })),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

export function useElementRollup(id: string, period: string) {
  return useQuery({
    queryKey: resultsKeys.element(id, period),
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}/rollup', { params: { path: { id }, query: periodQuery(period) } })),
    placeholderData: keepPreviousData,
  });
}

/** An area (TH, a province, a district) and its children for one indicator. */
export function useAreaRollup(indicatorId: string, area: string, period: string) {
  return useQuery({
    queryKey: resultsKeys.area(indicatorId, area, period),
    queryFn: () => unwrap(api.GET('/api/v1/indicators/{id}/area-rollup', { params: { path: { id: indicatorId }, query: { area, ...periodQuery(period) } } })),
    enabled: !!indicatorId,
    placeholderData: keepPreviousData,
  });
}

export function useProgressReports(elementId: string) {
  return useQuery({
    queryKey: resultsKeys.progress(elementId),
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}/progress-reports', { params: { path: { id: elementId } } })),
  });
}

/** A saved or verified value changes grids, inboxes and every roll-up above it: refresh them all. */
function useInvalidateResults() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: resultsKeys.all });
}

export function useSaveBatch() {
  const onSuccess = useInvalidateResults();
  return useMutation({ mutationFn: (body: BatchBody) => unwrap(api.POST('/api/v1/measurements/batch', { body })), onSuccess });
}

export function useReview() {
  const onSuccess = useInvalidateResults();
  return useMutation({ mutationFn: (body: ReviewBody) => unwrap(api.POST('/api/v1/measurements/review', { body })), onSuccess });
}

export function useUploadEvidence(measurementId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { fileName: string; contentBase64: string }) =>
      unwrap(api.POST('/api/v1/measurements/{id}/evidence', { params: { path: { id: measurementId } }, body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: resultsKeys.evidence(measurementId) }),
  });
}

export const evidenceUrl = (evidenceId: string) => `/api/v1/evidence/${encodeURIComponent(evidenceId)}/content`;
