// AST shapes (src/ast/buildAst.ts) for representative programs, syntax
// errors with positions, and the real-world samples in ../shared.
import { describe, expect, test } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { buildAst } from "../src/ast/buildAst";
import type { Expr, Module, Stmt } from "../src/ast/nodes";

/** The AST without locations, bigints as "123n": easy to compare. */
const shape = (x: unknown): any =>
  JSON.parse(
    JSON.stringify(x, (k, v) => (k === "loc" || k === "nameLoc" ? undefined : typeof v === "bigint" ? `${v}n` : v)),
  );

function mod(src: string): Module {
  const r = buildAst(src);
  if (!r.module) throw new Error(JSON.stringify(r.diagnostics, null, 1));
  return r.module;
}
const body = (src: string): any[] => shape(mod(src).body);
const expr = (src: string): any => body(src)[0].value;
const N = (id: string) => ({ kind: "Name", id });
const I = (n: number) => ({ kind: "Constant", value: { type: "int", value: `${n}n` } });
const S = (s: string) => ({ kind: "Constant", value: { type: "str", value: s } });

function firstError(src: string) {
  const r = buildAst(src);
  expect(r.module).toBeUndefined();
  const d = r.diagnostics[0];
  return { code: d.code, message: d.message, line: d.loc.line, col: d.loc.col };
}

describe("yield forms", () => {
  test("as statements and in assignments", () => {
    const b = body("def g():\n    yield\n    yield 1\n    i = yield\n    y = yield x\n    z = yield x + y\n    x = yield a, b\n")[0].body;
    expect(b[0]).toEqual({ kind: "Expr", value: { kind: "Yield" } });
    expect(b[1].value).toEqual({ kind: "Yield", value: I(1) });
    expect(b[2]).toEqual({ kind: "Assign", targets: [N("i")], value: { kind: "Yield" } });
    expect(b[3].value).toEqual({ kind: "Yield", value: N("x") });
    expect(b[4].value).toEqual({ kind: "Yield", value: { kind: "BinOp", left: N("x"), op: "Add", right: N("y") } });
    expect(b[5].value).toEqual({
      kind: "Yield",
      value: { kind: "Tuple", elts: [N("a"), N("b")], parenthesized: false },
    });
  });

  test("parenthesized yield inside calls, yield from, await", () => {
    const b = body("async def f():\n    print((yield))\n    r = yield from g()\n    await h\n")[0];
    expect(b.isAsync).toBe(true);
    expect(b.body[0].value.args[0]).toEqual({ kind: "Yield" });
    expect(b.body[1].value).toEqual({ kind: "YieldFrom", value: { kind: "Call", func: N("g"), args: [], keywords: [] } });
    expect(b.body[2].value).toEqual({ kind: "Await", value: N("h") });
  });
});

