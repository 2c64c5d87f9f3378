// Public API of the offline Apps Script emulation (README "Emulation").

export { type CallCounts, formatCalls } from "./call-counter";
export { clientRunnerSource, handleClientCall } from "./client-runner";
export {
  customFunctionNames,
  DEFAULT_SPREADSHEET_TIME_ZONE,
  Emulator,
  type ExecutionRecord,
  type ExecutionResult,
  type LoadOptions,
  type RunOptions,
} from "./emulator";
export type { ErrorLanguage } from "./error-language";
export type { AuthMode, Dialog, Menu, MenuEntry, PromptAnswer, Toast, UiState } from "./execution";
export type { ClientCallResult } from "./script-run";
export type { SheetSnapshot, SnapshotCell, SnapshotValue, WorkbookSnapshot } from "./snapshot";
export { formatJavaDate } from "./utilities";
export type { CellData, CellValue, SheetData, SizeLimits, WorkbookModel } from "./workbook-model";
