// The one attribute lookup, store and deletion of Python values (CPython's
// PyObject_GetAttr, PyObject_SetAttr, PyObject_DelAttr) and the one method
// call built on them. getattr/setattr/hasattr/delattr, emitted `obj.attr`
// reads and stores that are not provably plain, and `obj.m(...)` calls all
// come here, and only Python attributes are ever found:
// - a Python attribute lives under attributeKey(name), so `constructor`,
//   `__proto__`, `call`, `toString`, ... never reach a JavaScript internal;
// - instances of the program's classes: the instance's own attributes, then
//   the classes along the prototype chain (their methods and class
//   attributes live on `C.prototype`, static and class methods on `C`),
//   stopping before Object/Error/Function/Array;
// - the runtime's own objects (dicts, generators, ...) show only their
//   Python-visible members (no `_x` fields, no JS helpers such as `size`);
// - functions: their own attributes and __name__/__qualname__/__code__;
//   str, list, tuple and numbers: their method tables.

import { isModule } from "./module";
import { AttributeError, BaseException, TypeError } from "./exceptions";
import { tupleOf, PyTuple, PyDict, PyDictView, PySet, PyFrozenSet, PyRange, PySlice, PyIterWrapper } from "./values";
import { typeName, typeObjectName, isTypeObject, BUILTIN_FUNCTIONS, BUILTIN_TYPES } from "./repr";
import { STR_METHODS, LIST_METHODS, TUPLE_METHODS } from "./strmethods";
import { PyGenBase, PyCoroutineWrapper, PyFrame, PyCode, codeFor, inspect, markGeneratorFunction, markCoroutineFunction, markAsyncGeneratorFunction } from "./generator";
import { PyTraceback } from "./exceptions";
import { format, setFormatGetattr } from "./format";
import { attributeKey } from "./attributeKeys";
import { PyObject, type } from "./builtins";
import { boundSignature, callMethodChecked, callValue, sameSignature } from "./calls";
import { HAS_MRO, basesOf, mroOf, mroPrototypes } from "./mro";
import { intToBytes } from "./bytes";

setFormatGetattr((obj, name) => getattr(obj, name));

