// The complete sampling method in plain words, written on every audit tab so a reviewer can redraw the
// sample by hand or in another tool. Cell text avoids algorithm names; each line's note names them.

import { FIRST_USES_SAMPLED } from "./first-uses";
import { POPULATION_DATE_COLUMN } from "./quarter-population";
import { SAMPLE_ALL_UP_TO, SAMPLE_CAP, SAMPLE_MIN } from "./sample-size";
import { FORCED_STRATUM_NAMES } from "./strata";

/** One line of the method: label (column A), text (column B) and the note naming the algorithm. */
export interface MethodLine {
  readonly label: string;
  readonly text: string;
  readonly note: string;
}

/** How the population fingerprint is made (the note on its cell). */
export const FINGERPRINT_NOTE =
  "SHA-256 of the UTF-8 text made of the sampled handoff IDs (the Population list below), sorted by character code and joined with line feeds, written as 64 lower-case hexadecimal digits. Any added, removed or renamed handoff changes it.";

/** The method lines, in the order a reviewer follows them. */
export function methodLines(): MethodLine[] {
  const forced = Object.values(FORCED_STRATUM_NAMES).join(", then ");
  return [
    {
      label: "Method 1: population",
      text: `Every register row whose ${POPULATION_DATE_COLUMN} date falls in the quarter and whose Decision is Go (listed under Population, below). Rows with no decision, or decided Not yet, are listed apart and not sampled: they never went to delivery, so there is no outcome to compare.`,
      note: "Dates are read as the spreadsheet shows them, in the spreadsheet's time zone.",
    },
    {
      label: "Method 2: strata",
      text: `Each handoff is in one stratum: ${forced} (these always get at least one pick), or else its scenario. Strata are taken in that order, then scenarios by name in character-code order.`,
      note: "A custom/high-risk handoff that is also an owner transfer is in the combined stratum, so both guarantees hold.",
    },
    {
      label: "Method 3: size",
      text: `Size rule: every handoff when there are ${SAMPLE_ALL_UP_TO} or fewer, else 20 % of them rounded up, at least ${SAMPLE_MIN} and at most ${SAMPLE_CAP}. That many are drawn at random (or the size the person asked for), on top of the forced picks.`,
      note: "If fewer handoffs are left after the forced picks, all of them are drawn.",
    },
    {
      label: "Method 4: forced picks",
      text: `First, every handoff among the first ${FIRST_USES_SAMPLED} uses of a template version (earliest Created date, then handoff ID, across the whole register). Then each always-picked stratum with no pick yet gets one: the first handoff of its shuffle (step 7) not already picked.`,
      note: "Forced picks are checked but not used for any rate: they were not chosen at random.",
    },
    {
      label: "Method 5: sharing the random picks",
      text: "The random picks are shared among strata in proportion to their number of handoffs: each gets the whole part of its share; the picks left over go to the largest fractional parts (ties: the larger stratum, then the earlier one). A stratum never gets more than its handoffs not yet picked; its surplus is shared again among the others the same way.",
      note: "Largest-remainder (Hamilton) allocation, in exact integer arithmetic.",
    },
    {
      label: "Method 6: seed to number",
      text: 'For each stratum, write the seed, one space and the stratum name; trim it, turn every run of spaces or line breaks into one space and a–z into A–Z (seed 7f3a-91c2 and stratum Standard new client give "7F3A-91C2 STANDARD NEW CLIENT"); take its UTF-8 bytes. Start with h = 2166136261; for each byte: h = (h XOR byte) × 16777619, keeping the last 32 bits. h is the stratum\'s number.',
      note: "32-bit FNV-1a hash of the UTF-8 bytes.",
    },
    {
      label: "Method 7: random numbers",
      text: "From the number s (all arithmetic on 32-bit words, >>> is an unsigned shift right): three times, s = s + 0x9E3779B9, z = s, z = (z XOR z>>>16) × 0x21F0AAAD, z = (z XOR z>>>15) × 0x735A2D97, word = z XOR z>>>15; these are a, b, c; d = 1. Each draw: t = a + b + d, d = d + 1, a = b XOR b>>>9, b = c + (c shifted left 3), c = (c rotated left 21) + t; the number is t ÷ 2^32. The first 12 draws are thrown away.",
      note: "splitmix32 fills the state; the generator is sfc32 (Small Fast Counting, 32-bit) with 12 warm-up rounds.",
    },
    {
      label: "Method 8: shuffle",
      text: "List the stratum's handoff IDs in character-code order. For position i = 0, 1, 2, …: j = i + whole part of (next number × (count − i)); swap positions i and j; the ID now at i is the stratum's next candidate. A candidate already picked is skipped. Random picks take the next candidates after the stratum minimum.",
      note: "Forward Fisher–Yates shuffle, one step per candidate. Each stratum has its own generator, so a change in one stratum never changes another's picks.",
    },
    {
      label: "Method 9: check it",
      text: "Extensions → Handoff Gate → Verify this audit redraws the sample from this tab's seed, size asked and Population list, and says whether it is the same sample.",
      note: "The check also compares the Population list with the register as it is now, and its fingerprint with the one written above.",
    },
  ];
}
