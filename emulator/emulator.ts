// The Emulator: loads dist/Code.js and runs each call as its own Apps Script execution against a
// persistent in-memory workbook. See README "Emulation" and emulator/index.ts for the public API.

import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { CallCounts } from "./call-counter";
import {
  AUTH_MODES,
  BOOLEAN_CRITERIA,
  BUTTON_SETS,
  BUTTONS,
  DATA_VALIDATION_CRITERIA,
  METADATA_LOCATION_TYPES,
  METADATA_VISIBILITY,
  makeEnum,
  PROTECTION_TYPES,
  WRAP_STRATEGIES,
} from "./enums";
import type { ErrorLanguage } from "./error-language";
import { type AuthMode, Execution, type Host, type Toast, UiState } from "./execution";
import { FormulaEngine } from "./formulas";
import { createHtmlService } from "./html-service";
import { createLockService, DocumentLockState } from "./lock-service";
import { createPropertiesService } from "./properties-service";
import { RangeObj } from "./range";
import { type ErrorInfo, Realm } from "./realm";
import { type ClientCallResult, callFromClient, handleClientCall, type ScriptRunHost } from "./script-run";
import { SheetObj } from "./sheet";
import { snapshotOf, type WorkbookSnapshot } from "./snapshot";
import { createSpreadsheetApp, SpreadsheetObj } from "./spreadsheet-service";
import { createLogging, createScriptApp, createSession, createUtilities } from "./utilities";
import { SHEETS_LIMITS, type SizeLimits, WorkbookModel } from "./workbook-model";

/** Options of Emulator.load. */
export interface LoadOptions {
  /** Default dist/Code.js. */
  readonly codePath?: string;
  /** Default dist/appsscript.json. */
  readonly manifestPath?: string;
  /**
   * The spreadsheet's time zone (File → Settings), an IANA id such as "Asia/Kolkata". Default the
   * HANDOFF_EMULATOR_TIME_ZONE environment variable, else DEFAULT_SPREADSHEET_TIME_ZONE, which differs
   * from the manifest's script zone on purpose: an add-on runs in its own script project's zone for every
   * user, while each spreadsheet keeps its own (PLATFORM §9). A whole suite can run in another zone:
   * `HANDOFF_EMULATOR_TIME_ZONE=Pacific/Kiritimati npx vitest run test/e2e`.
   */
  readonly timeZone?: string;
  /**
   * The virtual clock's start (Utilities.sleep and lock waits advance it): an instant, or a function
   * read whenever the clock is asked; default the real clock. Move it later with emu.setClock.
   */
  readonly now?: Date | (() => Date);
  /** The active user's email; default "user@example.com". */
  readonly user?: string;
  /** Caption of the add-on menu (Extensions → name); default "Handoff Gate". */
  readonly addonName?: string;
  /**
   * The spreadsheet's locale (File → Settings): how typed numbers, dates and currency are read
   * (cell-input.ts; one of SUPPORTED_LOCALES); default "en_US".
   */
  readonly locale?: string;
  /**
   * Whether the add-on is enabled in this document for the person viewing it (default true). False
   * stages a collaborator who never used the add-on here: cells with its custom functions show
   * `#NAME?` ("Unknown function"; PLATFORM §9). Change it later with emu.setAddonEnabled.
   */
  readonly addonEnabled?: boolean;
  /**
   * The language of the errors Apps Script throws (they are localized: PLATFORM §9). Default "en",
   * or the HANDOFF_EMULATOR_ERROR_LANGUAGE environment variable, so a whole suite can run in German:
   * `HANDOFF_EMULATOR_ERROR_LANGUAGE=de npx vitest run test/e2e`.
   */
  readonly errorLanguage?: ErrorLanguage;
  /**
   * The person is signed into several Google accounts and the default one is not the one using the
   * add-on: every google.script.run call fails with PERMISSION_DENIED (script-run.ts). Default false;
   * change it later with emu.setMultipleAccounts.
   */
  readonly multipleAccounts?: boolean;
  /**
   * Sheets' size limits the emulator enforces (workbook-model.ts SizeLimits, with sources): `cells`
   * in the whole workbook (default 10,000,000), `sheets` per workbook (default 200), `columns` per
   * sheet (default 18,278). Inserting rows, columns or sheets past them fails as Sheets does. Tests set
   * small figures to reach a limit without millions of cells, e.g. `{ limits: { cells: 100_000 } }`.
   */
  readonly limits?: Partial<SizeLimits>;
}

