/*
 * generate.js — random, valid, terminating Python 3.11 programs for the
 * differential fuzzer (test/fuzz/fuzz.js). Plain CommonJS, no dependencies,
 * deterministic from a seed (mulberry32).
 *
 *   const { generateProgram } = require("./generate");
 *   const source = generateProgram(seed);          // a string of Python
 *   node test/fuzz/generate.js SEED                 # prints one program
 *
 * Shape of a program:
 *   - a few exception classes (subclasses of Exception / ValueError),
 *   - generator functions gen0..genK; genI may delegate (yield from / for)
 *     only to genJ with J > I, so there is no recursion and every generator
 *     terminates (loops are over small ranges or counted while loops),
 *   - sometimes a class with generator methods and a closure-made generator,
 *   - a top level that creates generators into fresh variables (never
 *     rebinding one, so no generator is dropped while suspended), drives them
 *     with next/send/throw/close at random points, iterates temporaries fully
 *     or with break (CPython and py2ts both close those at once), and finally
 *     closes every generator it created explicitly (no reliance on GC).
 *   Every top-level action that may raise sits in try/except BaseException and
 *   prints "type: message". Sets and other unordered things never appear.
 *   Dynamic calls: some generator functions are wrapped by a pass-through
 *   decorator (`*args, **kwargs`), some are called through an alias or with
 *   arguments that do not fit (CPython's TypeError messages).
 */
"use strict";

