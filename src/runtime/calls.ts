// Binding a call's arguments to a Python function's parameters at run time,
// as CPython's `initialize_locals` does (Python/ceval.c), with its TypeError
// messages. The compiler matches arguments itself where it knows the callee;
// every other call with keywords or unpacking comes here: a function passed
// as a value, a decorated function, a bound method, a class, an instance
// with `__call__`.
//
// An emitted function takes its parameters as JavaScript does: positional
// slots (undefined selects a default), then `*args` spread, then one
// keyword object when it has keyword-only parameters or `**kwargs`. Its
// Python signature is registered once, when the `def` runs, as a short spec
// string: "a, b=, /, *args, c, d=, **kw" ("=" marks a default).

import { BaseException, TypeError, NotImplementedError } from "./exceptions";
import { BUILTIN_FUNCTIONS, BUILTIN_TYPES, isTypeObject, typeName } from "./repr";
import { boundMethodParts, getattr, isBuiltinMethod, isClassMethod } from "./attributes";
import { PyObject } from "./builtins";
import { attributeKey } from "./attributeKeys";
import { isKwargs } from "./values";

export interface Signature {
  /** the qualname CPython's messages show */
  name: string;
  /** positional parameters, positional-only ones first */
  params: string[];
  posonly: number;
  /** how many of the last params have defaults */
  defaults: number;
  vararg: boolean;
  kwonly: string[];
  /** which keyword-only parameters have defaults */
  kwonlyDefaults: boolean[];
  kwarg: boolean;
  /** the first parameter is passed as JavaScript's `this` (a method, a classmethod) */
  selfAsThis: boolean;
  /** a bound method: its first parameter is already bound (the messages still count it) */
  selfBound?: boolean;
  /** positional arguments a plain call may pass without binding: from `required` to `maxPositional` */
  required: number;
  maxPositional: number;
  requiredKeywordOnly: boolean;
}

type ParsedSpec = Omit<Signature, "name" | "selfAsThis" | "selfBound">;

const SIGNATURES = new WeakMap<object, Signature>();
const PARSED = new Map<string, ParsedSpec>();

function parseSignatureSpec(spec: string): ParsedSpec {
  let parsed = PARSED.get(spec);
  if (parsed) return parsed;
  parsed = { params: [], posonly: 0, defaults: 0, vararg: false, kwonly: [], kwonlyDefaults: [], kwarg: false, required: 0, maxPositional: 0, requiredKeywordOnly: false };
  let keywordOnly = false;
  for (const part of spec ? spec.split(", ") : []) {
    if (part === "/") parsed.posonly = parsed.params.length;
    else if (part === "*") keywordOnly = true;
    else if (part.startsWith("**")) parsed.kwarg = true;
    else if (part.startsWith("*")) {
      parsed.vararg = true;
      keywordOnly = true;
    } else {
      const hasDefault = part.endsWith("=");
      const name = hasDefault ? part.slice(0, -1) : part;
      if (keywordOnly) {
        parsed.kwonly.push(name);
        parsed.kwonlyDefaults.push(hasDefault);
      } else {
        parsed.params.push(name);
        if (hasDefault) parsed.defaults++;
      }
    }
  }
  parsed.required = parsed.params.length - parsed.defaults;
  parsed.maxPositional = parsed.vararg ? Infinity : parsed.params.length;
  parsed.requiredKeywordOnly = parsed.kwonlyDefaults.includes(false);
  PARSED.set(spec, parsed);
  return parsed;
}

/**
 * Registers a function's Python signature (when its `def` runs) and, for a
 * nested def, its qualname (`outer.<locals>.inner`); returns the function.
 */
export function signature<T extends object>(fn: T, spec: string, qualname?: string): T {
  const f = fn as any;
  if (qualname !== undefined) Object.defineProperty(fn, "__qualname__", { value: qualname, writable: true, configurable: true });
  const name = qualname ?? f.__qualname__ ?? f.__name__ ?? (f.name || "<lambda>");
  SIGNATURES.set(fn, { ...parseSignatureSpec(spec), name, selfAsThis: false });
  return fn;
}

