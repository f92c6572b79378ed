import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Paths } from '../api/client';
import type { Role } from '../api/enums';

export type UserView = Paths['/api/v1/users']['get']['responses'][200]['content']['application/json']['items'][number];
export type CreateUserBody = NonNullable<Paths['/api/v1/users']['post']['requestBody']>['content']['application/json'];

export const userKeys = {
  all: ['users'] as const,
  list: (q: string, offset: number, limit: number) => [...userKeys.all, 'list', q, offset, limit] as const,
};

export function useUsers(q: string, offset: number, limit: number) {
  return useQuery({
    queryKey: userKeys.list(q, offset, limit),
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { limit, offset, ...(q ? { q } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useAddMembership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, organisationId, role }: { userId: string; organisationId: string; role: Role }) =>
      unwrap(api.POST('/api/v1/users/{id}/memberships', { params: { path: { id: userId } }, body: { organisationId, role } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useRemoveMembership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => unwrap(api.DELETE('/api/v1/memberships/{id}', { params: { path: { id: membershipId } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
