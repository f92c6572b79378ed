import type { ColumnType } from 'kysely';

export const CALENDAR_TRACKS = ['national', 'local', 'provincial'] as const;
export type CalendarTrack = (typeof CALENDAR_TRACKS)[number];

export interface CalendarMilestonesTable {
  code: string;
  track: CalendarTrack;
  seq: number;
  level_code: string;
  label_th: string;
  label_en: string;
  responsible_th: string | null;
  responsible_en: string | null;
  typical_months: ColumnType<string[], string[] | undefined, string[]>;
  relative_to_fiscal_year: string | null;
  start_month: number;
  due_month: number;
  due_day: number | null;
  fy_offset: ColumnType<number, number | undefined, number>;
  cycle_years: ColumnType<number, number | undefined, number>;
  cycle_anchor: number | null;
  feeds_code: string | null;
  legal_basis: string | null;
  note: string | null;
  verified: ColumnType<boolean, boolean | undefined, boolean>;
  sources: ColumnType<string[], string[] | undefined, string[]>;
}

export interface CalendarTables {
  calendar_milestones: CalendarMilestonesTable;
}
