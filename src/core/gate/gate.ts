// The go / not-yet gate: GO only when every required item and the review are done and no row is invalid.

import type { ChecklistRow } from "../checklist/checklist-row";
import { DOUBLE_CHECK_SECTION } from "../checklist/sections";
import { isOpenStatus } from "../checklist/statuses";
import { textKey } from "../sheet/text-key";
import { type Finding, type FindingCode, TODO_CODES, WARNING_CODES } from "./findings";

export type GateVerdict = "GO" | "NOT YET";

/** Why a gate is NOT YET, each counted: open items, an empty table, or the code of an error finding. */
export type GateReason = "required-open" | "review-open" | "no-items" | Exclude<FindingCode, "overdue">;

export interface GateResult {
  verdict: GateVerdict;
  reasons: Partial<Record<GateReason, number>>;
  requiredDone: number;
  requiredTotal: number;
  reviewDone: number;
  reviewTotal: number;
  errors: number;
  warnings: number;
  /** Findings that say what an open item still needs (no owner, no due date yet): not errors. */
  todos: number;
}

/** Reasons in the order the detail line lists them, with their labels for a count. */
const REASON_LABELS: readonly (readonly [GateReason, (n: number) => string])[] = [
  ["no-items", () => "no checklist items"],
  ["required-open", (n) => `${n} required open`],
  ["review-open", (n) => `${n} review open`],
  ["exceptions-need-high-risk", () => "exceptions without custom/high-risk items"],
  ["missing-owner", (n) => `${n} ${n === 1 ? "item" : "items"} without an owner yet`],
  ["multiple-owners", (n) => `${n} shared owner`],
  ["team-owner", (n) => `${n} team as owner`],
  ["missing-due", (n) => `${n} ${n === 1 ? "item" : "items"} without a due date yet`],
  ["bad-due", (n) => `${n} bad due date`],
  ["missing-status", (n) => `${n} missing status`],
  ["bad-status", (n) => `${n} bad status`],
  ["na-needs-reason", (n) => `${n} N/A without reason`],
  ["na-needs-approver", (n) => `${n} N/A without approver`],
  ["needs-evidence", (n) => `${n} missing evidence`],
  ["needs-approver", (n) => `${n} missing approver`],
  ["done-needs-owner", (n) => `${n} done without owner`],
  ["placeholder-evidence", (n) => `${n} placeholder evidence`],
  ["approver-not-one-person", (n) => `${n} approver not one person`],
  ["blocked-needs-reason", (n) => `${n} blocked without reason`],
];

const DOUBLE_CHECK_KEY = textKey(DOUBLE_CHECK_SECTION);

/** A review row: Kind "review", or a row in the double-check section. */
export function isReviewRow(row: ChecklistRow): boolean {
  return row.kind === "review" || textKey(row.section) === DOUBLE_CHECK_KEY;
}

/**
 * The gate of a checklist from its rows and their findings. A required item counts as done when it is
 * Done or N/A and its row has no error (evidence, approver, reason); review rows must be Done.
 */
export function computeGate(rows: ChecklistRow[], findings: Finding[]): GateResult {
  const counts = new Map<GateReason, number>();
  const add = (reason: GateReason) => counts.set(reason, (counts.get(reason) ?? 0) + 1);
  let lastIndex = 0;
  for (const row of rows) if (row.index > lastIndex) lastIndex = row.index;
  const rowHasError = new Uint8Array(lastIndex + 1);
  let warnings = 0;
  let todos = 0;
  for (const f of findings) {
    if (WARNING_CODES.has(f.code)) {
      warnings++;
      continue;
    }
    add(f.code as GateReason);
    if (TODO_CODES.has(f.code)) todos++;
    else if (f.row !== null && f.row < rowHasError.length) rowHasError[f.row] = 1;
  }
  const reviewSections = new Map<string, boolean>();
  let requiredDone = 0;
  let requiredTotal = 0;
  let reviewDone = 0;
  let reviewTotal = 0;
  for (const row of rows) {
    const closed = !isOpenStatus(row.status) && rowHasError[row.index] !== 1;
    let review = row.kind === "review" || reviewSections.get(row.section);
    if (review === undefined) {
      review = isReviewRow(row);
      reviewSections.set(row.section, review);
    }
    if (review) {
      reviewTotal++;
      if (closed && row.status === "Done") reviewDone++;
      else if (row.status !== "Done") add("review-open");
    } else if (row.required) {
      requiredTotal++;
      if (closed) requiredDone++;
      else if (isOpenStatus(row.status)) add("required-open");
    }
  }
  if (rows.length === 0) add("no-items");
  return {
    verdict: counts.size === 0 ? "GO" : "NOT YET",
    reasons: Object.fromEntries(counts) as Partial<Record<GateReason, number>>,
    requiredDone,
    requiredTotal,
    reviewDone,
    reviewTotal,
    errors: findings.length - warnings - todos,
    warnings,
    todos,
  };
}

/** The gate as a cell shows it: "GO" or "NOT YET", with detail the counted reasons on one line. */
export function describeGate(g: GateResult, detail: boolean): string {
  if (!detail || g.verdict === "GO") return g.verdict;
  const parts: string[] = [];
  for (const [reason, label] of REASON_LABELS) {
    const n = g.reasons[reason];
    if (n) parts.push(label(n));
  }
  return parts.length ? `${g.verdict}: ${parts.join(" · ")}` : g.verdict;
}
