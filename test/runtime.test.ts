import { test, expect, describe } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import * as R from "../src/runtime";
import { STDLIB } from "../src/runtime/stdlib";
import { RUNTIME_FILES } from "../src/runtime/files";

const { generator, yieldFrom, repr, str, getgeneratorstate: gstate, tupleOf, format, strFormat, percentFormat } = R;

/** Run f and return repr of its result or "ExcName: msg" (outputs below were checked against CPython 3.11). */
function t(f: () => any): string {
  try { return repr(f()); } catch (e) { return R.formatException(e); }
}
function capture(f: () => void): string {
  let out = "";
  const restore = R.redirectOutput((s) => (out += s), (s) => (out += s));
  try { f(); } finally { restore(); }
  return out;
}

describe("repr / str", () => {
  test("scalars and containers", () => {
    expect(t(() => "abc")).toBe("'abc'");
    expect(t(() => "it's")).toBe('"it\'s"');
    expect(t(() => "a\"b'c")).toBe("'a\"b\\'c'");
    expect(t(() => "\xa0\u3000\x7f\x00é한\u{1F600}\u200b")).toBe("'\\xa0\\u3000\\x7f\\x00é한😀\\u200b'");
    expect(t(() => [1n, "a", 2.0, 1e16, 1e-5, 0.1 + 0.2, -0.0, NaN, Infinity, tupleOf(1n), tupleOf(), tupleOf(1n, 2n), undefined, true]))
      .toBe("[1, 'a', 2.0, 1e+16, 1e-05, 0.30000000000000004, -0.0, nan, inf, (1,), (), (1, 2), None, True]");
    expect(repr([1e22, 1.5e-7, 123456789012345678.0, 1e-4, 0.0001234])).toBe("[1e+22, 1.5e-07, 1.2345678901234568e+17, 0.0001, 0.0001234]");
    expect(t(() => R.dict([["k", 1n]]))).toBe("{'k': 1}");
    expect(t(() => R.set())).toBe("set()");
    expect(repr(R.set([3n, 1n, 2n]))).toBe("{1, 2, 3}");
    expect(repr(R.setOf(3n, 1n, 2n))).toBe("{1, 2, 3}");
    expect(repr(R.dictOf(["k", 1n], [1n, 2n], [1.0, 3n]))).toBe("{'k': 1, 1: 3}");
    expect(repr(R.set([10n, 5n, 100n, 33n, 8n, 1000n, -1n, -5n, 7n, 64n, 17n, 9n, 40n]))).toBe("{64, 33, 100, 5, 7, 8, 1000, 10, 9, 40, 17, -5, -1}");
    expect(t(() => R.range(1n, 4n))).toBe("range(1, 4)");
    expect(t(() => R.range(0n, 10n, 2n))).toBe("range(0, 10, 2)");
    const l: any[] = [1n]; l.push(l);
    expect(repr(l)).toBe("[1, [...]]");
  });
  test("types, functions, exceptions", () => {
    expect(repr(R.ValueError)).toBe("<class 'ValueError'>");
    expect(repr(new R.ValueError("x"))).toBe("ValueError('x')");
    expect(repr(new R.ValueError())).toBe("ValueError()");
    expect(repr(new R.ValueError(1n, 2n))).toBe("ValueError(1, 2)");
    expect(repr(R.int)).toBe("<class 'int'>");
    expect(repr(R.type(1n))).toBe("<class 'int'>");
    expect(R.type(1n)).toBe(R.int);
    expect(repr(R.print)).toBe("<built-in function print>");
    class Foo {}
    expect(repr(Foo)).toBe("<class '__main__.Foo'>");
    expect(repr(new Foo())).toMatch(/^<__main__\.Foo object at 0x[0-9a-f]{12}>$/);
    function f() { return 1; }
    expect(repr(f)).toMatch(/^<function f at 0x[0-9a-f]{12}>$/);
    expect(str(new R.KeyError("a"))).toBe("'a'");
    expect(R.formatException(new R.KeyError("a"))).toBe("KeyError: 'a'");
    expect(R.formatException(new R.StopIteration())).toBe("StopIteration");
    expect(R.isinstance(new R.KeyError("a"), R.LookupError)).toBe(true);
    expect(R.isinstance(true, R.int)).toBe(true);
  });
});

