// Python's `operator` module: the operators as functions (each one is the
// runtime's own operator helper, so results and TypeErrors are those of the
// expression it stands for) and itemgetter / attrgetter / methodcaller.

import { pyModule } from "../module";
import { TypeError, ValueError } from "../exceptions";
import { PyDict, isKwargs, tupleFromArray } from "../values";
import { registerBuiltinFunction, repr, typeName } from "../repr";
import { iterate } from "../iter";
import { NotImplemented, add, sub, mul, truediv, floordiv, mod, pow, matmul, lshift, rshift, bitand, bitor, bitxor, neg, pos, invert, not, truthy, is, eq, ne, lt, le, gt, ge, contains, getitem, setitem, delitem, iadd, isub, imul, itruediv, ifloordiv, imod, ipow, imatmul, ilshift, irshift, ibitand, ibitor, ibitxor } from "../ops";
import { abs, len } from "../builtins";
import { getattr } from "../attributes";
import { callDynamic } from "../calls";

/** Keyword arguments where the function takes none: CPython's TypeError. */
function refuseKeywords(name: string, args: any[]): void {
  if (args.length && isKwargs(args[args.length - 1])) {
    if (Object.keys(args[args.length - 1]).length) throw new TypeError(`${name}() takes no keyword arguments`);
    args.pop();
  }
}

/** A two-argument function (`add expected 2 arguments, got 1`, as CPython's argument clinic says). */
function binary(name: string, f: (a: any, b: any) => any): (...args: any[]) => any {
  const g = function (...args: any[]): any {
    refuseKeywords(name, args);
    if (args.length !== 2) throw new TypeError(`${name} expected 2 arguments, got ${args.length}`);
    return f(args[0], args[1]);
  };
  return registerBuiltinFunction(g, name);
}

/** A one-argument function (`_operator.neg() takes exactly one argument (0 given)`). */
function unary(name: string, f: (a: any) => any): (...args: any[]) => any {
  const g = function (...args: any[]): any {
    refuseKeywords(`_operator.${name}`, args);
    if (args.length !== 1) throw new TypeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
    return f(args[0]);
  };
  return registerBuiltinFunction(g, name);
}

/** operator.index(a): a as an int, through __index__. */
function toIndex(a: any): any {
  if (typeof a === "bigint") return a;
  if (typeof a === "boolean") return a ? 1n : 0n;
  if (a !== null && typeof a === "object" && typeof a.__index__ === "function") {
    const i = a.__index__();
    if (typeof i !== "bigint" && typeof i !== "boolean") throw new TypeError(`__index__ returned non-int (type ${typeName(i)})`);
    return i;
  }
  throw new TypeError(`'${typeName(a)}' object cannot be interpreted as an integer`);
}

/** Does `a` support len()? (length_hint asks len first.) */
function hasLen(a: any): boolean {
  if (typeof a === "string" || Array.isArray(a) || a instanceof PyDict) return true;
  return a !== null && typeof a === "object" && typeof a.__len__ === "function";
}

function length_hint(...args: any[]): any {
  refuseKeywords("length_hint", args);
  if (args.length < 1 || args.length > 2) throw new TypeError(`length_hint expected at most 2 arguments, got ${args.length}`);
  const [obj, dflt = 0n] = args;
  if (typeof dflt !== "bigint") throw new TypeError(`'${typeName(dflt)}' object cannot be interpreted as an integer`);
  if (hasLen(obj)) return len(obj);
  const hint = obj !== null && typeof obj === "object" ? obj.__length_hint__ : undefined;
  if (typeof hint !== "function") return dflt;
  const n = hint.call(obj);
  if (n === NotImplemented) return dflt;
  if (typeof n !== "bigint") throw new TypeError(`__length_hint__ must be an integer, not ${typeName(n)}`);
  if (n < 0n) throw new ValueError("__length_hint__() should return >= 0");
  return n;
}
registerBuiltinFunction(length_hint, "length_hint");

/** Is `a` a sequence (PySequence_Check: what concat accepts)? */
function isSequence(a: any): boolean {
  if (typeof a === "string" || Array.isArray(a)) return true;
  if (a === null || typeof a !== "object" || a instanceof PyDict) return false;
  return typeof a.__getitem__ === "function" || a instanceof Uint8Array;
}

function concatenate(a: any, b: any, inplace: boolean): any {
  if (!isSequence(a) || !isSequence(b)) throw new TypeError(`'${typeName(isSequence(a) ? b : a)}' object can't be concatenated`);
  return inplace ? iadd(a, b) : add(a, b);
}

function countOf(a: any, b: any): bigint {
  let n = 0n;
  for (const x of iterate(a)) if (x === b || eq(x, b)) n++;
  return n;
}

function indexOf(a: any, b: any): bigint {
  let i = 0n;
  for (const x of iterate(a)) {
    if (x === b || eq(x, b)) return i;
    i++;
  }
  throw new ValueError("sequence.index(x): x not in sequence");
}