const hasOwn = (o: any, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const NOT_FOUND: unique symbol = Symbol("no attribute");

// ------------------------------------------------------------ what is Python-visible

/** JS-side members of the runtime's objects that Python does not have. */
const RUNTIME_HIDDEN = new Set(["size", "length", "next", "return", "excValue", "excPrevious", "indicesBig", "indicesNum", "__typename__"]);

/** A member of one of the runtime's own classes that Python code may see. */
function runtimeVisible(key: string): boolean {
  if (RUNTIME_HIDDEN.has(key)) return false;
  return key.charCodeAt(0) !== 95 /* _ */ || (key.startsWith("__") && key.endsWith("__") && key.length > 4);
}

let runtimePrototypes: Set<any> | undefined;
/** Prototypes of the runtime's classes (their internals are hidden from Python). */
function isRuntimePrototype(p: any): boolean {
  if (runtimePrototypes === undefined) {
    runtimePrototypes = new Set(
      [PyDict, PySet, PyFrozenSet, PyRange, PySlice, PyDictView, PyIterWrapper, PyGenBase, PyCoroutineWrapper, PyFrame, PyCode, PyTraceback, Array].map(
        (c: any) => c.prototype,
      ),
    );
  }
  if (runtimePrototypes.has(p)) return true;
  // Generator subclasses and small runtime helper classes (all of which name their Python type).
  const d = Object.getOwnPropertyDescriptor(p, "__typename__");
  return d !== undefined || p instanceof PyGenBase;
}

/** Where a class chain ends: JavaScript's own classes and prototypes hold nothing Python sees. */
function isRoot(p: any): boolean {
  return p === null || p === Object.prototype || p === Function.prototype || p === Error.prototype || p === Object || p === Error || p === Array || p === Array.prototype;
}

const CLASS_METHODS = new WeakSet<any>();
/** Compiler marker: a `@classmethod` (a static of its class, called with the class as `this`). */
export function markClassMethod<T>(fn: T): T {
  CLASS_METHODS.add(fn);
  return fn;
}

/** Whether `f` is a method of a builtin value or runtime object, bound (`[].append`, `gen.send`). */
export function isBuiltinMethod(f: any): boolean {
  return BUILTIN_METHODS.has(f);
}

/** Whether `fn` is marked `@classmethod`. */
export function isClassMethod(fn: any): boolean {
  return CLASS_METHODS.has(fn);
}

export const BOUND_METHODS = new WeakSet<any>();
/** A bound method's function and instance (for calls that bind arguments at run time). */
export function boundMethodParts(f: any): { func: any; self: any } | undefined {
  return BOUND_METHODS.has(f) ? { func: f.__func__, self: f.__self__ } : undefined;
}
/** Methods of str, list, tuple and numbers read as values (CPython's builtin methods). */
export const BUILTIN_METHODS = new WeakSet<any>();
/** `obj.method` read as a value: bound to obj, and knowing its function (__func__) and __self__. */
export function boundMethod(fn: any, self: any, owner?: any): any {
  const bound: any = fn.bind(self);
  Object.defineProperty(bound, "__func__", { value: fn, writable: true, configurable: true });
  Object.defineProperty(bound, "__self__", { value: self, writable: true, configurable: true });
  Object.defineProperty(bound, "__name__", { value: fn.__name__ ?? fn.name, writable: true, configurable: true });
  const qualname = methodQualname(fn, owner);
  if (qualname !== undefined) Object.defineProperty(bound, "__qualname__", { value: qualname, writable: true, configurable: true });
  boundSignature(bound, fn);
  BOUND_METHODS.add(bound);
  return bound;
}

/** A method's `__qualname__`: its own, else `Class.name` from the class it was found on. */
function methodQualname(fn: any, owner: any): string | undefined {
  if (fn.__qualname__ !== undefined) return fn.__qualname__;
  return typeof owner === "function" && !isRoot(owner) ? typeObjectName(owner) + "." + (fn.__name__ ?? fn.name) : undefined;
}

const UNBOUND = new WeakMap<any, any>();
/** The method (taking `this`) an unbound view `C.method` stands for. */
export const METHOD_OF_UNBOUND = new WeakMap<any, any>();
/**
 * A function the runtime made to stand for another (a method made of a plain function, `C.method`):
 * its other attributes are the other's (a decorator's, e.g. lru_cache's cache_info).
 */
export const ATTRIBUTES_FROM = new WeakMap<any, any>();
/** `C.method` read from a class: a plain function taking `self` first, as in Python 3. */
export function unboundMethod(fn: any, owner: any): any {
  let f = UNBOUND.get(fn);
  if (f === undefined) {
    f = function (self: any, ...args: any[]) {
      return fn.apply(self, args);
    };
    Object.defineProperty(f, "__name__", { value: fn.__name__ ?? fn.name, writable: true, configurable: true });
    Object.defineProperty(f, "__qualname__", { value: methodQualname(fn, owner), writable: true, configurable: true });
    // inspect.isgeneratorfunction(C.method) & co see the same function.
    if (inspect.isgeneratorfunction(fn)) markGeneratorFunction(f);
    if (inspect.iscoroutinefunction(fn)) markCoroutineFunction(f);
    if (inspect.isasyncgenfunction(fn)) markAsyncGeneratorFunction(f);
    sameSignature(f, fn);
    ATTRIBUTES_FROM.set(f, fn);
    UNBOUND.set(fn, f);
    METHOD_OF_UNBOUND.set(f, fn);
  }
  return f;
}

/** A function found on a class, as Python hands it out from an instance: bound, unless it is a class or a builtin. */
function asMethod(v: any, self: any, runtime: boolean, owner: any): any {
  if (typeof v !== "function" || isTypeObject(v) || BUILTIN_FUNCTIONS.has(v)) return v;
  if (!runtime) return boundMethod(v, self, owner);
  // A method of the runtime's objects (gen.send, d.get): a builtin method in CPython.
  const bound = v.bind(self);
  Object.defineProperty(bound, "__name__", { value: v.name, writable: true, configurable: true });
  Object.defineProperty(bound, "__self__", { value: self, writable: true, configurable: true });
  BUILTIN_METHODS.add(bound);
  return bound;
}

// ------------------------------------------------------------ lookup

/** The prototypes an instance's attributes are looked up in: its classes' in method resolution order. */
function* prototypesOf(obj: any): Iterable<any> {
  const ordered = mroPrototypes(obj);
  if (ordered !== undefined) {
    yield* ordered;
    return;
  }
  for (let p = Object.getPrototypeOf(obj); !isRoot(p); p = Object.getPrototypeOf(p)) yield p;
}

/** A class and its bases in lookup order. */
function* classesOf(cls: any): Iterable<any> {
  if (cls.prototype !== undefined && cls.prototype !== null && cls.prototype[HAS_MRO] === true) {
    yield* mroOf(cls);
    return;
  }
  for (let k = cls; typeof k === "function" && !isRoot(k); k = Object.getPrototypeOf(k)) yield k;
}

/** An attribute of an instance: its own, then along its classes. */
function instanceAttribute(obj: any, key: string): any {
  const own = Object.getOwnPropertyDescriptor(obj, key);
  if (own !== undefined) {
    const runtimeObject = isRuntimePrototype(Object.getPrototypeOf(obj));
    // The runtime's dicts and sets keep their entries in `_m`, also for a subclass of the program.
    const hidden = runtimeObject ? !runtimeVisible(key) : key === "_m" && (obj instanceof PyDict || obj instanceof PySet);
    if (!hidden) return own.get !== undefined ? own.get.call(obj) : own.value;
  }
  for (const p of prototypesOf(obj)) {
    const runtime = isRuntimePrototype(p);
    if (runtime && !runtimeVisible(key)) continue;
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) return d.get !== undefined ? d.get.call(obj) : asMethod(d.value, obj, runtime, hasOwn(p, "constructor") ? p.constructor : undefined);
    // Static and class methods live on the class itself.
    const cls = hasOwn(p, "constructor") ? p.constructor : undefined;
    if (typeof cls === "function" && !isRoot(cls) && key !== "__name__" && key !== "__qualname__" && key !== "__module__") {
      const s = Object.getOwnPropertyDescriptor(cls, key);
      if (s !== undefined && s.get === undefined) return CLASS_METHODS.has(s.value) ? boundMethod(s.value, obj.constructor) : s.value;
    }
  }
  return NOT_FOUND;
}

