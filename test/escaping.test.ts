// Data never becomes code: random Unicode (JS line terminators U+2028/9,
// CR, NUL, controls, `*/`, `${`, backticks, quotes, backslashes, lone and
// paired surrogates) in comments, docstrings, strings, f-strings, non-ASCII
// identifiers and the file name. The emitted TypeScript must have exactly
// the top-level statements the lowering intends (parsed with the typescript
// package), and `--run` must print what CPython prints (run live; skipped
// visibly without python3). Deterministic seed; a few programs only.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { transpile } from "../src/index";
import { runCaptured } from "../src/run/runInProcess";

const PYTHON = process.env.PY2TS_PYTHON || "python3";
const hasPython = !spawnSync(PYTHON, ["--version"]).error;

/** xorshift32: the same programs on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const NASTY = ["\u2028", "\u2029", "*/", "/*", "${", "`", "'", '"', "\\", "\t", "\u0085", "\u00a0", "\ufeff", "é", "𐀀", "\u{1f600}", "process.exit(7)", "//", "\u200d"];
/** code points CPython accepts in a UTF-8 source comment (no NUL, CR, LF, surrogates) */
function commentText(r: () => number): string {
  let s = "";
  for (let i = 0, n = Math.floor(r() * 12); i < n; i++) {
    const k = r();
    if (k < 0.5) s += NASTY[Math.floor(r() * NASTY.length)];
    else if (k < 0.7) s += String.fromCharCode(0x20 + Math.floor(r() * 95));
    else if (k < 0.8) s += String.fromCharCode(1 + Math.floor(r() * 31)).replace(/[\n\r\f\v\x1c-\x1e]/g, "x");
    else {
      // Latin to Cyrillic and CJK: assigned alike in CPython 3.11's Unicode 14 and Node's ICU.
      s += String.fromCodePoint(r() < 0.5 ? 0xa0 + Math.floor(r() * 0x490) : 0x4e00 + Math.floor(r() * 0x5000));
    }
  }
  return s;
}

/** A Python string literal's body written with escapes for everything beyond printable ASCII. */
function pyEscapes(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\" || ch === "'" || ch === '"' || ch === "{" || ch === "}") out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else out += cp > 0xffff ? `\\U${cp.toString(16).padStart(8, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
  }
  return out;
}

/** Any code point except surrogates (a str from Python escapes; NUL, CR and controls included). */
function stringValue(r: () => number): string {
  let s = commentText(r);
  if (r() < 0.5) s += "\u0000\r\n\u001b";
  return s;
}

const ID_CHARS = ["a", "é", "ß", "Ω", "ж", "中", "ﬁ", "ℌ", "ｆ", "_", "x1", "µ"];
function identifier(r: () => number, i: number): string {
  let s = "";
  for (let k = 0, n = 1 + Math.floor(r() * 3); k < n; k++) s += ID_CHARS[Math.floor(r() * ID_CHARS.length)];
  return `v${s}${i}`; // never the NFKC spelling of a def name (ｆ1 is f1)
}

/** A program of exactly `statements` top-level statements and the number each is lowered to. */
function program(seed: number): { source: string; fileName: string } {
  const r = rng(seed);
  const lines: string[] = [];
  for (let i = 0; i < 6; i++) {
    const id = identifier(r, i);
    const v = stringValue(r);
    lines.push(`# ${commentText(r)}`);
    lines.push(`${id} = "${pyEscapes(v)}"  # ${commentText(r)}`);
    lines.push(`def f${i}():`, `    """${commentText(r).replace(/["\\]/g, "")}"""`, `    return ${id}`);
    // ascii(): the output is plain ASCII, whatever the value holds.
    lines.push(`print(ascii(f${i}()), ascii(f"${pyEscapes(commentText(r))}{${id}!r}${pyEscapes(v)}"), len(${id}))`);
  }
  // a lone surrogate, and a surrogate pair written as one astral escape
  lines.push(`print(ascii("\\ud800x"), ascii("\\U0001f600"), len("\\U0001f600"))`);
  // CPython's identifier normalisation (NFKC): ﬁ is fi, ℌ is H, ｆ is f
  lines.push(`ﬁℌ = 1`, `print(fiH, "ﬁℌ" == "fiH")`);
  return { source: lines.join("\n") + "\n", fileName: `dir\u2028${commentText(r).replace(/[/\\]/g, "")}\n*/x.py` };
}

