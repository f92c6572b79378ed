import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../api/client';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Get<P extends keyof Paths> = Paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type PlanView = Get<'/api/v1/plans/{id}'>;
export type PlanLevel = Get<'/api/v1/plan-levels'>[number];
export type PlanTree = Get<'/api/v1/plans/{id}/elements'>;
export type ElementView = PlanTree['elements'][number];
export type ElementRef = Get<'/api/v1/plan-elements/search'>[number];
export type Linkages = Get<'/api/v1/plan-elements/{id}/linkages'>;
export type LinkageView = Linkages['outgoing'][number];
export type Alignment = Get<'/api/v1/plan-elements/{id}/alignment'>;
export type AlignmentOrganisations = Get<'/api/v1/plan-elements/{id}/alignment/organisations'>;
export type Chain = Get<'/api/v1/plan-elements/{id}/chain'>;
export type PlanVersion = Get<'/api/v1/plans/{id}/versions'>[number];
export type PlanDiff = Get<'/api/v1/plans/{id}/diff'>;
export type PlanningCalendar = Get<'/api/v1/calendar'>;
export type PlanStatus = PlanView['status'];
export type ElementKind = ElementView['kind'];
export type LinkageMode = LinkageView['mode'];
export type CreatePlanBody = NonNullable<Paths['/api/v1/plans']['post']['requestBody']>['content']['application/json'];
export type CreateElementBody = NonNullable<Paths['/api/v1/plans/{id}/elements']['post']['requestBody']>['content']['application/json'];
export type UpdateElementBody = NonNullable<Paths['/api/v1/plan-elements/{id}']['patch']['requestBody']>['content']['application/json'];
export type CreateLinkageBody = NonNullable<Paths['/api/v1/plan-elements/{id}/linkages']['post']['requestBody']>['content']['application/json'];

export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'active', 'closed'] as const satisfies readonly PlanStatus[];
export const ELEMENT_KINDS = ['goal', 'strategy', 'tactic', 'programme', 'project', 'activity'] as const satisfies readonly ElementKind[];
export const LINKAGE_MODES = ['link', 'coordinate', 'combine', 'merge', 'complement'] as const satisfies readonly LinkageMode[];
export const EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'returned'];
export type Transition = 'submit' | 'approve' | 'activate';

export interface PlanFilters {
  q: string;
  level: string;
  status: string;
  ownerId: string;
}

export const planKeys = {
  all: ['plans'] as const,
  levels: () => [...planKeys.all, 'levels'] as const,
  list: (filters: PlanFilters, offset: number, limit: number) => [...planKeys.all, 'list', filters, offset, limit] as const,
  plan: (id: string) => [...planKeys.all, 'plan', id] as const,
  tree: (id: string) => [...planKeys.all, 'tree', id] as const,
  versions: (id: string) => [...planKeys.all, 'versions', id] as const,
  diff: (id: string, against: string) => [...planKeys.all, 'diff', id, against] as const,
  element: (id: string) => [...planKeys.all, 'element', id] as const,
  linkages: (id: string) => [...planKeys.all, 'linkages', id] as const,
  alignment: (id: string, offset: number, limit: number) => [...planKeys.all, 'alignment', id, offset, limit] as const,
  alignmentOrganisations: (id: string, offset: number, limit: number) => [...planKeys.all, 'alignment-organisations', id, offset, limit] as const,
  chain: (id: string) => [...planKeys.all, 'chain', id] as const,
  search: (q: string, forElementId: string) => [...planKeys.all, 'search', q, forElementId] as const,
  calendar: (fy: number) => ['calendar', fy] as const,
};

export function usePlanLevels() {
  return useQuery({ queryKey: planKeys.levels(), queryFn: () => unwrap(api.GET('/api/v1/plan-levels')), staleTime: Infinity });
}

