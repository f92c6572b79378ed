import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CreateOrganisationBody, OrganisationDetail, OrganisationSummary, UpdateOrganisationBody } from '../api/types';

export const organisationKeys = {
  all: ['organisations'] as const,
  children: (parent: string | null) => [...organisationKeys.all, 'children', parent ?? 'root'] as const,
  search: (q: string, offset: number, limit: number) => [...organisationKeys.all, 'search', q, offset, limit] as const,
  detail: (id: string) => [...organisationKeys.all, 'detail', id] as const,
  relationships: (id: string) => [...organisationKeys.detail(id), 'relationships'] as const,
  members: (id: string) => [...organisationKeys.detail(id), 'members'] as const,
  responsibilities: (id: string) => [...organisationKeys.detail(id), 'responsibilities'] as const,
  functions: (scheme?: string) => ['functions', scheme ?? 'all'] as const,
  matrix: (scheme: string, area: string) => ['responsibility-matrix', scheme, area] as const,
};

export const fetchOrganisationChildren = (parent: string | null, offset: number, limit = 100) =>
  unwrap(api.GET('/api/v1/organisations', { params: { query: { parent: parent ?? 'root', offset, limit } } }));

export function useOrganisationSearch(q: string, offset: number, limit = 20) {
  return useQuery({
    queryKey: organisationKeys.search(q, offset, limit),
    queryFn: () => unwrap(api.GET('/api/v1/organisations', { params: { query: { q, offset, limit } } })),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })),
  });
}

export function useRelationships(id: string) {
  return useQuery({
    queryKey: organisationKeys.relationships(id),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}/relationships', { params: { path: { id } } })),
  });
}

export function useMembers(id: string) {
  return useQuery({
    queryKey: organisationKeys.members(id),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}/members', { params: { path: { id } } })),
  });
}

export function useResponsibilities(id: string) {
  return useQuery({
    queryKey: organisationKeys.responsibilities(id),
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}/responsibilities', { params: { path: { id } } })),
  });
}

export function useFunctions(scheme?: string) {
  return useQuery({
    queryKey: organisationKeys.functions(scheme),
    // the taxonomies are small (a few hundred codes): one page holds a scheme, or all of them
    queryFn: () => unwrap(api.GET('/api/v1/functions', { params: { query: { limit: 500, offset: 0, ...(scheme ? { scheme } : {}) } } })),
    staleTime: 60 * 60_000,
  });
}

export function useMatrix(scheme: string, area: string) {
  return useQuery({
    queryKey: organisationKeys.matrix(scheme, area),
    queryFn: () => unwrap(api.GET('/api/v1/responsibility-matrix', { params: { query: { scheme, area } } })),
    enabled: scheme !== '' && area !== '',
  });
}

export function useCreateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationBody) => unwrap(api.POST('/api/v1/organisations', { body })),
    onSuccess: (created) => {
      // every loaded tree level: the parent's own row changes too (its child count, its expander)
      void client.invalidateQueries({ queryKey: [...organisationKeys.all, 'children'] });
      if (created.parentId) void client.invalidateQueries({ queryKey: organisationKeys.detail(created.parentId), exact: true });
      void client.invalidateQueries({ queryKey: [...organisationKeys.all, 'search'] });
    },
  });
}

export function useUpdateOrganisation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationBody) => unwrap(api.PATCH('/api/v1/organisations/{id}', { params: { path: { id } }, body })),
    onSuccess: (updated) => {
      client.setQueryData(organisationKeys.detail(id), updated);
      void client.invalidateQueries({ queryKey: organisationKeys.children(updated.parentId) });
    },
  });
}

export type { OrganisationDetail, OrganisationSummary };
