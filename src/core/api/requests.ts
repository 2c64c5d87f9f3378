// The sidebar's requests: zod schemas parsed on the server and checked in the sidebar as the person types.
import * as z from "zod/mini";
import { parseStatus } from "../checklist/status-reader";
import { STATUSES } from "../checklist/statuses";
import { ownerProblemMessage } from "../gate/findings";
import { dateFromIso } from "../sheet/date-cell";
import { hasVisibleText } from "../tab/tab-name";

const text = (max = 5000) =>
  z.string().check(z.trim(), z.maxLength(max, `Keep this under ${max} characters.`));
const required = (message: string, max = 200) =>
  z.string().check(z.trim(), z.minLength(1, message), z.maxLength(max, `Keep this under ${max} characters.`));
/** One person in a form field; an empty field gets one message (its own), never the checklist's. */
const person = (field: string) =>
  z.string().check(
    z.trim(),
    z.maxLength(200, "Keep this under 200 characters."),
    z.refine((v) => ownerProblemMessage(v, field) === null, {
      error: (issue) => ownerProblemMessage(String(issue.input), field) ?? `Enter the ${field}: one person.`,
    }),
  );
const isoDate = (message: string) =>
  z.string().check(
    z.trim(),
    z.refine((v) => v === "" || dateFromIso(v) !== null, message),
  );

/** A new handoff, from the sidebar form or the menu. */
export const newHandoffRequest = z.object({
  client: required("Enter the client's name.").check(
    // An empty name already has its own message; only a non-empty one can be all invisible.
    z.refine(
      (v) => v === "" || hasVisibleText(v),
      "Enter the client's name with letters or digits: this one has only spaces or invisible characters.",
    ),
  ),
  // Which scenarios exist is the templates sheet's to say: the server checks the id against it.
  scenarioId: required("Pick a scenario."),
  handoffOwner: person("handoff owner"),
  receivingOwner: person("receiving owner"),
  targetKickoff: isoDate("Enter the target kickoff as a date, e.g. 2026-12-01."),
  hasExceptions: z.boolean(),
  exceptions: text(1000),
  /** The person confirmed a target kickoff before today (the form asks; absent = not confirmed). */
  confirmPastKickoff: z.optional(z.boolean({ error: "Confirm the past kickoff date with yes or no." })),
});
export type NewHandoffRequest = z.input<typeof newHandoffRequest>;

/** A target kickoff before `today` (both ISO) that the request has not confirmed asks for confirmation. */
export function pastKickoffProblem(
  request: { targetKickoff: string; confirmPastKickoff?: boolean | undefined },
  today: string,
): string | null {
  const kickoff = request.targetKickoff.trim();
  if (request.confirmPastKickoff === true || !dateFromIso(kickoff) || kickoff >= today) return null;
  return `Target kickoff ${kickoff} is already past (today is ${today}): confirm it is right, or pick a later date.`;
}

/** The rule across two fields of the form: ticking "has exceptions" asks for them to be described. */
export function exceptionsProblem(request: { hasExceptions: boolean; exceptions: string }): string | null {
  return request.hasExceptions && !request.exceptions.trim()
    ? "Describe the exceptions (custom pricing, nonstandard SLA, …) or untick “has exceptions”."
    : null;
}

/** One checklist row as the sidebar saves it. Due is an ISO date or "". */
export const saveItemRequest = z.object({
  handoffId: required("The handoff ID is missing: refresh the sidebar."),
  row: z.int().check(z.positive("The row is missing: refresh the sidebar.")),
  itemText: text(),
  status: z
    .string()
    .check(z.refine((v) => parseStatus(v) !== null, `Pick a status: ${STATUSES.join(", ")}.`)),
  owner: text(200),
  due: isoDate("Enter the due date as a date, e.g. 2026-12-01."),
  evidence: text(),
  approvedBy: text(200),
  notes: text(),
});
export type SaveItemRequest = z.input<typeof saveItemRequest>;

/** The fields of a checklist row a person edits in the sidebar. */
export type ItemFields = Omit<SaveItemRequest, "handoffId" | "row" | "itemText">;

/** The decision block: Go / Not yet, override, receiving-team acknowledgement. */
export const decisionRequest = z.object({
  handoffId: required("The handoff ID is missing: refresh the sidebar."),
  decision: z.enum(["", "Go", "Not yet"], { error: "Pick Go or Not yet." }),
  overrideReason: text(1000),
  overrideApprovedBy: text(200),
  acknowledgedBy: text(200),
  acknowledgedOn: isoDate("Enter the acknowledgement date as a date, e.g. 2026-12-01."),
});
export type DecisionRequest = z.input<typeof decisionRequest>;

