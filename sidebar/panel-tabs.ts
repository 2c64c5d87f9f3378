// The walkthrough's two views, Items and Decision, as an ARIA tab list: one click (or arrow key) apart.
import { el } from "./dom";

export type Panel = "items" | "decision";

const PANELS: readonly Panel[] = ["items", "decision"];

/** Shows `panel` and hides the other, in place (nothing is rebuilt, so nothing typed is lost). */
export function showPanel(panel: Panel): void {
  for (const p of PANELS) {
    const tab = document.getElementById(`tab-${p}`);
    tab?.setAttribute("aria-selected", String(p === panel));
    tab?.setAttribute("tabindex", p === panel ? "0" : "-1");
    const shown = document.getElementById(`panel-${p}`);
    if (shown) shown.hidden = p !== panel;
  }
}

/** The tab list; `labels` are the tabs' texts, `onSelect` hears which panel is shown. */
export function panelTabs(
  selected: Panel,
  labels: Record<Panel, string>,
  onSelect: (panel: Panel) => void,
): HTMLElement {
  const select = (panel: Panel) => {
    showPanel(panel);
    onSelect(panel);
  };
  const tabs = PANELS.map((panel) => {
    const tab = el(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${panel}`,
        class: "tab",
        "aria-selected": String(panel === selected),
        "aria-controls": `panel-${panel}`,
        tabindex: panel === selected ? 0 : -1,
        "data-testid": `${panel}-tab`,
      },
      [labels[panel]],
    );
    tab.addEventListener("click", () => select(panel));
    tab.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      event.preventDefault();
      const other = PANELS.find((p) => p !== panel) ?? panel;
      select(other);
      document.getElementById(`tab-${other}`)?.focus();
    });
    return tab;
  });
  return el("div", { class: "tabs", role: "tablist", "aria-label": "Handoff views" }, tabs);
}

/** The panel element a tab controls. */
export function panelOf(panel: Panel, selected: Panel, children: readonly (Node | null)[]): HTMLElement {
  return el(
    "div",
    {
      role: "tabpanel",
      id: `panel-${panel}`,
      "aria-labelledby": `tab-${panel}`,
      hidden: panel !== selected,
      "data-testid": `${panel}-panel`,
    },
    children,
  );
}
