// Browser script of the local page (`npm start`): renders the emulated workbook as Sheets shows it (tabs,
// widths, frozen rows and columns, cells with their colours, dropdowns, checkboxes, notes), lets a person
// type into cells and insert or delete rows and columns, shows gate values behind a debugging toggle, the
// add-on menu as buttons, and reloads the sidebar frame when a menu command opens it. Cell text is always
// set with textContent.
import type { CellView, SheetView, WorkbookView } from "./workbook-view";

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
const grid = document.getElementById("grid") as HTMLTableElement;
const gates = document.getElementById("gates") as HTMLElement;
const message = document.getElementById("message") as HTMLElement;
const frame = document.getElementById("sidebar") as HTMLIFrameElement;
const sidebarTitle = document.getElementById("sidebar-title") as HTMLElement;
const dialog = document.getElementById("dialog") as HTMLDialogElement;
const formulaBar = document.getElementById("formula-bar") as HTMLInputElement;
const cellName = document.getElementById("cell-name") as HTMLElement;
const contextMenu = document.getElementById("context-menu") as HTMLElement;
const debugToggle = document.getElementById("debug-toggle") as HTMLInputElement;

debugToggle.addEventListener("change", () => {
  gates.hidden = !debugToggle.checked;
});

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

const ROW_HEADER_PX = 46;

interface Selection {
  sheet: string;
  row: number;
  col: number;
}

let selected: Selection | null = null;
let currentSheet: SheetView | null = null;

function cellAt(row: number, col: number): CellView | null {
  return currentSheet?.rows[row - 1]?.[col - 1] ?? null;
}

/** Whether a cell shows something that stops the text on its left from running on into it. */
function occupied(cell: CellView | null): boolean {
  return Boolean(cell && (cell.text || cell.checkbox || cell.options));
}

/** `room`: px the text may take when it runs on into empty cells to its right (null: it stays in its cell). */
function renderCell(td: HTMLTableCellElement, cell: CellView, room: number | null): void {
  if (cell.checkbox) {
    const box = h("input", { type: "checkbox", "aria-label": `Checkbox ${td.dataset.cell ?? ""}` });
    box.checked = cell.text === "TRUE";
    box.addEventListener("click", (event) => {
      event.stopPropagation();
      void edit(Number(td.dataset.row), Number(td.dataset.col), { checked: box.checked });
    });
    td.append(box);
    td.classList.add("checkbox");
  } else {
    const text = h("span", { class: "text" }, [cell.text]);
    td.append(text);
    if (cell.options) td.classList.add("dropdown");
  }
  if (cell.bg) td.style.backgroundColor = cell.bg;
  if (cell.color) td.style.color = cell.color;
  if (cell.bold) td.style.fontWeight = "700";
  if (cell.strike) td.style.textDecoration = "line-through";
  // Points as Sheets shows them at 100% zoom (1 pt = 4/3 px).
  if (cell.size) td.style.fontSize = `${Math.round((cell.size * 4) / 3)}px`;
  if (cell.wrap) td.classList.add("wrap");
  else if (room !== null && cell.kind === "text" && !cell.options) {
    td.classList.add("runs-on");
    (td.firstElementChild as HTMLElement).style.maxWidth = `${room - 7}px`;
  }
  td.style.textAlign = cell.align && cell.align !== "general" ? cell.align : kindAlign(cell.kind);
  if (cell.rule) td.dataset.rule = String(cell.rule);
  const hover = [cell.error ? `Error: ${cell.error}` : "", cell.note ?? "", cell.formula ?? ""].filter(
    Boolean,
  );
  if (hover.length) td.title = hover.join("\n\n");
  if (cell.note) td.classList.add("has-note");
  if (cell.error) td.classList.add("has-error");
}

/** Width a cell's text may run on to: its own plus the empty cells to its right; null if the next is taken. */
function runOnRoom(sheet: SheetView, row: number, col: number): number | null {
  let room = sheet.columnWidths[col - 1] ?? 100;
  let c = col + 1;
  while (c <= sheet.columnWidths.length && !occupied(sheet.rows[row - 1]?.[c - 1] ?? null)) {
    room += sheet.columnWidths[c - 1] ?? 100;
    c++;
  }
  return c === col + 1 ? null : room;
}

