import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { committeeKeys } from './committees.queries';
import type { AgendaBody, AttendanceBody, CreateActionBody, FollowUpBody, MinutesBody, ResolutionBody } from './coordination.types';

export const meetingKeys = {
  meeting: (id: string) => ['meetings', id] as const,
  inbox: (overdueOnly: boolean, offset: number) => ['actions', 'inbox', overdueOnly, offset] as const,
  action: (id: string) => ['actions', 'action', id] as const,
};

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKeys.meeting(id), queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })) });
}

/** Meeting writes change the meeting, its committee's lists and the inboxes. */
function useInvalidateMeetings() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['meetings'] });
    void client.invalidateQueries({ queryKey: ['actions'] });
    void client.invalidateQueries({ queryKey: committeeKeys.all });
  };
}

export function useMeetingWrites(id: string) {
  const onSuccess = useInvalidateMeetings();
  const path = { params: { path: { id } } };
  return {
    status: useMutation({
      mutationFn: (status: 'held' | 'cancelled') => unwrap(api.POST('/api/v1/meetings/{id}/status', { ...path, body: { status } })),
      onSuccess,
    }),
    agenda: useMutation({ mutationFn: (body: AgendaBody) => unwrap(api.PUT('/api/v1/meetings/{id}/agenda', { ...path, body })), onSuccess }),
    attendance: useMutation({ mutationFn: (body: AttendanceBody) => unwrap(api.PUT('/api/v1/meetings/{id}/attendance', { ...path, body })), onSuccess }),
    minutes: useMutation({ mutationFn: (body: MinutesBody) => unwrap(api.PUT('/api/v1/meetings/{id}/minutes', { ...path, body })), onSuccess }),
    approveMinutes: useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/meetings/{id}/minutes/approve', path)), onSuccess }),
    resolution: useMutation({ mutationFn: (body: ResolutionBody) => unwrap(api.POST('/api/v1/meetings/{id}/resolutions', { ...path, body })), onSuccess }),
  };
}

export function useCreateAction(resolutionId: string) {
  const onSuccess = useInvalidateMeetings();
  return useMutation({
    mutationFn: (body: CreateActionBody) => unwrap(api.POST('/api/v1/resolutions/{id}/actions', { params: { path: { id: resolutionId } }, body })),
    onSuccess,
  });
}

export function useInbox(overdueOnly: boolean, offset: number, limit: number) {
  return useQuery({
    queryKey: meetingKeys.inbox(overdueOnly, offset),
    queryFn: () => unwrap(api.GET('/api/v1/actions/inbox', { params: { query: { limit, offset, ...(overdueOnly ? { overdueOnly } : {}) } } })),
  });
}

export function useAction(id: string, enabled = true) {
  return useQuery({ queryKey: meetingKeys.action(id), queryFn: () => unwrap(api.GET('/api/v1/actions/{id}', { params: { path: { id } } })), enabled });
}

export function useAddFollowUp(id: string) {
  const onSuccess = useInvalidateMeetings();
  return useMutation({
    mutationFn: (body: FollowUpBody) => unwrap(api.POST('/api/v1/actions/{id}/follow-ups', { params: { path: { id } }, body })),
    onSuccess,
  });
}
