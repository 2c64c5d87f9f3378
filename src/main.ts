// The registry of public functions: every trigger, menu handler, sidebar endpoint and custom
// function Apps Script must see as a global. The build generates one top-level stub per entry.

import { onInstall, onOpen, openSidebar } from "./server/menu";
import { menuItem, type NamesOfKind, trigger } from "./server/registry-kit";

export const registry = {
  onOpen: trigger(onOpen, ["e"]),
  onInstall: trigger(onInstall, ["e"]),
  openSidebar: menuItem(openSidebar),
};

export type Registry = typeof registry;
/** Names a menu item may bind to. */
export type MenuHandlerName = NamesOfKind<Registry, "menu">;
