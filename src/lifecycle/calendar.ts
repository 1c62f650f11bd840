// Calendar days in UTC. Dates in the data are whole days; the injected clock is turned into one
// day so that a test at 2027-05-31T23:00Z and one at 00:00Z see the same phase.

import type { Day } from './lifecycle-data.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** A real calendar day written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dayOf(d) === text;
}

function parts(day: Day): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** `day` plus whole months, clamped to the month's end (Jan 31 + 1 month = Feb 28). */
function addMonths([y, m, d]: [number, number, number], months: number): number {
  const first = Date.UTC(y, m - 1 + months, 1);
  const last = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
  return first + (Math.min(d, last) - 1) * 86_400_000;
}

/** Calendar distance between two days, two largest units: "2 years 6 months", "6 months 3 days". */
export function between(from: Day, to: Day): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const start = parts(a);
  const end = parts(b);
  let months = (end[0] - start[0]) * 12 + (end[1] - start[1]);
  if (end[2] < start[2]) months -= 1;
  const days = Math.round((Date.UTC(end[0], end[1] - 1, end[2]) - addMonths(start, months)) / 86_400_000);
  const years = Math.floor(months / 12);
  months %= 12;
  if (years > 0) return months > 0 ? `${plural(years, 'year')} ${plural(months, 'month')}` : plural(years, 'year');
  if (months > 0) return days > 0 ? `${plural(months, 'month')} ${plural(days, 'day')}` : plural(months, 'month');
  return plural(days, 'day');
}

/** How far off an end day is, seen from today: "6 months 3 days left", "last day", "2 years ago". */
export function timeLeft(today: Day, end: Day): string {
  if (today === end) return 'last day';
  return today < end ? `${between(today, end)} left` : `${between(end, today)} ago`;
}