describe("format", () => {
  test("format spec", () => {
    const cases: [any, string, string][] = [
      [true, "^10", "'    1     '"], [1.5, "", "'1.5'"], [2.0, ".3", "'2.0'"], [1234567.0, ".3", "'1.23e+06'"],
      [2.5, ".0f", "'2'"], [1e16, "10", "'     1e+16'"], [1234567.891, ",.2f", "'1,234,567.89'"], [255n, "#x", "'0xff'"],
      [-42n, "08d", "'-0000042'"], [0.5, ".0%", "'50%'"], [1234567n, "_", "'1_234_567'"], [3.14159, "10.3e", "' 3.142e+00'"],
      [123.456, "g", "'123.456'"], [1e-10, "g", "'1e-10'"], [1e20, "", "'1e+20'"], [12n, "*^9", "'***12****'"],
      [-3.5, "+.1f", "'-3.5'"], [1234.5, "012,.1f", "'00,001,234.5'"],
    ];
    for (const [v, spec, want] of cases) expect([v, spec, t(() => format(v, spec))]).toEqual([v, spec, want]);
    expect(t(() => format(undefined, ">5"))).toBe("TypeError: unsupported format string passed to NoneType.__format__");
    expect(t(() => format("x", "d"))).toBe("ValueError: Unknown format code 'd' for object of type 'str'");
    expect(t(() => format("x", "+"))).toBe("ValueError: Sign not allowed in string format specifier");
  });
  test("% formatting and str.format", () => {
    expect(percentFormat("%s %d %r %5.2f %x", tupleOf("a", 3.7, "b", 2.345, 255n))).toBe("a 3 'b'  2.35 ff");
    expect(percentFormat("%(a)s-%(b)05.1f", R.dict([["a", 1n], ["b", 2.25]]))).toBe("1-002.2");
    expect(percentFormat("%5s|%-5s|%+d|%x|%o|%e|%g|%c|%%", tupleOf("a", "b", 3n, 255n, 8n, 12345.678, 0.00001, 65n)))
      .toBe("    a|b    |+3|ff|10|1.234568e+04|1e-05|A|%");
    expect(t(() => percentFormat("%s %s", tupleOf(1n)))).toBe("TypeError: not enough arguments for format string");
    expect(t(() => percentFormat("%s", tupleOf(1n, 2n)))).toBe("TypeError: not all arguments converted during string formatting");
    expect(t(() => percentFormat("%d", "a"))).toBe("TypeError: %d format: a real number is required, not str");
    expect(t(() => strFormat("{} {}", 1n))).toBe("IndexError: Replacement index 1 out of range for positional args tuple");
    expect(t(() => strFormat("{0} {}", 1n, 2n))).toBe("ValueError: cannot switch from manual field specification to automatic field numbering");
    expect(t(() => strFormat("{a}", { b: 1n }))).toBe("KeyError: 'a'");
    expect(strFormat("{:>5}|{:^7.2f}|{!r:<6}", "ab", 3.14159, "x")).toBe("   ab| 3.14  |'x'   ");
    expect(R.fstr(3.14159, ".2f")).toBe("3.14");
    expect((R.str as any).join("\n", ["a", "b"])).toBe("a\nb");
  });
});

