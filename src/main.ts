// The registry of public functions: every trigger, menu handler, sidebar endpoint and custom
// function Apps Script must see as a global. The build generates one top-level stub per entry.
import type { SidebarApi } from "./core/api/endpoints";
import {
  archiveFinishedHandoffs,
  archiveHandoffs,
  restoreArchivedHandoff,
  restoreHandoff,
} from "./server/archive";
import { AUDIT_SUMMARY, buildAudit, buildQuarterlyAudit, verifyAudit } from "./server/audit";
import { assignItems, dueDatesFromKickoff, markItemsDone } from "./server/bulk-actions";
import { HANDOFF_GATE } from "./server/gate-formula";
import { verifyHandoffLog } from "./server/handoff-log";
import { type MENU_ITEMS, newHandoff, onInstall, onOpen, openSidebar } from "./server/menu";
import { startHandoff } from "./server/new-handoff";
import { refreshRegister } from "./server/refresh-register";
import { customFunction, endpoint, menuItem, type NamesOfKind, trigger } from "./server/registry-kit";
import { getHistory, getSidebarState, recordDecision, saveItem } from "./server/sidebar-api";
import { editChecklistTemplates, resetTemplateToDefaults } from "./server/templates-menu";
import { upgradeHandoff } from "./server/upgrade-handoff";
import { validateHandoff } from "./server/validate";

export const registry = {
  onOpen: trigger(onOpen, ["e"]),
  onInstall: trigger(onInstall, ["e"]),
  newHandoff: menuItem(newHandoff),
  openSidebar: menuItem(openSidebar),
  validateHandoff: menuItem(validateHandoff),
  refreshRegister: menuItem(refreshRegister),
  buildQuarterlyAudit: menuItem(buildQuarterlyAudit),
  verifyAudit: menuItem(verifyAudit),
  verifyHandoffLog: menuItem(verifyHandoffLog),
  archiveFinishedHandoffs: menuItem(archiveFinishedHandoffs),
  restoreArchivedHandoff: menuItem(restoreArchivedHandoff),
  editChecklistTemplates: menuItem(editChecklistTemplates),
  resetTemplateToDefaults: menuItem(resetTemplateToDefaults),
  getSidebarState: endpoint(getSidebarState, ["request"]),
  startHandoff: endpoint(startHandoff, ["request"]),
  saveItem: endpoint(saveItem, ["request"]),
  recordDecision: endpoint(recordDecision, ["request"]),
  buildAudit: endpoint(buildAudit, ["request"]),
  assignItems: endpoint(assignItems, ["request"]),
  markItemsDone: endpoint(markItemsDone, ["request"]),
  dueDatesFromKickoff: endpoint(dueDatesFromKickoff, ["request"]),
  getHistory: endpoint(getHistory, ["request"]),
  archiveHandoffs: endpoint(archiveHandoffs, ["request"]),
  restoreHandoff: endpoint(restoreHandoff, ["request"]),
  upgradeHandoff: endpoint(upgradeHandoff, ["request"]),
  HANDOFF_GATE: customFunction(HANDOFF_GATE, {
    summary:
      "Returns GO when every required item of a handoff checklist is done (or N/A with reason and approver), no row breaks a rule and the double-check review is complete; otherwise NOT YET.",
    params: [
      {
        name: "table",
        description:
          "The checklist table, header row first (Item, Required, Status, Owner, Due, Evidence, Approved by, Notes).",
        example: "A8:J30",
      },
      {
        name: "detail",
        description:
          "TRUE to list what blocks GO, e.g. NOT YET: 3 required open · 1 item without an owner yet.",
        example: "TRUE",
      },
      {
        name: "exceptions",
        description:
          "Optional cell where the handoff records exceptions (custom pricing, nonstandard SLA, …).",
        example: "B6",
      },
    ],
    returns: "GO or NOT YET, with the counted reasons when detail is TRUE.",
  }),

  AUDIT_SUMMARY: customFunction(AUDIT_SUMMARY, {
    summary:
      "Summarises a quarterly audit: exception rate and 95 % upper bound from the random picks only, per stratum (exact for its finite size) and weighted by stratum size for the quarter; forced picks listed apart.",
    params: [
      {
        name: "table",
        description: "The audit table with its header row (ID, Stratum, Why sampled, …, Result).",
        example: "A30:P41",
      },
      {
        name: "strata",
        description: "The strata table with its header row (Stratum, …, Not picked by rule).",
        example: "A43:E47",
      },
    ],
    returns: "One line per row: the quarter, each stratum, the forced picks, and what the numbers mean.",
  }),
};

export type Registry = typeof registry;
/** Names a menu item may bind to. */
export type MenuHandlerName = NamesOfKind<Registry, "menu">;

type EndpointName = NamesOfKind<Registry, "endpoint">;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the registry's endpoints are exactly the sidebar contract, with its responses. */
export const endpointsMatchContract: Same<EndpointName, keyof SidebarApi> &
  {
    [K in keyof SidebarApi]: Same<ReturnType<Registry[K]["fn"]>, ReturnType<SidebarApi[K]>>;
  }[keyof SidebarApi] = true;

/** Compile-time proof that every menu item is bound to a registered menu handler. */
export const menuItemsRegistered: Same<
  (typeof MENU_ITEMS)[number]["handler"] extends MenuHandlerName ? true : false,
  true
> = true;
