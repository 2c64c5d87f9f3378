// Capacity: how full the workbook is against Google Sheets' limits, how many more handoffs fit, and
// the words New handoff says past 80 % of a limit and at the limit (one place for that text).
import { ADDON_NAME } from "../product";
import { gridCells, NEW_SHEET_GRID } from "../sheet/sheet-size";

/** Sheets' limits: 10,000,000 cells in a workbook, and 200 tabs as third parties report (PLATFORM "Grid size"). */
export const WORKBOOK_LIMITS = { cells: 10_000_000, tabs: 200 } as const;

/** Past this share of either limit New handoff warns. */
export const WARN_SHARE = 0.8;

/** The menu item that makes room (the archive command). */
export const ARCHIVE_MENU_ITEM = "Archive finished handoffs…";

/** What the workbook holds: cells in all its sheets' grids (empty ones included) and its tabs. */
export interface WorkbookUse {
  readonly cells: number;
  readonly tabs: number;
}

/** How full the workbook is for one more handoff costing `handoffCells`, and what to tell the person. */
export interface CapacityVerdict {
  /** "ok" below 80 % of both limits, "warn" past 80 % of either, "full" when no handoff fits. */
  readonly level: "ok" | "warn" | "full";
  /** How many more handoffs fit, this one included. */
  readonly fit: number;
  /** What New handoff says (null when "ok"). */
  readonly message: string | null;
}

/**
 * How many handoffs fit: each adds one tab, and its insert first takes a default 1000 × 26 grid
 * (26,000 cells) before the add-on trims it, so that much room must be left at the moment of insert.
 */
export function handoffsThatFit(
  use: WorkbookUse,
  handoffCells: number,
  limits: { cells: number; tabs: number } = WORKBOOK_LIMITS,
): number {
  const byTabs = Math.max(0, limits.tabs - use.tabs);
  const room = limits.cells - use.cells - gridCells(NEW_SHEET_GRID);
  const byCells = room < 0 ? 0 : Math.floor(room / Math.max(1, handoffCells)) + 1;
  return Math.min(byTabs, byCells);
}

const percent = (part: number, whole: number): number => Math.floor((part / whole) * 100);
const number = (n: number): string => n.toLocaleString("en-US");

/** The verdict New handoff acts on: warn past 80 % of either limit, refuse when no handoff fits. */
export function capacityVerdict(
  use: WorkbookUse,
  handoffCells: number,
  limits: { cells: number; tabs: number } = WORKBOOK_LIMITS,
): CapacityVerdict {
  const fit = handoffsThatFit(use, handoffCells, limits);
  const cellShare = use.cells / limits.cells;
  const tabShare = use.tabs / limits.tabs;
  const held = `${number(use.cells)} of Google Sheets' ${number(limits.cells)} cells (${percent(use.cells, limits.cells)} %) and ${number(use.tabs)} of ${number(limits.tabs)} tabs (${percent(use.tabs, limits.tabs)} %)`;
  const archive = `Extensions → ${ADDON_NAME} → ${ARCHIVE_MENU_ITEM} moves decided handoffs out of their tabs to make room.`;
  if (fit <= 0) {
    return {
      level: "full",
      fit: 0,
      message: `This workbook is full: it holds ${held}, so no new handoff fits. ${archive}`,
    };
  }
  if (cellShare > WARN_SHARE || tabShare > WARN_SHARE) {
    const more =
      fit === 1
        ? "This is the last handoff that fits"
        : `About ${number(fit - 1)} more handoffs fit after this one`;
    return {
      level: "warn",
      fit,
      message: `This workbook is filling up: it holds ${held}. ${more}. ${archive}`,
    };
  }
  return { level: "ok", fit, message: null };
}
