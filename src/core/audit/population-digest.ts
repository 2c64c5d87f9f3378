/** How the population digest is made, written on the audit tab so anyone can recompute it. */
export const POPULATION_DIGEST_METHOD =
  "SHA-256 (UTF-8) of the handoff IDs sorted in code-unit order and joined with line feeds, in lower-case hex";

/** The text the server feeds to Utilities.computeDigest: IDs sorted in code-unit order, joined by "\n". */
export function populationDigestInput(ids: string[]): string {
  return [...ids].sort().join("\n");
}

/** Hex of a digest: accepts Java's signed bytes (-128..127, as computeDigest returns) or 0..255; lower case. */
export function bytesToHex(bytes: number[]): string {
  let hex = "";
  for (const b of bytes) {
    if (!Number.isInteger(b) || b < -128 || b > 255) throw new RangeError(`Not a byte: ${b}.`);
    hex += (b & 0xff).toString(16).padStart(2, "0");
  }
  return hex;
}
