// The exported demo opened by a real client: LibreOffice (Debian `libreoffice-calc`, installed by .ci/run)
// loads the .xlsx with a full recalculation forced, then writes every sheet as text (cells as shown) and
// the workbook as PDF (as printed). What a colleague would see is checked: no #NAME?, #REF! or other
// error, no ### for a number too wide for its column, no text drawn over other text or cut by its cell,
// and every tab, every cell and gate value of the demo shown as the emulated Sheets shows it.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkbookSnapshot } from "../../emulator/index";
import { loadDemoEmulator } from "../../scripts/demo-workbook";
import { exportWorkbook } from "../../scripts/export";
import { pdfTextRuns, type TextRun } from "../support/pdf-text";

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
const ERRORS = /#NAME\?|#REF!|#VALUE!|#N\/A|#DIV\/0!|#ERROR!|Err:\d+|###/;
/** LibreOffice setting "Recalculation on file load" for Excel files and ODF: 0 = always recalculate. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;
/** Text CSV: comma, double quote, UTF-8, from row 1, cells as shown, every sheet to its own file. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

function shown(cell: WorkbookSnapshot["sheets"][number]["cells"][number][number]): string {
  if (!cell || cell.v === undefined) return "";
  if (cell.display !== undefined) return cell.display;
  if (typeof cell.v === "boolean") return cell.v ? "TRUE" : "FALSE";
  return String(cell.v);
}

describe.skipIf(!existsSync(SOFFICE))(
  "the exported demo in LibreOffice (headless, full recalculation)",
  () => {
    let dir = "";
    let snapshot: WorkbookSnapshot;
    const csv = new Map<string, string[][]>();
    let runs: TextRun[] = [];

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "handoff-gate-lo-"));
      const xlsx = join(dir, "demo.xlsx");
      const demo = await loadDemoEmulator();
      // The register's overdue and next-due columns use TODAY(): LibreOffice recalculates with the machine's
      // clock in the zone it runs in, so the emulation reads the same day, in the spreadsheet's zone.
      demo.setClock(new Date());
      await exportWorkbook(demo, xlsx);
      snapshot = demo.snapshot();
      await mkdir(join(dir, "profile", "user"), { recursive: true });
      await writeFile(join(dir, "profile", "user", "registrymodifications.xcu"), RECALC_ALWAYS);
      const soffice = (...args: string[]) =>
        run(SOFFICE, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", ...args], {
          env: { ...process.env, HOME: dir, TZ: demo.model.timeZone },
          timeout: 60_000,
        });
      await soffice("--convert-to", CSV_FILTER, "--outdir", join(dir, "csv"), xlsx);
      await soffice("--convert-to", "pdf", "--outdir", dir, xlsx);
      for (const file of await readdir(join(dir, "csv"))) {
        const sheet = file.replace(/^demo-/, "").replace(/\.csv$/, "");
        csv.set(sheet, parseCsv(await readFile(join(dir, "csv", file), "utf8")));
      }
      runs = pdfTextRuns(await readFile(join(dir, "demo.pdf")));
    }, 120_000);

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("has every tab, and shows every cell as the emulated Sheets does, gate values included", () => {
      expect([...csv.keys()].sort()).toEqual(snapshot.sheets.map((s) => s.name).sort());
      const differences: string[] = [];
      for (const sheet of snapshot.sheets) {
        const rows = csv.get(sheet.name) ?? [];
        sheet.cells.forEach((line, r) => {
          line.forEach((cell, c) => {
            const want = shown(cell);
            const got = rows[r]?.[c] ?? "";
            if (got !== want)
              differences.push(`${sheet.name}!R${r + 1}C${c + 1}: Sheets "${want}", LibreOffice "${got}"`);
          });
        });
      }
      expect(differences).toEqual([]);
      const gates = csv.get("HO-0002 Globex Corporation")?.[0];
      expect(gates?.slice(0, 3)).toEqual([
        "Gate",
        "NOT YET",
        expect.stringMatching(/^NOT YET: \d+ required open/),
      ]);
      expect(csv.get("Handoffs")?.[1]?.[9]).toBe("GO");
    });

    it("shows no #NAME?, #REF!, ### or other error, in the cells or on the printed pages", () => {
      const bad = [...csv].flatMap(([sheet, rows]) =>
        rows.flatMap((row) => row.filter((cell) => ERRORS.test(cell)).map((cell) => `${sheet}: ${cell}`)),
      );
      expect(bad).toEqual([]);
      expect(runs.filter((r) => ERRORS.test(r.text)).map((r) => `page ${r.page}: ${r.text}`)).toEqual([]);
    });

    it("prints every item's text whole, with no text drawn over other text or cut by its cell", () => {
      const pages = new Map<number, string>();
      for (const r of runs) pages.set(r.page, `${pages.get(r.page) ?? ""} ${r.text}`);
      const printed = [...pages.values()].join(" ").replace(/\s+/g, " ");
      const items = snapshot.sheets
        .filter((s) => /^HO-\d{4} /.test(s.name))
        .flatMap((s) =>
          s.cells.filter((line) => line[0]?.wrap && line[1]?.v).map((line) => shown(line[1] ?? null)),
        );
      expect(items.length).toBeGreaterThan(100);
      expect(items.filter((item) => !printed.includes(item.replace(/\s+/g, " ")))).toEqual([]);

      const overlaps: string[] = [];
      const byPage = new Map<number, TextRun[]>();
      for (const r of runs) byPage.set(r.page, [...(byPage.get(r.page) ?? []), r]);
      for (const [page, list] of byPage) {
        for (let i = 0; i < list.length; i++) {
          const a = list[i] as TextRun;
          for (let j = i + 1; j < list.length; j++) {
            const b = list[j] as TextRun;
            const sameLine = Math.abs(a.y - b.y) < Math.min(a.size, b.size) * 0.8;
            const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
            if (sameLine && overlap > 0.2) overlaps.push(`page ${page}: "${a.text}" over "${b.text}"`);
          }
        }
      }
      expect(overlaps).toEqual([]);
      const cut = runs.filter((r) => r.clip && (r.x + r.width > r.clip[2] + 0.5 || r.x < r.clip[0] - 0.5));
      expect(cut.map((r) => `page ${r.page}: ${r.text}`)).toEqual([]);
    });
  },
);