describe("statements", () => {
  test("try / except / else / finally", () => {
    const [t] = body(
      "try:\n    a\nexcept GeneratorExit:\n    b\nexcept (ValueError, TypeError) as e:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
    );
    expect(t.kind).toBe("Try");
    expect(t.handlers.map((h: any) => [h.type?.kind, h.name])).toEqual([["Name", undefined], ["Tuple", "e"], [undefined, undefined]]);
    expect(t.orelse).toEqual([{ kind: "Expr", value: N("e") }]);
    expect(t.finalbody).toEqual([{ kind: "Expr", value: N("f") }]);
  });

  test("elif clauses are flat in the If (a long ladder nests nothing)", () => {
    const [s] = body("if a:\n    x\nelif b:\n    y\nelif c:\n    w\nelse:\n    z\n");
    expect(s.elifs).toEqual([
      { test: N("b"), body: [{ kind: "Expr", value: N("y") }] },
      { test: N("c"), body: [{ kind: "Expr", value: N("w") }] },
    ]);
    expect(s.orelse).toEqual([{ kind: "Expr", value: N("z") }]);
  });

  test("for/while with else, break, continue, pass, raise from, assert, del, global, nonlocal", () => {
    const b = body(
      "for i, *rest in xs:\n    break\nelse:\n    pass\nwhile x:\n    continue\nelse:\n    raise E from C\nassert x, 'm'\ndel a, b[0]\nglobal g1, g2\n",
    );
    expect(b[0].target).toEqual({ kind: "Tuple", elts: [N("i"), { kind: "Starred", value: N("rest") }], parenthesized: false });
    expect(b[0].orelse).toEqual([{ kind: "Pass" }]);
    expect(b[1].orelse[0]).toEqual({ kind: "Raise", exc: N("E"), cause: N("C") });
    expect(b[2]).toEqual({ kind: "Assert", test: N("x"), msg: S("m") });
    expect(b[3].targets).toHaveLength(2);
    expect(b[4]).toEqual({ kind: "Global", names: ["g1", "g2"] });
  });

  test("assignments: chained, unpacking, augmented, annotated, walrus", () => {
    const b = body("a = b = 1\n(x, y) = *z, w = t\nn += 1\nv: int = 3\nif (m := f()) > 1: pass\n");
    expect(b[0].targets).toEqual([N("a"), N("b")]);
    expect(b[1].targets[0].parenthesized).toBe(true);
    expect(b[1].targets[1].elts[0]).toEqual({ kind: "Starred", value: N("z") });
    expect(b[2]).toEqual({ kind: "AugAssign", target: N("n"), op: "Add", value: I(1) });
    expect(b[3]).toEqual({ kind: "AnnAssign", target: N("v"), annotation: N("int"), value: I(3) });
    expect(b[4].test.left).toEqual({ kind: "NamedExpr", target: N("m"), value: { kind: "Call", func: N("f"), args: [], keywords: [] } });
  });

  test("imports", () => {
    const b = body("import a.b as c, d\nfrom ..x import (p, q as r,)\nfrom . import *\n");
    expect(b[0].names.map((a: any) => [a.name, a.asname])).toEqual([["a.b", "c"], ["d", undefined]]);
    expect(b[1]).toMatchObject({ kind: "ImportFrom", module: "x", level: 2 });
    expect(b[1].names.map((a: any) => [a.name, a.asname])).toEqual([["p", undefined], ["q", "r"]]);
    expect(b[2]).toMatchObject({ module: "", level: 1, names: [{ name: "*" }] });
  });

  test("with, including parenthesized items", () => {
    const b = body("with open(p) as f, lock:\n    pass\nwith (a as b, c as d):\n    pass\n");
    expect(b[0].items.map((i: any) => i.optionalVars?.id)).toEqual(["f", undefined]);
    expect(b[1].items.map((i: any) => i.optionalVars?.id)).toEqual(["b", "d"]);
  });

  test("functions: parameters of every kind, decorators, classes", () => {
    const [c] = body(
      "@dataclass\n@reg.on('x')\nclass C(Base, metaclass=M):\n    @staticmethod\n    def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n        return a\n",
    );
    expect(c.kind).toBe("ClassDef");
    expect(c.decorators).toHaveLength(2);
    expect(c.bases).toEqual([N("Base")]);
    expect(c.keywords).toEqual([{ kind: "keyword", arg: "metaclass", value: N("M") }]);
    const f = c.body[0];
    expect(f.decorators).toEqual([N("staticmethod")]);
    expect(f.args.args.map((a: any) => a.name)).toEqual(["a", "b", "c"]);
    expect(f.args.posonlyCount).toBe(2);
    expect(f.args.defaults).toEqual([I(1), I(2)]);
    expect(f.args.vararg.name).toBe("args");
    expect(f.args.kwonlyargs.map((a: any) => a.name)).toEqual(["d", "e"]);
    expect(f.args.kwDefaults).toEqual([null, I(3)]);
    expect(f.args.kwarg.name).toBe("kw");
    expect(f.returns).toEqual(N("int"));
  });

  test("one-line blocks and semicolons", () => {
    const b = body("if x: a = 1; b = 2\n");
    expect(b[0].body.map((s: any) => s.kind)).toEqual(["Assign", "Assign"]);
  });
});

