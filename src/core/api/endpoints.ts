// Every sidebar endpoint with its request and JSON response; src/main.ts must register one per key.
import type {
  AssignRequest,
  AuditRequest,
  DecisionRequest,
  DueFromKickoffRequest,
  HistoryRequest,
  MarkDoneRequest,
  NewHandoffRequest,
  SaveItemRequest,
  StateRequest,
  UpgradeRequest,
} from "./requests";
import type { AuditOutcome, BulkOutcome, HandoffView, HistoryView, Json, SidebarState } from "./views";

/** Every sidebar endpoint: its request and its JSON response. */
export type SidebarApi = {
  getSidebarState: (request: StateRequest) => SidebarState;
  startHandoff: (request: NewHandoffRequest) => HandoffView;
  saveItem: (request: SaveItemRequest) => HandoffView;
  recordDecision: (request: DecisionRequest) => HandoffView;
  buildAudit: (request: AuditRequest) => AuditOutcome;
  assignItems: (request: AssignRequest) => BulkOutcome;
  markItemsDone: (request: MarkDoneRequest) => BulkOutcome;
  dueDatesFromKickoff: (request: DueFromKickoffRequest) => BulkOutcome;
  getHistory: (request: HistoryRequest) => HistoryView;
  upgradeHandoff: (request: UpgradeRequest) => HandoffView;
};

type AssertJson<T extends Json> = T;
/** Compile-time proof that every response crosses google.script.run as JSON (no Date, no undefined). */
export type ResponsesAreJson = AssertJson<ReturnType<SidebarApi[keyof SidebarApi]>>;
