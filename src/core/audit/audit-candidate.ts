// The shape of a population member the audit sampler draws from.
import type { CalendarDate } from "../sheet/calendar-date";

/** One handoff of the quarter's population, as the sampler sees it. */
export interface AuditCandidate {
  id: string;
  scenarioId: string;
  isHighRisk: boolean;
  isOwnerTransfer: boolean;
  /** e.g. "standard-new-client@1+double-check@1" */
  templateRef: string;
  handoffDate: CalendarDate;
  /** The scenario's name on the checklist templates, when they name it (strata read as people do). */
  scenarioName?: string;
}
