// The first screen, chosen by the server through the template's <meta name="start-view">.
import type { StartView } from "../src/core/api/views";

export type { StartView };

/** "new" only when the server rendered it; anything else (a raw scriptlet, no tag) is the walkthrough. */
export function readStartView(doc: Document): StartView {
  const content = doc.querySelector('meta[name="start-view"]')?.getAttribute("content");
  return content === "new" ? "new" : "walkthrough";
}
