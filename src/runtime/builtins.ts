// Python builtin functions and type objects.
import { BaseException, NotImplementedError, StopIteration, TypeError, ValueError, OverflowError, AttributeError, KeyError, ZeroDivisionError, UnicodeEncodeError, oneArgumentError } from "./exceptions";
import { PyTuple, PyDict, PyDictView, PySet, PyFrozenSet, PyRange, PySlice, PyIterWrapper, tupleFromArray, isKwargs, idNumber, hashKey, id, slice } from "./values";
import { repr, str, ascii, typeName, isTypeObject, registerBuiltinType, registerBuiltinFunction, BUILTIN_TYPES, BUILTIN_FUNCTIONS, typeObjectName } from "./repr";
import { pyIter, pyNext, iterate, toArray, tupleFrom } from "./iter";
import { truthy, add, lt, gt, eq, neg, getitem, bigToFloat, NotImplemented, floordiv, mod } from "./ops";
import { format, roundScaled, setFormatGetitem } from "./format";
import { STR_METHODS, LIST_METHODS, TUPLE_METHODS, pySortArray, setSortKeyCaller } from "./strmethods";
import { writeStdout, writeStderr, flushOutput, unencodableRange } from "./io";
import { fromPythonCodePoint, pythonCodePoint } from "./codepoints";
import { PyGenerator, PyGenBase, PyCoroutine, PyAsyncGenerator, FunctionType, codeFor, sys, aiter, anext, dir } from "./generator";
import { getattr, setattr, hasattr, delattr } from "./attributes";
import { intFromBytes } from "./bytes";
import { callValue } from "./calls";

setFormatGetitem(getitem);
setSortKeyCaller(callValue);

function kwargsOf(args: any[]): any { return args.length > 0 && isKwargs(args[args.length - 1]) ? args.pop() : null; }

class PyTextStream {
  constructor(public _err: boolean) {}
  /** Returns the number of characters written (code points, as CPython counts them). */
  write(s: any): bigint {
    if (typeof s !== "string") throw new TypeError("write() argument must be str, not " + typeName(s));
    (this._err ? writeStderr : writeChecked)(s);
    return len(s);
  }
  flush(): void { if (!this._err) flushOutput(); }
  get __typename__(): string { return "TextIOWrapper"; }
  __repr__(): string { return "<_io.TextIOWrapper name='<" + (this._err ? "stderr" : "stdout") + ">' mode='w' encoding='utf-8'>"; }
}
sys.stdout = new PyTextStream(false);
sys.stderr = new PyTextStream(true);

/** print(*args, sep=' ', end='\n', file=None, flush=False) */
export function print(...args: any[]): void {
  const kw = kwargsOf(args);
  let sep = " ", end = "\n";
  let sink = writeStdout;
  if (kw !== null) {
    if (kw.sep !== undefined && kw.sep !== null) {
      if (typeof kw.sep !== "string") throw new TypeError("sep must be None or a string, not " + typeName(kw.sep));
      sep = kw.sep;
    }
    if (kw.end !== undefined && kw.end !== null) {
      if (typeof kw.end !== "string") throw new TypeError("end must be None or a string, not " + typeName(kw.end));
      end = kw.end;
    }
    const f = kw.file;
    if (f !== undefined && f !== null) {
      if (f === sys.stderr) sink = writeStderr;
      else if (f !== sys.stdout && typeof f.write === "function") {
        let s = "";
        for (let i = 0; i < args.length; i++) s += (i ? sep : "") + str(args[i]);
        f.write(s + end);
        return;
      }
    }
  }
  let s = "";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    s += (i ? sep : "") + (typeof a === "string" ? a : str(a));
  }
  if (sink === writeStdout && unencodableRange(s + end) !== null) {
    printPiecewise(args, sep, end);
    return;
  }
  sink(s + end);
}

/** CPython's print writes each piece on its own: the pieces before one stdout cannot encode are written. */
function printPiecewise(args: any[], sep: string, end: string): void {
  const pieces: string[] = [];
  args.forEach((a, i) => pieces.push(...(i ? [sep] : []), typeof a === "string" ? a : str(a)));
  pieces.push(end);
  for (const piece of pieces) {
    writeChecked(piece);
  }
}