function kindAlign(kind: CellView["kind"]): string {
  return kind === "number" ? "right" : kind === "bool" ? "center" : "left";
}

function renderGrid(view: WorkbookView): void {
  const sheet = view.sheets.find((s) => s.name === view.activeSheet) ?? view.sheets[0];
  currentSheet = sheet ?? null;
  if (!sheet) {
    grid.replaceChildren();
    return;
  }
  const cols = sheet.columnWidths.length;
  const rows = sheet.rowCount;
  const colgroup = h("colgroup", {}, [h("col", { style: `width:${ROW_HEADER_PX}px` })]);
  let left = ROW_HEADER_PX;
  const stickyLeft: number[] = [];
  for (let c = 1; c <= cols; c++) {
    const px = sheet.columnWidths[c - 1] ?? 100;
    colgroup.append(h("col", { style: `width:${px}px` }));
    stickyLeft.push(left);
    left += px;
  }
  grid.style.width = `${left}px`;
  const head = h("tr", {}, [h("th", { class: "corner" })]);
  for (let c = 1; c <= cols; c++) {
    const th = h("th", { scope: "col", "data-col": String(c) }, [columnLetters(c)]);
    if (c <= sheet.frozenCols) th.classList.add("frozen-col");
    if (c === sheet.frozenCols) th.classList.add("freeze-edge-col");
    if (c <= sheet.frozenCols) th.style.left = `${stickyLeft[c - 1]}px`;
    head.append(th);
  }
  const body = h("tbody");
  for (let r = 1; r <= rows; r++) {
    const tr = h("tr", { "data-row": String(r) }, [
      h("th", { scope: "row", "data-row": String(r) }, [String(r)]),
    ]);
    if (r <= sheet.frozenRows) tr.classList.add("frozen");
    if (r === sheet.frozenRows) tr.classList.add("freeze-edge");
    for (let c = 1; c <= cols; c++) {
      const merge = sheet.merges.find(
        (m) => r >= m.row && r < m.row + m.numRows && c >= m.col && c < m.col + m.numCols,
      );
      if (merge && (merge.row !== r || merge.col !== c)) continue;
      const cell = sheet.rows[r - 1]?.[c - 1] ?? null;
      const td = h("td", {
        "data-cell": `${columnLetters(c)}${r}`,
        "data-row": String(r),
        "data-col": String(c),
      });
      if (c <= sheet.frozenCols) {
        td.classList.add("frozen-col");
        td.style.left = `${stickyLeft[c - 1]}px`;
      }
      if (c === sheet.frozenCols) td.classList.add("freeze-edge-col");
      if (merge) {
        td.colSpan = merge.numCols;
        td.rowSpan = merge.numRows;
      }
      if (cell) renderCell(td, cell, merge ? null : runOnRoom(sheet, r, c));
      if (selected && selected.sheet === sheet.name && selected.row === r && selected.col === c)
        td.classList.add("selected");
      tr.append(td);
    }
    body.append(tr);
  }
  grid.replaceChildren(colgroup, h("thead", {}, [head]), body);
  grid.setAttribute("aria-label", `Cells of ${sheet.name}`);
  // Frozen rows stay under the column letters: each sticks at the height of what is above it.
  let top = (grid.tHead?.rows[0]?.getBoundingClientRect().height ?? 21) - 1;
  for (const tr of Array.from(body.rows).slice(0, sheet.frozenRows)) {
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
}

function tdAt(row: number, col: number): HTMLTableCellElement | null {
  return grid.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-col="${col}"]`);
}

function select(row: number, col: number): void {
  if (!currentSheet) return;
  const r = Math.max(1, Math.min(row, currentSheet.rowCount));
  const c = Math.max(1, Math.min(col, currentSheet.columnWidths.length));
  for (const td of grid.querySelectorAll("td.selected")) td.classList.remove("selected");
  selected = { sheet: currentSheet.name, row: r, col: c };
  const td = tdAt(r, c);
  td?.classList.add("selected");
  td?.scrollIntoView({ block: "nearest", inline: "nearest" });
  const cell = cellAt(r, c);
  formulaBar.value = cell?.input ?? "";
  cellName.textContent = `${columnLetters(c)}${r}`;
}

async function edit(
  row: number,
  col: number,
  change: { text: string } | { checked: boolean },
): Promise<void> {
  if (!currentSheet) return;
  const outcome = await post<{ ok: boolean; error?: string }>("/api/edit", {
    sheet: currentSheet.name,
    row,
    col,
    ...change,
  });
  if (!outcome.ok) message.textContent = outcome.error ?? "That edit was not applied.";
  await load();
}

let editor: HTMLInputElement | HTMLSelectElement | null = null;

function closeEditor(): void {
  const open = editor;
  editor = null;
  open?.remove();
}

/** Opens the in-cell editor: a text box (starting with `initial`), or the dropdown's options. */
function openEditor(initial?: string): void {
  if (!selected) return;
  const td = tdAt(selected.row, selected.col);
  if (!td) return;
  const { row, col } = selected;
  const cell = cellAt(row, col);
  closeEditor();
  const rect = td.getBoundingClientRect();
  const wrap = grid.parentElement as HTMLElement;
  const box = wrap.getBoundingClientRect();
  const place = (el: HTMLElement) => {
    el.style.left = `${rect.left - box.left + wrap.scrollLeft}px`;
    el.style.top = `${rect.top - box.top + wrap.scrollTop}px`;
    el.style.minWidth = `${rect.width}px`;
    el.style.height = `${rect.height}px`;
  };
  if (cell?.options && initial === undefined) {
    const list = h(
      "select",
      { class: "cell-editor", "aria-label": `Choose a value for ${columnLetters(col)}${row}` },
      [h("option", { value: "" }, [""]), ...cell.options.map((o) => h("option", { value: o }, [o]))],
    );
    list.value = cell.options.includes(cell.text) ? cell.text : "";
    list.addEventListener("change", () => {
      closeEditor();
      void edit(row, col, { text: list.value });
    });
    list.addEventListener("keydown", (e) => {
      if (e.key === "Escape") closeEditor();
    });
    place(list);
    wrap.append(list);
    editor = list;
    list.focus();
    list.size = Math.min(cell.options.length + 1, 8);
    return;
  }
  const input = h("input", {
    type: "text",
    class: "cell-editor",
    "aria-label": `Edit ${columnLetters(col)}${row}`,
  });
  input.value = initial ?? cell?.input ?? "";
  formulaBar.value = input.value;
  input.addEventListener("input", () => {
    formulaBar.value = input.value;
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      const text = input.value;
      closeEditor();
      select(e.key === "Enter" ? row + 1 : row, e.key === "Tab" ? col + 1 : col);
      void edit(row, col, { text });
    } else if (e.key === "Escape") {
      closeEditor();
      grid.focus();
    }
  });
  input.addEventListener("blur", () => {
    if (editor !== input) return;
    const text = input.value;
    closeEditor();
    if (text !== (cell?.input ?? "")) void edit(row, col, { text });
  });
  place(input);
  wrap.append(input);
  editor = input;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

grid.addEventListener("click", (e) => {
  const td = (e.target as HTMLElement).closest("td");
  if (!td) return;
  const row = Number(td.dataset.row);
  const col = Number(td.dataset.col);
  const again = selected?.row === row && selected?.col === col;
  select(row, col);
  grid.focus();
  // A dropdown opens from its arrow at the cell's right edge, or on a second click, as in Sheets.
  const onArrow = td.getBoundingClientRect().right - e.clientX < 18;
  if (cellAt(row, col)?.options && (again || onArrow)) openEditor();
});
grid.addEventListener("dblclick", (e) => {
  if ((e.target as HTMLElement).closest("td") && !cellAt(selected?.row ?? 0, selected?.col ?? 0)?.checkbox)
    openEditor(
      cellAt(selected?.row ?? 0, selected?.col ?? 0)?.options
        ? undefined
        : (cellAt(selected?.row ?? 0, selected?.col ?? 0)?.input ?? ""),
    );
});
grid.addEventListener("keydown", (e) => {
  if (!selected || editor) return;
  const { row, col } = selected;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, e.shiftKey ? -1 : 1],
  };
  const move = moves[e.key];
  if (move) {
    e.preventDefault();
    select(row + move[0], col + move[1]);
  } else if (e.key === "Enter" || e.key === "F2") {
    e.preventDefault();
    openEditor(cellAt(row, col)?.options ? undefined : (cellAt(row, col)?.input ?? ""));
  } else if (e.key === "Delete" || e.key === "Backspace") {
    e.preventDefault();
    void edit(row, col, { text: "" });
  } else if (e.key === " " && cellAt(row, col)?.checkbox) {
    e.preventDefault();
    void edit(row, col, { checked: cellAt(row, col)?.text !== "TRUE" });
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    openEditor(e.key);
  }
});
formulaBar.addEventListener("keydown", (e) => {
  if (e.key !== "Enter" || !selected) return;
  e.preventDefault();
  const { row, col } = selected;
  void edit(row, col, { text: formulaBar.value });
  select(row + 1, col);
  grid.focus();
});

type MenuAction = { label: string; op: string; at: number };

function showContextMenu(x: number, y: number, actions: MenuAction[]): void {
  contextMenu.replaceChildren(
    ...actions.map((a) => {
      const item = h("button", { type: "button", role: "menuitem", "data-op": `${a.op}:${a.at}` }, [a.label]);
      item.addEventListener("click", () => {
        contextMenu.hidden = true;
        void structure(a.op, a.at);
      });
      return item;
    }),
  );
  contextMenu.style.left = `${x}px`;
  contextMenu.style.top = `${y}px`;
  contextMenu.hidden = false;
  (contextMenu.firstElementChild as HTMLElement | null)?.focus();
}

async function structure(op: string, at: number): Promise<void> {
  if (!currentSheet) return;
  const outcome = await post<{ ok: boolean; error?: string }>("/api/structure", {
    sheet: currentSheet.name,
    op,
    at,
  });
  message.textContent = outcome.ok ? "" : (outcome.error ?? "That change was not applied.");
  await load();
}

grid.addEventListener("contextmenu", (e) => {
  const target = (e.target as HTMLElement).closest("td, th");
  if (!target) return;
  const row = Number((target as HTMLElement).dataset.row ?? 0);
  const col = Number((target as HTMLElement).dataset.col ?? 0);
  if (!row && !col) return;
  e.preventDefault();
  const actions: MenuAction[] = [];
  if (row) {
    actions.push(
      { label: "Insert 1 row above", op: "insertRows", at: row },
      { label: "Insert 1 row below", op: "insertRows", at: row + 1 },
      { label: `Delete row ${row}`, op: "deleteRows", at: row },
    );
  }
  if (col) {
    const letter = columnLetters(col);
    actions.push(
      { label: "Insert 1 column left", op: "insertColumns", at: col },
      { label: "Insert 1 column right", op: "insertColumns", at: col + 1 },
      { label: `Delete column ${letter}`, op: "deleteColumns", at: col },
    );
  }
  if (row && col) select(row, col);
  showContextMenu(e.clientX, e.clientY, actions);
});
document.addEventListener("click", (e) => {
  if (!contextMenu.contains(e.target as Node)) contextMenu.hidden = true;
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") contextMenu.hidden = true;
});

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

let loading: Promise<void> | null = null;
let reloadAfter = false;

/** Fetches the state and renders it; calls that arrive meanwhile fold into one more render. */
function load(): Promise<void> {
  if (loading) {
    reloadAfter = true;
    return loading;
  }
  loading = (async () => {
    do {
      reloadAfter = false;
      await render();
    } while (reloadAfter);
  })().finally(() => {
    loading = null;
  });
  return loading;
}

async function render(): Promise<void> {
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