/**
 * A lambda: named `<lambda>` (JavaScript would name it after the variable
 * it is assigned to), with its qualname when nested, and its signature.
 */
export function lambda<T extends object>(fn: T, spec: string, qualname?: string): T {
  Object.defineProperty(fn, "name", { value: "<lambda>", configurable: true });
  if (qualname !== undefined) Object.defineProperty(fn, "__qualname__", { value: qualname, writable: true, configurable: true });
  SIGNATURES.set(fn, { ...parseSignatureSpec(spec), name: qualname ?? "<lambda>", selfAsThis: false });
  return fn;
}

/**
 * The methods of a class statement: name → spec (with `self`/`cls` first
 * unless a staticmethod). Plain methods live on the prototype, static and
 * class methods on the class.
 */
export function methodSignatures(cls: any, specs: Record<string, string>): void {
  const owner = cls.__qualname__ ?? cls.__name__ ?? cls.name;
  for (const name of Object.keys(specs)) {
    const key = attributeKey(name);
    const onPrototype = Object.getOwnPropertyDescriptor(cls.prototype, key);
    const fn = onPrototype?.value ?? Object.getOwnPropertyDescriptor(cls, key)?.value;
    if (typeof fn !== "function") continue;
    const parsed = parseSignatureSpec(specs[name]);
    // A staticmethod's spec has no self; a plain method's and a classmethod's first parameter is `this`.
    const selfAsThis = onPrototype !== undefined || isClassMethod(fn);
    SIGNATURES.set(fn, { ...parsed, name: `${owner}.${name}`, selfAsThis });
  }
}

export function signatureOf(fn: any): Signature | undefined {
  return SIGNATURES.get(fn);
}

/** A bound method of `fn`: the same signature with its first parameter bound. */
export function boundSignature(bound: object, fn: object): void {
  const s = SIGNATURES.get(fn);
  if (s) SIGNATURES.set(bound, { ...s, selfAsThis: false, selfBound: true });
}

/** Whether a call with `n` positional arguments and no keywords needs no binding (and raises nothing). */
function fitsPositional(sig: Signature, n: number): boolean {
  const given = sig.selfBound ? n + 1 : n;
  return given >= sig.required && given <= sig.maxPositional && !sig.requiredKeywordOnly;
}

/**
 * `f(args)` where f may be anything: a function, a class, an instance with
 * `__call__`, or a value that is not callable (CPython's TypeError). A
 * Python function given arguments that do not fit raises CPython's error.
 */
export function callValue(func: any, ...args: any[]): any {
  // Arguments the compiler already matched end with the keyword object: passed as they are.
  if (args.length && isKwargs(args[args.length - 1])) return callMatched(func, args);
  if (typeof func === "function") {
    const sig = SIGNATURES.get(func);
    if (sig !== undefined && (sig.selfAsThis || !fitsPositional(sig, args.length))) return callDynamic(func, args, NO_KEYWORDS);
    if (func === PyObject) return new PyObject(...args); // object(): a class (the other builtin types are functions)
    if (isTypeObject(func) && !BUILTIN_TYPES.has(func)) {
      const init = SIGNATURES.get(func.prototype.__init__);
      if (init !== undefined && !fitsPositional(init, args.length + 1)) return callDynamic(func, args, NO_KEYWORDS);
      return new func(...args);
    }
    return func(...args);
  }
  if (func !== null && typeof func === "object" && typeof func.__call__ === "function") {
    const sig = SIGNATURES.get(func.__call__);
    if (sig !== undefined && !fitsPositional(sig, args.length + 1)) return callDynamic(func, args, NO_KEYWORDS);
    return func.__call__(...args);
  }
  throw new TypeError(`'${typeName(func)}' object is not callable`);
}

const NO_KEYWORDS: Record<string, any> = Object.freeze(Object.create(null));

function callMatched(func: any, args: any[]): any {
  if (typeof func === "function") return isTypeObject(func) && !BUILTIN_TYPES.has(func) ? new func(...args) : func(...args);
  if (func !== null && typeof func === "object" && typeof func.__call__ === "function") return func.__call__(...args);
  throw new TypeError(`'${typeName(func)}' object is not callable`);
}

