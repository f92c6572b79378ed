import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../api/client';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Get<P extends keyof Paths> = Paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type AgreementView = Get<'/api/v1/agreements/{id}'>;
export type AgreementSummary = Get<'/api/v1/agreements'>['items'][number];
export type KpiView = AgreementView['kpis'][number];
export type AgreementStatus = AgreementView['status'];
export type AgreementSide = AgreementView['signatures'][number]['side'];
export type CreateAgreementBody = NonNullable<Paths['/api/v1/agreements']['post']['requestBody']>['content']['application/json'];
export type UpdateAgreementBody = NonNullable<Paths['/api/v1/agreements/{id}']['patch']['requestBody']>['content']['application/json'];
export type KpiInput = NonNullable<CreateAgreementBody['kpis']>[number];
export type IndicatorSummary = Get<'/api/v1/indicators'>['items'][number];
export type AgreementTransition = 'propose' | 'withdraw' | 'evaluate';

export const AGREEMENT_STATUSES = ['draft', 'proposed', 'signed', 'evaluated'] as const satisfies readonly AgreementStatus[];

export interface AgreementFilters {
  q: string;
  status: string;
  fiscalYear: number | null;
}

export const agreementKeys = {
  all: ['agreements'] as const,
  list: (filters: AgreementFilters, offset: number, limit: number) => [...agreementKeys.all, 'list', filters, offset, limit] as const,
  agreement: (id: string) => [...agreementKeys.all, 'agreement', id] as const,
  indicators: (q: string) => [...agreementKeys.all, 'indicators', q] as const,
};

export function useAgreements(filters: AgreementFilters, offset: number, limit: number) {
  return useQuery({
    queryKey: agreementKeys.list(filters, offset, limit),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/agreements', {
          params: {
            query: {
              limit,
              offset,
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.status ? { status: filters.status as AgreementStatus } : {}),
              ...(filters.fiscalYear ? { fiscalYear: filters.fiscalYear } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAgreement(id: string) {
  return useQuery({ queryKey: agreementKeys.agreement(id), queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })) });
}

/** The new state replaces the cached agreement; lists refetch. */
function useOnChanged(id: string) {
  const client = useQueryClient();
  return (next: AgreementView) => {
    client.setQueryData(agreementKeys.agreement(id), next);
    void client.invalidateQueries({ queryKey: [...agreementKeys.all, 'list'] });
  };
}

export function useAgreementTransition(agreement: AgreementView) {
  const onSuccess = useOnChanged(agreement.id);
  return useMutation({
    mutationFn: (transition: AgreementTransition) => {
      const options = { params: { path: { id: agreement.id } }, body: { version: agreement.version } };
      if (transition === 'propose') return unwrap(api.POST('/api/v1/agreements/{id}/propose', options));
      if (transition === 'withdraw') return unwrap(api.POST('/api/v1/agreements/{id}/withdraw', options));
      return unwrap(api.POST('/api/v1/agreements/{id}/evaluate', options));
    },
    onSuccess,
  });
}

export function useSignAgreement(agreement: AgreementView) {
  const onSuccess = useOnChanged(agreement.id);
  return useMutation({
    mutationFn: (side: AgreementSide) =>
      unwrap(api.POST('/api/v1/agreements/{id}/sign', { params: { path: { id: agreement.id } }, body: { version: agreement.version, side } })),
    onSuccess,
  });
}

/** A new draft; the lists refetch and the page opens on it. */
export function useCreateAgreement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAgreementBody) => unwrap(api.POST('/api/v1/agreements', { body })),
    onSuccess: (created) => {
      client.setQueryData(agreementKeys.agreement(created.id), created);
      void client.invalidateQueries({ queryKey: [...agreementKeys.all, 'list'] });
    },
  });
}

/** Saves a draft's fields and its whole KPI list, sending the version read. */
export function useUpdateAgreement(id: string) {
  const onSuccess = useOnChanged(id);
  return useMutation({
    mutationFn: (body: UpdateAgreementBody) => unwrap(api.PATCH('/api/v1/agreements/{id}', { params: { path: { id } }, body })),
    onSuccess,
  });
}

/** Indicators a KPI may name: any the user may read, searched by code or name. */
export function useKpiIndicatorSearch(q: string) {
  return useQuery({
    queryKey: agreementKeys.indicators(q),
    queryFn: () => unwrap(api.GET('/api/v1/indicators', { params: { query: { limit: 20, offset: 0, q } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
