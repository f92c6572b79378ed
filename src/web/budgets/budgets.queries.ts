import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../api/client';
import { organisationKeys } from '../organisations/organisations.queries';
import { planKeys } from '../plans/plans.queries';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Get<P extends keyof Paths> = Paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type Body<P extends keyof Paths, M extends 'post' | 'patch'> = Paths[P] extends { [K in M]: { requestBody?: { content: { 'application/json': infer B } } } }
  ? B
  : never;

export type BudgetLine = Get<'/api/v1/plan-elements/{id}/budget-lines'>[number];
export type Transfer = Get<'/api/v1/budget-transfers'>['items'][number];
export type Pledge = Get<'/api/v1/plan-elements/{id}/pledges'>[number];
export type FundingGap = Get<'/api/v1/plans/{id}/funding-gaps'>[number];
export type BudgetFlow = Get<'/api/v1/budget-flow'>;
export type BudgetChecks = Get<'/api/v1/budget-checks'>;
export type BudgetFinding = BudgetChecks['findings'][number];
export type CreateBudgetLineBody = Body<'/api/v1/plan-elements/{id}/budget-lines', 'post'>;
export type UpdateBudgetLineBody = Body<'/api/v1/budget-lines/{id}', 'patch'>;
export type CreateTransferBody = Body<'/api/v1/budget-transfers', 'post'>;
export type CreatePledgeBody = Body<'/api/v1/plan-elements/{id}/pledges', 'post'>;

export const budgetKeys = {
  all: ['budgets'] as const,
  lines: (elementId: string) => [...budgetKeys.all, 'lines', elementId] as const,
  transfers: (fy: number, org: string, offset: number, limit: number) => [...budgetKeys.all, 'transfers', fy, org, offset, limit] as const,
  pledges: (elementId: string, fy: number) => [...budgetKeys.all, 'pledges', elementId, fy] as const,
  gaps: (planId: string, fy: number) => [...budgetKeys.all, 'gaps', planId, fy] as const,
  flow: (fy: number, org: string) => [...budgetKeys.all, 'flow', fy, org] as const,
  checks: (fy: number, org: string) => [...budgetKeys.all, 'checks', fy, org] as const,
};

export function useBudgetLines(elementId: string) {
  return useQuery({
    queryKey: budgetKeys.lines(elementId),
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}/budget-lines', { params: { path: { id: elementId }, query: {} } })),
  });
}

export function useTransfers(fy: number, org: string, offset: number, limit: number) {
  return useQuery({
    queryKey: budgetKeys.transfers(fy, org, offset, limit),
    queryFn: () => unwrap(api.GET('/api/v1/budget-transfers', { params: { query: { fy, limit, offset, ...(org ? { organisationId: org } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function usePledges(elementId: string, fy: number) {
  return useQuery({
    queryKey: budgetKeys.pledges(elementId, fy),
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}/pledges', { params: { path: { id: elementId }, query: { fy } } })),
  });
}

export function useFundingGaps(planId: string, fy: number) {
  return useQuery({
    queryKey: budgetKeys.gaps(planId, fy),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}/funding-gaps', { params: { path: { id: planId }, query: { fy } } })),
    enabled: !!planId,
  });
}

export function useBudgetFlow(fy: number, org: string) {
  return useQuery({
    queryKey: budgetKeys.flow(fy, org),
    queryFn: () => unwrap(api.GET('/api/v1/budget-flow', { params: { query: { fy, maxOrganisations: 40, ...(org ? { organisationId: org } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useBudgetChecks(fy: number, org: string) {
  return useQuery({
    queryKey: budgetKeys.checks(fy, org),
    queryFn: () => unwrap(api.GET('/api/v1/budget-checks', { params: { query: { fy, ...(org ? { organisationId: org } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

/** A budget write can move roll-ups, the flow, the checks and the plan pages' figures: refresh them all. */
function useInvalidateBudgets() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: budgetKeys.all });
    void client.invalidateQueries({ queryKey: planKeys.all });
  };
}

export function useSaveBudgetLine(elementId: string) {
  const onSuccess = useInvalidateBudgets();
  return useMutation({
    mutationFn: (input: { line: BudgetLine | null; body: CreateBudgetLineBody }) =>
      input.line
        ? unwrap(api.PATCH('/api/v1/budget-lines/{id}', { params: { path: { id: input.line.id } }, body: { ...input.body, version: input.line.version } }))
        : unwrap(api.POST('/api/v1/plan-elements/{id}/budget-lines', { params: { path: { id: elementId } }, body: input.body })),
    onSuccess,
  });
}

export function useDeleteBudgetLine() {
  const onSuccess = useInvalidateBudgets();
  return useMutation({
    mutationFn: (line: BudgetLine) => unwrap(api.DELETE('/api/v1/budget-lines/{id}', { params: { path: { id: line.id }, query: { version: line.version } } })),
    onSuccess,
  });
}

export function useCreateTransfer() {
  const onSuccess = useInvalidateBudgets();
  return useMutation({ mutationFn: (body: CreateTransferBody) => unwrap(api.POST('/api/v1/budget-transfers', { body })), onSuccess });
}

export function useCreatePledge(elementId: string) {
  const onSuccess = useInvalidateBudgets();
  return useMutation({
    mutationFn: (body: CreatePledgeBody) => unwrap(api.POST('/api/v1/plan-elements/{id}/pledges', { params: { path: { id: elementId } }, body })),
    onSuccess,
  });
}

/** An organisation's names for a scope line or a link; shares the organisation page's cache. */
export function useOrganisationName(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

/** Elements any plan holds, by title or code: the funded elements of a transfer, the programme of a pledge. */
export function useElementOptions(q: string) {
  return useQuery({
    queryKey: [...budgetKeys.all, 'element-search', q] as const,
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/search', { params: { query: { q, limit: 20 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Plans by title, for the resource mobilisation page's plan picker. */
export function usePlanOptions(q: string) {
  return useQuery({
    queryKey: [...budgetKeys.all, 'plan-search', q] as const,
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { q, limit: 20, offset: 0 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
