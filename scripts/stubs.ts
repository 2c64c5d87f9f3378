// Generates the top-level function stubs Apps Script sees, from the registry's plain metadata.

/** What the build knows of one registry entry (read from the bundled registry). */
export interface StubSpec {
  readonly name: string;
  readonly kind: "trigger" | "menu" | "endpoint" | "customFunction";
  readonly params: readonly string[];
  readonly summary?: string;
  readonly paramDocs?: readonly { name: string; description: string; example: string }[];
  readonly returns?: string;
}

/** The name of the lazy loader every stub calls; private to Apps Script (ends in `_`). */
export const LOADER = "handoffGate_";

const CACHE = "handoffGateCache_";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function docComment(lines: readonly string[]): string {
  return ["/**", ...lines.map((l) => (l ? ` * ${l}` : " *")), " */"].join("\n");
}

function clean(text: string): string {
  return text.replace(/\*\//g, "* /").replace(/\s+/g, " ").trim();
}

/** One stub: JSDoc (full for custom functions) and a function that forwards to the bundle. */
export function renderStub(spec: StubSpec): string {
  if (!IDENTIFIER.test(spec.name) || spec.name.endsWith("_")) {
    throw new Error(`Registry name "${spec.name}" is not a public Apps Script function name.`);
  }
  for (const p of spec.params) {
    if (!IDENTIFIER.test(p)) throw new Error(`Parameter "${p}" of ${spec.name} is not an identifier.`);
  }
  let doc: string;
  if (spec.kind === "customFunction") {
    const paramDocs = spec.paramDocs ?? [];
    if (paramDocs.length !== spec.params.length || !spec.summary) {
      throw new Error(`Custom function ${spec.name} needs a summary and one documented parameter each.`);
    }
    doc = docComment([
      clean(spec.summary),
      "",
      ...paramDocs.map((p) => `@param {${clean(p.example)}} ${p.name} ${clean(p.description)}`),
      ...(spec.returns ? [`@return ${clean(spec.returns)}`] : []),
      "@customfunction",
    ]);
  } else {
    const role = {
      trigger: "Trigger",
      menu: "Menu item handler",
      endpoint: "Sidebar endpoint (google.script.run)",
    }[spec.kind];
    doc = docComment([`${role}: ${spec.name}.`]);
  }
  const args = spec.params.join(", ");
  return `${doc}\nfunction ${spec.name}(${args}) {\n  return ${LOADER}().registry.${spec.name}.fn(${args});\n}`;
}

/** The whole Code.js: the lazily evaluated bundle, then one stub per registry entry. */
export function renderCodeJs(bundleIife: string, globalName: string, specs: readonly StubSpec[]): string {
  return [
    "// Handoff Gate: built by scripts/build.ts. Do not edit; edit src/ and rebuild.",
    "// Top level only defines: the bundle is evaluated on the first call of a stub.",
    `var ${CACHE};`,
    `function ${LOADER}() {`,
    `  if (!${CACHE}) {`,
    `    ${CACHE} = (function () {`,
    bundleIife.trim(),
    `      return ${globalName};`,
    "    })();",
    "  }",
    `  return ${CACHE};`,
    "}",
    "",
    ...specs.map(renderStub),
    "",
  ].join("\n");
}