/** Copies a signature to a wrapper that calls `fn` with the same arguments (an unbound method). */
export function sameSignature(wrapper: object, fn: object): void {
  const s = SIGNATURES.get(fn);
  if (s) SIGNATURES.set(wrapper, { ...s, selfAsThis: false });
}

/** CPython's list of names in call errors: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
export function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function missing(sig: Signature, kind: string, names: string[]): never {
  throw new TypeError(`${sig.name}() missing ${names.length} required ${kind} argument${names.length === 1 ? "" : "s"}: ${quotedList(names)}`);
}

/**
 * The JavaScript argument list for a call of a function with this
 * signature, or CPython's TypeError. `positional` includes `self` for a
 * method; the returned list does too (the caller drops it for `this`).
 */
export function bindArguments(sig: Signature, positional: any[], keywords: Record<string, any>): any[] {
  const n = sig.params.length;
  const slots: any[] = new Array(n);
  const filled: boolean[] = new Array(n).fill(false);
  const given = positional.length;
  for (let i = 0; i < Math.min(n, given); i++) {
    slots[i] = positional[i];
    filled[i] = true;
  }
  const keywordObject: Record<string, any> = Object.create(null);
  const kwonlyGiven = new Set<string>();
  const posonlyAsKeyword: string[] = [];
  for (const k of Object.keys(keywords)) {
    const i = sig.params.indexOf(k);
    if (i >= sig.posonly) {
      if (filled[i]) throw new TypeError(`${sig.name}() got multiple values for argument '${k}'`);
      slots[i] = keywords[k];
      filled[i] = true;
    } else if (sig.kwonly.includes(k)) {
      keywordObject[k] = keywords[k];
      kwonlyGiven.add(k);
    } else if (sig.kwarg) {
      keywordObject[k] = keywords[k];
    } else if (i >= 0) {
      posonlyAsKeyword.push(k);
    } else {
      throw new TypeError(`${sig.name}() got an unexpected keyword argument '${k}'`);
    }
  }
  if (posonlyAsKeyword.length) {
    throw new TypeError(`${sig.name}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKeyword.join(", ")}'`);
  }
  if (given > n && !sig.vararg) tooManyPositional(sig, given, kwonlyGiven.size);
  const required = n - sig.defaults;
  const missingPositional = sig.params.filter((p, i) => i < required && !filled[i]);
  if (missingPositional.length) missing(sig, "positional", missingPositional);
  const missingKeywords = sig.kwonly.filter((k, i) => !sig.kwonlyDefaults[i] && !kwonlyGiven.has(k));
  if (missingKeywords.length) missing(sig, "keyword-only", missingKeywords);
  if (sig.vararg) for (let i = n; i < given; i++) slots.push(positional[i]);
  if (sig.kwonly.length || sig.kwarg) slots.push(keywordObject);
  return slots;
}

