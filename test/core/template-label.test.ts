import { describe, expect, it } from "vitest";
import { parseTemplateLine, templateCode, templateLabel } from "../../src/core/checklist/template-label";

const NAMES = [
  { id: "standard-new-client", name: "Standard new client" },
  { id: "custom-high-risk", name: "Custom or high-risk deal" },
  { id: "double-check", name: "Double-check" },
];
const PARTS = [
  { id: "standard-new-client", version: 1 },
  { id: "custom-high-risk", version: 2 },
  { id: "double-check", version: 1 },
];

describe("the template line", () => {
  it("reads in plain words, each template by the name it is given, and in code form", () => {
    expect(templateLabel(PARTS, NAMES)).toBe(
      "Standard new client v1 + Custom or high-risk deal v2 + Double-check v1",
    );
    expect(templateCode(PARTS)).toBe("standard-new-client@1+custom-high-risk@2+double-check@1");
    // A renamed template (names come from the caller) changes the words, not the ids.
    expect(
      templateLabel([{ id: "double-check", version: 3 }], [{ id: "double-check", name: "Final review" }]),
    ).toBe("Final review v3");
    expect(templateLabel([{ id: "unknown-one", version: 1 }], NAMES)).toBe("unknown-one v1");
  });

  it("reads back to ids and versions from the words or from the older code form", () => {
    expect(
      parseTemplateLine("Standard new client v1 + Custom or high-risk deal v2 + Double-check v1", NAMES),
    ).toEqual(PARTS);
    expect(parseTemplateLine("standard-new-client@1+custom-high-risk@2+double-check@1", NAMES)).toEqual(
      PARTS,
    );
    expect(parseTemplateLine("  standard NEW client   V1+double-check@1 ", NAMES)).toEqual([
      { id: "standard-new-client", version: 1 },
      { id: "double-check", version: 1 },
    ]);
  });

  it("is null for a line that names no known template or has no version", () => {
    expect(parseTemplateLine("Bespoke onboarding v1", NAMES)).toBeNull();
    expect(parseTemplateLine("Standard new client", NAMES)).toBeNull();
    expect(parseTemplateLine("", NAMES)).toBeNull();
  });
});