/** Checks the argument count of an itemgetter/attrgetter call. */
function oneArgument(name: string, args: any[]): any {
  refuseKeywords(name, args);
  if (args.length !== 1) throw new TypeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

/** operator.itemgetter(*items): obj[item], or a tuple of them. */
class itemgetter {
  readonly items: any[];
  constructor(...items: any[]) {
    refuseKeywords("itemgetter", items);
    if (items.length === 0) throw new TypeError("itemgetter expected 1 argument, got 0");
    this.items = items;
  }
  __call__(...args: any[]): any {
    const obj = oneArgument("itemgetter", args);
    if (this.items.length === 1) return getitem(obj, this.items[0]);
    return tupleFromArray(this.items.map((k) => getitem(obj, k)));
  }
  __repr__(): string {
    return `operator.itemgetter(${this.items.map((k) => repr(k)).join(", ")})`;
  }
}

/** operator.attrgetter(*names): obj.name (dotted names follow the chain), or a tuple of them. */
class attrgetter {
  readonly names: string[];
  constructor(...names: any[]) {
    refuseKeywords("attrgetter", names);
    if (names.length === 0) throw new TypeError("attrgetter expected 1 argument, got 0");
    for (const n of names) if (typeof n !== "string") throw new TypeError("attribute name must be a string");
    this.names = names;
  }
  __call__(...args: any[]): any {
    const obj = oneArgument("attrgetter", args);
    const one = (name: string) => name.split(".").reduce((o, part) => getattr(o, part), obj);
    if (this.names.length === 1) return one(this.names[0]);
    return tupleFromArray(this.names.map(one));
  }
  __repr__(): string {
    return `operator.attrgetter(${this.names.map((n) => repr(n)).join(", ")})`;
  }
}

/** operator.methodcaller(name, *args, **kwargs): obj.name(*args, **kwargs). */
class methodcaller {
  readonly name: string;
  readonly args: any[];
  readonly keywords: Record<string, any>;
  constructor(...args: any[]) {
    const keywords = args.length && isKwargs(args[args.length - 1]) ? args.pop() : {};
    if (args.length === 0) throw new TypeError("methodcaller needs at least one argument, the method name");
    if (typeof args[0] !== "string") throw new TypeError("method name must be a string");
    this.name = args[0];
    this.args = args.slice(1);
    this.keywords = keywords;
  }
  __call__(...args: any[]): any {
    const obj = oneArgument("methodcaller", args);
    return callDynamic(getattr(obj, this.name), [...this.args], { ...this.keywords });
  }
  __repr__(): string {
    const parts = [repr(this.name), ...this.args.map((a) => repr(a))];
    for (const k of Object.keys(this.keywords)) parts.push(`${k}=${repr(this.keywords[k])}`);
    return `operator.methodcaller(${parts.join(", ")})`;
  }
}

/**
 * The Python type object of one of the classes above: callable without `new`
 * (emitted code calls it as a function), `type(x)` and isinstance find it, and
 * its repr is `<class 'operator.name'>`.
 */
function typeObject(cls: new (...args: any[]) => any, name: string): (...args: any[]) => any {
  const t: any = function (...args: any[]) { return new cls(...args); };
  t.prototype = cls.prototype;
  cls.prototype.constructor = t;
  for (const [k, v] of [["__name__", name], ["__qualname__", name], ["__module__", "operator"], ["__isPyClass__", true]] as const) {
    Object.defineProperty(t, k, { value: v, writable: true, configurable: true });
  }
  return t;
}

export const operator = pyModule("operator", {
  // comparisons
  lt: binary("lt", lt), le: binary("le", le), eq: binary("eq", eq), ne: binary("ne", ne),
  ge: binary("ge", ge), gt: binary("gt", gt),
  // logic and identity
  not_: unary("not_", not), truth: unary("truth", truthy),
  is_: binary("is_", is), is_not: binary("is_not", (a, b) => !is(a, b)),
  // arithmetic and bits
  abs: unary("abs", (a) => abs(a)), add: binary("add", add), and_: binary("and_", bitand),
  floordiv: binary("floordiv", floordiv), index: unary("index", toIndex), inv: unary("inv", invert),
  invert: unary("invert", invert), lshift: binary("lshift", lshift), mod: binary("mod", mod),
  mul: binary("mul", mul), matmul: binary("matmul", matmul), neg: unary("neg", neg),
  or_: binary("or_", bitor), pos: unary("pos", pos), pow: binary("pow", (a, b) => pow(a, b)),
  rshift: binary("rshift", rshift), sub: binary("sub", sub), truediv: binary("truediv", truediv),
  xor: binary("xor", bitxor),
  // sequences
  concat: binary("concat", (a, b) => concatenate(a, b, false)), contains: binary("contains", contains),
  countOf: binary("countOf", countOf), indexOf: binary("indexOf", indexOf),
  getitem: binary("getitem", getitem), length_hint,
  setitem: registerBuiltinFunction(function (...args: any[]): any {
    refuseKeywords("setitem", args);
    if (args.length !== 3) throw new TypeError(`setitem expected 3 arguments, got ${args.length}`);
    setitem(args[0], args[1], args[2]);
    return null;
  }, "setitem"),
  delitem: binary("delitem", (a, b) => (delitem(a, b), null)),
  // in-place forms
  iadd: binary("iadd", iadd), iand: binary("iand", ibitand),
  iconcat: binary("iconcat", (a, b) => concatenate(a, b, true)), ifloordiv: binary("ifloordiv", ifloordiv),
  ilshift: binary("ilshift", ilshift), imod: binary("imod", imod), imul: binary("imul", imul),
  imatmul: binary("imatmul", imatmul), ior: binary("ior", ibitor), ipow: binary("ipow", ipow),
  irshift: binary("irshift", irshift), isub: binary("isub", isub), itruediv: binary("itruediv", itruediv),
  ixor: binary("ixor", ibitxor),
  // callables
  itemgetter: typeObject(itemgetter, "itemgetter"), attrgetter: typeObject(attrgetter, "attrgetter"),
  methodcaller: typeObject(methodcaller, "methodcaller"),
});
