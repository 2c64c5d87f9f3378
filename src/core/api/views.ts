// The JSON views the server returns to the sidebar: what crosses google.script.run (no Date, no undefined).
import type { Finding } from "../gate/findings";
import type { GateResult } from "../gate/gate";

/** The sidebar's first screen, chosen by the server: the active handoff's walkthrough, or the new-handoff form. */
export type StartView = "walkthrough" | "new";

/** JSON values: what google.script.run can carry (no Date, no undefined, no functions). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type AuditOutcome = {
  sheetName: string;
  quarter: string;
  population: number;
  sampled: number;
  seed: string;
  kept: boolean;
  message: string;
  /** The draw's number for its quarter (0 when an existing tab was kept). */
  draw: number;
  /** Keep: what changed in the register since the kept draw, in plain words ("" when nothing). */
  changes: string;
};

/** What Archive did: the handoffs it archived and what it says about them. */
export type ArchiveOutcome = {
  archived: string[];
  message: string;
};

/** What Restore did: the handoff's rebuilt tab. */
export type RestoreOutcome = {
  handoffId: string;
  sheetName: string;
  message: string;
};

/** A finding as the sidebar receives it, on a checklist column or a decision field. */
export type FindingView = Finding<string | null>;

/** The gate as the sidebar shows it: the core's result with its reasons described in one line. */
export type GateView = Pick<
  GateResult,
  | "verdict"
  | "requiredDone"
  | "requiredTotal"
  | "reviewDone"
  | "reviewTotal"
  | "errors"
  | "warnings"
  | "todos"
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

export type DecisionView = {
  decision: string;
  overrideReason: string;
  overrideApprovedBy: string;
  acknowledgedBy: string;
  acknowledgedOn: string;
  /** What the gate said when the decision was recorded ("" until then). */
  gateWhenDecided: string;
  isOverride: boolean;
  /** Beside the decision: who recorded it and when (from the signed log entry), or how it was reopened. */
  note: string;
  /** Beside the acknowledgement: the signed-in email that recorded it, and when. */
  acknowledgedNote: string;
  /** "Go on 2026-12-01, reopened on 2026-12-03: row 14 changed" while reopened, else "". */
  reopenedNote: string;
  /** Go is recorded but the gate changed after it: confirm Go again or withdraw it. */
  reopened: boolean;
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
  /** Set by New handoff past 80 % of the workbook's cell or tab limit: how many more fit, and how to make room. */
  capacityWarning?: string;
};

/** A checklist row's last change through the add-on, from the handoff log. */
export type ItemChange = { row: number; who: string; when: string; details: string };

/** What the sidebar's History shows: each row's last logged change. */
export type HistoryView = { handoffId: string; changes: ItemChange[] };

export type ScenarioView = { id: string; name: string; when: string; itemCount: number };

/** A newer template version for the shown handoff: what upgrading would do, before it is done. */
export type UpgradeView = {
  /** "Template updated (v2 → v3): 2 items added, 1 reworded, 1 removed". */
  message: string;
  /** Removed items someone worked on (the person chooses: keep them as they are, or mark them N/A). */
  removedWorked: number;
};

export type SidebarState = {
  scenarios: ScenarioView[];
  /** Why the scenarios come from the last valid templates (the sheet has problems), or "". */
  templatesNotice: string;
  /** The shown handoff's upgrade to newer template versions, or null when it is current. */
  upgrade: UpgradeView | null;
  handoff: HandoffView | null;
  activeSheetName: string;
  notice: string | null;
  today: string;
};

/** What a bulk action did: the handoff as it now is, what was done, and each item left as it was, with why. */
export type BulkOutcome = {
  handoff: HandoffView;
  message: string;
  changed: number;
  skipped: { row: number; text: string; reason: string }[];
};
