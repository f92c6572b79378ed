/**
 * Dating rule for a milestone in fiscal year `fy` (Buddhist Era; FY 2570 = 1 Oct 2026 – 30 Sep 2027):
 *  - the due date falls in fiscal year `fy + fyOffset`, in `dueMonth`, on `dueDay` (or the month's last day);
 *  - the start date is the 1st of `startMonth`, at its latest occurrence on or before the due month
 *    (so a Sep–Dec window due in December starts in the September before it);
 *  - a milestone with `cycleYears` > 1 happens only in the first fiscal year of each plan period
 *    counted from `cycleAnchor` (e.g. five-year plans 2566–2570, 2571–2575: only for FY 2566, 2571…).
 */
export interface MilestoneRule {
  startMonth: number;
  dueMonth: number;
  dueDay: number | null;
  fyOffset: number;
  cycleYears: number;
  cycleAnchor: number | null;
}

/** Position of a month inside a Thai fiscal year: October 0 … September 11. */
const fiscalIndex = (month: number) => (month + 2) % 12;

/** The Gregorian year in which `month` of fiscal year `fyBe` falls. */
export function gregorianYear(fyBe: number, month: number): number {
  const endYear = fyBe - 543;
  return month >= 10 ? endYear - 1 : endYear;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

export function occursIn(rule: MilestoneRule, fyBe: number): boolean {
  if (rule.cycleYears <= 1 || rule.cycleAnchor === null) return true;
  return (((fyBe - rule.cycleAnchor) % rule.cycleYears) + rule.cycleYears) % rule.cycleYears === 0;
}

export function milestoneDates(rule: MilestoneRule, fyBe: number): { startsOn: string; dueOn: string } {
  const dueFy = fyBe + rule.fyOffset;
  const dueYear = gregorianYear(dueFy, rule.dueMonth);
  const day = Math.min(rule.dueDay ?? 31, lastDay(dueYear, rule.dueMonth));
  const startFy = fiscalIndex(rule.startMonth) <= fiscalIndex(rule.dueMonth) ? dueFy : dueFy - 1;
  const startYear = gregorianYear(startFy, rule.startMonth);
  return { startsOn: isoDate(startYear, rule.startMonth, 1), dueOn: isoDate(dueYear, rule.dueMonth, day) };
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