/** A `@property` read from its class: its property object (classes.ts supplies them). */
let propertyFromClass: (d: PropertyDescriptor, cls: any) => any = (d) => d.get;
export function setPropertyFromClass(f: (d: PropertyDescriptor, cls: any) => any): void {
  propertyFromClass = f;
}

/** An attribute of a class: along its base classes, each class's statics and prototype. */
function classAttribute(cls: any, key: string): any {
  for (const k of classesOf(cls)) {
    const runtime = BUILTIN_TYPES.has(k) || (k.prototype !== undefined && isRuntimePrototype(k.prototype));
    if (runtime && !runtimeVisible(key) && key !== "__name__" && key !== "__qualname__" && key !== "__module__") continue;
    const s = Object.getOwnPropertyDescriptor(k, key);
    if (s !== undefined) {
      if (s.get !== undefined) return s.get.call(cls);
      return CLASS_METHODS.has(s.value) ? boundMethod(s.value, cls) : s.value;
    }
    const p = k.prototype;
    const d = p !== undefined && p !== null ? Object.getOwnPropertyDescriptor(p, key) : undefined;
    if (d !== undefined) {
      if (d.get !== undefined || d.set !== undefined) return propertyFromClass(d, k); // a property read from its class
      const v = d.value;
      return typeof v === "function" && !isTypeObject(v) && !BUILTIN_FUNCTIONS.has(v) ? unboundMethod(v, k) : v;
    }
  }
  return NOT_FOUND;
}

