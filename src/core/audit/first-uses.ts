import { type CalendarDate, compareCalendarDates } from "../sheet/calendar-date";
import { compareHandoffIds } from "./handoff-id-order";

/** How many of a template version's earliest handoffs are always sampled. */
export const FIRST_USES_SAMPLED = 5;

/** One register row as first-five-uses needs it: the server passes every row of the register. */
export interface TemplateUse {
  id: string;
  templateRef: string;
  created: CalendarDate;
}

/** The template versions a handoff used: "standard-new-client@1+double-check@1" → both parts, trimmed. */
export function templateVersionsOf(templateRef: string): string[] {
  const parts = templateRef
    .split("+")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return [...new Set(parts)];
}

/**
 * Which handoffs are among the first five uses of a template version, across the whole register.
 * Each part of a templateRef is its own version ("custom-high-risk@2" is new even when it rides on
 * "standard-new-client@1"). "First" means earliest created date, ties broken by handoff ID
 * (compareHandoffIds), so row order never matters. Returns id → the versions it is an early use of,
 * joined by ", ".
 */
export function firstFiveUses(all: readonly TemplateUse[]): Map<string, string> {
  const earliestByVersion = new Map<string, TemplateUse[]>();
  for (const use of all) {
    for (const version of templateVersionsOf(use.templateRef)) {
      const earliest = earliestByVersion.get(version);
      if (earliest) keepEarliest(earliest, use);
      else earliestByVersion.set(version, [use]);
    }
  }
  const versionsById = new Map<string, string[]>();
  for (const version of [...earliestByVersion.keys()].sort()) {
    for (const use of earliestByVersion.get(version) as TemplateUse[]) {
      const list = versionsById.get(use.id);
      if (list) {
        if (!list.includes(version)) list.push(version);
      } else versionsById.set(use.id, [version]);
    }
  }
  const result = new Map<string, string>();
  for (const [id, list] of versionsById) result.set(id, list.join(", "));
  return result;
}

function compareUses(a: TemplateUse, b: TemplateUse): number {
  return compareCalendarDates(a.created, b.created) || compareHandoffIds(a.id, b.id);
}

/** Inserts `use` into the sorted list of the earliest FIRST_USES_SAMPLED uses, if it belongs there. */
function keepEarliest(earliest: TemplateUse[], use: TemplateUse): void {
  const last = earliest[earliest.length - 1] as TemplateUse;
  if (earliest.length >= FIRST_USES_SAMPLED && compareUses(use, last) >= 0) return;
  let i = earliest.length;
  while (i > 0 && compareUses(use, earliest[i - 1] as TemplateUse) < 0) i--;
  earliest.splice(i, 0, use);
  if (earliest.length > FIRST_USES_SAMPLED) earliest.pop();
}
