import { type CalendarDate, compareCalendarDates } from "../sheet/calendar-date";

/** A calendar quarter: Q1 = January–March … Q4 = October–December. */
export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

const YEAR_FIRST = /^(\d{4})\s*[-/ ]?\s*q([1-4])$/i;
const QUARTER_FIRST = /^q([1-4])\s*[-/ ]?\s*(\d{4})$/i;

/** Reads a quarter typed by a person: "2026-Q3", "2026 q3", "2026Q3", "Q3 2026", "q3-2026"; null otherwise. */
export function parseQuarter(text: string): Quarter | null {
  const t = text.trim();
  const yearFirst = YEAR_FIRST.exec(t);
  if (yearFirst) return toQuarter(Number(yearFirst[1]), Number(yearFirst[2]));
  const quarterFirst = QUARTER_FIRST.exec(t);
  if (quarterFirst) return toQuarter(Number(quarterFirst[2]), Number(quarterFirst[1]));
  return null;
}

function toQuarter(year: number, q: number): Quarter | null {
  if (year < 1000 || q < 1 || q > 4) return null;
  return { year, q: q as Quarter["q"] };
}

/** The canonical text of a quarter, "2026-Q3": used in the tab name and header. */
export function formatQuarter(q: Quarter): string {
  return `${String(q.year).padStart(4, "0")}-Q${q.q}`;
}

/** The quarter a month falls in. Throws RangeError for a month outside 1–12. */
export function quarterOf(date: { year: number; month: number }): Quarter {
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) {
    throw new RangeError(`Month must be 1–12, got ${date.month}.`);
  }
  if (!Number.isInteger(date.year)) throw new RangeError(`Year must be an integer, got ${date.year}.`);
  return { year: date.year, q: Math.ceil(date.month / 3) as Quarter["q"] };
}

/** The quarter before the given one. */
export function previousQuarter(q: Quarter): Quarter {
  return q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as Quarter["q"] };
}

/** The quarter after the given one. */
export function nextQuarter(q: Quarter): Quarter {
  return q.q === 4 ? { year: q.year + 1, q: 1 } : { year: q.year, q: (q.q + 1) as Quarter["q"] };
}

/** The default audit quarter: the most recent quarter that has fully ended by `today`. */
export function lastCompleteQuarter(today: { year: number; month: number }): Quarter {
  return previousQuarter(quarterOf(today));
}

/** First day of the quarter and first day of the next one (half-open range). */
export function quarterBounds(q: Quarter): { start: CalendarDate; endExclusive: CalendarDate } {
  const next = nextQuarter(q);
  return {
    start: { year: q.year, month: (q.q - 1) * 3 + 1, day: 1 },
    endExclusive: { year: next.year, month: (next.q - 1) * 3 + 1, day: 1 },
  };
}

/** The last day of a quarter (31 March, 30 June, 30 September, 31 December). */
export function lastDayOfQuarter(q: Quarter): CalendarDate {
  return { year: q.year, month: q.q * 3, day: q.q === 2 || q.q === 3 ? 30 : 31 };
}

/** Whether `today` falls before the quarter's end (the quarter is not over, or not begun). */
export function quarterNotOver(q: Quarter, today: CalendarDate): boolean {
  return compareCalendarDates(today, quarterBounds(q).endExclusive) < 0;
}