/** An attribute of a function (a def, lambda, bound method or builtin): its own ones. */
function functionAttribute(f: any, name: string, key: string): any {
  if (hasOwn(f, key)) return f[key];
  const behind = ATTRIBUTES_FROM.get(f);
  if (behind !== undefined) {
    const v = functionAttribute(behind, name, key);
    if (v !== NOT_FOUND) return v;
  }
  if (BUILTIN_METHODS.has(f)) {
    // A method of a builtin type, bound: `str.join`, module None (CPython's method descriptors).
    if (name === "__qualname__") return typeName(f.__self__) + "." + f.__name__;
    if (name === "__module__") return null;
  }
  switch (name) {
    case "__name__":
    case "__qualname__":
      return f.__name__ ?? (f.name || "<lambda>");
    case "__code__":
      if (!BUILTIN_FUNCTIONS.has(f)) return codeFor(f.__name__ ?? f.name, f.__qualname__ ?? f.__name__ ?? f.name);
      break;
    case "__module__":
      return BUILTIN_FUNCTIONS.has(f) ? "builtins" : "__main__";
  }
  return NOT_FOUND;
}

/** A method of a str, list or tuple (from the runtime's tables), bound to the value. */
function tableMethod(table: { [name: string]: (self: any, ...args: any[]) => any }, self: any, name: string): any {
  if (!hasOwn(table, name)) return NOT_FOUND;
  const m = table[name];
  const bound = (...args: any[]) => m(self, ...args);
  Object.defineProperty(bound, "__name__", { value: name, writable: true, configurable: true });
  Object.defineProperty(bound, "__self__", { value: self, writable: true, configurable: true });
  BUILTIN_METHODS.add(bound);
  return bound;
}

const NUM_METHODS: { [name: string]: (self: any, ...args: any[]) => any } = {
  bit_length(self: any): bigint {
    const n = typeof self === "boolean" ? (self ? 1n : 0n) : (self as bigint);
    return BigInt((n < 0n ? -n : n).toString(2).replace(/^0$/, "").length);
  },
  conjugate(self: any): any {
    return typeof self === "boolean" ? (self ? 1n : 0n) : self;
  },
  to_bytes(self: any, ...args: any[]): any {
    return intToBytes(self, ...args);
  },
  __format__(self: any, spec: string): string {
    return format(self, spec);
  },
};
const FLOAT_METHODS: { [name: string]: (self: any, ...args: any[]) => any } = {
  is_integer(self: any): boolean {
    return Number.isInteger(self);
  },
  conjugate(self: any): any {
    return self;
  },
  __format__(self: any, spec: string): string {
    return format(self, spec);
  },
};

/** The data attributes and methods of int, bool and float values. */
function numberAttribute(x: any, name: string): any {
  if (typeof x === "bigint" || typeof x === "boolean") {
    const n = typeof x === "boolean" ? (x ? 1n : 0n) : x;
    switch (name) {
      case "real":
      case "numerator":
        return n;
      case "imag":
        return 0n;
      case "denominator":
        return 1n;
    }
    return tableMethod(NUM_METHODS, x, name);
  }
  switch (name) {
    case "real":
      return x;
    case "imag":
      return 0;
  }
  return tableMethod(FLOAT_METHODS, x, name);
}

/** `C.__mro__`, `C.mro()`, `C.__bases__` of a class of the program. */
function classMroAttribute(cls: any, name: string): any {
  switch (name) {
    case "__mro__":
      return tupleOf(...mroOf(cls));
    case "__bases__":
      return tupleOf(...basesOf(cls));
    case "mro": {
      const m = (): any[] => [...mroOf(cls)];
      Object.defineProperty(m, "__name__", { value: "mro", configurable: true });
      BUILTIN_METHODS.add(m);
      return m;
    }
  }
  return NOT_FOUND;
}

