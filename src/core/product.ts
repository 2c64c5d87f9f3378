/** The add-on's display name: menu, sidebar title, toasts. */
export const ADDON_NAME = "Handoff Gate";