/** `print(...)` calls at the top level of the emitted code (each Python print is one). */
function topLevelShape(code: string): { prints: number; functions: number; errors: number } {
  const sf = ts.createSourceFile("out.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  let prints = 0;
  let functions = 0;
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s)) functions++;
    if (ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && s.expression.expression.getText(sf) === "print") prints++;
  }
  const errors = (sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
  return { prints, functions, errors };
}

const SEEDS = [1, 2, 3, 4, 5];
const work = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-escaping-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
let skipped = false;

test.each(SEEDS)("seed %d: user text stays data in the emitted TypeScript and --run agrees with CPython", async (seed) => {
  const { source, fileName } = program(seed);
  if (process.env.DUMP) fs.writeFileSync(`/tmp/escaping-${seed}.py`, source);
  const result = await transpile(source, { fileName });
  expect(result.messages).toEqual([]);
  // 7 prints + the normalisation print; 6 defs; no parse error anywhere.
  expect(topLevelShape(result.code)).toEqual({ prints: 8, functions: 6, errors: 0 });
  // The header names the file on one comment line.
  expect(result.code.split("\n")[0]).toMatch(/^\/\/ Generated by py2ts-coro from dir\\u2028.*\\u000a\*\/x\.py\./);
  const run = runCaptured(result.code);
  expect(run.stderr).toBe("");
  if (!hasPython) {
    skipped = true;
    return;
  }
  const py = path.join(work, `p${seed}.py`);
  fs.writeFileSync(py, source);
  const cp = spawnSync(PYTHON, [py], { encoding: "utf8", env: { ...process.env, PYTHONIOENCODING: "utf-8" } });
  expect(cp.stderr).toBe("");
  expect(run.stdout).toBe(cp.stdout);
});

afterAll(() => {
  if (skipped) console.log("skipped: python3 not found; escaping.test.ts compared --run with nothing");
});

test("notebook: a comment with U+2028 and a markdown cell with */ stay comments (--check matches, nothing runs)", () => {
  const cell = (source: string, outputs: unknown[], count: number | null) => ({
    cell_type: "code", execution_count: count, metadata: {}, outputs, source,
  });
  const notebook = {
    cells: [
      { cell_type: "markdown", metadata: {}, source: "Intro */ process.exit(5) /*\r\n\u2028process.exit(6)" },
      cell("# a\u2028process.exit(7)\nprint('ok')  # b\u2029process.exit(8)", [{ output_type: "stream", name: "stdout", text: "ok\n" }], 1),
    ],
    metadata: {}, nbformat: 4, nbformat_minor: 5,
  };
  const file = path.join(work, "nb\u2028process.exit(9).ipynb");
  fs.writeFileSync(file, JSON.stringify(notebook));
  const cli = path.join(__dirname, "..", "dist", "cli.js");
  const check = spawnSync(process.execPath, [cli, file, "--check"], { encoding: "utf8", env: { ...process.env, PY2TS_PYTHON: "/nonexistent" } });
  expect(check.stdout).toMatch(/^In \[1\]: match$/m);
  expect(check.status).toBe(0);
  const emitted = spawnSync(process.execPath, [cli, file], { encoding: "utf8" });
  const sf = ts.createSourceFile("nb.ts", emitted.stdout, ts.ScriptTarget.ES2022, true);
  expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  // the runtime import and one runNotebookCell call: nothing else became a statement
  expect(sf.statements.map((s) => ts.SyntaxKind[s.kind])).toEqual(["ImportDeclaration", "ExpressionStatement"]);
});
