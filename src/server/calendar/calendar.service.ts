import type { Db } from '../db/database.js';
import { type Locale, t } from '../i18n/i18n.js';
import { addDays, milestoneDates, occursIn } from './calendar.dates.js';
import { writeCalendar } from '../../shared/ics.js';
import type { CalendarTrack } from './calendar.tables.js';

export interface DatedMilestone {
  code: string;
  track: CalendarTrack;
  seq: number;
  levelCode: string;
  labelTh: string;
  labelEn: string;
  responsibleTh: string | null;
  responsibleEn: string | null;
  typicalMonths: string[];
  startsOn: string;
  dueOn: string;
  feedsCode: string | null;
  legalBasis: string | null;
  verified: boolean;
}

export interface CalendarWarning {
  code: string;
  feedsCode: string;
  dueOn: string;
  feedsDueOn: string;
  message: string;
}

const thaiDate = (iso: string) =>
  new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const englishDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export function createCalendarService(db: Db) {
  async function dated(fy: number, filter: { track?: CalendarTrack; level?: string } = {}): Promise<DatedMilestone[]> {
    let q = db.selectFrom('calendar_milestones').selectAll();
    if (filter.track) q = q.where('track', '=', filter.track);
    if (filter.level) q = q.where('level_code', '=', filter.level);
    const rows = await q.execute();
    return rows
      .map((r) => ({
        r,
        rule: {
          startMonth: r.start_month,
          dueMonth: r.due_month,
          dueDay: r.due_day,
          fyOffset: r.fy_offset,
          cycleYears: r.cycle_years,
          cycleAnchor: r.cycle_anchor,
        },
      }))
      .filter(({ rule }) => occursIn(rule, fy))
      .map(({ r, rule }) => ({
        code: r.code,
        track: r.track,
        seq: r.seq,
        levelCode: r.level_code,
        labelTh: r.label_th,
        labelEn: r.label_en,
        responsibleTh: r.responsible_th,
        responsibleEn: r.responsible_en,
        typicalMonths: r.typical_months,
        ...milestoneDates(rule, fy),
        feedsCode: r.feeds_code,
        legalBasis: r.legal_basis,
        verified: r.verified,
      }))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.track.localeCompare(b.track) || a.seq - b.seq);
  }

  /** A milestone due after the milestone that needs its output. Both must occur in the year. */
  function warnings(milestones: DatedMilestone[], locale: Locale): CalendarWarning[] {
    const byCode = new Map(milestones.map((m) => [m.code, m]));
    const found: CalendarWarning[] = [];
    for (const m of milestones) {
      const needs = m.feedsCode ? byCode.get(m.feedsCode) : undefined;
      if (!needs || m.dueOn <= needs.dueOn) continue;
      const format = locale === 'th' ? thaiDate : englishDate;
      found.push({
        code: m.code,
        feedsCode: needs.code,
        dueOn: m.dueOn,
        feedsDueOn: needs.dueOn,
        message: t(locale, 'calendar.warning', {
          lowerTh: m.labelTh,
          lowerEn: m.labelEn,
          higherTh: needs.labelTh,
          higherEn: needs.labelEn,
          lowerDue: format(m.dueOn),
          higherDue: format(needs.dueOn),
        }),
      });
    }
    return found;
  }

  return {
    async calendar(fy: number, locale: Locale, filter: { track?: CalendarTrack; level?: string } = {}) {
      // warnings look across tracks even when the list is filtered: the needed milestone may be elsewhere
      const all = await dated(fy);
      const shown = filter.track || filter.level ? await dated(fy, filter) : all;
      const shownCodes = new Set(shown.map((m) => m.code));
      return {
        fiscalYear: fy,
        startsOn: `${fy - 544}-10-01`,
        endsOn: `${fy - 543}-09-30`,
        milestones: shown,
        warnings: warnings(all, locale).filter((w) => shownCodes.has(w.code) || shownCodes.has(w.feedsCode)),
      };
    },

    async ics(fy: number, lang: Locale, now = new Date()): Promise<string> {
      const milestones = await dated(fy);
      const events = milestones.map((m) => ({
        uid: `${m.code}-fy${fy}@prasan`,
        start: m.startsOn,
        // all-day events end on the day after the due date (exclusive, RFC 5545)
        end: addDays(m.dueOn, 1),
        summary: lang === 'th' ? m.labelTh : m.labelEn,
        description: [lang === 'th' ? m.responsibleTh : m.responsibleEn, m.legalBasis].filter(Boolean).join('\n') || undefined,
        categories: m.track,
        transparent: true,
      }));
      return writeCalendar({ prodId: '-//Prasan//Planning calendar//EN', name: t(lang, 'calendar.ics_name', { fy }), now, events });
    },
  };
}
