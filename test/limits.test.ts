// No limits CPython does not have: big and deeply nested programs, generated
// here in memory, transpile and print what CPython prints; past CPython's own
// limits our diagnostic is CPython's error, compared live with python3's
// compile() (message, line and column). Also: the error fixtures in
// fixtures/limits agree with their expected.exc, written from python3 by
// test/scripts/make-expected.js. No timings are asserted here.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { transpile } from "../src/index";
import { runCaptured } from "../src/run/runInProcess";
import { FIXTURES, hasPython } from "./helpers/fixtures";

const withPython = hasPython() ? test : test.skip;

function python(source: string, code = "exec(compile(sys.stdin.read(), 'input.py', 'exec'))"): string {
  const r = spawnSync("python3", ["-c", `import sys\n${code}`], {
    input: source,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, PYTHONIOENCODING: "utf-8", PYTHONHASHSEED: "0" },
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return r.stdout;
}

/** CPython's compile error for `source`: "Type: message @line:col". */
function cpythonCompileError(source: string): string {
  return python(
    source,
    [
      "try:",
      "    compile(sys.stdin.read(), 'input.py', 'exec')",
      "    print('compiled')",
      "except SyntaxError as e:",
      "    print(f'{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}')",
    ].join("\n"),
  ).trim();
}

const ERROR_NAMES: Record<string, string> = { PY2TS1000: "SyntaxError", PY2TS1001: "IndentationError" };

async function ourCompileError(source: string): Promise<string> {
  const result = await transpile(source, { fileName: "input.py" });
  if (result.ok) return "compiled";
  const d = result.diagnostics[0];
  return `${ERROR_NAMES[d.code] ?? d.code}: ${d.message} @${d.loc.line}:${d.loc.col}`;
}

async function expectSameOutput(source: string): Promise<string> {
  const result = await transpile(source, { fileName: "input.py" });
  if (!result.ok) throw new Error(result.messages.join("\n"));
  const run = runCaptured(result.code);
  expect(run.stderr).toBe("");
  expect(run.stdout).toBe(python(source));
  return result.code;
}

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");
const indented = (depth: number, text: string) => " ".repeat(depth) + text + "\n";

describe("big programs within CPython's limits", () => {
  withPython("a 1,000-term sum and a 1,000-term string concatenation", async () => {
    await expectSameOutput(
      `x = ${Array(1000).fill("1").join(" + ")}\nprint(x)\n` +
        `s = ${Array(1000).fill('"ab"').join(" + ")}\nprint(len(s), s[:6])\n`,
    );
  });

  withPython("a long chain keeps CPython's order of evaluation and its exception", async () => {
    await expectSameOutput(
      "def f(i):\n    print('f', i)\n    return i\n" +
        `print(${lines(100, (i) => `f(${i}) - `)}1)\n` +
        `try:\n    print(${lines(100, (i) => `f(${i}) + `)}"a" + f(-1))\nexcept TypeError as e:\n    print(e)\n`,
    );
  });

  withPython("long chains in a lambda, a comprehension, a generator, a coroutine and a class body", async () => {
    const ones = Array(70).fill("1").join(" + ");
    const zeros = Array(70).fill("0").join(" or ");
    await expectSameOutput(
      [
        `f = lambda n: ${ones} + n`,
        "print(f(5))",
        `print([${ones} + i for i in range(3)])`,
        `print(list((${zeros} or i) for i in range(3)))`,
        "def g():",
        `    x = ${ones} + (yield 1) + ${ones}`,
        "    print('x', x)",
        `    y = ${Array(70).fill("0").join(" if False else ")} if (yield 2) else 9`,
        "    print('y', y)",
        "it = g()",
        "print(next(it), it.send(10))",
        "try:\n    it.send(True)\nexcept StopIteration:\n    pass",
        `async def co():\n    return ${ones}`,
        "try:\n    co().send(None)\nexcept StopIteration as e:\n    print(e.value)",
        `class K:\n    z = ${ones}\n    w = 0 or 'w'`,
        "print(getattr(K, 'z'), getattr(K, 'w'))",
        "",
      ].join("\n"),
    );
  });

  withPython("1,000-deep unary operators and power chains, with their order of evaluation", async () => {
    await expectSameOutput(
      "def f(i):\n    print('f', i, end=' ')\n    return i\n" +
        `print(${Array.from({ length: 70 }, (_, i) => `f(${i ? 1 : 2})`).join(" ** ")})\n` +
        `print(${"not ".repeat(31)}${"- ~ ".repeat(40)}f(3), ${"- ~ ".repeat(40)}f(3))\n` +
        `print(${"-".repeat(999)}f(5), ${"not ".repeat(1000)}f(0))\n` +
        `print(${Array(1000).fill("1").join(" ** ")})\n` +
        `try:\n    print(${Array(70).fill("f(2)").join(" ** ")} ** f("a"))\nexcept TypeError as e:\n    print(e)\n`,
    );
  });

  withPython("1,000 elifs", async () => {
    const ladder = lines(1000, (i) => `    elif x == ${i}:\n        print(${i})\n`);
    await expectSameOutput(
      `def f(x):\n    if x < 0:\n        print(-1)\n${ladder}    else:\n        print("none")\nfor x in (3, 999, 1000):\n    f(x)\n`,
    );
  });

  withPython("2,500 elifs (flat), with break and continue of an enclosing loop inside", async () => {
    const ladder = lines(2500, (i) => `    elif x == ${i}:\n        print(${i})\n${i === 7 ? "        continue\n" : ""}${i === 2400 ? "        break\n" : ""}`);
    const code = await expectSameOutput(
      `for x in (3, 7, 2499, 2500, 2400, 5):\n    if x < 0:\n        print(-1)\n${ladder}    else:\n        print("none")\n    print("after", x)\n`,
    );
    expect(code).not.toMatch(/else if/); // a ladder this long nests nothing in the output
  });

  withPython("1,500-link attribute, call and subscript chains", async () => {
    const k = "class K:\n    def __init__(self):\n        self.n = 0\n        self.k = self\n    def m(self, step=1):\n        self.n += step\n        return self\n    def __getitem__(self, i):\n        return self\n";
    await expectSameOutput(
      `${k}k = K()\nprint(type(k${".k".repeat(1500)}).__name__)\n` +
        `print(k${".m()".repeat(700)}.n)\n` +
        `print(k${"[0].m(step=2)".repeat(400)}.n)\n` +
        `try:\n    k${".k".repeat(100)}.missing${".k".repeat(100)}\nexcept AttributeError as e:\n    print(e)\n`,
    );
  });

  withPython("a 500-deep conditional expression and 1,000-term and/or", async () => {
    await expectSameOutput(
      `x = 499\nx = ${lines(500, (i) => `${i} if x == ${i} else `)}-1\nprint(x)\n` +
        `print(${Array(1000).fill("0").join(" or ")} or 'last')\n` +
        `print(${Array(1000).fill("1").join(" and ")} and 'all')\n` +
        `if ${Array(1000).fill("x").join(" and ")}:\n    print('yes')\n`,
    );
  });

  withPython("a 1,000-term chained comparison", async () => {
    await expectSameOutput(
      `print(${Array.from({ length: 1000 }, (_, i) => String(i)).join(" < ")})\n` +
        `print(${Array.from({ length: 1000 }, (_, i) => String(i % 999)).join(" < ")})\n`,
    );
  });

  withPython("a 1 MB string literal", async () => {
    await expectSameOutput(`s = "${"ab\\n".repeat(1 << 18)}"\nprint(len(s), s[-3:])\n`);
  });

  withPython("nesting up to CPython's limits: 199 brackets, 99 indentation levels, 20 blocks", async () => {
    await expectSameOutput(`print(${"(".repeat(198)}1${")".repeat(198)})\nx = ${"[".repeat(199)}${"]".repeat(199)}\nprint(x)\n`);
    await expectSameOutput(lines(99, (i) => indented(i, "if True:")) + indented(99, "print('deep')"));
    await expectSameOutput(
      "def g():\n" + lines(20, (i) => indented(i + 1, `for i${i} in range(2):`)) + indented(21, "yield i0 + i19") + "print(sum(g()))\n",
    );
  });

  withPython("10,000 statements (laid out without prettier)", async () => {
    const code = await expectSameOutput(lines(10000, (i) => `x${i} = ${i}\n`) + "print(x0 + x9999)\n");
    expect(code).toMatch(/\nconst x9999(: any)? = 9999n;\n/);
  });
});

describe("CPython's nesting limits are our diagnostics", () => {
  const cases: [string, string][] = [
    ["201 nested brackets", `x = 1\nprint(${"(".repeat(200)}1${")".repeat(200)})\n`],
    ["200 nested brackets", `x = ${"[".repeat(200)}${"]".repeat(200)}\n`],
    ["100 indentation levels", lines(100, (i) => indented(i, "if True:")) + indented(100, "pass")],
    ["21 nested loops", lines(21, (i) => indented(i, `for i${i} in x:`)) + indented(21, "pass")],
    ["20 loops and a with", lines(20, (i) => indented(i, "while x:")) + indented(20, "with a: pass")],
    ["18 loops and a with of three", lines(18, (i) => indented(i, "while x:")) + indented(18, "with a, b, c: pass")],
    ["19 loops and try/except", lines(19, (i) => indented(i, `for i${i} in x:`)) + indented(19, "try: pass") + indented(19, "except E: pass")],
    ["18 loops and a loop in a handler", lines(18, (i) => indented(i, `for i${i} in x:`)) + indented(18, "try: pass") + indented(18, "except E:") + indented(19, "for q in x: pass")],
    ["18 loops and try/except/finally", lines(18, (i) => indented(i, `for i${i} in x:`)) + indented(18, "try: pass") + indented(18, "except E: pass") + indented(18, "finally: pass")],
    ["19 loops and try/finally (fits)", lines(19, (i) => indented(i, `for i${i} in x:`)) + indented(19, "try: pass") + indented(19, "finally: pass")],
    ["19 loops and a loop in finally", lines(19, (i) => indented(i, `for i${i} in x:`)) + indented(19, "try: pass") + indented(19, "finally:") + indented(20, "for q in x: pass")],
    ["20 loops, a def resets the count", lines(20, (i) => indented(i, `for i${i} in x:`)) + indented(20, "def f():") + indented(21, "for q in x: pass")],
    ["a loop too deep after an elif ladder", lines(20, (i) => indented(i, `for i${i} in x:`)) + indented(20, "if a: pass") + lines(50, () => indented(20, "elif b: pass")) + indented(20, "else:") + indented(21, "for q in x: pass")],
  ];
  withPython.each(cases)("%s", async (_name, source) => {
    expect(await ourCompileError(source)).toBe(cpythonCompileError(source));
  });
});

describe("fixtures/limits: expected.err says what CPython's expected.exc says", () => {
  const dir = path.join(FIXTURES, "limits");
  const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "expected.err")));
  test.each(names)("%s", (name) => {
    const err = fs.readFileSync(path.join(dir, name, "expected.err"), "utf8");
    const exc = fs.readFileSync(path.join(dir, name, "expected.exc"), "utf8").trimEnd().split("\n");
    const m = /error (PY2TS\d+): (.*)/.exec(err.split("\n")[0]);
    expect(m).not.toBeNull();
    expect(`${ERROR_NAMES[m![1]]}: ${m![2]}`).toBe(exc[exc.length - 1]);
  });

  withPython.each(names)("%s: same line and column as python3", async (name) => {
    const source = fs.readFileSync(path.join(dir, name, "input.py"), "utf8");
    expect(await ourCompileError(source)).toBe(cpythonCompileError(source));
  });
});
