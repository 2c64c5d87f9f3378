// The notice on a handoff built from older template versions: what upgrading does ("Template updated
// (v2 → v3): 2 items added, 1 reworded, 1 removed"), the person's choice for removed items someone worked
// on, and "Upgrade this handoff".
import type { UpgradeRequest } from "../src/core/api/requests";
import type { UpgradeView } from "../src/core/api/views";
import { el, uid } from "./dom";

/** Builds the notice; `onUpgrade` sends the choice. */
export function createUpgradeNotice(
  handoffId: string,
  upgrade: UpgradeView,
  onUpgrade: (request: UpgradeRequest) => void,
): HTMLElement {
  const keepId = uid("keep-worked");
  const keep = el("input", {
    type: "checkbox",
    id: keepId,
    checked: true,
    "data-testid": "upgrade-keep-worked",
  });
  const worked = upgrade.removedWorked;
  const button = el("button", { type: "button", class: "secondary", "data-testid": "upgrade-handoff" }, [
    "Upgrade this handoff",
  ]);
  button.addEventListener("click", () =>
    onUpgrade({ handoffId, removed: worked && keep.checked ? "keep-worked" : "mark-na" }),
  );
  return el("section", { class: "card upgrade", "data-testid": "upgrade-notice" }, [
    el("p", {}, [upgrade.message]),
    ...(worked
      ? [
          el("div", { class: "field checkbox" }, [
            keep,
            el("label", { for: keepId }, [
              `Keep the ${worked === 1 ? "removed item" : `${worked} removed items`} someone worked on as ${worked === 1 ? "it is" : "they are"} (otherwise marked N/A)`,
            ]),
          ]),
        ]
      : []),
    el("p", { class: "hint" }, [
      "Removed items stay on the tab, marked N/A with the reason. Nothing typed is lost.",
    ]),
    button,
  ]);
}
