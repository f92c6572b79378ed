import type { Paths } from '../api/client';

// The coordination API's shapes, read from the generated OpenAPI types so a server change reaches here.
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Get<P extends keyof Paths> = Paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;
type Body<P extends keyof Paths, M extends 'post' | 'put' | 'patch'> =
  Paths[P] extends Record<M, { requestBody?: { content: { 'application/json': infer B } } }> ? B : never;

export type PairPage = Get<'/api/v1/overlaps'>;
export type PairView = PairPage['items'][number];
export type PairDetail = Get<'/api/v1/overlaps/{id}'>;
export type ProjectSide = PairView['projects'][number];
export type Reason = PairView['reasons'][number];
export type Resolution = NonNullable<PairView['resolution']>;
export type PairStatus = PairView['status'];
export type CheckBody = Body<'/api/v1/overlaps/check', 'post'>;
export type CheckMatch = Paths['/api/v1/overlaps/check']['post']['responses'][200]['content']['application/json']['candidates'][number];
export type ResolveBody = Body<'/api/v1/overlaps/{id}/resolution', 'post'>;

export type CommitteeSummary = Get<'/api/v1/committees'>['items'][number];
export type CommitteeView = Get<'/api/v1/committees/{id}'>;
export type CommitteeKind = CommitteeView['kind'];
export type MemberView = CommitteeView['members'][number];
export type MemberRole = MemberView['role'];
export type CreateCommitteeBody = Body<'/api/v1/committees', 'post'>;
export type UpdateCommitteeBody = Body<'/api/v1/committees/{id}', 'patch'>;
export type MemberInput = CreateCommitteeBody['members'][number];

export type MeetingSummary = Get<'/api/v1/committees/{id}/meetings'>['items'][number];
export type MeetingView = Get<'/api/v1/meetings/{id}'>;
export type AgendaItem = MeetingView['agenda'][number];
export type AttendanceEntry = MeetingView['attendance'][number];
export type ResolutionView = MeetingView['resolutions'][number];
export type CreateMeetingBody = Body<'/api/v1/committees/{id}/meetings', 'post'>;
export type AgendaBody = Body<'/api/v1/meetings/{id}/agenda', 'put'>;
export type AttendanceBody = Body<'/api/v1/meetings/{id}/attendance', 'put'>;
export type AttendanceStatus = AttendanceBody['entries'][number]['status'];
export type MinutesBody = Body<'/api/v1/meetings/{id}/minutes', 'put'>;
export type ResolutionBody = Body<'/api/v1/meetings/{id}/resolutions', 'post'>;
export type Decision = ResolutionBody['decision'];

export type ActionView = Get<'/api/v1/actions/inbox'>['items'][number];
export type ActionDetail = Get<'/api/v1/actions/{id}'>;
export type ActionStatus = ActionView['status'];
export type CreateActionBody = Body<'/api/v1/resolutions/{id}/actions', 'post'>;
export type FollowUpBody = Body<'/api/v1/actions/{id}/follow-ups', 'post'>;

export type NetworkView = Get<'/api/v1/network'>;

// the enumerations the pages offer, checked against the API types
export const COMMITTEE_KINDS = [
  'coordination_committee',
  'working_group',
  'task_force',
  'lay_board',
  'heads_of_service',
  'district_integrated_committee',
] as const satisfies readonly CommitteeKind[];
export const MEMBER_ROLES = ['chair', 'vice_chair', 'member', 'secretary'] as const satisfies readonly MemberRole[];
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'proxy'] as const satisfies readonly AttendanceStatus[];
export const DECISIONS = ['approved', 'rejected', 'noted', 'deferred'] as const satisfies readonly Decision[];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const satisfies readonly ActionStatus[];
export const RESOLUTIONS = ['not_duplicate', 'combine', 'merge', 'coordinate'] as const satisfies readonly Resolution[];
