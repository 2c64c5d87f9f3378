// `npm start`: serves the emulated workbook beside the real dist/Sidebar.html on 127.0.0.1. The sidebar's
// google.script.run is bridged to the built bundle running in the emulation; the add-on menu built by
// onOpen is a row of buttons; clicking a tab makes it the active sheet; cells can be typed into and rows
// and columns inserted or deleted (scripts/workbook-edit.ts). `--demo` loads the demo workbook.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { clientRunnerSource, Emulator, handleClientCall } from "../emulator/index";
import { applyEdit, applyStructure } from "./workbook-edit";
import { pageShell, sidebarPlaceholder } from "./workbook-page-shell";
import { workbookView } from "./workbook-view";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUN_PATH = "/api/run";
const MAX_BODY = 1_000_000;

/** One google.script.run call that reached the bridge. */
export interface BridgeCall {
  readonly name: string;
  readonly ok: boolean;
}

export interface ServerOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly demo?: boolean;
  /** Default dist/Code.js. */
  readonly codePath?: string;
  /** Default console.log; tests pass a no-op. */
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  readonly emulator: Emulator;
  /** Every bridged google.script.run call, in arrival order. */
  readonly bridgeCalls: BridgeCall[];
  close(): Promise<void>;
}

type Answers = { alerts?: unknown; prompts?: unknown };

async function loadEmulator(opts: ServerOptions): Promise<Emulator> {
  const codePath = opts.codePath ?? join(root, "dist/Code.js");
  if (!opts.demo) return Emulator.load({ codePath });
  let demo: Record<string, unknown>;
  try {
    demo = (await import("./demo-workbook")) as Record<string, unknown>;
  } catch (error) {
    throw new Error(
      `--demo needs scripts/demo-workbook.ts exporting buildDemoWorkbook(emulator); it could not be loaded (${(error as Error).message}). Run without --demo for an empty workbook.`,
    );
  }
  const { loadDemoEmulator, buildDemoWorkbook } = demo;
  if (typeof loadDemoEmulator === "function") {
    return (await (loadDemoEmulator as (o: { codePath: string }) => Promise<Emulator>)({
      codePath,
    })) as Emulator;
  }
  if (typeof buildDemoWorkbook !== "function") {
    throw new Error("--demo: scripts/demo-workbook.ts does not export buildDemoWorkbook(emulator).");
  }
  const emulator = await Emulator.load({ codePath });
  await (buildDemoWorkbook as (e: Emulator) => Promise<void>)(emulator);
  return emulator;
}

async function bundlePageScript(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [join(root, "scripts/workbook-page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "warning",
  });
  return out.outputFiles[0]?.text ?? "";
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("Request body too large."));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-store" });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown, status = 200) =>
  send(res, status, "application/json", JSON.stringify(value));

