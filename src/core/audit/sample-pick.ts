// One sampled handoff and why it is in the sample.

/** Why a handoff is in the sample. */
export type PickReason = "random" | "stratum-minimum" | "first-five-uses";

/** One sampled handoff. `firstUseOf` names the template version(s) for a first-five-uses pick. */
export interface SamplePick {
  id: string;
  stratum: string;
  reason: PickReason;
  firstUseOf?: string;
}
