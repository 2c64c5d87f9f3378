// When an item is due by default, counted back from the handoff's target kickoff. Until the templates
// give each item its own offset, one rule by the item's place in the handoff: the work itself is due a
// working week before kickoff, the receiving team's acknowledgement two days before, the final
// double-check review the day before. A date already past is due today instead.
import { type CalendarDate, compareCalendarDates } from "../sheet/calendar-date";
import { textKey } from "../sheet/text-key";
import type { ItemKind } from "./item-kinds";
import { DOUBLE_CHECK_SECTION } from "./sections";

/** Days before kickoff: the work, the acknowledgement, the final review. */
export const DEFAULT_DAYS_BEFORE_KICKOFF = { work: 7, acknowledgement: 2, review: 1 } as const;

const DOUBLE_CHECK_KEY = textKey(DOUBLE_CHECK_SECTION);

/** How many days before the target kickoff an item is due by default. */
export function daysBeforeKickoff(item: {
  readonly section: string;
  readonly kind: ItemKind | null;
}): number {
  if (item.kind === "review" || textKey(item.section) === DOUBLE_CHECK_KEY) {
    return DEFAULT_DAYS_BEFORE_KICKOFF.review;
  }
  if (item.kind === "acknowledgement") return DEFAULT_DAYS_BEFORE_KICKOFF.acknowledgement;
  return DEFAULT_DAYS_BEFORE_KICKOFF.work;
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian; H. Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (civil_from_days). */
function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * An item's due date from the kickoff: `days` before it (the template's offset for the item), else the
 * default by kind; today when that day has already passed.
 */
export function defaultDue(
  item: { readonly section: string; readonly kind: ItemKind | null },
  kickoff: CalendarDate,
  today: CalendarDate,
  days: number | null = null,
): CalendarDate {
  const due = addDays(kickoff, -(days ?? daysBeforeKickoff(item)));
  return compareCalendarDates(due, today) < 0 ? today : due;
}
