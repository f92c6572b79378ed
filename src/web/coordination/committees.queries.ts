import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CommitteeKind, CreateCommitteeBody, CreateMeetingBody, MemberInput, UpdateCommitteeBody } from './coordination.types';

export const committeeKeys = {
  all: ['committees'] as const,
  list: (q: string, kind: string, offset: number) => [...committeeKeys.all, 'list', q, kind, offset] as const,
  committee: (id: string) => [...committeeKeys.all, 'committee', id] as const,
  meetings: (id: string) => [...committeeKeys.all, 'meetings', id] as const,
  actions: (id: string) => [...committeeKeys.all, 'actions', id] as const,
  network: (organisation: string, depth: number) => ['network', organisation, depth] as const,
};

export function useCommittees(q: string, kind: string, offset: number, limit: number) {
  return useQuery({
    queryKey: committeeKeys.list(q, kind, offset),
    queryFn: () =>
      unwrap(api.GET('/api/v1/committees', { params: { query: { limit, offset, ...(q ? { q } : {}), ...(kind ? { kind: kind as CommitteeKind } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCommittee(id: string) {
  return useQuery({ queryKey: committeeKeys.committee(id), queryFn: () => unwrap(api.GET('/api/v1/committees/{id}', { params: { path: { id } } })) });
}

export function useCommitteeMeetings(id: string) {
  return useQuery({
    queryKey: committeeKeys.meetings(id),
    queryFn: () => unwrap(api.GET('/api/v1/committees/{id}/meetings', { params: { path: { id }, query: { limit: 100, offset: 0 } } })),
  });
}

export function useCommitteeActions(id: string) {
  return useQuery({
    queryKey: committeeKeys.actions(id),
    queryFn: () => unwrap(api.GET('/api/v1/committees/{id}/actions', { params: { path: { id }, query: { limit: 100, offset: 0 } } })),
  });
}

export function useNetwork(organisation: string, depth: number) {
  return useQuery({
    queryKey: committeeKeys.network(organisation, depth),
    queryFn: () => unwrap(api.GET('/api/v1/network', { params: { query: { organisation, depth, limit: 150 } } })),
    enabled: !!organisation,
    placeholderData: keepPreviousData,
  });
}

function useInvalidateCommittees() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: committeeKeys.all });
}

export function useCreateCommittee() {
  const onSuccess = useInvalidateCommittees();
  return useMutation({ mutationFn: (body: CreateCommitteeBody) => unwrap(api.POST('/api/v1/committees', { body })), onSuccess });
}

export function useUpdateCommittee(id: string) {
  const onSuccess = useInvalidateCommittees();
  return useMutation({
    mutationFn: (body: UpdateCommitteeBody) => unwrap(api.PATCH('/api/v1/committees/{id}', { params: { path: { id } }, body })),
    onSuccess,
  });
}

export function useReplaceMembers(id: string) {
  const onSuccess = useInvalidateCommittees();
  return useMutation({
    mutationFn: (members: MemberInput[]) => unwrap(api.PUT('/api/v1/committees/{id}/members', { params: { path: { id } }, body: { members } })),
    onSuccess,
  });
}

export function useCreateMeeting(committeeId: string) {
  const onSuccess = useInvalidateCommittees();
  return useMutation({
    mutationFn: (body: CreateMeetingBody) => unwrap(api.POST('/api/v1/committees/{id}/meetings', { params: { path: { id: committeeId } }, body })),
    onSuccess,
  });
}
