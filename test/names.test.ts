// Every Python name works in every output mode: names of JavaScript
// keywords and globals, of Node's globals, of TypeScript's types and of our
// own runtime's exports, used as a global variable, a function, a parameter,
// a class and a local. One combined program per mode: `--run` in process,
// `--standalone` type-checked by tsc --strict and run by plain node; both
// must print what CPython prints (run live; skipped visibly without python3).

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { transpile } from "../src/index";
import { runCaptured } from "../src/run/runInProcess";
import { bundleStandalone } from "../src/run/standalone";
import { JS_GLOBAL_NAMES } from "../src/lower/jsGlobals";
import { JS_RESERVED_WORDS } from "../src/lower/names";
import { STANDALONE_NAMESPACE } from "../src/lower/standaloneNamespace";
import * as runtime from "../src/runtime";
import { normalizeAddresses, ROOT } from "./helpers/fixtures";

const PYTHON = process.env.PY2TS_PYTHON || "python3";
const hasPython = !spawnSync(PYTHON, ["--version"]).error;

const PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "),
);

/** Top-level names of the runtime's files that are not exported (inlined by --standalone). */
const runtimeInternals = fs
  .readdirSync(path.join(ROOT, "src", "runtime"))
  .filter((f) => f.endsWith(".ts"))
  .flatMap((f) => [...fs.readFileSync(path.join(ROOT, "src", "runtime", f), "utf8").matchAll(/^(?:function\*?|const|let|class|type|interface)\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]));

/** Names the program itself relies on stay out of the list. */
const names = [
  ...new Set([
    ...JS_RESERVED_WORDS,
    ...JS_GLOBAL_NAMES,
    ...Object.keys(runtime),
    ...runtimeInternals,
    STANDALONE_NAMESPACE,
    // names our own lowering and bundling produce
    "print_rt", "processOf", "error", "caught", "item", "iterator", "value", "loop", "temporary", "object2",
    "tsc", "py2tsRuntime_", "Object_", "parseInt_",
  ]),
]
  .filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) && !PYTHON_KEYWORDS.has(n) && !["__name__", "show__", "print"].includes(n))
  .sort();

/** `n` as a global, a function, a parameter, a class, a local; every 8th name also via global/nonlocal. */
function programFor(n: string, i: number): string {
  const lines = [
    `${n} = 1`,
    `def fn_${n}():`,
    `    def ${n}(${n}): return ${n} + 1`,
    `    return ${n}.__name__, ${n}(2)`,
    `def cls_${n}():`,
    `    class ${n}:`,
    `        def m(self, ${n}): ${n} = ${n} * 2; return ${n}`,
    `    return ${n}.__name__, ${n}().m(3)`,
    `show__(${n}, fn_${n}(), cls_${n}())`,
  ];
  if (i % 8 === 0)
    lines.push(
      `def set_${n}():`,
      `    global ${n}`,
      `    ${n} = 5`,
      `set_${n}()`,
      `def local_${n}():`,
      `    ${n} = 5`,
      `    def inner():`,
      `        nonlocal ${n}`,
      `        ${n} += 1`,
      `    inner()`,
      `    return ${n}`,
      `show__(local_${n}(), ${n})`,
    );
  return lines.join("\n") + "\n";
}

// `show__ = print` before any `print = ...` (a module-level read of a name bound later
// falls back to the builtin in CPython), so `print` itself stays out of the list.
const source = `show__ = print\n${names.map(programFor).join("")}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-names-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

let expected: string | undefined;
let emitted: Awaited<ReturnType<typeof transpile>>;
beforeAll(async () => {
  emitted = await transpile(source, { fileName: "names.py" });
  if (!hasPython) return;
  const py = path.join(work, "names.py");
  fs.writeFileSync(py, source);
  const r = spawnSync(PYTHON, [py], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expected = r.stdout;
});

test("the program covers JS keywords, JS/Node globals, TS types and every runtime export", () => {
  for (const n of ["Object", "Function", "WeakMap", "RegExp", "parseInt", "eval", "globalThis", "Symbol", "Reflect", "Proxy", "undefined", "NaN", "Infinity",
    "process", "require", "module", "exports", "__filename", "__dirname", "Buffer", "console", "setTimeout", "Record", "Partial", "Generator",
    "generator", "startProgram", "iadd", "pythonName", "default", "enum", "interface", "let"])
    expect(names).toContain(n);
  expect(runtimeInternals.length).toBeGreaterThan(50);
  for (const n of runtimeInternals) if (!["print", "show__"].includes(n)) expect(names).toContain(n);
  expect(names.length).toBeGreaterThan(500);
});

test("--run prints CPython's output", async () => {
  const result = emitted;
  expect(result.messages).toEqual([]);
  const run = runCaptured(result.code);
  expect(run.stderr).toBe("");
  if (!expected) return console.log("skipped: python3 not found; names.test.ts compared --run with nothing");
  expect(normalizeAddresses(run.stdout)).toBe(normalizeAddresses(expected));
});

test("--standalone passes tsc --strict and, run by node, prints CPython's output", async () => {
  fs.mkdirSync(path.join(work, "src"), { recursive: true });
  // transpile(..., { standalone: true }) is this bundling of the same emitted code.
  fs.writeFileSync(path.join(work, "src", "names.ts"), bundleStandalone(emitted.code, "py2ts-coro/runtime"));
  const config = {
    compilerOptions: { strict: true, target: "ES2022", module: "commonjs", lib: ["ES2022"], types: [], skipLibCheck: true, outDir: "js", rootDir: "src" },
    files: ["src/names.ts"],
  };
  fs.writeFileSync(path.join(work, "tsconfig.json"), JSON.stringify(config));
  const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", work], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  const run = spawnSync(process.execPath, [path.join(work, "js", "names.js")], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  if (!expected) return console.log("skipped: python3 not found; names.test.ts compared --standalone with nothing");
  expect(normalizeAddresses(run.stdout)).toBe(normalizeAddresses(expected));
});

test("the list of JS/TS/Node global names is current (test/scripts/make-js-globals.js)", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { globalNames } = require("./scripts/make-js-globals.js");
  const current: string[] = globalNames();
  expect(current.filter((n) => !JS_GLOBAL_NAMES.includes(n))).toEqual([]);
});
