// One execution (a trigger, menu click, google.script.run call or custom-function call): its auth
// mode, user, call counts, logs, toasts, and the permission rules every service checks on entry.

import type { RangeTarget } from "./builders";
import { CallCounter } from "./call-counter";
import { type ErrorLanguage, localizeError } from "./error-language";
import type { FormulaEngine } from "./formulas";
import type { Realm } from "./realm";
import type { SheetData, WorkbookModel } from "./workbook-model";

/** ScriptApp.AuthMode names. */
export type AuthMode = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

/** A toast shown by Spreadsheet.toast. */
export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

/** A menu added to the UI, with its items in order. */
export interface Menu {
  readonly caption: string;
  /** True for createAddonMenu (shown under Extensions → the add-on's name). */
  readonly addon: boolean;
  readonly items: readonly MenuEntry[];
}

/** A menu item (caption + the global function it runs), a separator, or a sub-menu. */
export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly caption: string; readonly items: readonly MenuEntry[] };

/** A dialog shown with showModalDialog / showModelessDialog. */
export interface Dialog {
  readonly title: string;
  readonly html: string;
  readonly modal: boolean;
  readonly width: number;
  readonly height: number;
}

/** What a test queues to answer Ui.prompt. */
export interface PromptAnswer {
  readonly button: string;
  readonly text?: string;
}

/** The editor UI as the add-on left it, plus the answers a test queued for alert/prompt. */
export class UiState {
  menus: Menu[] = [];
  sidebar: { title: string; html: string } | null = null;
  dialogs: Dialog[] = [];
  /** Every alert/prompt message shown, in order. */
  alerts: string[] = [];
  readonly alertAnswers: string[] = [];
  readonly promptAnswers: PromptAnswer[] = [];

  /** Queues the button the next Ui.alert returns ("OK", "YES", "NO", "CANCEL", "CLOSE"). */
  queueAlert(button: string): void {
    this.alertAnswers.push(button);
  }

  /** Queues the answer to the next Ui.prompt. */
  queuePrompt(answer: PromptAnswer): void {
    this.promptAnswers.push(answer);
  }
}

/** What the emulator offers the services of every execution. */
export interface Host {
  readonly model: WorkbookModel;
  readonly ui: UiState;
  readonly formulas: FormulaEngine;
  readonly scriptTimeZone: string;
  readonly addonName: string;
  /** The virtual clock, in ms since the epoch. */
  now(): number;
  /** Moves the virtual clock forward (Utilities.sleep, lock waits). */
  advance(ms: number): void;
  /** Contents of dist/<name>.html, or null. */
  readHtmlFile(name: string): string | null;
  readonly lock: import("./lock-service").DocumentLockState;
  /** The language of the errors services throw (error-language.ts). */
  readonly errorLanguage: ErrorLanguage;
}

/** How a call touches the document, for the auth-mode rules. */
export type Access =
  | "read"
  | "write"
  | "open" // reaching the document from SpreadsheetApp (getActive…)
  | "ui" // SpreadsheetApp.getUi
  | "dialog" // showing a sidebar, dialog, alert or prompt
  | "free"; // builders, enums, menus

let nextExecutionId = 1;

/** The state of one execution; services call `enter` at the start of every method. */
export class Execution {
  readonly id = nextExecutionId++;
  readonly counter = new CallCounter();
  readonly logs: string[] = [];
  readonly toasts: Toast[] = [];
  private realmRef: Realm | null = null;
  /** The realm's enums by name (SpreadsheetApp.ProtectionType…), set when services are installed. */
  enums: Record<string, Record<string, unknown>> = {};
  /** Builds a counted Range object (set when services are installed). */
  makeRange: (target: RangeTarget) => object = () => {
    throw new Error("services not installed");
  };
  /** Builds the counted Spreadsheet object (set when services are installed). */
  makeSpreadsheet: () => object = () => {
    throw new Error("services not installed");
  };
  /** Builds a counted Sheet object (set when services are installed). */
  makeSheet: (sheet: SheetData) => object = () => {
    throw new Error("services not installed");
  };

  constructor(
    readonly host: Host,
    readonly authMode: AuthMode,
    readonly user: string,
  ) {}

  get realm(): Realm {
    if (!this.realmRef) throw new Error("execution has no realm yet");
    return this.realmRef;
  }

  set realm(r: Realm) {
    this.realmRef = r;
  }

  /**
   * Checks the auth-mode rules, then counts the call when `counted`. Sources:
   * NONE may only build menus: document and Properties access throw ([LC] editor-auth-lifecycle);
   * LIMITED can't open sidebars or dialogs ([LC]); CUSTOM_FUNCTION is read-only with no UI ([CF], [LC]).
   * Wording: "You do not have permission to call X" as PLATFORM §1/§8 give it (observed); the
   * getUi text is the widely reported "Cannot call SpreadsheetApp.getUi() from this context."
   */
  enter(cls: string, method: string, access: Access, counted = true): void {
    const mode = this.authMode;
    if (access === "open" && mode === "NONE")
      this.fail(`You do not have permission to call ${cls}.${method}`);
    if (access === "write" && mode === "CUSTOM_FUNCTION")
      this.fail(`You do not have permission to call ${method}`);
    if (access === "ui" && mode === "CUSTOM_FUNCTION")
      this.fail("Cannot call SpreadsheetApp.getUi() from this context.");
    if (access === "dialog" && (mode === "NONE" || mode === "LIMITED")) {
      this.fail(`You do not have permission to call Ui.${method}`);
    }
    if (counted && this.untrackedDepth === 0) {
      const pending = this.pendingHook;
      this.pendingHook = null;
      pending?.();
      this.counter.add(`${cls}.${method}`);
      this.pendingHook = this.afterCall?.(`${cls}.${method}`) ?? null;
    }
  }

  /**
   * Test hook (Emulator's `interleave` option): sees each counted call; a function it returns runs
   * once that call has returned, i.e. just before this execution's next counted call (or at its end).
   */
  afterCall: ((method: string) => (() => void) | null) | null = null;
  private pendingHook: (() => void) | null = null;

  /** Runs a hook still pending when the bundle's function returns. */
  flushHook(): void {
    const pending = this.pendingHook;
    this.pendingHook = null;
    pending?.();
  }

  private untrackedDepth = 0;

  /** Runs internal calls that are part of one counted call (e.g. Sheet.clear using Range.clear). */
  untracked<T>(f: () => T): T {
    this.untrackedDepth++;
    try {
      return f();
    } finally {
      this.untrackedDepth--;
    }
  }

  /** Refuses a service that needs authorization in NONE (Properties, Lock on documents…). */
  requireAuthorized(service: string, method: string): void {
    if (this.authMode === "NONE") this.fail(`You do not have permission to call ${service}.${method}`);
  }

  /** Throws an Apps Script-style exception built in the execution's realm, in the user's language. */
  fail(message: string): never {
    throw this.realm.error(localizeError(message, this.host.errorLanguage));
  }
}