function mulberry32(a) {
  a >>>= 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed of program `index` in a run seeded with `seed` (stable, well mixed). */
function programSeed(seed, index) {
  let h = (Number(seed) >>> 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = (h + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const BUILTIN_EXCS = ["ValueError", "KeyError", "TypeError", "ZeroDivisionError", "RuntimeError", "IndexError"];
const CUSTOM_EXCS = ["AppError", "DataError", "Retry"];
const STR_LITS = ['""', '"a"', '"ab"', '"xyz"', '"hello"', '"A-b"', '"ñu"', "'q\"t'", '"x y"', '"10"'];
const FLOAT_LITS = ["0.1", "0.2", "2.5", "1.5", "3.0", "1e16", "1e-07", "123.456", "0.0", "7.25", "1e+300", "2.675"];
const SENT_LITS = ["None", "0", "1", "-2", "7", "2.5", "-0.5", '"s"', '"xy"', "(1, 2)", "[3]", "100000000000000000000", "True", '""'];
const MSGS = ["bad", "oops", "x", "", "no way", "boom 1", "k"];

class Gen {
  constructor(seed, opts = {}) {
    /** feature names the generator leaves out (to look past known divergences): see AVOIDABLE */
    this.avoid = new Set(opts.avoid || []);
    this.rnd = mulberry32(seed);
    this.out = [];
    this.indent = 0;
    this.label = 0;
    this.riskRate = 0.03;
    this.noRisk = false;
  }
  // ---- randomness
  r() { return this.rnd(); }
  int(a, b) { return a + Math.floor(this.r() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.r() * arr.length)]; }
  chance(p) { return this.r() < p; }
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.r() * total;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  // ---- output
  line(s) { this.out.push("    ".repeat(this.indent) + s); }
  block(header, body) {
    this.line(header);
    this.indent++;
    const before = this.out.length;
    body();
    if (this.out.length === before) this.line("pass");
    this.indent--;
  }
  nextLabel() { return "L" + ++this.label; }

  // ---- expressions. env: { vars: [{name, type}] }; types: idx (|v|<=6), int, float, str, list, tuple, dict, bool, any
  varsOf(env, types) { return env.vars.filter((v) => types.includes(v.type)); }
  lit(type) {
    switch (type) {
      case "idx": return String(this.int(-2, 5));
      case "int": return this.weighted([[6, () => String(this.int(-60, 60))], [2, () => this.pick(["12345678901234567890", "(2 ** 70)", "(-(10 ** 25))", "9007199254740993", "-9223372036854775808"])], [1, () => "0"]])();
      case "float": return this.pick(FLOAT_LITS);
      case "str": return this.pick(STR_LITS);
      case "bool": return this.pick(["True", "False"]);
      case "list": return this.pick(["[]", "[1, 2, 3]", "[1, 'a', None]", "[2.5, [1]]", "[(1, 2)]"]);
      case "tuple": return this.pick(["()", "(1,)", "(1, 'b')", "(None, 2.0, 'c')"]);
      case "dict": return this.pick(["{}", "{'k': 1}", "{'a': [1], 2: 'b'}", "{1: 1.5, 'n': None}"]);
      default: return this.pick(SENT_LITS);
    }
  }
  /** A literal as an operand of `is` or a subscript (CPython warns on `1 is None`, `1[0]`). */
  obj(s) { return /^[A-Za-z_]\w*$/.test(s) && !["True", "False", "None"].includes(s) ? s : `[${s}][0]`; }
  paren(s) { return s.startsWith("-") ? "(" + s + ")" : s; }
  expr(env, type, depth = 0) {
    const leaf = depth >= 2 || this.chance(0.35);
    // (not for idx: some risky expressions do not raise and give big values, e.g. range(10 ** 20 + ...))
    if (depth > 0 && type !== "idx" && !this.noRisk && this.chance(this.riskRate)) return `(${this.risky(env)})`;
    const vs = this.varsOf(env, type === "any" ? ["idx", "int", "float", "str", "list", "tuple", "any", "bool"] : type === "int" ? ["idx", "int"] : [type]);
    if (leaf) {
      if (vs.length && this.chance(0.6)) return this.pick(vs).name;
      return this.paren(this.lit(type === "any" ? this.pick(["idx", "int", "float", "str", "list", "tuple", "dict", "any"]) : type));
    }
    const e = (t) => this.paren(this.expr(env, t, depth + 1));
    switch (type) {
      case "idx":
        return this.pick([
          () => `len(${e("str")})`,
          () => `(${e("idx")} + ${e("idx")})`,
          () => `abs(${e("idx")})`,
          () => `min(${e("idx")}, ${e("idx")})`,
          () => `(${e("idx")} % 3)`,
          () => String(this.int(0, 4)),
        ])();
      case "int":
        return this.pick([
          () => `(${e("int")} + ${e("int")})`,
          () => `(${e("int")} - ${e("int")})`,
          () => `(${e("int")} * ${e("int")})`,
          () => `(${e("int")} // ${e("int")})`,
          () => `(${e("int")} % ${e("int")})`,
          // The base is kept small: a loop that raises a variable to a power again and again
          // would build a tower of exponents (CPython then needs gigabytes).
          () => `((${e("int")} % 1009 - 500) ** ${this.int(0, 5)})`,
          () => `(${e("int")} & ${e("int")})`,
          () => `(${e("int")} | ${e("int")})`,
          () => `(${e("int")} ^ ${e("int")})`,
          () => `(~${e("int")})`,
          () => `(${e("int")} >> ${this.int(0, 70)})`,
          () => `(${e("int")} << ${this.int(0, 40)})`,
          () => `(-${e("int")})`,
          () => `abs(${e("int")})`,
          () => `int(${e("float")})`,
          () => `int(${this.pick(['"42"', '"-7"', '" 12 "', '"0"'])})`,
          () => `max(${e("int")}, ${e("int")})`,
          () => `sum(range(${e("idx")}))`,
          () => `(${e("int")} if ${this.cond(env, depth + 1)} else ${e("int")})`,
          () => `len(${e("list")})`,
          () => `round(${e("float")})`,
        ])();
      case "float":
        return this.pick([
          () => (this.avoid.has("hugediv") ? `(${e("idx")} / ${e("idx")})` : `(${e("int")} / ${e("int")})`),
          () => `(${e("float")} + ${e("float")})`,
          () => `(${e("float")} - ${e("int")})`,
          () => `(${e("float")} * ${e("float")})`,
          () => `(${e("float")} / ${e("float")})`,
          () => `(${e("float")} // ${e("int")})`,
          () => `(${e("float")} % ${e("float")})`,
          () => `(${e("int")} % ${e("float")})`,
          () => `(${e("float")} ** ${this.int(this.avoid.has("floatpow") ? 0 : -2, 3)})`,
          () => (this.avoid.has("floatpow") ? `(${this.int(-3, 9)} ** ${this.int(0, 3)} / 7)` : `(${this.int(-3, 9)} ** ${this.int(-3, -1)})`),
          () => `float(${e("int")})`,
          () => `abs(${e("float")})`,
          () => `round(${e("float")}, ${this.int(0, 3)})`,
          () => `float(${this.pick(['"1.5"', '"-0"', '"1e3"', '"inf"'])})`,
        ])();
      case "str":
        return this.pick([
          () => `(${e("str")} + ${e("str")})`,
          () => `(${e("str")} * ${e("idx")})`,
          () => `str(${e("any")})`,
          () => `repr(${e("any")})`,
          () => this.fstring(env, depth + 1),
          () => `${e("str")}.upper()`,
          () => `${e("str")}[1:]`,
          () => `${e("str")}[::-1]`,
          () => `${e("str")}[${this.int(-3, 3)}:${this.int(-2, 4)}]`,
          () => `"-".join([${e("str")}, ${e("str")}])`,
          () => `"%s=%d" % (${e("str")}, ${e("int")})`,
          () => `"{}/{!r}".format(${e("any")}, ${e("any")})`,
          () => `${e("str")}.replace("a", "A")`,
          () => `type(${e("any")}).__name__`,
        ])();
      case "list":
        return this.pick([
          () => `[${e("any")}, ${e("any")}]`,
          () => `list(range(${e("idx")}))`,
          () => `list(range(${this.int(-3, 3)}, ${this.int(-3, 9)}, ${this.pick([1, 2, -1, 3])}))`,
          () => `[${this.pick(["v", "v * 2", "v - 1", "str(v)"])} for v in range(${e("idx")})]`,
          () => `list(${e("str")})`,
          () => `sorted([${e("int")}, ${e("int")}, ${e("int")}])`,
          () => `(${e("list")} + ${e("list")})`,
          () => `(${e("list")} * ${e("idx")})`,
          () => `${e("list")}[::2]`,
          () => `${e("str")}.split("-")`,
          () => `list(enumerate(${e("str")}))`,
        ])();
      case "tuple":
        return this.pick([() => `(${e("any")},)`, () => `(${e("any")}, ${e("any")})`, () => `tuple(${e("list")})`, () => `divmod(${e("int")}, ${e("int")})`])();
      case "dict":
        return this.pick([() => `{"k": ${e("any")}, 2: ${e("any")}}`, () => (this.avoid.has("dictcomp") ? `dict(k=${e("any")})` : `{v: v * v for v in range(${e("idx")})}`)])();
      case "bool":
        return this.cond(env, depth);
      default:
        return e(this.pick(["int", "float", "str", "list", "tuple", "dict", "bool", "idx"]));
    }
  }
  fstring(env, depth) {
    const parts = [];
    const n = this.int(1, 3);
    for (let i = 0; i < n; i++) {
      if (this.chance(0.4)) parts.push(this.pick(["a", " ", "-", "=", "x:"]));
      const t = this.pick(["int", "float", "str", "any", "idx"]);
      let spec = "";
      if (t === "int" || t === "idx") spec = this.pick(["", "", ":>5", ":05d", ":,", ":x", ":+d", "!r"]);
      else if (t === "float") spec = this.pick(["", ":.2f", ":.3e", ":g", ":>8.1f", ":.0%", "!r"]);
      else if (t === "str") spec = this.pick(["", "!r", ":>6", ":<4", ":^7", ":.2"]);
      else spec = this.pick(["", "!r", "!s"]);
      let inner = this.expr(env, t, depth + 1);
      if (inner.includes("'") || inner.includes("\\")) inner = t === "str" ? "12" : String(this.int(0, 9));
      inner = inner.replace(/"/g, "'");
      if (t === "str" && /^\d+$/.test(inner)) spec = "";
      parts.push("{ " + inner + " " + spec + "}");
    }
    return 'f"' + parts.join("") + '"';
  }
  cond(env, depth = 0) {
    const e = (t) => this.paren(this.expr(env, t, depth + 1));
    return this.pick([
      () => `${e("idx")} == ${this.int(-1, 3)}`,
      () => `${e("int")} < ${e("int")}`,
      () => `${e("idx")} % 2 == 0`,
      () => `${e("int")} <= ${e("int")} < ${e("int")}`,
      () => `${this.obj(e("any"))} is None`,
      () => `not ${e("any")}`,
      () => `${e("str")} in ${e("str")}`,
      () => `isinstance(${e("any")}, ${this.pick(["int", "str", "float", "tuple", "list"])})`,
      () => `(${e("bool")} and ${e("bool")})`,
      () => `(${e("bool")} or ${e("bool")})`,
      () => `${e("any")} == ${e("any")}`,
      () => `bool(${e("any")})`,
      () => this.pick(["True", "False"]),
    ])();
  }
  /** An expression that raises (or may raise) a well-known exception. */
  risky(env) {
    const anyv = this.varsOf(env, ["any"]);
    const a = anyv.length && this.chance(0.5) ? this.pick(anyv).name : this.lit("any");
    return this.pick([
      () => `("a" + ${this.int(0, 9)})`,
      () => `(1 / 0)`,
      () => `(${this.int(-9, 9)} // 0)`,
      () => `(${this.int(-9, 9)} % 0)`,
      () => `(2.5 / 0)`,
      () => `(2.0 % 0.0)`,
      () => `[1, 2][${this.int(2, 6)}]`,
      () => `{"a": 1}["b"]`,
      () => `{"a": 1}[${this.int(0, 3)}]`,
      () => `int("x1")`,
      () => `len(${this.int(0, 9)})`,
      () => `(None + 1)`,
      () => `("a" < 1)`,
      () => `([1] - [1])`,
      () => `max([])`,
      () => `"abc".index("z")`,
      () => `[1, 2].index(9)`,
      () => `int(None)`,
      () => `float("abc")`,
      () => `(1 << -1)`,
      () => `((10 ** 400) / 3)`,
      () => `float(2 ** 2000)`,
      () => `(${a} + ${this.lit("any")})`,
      () => `(${a} * ${this.int(-1, 3)})`,
      () => `(${a} < ${this.lit("any")})`,
      () => `len(${a})`,
      () => `${this.obj(a)}[0]`,
      () => `(-${a})`,
      () => `"abc"[${this.int(3, 9)}]`,
      () => `(0 ** -1)`,
      () => `(0.0 ** -1)`,
      () => `abs("s")`,
      () => `sum([1, "a"])`,
      () => `next(iter([]))`,
      () => (this.avoid.has("attr") ? `(1 // 0)` : `(1).nope`),
      () => `"%d" % "s"`,
      () => `"{:d}".format("s")`,
      () => `f"{'s':d}"`,
      () => `round("x")`,
    ])();
  }
  excInstance(msgAllowed = true) {
    const name = this.pick(this.chance(0.6) ? BUILTIN_EXCS : CUSTOM_EXCS);
    if ((!msgAllowed || this.chance(0.15)) && !(name === "DataError" && this.avoid.has("throwclass"))) return `${name}()`;
    if (name === "DataError" && this.chance(0.5)) return `DataError(${JSON.stringify(this.pick(MSGS))}, ${this.int(0, 9)})`;
    if (name === "KeyError" && this.chance(0.4)) return `KeyError(${this.int(0, 9)})`;
    if (this.chance(0.1)) return `${name}(${JSON.stringify(this.pick(MSGS))}, ${this.int(0, 9)})`;
    return `${name}(${JSON.stringify(this.pick(MSGS))})`;
  }
  exceptClause() {
    return this.weighted([
      [5, () => this.pick(BUILTIN_EXCS)],
      [3, () => this.pick(CUSTOM_EXCS)],
      [2, () => `(${this.pick(BUILTIN_EXCS)}, ${this.pick(CUSTOM_EXCS)})`],
      [2, () => "Exception"],
      [1, () => "ArithmeticError"],
      [1, () => "LookupError"],
      [1, () => "StopIteration"],
    ])();
  }
}

// ---------------------------------------------------------------- programs

class ProgramGen extends Gen {
  constructor(seed, opts) {
    super(seed, opts);
    this.funcs = []; // { name, params: [{name,type,def?}] }
    this.gens = []; // top-level generator variables
    this.varCounter = 0;
  }
  fresh(prefix) { return prefix + this.varCounter++; }

  callArgs(f, env) {
    const args = [];
    for (const p of f.params) {
      if (p.def !== undefined && this.chance(0.4)) continue;
      const v = this.expr(env, p.type, 1);
      if (p.def !== undefined && this.chance(0.5)) args.push(`${p.name}=${v}`);
      else args.push(v);
    }
    // keyword args must follow positional ones
    return args.sort((a, b) => (/^[a-z_]+=/.test(a) ? 1 : 0) - (/^[a-z_]+=/.test(b) ? 1 : 0)).join(", ");
  }
  callFunc(f, env) { return `${f.name}(${this.callArgs(f, env)})`; }
  /** A function whose call is a fresh generator the compiler can see (for temporaries). */
  plainFunc() { return this.pick(this.funcs.filter((f) => !f.decorated)); }

  // ---- generator bodies. ctx: { fi (function index), name, loop (inside a loop), gen (true) }
  genStatements(env, ctx, count, depth) {
    for (let i = 0; i < count; i++) this.genStatement(env, ctx, depth);
  }
  laterFuncs(ctx) { return this.funcs.filter((f, j) => j > ctx.fi); }
  genStatement(env, ctx, depth) {
    const later = this.laterFuncs(ctx);
    const deep = depth >= 3;
    const kind = this.weighted([
      [6, "yield"],
      [4, "recv"],
      [later.length ? 4 : 0, "yieldfromgen"],
      [3, "yieldfromiter"],
      [deep ? 0 : 3, "for"],
      [deep ? 0 : 1, "while"],
      [deep ? 0 : 4, "try"],
      [deep ? 0 : 2, "if"],
      [2, "raise"],
      [1, "return"],
      [3, "assign"],
      [2, "print"],
      [ctx.loop ? 2 : 0, "breakcont"],
      [later.length && !deep ? 1 : 0, "forgen"],
      [0.4, "pep479"],
      [0.5, "peek"],
      [0.5, "yieldexpr"],
    ]);
    const e = (t) => this.expr(env, t);
    switch (kind) {
      case "yield":
        this.line(this.chance(0.1) ? "yield" : `yield ${e("any")}`);
        break;
      case "recv": {
        const v = this.fresh("v");
        this.line(`${v} = yield ${this.chance(0.2) ? "" : e("any")}`.trimEnd());
        this.line(`print(${JSON.stringify(ctx.name + " got")}, repr(${v}))`);
        env.vars.push({ name: v, type: "any" });
        break;
      }
      case "yieldexpr":
        this.line(`print(${JSON.stringify(ctx.name + " in expr")}, (yield ${e("idx")}), ${e("str")})`);
        break;
      case "yieldfromgen": {
        const f = this.pick(later);
        if (this.chance(0.6)) {
          const v = this.fresh("r");
          this.line(`${v} = yield from ${this.callFunc(f, env)}`);
          this.line(`print(${JSON.stringify(ctx.name + " from " + f.name)}, repr(${v}))`);
          env.vars.push({ name: v, type: "any" });
        } else this.line(`yield from ${this.callFunc(f, env)}`);
        break;
      }
      case "yieldfromiter": {
        const src = this.pick([
          () => e("str"),
          () => `range(${this.int(-1, 2)}, ${e("idx")})`,
          () => this.lit("list"),
          () => `[${e("any")}, ${e("any")}]`,
          () => this.lit("tuple"),
          () => `(${this.pick(["w * 2", "w + 1", "-w", "str(w)"])} for w in range(${e("idx")}))`,
          () => `{"p": 1, "q": 2}`,
        ])();
        if (this.chance(0.3)) {
          const v = this.fresh("r");
          this.line(`${v} = yield from ${src}`);
          this.line(`print(${JSON.stringify(ctx.name + " from iter")}, ${v})`);
        } else this.line(`yield from ${src}`);
        break;
      }
      case "for": {
        const iv = this.fresh("i");
        const isStr = this.chance(0.25);
        const hdr = isStr ? `for ${iv} in ${this.pick(STR_LITS)}:` : `for ${iv} in range(${this.int(0, 4)}):`;
        const child = { vars: [...env.vars, { name: iv, type: isStr ? "str" : "idx" }] };
        this.block(hdr, () => {
          this.genStatements(child, { ...ctx, loop: true }, this.int(1, 3), depth + 1);
          if (!this.out[this.out.length - 1].trim().startsWith("yield") && this.chance(0.7)) this.line(`yield ${iv}`);
        });
        if (this.chance(0.25)) this.block("else:", () => this.line(`print(${JSON.stringify(ctx.name + " loop done")})`));
        break;
      }
      case "forgen": {
        const f = this.pick(later);
        const iv = this.fresh("x");
        const child = { vars: [...env.vars, { name: iv, type: "any" }] };
        this.block(`for ${iv} in ${this.callFunc(f, env)}:`, () => {
          this.line(`yield ${this.chance(0.5) ? iv : `(${iv}, ${JSON.stringify(ctx.name)})`}`);
          if (this.chance(0.5)) this.block(`if ${this.cond(child)}:`, () => this.line(this.pick(["break", "continue"])));
          if (this.chance(0.3)) this.genStatement(child, { ...ctx, loop: true }, depth + 2);
        });
        break;
      }
      case "while": {
        const k = this.fresh("k");
        this.line(`${k} = 0`);
        const child = { vars: [...env.vars, { name: k, type: "idx" }] };
        this.block(`while ${k} < ${this.int(1, 3)}:`, () => {
          this.line(`${k} += 1`);
          this.genStatements(child, { ...ctx, loop: true }, this.int(1, 3), depth + 1);
        });
        break;
      }
      case "breakcont":
        this.block(`if ${this.cond(env)}:`, () => this.line(this.pick(["break", "continue"])));
        break;
      case "if":
        this.block(`if ${this.cond(env)}:`, () => this.genStatements({ vars: [...env.vars] }, ctx, this.int(1, 2), depth + 1));
        if (this.chance(0.4)) this.block("else:", () => this.genStatements({ vars: [...env.vars] }, ctx, this.int(1, 2), depth + 1));
        break;
      case "raise":
        if (this.chance(0.6)) this.block(`if ${this.cond(env)}:`, () => this.line(`raise ${this.excInstance()}`));
        else this.line(`raise ${this.excInstance()}`);
        break;
      case "return":
        if (this.chance(0.5)) this.block(`if ${this.cond(env)}:`, () => this.line(`return ${e("any")}`));
        else this.line(this.chance(0.2) ? "return" : `return ${e("any")}`);
        break;
      case "assign": {
        const t = this.pick(["int", "float", "str", "list", "idx", "any"]);
        const v = this.fresh("a");
        this.line(`${v} = ${e(t)}`);
        env.vars.push({ name: v, type: t });
        if (t !== "idx" && t !== "any" && this.chance(0.4)) {
          const op = t === "str" || t === "list" ? "+=" : this.pick(["+=", "-=", "*=", "//=", "%="]);
          this.line(`${v} ${op} ${this.paren(e(t === "list" ? "list" : t === "str" ? "str" : "int"))}`);
        }
        break;
      }
      case "print":
        this.line(`print(${JSON.stringify(ctx.name)}, ${e("any")}${this.chance(0.4) ? ", " + e("any") : ""})`);
        break;
      case "pep479":
        this.line(this.pick([`raise StopIteration(${e("any")})`, "next(iter(()))", "raise StopIteration"]));
        break;
      case "peek": {
        // inspect a top-level generator from inside a generator (maybe itself: GEN_RUNNING; maybe unbound: NameError)
        const target = "@PEEK@"; // replaced by a generator variable the top level creates
        this.line(this.pick([
          `print(${JSON.stringify(ctx.name + " sees")}, inspect.getgeneratorstate(${target}))`,
          `print(${JSON.stringify(ctx.name + " peeks")}, next(${target}, "dflt"))`,
        ]));
        break;
      }
      case "try":
        this.tryStatement(env, ctx, depth);
        break;
    }
  }
  tryStatement(env, ctx, depth) {
    const hasFinally = this.chance(0.5);
    const nExcept = hasFinally ? this.int(0, 2) : this.int(1, 3);
    this.block("try:", () => {
      const child = { vars: [...env.vars] };
      this.genStatements(child, ctx, this.int(1, 3), depth + 1);
      if (this.chance(0.5)) this.line(`yield ${this.expr(child, "any")}`);
    });
    const used = new Set();
    let sawBroad = false;
    for (let i = 0; i < nExcept; i++) {
      let clause = this.chance(0.15) ? "GeneratorExit" : this.exceptClause();
      if (used.has(clause) || sawBroad) continue;
      used.add(clause);
      if (clause === "Exception") sawBroad = true;
      const ev = this.fresh("e");
      this.block(`except ${clause} as ${ev}:`, () => {
        this.line(`print(${JSON.stringify(ctx.name + " caught")}, ${this.caughtText(ev)})`);
        const child = { vars: [...env.vars] };
        if (clause === "GeneratorExit") {
          this.pick([
            () => this.line("raise"),
            () => this.line(`return ${this.expr(child, "any")}`),
            () => {},
            () => this.line(`yield ${JSON.stringify("after-exit")}`),
            () => this.line(`raise ${this.excInstance()}`),
          ])();
          return;
        }
        this.weighted([
          [3, () => this.line(`yield ${this.chance(0.5) ? `repr(${ev})` : this.expr(child, "any")}`)],
          [2, () => this.line("raise")],
          [2, () => this.line(`raise ${this.excInstance()} from ${ev}`)],
          [1, () => this.line(`raise ${this.excInstance()}`)],
          [1, () => this.line(`return ${this.chance(0.5) ? `str(${ev})` : this.expr(child, "any")}`)],
          [1, () => this.line(`print("args", ${ev}.args)`)],
          [3, () => this.genStatements(child, ctx, 1, depth + 2)],
        ])();
      });
    }
    if (nExcept > 0 && used.size > 0 && this.chance(0.3)) {
      this.block("else:", () => this.genStatements({ vars: [...env.vars] }, ctx, this.int(1, 2), depth + 1));
    }
    if (hasFinally || used.size === 0) {
      this.block("finally:", () => {
        this.line(`print(${JSON.stringify(ctx.name + " finally")})`);
        if (this.chance(0.25) && !this.avoid.has("finallyyield")) this.line(`yield ${JSON.stringify("from-finally")}`);
        if (ctx.loop && this.chance(0.05) && !this.avoid.has("finallycontinue")) this.line("continue");
      });
    }
  }

  genFunction(fi) {
    const f = this.funcs[fi];
    const params = f.params.map((p) => (p.def !== undefined ? `${p.name}=${p.def}` : p.name)).join(", ");
    if (f.decorated) this.line("@passthrough");
    this.block(`def ${f.name}(${params}):`, () => {
      const env = { vars: f.params.map((p) => ({ name: p.name, type: p.type })) };
      const ctx = { fi, name: f.name, loop: false };
      if (this.chance(0.3)) this.line(`print(${JSON.stringify(f.name + " start")}, ${f.params.map((p) => p.name).join(", ") || '""'})`);
      this.line(`yield ${this.expr(env, "any")}`);
      this.genStatements(env, ctx, this.int(2, 6), 0);
      if (this.chance(0.6)) this.line(`return ${this.expr(env, "any")}`);
    });
    this.line("");
  }

  // ---- top level
  wrap(label, bodyFn, opts = {}) {
    this.block("try:", bodyFn);
    if (opts.stop) {
      this.block("except StopIteration as e:", () => this.line(`print(${JSON.stringify(label + " stop")}, repr(e.value))`));
    }
    if (this.chance(0.3)) {
      this.block(`except ${this.exceptClause()} as e:`, () => this.line(`print(${JSON.stringify(label + " specific")}, f"{type(e).__name__}: {e}")`));
    }
    this.block("except BaseException as e:", () => this.line(`print(${JSON.stringify(label)}, ${this.caughtText("e")})`));
  }
  /** How a handler prints what it caught: type and message, often with the implicit context's type (PEP 3134). */
  caughtText(ev) {
    return this.chance(0.5) ? `f"{type(${ev}).__name__}: {${ev}} (context {type(${ev}.__context__).__name__})"` : `f"{type(${ev}).__name__}: {${ev}}"`;
  }
  newGenerator(env) {
    const name = "g" + this.gens.length;
    let call;
    if (this.box && this.chance(0.2)) call = this.pick([`box.walk(${this.int(1, 3)})`, "box.pairs()"]);
    else if (this.made && this.chance(0.15)) call = `${this.made}(${this.int(1, 3)})`;
    else {
      this.noRisk = true;
      const f = this.pick(this.funcs);
      if (!this.avoid.has("dyncall") && this.chance(0.2)) {
        // Called through an alias: the arguments are bound at run time.
        this.line(`make = ${f.name}`);
        call = `make(${this.callArgs(f, env)})`;
      } else call = this.callFunc(f, env);
      this.noRisk = false;
    }
    this.line(`${name} = ${call}`);
    this.gens.push(name);
    return name;
  }
  topAction(env) {
    const L = this.nextLabel();
    const g = this.gens.length ? this.pick(this.gens) : null;
    const kind = this.weighted([
      [g ? 8 : 0, "next"],
      [g ? 6 : 0, "send"],
      [g ? 4 : 0, "throw"],
      [g ? 2 : 0, "close"],
      [g ? 3 : 0, "state"],
      [this.gens.length < 6 ? 2 : 0, "new"],
      [g ? 1 : 0, "forbreak"],
      [2, "tempfor"],
      [2, "list"],
      [1, "genexp"],
      [1, "expr"],
      [g ? 0.5 : 0, "printgen"],
      [g ? 1 : 0, "drain"],
      [this.box ? 1 : 0, "boxiter"],
      [this.avoid.has("dyncall") ? 0 : 1, "badcall"],
    ]);
    const s = (x) => JSON.stringify(x);
    switch (kind) {
      case "new":
        this.newGenerator(env);
        break;
      case "next":
        this.wrap(L, () => this.line(this.chance(0.2) ? `print(${s(L)}, repr(next(${g}, ${this.lit("any")})))` : `print(${s(L + " next " + g)}, repr(next(${g})))`), { stop: true });
        break;
      case "send":
        this.wrap(L, () => this.line(`print(${s(L + " send " + g)}, repr(${g}.send(${this.pick(SENT_LITS)})))`), { stop: true });
        break;
      case "throw":
        this.wrap(L, () => this.line(`print(${s(L + " throw " + g)}, repr(${g}.throw(${this.weighted([
          [6, () => this.excInstance()],
          [2, () => this.pick([...BUILTIN_EXCS, ...CUSTOM_EXCS.filter((c) => !(c === "DataError" && this.avoid.has("throwclass")))])],
          [0.5, () => "GeneratorExit"],
          [0.5, () => "StopIteration"],
        ])()})))`), { stop: true });
        break;
      case "close":
        this.wrap(L, () => this.line(`print(${s(L + " close " + g)}, ${g}.close())`));
        break;
      case "state":
        this.line(`print(${s(L + " state " + g)}, inspect.getgeneratorstate(${g}))`);
        break;
      case "printgen":
        this.line(this.pick([`print(${s(L)}, ${g})`, `print(${s(L)}, type(${g}).__name__, ${g}.__name__, ${g}.__qualname__)`]));
        break;
      case "forbreak":
        this.wrap(L, () => {
          this.line("n = 0");
          this.block(`for item in ${g}:`, () => {
            this.line(`print(${s(L + " item")}, repr(item))`);
            this.line("n += 1");
            this.block(`if n >= ${this.int(1, 3)}:`, () => this.line("break"));
          });
          if (this.chance(0.5)) this.block("else:", () => this.line(`print(${s(L + " for-else")})`));
        });
        break;
      case "tempfor": {
        const f = this.plainFunc();
        this.wrap(L, () => {
          this.block(`for item in ${this.callFunc(f, env)}:`, () => {
            this.line(`print(${s(L + " item")}, repr(item))`);
            if (this.chance(this.avoid.has("tempbreak") ? 0 : 0.5)) this.block(`if ${this.pick(["item is None", "item == 1", "isinstance(item, str)", "True", "not item"])}:`, () => this.line("break"));
            if (this.chance(0.2)) this.block("if item == 2:", () => this.line(`raise ${this.excInstance()}`));
          });
          if (this.chance(0.3)) this.block("else:", () => this.line(`print(${s(L + " for-else")})`));
        });
        break;
      }
      case "list": {
        // A consumer that may raise part-way (sum, sorted) leaves a temporary generator suspended,
        // and CPython finalizes it at once (refcounting): only named generators get those.
        const named = this.chance(0.25) && g;
        const src = named ? g : this.callFunc(this.plainFunc(), env);
        const consumer = this.pick(named ? ["list(%)", "tuple(%)", "sum(%)", "len(list(%))", "sorted(%)", "max(%)"] : ["list(%)", "tuple(%)", "len(list(%))", "list(enumerate(%))"]);
        this.wrap(L, () => this.line(`print(${s(L + " list")}, ${consumer.replace("%", src)})`));
        break;
      }
      case "genexp": {
        const temp = this.chance(this.avoid.has("genexptemp") ? 0 : 0.3);
        const src = temp ? this.callFunc(this.plainFunc(), env) : this.pick([g ? g : "range(3)", `range(${this.int(0, 5)})`, `"abc"`]);
        const body = this.pick(["w", "repr(w)", "(w, 1)", "w * 2", "str(w) + '!'", "w + 1"]);
        const cond = this.chance(0.4) ? ` if ${this.pick(["w", "w is not None", "not isinstance(w, str)", "w != 1"])}` : "";
        const consumer = temp ? this.pick(["list", "tuple"]) : this.pick(["list", "tuple", "sum", "max", "sorted", this.avoid.has("join") ? "list" : '" ".join']);
        this.wrap(L, () => {
          if (!temp && this.chance(0.3)) {
            this.line(`ge = (${body} for w in ${src}${cond})`);
            this.line(`print(${s(L + " genexp")}, inspect.getgeneratorstate(ge), next(ge, "none"), ${consumer === '" ".join' ? "list" : consumer}(ge))`);
          } else this.line(`print(${s(L + " genexp")}, ${consumer}(${body} for w in ${src}${cond}))`);
        });
        break;
      }
      case "expr":
        this.wrap(L, () => {
          const e = this.expr(env, this.pick(["int", "float", "str", "list", "tuple", "dict", "any", "bool"]));
          this.line(`print(${s(L)}, ${e})`);
          if (this.chance(0.3)) this.line(`print(${s(L + " risky")}, ${this.risky(env)})`);
        });
        break;
      case "drain":
        this.wrap(L, () => {
          this.line("count = 0");
          this.block("while True:", () => {
            this.line(`value = ${g}.send(${this.pick(["None", "count", '"d"'])}) if count else next(${g})`);
            this.line(`print(${s(L + " drained")}, repr(value))`);
            this.line("count += 1");
          });
        }, { stop: true });
        break;
      case "badcall": {
        // Arguments that do not fit: CPython's TypeError (through the decorator's wrapper too).
        const f = this.pick(this.funcs);
        const names = f.params.map((p) => p.name);
        const required = f.params.filter((p) => p.def === undefined).map((p) => p.name);
        const ways = [`${names.map((_, i) => String(i)).concat(["9"]).join(", ")}`, `${names.map((_, i) => String(i)).join(", ")}${names.length ? ", " : ""}zz=1`];
        if (required.length) ways.push(required.slice(1).map((n) => `${n}=1`).join(", "));
        if (names.length) ways.push(`0, ${names.map((n, i) => `${n}=${i}`).join(", ")}`);
        const callee = this.chance(0.5) ? f.name : `(lambda *a, **k: ${f.name}(*a, **k))`;
        this.wrap(L, () => this.line(`print(${s(L + " badcall")}, ${callee}(${this.pick(ways)}))`));
        break;
      }
      case "boxiter":
        this.wrap(L, () => this.line(`print(${s(L + " box")}, list(box), list(box.walk(2)))`));
        break;
    }
  }

  program() {
    this.line(this.chance(0.5) ? "import inspect" : "import inspect as inspect");
    this.line("");
    this.line("");
    this.block("class AppError(Exception):", () => this.line("pass"));
    this.line("");
    this.block("class DataError(AppError):", () => {
      this.block("def __init__(self, msg, code=0):", () => {
        this.line("super().__init__(msg)");
        this.line("self.code = code");
      });
    });
    this.line("");
    this.block("class Retry(ValueError):", () => this.line("pass"));
    this.line("");
    this.line("");
    const nf = this.int(2, 5);
    for (let i = 0; i < nf; i++) {
      const params = [];
      const np = this.int(0, 2);
      const names = ["a", "b", "c"];
      for (let j = 0; j < np; j++) params.push({ name: names[j], type: this.pick(["idx", "int", "str", "any"]) });
      if (this.chance(0.3)) {
        const t = this.pick(["idx", "str"]);
        params.push({ name: "d", type: t, def: t === "idx" ? String(this.int(0, 3)) : this.pick(STR_LITS) });
      }
      this.funcs.push({ name: "gen" + i, params });
    }
    if (!this.avoid.has("dyncall") && this.chance(0.35)) {
      this.block("def passthrough(func):", () => {
        this.block("def wrapper(*args, **kwargs):", () => this.line("return func(*args, **kwargs)"));
        this.line("return wrapper");
      });
      this.line("");
      // Only gen0 may be decorated (no generator delegates to gen0), and temporaries use plain
      // functions: a generator made through a decorator is not known to be fresh, so it is not
      // closed when a loop over it is left early (CPython drops it at once: README, "Known differences").
      this.funcs[0].decorated = this.chance(0.7);
    }
    for (let i = 0; i < nf; i++) this.genFunction(i);

    if (this.chance(0.3)) {
      this.box = true;
      this.block("class Box:", () => {
        this.block("def __init__(self, items):", () => this.line("self.items = items"));
        this.line("");
        this.block("def walk(self, k):", () => {
          this.block("for x in self.items:", () => {
            this.line("got = yield x * k");
            this.block("if got is not None:", () => this.line('print("Box got", repr(got))'));
          });
          this.line("return len(self.items)");
        });
        this.line("");
        this.block("def pairs(self):", () => {
          this.block("try:", () => this.line("yield from enumerate(self.items)"));
          this.block("finally:", () => this.line('print("pairs done")'));
        });
        this.line("");
        this.block("def __iter__(self):", () => this.line(`yield from ${this.chance(0.5) ? "self.items" : "self.walk(1)"}`));
      });
      this.line("");
      this.line(`box = Box([${this.pick(["1, 'a', 2.5", "[1], (2,)", "3, 4", ""])}])`);
      this.line("");
    }
    if (this.chance(0.25)) {
      this.made = "counter";
      this.block("def make_counter(start):", () => {
        this.line("total = start");
        this.block("def counter(step):", () => {
          this.line("nonlocal total");
          this.block(`while total < start + ${this.int(3, 8)}:`, () => {
            this.line("total += step");
            this.line("got = yield total");
            this.block("if got is not None:", () => this.line('print("counter got", repr(got), total)'));
          });
          this.line("return total");
        });
        this.line("return counter");
      });
      this.line("");
      this.line(`counter = make_counter(${this.int(-3, 3)})`);
      this.line("");
    }

    const env = { vars: [] };
    const ng = this.int(1, 3);
    for (let i = 0; i < ng; i++) this.newGenerator(env);
    this.initialGens = ng;
    const na = this.int(8, 22);
    for (let i = 0; i < na; i++) this.topAction(env);
    // explicit finalization, in a random order
    const order = [...this.gens];
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [order[i], order[j]] = [order[j], order[i]];
    }
    this.line("");
    for (const g of order) {
      const L = this.nextLabel();
      this.wrap(L, () => this.line(`print(${JSON.stringify(L + " final close " + g)}, ${g}.close(), inspect.getgeneratorstate(${g}))`));
    }
    if (this.chance(0.08)) {
      const custom = !this.avoid.has("uncaughtcustom");
      let exc = this.excInstance();
      if (!custom) exc = exc.replace(/^(AppError|DataError|Retry)\(.*$/, "ValueError('end')");
      this.line(this.pick([`raise ${exc}`, `print(next(${order[0]}))`, custom ? `raise DataError("end", 2)` : "raise KeyError(0)", `print(${this.risky(env)})`]));
    }
    const peekable = this.avoid.has("peekglobal") ? this.gens.slice(0, this.initialGens) : this.gens;
    return this.out.map((l) => l.replace(/@PEEK@/g, () => this.pick(peekable))).join("\n") + "\n";
  }
}

/** Features that can be left out with { avoid: [...] } (fuzz.js --avoid a,b). */
const AVOIDABLE = {
  dictcomp: "dict comprehensions",
  attr: "attribute errors on int literals ((1).nope)",
  throwclass: "throwing an exception class whose __init__ needs arguments",
  peekglobal: "generators reading top-level variables assigned later (NameError)",
  uncaughtcustom: "uncaught custom exception at the end of the program",
  finallyyield: "yield inside finally blocks",
  join: "str.join over generator expressions",
  genexptemp: "generator expressions over temporary generators",
  hugediv: "true division of arbitrary ints (only small ones)",
  floatpow: "float ** negative int, int ** negative int",
  tempbreak: "break out of a for loop over a temporary generator at the top level",
  finallycontinue: "continue inside a finally block (swallowing GeneratorExit during finalization)",
  dyncall: "decorated generator functions, calls through an alias, calls with arguments that do not fit",
};

function generateProgram(seed, opts = {}) {
  return new ProgramGen(seed >>> 0, opts).program();
}

module.exports = { generateProgram, programSeed, mulberry32, AVOIDABLE };

if (require.main === module) {
  const seed = Number(process.argv[2] || 1);
  process.stdout.write(generateProgram(seed));
}
