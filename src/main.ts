// The registry of public functions: every trigger, menu handler, sidebar endpoint and custom
// function Apps Script must see as a global. The build generates one top-level stub per entry.
import type { SidebarApi } from "./core/api-contract";
import { HANDOFF_GATE } from "./server/gate-formula";
import { newHandoff, onInstall, onOpen, openSidebar } from "./server/menu";
import { startHandoff } from "./server/new-handoff";
import { refreshRegister } from "./server/refresh-register";
import { customFunction, endpoint, menuItem, type NamesOfKind, trigger } from "./server/registry-kit";
import { getSidebarState, recordDecision, saveItem } from "./server/sidebar-api";
import { validateHandoff } from "./server/validate";

export const registry = {
  onOpen: trigger(onOpen, ["e"]),
  onInstall: trigger(onInstall, ["e"]),
  newHandoff: menuItem(newHandoff),
  openSidebar: menuItem(openSidebar),
  validateHandoff: menuItem(validateHandoff),
  refreshRegister: menuItem(refreshRegister),
  getSidebarState: endpoint(getSidebarState, ["request"]),
  startHandoff: endpoint(startHandoff, ["request"]),
  saveItem: endpoint(saveItem, ["request"]),
  recordDecision: endpoint(recordDecision, ["request"]),
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
        description: "TRUE to list what blocks GO, e.g. NOT YET: 3 required open · 1 missing owner.",
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
