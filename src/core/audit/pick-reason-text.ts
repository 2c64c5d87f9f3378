import type { SamplePick } from "./select";

/** The "Why sampled" cell text for a pick. */
export function pickReasonText(pick: SamplePick): string {
  switch (pick.reason) {
    case "first-five-uses":
      return `Review the first five uses: ${pick.firstUseOf ?? "new template version"}`;
    case "stratum-minimum":
      return `At least one per stratum: ${pick.stratum}`;
    case "random":
      return "Random pick";
  }
}
