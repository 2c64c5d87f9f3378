// SpreadsheetApp.getUi(): menus, sidebar, dialogs, alert/prompt answered from the test's queue.
// Sources: PLATFORM §2–§3 (createAddonMenu under Extensions; sidebars are 300 px wide; LIMITED and
// NONE can't open sidebars or dialogs, checked in Execution.enter). Ui/Menu calls are not counted.

import type { Execution, MenuEntry } from "./execution";
import { HtmlOutput } from "./html-service";

/** Sidebar width; setWidth has no effect on sidebars (Ui.showSidebar reference). */
export const SIDEBAR_WIDTH = 300;

/** A Menu being built. */
export class MenuObj {
  private readonly items: MenuEntry[] = [];
  constructor(
    private readonly ex: Execution,
    private readonly caption: string,
    private readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.ex.enter("Menu", "addItem", "free", false);
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: MenuObj): this {
    this.items.push({ caption: menu.caption, items: [...menu.items] });
    return this;
  }
  /** Adds (or replaces) this menu in the editor UI. */
  addToUi(): void {
    this.ex.enter("Menu", "addToUi", "free", false);
    const ui = this.ex.host.ui;
    ui.menus = ui.menus.filter((m) => !(m.caption === this.caption && m.addon === this.addon));
    ui.menus.push({ caption: this.caption, addon: this.addon, items: [...this.items] });
  }
}

function html(ex: Execution, output: unknown): HtmlOutput {
  if (!(output instanceof HtmlOutput))
    ex.fail("The parameters (Object) don't match the method signature for Ui.showSidebar.");
  return output;
}

const BUTTON_SETS: Record<string, readonly string[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

/** The Ui object of one execution. */
export function createUi(ex: Execution): Record<string, unknown> {
  const ui = ex.host.ui;
  const dialogArgs = (args: unknown[]): { title: string; prompt: string; buttons: string } => {
    if (args.length >= 3)
      return { title: String(args[0]), prompt: String(args[1]), buttons: String(args[2]) };
    if (args.length === 2) return { title: "", prompt: String(args[0]), buttons: String(args[1]) };
    return { title: "", prompt: String(args[0]), buttons: "OK" };
  };
  const answer = (queue: string[], buttons: string, method: string, prompt: string): unknown => {
    const button = queue.shift();
    if (button === undefined) ex.fail(`Ui.${method}("${prompt}") was shown but the test queued no answer.`);
    if (button !== "CLOSE" && !BUTTON_SETS[buttons]?.includes(button)) {
      ex.fail(`Queued answer ${button} is not a button of ButtonSet.${buttons}.`);
    }
    return ex.enums.Button?.[button];
  };
  return {
    Button: ex.enums.Button,
    ButtonSet: ex.enums.ButtonSet,
    createAddonMenu: () => {
      ex.enter("Ui", "createAddonMenu", "free", false);
      return new MenuObj(ex, ex.host.addonName, true);
    },
    createMenu: (caption: string) => {
      ex.enter("Ui", "createMenu", "free", false);
      return new MenuObj(ex, String(caption), false);
    },
    showSidebar: (output: unknown) => {
      ex.enter("Ui", "showSidebar", "dialog", false);
      const h = html(ex, output);
      ui.sidebar = { title: h.getTitle(), html: h.getContent() };
    },
    showModalDialog: (output: unknown, title: string) => {
      ex.enter("Ui", "showModalDialog", "dialog", false);
      const h = html(ex, output);
      ui.dialogs.push({
        title: String(title),
        html: h.getContent(),
        modal: true,
        width: h.getWidth(),
        height: h.getHeight(),
      });
    },
    showModelessDialog: (output: unknown, title: string) => {
      ex.enter("Ui", "showModelessDialog", "dialog", false);
      const h = html(ex, output);
      ui.dialogs.push({
        title: String(title),
        html: h.getContent(),
        modal: false,
        width: h.getWidth(),
        height: h.getHeight(),
      });
    },
    alert: (...args: unknown[]) => {
      ex.enter("Ui", "alert", "dialog", false);
      const a = dialogArgs(args);
      ui.alerts.push(a.title ? `${a.title}: ${a.prompt}` : a.prompt);
      return answer(ui.alertAnswers, a.buttons, "alert", a.prompt);
    },
    prompt: (...args: unknown[]) => {
      ex.enter("Ui", "prompt", "dialog", false);
      const a = dialogArgs(args);
      ui.alerts.push(a.title ? `${a.title}: ${a.prompt}` : a.prompt);
      const next = ui.promptAnswers[0];
      const button = answer(
        ui.promptAnswers.map((p) => p.button),
        a.buttons,
        "prompt",
        a.prompt,
      );
      ui.promptAnswers.shift();
      const text = next?.text ?? "";
      return { getResponseText: () => text, getSelectedButton: () => button };
    },
  };
}
