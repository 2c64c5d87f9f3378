// The kinds of checklist item: what each asks for before it counts as done.

export type ItemKind = "task" | "attachment" | "approval" | "acknowledgement" | "review";
export const ITEM_KINDS: readonly ItemKind[] = [
  "task",
  "attachment",
  "approval",
  "acknowledgement",
  "review",
];

/** Each kind in plain words, as the tab shows it (the reader accepts these and the codes alike). */
export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  task: "Task",
  attachment: "Attachment",
  approval: "Approval",
  acknowledgement: "Acknowledgement",
  review: "Review",
};
