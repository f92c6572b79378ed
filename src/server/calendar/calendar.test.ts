import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { milestoneDates } from './calendar.dates.js';
import { escapeText, foldLine } from '../../shared/ics.js';

const ctx = useTestApp();
const get = (url: string, lang = 'en') => ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { 'accept-language': lang } });

/** Undoes RFC 5545 folding and checks the physical lines on the way. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toContain('\n');
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of logical) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { logical, events };
}

describe('dating rule', () => {
  it('dates a Sep–Dec window of FY-1 for FY 2570 in Sep–Dec 2025', () => {
    expect(milestoneDates({ startMonth: 9, dueMonth: 12, dueDay: null, fyOffset: -1, cycleYears: 1, cycleAnchor: null }, 2570)).toEqual({
      startsOn: '2025-09-01',
      dueOn: '2025-12-31',
    });
    expect(milestoneDates({ startMonth: 8, dueMonth: 8, dueDay: 15, fyOffset: -1, cycleYears: 1, cycleAnchor: null }, 2570)).toEqual({
      startsOn: '2026-08-01',
      dueOn: '2026-08-15',
    });
    expect(milestoneDates({ startMonth: 1, dueMonth: 2, dueDay: null, fyOffset: -1, cycleYears: 1, cycleAnchor: null }, 2571)).toEqual({
      startsOn: '2027-01-01',
      dueOn: '2027-02-28',
    });
  });
});

describe('GET /calendar', () => {
  it('returns the 27 seeded milestones dated for the fiscal year (cycle milestones only in plan-period years)', async () => {
    const fy2570 = (await get('/calendar?fy=2570')).json();
    expect(fy2570).toMatchObject({ fiscalYear: 2570, startsOn: '2026-10-01', endsOn: '2027-09-30' });
    expect(fy2570.milestones).toHaveLength(24);
    const byCode = new Map(fy2570.milestones.map((m: { code: string }) => [m.code, m]));
    expect(byCode.get('NB01')).toMatchObject({ startsOn: '2025-09-01', dueOn: '2025-12-31', track: 'national' });
    expect(byCode.get('NB15')).toMatchObject({ dueOn: '2026-10-01' });
    expect(byCode.get('LB04')).toMatchObject({ dueOn: '2026-08-15', levelCode: 'local' });
    expect(byCode.get('LB08')).toMatchObject({ dueOn: '2026-10-31' });
    const fy2571 = (await get('/calendar?fy=2571')).json();
    expect(fy2571.milestones).toHaveLength(27);
    expect((await get('/calendar?fy=2570&track=local')).json().milestones.every((m: { track: string }) => m.track === 'local')).toBe(true);
    expect((await get('/calendar')).statusCode).toBe(400);
    expect((await get('/calendar?fy=2570&extra=1')).statusCode).toBe(400);
  });

  it('warns where the local plan is due after the provincial plan that needs it (FY 2571)', async () => {
    const calendar = (await get('/calendar?fy=2571')).json();
    expect(calendar.warnings).toEqual([expect.objectContaining({ code: 'LB01', feedsCode: 'PV01', dueOn: '2027-05-31', feedsDueOn: '2027-03-31' })]);
    expect(calendar.warnings[0].message).toMatch(/^Prepare the 5-year local development plan .* is due 31 May 2027, after Prepare the 5-year provincial/);
    expect((await get('/calendar?fy=2570')).json().warnings).toEqual([]);
  });

  it('warns on constructed data, in Thai with Buddhist-Era dates', async () => {
    await ctx.db
      .insertInto('calendar_milestones')
      .values([
        {
          code: 'T-HIGH',
          track: 'provincial',
          seq: 90,
          level_code: 'province',
          label_th: 'จังหวัดรวบรวมคำขอ',
          label_en: 'Province compiles requests',
          start_month: 1,
          due_month: 1,
          due_day: 15,
        },
        {
          code: 'T-LOW',
          track: 'local',
          seq: 90,
          level_code: 'local',
          label_th: 'ท้องถิ่นส่งคำขอ',
          label_en: 'Local governments send requests',
          start_month: 1,
          due_month: 2,
          due_day: 10,
          feeds_code: 'T-HIGH',
        },
        {
          code: 'T-OK',
          track: 'local',
          seq: 91,
          level_code: 'local',
          label_th: 'ชุมชนส่งแผน',
          label_en: 'Communities send plans',
          start_month: 1,
          due_month: 1,
          due_day: 5,
          feeds_code: 'T-HIGH',
        },
      ])
      .execute();
    const th = (await get('/calendar?fy=2570', 'th')).json();
    const warning = th.warnings.find((w: { code: string }) => w.code === 'T-LOW');
    expect(warning).toMatchObject({ feedsCode: 'T-HIGH', dueOn: '2026-02-10', feedsDueOn: '2026-01-15' });
    expect(warning.message).toBe('ท้องถิ่นส่งคำขอ มีกำหนด 10 ก.พ. 2569 ซึ่งช้ากว่า จังหวัดรวบรวมคำขอ (15 ม.ค. 2569) ที่ต้องใช้ข้อมูลจากขั้นตอนนี้');
    expect(th.warnings.some((w: { code: string }) => w.code === 'T-OK')).toBe(false);
    await ctx.db.deleteFrom('calendar_milestones').where('code', 'like', 'T-%').execute();
  });
});

describe('GET /calendar.ics', () => {
  it('is a valid iCalendar feed with folded CRLF lines, UIDs and all-day dates, in English', async () => {
    const response = await get('/calendar.ics?fy=2570&lang=en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { logical, events } = parseIcs(response.body);
    expect(logical[0]).toBe('BEGIN:VCALENDAR');
    expect(logical.at(-1)).toBe('END:VCALENDAR');
    expect(logical).toContain('VERSION:2.0');
    expect(events).toHaveLength(24);
    expect(new Set(events.map((e) => e.UID)).size).toBe(24);
    for (const e of events) {
      expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
      expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(e['DTEND;VALUE=DATE'] > e['DTSTART;VALUE=DATE']).toBe(true);
    }
    const nb01 = events.find((e) => e.UID === 'NB01-fy2570@prasan')!;
    expect(nb01['DTSTART;VALUE=DATE']).toBe('20250901');
    expect(nb01['DTEND;VALUE=DATE']).toBe('20260101');
    // commas are escaped; long lines were folded and unfold back to the label
    const nb04 = events.find((e) => e.UID === 'NB04-fy2570@prasan')!;
    expect(nb04.SUMMARY).toBe('Cabinet approves the budget ceiling (framework amount)\\, budget structure and allocation strategy');
  });

  it('uses Thai summaries with lang=th, folding without splitting Thai characters', async () => {
    const { events } = parseIcs((await get('/calendar.ics?fy=2571&lang=th')).body);
    expect(events).toHaveLength(27);
    const lb01 = events.find((e) => e.UID === 'LB01-fy2571@prasan')!;
    expect(lb01.SUMMARY.startsWith('จัดทำแผนพัฒนาท้องถิ่น')).toBe(true);
    expect((await get('/calendar.ics?fy=2571&lang=fr')).statusCode).toBe(400);
  });

  it('escapes and folds text per RFC 5545', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const lines = foldLine(`SUMMARY:${'ก'.repeat(60)}`);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'ก'.repeat(60)}`);
  });
});