/**
 * The spreadsheet zone tests get unless they name one: not the manifest's America/New_York, and east of
 * it, so a Date cell (midnight in this zone) read with the script zone's getters shows the day before.
 */
export const DEFAULT_SPREADSHEET_TIME_ZONE = "Europe/Berlin";

/** Options of one run. */
export interface RunOptions {
  /** Default FULL (menu items, google.script.run, onInstall). */
  readonly authMode?: AuthMode;
  readonly user?: string;
  /** Runs once when this execution acquires the document lock, while it holds it (lock-service.ts). */
  readonly whileLockHeld?: () => void;
  /**
   * Runs once after this execution's nth (default 1st) counted call of `after` (e.g. "Range.getValue")
   * has returned, before its next counted call: a second execution squeezed into that gap.
   */
  readonly interleave?: { readonly after: string; readonly nth?: number; readonly run: () => void };
}

/** The outcome of one execution. */
export interface ExecutionResult {
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: ErrorInfo;
  readonly calls: CallCounts;
  readonly logs: string[];
  readonly toasts: Toast[];
}

/** One past execution, for tests that check how often something ran. */
export interface ExecutionRecord {
  readonly name: string;
  readonly authMode: AuthMode;
  readonly ok: boolean;
}

const CUSTOM_FUNCTION_STUB = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;

/** Names of top-level functions whose JSDoc has @customfunction ([CF] "Autocomplete"). */
export function customFunctionNames(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(CUSTOM_FUNCTION_STUB)) {
    const doc = m[1] ?? "";
    const name = m[2] ?? "";
    if (/@customfunction\b/.test(doc.slice(doc.lastIndexOf("/**") + 1)) && !name.endsWith("_"))
      names.push(name);
  }
  return names;
}

function errorLanguageFromEnv(): ErrorLanguage {
  const lang = process.env.HANDOFF_EMULATOR_ERROR_LANGUAGE;
  return lang === "de" || lang === "fr" ? lang : "en";
}

/** An offline Apps Script runtime for one container-bound spreadsheet and one bundle. */
export class Emulator implements Host, ScriptRunHost {
  readonly model: WorkbookModel;
  readonly ui = new UiState();
  readonly lock = new DocumentLockState();
  readonly formulas: FormulaEngine;
  readonly scriptTimeZone: string;
  readonly addonName: string;
  readonly history: ExecutionRecord[] = [];
  readonly errorLanguage: ErrorLanguage;
  multipleAccounts: boolean;
  private readonly customByUpper = new Map<string, string>();
  private user: string;
  private readonly scopes: readonly string[];
  private clockStart: () => number;
  private offset = 0;

  private constructor(
    private readonly code: string,
    manifest: { timeZone?: string; oauthScopes?: string[] },
    private readonly htmlDir: string,
    opts: LoadOptions,
  ) {
    this.scriptTimeZone = manifest.timeZone ?? "America/New_York";
    this.scopes = manifest.oauthScopes ?? [];
    this.model = new WorkbookModel({
      timeZone: opts.timeZone ?? (process.env.HANDOFF_EMULATOR_TIME_ZONE || DEFAULT_SPREADSHEET_TIME_ZONE),
    });
    if (opts.locale) this.model.locale = opts.locale;
    this.model.limits = { ...SHEETS_LIMITS, ...opts.limits };
    this.user = opts.user ?? "user@example.com";
    this.addonName = opts.addonName ?? "Handoff Gate";
    const start = opts.now;
    this.clockStart =
      start instanceof Date ? () => start.getTime() : start ? () => start().getTime() : () => Date.now();
    for (const name of customFunctionNames(code)) this.customByUpper.set(name.toUpperCase(), name);
    this.formulas = new FormulaEngine(
      this.model,
      new Set(this.customByUpper.keys()),
      (name, args) => {
        const real = this.customByUpper.get(name) ?? name;
        const r = this.run(real, args, { authMode: "CUSTOM_FUNCTION" });
        return r.ok
          ? { ok: true, value: r.value }
          : { ok: false, error: { message: r.error?.message ?? "" } };
      },
      () => this.now(),
    );
    this.formulas.customFunctionsAvailable = opts.addonEnabled ?? true;
    this.errorLanguage = opts.errorLanguage ?? errorLanguageFromEnv();
    this.multipleAccounts = opts.multipleAccounts ?? false;
  }

  /** Stages a person signed into several Google accounts: google.script.run calls fail with PERMISSION_DENIED. */
  setMultipleAccounts(on: boolean): void {
    this.multipleAccounts = on;
  }

