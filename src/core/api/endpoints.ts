// Every sidebar endpoint with its request and JSON response; src/main.ts must register one per key.
import type {
  ArchiveRequest,
  AssignRequest,
  AuditRequest,
  DecisionRequest,
  DueFromKickoffRequest,
  HistoryRequest,
  MarkDoneRequest,
  NewHandoffRequest,
  RestoreRequest,
  SaveItemRequest,
  StateRequest,
  UpgradeRequest,
} from "./requests";
import type {
  ArchiveOutcome,
  AuditOutcome,
  BulkOutcome,
  HandoffView,
  HistoryView,
  Json,
  RestoreOutcome,
  SidebarState,
} from "./views";

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
  archiveHandoffs: (request: ArchiveRequest) => ArchiveOutcome;
  restoreHandoff: (request: RestoreRequest) => RestoreOutcome;
  upgradeHandoff: (request: UpgradeRequest) => HandoffView;
};

type AssertJson<T extends Json> = T;
/** Compile-time proof that every response crosses google.script.run as JSON (no Date, no undefined). */
export type ResponsesAreJson = AssertJson<ReturnType<SidebarApi[keyof SidebarApi]>>;
