// One checklist item row as the rules read it, whatever the table it came from (a tab, a formula's range,
// the sidebar's form).
import type { CalendarDate } from "../sheet/calendar-date";
import type { ItemKind } from "./item-kinds";
import type { Status } from "./statuses";

/** One item row: its cells read, with the text as typed kept beside each reading. */
export interface ChecklistRow {
  /** Index in the values array read, where the header is 0. */
  index: number;
  section: string;
  item: string;
  kind: ItemKind | null;
  required: boolean;
  status: Status | null;
  statusText: string;
  owner: string;
  due: CalendarDate | null | "invalid";
  dueText: string;
  evidence: string;
  approvedBy: string;
  notes: string;
}