  /** Stages whether the add-on is enabled in the document: when false its custom functions show #NAME?. */
  setAddonEnabled(enabled: boolean): void {
    this.formulas.customFunctionsAvailable = enabled;
  }

  /** Loads the built bundle (default dist/Code.js + dist/appsscript.json; HTML files beside Code.js). */
  static async load(opts: LoadOptions = {}): Promise<Emulator> {
    const codePath = resolve(opts.codePath ?? "dist/Code.js");
    const manifestPath = resolve(opts.manifestPath ?? join(dirname(codePath), "appsscript.json"));
    const [code, manifest] = await Promise.all([readFile(codePath, "utf8"), readFile(manifestPath, "utf8")]);
    return new Emulator(code, JSON.parse(manifest) as { timeZone?: string }, dirname(codePath), opts);
  }

  /** Names of the bundle's custom functions (from their @customfunction JSDoc). */
  get customFunctions(): string[] {
    return [...this.customByUpper.values()];
  }

  /** The virtual clock, in ms. */
  now(): number {
    return this.clockStart() + this.offset;
  }

  /** Moves the virtual clock forward. */
  advance(ms: number): void {
    this.offset += ms;
  }

  /** Sets the virtual clock to an instant (a Date, epoch ms or an ISO text with its offset); later sleeps advance it. */
  setClock(instant: Date | number | string): void {
    const time = new Date(instant).getTime();
    if (Number.isNaN(time)) throw new Error(`setClock needs an instant, got ${String(instant)}`);
    this.clockStart = () => time;
    this.offset = 0;
  }

  /** Contents of <dir of Code.js>/<name>.html, or null. */
  readHtmlFile(name: string): string | null {
    try {
      return readFileSync(join(this.htmlDir, `${name}.html`), "utf8");
    } catch {
      return null;
    }
  }

  /** The next document-lock request finds the lock held by another execution for `holdMs` virtual ms. */
  stageLockHolder(opts: { holdMs: number }): void {
    this.lock.staged = opts.holdMs;
  }

  /** Calls the top-level function `name` in a new execution (fresh realm; the workbook persists). */
  run(name: string, args: readonly unknown[] = [], opts: RunOptions = {}): ExecutionResult {
    return this.execute(name, () => args, opts);
  }

  /** Runs a simple trigger with its event object ({ authMode, source, user }); onOpen defaults to LIMITED. */
  runTrigger(name: string, opts: { authMode?: AuthMode; user?: string } = {}): ExecutionResult {
    const authMode = opts.authMode ?? (name === "onOpen" ? "LIMITED" : "FULL");
    return this.execute(
      name,
      (ex) => {
        const event: Record<string, unknown> = { authMode: ex.enums.AuthMode?.[authMode] };
        if (authMode !== "NONE") event.source = new SpreadsheetObj(ex);
        if (authMode === "FULL" || authMode === "LIMITED") event.user = { getEmail: () => ex.user };
        return [ex.realm.object(event)];
      },
      { ...opts, authMode },
    );
  }

  /** Clicks the menu item with this caption (runs its function in FULL). */
  clickMenuItem(caption: string): ExecutionResult {
    for (const menu of this.ui.menus) {
      for (const item of menu.items) {
        if ("functionName" in item && item.caption === caption) return this.run(item.functionName);
      }
    }
    throw new Error(`No menu item "${caption}" (menus: ${JSON.stringify(this.ui.menus)})`);
  }

  /**
   * The person signed in for the executions that follow (each run can still name its own `user`).
   * "" stages Google withholding the email, as the User reference documents (e.g. a person outside the
   * script owner's Workspace domain): Session.getActiveUser().getEmail() is then blank.
   */
  setUser(email: string): void {
    this.user = email;
  }

  /** google.script.run from Node: asynchronous, with the page's argument and return rules; `user` signs in a person for this call. */
  callFromClient(
    name: string,
    args: readonly unknown[] = [],
    opts: { user?: string } = {},
  ): Promise<unknown> {
    return callFromClient(this, name, args, opts.user);
  }

  /** The handler the local web server mounts at the client runner's endpoint. */
  handleClientCall(body: unknown): Promise<ClientCallResult> {
    return handleClientCall(this, body);
  }