/** Write to stdout, raising CPython's UnicodeEncodeError for what UTF-8 with surrogateescape cannot encode. */
function writeChecked(s: string): void {
  const bad = unencodableRange(s);
  if (bad !== null) throw new UnicodeEncodeError("utf-8", s, BigInt(bad[0]), BigInt(bad[1]), "surrogates not allowed");
  writeStdout(s);
}

// ---- type objects ----
function parseIntStr(s0: string, base: number): bigint {
  const err = () => new ValueError("invalid literal for int() with base " + base + ": " + repr(s0));
  let s = s0.trim().toLowerCase();
  let neg = false;
  if (s[0] === "+" || s[0] === "-") { neg = s[0] === "-"; s = s.slice(1); }
  if (base === 0) {
    if (/^0x/.test(s)) { base = 16; s = s.slice(2); }
    else if (/^0o/.test(s)) { base = 8; s = s.slice(2); }
    else if (/^0b/.test(s)) { base = 2; s = s.slice(2); }
    else { base = 10; if (/^0+[1-9]/.test(s)) throw new ValueError("invalid literal for int() with base 0: " + repr(s0)); }
    if (s.startsWith("_")) s = s.slice(1);
  } else if ((base === 16 && /^0x/.test(s)) || (base === 8 && /^0o/.test(s)) || (base === 2 && /^0b/.test(s))) {
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) throw err();
  s = s.replace(/_/g, "");
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base);
  let r = 0n;
  const B = BigInt(base);
  for (const c of s) {
    let d = digits.indexOf(c);
    if (d < 0) {
      const n = c.normalize("NFKC");
      if (/^\p{Nd}$/u.test(c)) d = parseInt(String(c.codePointAt(0)! - (c.codePointAt(0)! & ~0xf)) , 10); // best effort for non-ASCII digits
      if (d < 0 || d >= base || n === c && !/^[0-9]$/.test(c)) throw err();
    }
    r = r * B + BigInt(d);
  }
  return neg ? -r : r;
}
/** int(x=0, base=10) */
export function int(...args: any[]): any {
  const kw = kwargsOf(args);
  if (args.length === 0) return 0n;
  const x = args[0];
  const baseArg = args.length > 1 ? args[1] : kw ? kw.base : undefined;
  if (baseArg !== undefined) {
    if (typeof x !== "string") throw new TypeError("int() can't convert non-string with explicit base");
    const b = Number(baseArg);
    if (b !== 0 && (b < 2 || b > 36)) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
    return parseIntStr(x, b);
  }
  switch (typeof x) {
    case "bigint": return x;
    case "boolean": return x ? 1n : 0n;
    case "number":
      if (x !== x) throw new ValueError("cannot convert float NaN to integer");
      if (!isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
      return BigInt(Math.trunc(x));
    case "string": return parseIntStr(x, 10);
  }
  if (x !== null && typeof x === "object") {
    if (typeof x.__int__ === "function") return x.__int__();
    if (typeof x.__index__ === "function") return x.__index__();
    if (typeof x.__trunc__ === "function") return x.__trunc__();
  }
  throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + typeName(x) + "'");
}
// int.from_bytes (its counterpart to_bytes is an int method in attributes.ts).
(int as any).from_bytes = intFromBytes;
registerBuiltinType(int, "int");

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?)$/;
/** float(x=0.0) */
export function float(x?: any): number {
  switch (typeof x) {
    case "undefined": return 0;
    case "number": return x;
    case "bigint": return bigToFloat(x);
    case "boolean": return x ? 1 : 0;
    case "string": {
      const s = x.trim().toLowerCase();
      const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
      if (m) return m[2] === "nan" ? NaN : m[1] === "-" ? -Infinity : Infinity;
      if (!FLOAT_RE.test(s)) throw new ValueError("could not convert string to float: " + repr(x));
      return parseFloat(s.replace(/_/g, ""));
    }
  }
  if (x !== null && typeof x === "object") {
    if (typeof x.__float__ === "function") return x.__float__();
    if (typeof x.__index__ === "function") return bigToFloat(x.__index__());
  }
  throw new TypeError("float() argument must be a string or a real number, not '" + typeName(x) + "'");
}
registerBuiltinType(float, "float");

/** bool(x=False) */
export function bool(x?: any): boolean { return truthy(x); }
registerBuiltinType(bool, "bool");

