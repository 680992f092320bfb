// repr() / str() exactly as CPython 3.11, and Python type names of JS values.
import { BaseException, ValueError, oneArgumentError } from "./exceptions";
import { PyTuple, PyDict, PyDictView, PySet, PyFrozenSet, PyRange, PySlice, addressOf } from "./values";
import { pythonCodePoint } from "./codepoints";

/** Builtin type objects (int, str, generator, ...) → Python name. Filled by builtins/generator. */
export const BUILTIN_TYPES = new Map<any, string>();
/** Builtin functions (print, len, ...) → name. */
export const BUILTIN_FUNCTIONS = new Map<any, string>();

export function registerBuiltinType(t: any, name: string): any {
  BUILTIN_TYPES.set(t, name);
  // Accessors, not values: JS subclasses (`class C extends object`) inherit static properties,
  // and a Python subclass must not report the builtin's name or module.
  typeAttr(t, "__name__", name, (c) => c.name);
  typeAttr(t, "__qualname__", name, (c) => c.__name__);
  typeAttr(t, "__module__", "builtins", () => "__main__");
  return t;
}
/** A type attribute that answers `own` for t itself and `inherited(sub)` for subclasses; assignable. */
function typeAttr(t: any, key: string, own: string, inherited: (sub: any) => string): void {
  Object.defineProperty(t, key, {
    get(this: any) { return this === t ? own : inherited(this); },
    set(this: any, v: any) { Object.defineProperty(this, key, { value: v, writable: true, configurable: true, enumerable: false }); },
    configurable: true,
  });
}
export function registerBuiltinFunction(f: any, name: string): any {
  BUILTIN_FUNCTIONS.set(f, name);
  Object.defineProperty(f, "__name__", { value: name, writable: true, configurable: true });
  return f;
}

const fnToString = Function.prototype.toString;
/** Is x a Python type object (builtin type object or a JS class)? */
export function isTypeObject(x: any): boolean {
  if (typeof x !== "function") return false;
  if (BUILTIN_TYPES.has(x)) return true;
  if (x.__isPyClass__ === true) return true;
  if (BUILTIN_FUNCTIONS.has(x)) return false;
  return x.prototype !== undefined && fnToString.call(x).startsWith("class");
}

/** Python name of a type object. */
export function typeObjectName(t: any): string {
  const b = BUILTIN_TYPES.get(t);
  if (b !== undefined) return b;
  return t.__name__ || t.name;
}
/** Qualified name used by `<class '...'>`. */
export function typeObjectFullName(t: any): string {
  const b = BUILTIN_TYPES.get(t);
  if (b !== undefined) return b;
  const mod = Object.prototype.hasOwnProperty.call(t, "__module__") ? t.__module__ : "__main__";
  const q = t.__qualname__ || t.__name__ || t.name;
  return mod === "builtins" ? q : mod + "." + q;
}

/** Python type name (type(x).__name__) of any value. */
export function typeName(x: any): string {
  switch (typeof x) {
    case "undefined": return "NoneType";
    case "boolean": return "bool";
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
    case "function": return isTypeObject(x) ? "type" : BUILTIN_FUNCTIONS.has(x) ? "builtin_function_or_method" : "function";
    case "symbol": return "symbol";
  }
  if (x === null) return "NoneType";
  if (x instanceof PyTuple) return x.constructor === PyTuple ? "tuple" : typeObjectName(x.constructor);
  if (Array.isArray(x)) return "list";
  if (typeof x.__typename__ === "string") return x.__typename__;
  if (x instanceof PyDict) return x.constructor === PyDict ? "dict" : typeObjectName(x.constructor);
  if (x instanceof PyFrozenSet) return "frozenset";
  if (x instanceof PySet) return "set";
  if (x instanceof PyRange) return "range";
  if (x instanceof PySlice) return "slice";
  const c = x.constructor;
  if (c && c !== Object) return typeObjectName(c);
  return "object";
}

// ---- floats ----
/** repr(float) */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const s = x.toExponential(); // shortest round-trip digits
  const ePos = s.indexOf("e");
  let mant = s.slice(0, ePos);
  const exp = parseInt(s.slice(ePos + 1), 10);
  let neg = "";
  if (mant[0] === "-") { neg = "-"; mant = mant.slice(1); }
  const digits = mant.replace(".", "");
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return neg + "0." + "0".repeat(-exp - 1) + digits;
    if (digits.length <= exp + 1) return neg + digits + "0".repeat(exp + 1 - digits.length) + ".0";
    return neg + digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
  const ae = Math.abs(exp);
  return neg + m + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
}

// ---- strings ----
const NONPRINT_RE = /[\p{C}\p{Z}]/u;
function escapeChar(ch: string, cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}
/** repr(str) */
export function strRepr(s: string, asciiOnly = false): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let simpleStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x5c && c !== 0x27 && c !== 0x22) continue;
    if (c === 0x22 && quote === "'") continue;
    if (c === 0x27 && quote === '"') continue;
    let esc: string | null = null;
    let len = 1;
    if (c === 0x5c) esc = "\\\\";
    else if (c === 0x27 || c === 0x22) esc = "\\" + String.fromCharCode(c);
    else if (c === 0x0a) esc = "\\n";
    else if (c === 0x0d) esc = "\\r";
    else if (c === 0x09) esc = "\\t";
    else if (c < 0x20 || c === 0x7f) esc = escapeChar("", c);
    else {
      const cp = s.codePointAt(i)!;
      len = cp > 0xffff ? 2 : 1;
      const ch = String.fromCodePoint(cp);
      if (asciiOnly || NONPRINT_RE.test(ch) && ch !== " ") esc = escapeChar(ch, pythonCodePoint(cp));
      else { if (len === 2) i++; continue; }
    }
    out += s.slice(simpleStart, i) + esc;
    i += len - 1;
    simpleStart = i + 1;
  }
  return out + s.slice(simpleStart) + quote;
}