  /** For the google.script.run bridge: one FULL execution, function must exist at top level. */
  runForClient(
    name: string,
    args: unknown[],
    user?: string,
  ): { ok: boolean; value?: unknown; error?: ErrorInfo } {
    const r = this.run(name, args, user === undefined ? { authMode: "FULL" } : { authMode: "FULL", user });
    return r.ok
      ? { ok: true, value: r.value }
      : { ok: false, error: r.error ?? { name: "Error", message: "" } };
  }

  /** Plain JSON-able data of the whole workbook (values computed, not counted). */
  snapshot(): WorkbookSnapshot {
    return snapshotOf(this.model, this.formulas);
  }

  private execute(
    name: string,
    makeArgs: (ex: Execution) => readonly unknown[],
    opts: RunOptions,
  ): ExecutionResult {
    const ex = new Execution(this, opts.authMode ?? "FULL", opts.user ?? this.user);
    const realm = new Realm(() => this.now());
    ex.realm = realm;
    this.installServices(ex);
    if (opts.whileLockHeld) this.lock.onAcquire = { executionId: ex.id, run: opts.whileLockHeld };
    if (opts.interleave) {
      const hook = opts.interleave;
      let seen = 0;
      ex.afterCall = (method) => {
        if (method !== hook.after) return null;
        seen++;
        return seen === (hook.nth ?? 1) ? hook.run : null;
      };
    }
    let outcome: { ok: boolean; value?: unknown; error?: ErrorInfo };
    // Apps Script runs the script in its manifest time zone: `new Date(2025, 0, 1)` is local midnight there.
    const hostZone = process.env.TZ;
    process.env.TZ = this.scriptTimeZone;
    try {
      realm.evaluate(this.code, "Code.js");
      const fn = realm.globalFunction(name);
      if (!fn)
        outcome = {
          ok: false,
          error: { name: "ScriptError", message: `Script function not found: ${name}` },
        };
      else {
        const out = realm.call(fn, makeArgs(ex));
        ex.flushHook();
        outcome = out.ok ? { ok: true, value: realm.toHost(out.value) } : { ok: false, error: out.error };
      }
    } catch (e) {
      const err = e as { message?: unknown; name?: unknown };
      outcome = {
        ok: false,
        error: { name: String(err.name ?? "Error"), message: String(err.message ?? e) },
      };
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
      this.lock.releaseFor(ex.id);
      if (this.lock.onAcquire?.executionId === ex.id) this.lock.onAcquire = null;
    }
    this.history.push({ name, authMode: ex.authMode, ok: outcome.ok });
    return { ...outcome, calls: ex.counter.result(), logs: [...ex.logs], toasts: [...ex.toasts] };
  }

  private installServices(ex: Execution): void {
    const r = ex.realm;
    ex.enums = {
      AuthMode: makeEnum(r, AUTH_MODES),
      ProtectionType: makeEnum(r, PROTECTION_TYPES),
      DataValidationCriteria: makeEnum(r, DATA_VALIDATION_CRITERIA),
      DeveloperMetadataVisibility: makeEnum(r, METADATA_VISIBILITY),
      DeveloperMetadataLocationType: makeEnum(r, METADATA_LOCATION_TYPES),
      WrapStrategy: makeEnum(r, WRAP_STRATEGIES),
      BooleanCriteria: makeEnum(r, BOOLEAN_CRITERIA),
      Button: makeEnum(r, BUTTONS),
      ButtonSet: makeEnum(r, BUTTON_SETS),
      DigestAlgorithm: makeEnum(r, ["MD2", "MD5", "SHA_1", "SHA_256", "SHA_384", "SHA_512"]),
      MacAlgorithm: makeEnum(r, ["HMAC_MD5", "HMAC_SHA_1", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512"]),
      Charset: makeEnum(r, ["US_ASCII", "UTF_8"]),
      SandboxMode: makeEnum(r, ["EMULATED", "IFRAME", "NATIVE"]),
      XFrameOptionsMode: makeEnum(r, ["ALLOWALL", "DEFAULT"]),
    };
    ex.makeRange = (t) => new RangeObj(ex, t);
    ex.makeSheet = (s) => new SheetObj(ex, s);
    ex.makeSpreadsheet = () => new SpreadsheetObj(ex);
    const { Logger, console } = createLogging(ex);
    r.install({
      SpreadsheetApp: createSpreadsheetApp(ex, this.scopes),
      HtmlService: createHtmlService(ex),
      PropertiesService: createPropertiesService(ex),
      LockService: createLockService(ex),
      Session: createSession(ex, this.scopes),
      ScriptApp: createScriptApp(ex),
      Utilities: createUtilities(ex),
      Logger,
      console,
    });
  }
}
