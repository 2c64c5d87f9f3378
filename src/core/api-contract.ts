// The sidebar ↔ server contract: request schemas (parsed on the server, checked in the sidebar as the
// person types) and JSON-only response types. src/main.ts must register an endpoint for every key.
import * as z from "zod/mini";
import type { GateResult } from "./gate";
import { dateFromIso } from "./iso-date";
import { ownerProblemMessage } from "./owner-message";
import { SCENARIO_IDS } from "./scenario-ids";
import { parseStatus, STATUSES } from "./statuses";

/** JSON values: what google.script.run can carry (no Date, no undefined, no functions). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

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
  client: required("Enter the client's name."),
  scenarioId: z.enum(SCENARIO_IDS, { error: "Pick one of the five scenarios." }),
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

/** A quarterly audit: quarter ("" = last complete), optional seed and size, and what to do if it exists. */
export const auditRequest = z.object({
  quarter: text(20),
  seed: text(40),
  size: text(6),
  ifExists: z.enum(["keep", "new"], {
    error: "Choose whether to keep the existing sample or draw a new one.",
  }),
});
export type AuditRequest = z.input<typeof auditRequest>;

export type AuditOutcome = {
  sheetName: string;
  quarter: string;
  population: number;
  sampled: number;
  seed: string;
  kept: boolean;
  message: string;
};

/** Which handoff the sidebar shows: the active tab, or a named one. */
export const stateRequest = z.object({ sheetName: z.optional(text(200)) });
export type StateRequest = z.input<typeof stateRequest>;

export type Severity = "error" | "warning";

export type FindingView = {
  column: string | null;
  severity: Severity;
  code: string;
  message: string;
};

/** The gate as the sidebar shows it: the core's result with its reasons described in one line. */
export type GateView = Pick<
  GateResult,
  "verdict" | "requiredDone" | "requiredTotal" | "reviewDone" | "reviewTotal" | "errors" | "warnings"
> & { detail: string };

export type ItemView = {
  row: number;
  section: string;
  text: string;
  kind: string;
  required: boolean;
  status: string;
  owner: string;
  due: string;
  evidence: string;
  approvedBy: string;
  notes: string;
  findings: FindingView[];
};

/** The fields of a checklist row a person edits in the sidebar. */
export type ItemFields = Pick<ItemView, "status" | "owner" | "due" | "evidence" | "approvedBy" | "notes">;

/** The saveItem request for one row: its identity (row and text, to catch moved rows) and its fields. */
export function saveItemRequestFor(
  handoffId: string,
  item: Pick<ItemView, "row" | "text">,
  fields: ItemFields,
): SaveItemRequest {
  return { handoffId, row: item.row, itemText: item.text, ...fields };
}

export type DecisionView = {
  decision: string;
  overrideReason: string;
  overrideApprovedBy: string;
  acknowledgedBy: string;
  acknowledgedOn: string;
  /** What the gate said when the decision was recorded ("" until then). */
  gateWhenDecided: string;
  isOverride: boolean;
  findings: FindingView[];
};

export type HandoffView = {
  id: string;
  sheetName: string;
  client: string;
  scenario: string;
  handoffOwner: string;
  receivingOwner: string;
  targetKickoff: string;
  created: string;
  exceptions: string;
  templateRef: string;
  gate: GateView;
  items: ItemView[];
  decision: DecisionView;
  handoffFindings: FindingView[];
};

export type ScenarioView = { id: string; name: string; when: string; itemCount: number };

export type SidebarState = {
  scenarios: ScenarioView[];
  handoff: HandoffView | null;
  activeSheetName: string;
  notice: string | null;
  today: string;
};

/** Every sidebar endpoint: its request and its JSON response. */
export type SidebarApi = {
  getSidebarState: (request: StateRequest) => SidebarState;
  startHandoff: (request: NewHandoffRequest) => HandoffView;
  saveItem: (request: SaveItemRequest) => HandoffView;
  recordDecision: (request: DecisionRequest) => HandoffView;
  buildAudit: (request: AuditRequest) => AuditOutcome;
};

type AssertJson<T extends Json> = T;
/** Compile-time proof that every response crosses google.script.run as JSON (no Date, no undefined). */
export type ResponsesAreJson = AssertJson<ReturnType<SidebarApi[keyof SidebarApi]>>;

/** The first message of a failed parse, for a form or an error toast. */
export function firstIssue(error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] }): {
  field: string;
  message: string;
} {
  const issue = error.issues[0];
  return { field: issue ? String(issue.path[0] ?? "") : "", message: issue?.message ?? "Check the form." };
}
