import type { CalendarDate } from "./calendar-date";
import { isInQuarter, type Quarter } from "./quarter";

/** The handoffs whose handoff date falls in the quarter (start inclusive, next quarter's start exclusive). */
export function populationInQuarter<T extends { handoffDate: CalendarDate }>(
  handoffs: readonly T[],
  q: Quarter,
): T[] {
  return handoffs.filter((h) => isInQuarter(h.handoffDate, q));
}