/** The optional iterable of list/tuple/set/frozenset: CPython's errors for keywords or a second argument. */
function iterableArgument(type: string, args: any[]): any[] {
  if (args.length > 0 && isKwargs(args[args.length - 1])) {
    if (Object.keys(args[args.length - 1]).length > 0) throw new TypeError(`${type}() takes no keyword arguments`);
    args = args.slice(0, -1);
  }
  if (args.length > 1) throw new TypeError(`${type} expected at most 1 argument, got ${args.length}`);
  return args;
}

/** list(iterable=()) */
export function list(...args: any[]): any[] {
  if (args.length !== 1 || isKwargs(args[0])) args = iterableArgument("list", args);
  return args.length === 0 ? [] : toArray(args[0]);
}
registerBuiltinType(list, "list");
for (const k of Object.keys(LIST_METHODS)) (list as any)[k] = LIST_METHODS[k];

/** tuple(iterable=()) */
export function tuple(...args: any[]): PyTuple {
  if (args.length !== 1 || isKwargs(args[0])) args = iterableArgument("tuple", args);
  return args.length === 0 ? new PyTuple() : tupleFrom(args[0]);
}
registerBuiltinType(tuple, "tuple");

/** dict(mapping_or_iterable=None, **kwargs) */
export function dict(...args: any[]): PyDict {
  const kw = kwargsOf(args);
  if (args.length > 1) throw new TypeError(`dict expected at most 1 argument, got ${args.length}`);
  const d = new PyDict();
  if (args.length > 0) d.update(args[0]);
  if (kw) d.update(kw);
  return d;
}
registerBuiltinType(dict, "dict");
(dict as any).fromkeys = PyDict.fromkeys;

/** set(iterable=()) */
export function set(...args: any[]): PySet {
  if (args.length !== 1 || isKwargs(args[0])) args = iterableArgument("set", args);
  return args.length === 0 ? new PySet() : new PySet(iterate(args[0]));
}
registerBuiltinType(set, "set");
/** frozenset(iterable=()) */
export function frozenset(...args: any[]): PyFrozenSet {
  if (args.length !== 1 || isKwargs(args[0])) args = iterableArgument("frozenset", args);
  return args.length === 0 ? new PyFrozenSet() : new PyFrozenSet(iterate(args[0]));
}
registerBuiltinType(frozenset, "frozenset");

function asIndex(x: any): bigint {
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  throw new TypeError("'" + typeName(x) + "' object cannot be interpreted as an integer");
}
/** range(stop) / range(start, stop[, step]) */
export function range(a: any, b?: any, c?: any): PyRange {
  if (b === undefined) return new PyRange(0n, asIndex(a), 1n);
  return new PyRange(asIndex(a), asIndex(b), c === undefined ? 1n : asIndex(c));
}
registerBuiltinType(range, "range");
registerBuiltinType(slice, "slice");

/** What `__init__` returned: CPython's TypeError unless it is None. */
function initialized(result: any): void {
  if (result !== undefined && result !== null) throw new TypeError(`__init__() should return None, not '${typeName(result)}'`);
}

/** object() */
export class PyObject {
  [key: string]: any;
  /** Python instantiation: `C(args)` runs `__init__(args)` on the new object. */
  constructor(...args: any[]) {
    // A class with its own __new__: what it returns is the instance (initialized if it is one of the class).
    const cls = new.target as any;
    if (cls.__new__ !== PyObject.__new__) {
      const made = cls.__new__(cls, ...args);
      if (made instanceof cls) initialized(made.__init__(...args));
      return made;
    }
    initialized(this.__init__(...args));
  }
  /** object.__new__(cls): a new, uninitialized instance. */
  static __new__(cls: any, ..._args: any[]): any {
    return Object.create(cls.prototype);
  }
  __init__(...args: any[]): void {
    if (args.length === 0) return;
    // CPython's object_init: extra arguments are an error, worded by who passed them.
    if (this.__init__ !== PyObject.prototype.__init__) throw new TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
    throw new TypeError(typeName(this) + "() takes no arguments");
  }
  /** object.__init_subclass__: what `super().__init_subclass__()` reaches last. */
  static __init_subclass__(): void {}
}
/** `object`: the class itself (`object()` is emitted as `new object()`, as for other builtin classes). */
export const object: typeof PyObject = PyObject;
registerBuiltinType(object, "object");

/** NoneType */
export function NoneType(): any { return undefined; }
registerBuiltinType(NoneType, "NoneType");

