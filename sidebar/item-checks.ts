// Live checks of one checklist step as typed: the server's zod schema and the shared row rules, run on
// the form's values before any server call, each message placed on the field it is about.

import { issueFindings } from "../src/core/api/issue-findings";
import { type ItemFields, saveItemRequest, saveItemRequestFor } from "../src/core/api/requests";
import type { ItemView } from "../src/core/api/views";
import type { ChecklistRow } from "../src/core/checklist/checklist-row";
import type { ChecklistColumn } from "../src/core/checklist/columns";
import { ITEM_KINDS, type ItemKind } from "../src/core/checklist/item-kinds";
import { parseStatus } from "../src/core/checklist/status-reader";
import { type Finding, fieldFinding } from "../src/core/gate/findings";
import { validateRow } from "../src/core/gate/row-rules";
import { dateFromIso, parseDateCell } from "../src/core/sheet/date-cell";

/** What the person typed for one step. */
export type ItemDraft = ItemFields;

export type ItemField = keyof ItemDraft;
export const ITEM_FIELDS: readonly ItemField[] = [
  "status",
  "owner",
  "due",
  "evidence",
  "approvedBy",
  "notes",
];

/** One message for one field of the step. */
export type FieldMessage = Finding<ItemField>;

const FIELD_OF_COLUMN: Partial<Record<ChecklistColumn, ItemField>> = {
  Status: "status",
  Owner: "owner",
  Due: "due",
  Evidence: "evidence",
  "Approved by": "approvedBy",
  Notes: "notes",
};

/**
 * The draft as the server holds it now (the starting values of the form). A status or due the rules
 * cannot read stays as typed, so the step shows it (in its one message) instead of an empty field.
 */
export function draftOf(item: ItemView): ItemDraft {
  return {
    status: parseStatus(item.status) ?? item.status,
    owner: item.owner,
    due: item.due,
    evidence: item.evidence,
    approvedBy: item.approvedBy,
    notes: item.notes,
  };
}

function kindOf(kind: string): ItemKind | null {
  return ITEM_KINDS.find((k) => k === kind) ?? null;
}

/** The row the shared rules read, built from the item and the draft. */
export function rowOf(item: ItemView, draft: ItemDraft): ChecklistRow {
  return {
    index: item.row,
    section: item.section,
    item: item.text,
    kind: kindOf(item.kind),
    required: item.required,
    status: parseStatus(draft.status),
    statusText: draft.status.trim(),
    owner: draft.owner.trim(),
    // As the server stores it: an ISO date becomes a Date (any year), other text is read like a typed cell.
    due: dateFromIso(draft.due) ?? parseDateCell(draft.due),
    dueText: draft.due.trim(),
    evidence: draft.evidence.trim(),
    approvedBy: draft.approvedBy.trim(),
    notes: draft.notes.trim(),
  };
}

/**
 * Every message for the draft: an unfinished date in the date picker, the request schema, then the row
 * rules (validateRow) with `todayIso` as today. Errors block Save; warnings (overdue) do not.
 */
export function checkItemDraft(
  handoffId: string,
  item: ItemView,
  draft: ItemDraft,
  todayIso: string,
  dueIncomplete = false,
): FieldMessage[] {
  const out: FieldMessage[] = [];
  if (dueIncomplete) out.push(fieldFinding("due", "incomplete-date", "Due"));
  const parsed = saveItemRequest.safeParse(saveItemRequestFor(handoffId, item, draft));
  const schemaFindings = parsed.success ? [] : issueFindings(parsed.error, ITEM_FIELDS);
  const now = new Date();
  // The server's today; the browser's own calendar day only if the server sent none.
  const today = dateFromIso(todayIso) ?? {
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
  };
  const ruleFindings: FieldMessage[] = [];
  for (const finding of validateRow(rowOf(item, draft), today)) {
    const field = finding.field ? FIELD_OF_COLUMN[finding.field] : undefined;
    if (dueIncomplete && field === "due") continue;
    ruleFindings.push({ ...finding, field: field ?? "status" });
  }
  // A value the rules cannot read gets one message: the rule's, which quotes what was typed.
  const ruled = new Set(ruleFindings.filter((f) => f.severity === "error").map((f) => f.field));
  out.push(...schemaFindings.filter((f) => !ruled.has(f.field)), ...ruleFindings);
  return out;
}

/** Whether any message blocks saving. */
export function hasErrors(messages: readonly FieldMessage[]): boolean {
  return messages.some((m) => m.severity === "error");
}
