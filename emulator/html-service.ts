// HtmlService: outputs from strings or dist/<name>.html, and templates with scriptlets.
// Source: guides/html/templates (PLATFORM §2): `<? ?>` runs code, `<?= ?>` prints escaped, `<?!= ?>`
// prints raw; createHtmlOutput(FromFile) has no scriptlets. Escaping here is HTML-entity escaping, a
// conservative stand-in for Google's contextual escaping. Calls are not counted (not the Sheets service).

import type { Execution } from "./execution";

/** Apps Script's HtmlOutput. */
export class HtmlOutput {
  private title = "";
  private width = 0;
  private height = 0;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(html: string): this {
    this.content += String(html);
    return this;
  }
  appendUntrusted(text: string): this {
    this.content += escapeHtml(String(text));
    return this;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  /** No effect: IFRAME is the only sandbox mode (guides/html/restrictions). */
  setSandboxMode(_mode: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.content = `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">${this.content}`;
    return this;
  }
  setFaviconUrl(_url: string): this {
    return this;
  }
}

/** HTML-escapes text printed by `<?= ?>`. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Compiles a template to the body of a function of (output, escape) run with the template as scope. */
export function compileTemplate(source: string): string {
  let code = "";
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("<?", i);
    const literal = source.slice(i, open < 0 ? source.length : open);
    if (literal) code += `__out.push(${JSON.stringify(literal)});\n`;
    if (open < 0) break;
    const close = source.indexOf("?>", open + 2);
    if (close < 0) throw new Error("Unclosed scriptlet in template.");
    const inner = source.slice(open + 2, close);
    if (inner.startsWith("!=")) code += `__out.push(__str(${inner.slice(2).trim().replace(/;$/, "")}));\n`;
    else if (inner.startsWith("="))
      code += `__out.push(__esc(__str(${inner.slice(1).trim().replace(/;$/, "")})));\n`;
    else code += `${inner}\n`;
    i = close + 2;
  }
  return code;
}

/** Apps Script's HtmlTemplate: set properties on it, then evaluate() runs the scriptlets once. */
export class HtmlTemplate {
  constructor(
    private readonly ex: Execution,
    private readonly source: string,
  ) {}
  getRawContent(): string {
    return this.source;
  }
  getCode(): string {
    return compileTemplate(this.source);
  }
  evaluate(): HtmlOutput {
    const body = compileTemplate(this.source);
    const runner = this.ex.realm.evaluateFunction(
      `(function (__scope, __esc) { var __out = []; var __str = function (v) { return v === undefined || v === null ? "" : String(v); }; with (__scope) { ${body} } return __out.join(""); })`,
    ) as (scope: object, esc: (s: string) => string) => string;
    return new HtmlOutput(runner(this, escapeHtml));
  }
}

/** The HtmlService global for one execution. */
export function createHtmlService(ex: Execution): Record<string, unknown> {
  const file = (name: string): string => {
    const text = ex.host.readHtmlFile(String(name));
    if (text === null) ex.fail(`No HTML file named ${name} was found.`);
    return text;
  };
  return {
    createHtmlOutput: (html?: unknown) => new HtmlOutput(html === undefined ? "" : String(html)),
    createHtmlOutputFromFile: (name: string) => new HtmlOutput(file(name)),
    createTemplate: (html: string) => new HtmlTemplate(ex, String(html)),
    createTemplateFromFile: (name: string) => new HtmlTemplate(ex, file(name)),
    SandboxMode: ex.enums.SandboxMode,
    XFrameOptionsMode: ex.enums.XFrameOptionsMode,
  };
}
