import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../api/client';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Get<P extends keyof Paths> = Paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type AgreementView = Get<'/api/v1/agreements/{id}'>;
export type AgreementSummary = Get<'/api/v1/agreements'>['items'][number];
export type KpiView = AgreementView['kpis'][number];
export type AgreementStatus = AgreementView['status'];
export type AgreementSide = AgreementView['signatures'][number]['side'];
export type AgreementTransition = 'propose' | 'withdraw' | 'evaluate';

export const AGREEMENT_STATUSES = ['draft', 'proposed', 'signed', 'evaluated'] as const satisfies readonly AgreementStatus[];

export interface AgreementFilters { q: string; status: string; fiscalYear: number | null }

export const agreementKeys = {
  all: ['agreements'] as const,
  list: (filters: AgreementFilters, offset: number, limit: number) => [...agreementKeys.all, 'list', filters, offset, limit] as const,
  agreement: (id: string) => [...agreementKeys.all, 'agreement', id] as const,
};

export function useAgreements(filters: AgreementFilters, offset: number, limit: number) {
  return useQuery({
    queryKey: agreementKeys.list(filters, offset, limit),
    queryFn: () => unwrap(api.GET('/api/v1/agreements', {
      params: {
        query: {
          limit, offset,
          ...(filters.q ? { q: filters.q } : {}),
          ...(filters.status ? { status: filters.status as AgreementStatus } : {}),
          ...(filters.fiscalYear ? { fiscalYear: filters.fiscalYear } : {}),
        },
      },
    })),
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
    mutationFn: (side: AgreementSide) => unwrap(api.POST('/api/v1/agreements/{id}/sign', { params: { path: { id: agreement.id } }, body: { version: agreement.version, side } })),
    onSuccess,
  });
}
