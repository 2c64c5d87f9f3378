// Reads the text a PDF draws, with where and how wide, from the PDFs LibreOffice writes (Flate streams,
// simple TrueType fonts with /Widths and a ToUnicode map, text placed with Td/Tm and shown with Tj/TJ,
// optional rectangle clips). Enough to check what a printed sheet shows; not a general PDF reader.
import { inflateSync } from "node:zlib";

/** One piece of drawn text: page (1-based), baseline start, width and font size in points. */
export interface TextRun {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly text: string;
  /** The clip rectangle in force, if any, as [x0, y0, x1, y1]. */
  readonly clip?: readonly [number, number, number, number];
}

interface Font {
  readonly first: number;
  readonly widths: number[];
  readonly unicode: Map<number, string>;
}

function objects(pdf: Buffer): Map<number, { dict: string; stream?: Buffer }> {
  const text = pdf.toString("latin1");
  const out = new Map<number, { dict: string; stream?: Buffer }>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = text.indexOf("endobj", m.index);
    const body = text.slice(m.index + m[0].length, end);
    const at = body.indexOf("stream");
    if (at < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const start = m.index + m[0].length + at + (body[at + 6] === "\r" ? 8 : 7);
    const stop = text.lastIndexOf("endstream", end);
    let data = pdf.subarray(start, stop);
    if (/\/FlateDecode/.test(body.slice(0, at))) data = inflateSync(data);
    out.set(Number(m[1]), { dict: body.slice(0, at), stream: data });
  }
  return out;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1]);

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) =>
    String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((u) => Number.parseInt(u, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, uni] of (block[1] ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(Number.parseInt(code ?? "0", 16), hex(uni ?? ""));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, uni] of (block[1] ?? "").matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const base = Number.parseInt(uni ?? "0", 16);
      for (let c = Number.parseInt(lo ?? "0", 16); c <= Number.parseInt(hi ?? "0", 16); c++)
        map.set(c, String.fromCodePoint(base + c - Number.parseInt(lo ?? "0", 16)));
    }
  return map;
}

const TOKEN = /<([0-9A-Fa-f\s]*)>|\((?:\\.|[^\\)])*\)|\[|\]|\/[^\s/<>[\]()]+|-?\d*\.?\d+|[A-Za-z*'"]+/g;

/** Every text run of every page, in drawing order. */
export function pdfTextRuns(pdf: Buffer): TextRun[] {
  const objs = objects(pdf);
  const fonts = new Map<number, Font>();
  const fontOf = (id: number): Font => {
    const cached = fonts.get(id);
    if (cached) return cached;
    const dict = objs.get(id)?.dict ?? "";
    const widths = (/\/Widths\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "").trim().split(/\s+/).map(Number);
    const cmap = objs.get(ref(dict, "ToUnicode"))?.stream?.toString("latin1") ?? "";
    const font = {
      first: Number(/\/FirstChar\s+(\d+)/.exec(dict)?.[1] ?? 0),
      widths,
      unicode: toUnicode(cmap),
    };
    fonts.set(id, font);
    return font;
  };
  const pages = [...objs.entries()]
    .filter(([, o]) => /\/Type\s*\/Page\b/.test(o.dict))
    .sort(([a], [b]) => a - b);
  const runs: TextRun[] = [];
  pages.forEach(([, page], i) => {
    const resources = objs.get(ref(page.dict, "Resources"))?.dict ?? page.dict;
    const fontDict = objs.get(ref(resources, "Font"))?.dict ?? resources;
    const fontIds = new Map(
      [...fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map(([, name, id]) => [name ?? "", Number(id)]),
    );
    const content = objs.get(ref(page.dict, "Contents"))?.stream?.toString("latin1") ?? "";
    const stack: (TextRun["clip"] | undefined)[] = [];
    let clip: TextRun["clip"] | undefined;
    let pendingRect: TextRun["clip"] | undefined;
    let font: Font | undefined;
    let size = 0;
    let x = 0;
    let y = 0;
    const operands: string[] = [];
    let array: string[] | null = null;
    for (const [token] of content.matchAll(TOKEN)) {
      if (token === "[") array = [];
      else if (token === "]") {
        operands.push(JSON.stringify(array));
        array = null;
      } else if (array) array.push(token);
      else if (/^[A-Za-z*'"]+$/.test(token)) {
        const n = operands.map(Number);
        switch (token) {
          case "q":
            stack.push(clip);
            break;
          case "Q":
            clip = stack.pop();
            break;
          case "re":
            pendingRect = [n[0] ?? 0, n[1] ?? 0, (n[0] ?? 0) + (n[2] ?? 0), (n[1] ?? 0) + (n[3] ?? 0)];
            break;
          case "W":
            if (pendingRect) clip = pendingRect;
            break;
          case "BT":
            x = 0;
            y = 0;
            break;
          case "Td":
            x += n[0] ?? 0;
            y += n[1] ?? 0;
            break;
          case "Tm":
            x = n[4] ?? 0;
            y = n[5] ?? 0;
            break;
          case "Tf":
            font = fontOf(fontIds.get((operands[0] ?? "").slice(1)) ?? -1);
            size = n[1] ?? 0;
            break;
          case "Tj":
          case "TJ": {
            const parts: string[] = token === "Tj" ? [operands[0] ?? ""] : JSON.parse(operands[0] ?? "[]");
            let text = "";
            let width = 0;
            let trailing = 0;
            for (const part of parts) {
              if (!part.startsWith("<")) {
                width -= (Number(part) / 1000) * size;
                continue;
              }
              const hex = part.slice(1, -1).replace(/\s/g, "");
              for (let k = 0; k < hex.length; k += 2) {
                const code = Number.parseInt(hex.slice(k, k + 2), 16);
                const ch = font?.unicode.get(code) ?? "?";
                const w = ((font?.widths[code - (font?.first ?? 0)] ?? 500) / 1000) * size;
                text += ch;
                width += w;
                trailing = ch.trim() ? 0 : trailing + w;
              }
            }
            // The ink ends before trailing spaces (a wrapped line keeps the space it broke at).
            runs.push({ page: i + 1, x, y, width: width - trailing, size, text, ...(clip ? { clip } : {}) });
            x += width;
            break;
          }
        }
        operands.length = 0;
      } else operands.push(token);
    }
  });
  return runs;
}
