// Browser script of the local page (`npm start`): renders the emulated workbook (tabs, cells with their
// colours, notes, gate values), the add-on menu as buttons, and reloads the sidebar frame when a menu
// command opens it. Cell text is always set with textContent.
import type { WorkbookView } from "./workbook-view";

interface MenuItemView {
  caption: string;
  functionName: string;
}

interface PageState {
  workbook: WorkbookView;
  menus: { caption: string; items: MenuItemView[] }[];
  sidebar: { title: string; version: number } | null;
  message: string | null;
  version: number;
}

interface MenuOutcome {
  ok: boolean;
  error?: string;
  needs?: { kind: "alert" | "prompt"; message: string; buttons: string[] };
}

type Answers = { alerts: string[]; prompts: { button: string; text: string }[] };

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const menuBar = document.getElementById("menu") as HTMLElement;
const tabs = document.getElementById("tabs") as HTMLElement;
const grid = document.getElementById("grid") as HTMLElement;
const gates = document.getElementById("gates") as HTMLElement;
const message = document.getElementById("message") as HTMLElement;
const frame = document.getElementById("sidebar") as HTMLIFrameElement;
const sidebarTitle = document.getElementById("sidebar-title") as HTMLElement;
const dialog = document.getElementById("dialog") as HTMLDialogElement;

let shownSheet: string | null = null;
let sidebarVersion = -1;

function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function renderGrid(view: WorkbookView): void {
  const sheet = view.sheets.find((s) => s.name === view.activeSheet) ?? view.sheets[0];
  if (!sheet) {
    grid.replaceChildren();
    return;
  }
  const cols = Math.max(sheet.columnWidths.length, 6);
  const rows = Math.max(sheet.rows.length, 20);
  const head = h("tr", {}, [h("th", { class: "corner" })]);
  for (let c = 1; c <= cols; c++) {
    const th = h("th", { scope: "col" }, [columnLetters(c)]);
    th.style.width = `${sheet.columnWidths[c - 1] ?? 100}px`;
    head.append(th);
  }
  const body = h("tbody");
  for (let r = 1; r <= rows; r++) {
    const tr = h("tr", { "data-row": String(r) }, [h("th", { scope: "row" }, [String(r)])]);
    if (r <= sheet.frozenRows) tr.classList.add("frozen");
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.rows[r - 1]?.[c - 1] ?? null;
      const td = h("td", { "data-cell": `${columnLetters(c)}${r}` });
      if (cell) {
        td.textContent = cell.text;
        if (cell.bg) td.style.backgroundColor = cell.bg;
        if (cell.color) td.style.color = cell.color;
        if (cell.bold) td.style.fontWeight = "700";
        if (cell.wrap) td.classList.add("wrap");
        if (cell.align) td.style.textAlign = cell.align;
        if (cell.rule) td.dataset.rule = String(cell.rule);
        const hover = [cell.error ? `Error: ${cell.error}` : "", cell.note ?? "", cell.formula ?? ""].filter(
          Boolean,
        );
        if (hover.length) td.title = hover.join("\n\n");
        if (cell.note) td.classList.add("has-note");
        if (cell.error) td.classList.add("has-error");
      }
      tr.append(td);
    }
    body.append(tr);
  }
  grid.replaceChildren(h("thead", {}, [head]), body);
  grid.setAttribute("aria-label", `Cells of ${sheet.name}`);
}

function renderTabs(view: WorkbookView): void {
  tabs.replaceChildren(
    ...view.sheets
      .filter((s) => !s.hidden)
      .map((s) => {
        const active = s.name === view.activeSheet;
        const button = h(
          "button",
          { type: "button", role: "tab", "aria-selected": String(active), "data-sheet": s.name },
          [s.name],
        );
        button.addEventListener("click", () => void post("/api/activate", { sheet: s.name }));
        return button;
      }),
  );
}

function renderGates(view: WorkbookView): void {
  gates.replaceChildren(
    h("h2", {}, ["Gate values"]),
    view.gates.length
      ? h(
          "ul",
          {},
          view.gates.map((g) =>
            h("li", { "data-gate": `${g.sheet}!${g.cell}` }, [
              `${g.sheet}!${g.cell}: `,
              h("strong", {}, [g.value]),
            ]),
          ),
        )
      : h("p", {}, ["No HANDOFF_GATE formulas yet."]),
  );
}

function renderMenu(state: PageState): void {
  menuBar.replaceChildren(
    ...state.menus.map((menu) =>
      h("div", { class: "menu", role: "group", "aria-label": `Extensions › ${menu.caption}` }, [
        h("span", { class: "menu-caption" }, [`Extensions › ${menu.caption}:`]),
        ...menu.items.map((item) => {
          const button = h("button", { type: "button", "data-menu": item.functionName }, [item.caption]);
          button.addEventListener("click", () => void runMenu(item, { alerts: [], prompts: [] }));
          return button;
        }),
      ]),
    ),
  );
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

/** Shows a dialog the add-on asked for and resolves with the button (and text) chosen. */
function ask(needs: NonNullable<MenuOutcome["needs"]>): Promise<{ button: string; text: string }> {
  return new Promise((resolve) => {
    const input = h("input", { type: "text", "aria-label": "Answer" });
    const buttons = needs.buttons.map((b) => {
      const button = h("button", { type: "button" }, [b]);
      button.addEventListener("click", () => {
        dialog.close();
        resolve({ button: b, text: input.value });
      });
      return button;
    });
    dialog.replaceChildren(
      h("p", {}, [needs.message]),
      needs.kind === "prompt" ? input : "",
      h("div", { class: "dialog-buttons" }, buttons),
    );
    dialog.showModal();
  });
}

async function runMenu(item: MenuItemView, answers: Answers): Promise<void> {
  message.textContent = `Running “${item.caption}”`;
  const outcome = await post<MenuOutcome>("/api/menu", { functionName: item.functionName, answers });
  if (outcome.needs) {
    const choice = await ask(outcome.needs);
    if (outcome.needs.kind === "prompt") answers.prompts.push(choice);
    else answers.alerts.push(choice.button);
    await runMenu(item, answers);
    return;
  }
  message.textContent = outcome.ok
    ? `${item.caption}: done.`
    : `${item.caption} failed: ${outcome.error ?? ""}`;
  await load();
}

async function load(): Promise<void> {
  const state = (await (await fetch("/api/state")).json()) as PageState;
  renderMenu(state);
  renderTabs(state.workbook);
  renderGrid(state.workbook);
  renderGates(state.workbook);
  if (state.message) message.textContent = state.message;
  if (shownSheet !== state.workbook.activeSheet) shownSheet = state.workbook.activeSheet;
  sidebarTitle.textContent = state.sidebar ? state.sidebar.title : "Sidebar closed";
  if (state.sidebar && state.sidebar.version !== sidebarVersion) {
    sidebarVersion = state.sidebar.version;
    frame.src = `/sidebar?v=${sidebarVersion}`;
  }
  document.body.dataset.version = String(state.version);
}

const events = new EventSource("/api/events");
events.addEventListener("change", () => void load());
void load();