export function usePlans(filters: PlanFilters, offset: number, limit: number) {
  return useQuery({
    queryKey: planKeys.list(filters, offset, limit),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans', {
          params: {
            query: {
              limit,
              offset,
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.level ? { level: filters.level } : {}),
              ...(filters.status ? { status: filters.status as PlanStatus } : {}),
              ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The plan with its whole element tree, in one request (the tree page never asks per node). */
export function usePlanTree(id: string) {
  return useQuery({ queryKey: planKeys.tree(id), queryFn: () => unwrap(api.GET('/api/v1/plans/{id}/elements', { params: { path: { id } } })) });
}

export function usePlanVersions(id: string) {
  return useQuery({ queryKey: planKeys.versions(id), queryFn: () => unwrap(api.GET('/api/v1/plans/{id}/versions', { params: { path: { id } } })) });
}

export function usePlanDiff(id: string, against: string) {
  return useQuery({
    queryKey: planKeys.diff(id, against),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}/diff', { params: { path: { id }, query: { against } } })),
    enabled: !!against,
  });
}

export function useElement(id: string) {
  return useQuery({ queryKey: planKeys.element(id), queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}', { params: { path: { id } } })) });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planKeys.plan(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function useLinkages(id: string) {
  return useQuery({ queryKey: planKeys.linkages(id), queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}/linkages', { params: { path: { id } } })) });
}

export function useAlignment(id: string, offset: number, limit: number) {
  return useQuery({
    queryKey: planKeys.alignment(id, offset, limit),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plan-elements/{id}/alignment', { params: { path: { id }, query: { offset, limit, coverage: true, orphans: true } } })),
    placeholderData: keepPreviousData,
  });
}

/** Pages of contributors by organisation past the first, which the alignment itself carries (enabled only then). */
export function useAlignmentOrganisations(id: string, offset: number, limit: number) {
  return useQuery({
    queryKey: planKeys.alignmentOrganisations(id, offset, limit),
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}/alignment/organisations', { params: { path: { id }, query: { offset, limit } } })),
    placeholderData: keepPreviousData,
    enabled: offset > 0,
  });
}

export function useChain(id: string) {
  return useQuery({ queryKey: planKeys.chain(id), queryFn: () => unwrap(api.GET('/api/v1/plan-elements/{id}/chain', { params: { path: { id } } })) });
}

export function useElementSearch(q: string, forElementId: string) {
  return useQuery({
    queryKey: planKeys.search(q, forElementId),
    queryFn: () => unwrap(api.GET('/api/v1/plan-elements/search', { params: { query: { q, forElementId, limit: 20 } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useCalendar(fy: number) {
  return useQuery({ queryKey: planKeys.calendar(fy), queryFn: () => unwrap(api.GET('/api/v1/calendar', { params: { query: { fy } } })) });
}

/** Every plan write can change lists, trees, alignment and chains: refresh the whole area. */
function useInvalidatePlans() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: planKeys.all });
}

export function useCreatePlan() {
  const onSuccess = useInvalidatePlans();
  return useMutation({ mutationFn: (body: CreatePlanBody) => unwrap(api.POST('/api/v1/plans', { body })), onSuccess });
}

export function useTransition(plan: PlanView) {
  const onSuccess = useInvalidatePlans();
  return useMutation({
    mutationFn: (transition: Transition) => {
      const options = { params: { path: { id: plan.id } }, body: { version: plan.version } };
      if (transition === 'submit') return unwrap(api.POST('/api/v1/plans/{id}/submit', options));
      if (transition === 'approve') return unwrap(api.POST('/api/v1/plans/{id}/approve', options));
      return unwrap(api.POST('/api/v1/plans/{id}/activate', options));
    },
    onSuccess,
  });
}

export function useReturnPlan(plan: PlanView) {
  const onSuccess = useInvalidatePlans();
  return useMutation({
    mutationFn: (comment: string) =>
      unwrap(api.POST('/api/v1/plans/{id}/return', { params: { path: { id: plan.id } }, body: { version: plan.version, comment } })),
    onSuccess,
  });
}

export function useRevisePlan(plan: PlanView) {
  const onSuccess = useInvalidatePlans();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/plans/{id}/revisions', { params: { path: { id: plan.id } } })), onSuccess });
}

export function useAddElement(planId: string) {
  const onSuccess = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: CreateElementBody) => unwrap(api.POST('/api/v1/plans/{id}/elements', { params: { path: { id: planId } }, body })),
    onSuccess,
  });
}

export function useUpdateElement(id: string) {
  const onSuccess = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: UpdateElementBody) => unwrap(api.PATCH('/api/v1/plan-elements/{id}', { params: { path: { id } }, body })),
    onSuccess,
  });
}

export function useDeleteElement() {
  const onSuccess = useInvalidatePlans();
  return useMutation({
    mutationFn: (element: ElementView) =>
      unwrap(api.DELETE('/api/v1/plan-elements/{id}', { params: { path: { id: element.id }, query: { version: element.version } } })),
    onSuccess,
  });
}

export function useCreateLinkage(elementId: string) {
  const onSuccess = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: CreateLinkageBody) => unwrap(api.POST('/api/v1/plan-elements/{id}/linkages', { params: { path: { id: elementId } }, body })),
    onSuccess,
  });
}

export function useDeleteLinkage() {
  const onSuccess = useInvalidatePlans();
  return useMutation({
    mutationFn: (linkage: LinkageView) =>
      unwrap(api.DELETE('/api/v1/plan-linkages/{id}', { params: { path: { id: linkage.id }, query: { version: linkage.version } } })),
    onSuccess,
  });
}
