import { describe, expect, it } from "vitest";
import { ownerProblem } from "../../src/core/checklist/owner";

describe("ownerProblem", () => {
  it("accepts one person or one address", () => {
    for (const o of [
      "Dana Lee",
      "dana@acme.com",
      "Dana Lee <dana@acme.com>",
      "dana+ops@acme.com",
      "Andrea Orr",
      "José Núñez",
    ]) {
      expect(ownerProblem(o), o).toBeNull();
    }
  });

  it("calls blank and placeholders missing", () => {
    for (const o of ["", "   ", "TBD", "?", "n/a", "unassigned"]) expect(ownerProblem(o), o).toBe("missing");
  });

  it("calls several people multiple", () => {
    for (const o of [
      "Sales/Ops",
      "Dana & Sam",
      "Dana, Sam",
      "Dana and Sam",
      "Dana or Sam",
      "Dana + Sam",
      "dana@acme.com sam@acme.com",
      "dana@acme.com; sam@acme.com",
      "Dana\nSam",
    ]) {
      expect(ownerProblem(o), o).toBe("multiple");
    }
  });

  it("calls a team or a shared mailbox a team", () => {
    for (const o of [
      "Sales",
      "Ops team",
      "Delivery",
      "Finance",
      "customer success",
      "Legal department",
      "sales@acme.com",
      "Everyone",
    ]) {
      expect(ownerProblem(o), o).toBe("team");
    }
  });
});
