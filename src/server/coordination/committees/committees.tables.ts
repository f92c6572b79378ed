import type { Generated } from 'kysely';

export const COMMITTEE_KINDS = [
  'coordination_committee',
  'working_group',
  'task_force',
  'lay_board',
  'heads_of_service',
  'district_integrated_committee',
] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];
export const COMMITTEE_STATUSES = ['forming', 'active', 'dissolved'] as const;
export type CommitteeStatus = (typeof COMMITTEE_STATUSES)[number];
export const MEMBER_ROLES = ['chair', 'vice_chair', 'member', 'secretary'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const AGENDA_LINK_KINDS = ['none', 'plan', 'plan_element', 'overlap_pair'] as const;
export type AgendaLinkKind = (typeof AGENDA_LINK_KINDS)[number];
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'proxy'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const DECISIONS = ['approved', 'rejected', 'noted', 'deferred'] as const;
export type Decision = (typeof DECISIONS)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface CommitteesTable {
  id: Generated<string>;
  kind: CommitteeKind;
  name_th: string;
  name_en: string;
  description_th: string | null;
  description_en: string | null;
  host_organisation_id: string;
  parent_committee_id: string | null;
  area_codes: Generated<string[]>;
  function_codes: Generated<string[]>;
  status: Generated<CommitteeStatus>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CommitteeMembersTable {
  id: Generated<string>;
  committee_id: string;
  organisation_id: string | null;
  citizen_name: string | null;
  citizen_contact: string | null;
  role: MemberRole;
  removed_at: Date | null;
  created_at: Generated<Date>;
}

export interface MeetingsTable {
  id: Generated<string>;
  committee_id: string;
  title_th: string;
  title_en: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online_url: string | null;
  status: Generated<MeetingStatus>;
  minutes_status: Generated<MinutesStatus>;
  minutes_approved_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgendaItemsTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  title_th: string;
  title_en: string;
  link_kind: Generated<AgendaLinkKind>;
  plan_id: string | null;
  plan_element_id: string | null;
  overlap_pair_id: string | null;
  minutes_th: string | null;
  minutes_en: string | null;
}

export interface MeetingAttendanceTable {
  id: Generated<string>;
  meeting_id: string;
  organisation_id: string | null;
  citizen_member_id: string | null;
  status: AttendanceStatus;
  proxy_name: string | null;
}

export interface ResolutionsTable {
  id: Generated<string>;
  meeting_id: string;
  number: number;
  agenda_item_id: string | null;
  text_th: string;
  text_en: string;
  decision: Decision;
  created_at: Generated<Date>;
}

export interface ActionItemsTable {
  id: Generated<string>;
  resolution_id: string;
  committee_id: string;
  assignee_organisation_id: string;
  title_th: string;
  title_en: string;
  due_on: string;
  status: Generated<ActionStatus>;
  closed_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ActionFollowUpsTable {
  id: Generated<string>;
  action_item_id: string;
  noted_on: string;
  note: string;
  status_from: ActionStatus;
  status_to: ActionStatus | null;
  author_user_id: string | null;
  author_label: string;
  created_at: Generated<Date>;
}

export interface CommitteesTables {
  committees: CommitteesTable;
  committee_members: CommitteeMembersTable;
  meetings: MeetingsTable;
  agenda_items: AgendaItemsTable;
  meeting_attendance: MeetingAttendanceTable;
  resolutions: ResolutionsTable;
  action_items: ActionItemsTable;
  action_follow_ups: ActionFollowUpsTable;
}