// ---- generic repr ----
const reprActive = new Set<any>();

function reprSeq(x: any[], open: string, close: string): string {
  if (reprActive.has(x)) return open + "..." + close;
  reprActive.add(x);
  try {
    let s = open;
    for (let i = 0; i < x.length; i++) s += (i ? ", " : "") + repr(x[i]);
    return s + close;
  } finally { reprActive.delete(x); }
}

/** Python repr(). */
export function repr(x: any): string {
  if (arguments.length !== 1) throw oneArgumentError("repr", arguments);
  switch (typeof x) {
    case "undefined": return "None";
    case "boolean": return x ? "True" : "False";
    case "bigint": return intToString(x);
    case "number": return floatRepr(x);
    case "string": return strRepr(x);
    case "function": return reprFunction(x);
    case "symbol": return x.toString();
  }
  if (x === null) return "None";
  // A tuple subclass (namedtuple) may have a repr of its own.
  if (x instanceof PyTuple && x.constructor !== PyTuple && typeof (x as any).__repr__ === "function") return (x as any).__repr__();
  if (x instanceof PyTuple) return x.length === 1 ? "(" + repr(x[0]) + ",)" : reprSeq(x, "(", ")");
  if (Array.isArray(x)) return reprSeq(x, "[", "]");
  if (typeof x.__repr__ === "function") return x.__repr__();
  if (x instanceof PyDict) {
    const named = x.constructor !== PyDict;
    if (reprActive.has(x)) return "{...}";
    reprActive.add(x);
    try {
      let s = "{", first = true;
      for (const e of x._m.values()) { s += (first ? "" : ", ") + repr(e[0]) + ": " + repr(e[1]); first = false; }
      s += "}";
      if (named && typeof (x as any).__reprwrap__ === "function") return (x as any).__reprwrap__(s);
      return s;
    } finally { reprActive.delete(x); }
  }
  if (x instanceof PySet) {
    const name = x instanceof PyFrozenSet ? "frozenset" : "set";
    if (x._m.size === 0) return name + "()";
    if (reprActive.has(x)) return name + "(...)";
    reprActive.add(x);
    try {
      const body = reprSeq(Array.from(x), "{", "}");
      return name === "set" ? body : "frozenset(" + body + ")";
    } finally { reprActive.delete(x); }
  }
  if (x instanceof PyDictView) return x.__typename__ + "(" + reprSeq(Array.from(x), "[", "]") + ")";
  if (x instanceof PyRange) return "range(" + x.start + ", " + x.stop + (x.step === 1n ? "" : ", " + x.step) + ")";
  if (x instanceof PySlice) return "slice(" + repr(x.start) + ", " + repr(x.stop) + ", " + repr(x.step) + ")";
  if (x instanceof Error) return typeName(x) + "(" + strRepr(x.message) + ")";
  if (x.__typename__ === "module") return "<module '" + x.__name__ + "' (built-in)>";
  const c = x.constructor;
  // Runtime objects name their Python type (callable_iterator), not their JS class.
  const tn = typeof x.__typename__ === "string" ? x.__typename__ : c && c !== Object ? typeObjectFullName(c) : "object";
  return "<" + tn + " object at " + addressOf(x) + ">";
}

function reprFunction(f: any): string {
  if (isTypeObject(f)) return "<class '" + typeObjectFullName(f) + "'>";
  const b = BUILTIN_FUNCTIONS.get(f);
  if (b !== undefined) return "<built-in function " + b + ">";
  if (typeof f.__repr__ === "function" && Object.prototype.hasOwnProperty.call(f, "__repr__")) return f.__repr__();
  const q = f.__qualname__ || f.__name__ || f.name || "<lambda>";
  // A method bound to an instance (attributes.boundMethod): CPython's method object.
  if (Object.prototype.hasOwnProperty.call(f, "__func__") && Object.prototype.hasOwnProperty.call(f, "__self__")) {
    return "<bound method " + q + " of " + repr(f.__self__) + ">";
  }
  return "<function " + q + " at " + addressOf(f) + ">";
}

/** Python ascii(). */
export function ascii(x: any): string {
  if (arguments.length !== 1) throw oneArgumentError("ascii", arguments);
  if (typeof x === "string") return strRepr(x, true);
  const r = repr(x);
  return r.replace(/[^\x00-\x7f]/gu, (ch) => escapeChar(ch, pythonCodePoint(ch.codePointAt(0)!)));
}

/** CPython 3.11 refuses int → str for more than 4300 digits (sys.int_info.str_digits_check_threshold). */
export function intToString(x: bigint): string {
  const s = x.toString();
  if (s.length - (x < 0n ? 1 : 0) > 4300) {
    throw new ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  }
  return s;
}

/** Python str(x); str() → "". Also the `str` type object (string methods are attached in strmethods.ts). */
export const str: ((...args: any[]) => any) & { [method: string]: any } = function str(...args: any[]): any {
  if (args.length === 0) return "";
  const x = args[0];
  switch (typeof x) {
    case "string": return x;
    case "undefined": return "None";
    case "boolean": return x ? "True" : "False";
    case "bigint": return intToString(x);
    case "number": return floatRepr(x);
  }
  if (x === null) return "None";
  // str(b, encoding[, errors]) decodes a bytes-like object (bytes.ts).
  if (args.length > 1 && typeof x === "object" && Array.isArray(x._b) && typeof x.decode === "function") return x.decode(...args.slice(1));
  if (x instanceof BaseException) return x.__str__();
  if (typeof x === "object" && typeof x.__str__ === "function") return x.__str__();
  return repr(x);
};
registerBuiltinType(str, "str");