const extraTypes = new Map<string, any>();
function namedType(name: string): any {
  let t = extraTypes.get(name);
  if (t === undefined) {
    t = function () { throw new TypeError("cannot create '" + name + "' instances"); };
    registerBuiltinType(t, name);
    extraTypes.set(name, t);
  }
  return t;
}
/** type(x): the type object of x. */
export function type(x: any): any {
  if (arguments.length !== 1) throw new TypeError("type() takes 1 or 3 arguments");
  switch (typeof x) {
    case "undefined": return NoneType;
    case "boolean": return bool;
    case "bigint": return int;
    case "number": return float;
    case "string": return str;
    case "function":
      if (isTypeObject(x)) return type;
      return BUILTIN_FUNCTIONS.has(x) ? namedType("builtin_function_or_method") : FunctionType;
  }
  if (x === null) return NoneType;
  if (x instanceof PyTuple) return x.constructor === PyTuple ? tuple : x.constructor;
  if (Array.isArray(x)) return list;
  if (x instanceof PyDict) return x.constructor === PyDict ? dict : x.constructor;
  if (x instanceof PyFrozenSet) return frozenset;
  if (x instanceof PySet) return x.constructor === PySet ? set : x.constructor;
  if (x instanceof PyRange) return range;
  if (x instanceof PySlice) return slice;
  if (BUILTIN_TYPES.has(x.constructor)) return x.constructor;
  if (typeof x.__typename__ === "string") return namedType(x.__typename__);
  return x.constructor && x.constructor !== Object ? x.constructor : object;
}
registerBuiltinType(type, "type");