/** Python's attribute lookup without __getattr__: the value, or NOT_FOUND. */
function findAttribute(obj: any, name: string): any {
  if (name === "__class__") return type(obj);
  let found: any = NOT_FOUND;
  switch (typeof obj) {
    case "string":
      found = tableMethod(STR_METHODS, obj, name);
      break;
    case "bigint":
    case "boolean":
    case "number":
      found = numberAttribute(obj, name);
      break;
    case "function": {
      const key = attributeKey(name);
      found = isTypeObject(obj) ? classAttribute(obj, key) : functionAttribute(obj, name, key);
      // A bound method forwards the rest to its function, as CPython's method objects do.
      if (found === NOT_FOUND && BOUND_METHODS.has(obj)) found = functionAttribute(obj.__func__, name, key);
      if (found === NOT_FOUND && isTypeObject(obj) && (name === "__name__" || name === "__qualname__")) found = typeObjectName(obj);
      if (found === NOT_FOUND && isTypeObject(obj) && !BUILTIN_TYPES.has(obj)) found = classMroAttribute(obj, name);
      break;
    }
    case "object":
      if (obj === null) break;
      if (Array.isArray(obj)) {
        // A subclass of tuple (a namedtuple, or a class extending one): its classes first.
        if (obj instanceof PyTuple && Object.getPrototypeOf(obj) !== PyTuple.prototype) found = instanceAttribute(obj, attributeKey(name));
        if (found === NOT_FOUND) found = tableMethod(obj instanceof PyTuple ? TUPLE_METHODS : LIST_METHODS, obj, name);
      }
      else found = instanceAttribute(obj, attributeKey(name));
      break;
  }
  if (found === NOT_FOUND && name === "__doc__") return undefined;
  return found;
}

/** CPython's AttributeError for a missing attribute. */
function noAttribute(obj: any, name: string): AttributeError {
  if (isTypeObject(obj)) return new AttributeError("type object '" + typeObjectName(obj) + "' has no attribute '" + name + "'");
  if (isModule(obj)) {
    return new AttributeError("module '" + obj.__name__ + "' has no attribute '" + name + "'");
  }
  const kind = BOUND_METHODS.has(obj) ? "function" : BUILTIN_METHODS.has(obj) ? "builtin_function_or_method" : typeName(obj);
  return new AttributeError("'" + kind + "' object has no attribute '" + name + "'");
}

function checkName(name: any): void {
  if (typeof name !== "string") throw new TypeError("attribute name must be string, not '" + typeName(name) + "'");
}

/** object.__getattribute__: the lookup of every instance whose class does not override it. */
export function objectGetattribute(this: any, name: any): any {
  checkName(name);
  const v = findAttribute(this, name);
  if (v === NOT_FOUND) throw noAttribute(this, name);
  return v;
}

/** The `__getattribute__` a class of the program defines for obj, if any. */
function customGetattribute(obj: any): ((name: string) => any) | undefined {
  const f = obj instanceof PyObject ? obj.__getattribute__ : undefined;
  return f === objectGetattribute || typeof f !== "function" ? undefined : f;
}

/** `obj.name`: Python's attribute lookup (then `__getattr__`), or CPython's AttributeError. */
function getAttribute(obj: any, name: string): any {
  const custom = customGetattribute(obj);
  if (custom !== undefined) {
    try {
      return custom.call(obj, name);
    } catch (e) {
      const hook = e instanceof AttributeError ? findAttribute(obj, "__getattr__") : NOT_FOUND;
      if (typeof hook !== "function") throw e;
      return hook(name);
    }
  }
  const v = findAttribute(obj, name);
  if (v !== NOT_FOUND) return v;
  if (obj !== null && typeof obj === "object" && !Array.isArray(obj) && name !== "__getattr__") {
    const hook = findAttribute(obj, "__getattr__");
    if (typeof hook === "function") return hook(name);
  }
  throw noAttribute(obj, name);
}