/** A quarterly audit: quarter ("" = last complete), optional seed and size, what to do if it exists, and the confirmation a quarter not over needs. */
export const auditRequest = z.object({
  quarter: text(20),
  seed: text(40),
  size: text(6),
  ifExists: z.enum(["keep", "new"], {
    error: "Choose whether to keep the existing sample or draw a new one.",
  }),
  confirmOpenQuarter: z.optional(
    z.boolean({ error: "Confirm drawing a quarter that is not over yet with yes or no." }),
  ),
});
export type AuditRequest = z.input<typeof auditRequest>;
/** Whose history the sidebar asks for. */
export const historyRequest = z.object({
  handoffId: required("The handoff ID is missing: refresh the sidebar."),
});
export type HistoryRequest = z.input<typeof historyRequest>;

/** Which handoff the sidebar shows: the active tab, or a named one. */
export const stateRequest = z.object({ sheetName: z.optional(text(200)) });
export type StateRequest = z.input<typeof stateRequest>;

/** The saveItem request for one row: its identity (row and text, to catch moved rows) and its fields. */
export function saveItemRequestFor(
  handoffId: string,
  item: { readonly row: number; readonly text: string },
  fields: ItemFields,
): SaveItemRequest {
  return { handoffId, row: item.row, itemText: item.text, ...fields };
}

/** One owner and one due date for the items of a section ("" = the whole checklist) that have none. */
export const assignRequest = z.object({
  handoffId: required("The handoff ID is missing: refresh the sidebar."),
  section: text(200),
  owner: z.string().check(
    z.trim(),
    z.maxLength(200, "Owner: keep this under 200 characters."),
    z.refine((v) => v === "" || ownerProblemMessage(v, "owner") === null, {
      error: (issue) => ownerProblemMessage(String(issue.input), "owner") ?? "Owner: enter one person.",
    }),
  ),
  due: isoDate("Due: enter the due date as a date, e.g. 2026-12-01."),
});
export type AssignRequest = z.input<typeof assignRequest>;

/** Several items to mark Done, each by its sheet row and text (to catch moved rows). */
export const markDoneRequest = z.object({
  handoffId: required("The handoff ID is missing: refresh the sidebar."),
  items: z
    .array(
      z.object(
        {
          row: z
            .int({ error: "Items: each item needs its row number: refresh the sidebar." })
            .check(z.positive("Items: a row is missing: refresh the sidebar.")),
          itemText: z.string({ error: "Items: each item needs its text: refresh the sidebar." }),
        },
        { error: "Items: each item needs its row and text: refresh the sidebar." },
      ),
      { error: "Items: send the items to mark Done as a list: refresh the sidebar." },
    )
    .check(
      z.minLength(1, "Items: tick at least one item to mark Done."),
      z.maxLength(1000, "Items: mark at most 1,000 items at once."),
    ),
});
export type MarkDoneRequest = z.input<typeof markDoneRequest>;

/** Fill empty due dates of a handoff's open items from its target kickoff. */
export const dueFromKickoffRequest = z.object({
  handoffId: required("The handoff ID is missing: refresh the sidebar."),
});
export type DueFromKickoffRequest = z.input<typeof dueFromKickoffRequest>;

/** Archive: the handoffs the person named (none: every finished one), and whether unfinished ones are confirmed. */
export const archiveRequest = z.object({
  handoffIds: z.array(text(20), { error: "List the handoff IDs to archive, e.g. HO-0007, or none." }),
  confirmUnfinished: z.optional(
    z.boolean({ error: "Confirm archiving handoffs that are not finished with yes or no." }),
  ),
});
export type ArchiveRequest = z.input<typeof archiveRequest>;

/** Restore: the archived handoff to bring back as a tab. */
export const restoreRequest = z.object({
  handoffId: required("Enter the ID of the archived handoff to restore, e.g. HO-0007.", 20),
});
export type RestoreRequest = z.input<typeof restoreRequest>;
/** Upgrade a handoff to the templates' newer versions; what becomes of removed items someone worked on. */
export const upgradeRequest = z.object({
  handoffId: required("The handoff ID is missing: refresh the sidebar."),
  removed: z.enum(["mark-na", "keep-worked"], {
    error: "Choose whether removed items someone worked on are kept or marked N/A.",
  }),
});
export type UpgradeRequest = z.input<typeof upgradeRequest>;
