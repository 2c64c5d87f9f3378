import { scenarioById } from "../checklist/scenarios";
import type { SamplePick } from "./select";

/** A template version as people read it: "standard-new-client@2" → "Standard new client v2". */
export function templateVersionName(version: string): string {
  const [id = "", number = ""] = version.split("@");
  const name = scenarioById(id.trim())?.name ?? id.trim();
  return number.trim() ? `${name} v${number.trim()}` : name;
}

/** Separates template versions on the tab (scenario names may hold commas). */
export const VERSION_SEPARATOR = "; ";

/** Template versions joined by ", " (as first uses lists them), each named as people read it, joined by "; ". */
export function templateVersionNames(versions: string): string {
  return versions
    .split(",")
    .map((v) => templateVersionName(v.trim()))
    .join(VERSION_SEPARATOR);
}

/** The "Why sampled" cell text for a pick; only random picks start with "Random". */
export function pickReasonText(pick: SamplePick): string {
  switch (pick.reason) {
    case "first-five-uses":
      return `Forced: one of the first five uses of ${pick.firstUseOf ?? "a new template version"}`;
    case "stratum-minimum":
      return `Forced: at least one per stratum (${pick.stratum})`;
    case "random":
      return "Random pick";
  }
}

/** Whether a "Why sampled" cell says the row was drawn at random (the summary's only input for rates). */
export function isRandomPickText(text: string): boolean {
  return /^\s*random/i.test(text);
}
