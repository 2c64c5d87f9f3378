// Builds the three files clasp pushes: dist/Code.js, dist/Sidebar.html, dist/appsscript.json.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { readRegistry } from "./registry-meta";
import { renderCodeJs } from "./stubs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const GLOBAL = "HandoffGateBundle";

/** Bundles src/main.ts as one ES2020 IIFE that assigns its exports to GLOBAL. */
async function bundleServer(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(root, "src/main.ts")],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2020",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "warning",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no server bundle");
  return file.text;
}

/** Inlines sidebar/index.html's styles and bundled TypeScript into one self-contained page. */
async function bundleSidebar(): Promise<string> {
  const [html, css, js] = await Promise.all([
    readFile(join(root, "sidebar/index.html"), "utf8"),
    esbuild.build({
      entryPoints: [join(root, "sidebar/styles.css")],
      bundle: true,
      minify: true,
      write: false,
      logLevel: "warning",
    }),
    esbuild.build({
      entryPoints: [join(root, "sidebar/main.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      minify: true,
      legalComments: "none",
      write: false,
      logLevel: "warning",
    }),
  ]);
  const style = css.outputFiles[0]?.text ?? "";
  const script = (js.outputFiles[0]?.text ?? "").replace(/<\/(script)/gi, "<\\/$1");
  if (style.includes("<?") || script.includes("<?")) {
    throw new Error(
      'The sidebar\'s inlined CSS/JS contains "<?", which HtmlService templates would run as a scriptlet',
    );
  }
  if (!html.includes("<!-- STYLES -->") || !html.includes("<!-- SCRIPT -->")) {
    throw new Error("sidebar/index.html must contain <!-- STYLES --> and <!-- SCRIPT --> markers");
  }
  return html
    .replace(/>\s+</g, "><")
    .replace("<!-- STYLES -->", () => `<style>${style.trim()}</style>`)
    .replace("<!-- SCRIPT -->", () => `<script>${script.trim()}</script>`);
}

/** Runs the whole build and returns the sizes written, in bytes. */
export async function build(): Promise<Record<string, number>> {
  await mkdir(dist, { recursive: true });
  const [specs, bundle, sidebar] = await Promise.all([readRegistry(), bundleServer(), bundleSidebar()]);
  const code = renderCodeJs(bundle, GLOBAL, specs);
  await Promise.all([
    writeFile(join(dist, "Code.js"), code),
    writeFile(join(dist, "Sidebar.html"), sidebar),
    copyFile(join(root, "appsscript.json"), join(dist, "appsscript.json")),
  ]);
  return { "Code.js": Buffer.byteLength(code), "Sidebar.html": Buffer.byteLength(sidebar) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sizes = await build();
  for (const [file, bytes] of Object.entries(sizes))
    console.log(`dist/${file}  ${bytes.toLocaleString("en-US")} bytes`);
}