/** getattr(obj, name[, default]) */
export function getattr(obj: any, name: string, dflt?: any): any {
  if (obj instanceof PyObject && typeof name === "string" && obj.__getattribute__ === objectGetattribute) {
    // The common case: an instance attribute of an object of the program (always a plain value).
    const key = attributeKey(name);
    if (hasOwn(obj, key)) return obj[key];
  }
  checkName(name);
  if (arguments.length < 3) return getAttribute(obj, name);
  try {
    return getAttribute(obj, name);
  } catch (e) {
    if (e instanceof AttributeError) return dflt;
    throw e;
  }
}

/** hasattr(obj, name) */
export function hasattr(obj: any, name: string): boolean {
  checkName(name);
  try {
    getAttribute(obj, name);
    return true;
  } catch (e) {
    if (e instanceof AttributeError) return false;
    throw e;
  }
}

// ------------------------------------------------------------ store and delete

/** Objects whose attributes Python code may set: instances of classes, functions, classes, modules. */
function isPythonInstance(obj: any): boolean {
  if (obj instanceof PyObject || obj instanceof BaseException) return true;
  if (Array.isArray(obj)) return false;
  const p = Object.getPrototypeOf(obj);
  if (isModule(obj)) return true;
  return !isRuntimePrototype(p);
}

/** The accessor (a @property) for key along obj's classes, if any. */
function accessorOf(obj: any, key: string): PropertyDescriptor | undefined {
  for (const p of prototypesOf(obj)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) return d.get !== undefined || d.set !== undefined ? d : undefined;
  }
  return undefined;
}

export function define(target: any, key: string, value: any): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
}

/** object.__setattr__: the store of every instance whose class does not override it. */
export function objectSetattr(this: any, name: any, value: any): void {
  checkName(name);
  storeAttribute(this, name, value);
}

/** setattr(obj, name, value): `obj.name = value` (through a `__setattr__` of the program's class). */
export function setattr(obj: any, name: string, value: any): void {
  checkName(name);
  if (obj instanceof PyObject && obj.__setattr__ !== objectSetattr && typeof obj.__setattr__ === "function") {
    obj.__setattr__(name, value);
    return;
  }
  storeAttribute(obj, name, value);
}

function storeAttribute(obj: any, name: string, value: any): void {
  const key = attributeKey(name);
  if (typeof obj === "function") {
    if (isTypeObject(obj)) {
      if (BUILTIN_TYPES.has(obj)) throw new TypeError("cannot set '" + name + "' attribute of immutable type '" + typeObjectName(obj) + "'");
      // The class's namespace is its prototype (instances see it); a static of that name is replaced.
      if (hasOwn(obj, key) && Object.getOwnPropertyDescriptor(obj, key)!.get === undefined) delete obj[key];
      define(obj.prototype, key, value);
      return;
    }
    if (BUILTIN_FUNCTIONS.has(obj)) throw noAttribute(obj, name);
    define(obj, key, value);
    return;
  }
  if (obj !== null && typeof obj === "object" && isPythonInstance(obj)) {
    // A bare object() has no __dict__: nothing can be set on it.
    if (Object.getPrototypeOf(obj) === PyObject.prototype) throw new AttributeError("'object' object has no attribute '" + name + "'");
    const accessor = accessorOf(obj, key);
    if (accessor !== undefined) {
      if (accessor.set === undefined) throw new AttributeError("property '" + name + "' of '" + typeName(obj) + "' object has no setter");
      accessor.set.call(obj, value);
      return;
    }
    if (slotsForbid(obj, key)) throw noAttribute(obj, name);
    define(obj, key, value);
    return;
  }
  if (obj !== null && typeof obj === "object" && !Array.isArray(obj) && runtimeVisible(key)) {
    // A member of the runtime's objects: a setter (gen.__name__) or CPython's read-only messages.
    const accessor = accessorOf(obj, key);
    if (accessor?.set !== undefined) return accessor.set.call(obj, value);
    if (accessor !== undefined) {
      if (/^(gi|cr|ag)_code$/.test(name)) throw new AttributeError("readonly attribute");
      throw new AttributeError("attribute '" + name + "' of '" + typeName(obj) + "' objects is not writable");
    }
  }
  if (findAttribute(obj, name) !== NOT_FOUND) throw new AttributeError("'" + typeName(obj) + "' object attribute '" + name + "' is read-only");
  throw noAttribute(obj, name);
}