describe("expressions", () => {
  test("precedence", () => {
    expect(expr("-x ** 2")).toEqual({ kind: "UnaryOp", op: "USub", operand: { kind: "BinOp", left: N("x"), op: "Pow", right: I(2) } });
    expect(expr("2 ** -1")).toEqual({ kind: "BinOp", left: I(2), op: "Pow", right: { kind: "UnaryOp", op: "USub", operand: I(1) } });
    expect(expr("a ** b ** c").right.kind).toBe("BinOp");
    expect(expr("a + b * c").right.op).toBe("Mult");
    expect(expr("a - b - c").left.op).toBe("Sub");
    expect(expr("a | b ^ c & d << e").right.op).toBe("BitXor");
    expect(expr("not a and b or c")).toMatchObject({ kind: "BoolOp", op: "Or", values: [{ op: "And" }, N("c")] });
    expect(expr("a if b else c")).toEqual({ kind: "IfExp", test: N("b"), body: N("a"), orelse: N("c") });
  });

  test("chained comparison with not in / is not", () => {
    expect(expr("a < b <= c != d not in e is not f in g")).toEqual({
      kind: "Compare",
      left: N("a"),
      ops: ["Lt", "LtE", "NotEq", "NotIn", "IsNot", "In"],
      comparators: [N("b"), N("c"), N("d"), N("e"), N("f"), N("g")],
    });
  });

  test("calls, attributes, subscripts and slices", () => {
    const c = expr("f(a, *b, k=1, **d).x[1:2, ::3]");
    expect(c.kind).toBe("Subscript");
    expect(c.slice).toEqual({
      kind: "Tuple",
      parenthesized: false,
      elts: [
        { kind: "Slice", lower: I(1), upper: I(2) },
        { kind: "Slice", step: I(3) },
      ],
    });
    const call = c.value.value;
    expect(call.args).toEqual([N("a"), { kind: "Starred", value: N("b") }]);
    expect(call.keywords).toEqual([
      { kind: "keyword", arg: "k", value: I(1) },
      { kind: "keyword", value: N("d") },
    ]);
    expect(expr("a[::]")).toMatchObject({ slice: { kind: "Slice" } });
    expect(expr("a[i]").slice).toEqual(N("i"));
  });

  test("displays and comprehensions", () => {
    expect(expr("[x * 2 for x in xs if x if y for z in x]").generators).toHaveLength(2);
    expect(expr("[x for x in xs if x if y]").generators[0].ifs).toHaveLength(2);
    expect(expr("{k: v for k, v in d}").kind).toBe("DictComp");
    expect(expr("{x for x in s}").kind).toBe("SetComp");
    expect(expr("f(x for x in y)").args[0].kind).toBe("GeneratorExp");
    expect(expr("(x async for x in y)").generators[0].isAsync).toBe(true);
    expect(expr("{1: 2, **d}")).toEqual({ kind: "Dict", keys: [I(1), null], values: [I(2), N("d")] });
    expect(expr("{1, *s}")).toEqual({ kind: "Set", elts: [I(1), { kind: "Starred", value: N("s") }] });
    expect(expr("{}")).toEqual({ kind: "Dict", keys: [], values: [] });
    expect(expr("()")).toEqual({ kind: "Tuple", elts: [], parenthesized: true });
    expect(expr("(1,)")).toEqual({ kind: "Tuple", elts: [I(1)], parenthesized: true });
    expect(expr("[1, 2,]")).toEqual({ kind: "List", elts: [I(1), I(2)] });
    expect(expr("...")).toEqual({ kind: "Constant", value: { type: "Ellipsis" } });
  });

  test("lambda", () => {
    const l = expr("lambda a, b=1, *c, d, **e: a");
    expect(l.kind).toBe("Lambda");
    expect(l.args.args.map((a: any) => a.name)).toEqual(["a", "b"]);
    expect(l.args.kwonlyargs.map((a: any) => a.name)).toEqual(["d"]);
    expect(expr("lambda: 0").args.args).toEqual([]);
  });
});

