import { ADDON_NAME } from "../core/product";
import type { MenuHandlerName } from "../main";

interface MenuItem {
  readonly caption: string;
  readonly handler: MenuHandlerName;
}

/** The add-on menu under Extensions → Handoff Gate, in display order. */
export const MENU_ITEMS: readonly MenuItem[] = [{ caption: "Open sidebar", handler: "openSidebar" }];

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

/** Opens the Handoff Gate sidebar (dist/Sidebar.html). */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(ADDON_NAME);
  SpreadsheetApp.getUi().showSidebar(html);
}
