// The built command line (dist/cli.js, built by `npm run build`, which
// `npm test` runs first): exit codes, streams, and the notebook check.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES, ROOT, hasPython } from "./helpers/fixtures";

const CLI = path.join(ROOT, "dist", "cli.js");
const NOTEBOOK = path.join(FIXTURES, "notebook", "coroutines.ipynb");

function cli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    input: options.input,
    env: options.env ?? process.env,
    cwd: options.cwd ?? ROOT,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTmp(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

test("the notebook check: 12 cells match, In [1] is stale, exit 0", () => {
  const r = cli([NOTEBOOK, "--check"]);
  const verdicts = r.stdout.split("\n").filter((l) => /^In \[/.test(l));
  expect(verdicts).toHaveLength(13);
  expect(verdicts.filter((l) => /: match$/.test(l))).toHaveLength(12);
  expect(verdicts.filter((l) => /: stale/.test(l))).toEqual([expect.stringMatching(/^In \[1\]: stale/)]);
  expect(r.stdout).toMatch(/12 match, 0 mismatch, 1 stale \(13 cells\)/);
  expect(r.status).toBe(0);
  if (hasPython()) expect(verdicts.find((l) => l.startsWith("In [1]"))).toMatch(/CPython agrees/);
});

test("the notebook check without python3 decides staleness from the execution order", () => {
  const env = { ...process.env, PY2TS_PYTHON: path.join(tmp, "no-python-here") };
  const r = cli([NOTEBOOK, "--check"], { env });
  expect(r.stdout).toMatch(/^In \[1\]: stale.*not verified: python3 not found/m);
  expect(r.status).toBe(0);
});

test("--check --strict fails on the stale cell", () => {
  expect(cli([NOTEBOOK, "--check", "--strict"]).status).toBe(1);
});

test("--run prints the program's output", () => {
  const file = writeTmp("ok.py", "def g():\n    x = yield 1\n    print('got', x)\n\nc = g()\nprint(next(c))\ntry:\n    c.send(2)\nexcept StopIteration:\n    print('done')\n");
  const r = cli([file, "--run"]);
  expect(r.stdout).toBe("1\ngot 2\ndone\n");
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

test("an uncaught Python exception: traceback on stderr ending in ExcName: message, exit 1", () => {
  const file = writeTmp("boom.py", "print('before')\nraise ValueError('bad value')\n");
  const r = cli([file, "--run"]);
  expect(r.stdout).toBe("before\n");
  expect(r.stderr).toMatch(/^Traceback \(most recent call last\):/);
  expect(r.stderr.trimEnd().split("\n").pop()).toBe("ValueError: bad value");
  expect(r.status).toBe(1);
  const empty = writeTmp("stop.py", "next(iter([]))\n");
  expect(cli([empty, "--run"]).stderr.trimEnd().split("\n").pop()).toBe("StopIteration");
});

test("TypeScript on stdout, -o writes a file, never over the input", () => {
  const file = writeTmp("emit.py", "# 주석\nprint(1 + 2)\n");
  const r = cli([file]);
  expect(r.stdout).toContain("// 주석");
  expect(r.stdout).toContain('from "py2ts-coro/runtime"');
  const out = path.join(tmp, "emit.ts");
  expect(cli([file, "-o", out]).status).toBe(0);
  expect(fs.readFileSync(out, "utf8")).toBe(r.stdout);
  const over = cli([file, "-o", file]);
  expect(over.status).toBe(2);
  expect(fs.readFileSync(file, "utf8")).toBe("# 주석\nprint(1 + 2)\n");
});

test("- reads the program from stdin", () => {
  const r = cli(["-", "--run"], { input: "print('from stdin')\n" });
  expect(r.stdout).toBe("from stdin\n");
});

test("bad input: file:line:col, the line and a caret; no JS stack trace; exit 1", () => {
  const file = writeTmp("bad.py", "x = 1\nyield x\n");
  const r = cli([file]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`${file}:2:1: error PY2TS1010: 'yield' outside function`);
  expect(r.stderr).toContain("yield x\n^~~~~~~");
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const syntax = writeTmp("syntax.py", "def f(:\n    pass\n");
  const s = cli([syntax]);
  expect(s.status).toBe(1);
  expect(s.stderr).toMatch(/syntax\.py:1:\d+: error PY2TS1000/);
});

test("usage errors exit 2 with one line; a missing file exits 1", () => {
  const unknown = cli(["--no-such-option", "x.py"]);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
  expect(cli([]).status).toBe(2);
  const missing = cli([path.join(tmp, "missing.py")]);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/cannot read .*missing\.py.*no such file/);
});

test("--help and --version", () => {
  const help = cli(["--help"]);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("--standalone");
  const version = cli(["--version"]);
  expect(version.status).toBe(0);
  expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
});

test("--standalone output carries the runtime and no import", () => {
  const file = writeTmp("sa.py", "print('x')\n");
  const r = cli([file, "--standalone"]);
  expect(r.stdout).not.toMatch(/^import /m);
  expect(r.stdout).toContain("namespace py2tsRuntime");
});
