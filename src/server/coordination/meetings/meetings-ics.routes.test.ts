import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';
import { committeeIdByName, DEMO_COMMITTEE_EN, demoSessions } from '../coordination.test-support.js';
import { unescapeText, unfoldLines } from '../../../shared/ics.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
let committeeId: string;

beforeAll(async () => {
  s = await demoSessions(ctx);
  committeeId = await committeeIdByName(ctx.db, DEMO_COMMITTEE_EN);
});

/** VEVENTs of a feed as property maps (name without parameters → raw value). */
function events(text: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfoldLines(text)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return out;
}

describe('GET /committees/:id/meetings.ics', () => {
  it('walks 401 → 400 → 403 → 200', async () => {
    const url = `/api/v1/committees/${committeeId}/meetings.ics`;
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: `${url}?lang=fr`, headers: s.reporter.headers })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: `${url}?lang=en&from=2026`, headers: s.reporter.headers })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/committees/x/meetings.ics', headers: s.reporter.headers })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url, headers: s.viewer.headers })).statusCode).toBe(403);
    const ok = await ctx.app.inject({ method: 'GET', url, headers: s.reporter.headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('text/calendar; charset=utf-8');
  });

  it('parses back: CRLF, folded lines, stable UIDs, UTC times, escaped text, titles in the asked language', async () => {
    const place = 'ห้องประชุม 1, ชั้น 2; ศาลากลาง\nอาคารใหม่';
    const meeting = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/committees/${committeeId}/meetings`,
      headers: s.secretary.headers,
      payload: {
        titleTh: 'ประชุมวาระพิเศษเรื่องการบูรณาการแผนพัฒนาจังหวัดกับแผนพัฒนาท้องถิ่นทุกระดับ',
        titleEn: 'Special session; plans, budgets',
        startsAt: '2099-03-01T02:30:00.000Z',
        place,
      },
    });
    const id = meeting.json().id;
    const url = `/api/v1/committees/${committeeId}/meetings.ics`;
    const th = (await ctx.app.inject({ method: 'GET', url: `${url}?lang=th`, headers: s.reporter.headers })).body;
    expect(th.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(th.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of th.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(th.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    const thEvents = events(th);
    expect(thEvents).toHaveLength(3);
    const mine = thEvents.find((e) => e.UID === `meeting-${id}@prasan`)!;
    expect(mine.DTSTART).toBe('20990301T023000Z');
    expect(mine.DTEND).toBe('20990301T043000Z');
    expect(mine.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(unescapeText(mine.SUMMARY)).toBe('ประชุมวาระพิเศษเรื่องการบูรณาการแผนพัฒนาจังหวัดกับแผนพัฒนาท้องถิ่นทุกระดับ');
    expect(mine.LOCATION).toBe('ห้องประชุม 1\\, ชั้น 2\\; ศาลากลาง\\nอาคารใหม่');
    expect(unescapeText(mine.LOCATION)).toBe(place);

    const en = events((await ctx.app.inject({ method: 'GET', url: `${url}?lang=en`, headers: s.reporter.headers })).body);
    const again = en.find((e) => e.UID === `meeting-${id}@prasan`)!;
    expect(again.SUMMARY).toBe('Special session\\; plans\\, budgets');
    // the same meeting keeps its UID across feeds and languages
    expect(en.map((e) => e.UID).sort()).toEqual(thEvents.map((e) => e.UID).sort());
  });
});
