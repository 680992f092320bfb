// `match` statements in the front end: soft keywords (match/case stay names
// elsewhere), the AST of every pattern kind, and CPython 3.11's syntax and
// compile-time errors with their messages and positions.
import { describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { transpile } from "../src/index";
import { runCaptured } from "../src/run/runInProcess";
import { buildAst } from "../src/ast/buildAst";
import type { Module } from "../src/ast/nodes";
import { analyzeScopes } from "../src/analyze/scopes";

const shape = (x: unknown): any =>
  JSON.parse(JSON.stringify(x, (k, v) => (k === "loc" ? undefined : typeof v === "bigint" ? `${v}n` : v)));

function mod(src: string): Module {
  const r = buildAst(src);
  if (!r.module) throw new Error(JSON.stringify(r.diagnostics, null, 1));
  return r.module;
}

/** The first error of the front end (syntax) or of the scope analysis (compile time). */
function firstError(src: string) {
  const r = buildAst(src);
  const diagnostics = r.module ? analyzeScopes(r.module).diagnostics : r.diagnostics;
  expect(diagnostics.length).toBeGreaterThan(0);
  const d = diagnostics[0];
  return { code: d.code, message: d.message, line: d.loc.line, col: d.loc.col };
}

const N = (id: string) => ({ kind: "Name", id });
const I = (n: number) => ({ kind: "Constant", value: { type: "int", value: `${n}n` } });
const capture = (id: string) => ({ kind: "MatchAs", name: N(id) });
const wildcard = { kind: "MatchAs" };

describe("soft keywords", () => {
  test.each([
    ["match = 1\ncase = 2\n", "Assign"],
    ["match(x)\n", "Expr"],
    ["case.x = 3\n", "Assign"],
    ["match[x]: int = 1\n", "AnnAssign"],
    ["match, case = 1, 2\n", "Assign"],
    ["match -x\n", "Expr"],
  ])("%j is not a match statement", (src, kind) => {
    expect(mod(src).body[0].kind).toBe(kind);
  });

  test("match and case are names inside a match statement", () => {
    const m: any = shape(mod("match match:\n    case [case, match]:\n        case = match\n").body[0]);
    expect(m.subject).toEqual(N("match"));
    expect(m.cases[0].pattern).toEqual({ kind: "MatchSequence", patterns: [capture("case"), capture("match")] });
    expect(m.cases[0].body[0].kind).toBe("Assign");
  });

  test("a parenthesized subject and a case body on the case line", () => {
    const m: any = shape(mod("match (x):\n    case 1: pass\n    case _: y = 2\n").body[0]);
    expect(m.subject).toEqual(N("x"));
    expect(m.cases.map((c: any) => c.body[0].kind)).toEqual(["Pass", "Assign"]);
  });

  test("`case` outside a match block is a name", () => {
    expect(mod("if x:\n    case = 1\n").body[0].kind).toBe("If");
  });
});

describe("pattern AST", () => {
  const pattern = (p: string): any => (shape(mod(`match x:\n    case ${p}:\n        pass\n`).body[0]) as any).cases[0].pattern;

  test("literals, captures, wildcard, values", () => {
    expect(pattern("1")).toEqual({ kind: "MatchValue", value: I(1) });
    expect(pattern("-1")).toEqual({ kind: "MatchValue", value: { kind: "UnaryOp", op: "USub", operand: I(1) } });
    expect(pattern("None")).toEqual({ kind: "MatchSingleton", value: { kind: "Constant", value: { type: "None" } } });
    expect(pattern("y")).toEqual(capture("y"));
    expect(pattern("_")).toEqual(wildcard);
    expect(pattern("a.b")).toEqual({ kind: "MatchValue", value: { kind: "Attribute", value: N("a"), attr: "b" } });
    expect(pattern("(y)")).toEqual(capture("y"));
  });

  test("sequences, mappings, classes, or, as", () => {
    expect(pattern("a, *rest")).toEqual({ kind: "MatchSequence", patterns: [capture("a"), { kind: "MatchStar", name: N("rest") }] });
    expect(pattern("(a,)")).toEqual({ kind: "MatchSequence", patterns: [capture("a")] });
    expect(pattern("[*_]")).toEqual({ kind: "MatchSequence", patterns: [{ kind: "MatchStar" }] });
    expect(pattern('{"k": v, **rest}')).toEqual({
      kind: "MatchMapping",
      keys: [{ kind: "Constant", value: { type: "str", value: "k" } }],
      patterns: [capture("v")],
      rest: N("rest"),
    });
    expect(pattern("P(0, y=_)")).toEqual({
      kind: "MatchClass",
      cls: N("P"),
      patterns: [{ kind: "MatchValue", value: I(0) }],
      kwdAttrs: ["y"],
      kwdPatterns: [wildcard],
    });
    expect(pattern("1 | 2 as n")).toEqual({
      kind: "MatchAs",
      pattern: { kind: "MatchOr", patterns: [{ kind: "MatchValue", value: I(1) }, { kind: "MatchValue", value: I(2) }] },
      name: N("n"),
    });
  });
});

describe("errors as CPython 3.11 reports them", () => {
  const src = (cases: string) => `match x:\n${cases}`;
  test.each([
    [src("    case y:\n        pass\n    case 1:\n        pass\n"), "name capture 'y' makes remaining patterns unreachable", 2, 10],
    [src("    case _:\n        pass\n    case 1:\n        pass\n"), "wildcard makes remaining patterns unreachable", 2, 10],
    [src("    case y | 1:\n        pass\n"), "name capture 'y' makes remaining patterns unreachable", 2, 10],
    [src("    case [a, a]:\n        pass\n"), "multiple assignments to name 'a' in pattern", 2, 14],
    [src("    case [a] | b:\n        pass\n"), "alternative patterns bind different names", 2, 16],
    [src('    case {"a": 1, "a": 2}:\n        pass\n'), "mapping pattern checks duplicate key ('a')", 2, 10],
    [src("    case C(a=1, a=2):\n        pass\n"), "attribute name repeated in class pattern: a", 2, 19],
    [src("    case [*a, *b]:\n        pass\n"), "multiple starred names in sequence pattern", 2, 10],
  ])("%j", (code, message, line, col) => {
    expect(firstError(code)).toEqual({ code: "PY2TS1021", message, line, col });
  });

  test.each([
    [src("    case 1+1:\n        pass\n"), "imaginary number required in complex literal", 2, 12],
    [src("    case C(a=1, 2):\n        pass\n"), "positional patterns follow keyword patterns", 2, 17],
    [src('    case f"x":\n        pass\n'), "patterns may only match literals and attribute lookups", 2, 10],
    [src("    case 1 as _:\n        pass\n"), "cannot use '_' as a target", 2, 15],
    [src("    case {x: 1}:\n        pass\n"), "invalid syntax", 2, 12],
  ])("%j", (code, message, line, col) => {
    expect(firstError(code)).toEqual({ code: "PY2TS1000", message, line, col });
  });

  test.each([
    ["match x:\ncase 1:\n    pass\n", "expected an indented block after 'match' statement on line 1", 2, 1],
    ["match x:\n", "expected an indented block after 'match' statement on line 1", 2, 1],
    ["match x:\n    case 1:\n    pass\n", "expected an indented block after 'case' statement on line 2", 3, 5],
  ])("%j", (code, message, line, col) => {
    expect(firstError(code)).toEqual({ code: "PY2TS1001", message, line, col });
  });

  test("a guarded irrefutable case may come first", () => {
    const r = buildAst(src("    case y if y:\n        pass\n    case 1:\n        pass\n"));
    expect(analyzeScopes(r.module!).diagnostics).toEqual([]);
  });
});

describe("long matches stay flat", () => {
  const hasPython = spawnSync("python3", ["--version"]).status === 0;
  const withPython = hasPython ? test : test.skip;

  withPython("2,500 cases, a 1,000-alternative pattern, break and continue of an enclosing loop", async () => {
    const cases = Array.from({ length: 2500 }, (_, i) =>
      `        case ${i}:\n            print(${i})\n${i === 7 ? "            continue\n" : ""}${i === 2400 ? "            break\n" : ""}`,
    ).join("");
    const alternatives = Array.from({ length: 1000 }, (_, i) => `[${i}, y]`).join(" | ");
    const source =
      `for x in (3, 7, 2499, [999, "y"], 2500, 2400, 5):\n    match x:\n${cases}` +
      `        case ${alternatives}:\n            print("pair", y)\n        case _:\n            print("none")\n    print("after", x)\n`;
    const result = await transpile(source, { fileName: "input.py" });
    if (!result.ok) throw new Error(result.messages.join("\n"));
    expect(result.code).not.toMatch(/else if/);
    const run = runCaptured(result.code);
    expect(run.stderr).toBe("");
    const python = spawnSync("python3", ["-c", source], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect(run.stdout).toBe(python.stdout);
  });
});
