// The add-on menu and the sidebar it opens; onOpen only builds the menu, so it runs in AuthMode.NONE.

import type { StartView } from "../core/api/views";
import { ADDON_NAME } from "../core/product";

/** The add-on menu under Extensions → Handoff Gate, in display order (src/main.ts checks each handler is registered). */
export const MENU_ITEMS = [
  { caption: "New handoff…", handler: "newHandoff" },
  { caption: "Open sidebar", handler: "openSidebar" },
  { caption: "Validate this handoff", handler: "validateHandoff" },
  { caption: "Refresh register", handler: "refreshRegister" },
  { caption: "Build quarterly audit…", handler: "buildQuarterlyAudit" },
  { caption: "Verify this audit", handler: "verifyAudit" },
  { caption: "Verify handoff log", handler: "verifyHandoffLog" },
  { caption: "Archive finished handoffs…", handler: "archiveFinishedHandoffs" },
  { caption: "Restore archived handoff…", handler: "restoreArchivedHandoff" },
  { caption: "Edit checklist templates…", handler: "editChecklistTemplates" },
  { caption: "Reset a scenario to the built-in defaults…", handler: "resetTemplateToDefaults" },
] as const;

/** Builds the add-on menu; touches nothing else, so it works in AuthMode.NONE. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}

/** Runs on install in AuthMode.FULL; builds the menu as onOpen does. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Shows the sidebar (dist/Sidebar.html) opened on the given screen. */
export function showSidebar(startView: StartView): void {
  const template = HtmlService.createTemplateFromFile("Sidebar");
  template.startView = startView;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(ADDON_NAME));
}

/** Menu: opens the sidebar on the active handoff's walkthrough. */
export function openSidebar(): void {
  showSidebar("walkthrough");
}

/** Menu: opens the sidebar on the new-handoff form. */
export function newHandoff(): void {
  showSidebar("new");
}
