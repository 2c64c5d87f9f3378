// Recording a decision: the six cells of the decision block to write, and the gate kept beside it.
import type { DecisionRequest } from "../api/requests";
import type { CellBlock } from "../sheet/cell-block";
import { cellText, literalText } from "../sheet/cell-text";
import { dateToSave } from "../sheet/date-cell";
import type { TabField } from "./tab-locator";

/** The decision block's value cells as the tab locator found them (null when a label is gone). */
export interface DecisionCells {
  readonly decision: TabField | null;
  readonly overrideReason: TabField | null;
  readonly overrideApprovedBy: TabField | null;
  readonly acknowledgedBy: TabField | null;
  readonly acknowledgedOn: TabField | null;
  readonly gateWhenDecided: TabField | null;
}

/** What the tab says now: the decision recorded, the gate kept with it, and the gate's detail line. */
export interface DecisionState {
  readonly recordedDecision: string;
  readonly recordedGate: string;
  readonly gateDetail: string;
}

/**
 * The gate to keep beside the decision: taken when the decision is made or changed, kept as it was when
 * only the acknowledgement or the override's reason is edited later.
 */
export function gateToKeep(state: DecisionState, decision: string): string {
  if (!decision) return "";
  if (state.recordedDecision === decision && state.recordedGate) return state.recordedGate;
  return state.gateDetail;
}

/** The one-column block that records a decision; throws with the fix when the block's six rows were split up. */
export function planDecision(
  request: Omit<DecisionRequest, "handoffId">,
  cells: DecisionCells,
  state: DecisionState,
): CellBlock {
  const order = [
    cells.decision,
    cells.overrideReason,
    cells.overrideApprovedBy,
    cells.acknowledgedBy,
    cells.acknowledgedOn,
    cells.gateWhenDecided,
  ];
  const top = order[0];
  if (!top || order.some((c, i) => !c || c.row !== top.row + i || c.column !== top.column)) {
    throw new Error(
      "The decision block below the checklist was moved or edited: put its six rows back together.",
    );
  }
  return {
    row: top.row,
    column: top.column,
    values: [
      [request.decision],
      [literalText(request.overrideReason)],
      [literalText(request.overrideApprovedBy)],
      [literalText(request.acknowledgedBy)],
      [dateToSave(request.acknowledgedOn, cellText(cells.acknowledgedOn?.value))],
      [literalText(gateToKeep(state, request.decision))],
    ],
  };
}
