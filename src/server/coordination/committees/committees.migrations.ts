import type { Migration } from '../../db/migrate.js';

/**
 * Committees, their meetings and what comes out of them (DESIGN §1.4, §3 Committee).
 * Agenda links to plans, plan elements and overlap pairs are typed uuid columns; their foreign keys
 * come in 3190, after the overlaps area (3100) has created overlap_pairs.
 */
export const committeesMigrations: Migration[] = [
  {
    id: '3000_committees',
    sql: `
create table committees (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('coordination_committee','working_group','task_force','lay_board','heads_of_service','district_integrated_committee')),
  name_th text not null,
  name_en text not null,
  description_th text,
  description_en text,
  -- the owning agency: it acts as secretary and its committee.manage holders run the committee
  host_organisation_id uuid not null references organisations(id),
  parent_committee_id uuid references committees(id),
  area_codes text[] not null default '{}',
  function_codes text[] not null default '{}',
  status text not null default 'active' check (status in ('forming','active','dissolved')),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (parent_committee_id is null or parent_committee_id <> id)
);
create index committees_host_idx on committees (host_organisation_id);
create index committees_parent_idx on committees (parent_committee_id);

-- One seat per row: an organisation can hold two seats (chair and secretary). Citizen seats keep
-- only a name and an optional contact; they are removed softly because attendance refers to them.
create table committee_members (
  id uuid primary key default gen_random_uuid(),
  committee_id uuid not null references committees(id) on delete cascade,
  organisation_id uuid references organisations(id),
  citizen_name text,
  citizen_contact text,
  role text not null check (role in ('chair','vice_chair','member','secretary')),
  removed_at timestamptz,
  created_at timestamptz not null default now(),
  check ((organisation_id is not null and citizen_name is null and citizen_contact is null)
      or (organisation_id is null and citizen_name is not null))
);
create unique index committee_members_org_role_idx on committee_members (committee_id, organisation_id, role) where removed_at is null and organisation_id is not null;
create index committee_members_org_idx on committee_members (organisation_id) where removed_at is null;

create table meetings (
  id uuid primary key default gen_random_uuid(),
  committee_id uuid not null references committees(id) on delete cascade,
  title_th text not null,
  title_en text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text,
  online_url text,
  status text not null default 'scheduled' check (status in ('scheduled','held','cancelled')),
  minutes_status text not null default 'draft' check (minutes_status in ('draft','approved')),
  minutes_approved_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index meetings_committee_idx on meetings (committee_id, starts_at);

create table agenda_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings(id) on delete cascade,
  position int not null,
  title_th text not null,
  title_en text not null,
  link_kind text not null default 'none' check (link_kind in ('none','plan','plan_element','overlap_pair')),
  plan_id uuid,
  plan_element_id uuid,
  overlap_pair_id uuid,
  minutes_th text,
  minutes_en text,
  check ((link_kind = 'none' and plan_id is null and plan_element_id is null and overlap_pair_id is null)
      or (link_kind = 'plan' and plan_id is not null and plan_element_id is null and overlap_pair_id is null)
      or (link_kind = 'plan_element' and plan_element_id is not null and plan_id is null and overlap_pair_id is null)
      or (link_kind = 'overlap_pair' and overlap_pair_id is not null and plan_id is null and plan_element_id is null))
);
create unique index agenda_items_position_idx on agenda_items (meeting_id, position);
create index agenda_items_plan_idx on agenda_items (plan_id) where plan_id is not null;
create index agenda_items_element_idx on agenda_items (plan_element_id) where plan_element_id is not null;
create index agenda_items_overlap_idx on agenda_items (overlap_pair_id) where overlap_pair_id is not null;

-- Per attendee: a member organisation or a citizen seat.
create table meeting_attendance (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings(id) on delete cascade,
  organisation_id uuid references organisations(id),
  citizen_member_id uuid references committee_members(id),
  status text not null check (status in ('present','absent','excused','proxy')),
  proxy_name text,
  check ((organisation_id is null) <> (citizen_member_id is null)),
  check ((status = 'proxy') = (proxy_name is not null))
);
create unique index meeting_attendance_org_idx on meeting_attendance (meeting_id, organisation_id) where organisation_id is not null;
create unique index meeting_attendance_citizen_idx on meeting_attendance (meeting_id, citizen_member_id) where citizen_member_id is not null;

create table resolutions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings(id) on delete cascade,
  number int not null,
  agenda_item_id uuid references agenda_items(id) on delete set null,
  text_th text not null,
  text_en text not null,
  decision text not null check (decision in ('approved','rejected','noted','deferred')),
  created_at timestamptz not null default now(),
  unique (meeting_id, number)
);

create table action_items (
  id uuid primary key default gen_random_uuid(),
  resolution_id uuid not null references resolutions(id) on delete cascade,
  -- denormalised from the resolution's meeting: inbox and permission checks need no joins
  committee_id uuid not null references committees(id) on delete cascade,
  assignee_organisation_id uuid not null references organisations(id),
  title_th text not null,
  title_en text not null,
  due_on date not null,
  status text not null default 'open' check (status in ('open','in_progress','done','cancelled')),
  closed_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index action_items_assignee_idx on action_items (assignee_organisation_id, status, due_on);
create index action_items_committee_idx on action_items (committee_id, due_on);
create index action_items_resolution_idx on action_items (resolution_id);

create table action_follow_ups (
  id uuid primary key default gen_random_uuid(),
  action_item_id uuid not null references action_items(id) on delete cascade,
  noted_on date not null,
  note text not null,
  status_from text not null,
  status_to text,
  author_user_id uuid references users(id) on delete set null,
  author_label text not null,
  created_at timestamptz not null default now()
);
create index action_follow_ups_action_idx on action_follow_ups (action_item_id, created_at);
`,
  },
  {
    // A meeting record outlives what its agenda pointed at: when a plan, element or pair is deleted
    // the link empties (the item keeps its title and kind) instead of blocking the deletion or
    // dangling. Links made before the keys existed that point at nothing are emptied first.
    id: '3190_agenda_item_links',
    sql: `
alter table agenda_items drop constraint agenda_items_check;
update agenda_items a set plan_id = null where plan_id is not null and not exists (select 1 from plans p where p.id = a.plan_id);
update agenda_items a set plan_element_id = null
  where plan_element_id is not null and not exists (select 1 from plan_elements e where e.id = a.plan_element_id);
update agenda_items a set overlap_pair_id = null
  where overlap_pair_id is not null and not exists (select 1 from overlap_pairs op where op.id = a.overlap_pair_id);
alter table agenda_items
  add constraint agenda_items_link_check check (
    (link_kind = 'none' and plan_id is null and plan_element_id is null and overlap_pair_id is null)
    or (link_kind = 'plan' and plan_element_id is null and overlap_pair_id is null)
    or (link_kind = 'plan_element' and plan_id is null and overlap_pair_id is null)
    or (link_kind = 'overlap_pair' and plan_id is null and plan_element_id is null)),
  add constraint agenda_items_plan_fk foreign key (plan_id) references plans(id) on delete set null,
  add constraint agenda_items_element_fk foreign key (plan_element_id) references plan_elements(id) on delete set null,
  add constraint agenda_items_overlap_pair_fk foreign key (overlap_pair_id) references overlap_pairs(id) on delete set null;
`,
  },
];