function isinstance1(x: any, cls: any): boolean {
  switch (cls) {
    case object: return true;
    case int: return typeof x === "bigint" || typeof x === "boolean";
    case float: return typeof x === "number";
    case bool: return typeof x === "boolean";
    case str: return typeof x === "string";
    case list: return Array.isArray(x) && !(x instanceof PyTuple);
    case tuple: return x instanceof PyTuple;
    case dict: return x instanceof PyDict;
    case set: return x instanceof PySet && !(x instanceof PyFrozenSet);
    case frozenset: return x instanceof PyFrozenSet;
    case range: return x instanceof PyRange;
    case slice: return x instanceof PySlice;
    case NoneType: return x === undefined || x === null;
    case type: return isTypeObject(x);
    case FunctionType: return typeof x === "function" && !isTypeObject(x);
  }
  if (cls !== null && typeof cls === "object" && typeof cls.__instancecheck__ === "function") return truthy(cls.__instancecheck__(x));
  if (typeof cls !== "function") {
    throw new TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  if (typeof cls.__instancecheck__ === "function") return truthy(cls.__instancecheck__(x));
  if (x === null || (typeof x !== "object" && typeof x !== "function")) return false;
  if (extraTypes.has(typeObjectName(cls)) && extraTypes.get(typeObjectName(cls)) === cls) return type(x) === cls;
  return x instanceof cls;
}
/** isinstance(x, cls_or_tuple) */
export function isinstance(x: any, cls: any): boolean {
  if (cls instanceof PyTuple) { for (const c of cls) if (isinstance(x, c)) return true; return false; }
  return isinstance1(x, cls);
}
/** issubclass(C, cls_or_tuple) */
export function issubclass(c: any, cls: any): boolean {
  if (!isTypeObject(c)) throw new TypeError("issubclass() arg 1 must be a class");
  if (cls instanceof PyTuple) { for (const k of cls) if (issubclass(c, k)) return true; return false; }
  if (c === cls || cls === object) return true;
  if (c === bool && cls === int) return true;
  if (typeof cls !== "function") throw new TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return c.prototype instanceof cls;
}

// ---- sequence / iteration builtins ----
/** len(x) */
export function len(x: any): bigint {
  if (arguments.length !== 1) throw oneArgumentError("len", arguments);
  if (typeof x === "string") return BigInt(/[\ud800-\udfff]/.test(x) ? Array.from(x).length : x.length);
  if (Array.isArray(x)) return BigInt(x.length);
  if (x instanceof PyDict || x instanceof PySet) return BigInt(x._m.size);
  if (x !== null && typeof x === "object" && typeof x.__len__ === "function") {
    const n = x.__len__();
    if (typeof n === "bigint") {
      if (n < 0n) throw new ValueError("__len__() should return >= 0");
      return n;
    }
    if (typeof n === "boolean") return n ? 1n : 0n;
    throw new TypeError("'" + typeName(n) + "' object cannot be interpreted as an integer");
  }
  throw new TypeError("object of type '" + typeName(x) + "' has no len()");
}

/** next(iterator[, default]) */
// (The extra parameters are only there for TypeScript: a Python call with too many arguments still type-checks.)
export function next(it: any, dflt?: any, ...extra: any[]): any;
export function next(it: any, dflt?: any): any {
  const argc = arguments.length;
  if (argc === 1) {
    if (it instanceof PyGenerator) return it.__next__();
    return pyNext(it);
  }
  if (argc !== 2) throw new TypeError(argc === 0 ? "next expected at least 1 argument, got 0" : "next expected at most 2 arguments, got " + argc);
  try { return pyNext(it); } catch (e) {
    if (e instanceof StopIteration) return dflt;
    throw e;
  }
}

class PyCallableIterator {
  constructor(public _f: any, public _sentinel: any) {}
  __next__(): any {
    if (this._f === null) throw new StopIteration();
    const v = this._f();
    if (eq(v, this._sentinel)) { this._f = null; throw new StopIteration(); }
    return v;
  }
  __iter__(): this { return this; }
  get __typename__(): string { return "callable_iterator"; }
}
/** iter(iterable) / iter(callable, sentinel) */
export function iter(x: any, ...sentinel: any[]): any {
  if (sentinel.length > 1) throw new TypeError("iter expected at most 2 arguments, got " + (sentinel.length + 1));
  if (sentinel.length > 0) {
    if (typeof x !== "function") throw new TypeError("iter(v, w): v must be callable");
    return new PyCallableIterator(x, sentinel[0]);
  }
  return pyIter(x);
}

function lazy(gen: Iterator<any>, name: string): PyIterWrapper { return new PyIterWrapper(gen, name); }

/** enumerate(iterable, start=0) */
export function enumerate(x: any, ...rest: any[]): PyIterWrapper {
  const kw = kwargsOf(rest);
  let start: bigint = rest.length > 0 ? asIndex(rest[0]) : kw && kw.start !== undefined ? asIndex(kw.start) : 0n;
  const src = iterate(x);
  return lazy((function* () { for (const v of src) yield tupleFromArray([start++, v]); })(), "enumerate");
}
/** zip(*iterables, strict=False) */
export function zip(...args: any[]): PyIterWrapper {
  const kw = kwargsOf(args);
  const strict = kw ? truthy(kw.strict) : false;
  const its = args.map((a) => iterate(a)[Symbol.iterator]());
  return lazy((function* () {
    if (its.length === 0) return;
    for (;;) {
      const vals: any[] = [];
      for (let i = 0; i < its.length; i++) {
        const r = its[i].next();
        if (r.done) {
          if (strict) {
            if (i > 0) throw new ValueError("zip() argument " + (i + 1) + " is shorter than argument" + (i === 1 ? " 1" : "s 1-" + i));
            for (let j = 1; j < its.length; j++) if (!its[j].next().done) throw new ValueError("zip() argument " + (j + 1) + " is longer than argument" + (j === 1 ? " 1" : "s 1-" + j));
          }
          return;
        }
        vals.push(r.value);
      }
      yield tupleFromArray(vals);
    }
  })(), "zip");
}
/** map(fn, *iterables) */
export function map(fn: any, ...its: any[]): PyIterWrapper {
  const srcs = its.map((a) => iterate(a)[Symbol.iterator]());
  return lazy((function* () {
    for (;;) {
      const vals: any[] = [];
      for (const s of srcs) { const r = s.next(); if (r.done) return; vals.push(r.value); }
      yield callValue(fn, ...vals);
    }
  })(), "map");
}
/** filter(fn_or_None, iterable) */
export function filter(fn: any, it: any): PyIterWrapper {
  const src = iterate(it);
  return lazy((function* () {
    for (const v of src) if (fn === undefined || fn === null ? truthy(v) : truthy(callValue(fn, v))) yield v;
  })(), "filter");
}
/** reversed(seq) */
export function reversed(x: any): any {
  if (x !== null && typeof x === "object" && typeof x.__reversed__ === "function") return x.__reversed__();
  if (typeof x === "string") { const a = Array.from(x); return lazy((function* () { for (let i = a.length - 1; i >= 0; i--) yield a[i]; })(), "reversed"); }
  if (Array.isArray(x)) {
    const arr = x;
    return lazy((function* () { for (let i = arr.length - 1; i >= 0; i--) { if (i < arr.length) yield arr[i]; } })(), x instanceof PyTuple ? "reversed" : "list_reverseiterator");
  }
  if (x instanceof PyRange) return lazy(new PyRange(x.start + (x.length - 1n) * x.step, x.start - x.step, -x.step)[Symbol.iterator](), "range_iterator");
  if (x instanceof PyDict || x instanceof PyDictView) { const a = Array.from(x as any); return lazy(a.reverse()[Symbol.iterator](), "dict_reversekeyiterator"); }
  throw new TypeError("'" + typeName(x) + "' object is not reversible");
}
/** sorted(iterable, key=None, reverse=False) */
export function sorted(x: any, ...rest: any[]): any[] {
  const kw = kwargsOf(rest) || {};
  return pySortArray(toArray(x), kw.key, kw.reverse);
}
/** sum(iterable, start=0) */
export function sum(x: any, ...rest: any[]): any {
  const kw = kwargsOf(rest);
  let acc: any = rest.length > 0 ? rest[0] : kw && kw.start !== undefined ? kw.start : 0n;
  if (typeof acc === "string") throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  for (const v of iterate(x)) acc = add(acc, v);
  return acc;
}
function minmax(name: string, isMax: boolean, args: any[]): any {
  const kw = kwargsOf(args) || {};
  const key = kw.key;
  let items: Iterable<any>;
  if (args.length === 0) throw new TypeError(name + " expected at least 1 argument, got 0");
  if (args.length === 1) items = iterate(args[0]);
  else {
    if (kw.default !== undefined || "default" in kw) throw new TypeError("Cannot specify a default for " + name + "() with multiple positional arguments");
    items = args;
  }
  let best: any, bestKey: any, found = false;
  for (const v of items) {
    const k = key === undefined || key === null ? v : callValue(key, v);
    if (!found || (isMax ? gt(k, bestKey) : lt(k, bestKey))) { best = v; bestKey = k; found = true; }
  }
  if (!found) {
    if ("default" in kw) return kw.default;
    throw new ValueError(name + "() arg is an empty sequence");
  }
  return best;
}
/** max(iterable, *, key, default) / max(a, b, ...) */
export function max(...args: any[]): any { return minmax("max", true, args); }
/** min(iterable, *, key, default) / min(a, b, ...) */
export function min(...args: any[]): any { return minmax("min", false, args); }
/** any(iterable) */
export function any(x: any): boolean { for (const v of iterate(x)) if (truthy(v)) return true; return false; }
/** all(iterable) */
export function all(x: any): boolean { for (const v of iterate(x)) if (!truthy(v)) return false; return true; }

// ---- numeric builtins ----
/** abs(x) */
export function abs(x: any): any {
  if (arguments.length !== 1) throw oneArgumentError("abs", arguments);
  switch (typeof x) {
    case "bigint": return x < 0n ? -x : x;
    case "number": return Math.abs(x);
    case "boolean": return x ? 1n : 0n;
  }
  if (x !== null && typeof x === "object" && typeof x.__abs__ === "function") return x.__abs__();
  throw new TypeError("bad operand type for abs(): '" + typeName(x) + "'");
}
/** round(x, ndigits=None) — banker's rounding on the exact value, like CPython. */
export function round(x: any, nd?: any): any {
  if (x !== null && typeof x === "object" && typeof x.__round__ === "function") return nd === undefined ? x.__round__() : x.__round__(nd);
  if (typeof x === "boolean") x = x ? 1n : 0n;
  if (typeof x === "bigint") {
    if (nd === undefined || nd === null) return x;
    const n = asIndex(nd);
    if (n >= 0n) return x;
    const p = 10n ** -n;
    const neg = x < 0n; const a = neg ? -x : x;
    let q = a / p; const r = a % p;
    if (r * 2n > p || (r * 2n === p && (q & 1n) === 1n)) q += 1n;
    return neg ? -(q * p) : q * p;
  }
  if (typeof x !== "number") throw new TypeError("type " + typeName(x) + " doesn't define __round__ method");
  if (nd === undefined || nd === null) {
    if (x !== x) throw new ValueError("cannot convert float NaN to integer");
    if (!isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
    const r = roundScaled(Math.abs(x), 0);
    return x < 0 ? -r : r;
  }
  const n = Number(asIndex(nd));
  if (!isFinite(x) || x === 0) return x;
  if (n > 323) return x;
  if (n < -308) return x < 0 ? -0.0 : 0.0;
  const q = roundScaled(Math.abs(x), n);
  let r: number;
  if (n >= 0) r = parseFloat(q.toString() + "e-" + n);
  else r = parseFloat(q.toString() + "e" + (-n));
  if (!isFinite(r)) throw new OverflowError("rounded value too large to represent");
  return x < 0 ? -r : r;
}
/** divmod(a, b) */
export function divmod(a: any, b: any): PyTuple {
  if ((typeof a === "number" || typeof b === "number") && (typeof b === "number" ? b === 0 : b === 0n || b === false)) {
    if (typeof a === "number" || typeof a === "bigint" || typeof a === "boolean") throw new ZeroDivisionError("float divmod()");
  }
  if (a !== null && typeof a === "object" && typeof a.__divmod__ === "function") return a.__divmod__(b);
  const numeric = (x: any) => typeof x === "number" || typeof x === "bigint" || typeof x === "boolean";
  if (!numeric(a) || !numeric(b)) {
    throw new TypeError("unsupported operand type(s) for divmod(): '" + typeName(a) + "' and '" + typeName(b) + "'");
  }
  return tupleFromArray([floordiv(a, b), mod(a, b)]);
}

const HASH_MODULUS = (1n << 61n) - 1n;
const U64 = (1n << 64n) - 1n;
/**
 * CPython's hash of a finite non-integral float (_Py_HashDouble): the value as a fraction
 * m·2^e reduced modulo the prime 2^61 - 1, where 2^e ≡ 2^(e mod 61).
 */
function floatHash(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  let mantissa = bits & ((1n << 52n) - 1n);
  let e = -1074;
  if (biased !== 0) { mantissa |= 1n << 52n; e = biased - 1075; }
  const h = ((mantissa % HASH_MODULUS) << BigInt(((e % 61) + 61) % 61)) % HASH_MODULUS;
  return x < 0 ? -h : h;
}
/** CPython's frozenset_hash: order-independent xor of shuffled element hashes, then dispersed (64-bit). */
function frozensetHash(s: PyFrozenSet): bigint {
  const shuffle = (h: bigint) => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
  let h = 0n;
  for (const e of s._m.values()) h ^= shuffle(BigInt.asUintN(64, hash(e)));
  h ^= ((BigInt(s._m.size) + 1n) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  return BigInt.asIntN(64, h);
}
/** CPython's tuplehash (xxHash-based, 64-bit). */
function tupleHash(t: PyTuple): bigint {
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  let acc = P5;
  for (const item of t) {
    acc = (acc + BigInt.asUintN(64, hash(item)) * P2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * P1) & U64;
  }
  acc = (acc + (BigInt(t.length) ^ (P5 ^ 3527539n))) & U64;
  return acc === U64 ? 1546275796n : BigInt.asIntN(64, acc);
}
/** hash(x) */
export function hash(x: any): bigint {
  if (arguments.length !== 1) throw oneArgumentError("hash", arguments);
  const M = (1n << 61n) - 1n;
  const fix = (h: bigint) => (h === -1n ? -2n : h);
  switch (typeof x) {
    case "bigint": { const a = x < 0n ? -x : x; const h = a % M; return fix(x < 0n ? -h : h); }
    case "boolean": return x ? 1n : 0n;
    case "number":
      if (Number.isInteger(x)) return hash(BigInt(x));
      if (x !== x) return BigInt(idNumber(x) >> 4);
      if (!isFinite(x)) return x > 0 ? 314159n : -314159n;
      return fix(floatHash(x));
    case "string": { let h = 0n; for (let i = 0; i < x.length; i++) h = (h * 1000003n + BigInt(x.charCodeAt(i))) & ((1n << 63n) - 1n); return fix(h); }
    case "undefined": return BigInt(idNumber(undefined) >> 4);
  }
  if (x !== null && typeof x === "object" && typeof x.__hash__ === "function") return x.__hash__();
  if (x instanceof PyFrozenSet) return frozensetHash(x);
  if (x instanceof PyTuple) return tupleHash(x);
  const k = hashKey(x); // throws unhashable type
  if (typeof k === "string") return hash(k);
  return BigInt(Math.floor(idNumber(x) / 16));
}
/** ord(c) */
export function ord(c: any): bigint {
  if (arguments.length !== 1) throw oneArgumentError("ord", arguments);
  if (typeof c !== "string") throw new TypeError("ord() expected string of length 1, but " + typeName(c) + " found");
  const cps = Array.from(c);
  if (cps.length !== 1) throw new TypeError("ord() expected a character, but string of length " + cps.length + " found");
  return BigInt(pythonCodePoint(c.codePointAt(0)!));
}
/** chr(i) */
export function chr(i: any): string {
  if (arguments.length !== 1) throw oneArgumentError("chr", arguments);
  const n = asIndex(i);
  if (n < 0n || n > 0x10ffffn) throw new ValueError("chr() arg not in range(0x110000)");
  return fromPythonCodePoint(Number(n));
}
function radix(x: any, base: number, prefix: string): string {
  const n = asIndex(x);
  return (n < 0n ? "-" + prefix + (-n).toString(base) : prefix + n.toString(base));
}
export function hex(x: any): string {
  if (arguments.length !== 1) throw oneArgumentError("hex", arguments);
  return radix(x, 16, "0x");
}
export function oct(x: any): string {
  if (arguments.length !== 1) throw oneArgumentError("oct", arguments);
  return radix(x, 8, "0o");
}
export function bin(x: any): string {
  if (arguments.length !== 1) throw oneArgumentError("bin", arguments);
  return radix(x, 2, "0b");
}
/**
 * vars(obj): an instance's attributes as a dict (a snapshot: later changes to either side are not
 * shared, unlike CPython's live __dict__). vars() reads the local namespace, which we do not keep.
 */
export function vars(...args: any[]): PyDict {
  if (args.length === 0) throw new NotImplementedError("vars() without an argument (the local namespace) is not supported");
  if (args.length > 1) throw new TypeError("vars expected at most 1 argument, got " + args.length);
  const x = args[0];
  if (x instanceof PyObject && Object.getPrototypeOf(x) !== PyObject.prototype) {
    // attributeKey's inverse: a `$`-prefixed key holds the name without its first `$`.
    return new PyDict(Object.keys(x).map((k): [any, any] => [k.charCodeAt(0) === 36 ? k.slice(1) : k, x[k]]));
  }
  if (x instanceof BaseException) throw new NotImplementedError("vars() of an exception is not supported");
  throw new TypeError("vars() argument must have __dict__ attribute");
}
/** callable(x) */
export function callable(x: any): boolean {
  if (arguments.length !== 1) throw oneArgumentError("callable", arguments);
  return typeof x === "function" || (x !== null && typeof x === "object" && typeof x.__call__ === "function");
}

/** The `builtins` namespace (name → value), handy for emitted code and tests. */
export const BUILTIN_FUNCTION_LIST: [string, any][] = [
  ["print", print], ["len", len], ["next", next], ["iter", iter], ["isinstance", isinstance], ["issubclass", issubclass],
  ["sum", sum], ["sorted", sorted], ["min", min], ["max", max], ["abs", abs], ["any", any], ["all", all], ["round", round],
  ["divmod", divmod], ["hash", hash], ["id", id], ["ord", ord], ["chr", chr], ["hex", hex], ["oct", oct], ["bin", bin],
  ["callable", callable], ["format", format], ["getattr", getattr], ["setattr", setattr], ["hasattr", hasattr],
  ["delattr", delattr], ["repr", repr], ["ascii", ascii], ["aiter", aiter], ["anext", anext], ["dir", dir], ["vars", vars],
];
for (const [n, f] of BUILTIN_FUNCTION_LIST) registerBuiltinFunction(f, n);
// enumerate/zip/map/filter/reversed are classes in CPython
for (const [n, f] of [["enumerate", enumerate], ["zip", zip], ["map", map], ["filter", filter], ["reversed", reversed]] as [string, any][]) registerBuiltinType(f, n);
void BaseException; void KeyError; void neg; void NotImplemented; void PyGenBase; void PyCoroutine; void PyAsyncGenerator;
