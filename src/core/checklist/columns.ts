// The columns of a handoff's checklist table, in the order the tab builder writes them.

export const CHECKLIST_COLUMNS = [
  "Section",
  "Item",
  "Kind",
  "Required",
  "Status",
  "Owner",
  "Due",
  "Evidence",
  "Approved by",
  "Notes",
] as const;
export type ChecklistColumn = (typeof CHECKLIST_COLUMNS)[number];