/** The deleters of properties (`@x.deleter`), by the property's getter or setter. */
export const PROPERTY_DELETERS = new WeakMap<any, (self: any) => any>();
/** Instance attribute names a class's `__slots__` allows, for classes that declare them. */
export const CLASS_SLOTS = new WeakMap<any, Set<string>>();

/** Python's `__slots__`: is there no room for name on obj (every class of the program along its chain declares slots)? */
function slotsForbid(obj: any, key: string): boolean {
  let limited = false;
  for (let p = Object.getPrototypeOf(obj); !isRoot(p); p = Object.getPrototypeOf(p)) {
    const cls = hasOwn(p, "constructor") ? p.constructor : undefined;
    if (cls === PyObject) break;
    const slots = cls === undefined ? undefined : CLASS_SLOTS.get(cls);
    if (slots === undefined) return false;
    if (slots.has(key) || slots.has("__dict__")) return false;
    limited = true;
  }
  return limited;
}

/** delattr(obj, name): `del obj.name`. */
export function delattr(obj: any, name: string): void {
  checkName(name);
  const key = attributeKey(name);
  if (obj !== null && typeof obj === "object" && isPythonInstance(obj)) {
    const accessor = accessorOf(obj, key);
    if (accessor !== undefined) {
      const deleter = PROPERTY_DELETERS.get(accessor.get ?? accessor.set);
      if (deleter === undefined) throw new AttributeError("property '" + name + "' of '" + typeName(obj) + "' object has no deleter");
      deleter(obj);
      return;
    }
  }
  if (typeof obj === "function" && isTypeObject(obj)) {
    if (BUILTIN_TYPES.has(obj)) throw new TypeError("cannot delete '" + name + "' attribute of immutable type '" + typeObjectName(obj) + "'");
    if (hasOwn(obj.prototype, key)) delete obj.prototype[key];
    else if (hasOwn(obj, key)) delete obj[key];
    else throw noAttribute(obj, name);
    return;
  }
  if (obj !== null && (typeof obj === "function" || (typeof obj === "object" && isPythonInstance(obj))) && hasOwn(obj, key)) {
    delete obj[key];
    return;
  }
  throw noAttribute(obj, name);
}

// ------------------------------------------------------------ calls

/** `obj.name(*args)`: a method call on any Python value (the trailing keyword object passes through). */
export function callMethod(obj: any, name: string, ...args: any[]): any {
  switch (typeof obj) {
    case "string":
      if (hasOwn(STR_METHODS, name)) return STR_METHODS[name](obj, ...args);
      break;
    case "object":
      if (Array.isArray(obj)) {
        const table = obj instanceof PyTuple ? TUPLE_METHODS : LIST_METHODS;
        if (hasOwn(table, name)) return table[name](obj, ...args);
      } else if ((obj instanceof PyObject && obj.__getattribute__ === objectGetattribute && (obj as any)[HAS_MRO] !== true) || obj instanceof BaseException || (obj instanceof PyGenBase && runtimeVisible(name))) {
        // The common cases without a bound method: a function on the instance's classes,
        // a generator's send/throw/close (the generator hot path).
        const key = attributeKey(name);
        const f = (obj as any)[key];
        if (typeof f === "function" && !hasOwn(obj, key) && !isTypeObject(f) && !BUILTIN_FUNCTIONS.has(f)) return callMethodChecked(f, obj, args);
      }
      break;
  }
  return callValue(getAttribute(obj, name), ...args);
}
