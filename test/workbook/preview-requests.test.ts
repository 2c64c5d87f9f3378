// The local page's edit endpoints (scripts/serve.ts) as a hostile client would call them: every bad
// request is refused with a 400 and a message, and none can blow the emulated workbook past Sheets' size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../scripts/serve";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, log: () => {} });
});
afterAll(async () => {
  await server?.close();
});

async function post(
  path: string,
  body: string,
): Promise<{ status: number; body: { ok: boolean; error?: unknown } }> {
  const res = await fetch(new URL(path, server.url), {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: unknown } };
}

describe("the preview's edit endpoints", () => {
  it("refuse a body that is not a JSON object with a 400 and a message, on every endpoint", async () => {
    for (const path of ["/api/edit", "/api/structure", "/api/run", "/api/menu", "/api/activate"]) {
      for (const body of ["not json", "null", "[]", "5", '"text"']) {
        const res = await post(path, body);
        expect(res.status, `${path} ${body}`).toBe(400);
        expect(res.body).toEqual({
          ok: false,
          error: expect.stringMatching(/^The request must be a JSON object/),
        });
      }
    }
  });

  it("refuse an insert that would take the workbook past Sheets' 10 million cells, and keep the sheet", async () => {
    const sheet = server.emulator.model.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const rowsBefore = sheet.maxRows;
    const huge = await post(
      "/api/structure",
      JSON.stringify({ sheet: sheet.name, op: "insertRows", at: 1, count: 5_000_000 }),
    );
    expect(huge.status).toBe(400);
    expect(huge.body.error).toMatch(
      /Inserting 5000000 rows would take the spreadsheet past Sheets' limit of 10,000,000 cells/,
    );
    expect(sheet.maxRows).toBe(rowsBefore);
    const wide = await post(
      "/api/structure",
      JSON.stringify({ sheet: sheet.name, op: "insertColumns", at: 1, count: 20_000 }),
    );
    expect(wide.status).toBe(400);
    const few = await post(
      "/api/structure",
      JSON.stringify({ sheet: sheet.name, op: "insertRows", at: 1, count: 3 }),
    );
    expect(few).toEqual({ status: 200, body: { ok: true } });
    expect(sheet.maxRows).toBe(rowsBefore + 3);
  });
});