describe("numbers and operators", () => {
  test("round/divmod", () => {
    expect([R.round(2.5), R.round(0.125, 2n), R.round(1234n, -2n), R.round(2.675, 2n), R.round(-0.5), R.round(1250n, -2n)])
      .toEqual([2n, 0.12, 1200n, 2.67, 0n, 1200n]);
    expect(repr(R.divmod(-7n, 2n))).toBe("(-4, 1)");
    expect(repr(R.divmod(-7.5, 2n))).toBe("(-4.0, 0.5)");
    expect(t(() => R.divmod(1n, 0n))).toBe("ZeroDivisionError: integer division or modulo by zero");
  });
  test("arithmetic semantics and messages", () => {
    expect(repr([R.pow(2n, -1n), R.truediv(10n, 4n), R.truediv(4n, 2n), R.floordiv(-7n, 2n), R.mod(-7n, 3n), R.mod(7n, -3n), R.floordiv(-7.5, 2n), R.mod(-7.5, 2n)]))
      .toBe("[0.5, 2.5, 2.0, -4, 2, -2, -4.0, 0.5]");
    expect(t(() => R.truediv(1n, 0n))).toBe("ZeroDivisionError: division by zero");
    expect(t(() => R.truediv(1.0, 0n))).toBe("ZeroDivisionError: float division by zero");
    expect(t(() => R.floordiv(1.0, 0n))).toBe("ZeroDivisionError: float floor division by zero");
    expect(t(() => R.mod(1.0, 0n))).toBe("ZeroDivisionError: float modulo");
    expect(t(() => R.floordiv(1n, 0n))).toBe("ZeroDivisionError: integer division or modulo by zero");
    expect(t(() => R.mod(1n, 0n))).toBe("ZeroDivisionError: integer modulo by zero");
    expect(t(() => R.pow(0.0, -1n))).toBe("ZeroDivisionError: 0.0 cannot be raised to a negative power");
    expect(t(() => R.add(1n, "a"))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(t(() => R.add("a", 1n))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(t(() => R.add([1n], tupleOf(1n)))).toBe('TypeError: can only concatenate list (not "tuple") to list');
    expect(t(() => R.mul("a", "b"))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    expect(t(() => R.neg("a"))).toBe("TypeError: bad operand type for unary -: 'str'");
    expect(t(() => R.invert(1.5))).toBe("TypeError: bad operand type for unary ~: 'float'");
    expect(t(() => R.iadd(1.5, "a"))).toBe("TypeError: unsupported operand type(s) for +=: 'float' and 'str'");
    const l = [1n];
    expect(R.iadd(l, "ab")).toBe(l);
    expect(repr(l)).toBe("[1, 'a', 'b']");
    expect(t(() => R.lshift(1n, -1n))).toBe("ValueError: negative shift count");
    expect(t(() => R.bitand(true, true))).toBe("True");
    expect(t(() => R.add(true, true))).toBe("2");
    expect(t(() => R.lt("a", 1n))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(t(() => R.lt([1n], tupleOf(1n)))).toBe("TypeError: '<' not supported between instances of 'list' and 'tuple'");
    expect(R.eq(1n, 1.0) && R.eq(true, 1n) && !R.eq([1n], tupleOf(1n))).toBe(true);
  });
  test("subscription and containment", () => {
    expect(t(() => R.getitem("abc", 5n))).toBe("IndexError: string index out of range");
    expect(t(() => R.getitem("abc", "x"))).toBe("TypeError: string indices must be integers, not 'str'");
    expect(t(() => R.getitem([1n], 1.0))).toBe("TypeError: list indices must be integers or slices, not float");
    expect(t(() => R.getitem(tupleOf(1n), 3n))).toBe("IndexError: tuple index out of range");
    expect(t(() => R.getitem(5n, 0n))).toBe("TypeError: 'int' object is not subscriptable");
    expect(t(() => R.setitem("a", 0n, 1n))).toBe("TypeError: 'str' object does not support item assignment");
    expect(t(() => R.setitem([1n], 3n, 1n))).toBe("IndexError: list assignment index out of range");
    expect(t(() => R.delitem([1n], 3n))).toBe("IndexError: list assignment index out of range");
    expect(t(() => R.setitem(tupleOf(1n), 0n, 1n))).toBe("TypeError: 'tuple' object does not support item assignment");
    expect(t(() => R.contains("abc", 1n))).toBe("TypeError: 'in <string>' requires string as left operand, not int");
    expect(t(() => R.contains(5n, 1n))).toBe("TypeError: argument of type 'int' is not iterable");
    expect(repr(R.getitem([1n, 2n, 3n, 4n], R.slice(undefined, undefined, -2n)))).toBe("[4, 2]");
    const d = R.dict([[1n, "a"]]);
    expect(R.getitem(d, 1.0)).toBe("a");
    expect(R.getitem(d, true)).toBe("a");
    expect(t(() => R.getitem(d, 2n))).toBe("KeyError: 2");
  });
});

describe("builtins", () => {
  test("messages", () => {
    expect(t(() => R.int("x"))).toBe("ValueError: invalid literal for int() with base 10: 'x'");
    expect(repr([R.int(" 12 "), R.int("ff", 16n), R.int(3.9), R.int(-3.9)])).toBe("[12, 255, 3, -3]");
    expect(t(() => R.float("x"))).toBe("ValueError: could not convert string to float: 'x'");
    expect(t(() => R.int(Infinity))).toBe("OverflowError: cannot convert float infinity to integer");
    expect(t(() => R.len(5n))).toBe("TypeError: object of type 'int' has no len()");
    expect(t(() => R.next([1n]))).toBe("TypeError: 'list' object is not an iterator");
    expect(t(() => R.iter(5n))).toBe("TypeError: 'int' object is not iterable");
    expect(t(() => R.abs("a"))).toBe("TypeError: bad operand type for abs(): 'str'");
    expect(t(() => R.sum(["a"]))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(t(() => R.max([]))).toBe("ValueError: max() arg is an empty sequence");
    expect(t(() => R.min(1n))).toBe("TypeError: 'int' object is not iterable");
    expect(t(() => R.sorted([1n, "a"]))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(t(() => R.hash([]))).toBe("TypeError: unhashable type: 'list'");
    expect(t(() => R.chr(-1n))).toBe("ValueError: chr() arg not in range(0x110000)");
    expect(t(() => R.ord("ab"))).toBe("TypeError: ord() expected a character, but string of length 2 found");
    expect(t(() => R.callMethod(1n, "foo"))).toBe("AttributeError: 'int' object has no attribute 'foo'");
    expect(t(() => R.callMethod(undefined, "foo"))).toBe("AttributeError: 'NoneType' object has no attribute 'foo'");
  });
  test("print and iteration helpers", () => {
    expect(capture(() => { R.print(1n, "a", 2.0, { sep: "-", end: "!\n" }); R.print(); R.print(tupleOf(1n)); }))
      .toBe("1-a-2.0!\n\n(1,)\n");
    expect(repr(R.list(R.enumerate("ab", 1n)))).toBe("[(1, 'a'), (2, 'b')]");
    expect(repr(R.list(R.zip([1n, 2n, 3n], "ab")))).toBe("[(1, 'a'), (2, 'b')]");
    expect(repr(R.sorted([3n, 1n, 2n], { reverse: true }))).toBe("[3, 2, 1]");
    expect(R.unpack([1n, 2n], 2)).toEqual([1n, 2n]);
    expect(t(() => R.unpack([1n, 2n], 3))).toBe("ValueError: not enough values to unpack (expected 3, got 2)");
    expect(t(() => R.unpack("abc", 2))).toBe("ValueError: too many values to unpack (expected 2)");
    expect(repr(R.unpackStar([1n, 2n, 3n, 4n], 1, 1))).toBe("[1, [2, 3], 4]");
    expect(repr(R.callMethod("a,b", "split", ","))).toBe("['a', 'b']");
    const l: any[] = [];
    R.callMethod(l, "append", 1n);
    expect(repr(l)).toBe("[1]");
  });
});

describe("generators", () => {
  function counter(n: bigint) {
    return generator("counter", function* () {
      let i = 0n;
      while (i < n) { const got = yield i; if (got !== undefined) i = got; else i++; }
      return "done";
    });
  }
  test("send / StopIteration value / states / repr", () => {
    const g = counter(3n);
    expect(gstate(g)).toBe("GEN_CREATED");
    expect(repr(g)).toMatch(/^<generator object counter at 0x[0-9a-f]{12}>$/);
    expect(repr(R.type(g))).toBe("<class 'generator'>");
    expect(R.type(g)).toBe(R.types.GeneratorType);
    expect(t(() => g.send(1n))).toBe("TypeError: can't send non-None value to a just-started generator");
    expect(g.send(undefined)).toBe(0n);
    expect(gstate(g)).toBe("GEN_SUSPENDED");
    expect(g.send(2n)).toBe(2n);
    let e: any;
    try { g.__next__(); } catch (x) { e = x; }
    expect(e).toBeInstanceOf(R.StopIteration);
    expect(e.value).toBe("done");
    expect(str(e)).toBe("done");
    expect(gstate(g)).toBe("GEN_CLOSED");
    expect(g.gi_frame).toBe(undefined);
    expect(t(() => g.__next__())).toBe("StopIteration");
  });
  test("GEN_RUNNING and re-entry", () => {
    let me: any;
    const states: string[] = [];
    me = generator("selfref", function* () { states.push(gstate(me)); yield me.gi_running; yield me.send(undefined); });
    expect(me.__next__()).toBe(true);
    expect(states).toEqual(["GEN_RUNNING"]);
    expect(t(() => R.next(me))).toBe("ValueError: generator already executing");
    const me2: any = generator("selfclose", function* () { me2.close(); yield; });
    expect(t(() => R.next(me2))).toBe("ValueError: generator already executing");
  });
  test("throw", () => {
    const x = generator("g", function* () { yield 1n; });
    expect(t(() => x.throw(R.StopIteration))).toBe("RuntimeError: generator raised StopIteration");
    expect(gstate(x)).toBe("GEN_CLOSED");
    const log: string[] = [];
    const y = generator("y", function* () {
      try { yield 1n; } catch (e) { log.push(repr(e)); yield 2n; }
      yield 3n;
    });
    expect(t(() => y.throw(R.ValueError, "early"))).toBe("ValueError: early");
    const z = generator("z", function* () {
      try { yield 1n; } catch (e) { log.push(repr(e)); yield 2n; }
    });
    z.__next__();
    expect(z.throw(R.ValueError, "v")).toBe(2n);
    expect(t(() => z.throw(new R.KeyError("k")))).toBe("KeyError: 'k'");
    expect(gstate(z)).toBe("GEN_CLOSED");
    expect(log).toEqual(["ValueError('v')"]);
  });
  test("close", () => {
    const log: string[] = [];
    const created = generator("c", function* () { log.push("ran"); yield 1n; });
    expect(created.close()).toBe(undefined);
    expect(gstate(created)).toBe("GEN_CLOSED");
    expect(log).toEqual([]);
    const h = generator("h", function* () {
      try { yield 1n; } catch (e) { if (e instanceof R.GeneratorExit) { log.push("exit"); yield 2n; } else throw e; }
    });
    h.__next__();
    expect(t(() => h.close())).toBe("RuntimeError: generator ignored GeneratorExit");
    expect(gstate(h)).toBe("GEN_SUSPENDED");
    const k = generator("k", function* () {
      try { yield 1n; } catch (e) { if (e instanceof R.GeneratorExit) throw new R.StopIteration(); throw e; }
    });
    k.__next__();
    expect(t(() => k.close())).toBe("RuntimeError: generator raised StopIteration");
    const f = generator("f", function* () { try { yield 1n; } finally { log.push("finally"); } });
    f.__next__();
    expect(f.close()).toBe(undefined);
    expect(log).toEqual(["exit", "finally"]);
    expect(f.close()).toBe(undefined);
  });
  test("PEP 479", () => {
    const g = generator("p", function* () { yield 1n; throw new R.StopIteration(5n); });
    g.__next__();
    let e: any;
    try { g.__next__(); } catch (x) { e = x; }
    expect(R.formatException(e)).toBe("RuntimeError: generator raised StopIteration");
    expect(repr(e.__cause__)).toBe("StopIteration(5)");
    expect(R.formatTraceback(e)).toBe(
      "Traceback (most recent call last):\nStopIteration: 5\n\nThe above exception was the direct cause of the following exception:\n\n" +
      "Traceback (most recent call last):\nRuntimeError: generator raised StopIteration\n");
  });
  test("yield from: send/throw/close delegation, return value, gi_yieldfrom", () => {
    const out: string[] = [];
    const sub = () => generator("sub", function* () {
      try {
        const x = yield 1n;
        out.push("sub got " + str(x));
        yield 2n;
      } catch (e) {
        if (e instanceof R.GeneratorExit) { out.push("sub closed"); throw e; }
        out.push("sub caught " + repr(e));
        yield 99n;
      }
      return "ret";
    });
    let inner: any;
    const outer = generator("outer", function* () {
      inner = sub();
      const r = yield* yieldFrom(inner);
      out.push("r " + str(r));
    });
    expect(outer.__next__()).toBe(1n);
    expect(outer.gi_yieldfrom).toBe(inner);
    expect(outer.send("v")).toBe(2n);
    expect(outer.throw(R.ValueError, "boom")).toBe(99n);
    expect(t(() => outer.__next__())).toBe("StopIteration");
    expect(outer.gi_yieldfrom).toBe(undefined);
    expect(out).toEqual(["sub got v", "sub caught ValueError('boom')", "r ret"]);

    const o2 = generator("o2", function* () { yield* yieldFrom(sub()); });
    o2.__next__();
    o2.close();
    expect(out[out.length - 1]).toBe("sub closed");

    const ol = generator("ol", function* () { return yield* yieldFrom([1n, 2n]); });
    expect(ol.__next__()).toBe(1n);
    expect(t(() => ol.send(3n))).toBe("AttributeError: 'list_iterator' object has no attribute 'send'");
    const os = generator("os", function* () { yield* yieldFrom("ab"); yield* yieldFrom(R.range(2n)); yield* yieldFrom(R.dict([["k", 1n]])); });
    expect(repr(R.list(os))).toBe("['a', 'b', 0, 1, 'k']");
    const ot = generator("ot", function* () { yield* yieldFrom(tupleOf(1n)); });
    ot.__next__();
    expect(t(() => ot.throw(R.KeyError, "x"))).toBe("KeyError: 'x'");
  });
  test("PEP 479 RuntimeError suppresses its context (cause set)", () => {
    const g = generator("g", function* () { yield 1n; throw new R.StopIteration("x"); });
    g.__next__();
    let e: any;
    try { g.__next__(); } catch (x) { e = x; }
    expect(R.formatException(e)).toBe("RuntimeError: generator raised StopIteration");
    expect(repr(e.__cause__)).toBe("StopIteration('x')");
    expect(e.__suppress_context__).toBe(true);
  });
  test("throw() of a non-exception names the Python type", () => {
    const g = generator("g", function* () { yield 1n; });
    g.__next__();
    expect(t(() => g.throw(42n))).toBe("TypeError: exceptions must be classes or instances deriving from BaseException, not int");
    expect(t(() => g.throw("s"))).toBe("TypeError: exceptions must be classes or instances deriving from BaseException, not str");
    expect(t(() => g.throw(R.int))).toBe("TypeError: exceptions must be classes or instances deriving from BaseException, not type");
    expect(t(() => g.throw(undefined))).toBe("TypeError: exceptions must be classes or instances deriving from BaseException, not NoneType");
  });
  test("yield from forwards throw() arguments to the subiterator as given", () => {
    const seen: string[] = [];
    class Spy extends R.object {
      __iter__(): any { return this; }
      __next__(): any { return "spy"; }
      throw(...args: any[]): any { seen.push(args.map((a) => (R.isinstance(a, R.BaseException) ? "inst" : repr(a))).join(",")); return "spied"; }
    }
    const g = generator("g", function* () { yield* yieldFrom(new Spy()); });
    g.__next__();
    expect(g.throw(R.ValueError)).toBe("spied");
    expect(g.throw(R.ValueError, "msg")).toBe("spied");
    expect(g.throw(new R.ValueError("i"))).toBe("spied");
    expect(g.throw(R.KeyError, undefined, undefined)).toBe("spied");
    expect(seen).toEqual(["<class 'ValueError'>", "<class 'ValueError'>,'msg'", "inst", "<class 'KeyError'>,None,None"]);
    // a nested generator gets the same exception
    const inner = generator("inner", function* () { try { yield 1n; } catch (e) { yield repr(e); } });
    const outer = generator("outer", function* () { yield* yieldFrom(inner); });
    outer.__next__();
    expect(outer.throw(R.ValueError, "v")).toBe("ValueError('v')");
  });
  test("subclasses of builtin types report their own name and module", () => {
    class Counter extends R.object {}
    expect(R.type(new Counter()).__name__).toBe("Counter");
    expect(repr(R.type(new Counter()))).toBe("<class '__main__.Counter'>");
    expect(R.typeName(new Counter())).toBe("Counter");
    expect((R.object as any).__name__).toBe("object");
    expect(repr(R.object)).toBe("<class 'object'>");
    (Counter as any).__name__ = "Renamed";
    expect((Counter as any).__name__).toBe("Renamed");
    expect((R.object as any).__name__).toBe("object");
    const g = generator("g", function* () { yield* yieldFrom(new Counter()); });
    expect(t(() => g.__next__())).toBe("TypeError: 'Renamed' object is not iterable");
  });
  test("a generator's finalizer runs at most once (PEP 442)", () => {
    let closes = 0;
    const g = generator("g", function* () { for (;;) { try { yield 1n; } catch (e) { closes++; } } });
    g.__next__();
    expect(R.claimFinalizer(g)).toBe(true);
    expect(t(() => g.close())).toBe("RuntimeError: generator ignored GeneratorExit");
    expect(R.claimFinalizer(g)).toBe(false);
    const errors: any[] = [];
    R.closePendingGenerators((g2, _e) => errors.push(g2));
    expect(closes).toBe(1);
    expect(errors).not.toContain(g);
  });
  test("unraisable report: no Traceback header for errors raised by close() itself", () => {
    const ignores = generator("ignores", function* () { for (;;) { try { yield 1n; } catch (e) { /* ignore */ } } });
    ignores.__next__();
    let e1: any;
    try { ignores.close(); } catch (x) { e1 = x; }
    expect(R.formatUnraisable(ignores, e1).replace(/0x[0-9a-f]+/, "0x…")).toBe(
      "Exception ignored in: <generator object ignores at 0x…>\nRuntimeError: generator ignored GeneratorExit\n");
    R.claimFinalizer(ignores); // still suspended: keep it out of the program-end closing below
    const raises = generator("raises", function* () { try { yield 1n; } finally { throw new R.OSError("x"); } });
    raises.__next__();
    let e2: any;
    try { raises.close(); } catch (x) { e2 = x; }
    expect(R.formatUnraisable(raises, e2).replace(/0x[0-9a-f]+/, "0x…")).toBe(
      "Exception ignored in: <generator object raises at 0x…>\nTraceback (most recent call last):\nOSError: x\n");
  });
  test("release() finalizes once: no second close at program end", () => {
    let closes = 0;
    const g = generator("stubborn", function* () { for (;;) { try { yield 1n; } catch (e) { closes++; } } });
    g.__next__();
    const out = capture(() => { R.release(g); R.finishProgram(); });
    expect(closes).toBe(1);
    // `del g` runs inside the module's frame: CPython's traceback has that frame
    expect(out.replace(/0x[0-9a-f]+/, "0x…")).toBe("Exception ignored in: <generator object stubborn at 0x…>\nTraceback (most recent call last):\nRuntimeError: generator ignored GeneratorExit\n");
    const h = generator("stubborn2", function* () { for (;;) { try { yield 1n; } catch (e) { closes++; } } });
    h.__next__();
    const out2 = capture(() => { R.releaseAtExit(h); R.finishProgram(); });
    expect(closes).toBe(2);
    expect(out2.replace(/0x[0-9a-f]+/, "0x…")).toBe("Exception ignored in: <generator object stubborn2 at 0x…>\nRuntimeError: generator ignored GeneratorExit\n");
  });
  test("for-of break does not close; iterate", () => {
    const g = counter(5n);
    for (const x of R.iterate(g)) { if (x === 1n) break; }
    expect(gstate(g)).toBe("GEN_SUSPENDED");
    expect(g.__next__()).toBe(2n);
  });
});

describe("coroutines and async generators", () => {
  test("coroutine protocol", () => {
    const c = () => R.coroutine("c", function* () { return 5n; });
    const cx = c();
    expect(t(() => cx.send(1n))).toBe("TypeError: can't send non-None value to a just-started coroutine");
    expect(t(() => cx.send(undefined))).toBe("StopIteration: 5");
    expect(t(() => cx.send(undefined))).toBe("RuntimeError: cannot reuse already awaited coroutine");
    expect(t(() => cx.throw(R.ValueError))).toBe("RuntimeError: cannot reuse already awaited coroutine");
    expect(R.getcoroutinestate(cx)).toBe("CORO_CLOSED");
    const cy = c();
    expect(repr(cy)).toMatch(/^<coroutine object c at 0x[0-9a-f]{12}>$/);
    expect(repr(R.type(cy))).toBe("<class 'coroutine'>");
    expect(repr(R.type(cy.__await__()))).toBe("<class 'coroutine_wrapper'>");
    const bad = R.coroutine("bad", function* () { yield* R.awaitValue(1n); });
    expect(t(() => bad.send(undefined))).toBe("TypeError: object int can't be used in 'await' expression");
    const step = R.types.coroutine(() => generator("<lambda>", function* () { yield 1n; }));
    const d = R.coroutine("d", function* () {
      try { yield* R.awaitValue(step()); } catch (e) { if (e instanceof R.GeneratorExit) yield* R.awaitValue(step()); else throw e; }
    });
    expect(d.send(undefined)).toBe(1n);
    expect(t(() => d.close())).toBe("RuntimeError: coroutine ignored GeneratorExit");
  });
  test("async generator", () => {
    const a = R.asyncGenerator("ag", function* () { yield 1n; });
    expect(t(() => R.next(a))).toBe("TypeError: 'async_generator' object is not an iterator");
    expect(repr(a)).toMatch(/^<async_generator object ag at 0x[0-9a-f]{12}>$/);
    expect(repr(R.type(a))).toBe("<class 'async_generator'>");
    expect(repr(R.type(a.__anext__()))).toBe("<class 'async_generator_asend'>");
    expect(t(() => a.__anext__().send(undefined))).toBe("StopIteration: 1");
    expect(t(() => a.__anext__().send(undefined))).toBe("StopAsyncIteration");
  });
});

describe("notebook cells and program end", () => {
  test("runNotebookCell with a listener", () => {
    const tails: [any, any][] = [];
    const restore = R.setCellListener((n, tail) => tails.push([n, tail]));
    try {
      capture(() => {
        R.runNotebookCell(1, () => 5n);
        R.runNotebookCell(2, () => { throw new R.StopIteration(); });
        R.runNotebookCell(3, () => undefined);
      });
    } finally { restore(); }
    expect(tails).toEqual([[1, "5"], [2, "StopIteration: "], [3, null]]);
  });
  test("finishProgram closes suspended generators in start order", () => {
    const out = capture(() => {
      const mk = (n: string) => generator("g", function* () { try { yield 1n; } finally { R.print("fin", n); } });
      const a = mk("a"); a.__next__();
      const b = mk("b"); b.__next__();
      R.finishProgram();
    });
    expect(out).toBe("fin a\nfin b\n");
  });
});

test("standard library: every module file of src/runtime/lib is exported by lib/index.ts and offered to the compiler", () => {
  const libDir = path.join(__dirname, "../src/runtime/lib");
  const files = fs.readdirSync(libDir).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.slice(0, -3));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) {
    const mod = (STDLIB as Record<string, any>)[name.replace(/_/g, ".")] ?? (STDLIB as Record<string, any>)[name];
    expect([name, typeof mod]).toEqual([name, "object"]);
    expect(mod.__name__.replace(/\./g, "_")).toBe(name);
    // the file exports its module object and nothing else
    const exported = [...fs.readFileSync(path.join(libDir, `${name}.ts`), "utf8").matchAll(/^export (?:const|function|class|let) (\w+)/gm)].map((m) => m[1]);
    expect(exported).toEqual([name]);
  }
});

test("standalone bundle: files concatenate without duplicate declarations and run", () => {
  const dir = path.join(__dirname, "../src/runtime");
  const listed = new Set(RUNTIME_FILES);
  // files.ts and stdlib.ts serve the compiler; lib/ holds the standard library, bundled per module.
  const compilerOnly = new Set(["index.ts", "files.ts", "stdlib.ts"]);
  for (const f of fs.readdirSync(dir)) if (f.endsWith(".ts") && !compilerOnly.has(f)) expect(listed.has(f)).toBe(true);
  let text = "";
  const names = new Map<string, string>();
  for (const f of RUNTIME_FILES) {
    const src = fs.readFileSync(path.join(dir, f), "utf8");
    for (const line of src.split("\n")) {
      if (line.startsWith("import ")) continue;
      expect(line.startsWith("export {")).toBe(false);
      const m = /^(?:export )?(?:abstract )?(?:class|function\*?|const|let|var|type|interface) ?([A-Za-z_$][\w$]*)/.exec(line);
      if (m) {
        expect([m[1], names.get(m[1]) ?? f]).toEqual([m[1], f]);
        names.set(m[1], f);
      }
      text += line.replace(/^export /, "") + "\n";
    }
  }
  const js = ts.transpileModule(text + "\nreturn { print, repr, generator, tupleOf, setStdout };", {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
  const api = new Function(js)();
  let out = "";
  api.setStdout((s: string) => (out += s));
  api.print(api.tupleOf(1n), 2.0, api.repr(api.generator("f", function* () { yield 1; })).slice(0, 19));
  expect(out).toBe("(1,) 2.0 <generator object f\n");
});
