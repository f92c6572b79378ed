import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import type { Db } from '../db/database.js';
import type { MilestoneRule } from './calendar.dates.js';
import type { CalendarTrack } from './calendar.tables.js';

interface SourceMilestone {
  track: CalendarTrack;
  code: string;
  seq: number;
  typical_months: string[];
  relative_to_fiscal_year: string;
  responsible_th?: string;
  responsible_en?: string;
  label_th: string;
  label_en: string;
  legal_basis?: string;
  note?: string;
  verified: boolean;
  sources: string[];
}

type Rule = Partial<MilestoneRule> & Pick<MilestoneRule, 'startMonth' | 'dueMonth'> & { level?: string; feeds?: string };

/**
 * How each milestone of budget-calendar.json is dated (the file gives typical months in words).
 * Defaults: the due date is the last day of the last typical month in the year before the fiscal
 * year (FY-1). Exact days come from the source where it names one (15 Aug, 15 Sep, 1 Oct, 30 days).
 * Our own choices, not sourced: LB01 due 31 May (before LB03 drafting in June); PV01 due 31 Mar
 * FY-1 (the 2566–2570 plans went to Cabinet in early April 2565); PV02 due 31 Dec FY-1 (before
 * agencies' budget requests, NB05); PV03 during FY-2; LB02 spans the fiscal year itself.
 * `feeds`: the milestone that needs this one's output (calendar alignment warnings).
 */
const RULES: Record<string, Rule> = {
  NB01: { startMonth: 9, dueMonth: 12 },
  NB02: { startMonth: 9, dueMonth: 12 },
  NB03: { startMonth: 12, dueMonth: 1 },
  NB04: { startMonth: 12, dueMonth: 1 },
  NB05: { startMonth: 1, dueMonth: 2, level: 'ministry' },
  NB06: { startMonth: 2, dueMonth: 3 },
  NB07: { startMonth: 3, dueMonth: 3 },
  NB08: { startMonth: 4, dueMonth: 4, level: 'ministry' },
  NB09: { startMonth: 5, dueMonth: 5 },
  NB10: { startMonth: 5, dueMonth: 6 },
  NB11: { startMonth: 6, dueMonth: 8 },
  NB12: { startMonth: 8, dueMonth: 8 },
  NB13: { startMonth: 8, dueMonth: 9 },
  NB14: { startMonth: 9, dueMonth: 9 },
  NB15: { startMonth: 10, dueMonth: 10, dueDay: 1, fyOffset: 0 },
  LB01: { startMonth: 10, dueMonth: 5, cycleYears: 5, cycleAnchor: 2566, feeds: 'PV01' },
  LB02: { startMonth: 10, dueMonth: 9, fyOffset: 0 },
  LB03: { startMonth: 6, dueMonth: 7, feeds: 'LB04' },
  LB04: { startMonth: 8, dueMonth: 8, dueDay: 15, feeds: 'LB05' },
  LB05: { startMonth: 8, dueMonth: 9, dueDay: 15, feeds: 'LB06' },
  LB06: { startMonth: 9, dueMonth: 9, feeds: 'LB07' },
  LB07: { startMonth: 9, dueMonth: 10, dueDay: 1, fyOffset: 0, feeds: 'LB08' },
  LB08: { startMonth: 10, dueMonth: 10, fyOffset: 0 },
  LB09: { startMonth: 12, dueMonth: 12, fyOffset: 0 },
  PV01: { startMonth: 10, dueMonth: 3, cycleYears: 5, cycleAnchor: 2566 },
  PV02: { startMonth: 10, dueMonth: 12, feeds: 'NB05' },
  PV03: { startMonth: 10, dueMonth: 9, fyOffset: -2, cycleYears: 5, cycleAnchor: 2566, level: 'nesdp', feeds: 'PV01' },
};

const TRACK_LEVEL: Record<CalendarTrack, string> = { national: 'government_plan', local: 'local', provincial: 'province' };

export async function loadBudgetCalendar(): Promise<SourceMilestone[]> {
  return JSON.parse(await readFile(path.join(ROOT_DIR, 'reference/thailand-plans/budget-calendar.json'), 'utf8')) as SourceMilestone[];
}

/** Idempotent: (re)writes the 27 milestones of the reference budget calendar. Needs plan levels. */
export async function seedCalendar(db: Db): Promise<void> {
  const source = await loadBudgetCalendar();
  const rows = source.map((m) => {
    const rule = RULES[m.code];
    if (!rule) throw new Error(`No dating rule for calendar milestone ${m.code}`);
    return {
      code: m.code,
      track: m.track,
      seq: m.seq,
      level_code: rule.level ?? TRACK_LEVEL[m.track],
      label_th: m.label_th,
      label_en: m.label_en,
      responsible_th: m.responsible_th ?? null,
      responsible_en: m.responsible_en ?? null,
      typical_months: m.typical_months,
      relative_to_fiscal_year: m.relative_to_fiscal_year,
      start_month: rule.startMonth,
      due_month: rule.dueMonth,
      due_day: rule.dueDay ?? null,
      fy_offset: rule.fyOffset ?? -1,
      cycle_years: rule.cycleYears ?? 1,
      cycle_anchor: rule.cycleAnchor ?? null,
      feeds_code: null as string | null,
      legal_basis: m.legal_basis ?? null,
      note: m.note ?? null,
      verified: m.verified,
      sources: m.sources,
    };
  });
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const { code, ...rest } = row;
      await trx
        .insertInto('calendar_milestones')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(rest))
        .execute();
    }
    // feeds refer to other milestones: set once all exist
    for (const [code, rule] of Object.entries(RULES)) {
      await trx
        .updateTable('calendar_milestones')
        .set({ feeds_code: rule.feeds ?? null })
        .where('code', '=', code)
        .execute();
    }
  });
}