function tooManyPositional(sig: Signature, given: number, kwonlyGiven: number): never {
  const n = sig.params.length;
  const takes = sig.defaults ? `from ${n - sig.defaults} to ${n}` : `${n}`;
  const plural = sig.defaults || n !== 1 ? "s" : "";
  const kwonly = kwonlyGiven
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`
    : "";
  const verb = given === 1 && !kwonlyGiven ? "was" : "were";
  throw new TypeError(`${sig.name}() takes ${takes} positional argument${plural} but ${given}${kwonly} ${verb} given`);
}

/** Calls `fn` (registered) with `self` bound: a method read from an instance or a classmethod from its class. */
function callBound(fn: any, sig: Signature, self: any, positional: any[], keywords: Record<string, any>): any {
  const args = bindArguments(sig, [self, ...positional], keywords);
  args.shift();
  return fn.apply(self, args);
}

function hasKeywords(keywords: Record<string, any>): boolean {
  for (const _ in keywords) return true;
  return false;
}

/**
 * A call whose callee is only known at run time, with keyword arguments or
 * unpacking: bound by the callee's Python signature, as CPython does.
 */
export function callDynamic(func: any, positional: any[], keywords: Record<string, any>): any {
  if (typeof func === "function") {
    if (func === PyObject) return hasKeywords(keywords) ? new PyObject(...positional, keywords) : new PyObject(...positional);
    if (BUILTIN_FUNCTIONS.has(func) || BUILTIN_TYPES.has(func)) return hasKeywords(keywords) ? func(...positional, keywords) : func(...positional);
    const sig = SIGNATURES.get(func);
    if (sig) {
      if (sig.selfBound) {
        const args = bindArguments(sig, [undefined, ...positional], keywords);
        args.shift();
        return func(...args);
      }
      if (sig.selfAsThis) {
        // A method function called without an instance: self is the first argument.
        const args = bindArguments(sig, positional, keywords);
        const self = args.shift();
        return func.apply(self, args);
      }
      return func(...bindArguments(sig, positional, keywords));
    }
    const bound = boundMethodParts(func);
    if (bound) {
      const inner = SIGNATURES.get(bound.func);
      if (inner) return callBound(bound.func, inner, bound.self, positional, keywords);
    }
    // A method of a builtin value or runtime object (`xs.sort(key=f)`): keywords as a trailing object.
    if (bound || isBuiltinMethod(func)) return hasKeywords(keywords) ? func(...positional, keywords) : func(...positional);
    if (isTypeObject(func)) {
      // Instantiation binds the arguments by __init__'s signature (the constructor passes them on).
      const init = func.prototype?.__init__;
      const initSig = init === undefined ? undefined : SIGNATURES.get(init);
      if (initSig) {
        const args = bindArguments(initSig, [undefined, ...positional], keywords);
        args.shift();
        return new func(...args);
      }
      if (init === PyObject.prototype.__init__ && hasKeywords(keywords)) throw new TypeError(`${typeName(Object.create(func.prototype))}() takes no arguments`);
      if (func.prototype instanceof BaseException && hasKeywords(keywords)) throw new TypeError(`${typeName(Object.create(func.prototype))}() takes no keyword arguments`);
      if (!hasKeywords(keywords)) return new func(...positional);
    }
    if (!hasKeywords(keywords)) return func(...positional);
  } else if (func !== null && typeof func === "object" && typeof func.__call__ === "function") {
    const call = func.__call__;
    const sig = SIGNATURES.get(call);
    if (sig) return callBound(call, sig, func, positional, keywords);
    if (!hasKeywords(keywords)) return call.apply(func, positional);
    return call.call(func, ...positional, keywords); // a runtime object's __call__ (functools.partial)
  } else {
    throw new TypeError(`'${typeName(func)}' object is not callable`);
  }
  throw new NotImplementedError(
    `py2ts-coro: keyword arguments in a call to '${func.__name__ ?? func.name}', whose signature is not known, are not supported`,
  );
}

/** `obj.name(*args, k=v)` on a receiver known only at run time. */
export function callMethodDynamic(obj: any, name: string, positional: any[], keywords: Record<string, any>): any {
  if (obj instanceof PyObject) {
    // A method of the program's classes: bound without making a bound-method object.
    const key = attributeKey(name);
    const f = (obj as any)[key];
    const sig = typeof f === "function" && !Object.prototype.hasOwnProperty.call(obj, key) ? SIGNATURES.get(f) : undefined;
    if (sig?.selfAsThis) return callBound(f, sig, obj, positional, keywords);
  }
  return callDynamic(getattr(obj, name), positional, keywords);
}

/**
 * `obj.name(args)` found by callMethod's fast path: a method of the
 * program's classes called with arguments that do not fit is bound (and
 * so raises CPython's TypeError).
 */
export function callMethodChecked(f: any, obj: any, args: any[]): any {
  const sig = SIGNATURES.get(f);
  if (sig !== undefined && sig.selfAsThis && !fitsPositional(sig, args.length + 1) && !(args.length && isKwargs(args[args.length - 1]))) {
    return callBound(f, sig, obj, args, NO_KEYWORDS);
  }
  return f.apply(obj, args);
}
