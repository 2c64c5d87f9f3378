// The kinds of checklist item: what each asks for before it counts as done.

export type ItemKind = "task" | "attachment" | "approval" | "acknowledgement" | "review";
export const ITEM_KINDS: readonly ItemKind[] = [
  "task",
  "attachment",
  "approval",
  "acknowledgement",
  "review",
];
