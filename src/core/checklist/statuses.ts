// The five statuses a checklist item can have, and which of them leave it open.

export const STATUSES = ["Not started", "In progress", "Blocked", "Done", "N/A"] as const;
export type Status = (typeof STATUSES)[number];

/** Whether an item with this status (null = unreadable) is still open. */
export function isOpenStatus(status: Status | null): boolean {
  return status !== "Done" && status !== "N/A";
}