describe("literals", () => {
  test("numbers", () => {
    const v = (s: string) => expr(s).value;
    expect(v("1_000_000")).toEqual({ type: "int", value: "1000000n" });
    expect(v("0xFF")).toEqual({ type: "int", value: "255n" });
    expect(v("0o17")).toEqual({ type: "int", value: "15n" });
    expect(v("0b1010")).toEqual({ type: "int", value: "10n" });
    expect(v("123456789012345678901234567890")).toEqual({ type: "int", value: "123456789012345678901234567890n" });
    expect(v("1e16")).toEqual({ type: "float", value: 1e16 });
    expect(v(".5")).toEqual({ type: "float", value: 0.5 });
    expect(v("5.")).toEqual({ type: "float", value: 5 });
    expect(v("2j")).toEqual({ type: "complex", imag: 2 });
  });

  test("strings: escapes, raw, bytes, implicit concatenation", () => {
    const v = (s: string) => expr(s).value;
    expect(v(String.raw`'a\n\t\\\'\"\x41\u00e9\U0001F600\101'`)).toEqual({ type: "str", value: "a\n\t\\'\"Aé😀A" });
    expect(v(String.raw`r'\d\n'`)).toEqual({ type: "str", value: "\\d\\n" });
    expect(v(String.raw`b'\x00\xff'`)).toEqual({ type: "bytes", value: "\x00\xff" });
    expect(v("'a' \"b\" '''c'''")).toEqual({ type: "str", value: "abc" });
    expect(v("'a\\\nb'")).toEqual({ type: "str", value: "ab" });
    expect(v("'한국어'")).toEqual({ type: "str", value: "한국어" });
    expect(v(String.raw`'\N{EM DASH}'`)).toEqual({ type: "str", value: "—" });
    expect(v("'\\q'")).toEqual({ type: "str", value: "\\q" });
  });

  test("f-strings: nested quotes, conversions, specs with nested fields, braces, =", () => {
    const j = expr(`f'>> {d["k"]!r:>{width}.{p}f} {{x}} {x=}' "!" f"{a + b}"`);
    expect(j.kind).toBe("JoinedStr");
    expect(j.values[0]).toEqual(S(">> "));
    const fv = j.values[1];
    expect(fv.value).toEqual({ kind: "Subscript", value: N("d"), slice: S("k") });
    expect(fv.conversion).toBe(114);
    expect(fv.formatSpec.values).toEqual([
      S(">"),
      { kind: "FormattedValue", value: N("width"), conversion: -1 },
      S("."),
      { kind: "FormattedValue", value: N("p"), conversion: -1 },
      S("f"),
    ]);
    expect(j.values[2]).toEqual(S(" {x} x="));
    expect(j.values[3]).toEqual({ kind: "FormattedValue", value: N("x"), conversion: 114 });
    expect(j.values[4]).toEqual(S("!"));
    expect(j.values[5].value.kind).toBe("BinOp");
    expect(expr("f'{x!s}{y!a}'").values.map((v: any) => v.conversion)).toEqual([115, 97]);
    expect(expr("f'{a:{b}}'").values[0].formatSpec.values).toEqual([{ kind: "FormattedValue", value: N("b"), conversion: -1 }]);
  });

  test("f-string fields have source positions", () => {
    const m = mod("x = f'ab{ value }'\n");
    const fv = ((m.body[0] as any).value as Expr & { values: any[] }).values[1];
    expect(fv.value.loc).toEqual({ line: 1, col: 11, endLine: 1, endCol: 16 });
  });
});

describe("locations and comments", () => {
  test("statements and expressions carry 1-based, end-exclusive locations", () => {
    const m = mod("def f(x):\n    return x + 1\n\ny = f(2)\n");
    const f = m.body[0] as Stmt & { kind: "FunctionDef" };
    expect(f.loc).toEqual({ line: 1, col: 1, endLine: 2, endCol: 17 });
    expect(f.nameLoc).toEqual({ line: 1, col: 5, endLine: 1, endCol: 6 });
    const ret = f.body[0] as any;
    expect(ret.loc).toEqual({ line: 2, col: 5, endLine: 2, endCol: 17 });
    expect(ret.value.loc).toEqual({ line: 2, col: 12, endLine: 2, endCol: 17 });
    expect(m.body[1].loc).toEqual({ line: 4, col: 1, endLine: 4, endCol: 9 });
  });

  test("comments in source order, trailing when after code", () => {
    const m = mod("# 코루틴1\nx = 1  # 수신\n    # indented comment\ns = '''a\nb'''  # after string\n");
    expect(m.comments.map((c) => [c.text, c.trailing, c.loc.line, c.loc.col])).toEqual([
      [" 코루틴1", false, 1, 1],
      [" 수신", true, 2, 8],
      [" indented comment", false, 3, 5],
      [" after string", true, 5, 7],
    ]);
  });
});

