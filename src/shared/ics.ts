/**
 * A small iCalendar (RFC 5545) writer: text escaping, UTC date-times, and line folding at 75
 * octets without splitting a multi-byte UTF-8 character (Thai letters are three octets each).
 * Lines end in CRLF as the RFC requires. Reusable by any area that publishes a calendar.
 */

export interface IcsEvent {
  /** globally unique and stable across feeds, so calendar clients update instead of duplicating */
  uid: string;
  /** a moment (written in UTC), or a 'YYYY-MM-DD' day for an all-day event */
  start: Date | string;
  /** exclusive: for an all-day event, the day after the last day */
  end: Date | string;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** bumps when the event changes, so clients replace their copy */
  sequence?: number;
  lastModified?: Date;
  categories?: string;
  /** shows as free time (deadlines, not meetings) */
  transparent?: boolean;
}

export interface IcsCalendar {
  prodId: string;
  name?: string;
  events: IcsEvent[];
  /** DTSTAMP of every event: when the feed was generated */
  now: Date;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT value escaping: backslash, semicolon, comma, and newlines as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** 20260115T023000Z */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Splits a content line into physical lines of at most 75 octets; continuations start with a space. */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out;
}

/** DTSTART/DTEND: a UTC date-time, or VALUE=DATE for an all-day day. */
function moment(name: string, value: Date | string): string {
  return typeof value === 'string' ? `${name};VALUE=DATE:${value.replace(/-/g, '')}` : `${name}:${formatUtc(value)}`;
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`).join(CRLF);
}

export function writeCalendar(calendar: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', property('PRODID', calendar.prodId), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendar.name) lines.push(property('X-WR-CALNAME', escapeText(calendar.name)));
  const stamp = formatUtc(calendar.now);
  for (const event of calendar.events) {
    lines.push('BEGIN:VEVENT');
    lines.push(property('UID', event.uid));
    lines.push(`DTSTAMP:${stamp}`);
    lines.push(moment('DTSTART', event.start));
    lines.push(moment('DTEND', event.end));
    lines.push(property('SUMMARY', escapeText(event.summary)));
    if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
    if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
    if (event.url) lines.push(property('URL', event.url));
    if (event.status) lines.push(`STATUS:${event.status}`);
    if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
    if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
    if (event.categories) lines.push(property('CATEGORIES', escapeText(event.categories)));
    if (event.transparent) lines.push('TRANSP:TRANSPARENT');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}

/** Reads a calendar back into content lines (unfolded). For tests and for importing feeds. */
export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line.length > 0);
}

/** Undoes `escapeText`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