/** A POST body as a JSON object, or null when it is not one (the caller refuses it with a 400). */
function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text || "{}");
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The sidebar HTML as the editor would host it: google.script.* defined before the page's own code. */
export function withClientRunner(html: string): string {
  const runner = `<script>${clientRunnerSource(RUN_PATH).replace(/<\/(script)/gi, "<\\/$1")}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return runner + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + runner + html.slice(at);
}

const NO_ANSWER = /was shown but the test queued no answer/;
const BUTTON_SET = /is not a button of ButtonSet\.([A-Z_]+)/;
const BUTTONS: Record<string, string[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

/** Starts the local server (port 0 = any free port) and returns its URL and emulator. */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const emulator = await loadEmulator(opts);
  const pageScript = await bundlePageScript();
  const bridgeCalls: BridgeCall[] = [];
  const listeners = new Set<ServerResponse>();
  let version = 1;
  let sidebarVersion = 0;
  let lastSidebar = emulator.ui.sidebar;
  let message: string | null = null;

  const changed = () => {
    version += 1;
    if (emulator.ui.sidebar !== lastSidebar) {
      lastSidebar = emulator.ui.sidebar;
      sidebarVersion += 1;
    }
    for (const res of listeners) res.write(`event: change\ndata: ${version}\n\n`);
  };

  const opened = emulator.runTrigger("onOpen", { authMode: "NONE" });
  if (!opened.ok) log(`onOpen (AuthMode.NONE) failed: ${opened.error?.message}`);
  const sidebar = emulator.run("openSidebar");
  if (!sidebar.ok) log(`openSidebar failed: ${sidebar.error?.message}`);
  changed();

  /** Runs a menu function with the dialog answers given so far; says what the next dialog needs. */
  const runMenu = (functionName: string, answers: Answers) => {
    const alerts = Array.isArray(answers.alerts) ? answers.alerts.map(String) : [];
    const prompts = Array.isArray(answers.prompts)
      ? answers.prompts.map((p: { button?: unknown; text?: unknown }) => ({
          button: String(p?.button ?? "CANCEL"),
          text: String(p?.text ?? ""),
        }))
      : [];
    const shownBefore = emulator.ui.alerts.length;
    const queue = () => {
      emulator.ui.alertAnswers.splice(0, Infinity, ...alerts);
      emulator.ui.promptAnswers.splice(0, Infinity, ...prompts);
    };
    queue();
    const result = emulator.run(functionName);
    const error = result.error?.message ?? "";
    if (!result.ok && NO_ANSWER.test(error)) {
      const kind: "alert" | "prompt" = /^Ui\.prompt/.test(error) ? "prompt" : "alert";
      const text = emulator.ui.alerts[emulator.ui.alerts.length - 1] ?? "";
      // Replays up to the dialog with an impossible answer to learn its button set; the add-on's
      // commands ask before they write, so the replay changes nothing.
      emulator.ui.alertAnswers.splice(0, Infinity, ...alerts, ...(kind === "alert" ? ["?"] : []));
      emulator.ui.promptAnswers.splice(
        0,
        Infinity,
        ...prompts,
        ...(kind === "prompt" ? [{ button: "?", text: "" }] : []),
      );
      const probe = emulator.run(functionName);
      const set = BUTTON_SET.exec(probe.error?.message ?? "")?.[1] ?? "OK";
      emulator.ui.alerts.splice(shownBefore);
      emulator.ui.alertAnswers.splice(0);
      emulator.ui.promptAnswers.splice(0);
      return { ok: false, needs: { kind, message: text, buttons: BUTTONS[set] ?? ["OK"] } };
    }
    emulator.ui.alertAnswers.splice(0);
    emulator.ui.promptAnswers.splice(0);
    const toast = result.toasts[result.toasts.length - 1];
    message = toast ? `${toast.title ? `${toast.title}: ` : ""}${toast.message}` : null;
    changed();
    return result.ok ? { ok: true } : { ok: false, error: error || "The command failed." };
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (req.method === "POST") {
        const origin = req.headers.origin;
        if (origin && origin !== `http://${req.headers.host}`)
          return json(res, { ok: false, error: "Cross-origin request refused." }, 403);
        const body = jsonObject(await readBody(req));
        if (!body) {
          return json(
            res,
            { ok: false, error: 'The request must be a JSON object, e.g. {"sheet": …}.' },
            400,
          );
        }
        if (url.pathname === RUN_PATH) {
          const outcome = await handleClientCall(emulator, body);
          bridgeCalls.push({ name: String(body.name), ok: outcome.ok });
          changed();
          return json(res, outcome);
        }
        if (url.pathname === "/api/menu") {
          const name = String(body.functionName ?? "");
          const known = emulator.ui.menus.some((m) =>
            m.items.some((i) => "functionName" in i && i.functionName === name),
          );
          if (!known) return json(res, { ok: false, error: `No menu item runs ${name}.` }, 400);
          return json(res, runMenu(name, (body.answers as Answers | undefined) ?? {}));
        }
        if (url.pathname === "/api/edit" || url.pathname === "/api/structure") {
          const outcome =
            url.pathname === "/api/edit" ? applyEdit(emulator, body) : applyStructure(emulator, body);
          if (outcome.ok) changed();
          return json(res, outcome, outcome.ok ? 200 : 400);
        }
        if (url.pathname === "/api/activate") {
          const sheet = emulator.model.sheetByName(String(body.sheet ?? ""));
          if (!sheet) return json(res, { ok: false, error: "No such sheet." }, 404);
          emulator.model.activeSheetId = sheet.id;
          changed();
          return json(res, { ok: true });
        }
        return json(res, { ok: false, error: "Not found." }, 404);
      }
      switch (url.pathname) {
        case "/":
          return send(res, 200, "text/html", pageShell());
        case "/favicon.ico":
          res.writeHead(204);
          return res.end();
        case "/page.js":
          return send(res, 200, "text/javascript", pageScript);
        case "/sidebar":
          return send(
            res,
            200,
            "text/html",
            emulator.ui.sidebar ? withClientRunner(emulator.ui.sidebar.html) : sidebarPlaceholder(),
          );
        case "/api/state":
          return json(res, {
            workbook: workbookView(emulator),
            menus: emulator.ui.menus.map((m) => ({
              caption: m.caption,
              items: m.items.filter((i) => "functionName" in i),
            })),
            sidebar: emulator.ui.sidebar
              ? { title: emulator.ui.sidebar.title, version: sidebarVersion }
              : null,
            message,
            version,
          });
        case "/api/events":
          res.writeHead(200, {
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-store",
            Connection: "keep-alive",
          });
          res.write(`event: change\ndata: ${version}\n\n`);
          listeners.add(res);
          req.on("close", () => listeners.delete(res));
          return;
        default:
          return send(res, 404, "text/plain", "Not found");
      }
    })().catch((error: unknown) => {
      if (!res.headersSent)
        json(res, { ok: false, error: { name: "Error", message: (error as Error).message } }, 500);
      else res.end();
    });
  });

  const wanted = opts.port ?? 8080;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${wanted} is already in use: pass --port <n> (npm start -- --port 8081) or set PORT.`,
            )
          : error,
      ),
    );
    server.listen(wanted, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator,
    bridgeCalls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        listeners.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function portFrom(args: readonly string[]): number {
  const i = args.indexOf("--port");
  const raw =
    i >= 0 ? args[i + 1] : (args.find((a) => a.startsWith("--port="))?.slice(7) ?? process.env.PORT);
  const port = raw === undefined || raw === "" ? 8080 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${raw}`);
  return port;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  try {
    const running = await startServer({ port: portFrom(args), demo: args.includes("--demo") });
    console.log(
      `Handoff Gate is running locally (${args.includes("--demo") ? "demo workbook" : "empty workbook"}):`,
    );
    console.log(`  ${running.url}`);
    console.log("Press Ctrl+C to stop.");
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