describe("syntax errors", () => {
  test("missing colon", () => {
    expect(firstError("if x\n    pass\n")).toEqual({ code: "PY2TS1000", message: "expected ':'", line: 1, col: 5 });
  });

  test("invalid syntax points at the offending token", () => {
    expect(firstError("x = = 1\n")).toMatchObject({ message: "invalid syntax", line: 1, col: 5 });
  });

  test("unclosed bracket and unexpected EOF", () => {
    expect(firstError("x = (1,\n")).toMatchObject({ message: "'(' was never closed", line: 1, col: 5 });
    // CPython 3.11 says "invalid syntax" here too, at the end of the line.
    expect(firstError("x = 1 +")).toMatchObject({ message: "invalid syntax", line: 1, col: 8 });
    expect(firstError("if x:")).toMatchObject({ message: "expected an indented block after 'if' statement on line 1" });
  });

  test("indentation errors from the parser", () => {
    expect(firstError("x = 1\n    y = 2\n")).toEqual({ code: "PY2TS1001", message: "unexpected indent", line: 2, col: 5 });
    expect(firstError("for i in x:\n    pass\nif x:\ny\n")).toEqual({
      code: "PY2TS1001",
      message: "expected an indented block after 'if' statement on line 3",
      line: 4,
      col: 1,
    });
    expect(firstError("def f():\n    return 1\n  x\n")).toMatchObject({
      code: "PY2TS1001",
      message: "unindent does not match any outer indentation level",
      line: 3,
    });
  });

  test("errors found while building the AST", () => {
    expect(firstError("f() = 1\n")).toMatchObject({ message: "cannot assign to function call", line: 1, col: 1 });
    expect(firstError("def f(a=1, b): pass\n")).toMatchObject({ message: "non-default argument follows default argument", col: 12 });
    expect(firstError("f(a=1, b)\n")).toMatchObject({ message: "positional argument follows keyword argument" });
    expect(firstError("x = b'a' 'b'\n")).toMatchObject({ message: "cannot mix bytes and nonbytes literals" });
    expect(firstError("f'{}'\n")).toMatchObject({ message: "f-string: empty expression not allowed" });
    expect(firstError("f'{x!z}'\n")).toMatchObject({ message: expect.stringContaining("invalid conversion") });
    expect(firstError("f'{a b}'\n")).toMatchObject({ message: "f-string: invalid syntax", line: 1, col: 6 });
  });
});

// ---------------------------------------------------------------- samples in ../shared

const shared = path.resolve(__dirname, "../../shared");
const corpus = path.join(shared, "corpus/public");
const seed = path.join(shared, "seed/000_2d96de8d44fecc2b.txt");

describe("real-world samples", () => {
  test("every ../shared/corpus/public/*.py parses", () => {
    if (!fs.existsSync(corpus)) {
      console.log("skipped: no ../shared");
      return;
    }
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith(".py"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = buildAst(fs.readFileSync(path.join(corpus, f), "utf8"));
      expect({ file: f, diagnostics: r.diagnostics }).toEqual({ file: f, diagnostics: [] });
    }
  });

  test("every code cell of the seed notebook parses", () => {
    if (!fs.existsSync(seed)) {
      console.log("skipped: no ../shared");
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { seedToNotebook } = require("./scripts/seed-to-ipynb.js");
    const nb = seedToNotebook(fs.readFileSync(seed, "utf8"));
    const cells = nb.cells.filter((c: any) => c.cell_type === "code").map((c: any) => c.source.join(""));
    expect(cells.length).toBeGreaterThan(5);
    for (const src of cells) {
      const r = buildAst(src);
      expect({ src, diagnostics: r.diagnostics }).toEqual({ src, diagnostics: [] });
    }
    const m = buildAst(cells.join("\n")).module!;
    expect(m.comments.some((c) => c.text.includes("코루틴"))).toBe(true);
  });
});
