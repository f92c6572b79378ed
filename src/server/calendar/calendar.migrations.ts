import type { Migration } from '../db/migrate.js';

export const calendarMigrations: Migration[] = [
  {
    id: '1010_calendar',
    sql: `
-- Planning and budget milestones per level, as a rule that dates them for any fiscal year
-- (see calendar.dates.ts): start month, due month/day, the fiscal year the due date falls in.
create table calendar_milestones (
  code text primary key,
  track text not null check (track in ('national','local','provincial')),
  seq int not null,
  level_code text not null references plan_levels(code),
  label_th text not null,
  label_en text not null,
  responsible_th text,
  responsible_en text,
  typical_months text[] not null default '{}',
  relative_to_fiscal_year text,
  start_month int not null check (start_month between 1 and 12),
  due_month int not null check (due_month between 1 and 12),
  -- null: the last day of the due month
  due_day int check (due_day between 1 and 31),
  -- the fiscal year the due date falls in, relative to the year being planned (-1 = the year before)
  fy_offset int not null default -1,
  -- 1 = every year; 5 = only in the first fiscal year of each five-year plan period from cycle_anchor
  cycle_years int not null default 1 check (cycle_years >= 1),
  cycle_anchor int,
  -- the milestone that needs this one's output: a warning when this one is due later
  feeds_code text references calendar_milestones(code),
  legal_basis text,
  note text,
  verified boolean not null default false,
  sources text[] not null default '{}'
);
create index calendar_milestones_track_idx on calendar_milestones (track, seq);
`,
  },
];
