// Python's `functools` module: wraps, reduce, partial, lru_cache / cache,
// total_ordering, cached_property, singledispatch.

import { pyModule } from "../module";
import { getattr } from "../attributes";
import { AttributeError, TypeError, ValueError } from "../exceptions";
import { PyDict, PyTuple, addressOf, dictOf, isKwargs, tupleFromArray, tupleOf } from "../values";
import { repr, typeName, isTypeObject } from "../repr";
import { iterate, pyIter } from "../iter";
import { NotImplemented, eq, getitem, ne, truthy } from "../ops";
import { bool, int, type, callable } from "../builtins";
import { callDynamic, callValue, signature } from "../calls";
import { attributeKey } from "../attributeKeys";
import { PROPERTY_DELETERS } from "../attributes";
import { mroOf } from "../mro";
import { kwargsDict } from "../emitted";
import { CLASS_ATTRIBUTE_INSTALLER } from "../classes";

/** The trailing keyword object of a runtime function's arguments (removed from args). */
function keywordsOf(args: any[]): Record<string, any> {
  return args.length && isKwargs(args[args.length - 1]) ? args.pop() : {};
}

function hasKeywords(keywords: Record<string, any>): boolean {
  for (const _ in keywords) return true;
  return false;
}

/** Calls any Python callable with positional arguments and a keyword object. */
function call(func: any, args: any[], keywords: Record<string, any>): any {
  return hasKeywords(keywords) ? callDynamic(func, args, keywords) : callValue(func, ...args);
}

function setAttribute(target: any, name: string, value: any): void {
  Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

/** functools.update_wrapper's copy: module, name, qualname, doc, and __wrapped__. */
function updateWrapper(wrapper: any, wrapped: any): any {
  for (const attr of ["__module__", "__name__", "__qualname__", "__doc__"]) {
    const value = attr === "__name__" ? (wrapped.__name__ ?? wrapped.name) : attr === "__doc__" ? getattr(wrapped, "__doc__", undefined) : wrapped[attr];
    if (value !== undefined) setAttribute(wrapper, attr, value);
  }
  wrapper.__wrapped__ = wrapped;
  return wrapper;
}

/** functools.wraps(wrapped): copies the wrapped function's name and docs onto the wrapper. */
function wraps(wrapped: any): (wrapper: any) => any {
  return (wrapper: any) => updateWrapper(wrapper, wrapped);
}

/** functools.reduce(function, iterable[, initial]) */
function reduce(fn: any, iterable: any, ...initial: any[]): any {
  const it = iterate(iterable)[Symbol.iterator]();
  let acc: any;
  if (initial.length) acc = initial[0];
  else {
    const first = it.next();
    if (first.done) throw new TypeError("reduce() of empty iterable with no initial value");
    acc = first.value;
  }
  for (let r = it.next(); !r.done; r = it.next()) acc = typeof fn === "function" ? fn(acc, r.value) : callValue(fn, acc, r.value);
  return acc;
}

/** functools.partial(func, *args, **keywords): later arguments are appended, later keywords override. */
class PyPartial {
  constructor(readonly func: any, readonly args: any, readonly keywords: PyDict) {}
  __call__(...more: any[]): any {
    const keywords: Record<string, any> = Object.create(null);
    for (const k of this.keywords.keys()) keywords[k] = this.keywords.__getitem__(k);
    if (more.length && isKwargs(more[more.length - 1])) Object.assign(keywords, more.pop());
    return callDynamic(this.func, [...this.args, ...more], keywords);
  }
  __repr__(): string {
    const parts = [repr(this.func), ...Array.from(this.args as any[], (a) => repr(a))];
    for (const k of this.keywords.keys()) parts.push(`${k}=${repr(this.keywords.__getitem__(k))}`);
    return `functools.partial(${parts.join(", ")})`;
  }
}

function partial(func: any, ...args: any[]): PyPartial {
  const keywords = keywordsOf(args);
  if (!callable(func)) throw new TypeError("the first argument must be callable");
  return new PyPartial(func, tupleOf(...args), kwargsDict(keywords));
}

/**
 * The Python type object of a class of this module: callable without `new`
 * (emitted code calls it as a function), found by type() and isinstance, and
 * shown as `<class 'functools.name'>`.
 */
function typeObject(cls: new (...args: any[]) => any, name: string, make?: (...args: any[]) => any): any {
  const t: any = make ?? function (...args: any[]) { return new cls(...args); };
  t.prototype = cls.prototype;
  cls.prototype.constructor = t;
  for (const [k, v] of [["__name__", name], ["__qualname__", name], ["__module__", "functools"], ["__isPyClass__", true]] as const) {
    setAttribute(t, k, v);
  }
  return t;
}

// ---- lru_cache ----

/** functools._CacheInfo, the named tuple cache_info() returns. */
class CacheInfo {
  constructor(readonly hits: bigint, readonly misses: bigint, readonly maxsize: any, readonly currsize: bigint) {}
  private items(): PyTuple { return tupleOf(this.hits, this.misses, this.maxsize, this.currsize); }
  __repr__(): string {
    return `CacheInfo(hits=${repr(this.hits)}, misses=${repr(this.misses)}, maxsize=${repr(this.maxsize)}, currsize=${repr(this.currsize)})`;
  }
  __getitem__(i: any): any { return getitem(this.items(), i); }
  __len__(): bigint { return 4n; }
  __iter__(): any { return pyIter(this.items()); }
  [Symbol.iterator](): Iterator<any> { return this.items()[Symbol.iterator](); }
  __eq__(other: any): any { return eq(this.items(), other instanceof CacheInfo ? other.items() : other); }
  get __typename__(): string { return "CacheInfo"; }
}

/** Separates positional from keyword arguments in a cache key (CPython's kwd_mark). */
const KEYWORD_MARK = tupleOf();

/** The cache key of a call: the arguments, the keywords as given, and with typed=True their types. */
function cacheKey(args: any[], keywords: Record<string, any>, typed: boolean): any {
  // CPython's fast path: a lone int or str argument is its own key (so f(2.0) misses after f(2)).
  const names = Object.keys(keywords);
  if (!typed && names.length === 0 && args.length === 1 && (typeof args[0] === "bigint" || typeof args[0] === "string")) return args[0];
  const parts = [...args];
  if (names.length) {
    parts.push(KEYWORD_MARK);
    for (const k of names) parts.push(k, keywords[k]);
  }
  if (typed) {
    for (const a of args) parts.push(type(a));
    for (const k of names) parts.push(type(keywords[k]));
  }
  return tupleFromArray(parts);
}

/** The function lru_cache returns: memoizes `func` with least-recently-used eviction past maxsize. */
function lruCacheWrapper(func: any, maxsize: bigint | null, typed: boolean): any {
  let cache = dictOf();
  let hits = 0n, misses = 0n;
  const wrapper: any = function (...args: any[]): any {
    const keywords = keywordsOf(args);
    if (maxsize === 0n) {
      misses++;
      return call(func, args, keywords);
    }
    const key = cacheKey(args, keywords, typed);
    if (cache.__contains__(key)) {
      hits++;
      const value = cache.__getitem__(key);
      if (maxsize !== null) {
        // Most recently used goes last.
        cache.__delitem__(key);
        cache.__setitem__(key, value);
      }
      return value;
    }
    misses++;
    const value = call(func, args, keywords);
    // A recursive call may have stored the key meanwhile: CPython keeps that entry.
    if (cache.__contains__(key)) return value;
    if (maxsize !== null && BigInt(cache._m.size) >= maxsize) cache.__delitem__(cache.keys()[Symbol.iterator]().next().value);
    cache.__setitem__(key, value);
    return value;
  };
  // Keywords reach it as a trailing keyword object.
  signature(updateWrapper(wrapper, func), "*args, **kwargs");
  setAttribute(wrapper, "cache_info", function cache_info(): CacheInfo {
    return new CacheInfo(hits, misses, maxsize, BigInt(cache._m.size));
  });
  setAttribute(wrapper, "cache_clear", function cache_clear(): null {
    cache = dictOf();
    hits = misses = 0n;
    return null;
  });
  setAttribute(wrapper, "cache_parameters", function cache_parameters(): PyDict {
    return dictOf(["maxsize", maxsize], ["typed", typed]);
  });
  setAttribute(wrapper, "__repr__", () => `<functools._lru_cache_wrapper object at ${addressOf(wrapper)}>`);
  return wrapper;
}

/** lru_cache(maxsize=128, typed=False), or lru_cache(user_function) used as a bare decorator. */
function lru_cache(...args: any[]): any {
  const keywords = keywordsOf(args);
  let maxsize: any = args.length > 0 ? args[0] : "maxsize" in keywords ? keywords.maxsize : 128n;
  const typed = truthy(args.length > 1 ? args[1] : keywords.typed ?? false);
  if (typeof maxsize === "boolean") maxsize = maxsize ? 1n : 0n;
  if (typeof maxsize === "bigint") {
    if (maxsize < 0n) maxsize = 0n;
  } else if (maxsize !== null && maxsize !== undefined) {
    if (callable(maxsize) && args.length > 0) return lruCacheWrapper(maxsize, 128n, typed);
    throw new TypeError("Expected first argument to be an integer, a callable, or None");
  }
  const size = maxsize ?? null;
  return function decorating(user_function: any): any {
    return lruCacheWrapper(user_function, size, typed);
  };
}

/** functools.cache(user_function): lru_cache(maxsize=None). */
function cache(user_function: any): any {
  return lruCacheWrapper(user_function, null, false);
}

// ---- total_ordering ----

type Derived = (root: any, self: any, other: any) => any;
const or_eq: Derived = (r, self, other) => (truthy(r) ? r : eq(self, other));
const not_or_eq: Derived = (r, self, other) => !truthy(r) || eq(self, other);
const and_ne: Derived = (r, self, other) => (truthy(r) ? ne(self, other) : r);
const not_and_ne: Derived = (r, self, other) => !truthy(r) && ne(self, other);
const not_: Derived = (r) => !truthy(r);

/** For each root comparison, how CPython's total_ordering derives the other three from it. */
const CONVERT: Record<string, [string, Derived][]> = {
  __lt__: [["__gt__", not_and_ne], ["__le__", or_eq], ["__ge__", not_]],
  __le__: [["__ge__", not_or_eq], ["__lt__", and_ne], ["__gt__", not_]],
  __gt__: [["__lt__", not_and_ne], ["__ge__", or_eq], ["__le__", not_]],
  __ge__: [["__le__", not_or_eq], ["__gt__", and_ne], ["__lt__", not_]],
};

/** Does `cls` define the comparison `op` itself (not object's default)? */
function definesComparison(cls: any, op: string): boolean {
  const f = cls.prototype?.[attributeKey(op)];
  return typeof f === "function" && f !== (Object.prototype as any)[op] && f !== (mroOf(cls).at(-1)?.prototype as any)?.[op];
}

function total_ordering(cls: any): any {
  if (!isTypeObject(cls)) throw new AttributeError(`'${typeName(cls)}' object has no attribute '__lt__'`);
  const roots = Object.keys(CONVERT).filter((op) => definesComparison(cls, op));
  if (roots.length === 0) throw new ValueError("must define at least one ordering operation: < > <= >=");
  // CPython picks max(roots): __lt__ before __le__ before __gt__ before __ge__.
  const root = roots.sort().reverse()[0];
  const rootMethod = cls.prototype[attributeKey(root)];
  for (const [op, derive] of CONVERT[root]) {
    if (roots.includes(op)) continue;
    const method = function (this: any, other: any): any {
      const r = rootMethod.call(this, other);
      return r === NotImplemented ? r : derive(r, this, other);
    };
    setAttribute(method, "__name__", op);
    setAttribute(method, "__qualname__", `${cls.__qualname__ ?? cls.name}.${op}`);
    Object.defineProperty(cls.prototype, attributeKey(op), { value: method, writable: true, configurable: true });
  }
  return cls;
}

// ---- cached_property ----

/** functools.cached_property(func): computed on first read, then stored on the instance. */
class CachedProperty {
  attrname: string | null = null;
  readonly __doc__: any;
  constructor(readonly func: any) {
    this.__doc__ = func?.__doc__ ?? null;
  }
  __set_name__(owner: any, name: string): void {
    if (this.attrname === null) this.attrname = name;
    else if (name !== this.attrname) {
      throw new TypeError(`Cannot assign the same cached_property to two different names (${repr(this.attrname)} and ${repr(name)}).`);
    }
  }
  /** Stored in a class body: a getter on the class that caches into the instance. */
  [CLASS_ATTRIBUTE_INSTALLER](cls: any, key: string): void {
    this.__set_name__(cls, key);
    const func = this.func;
    const store = (self: any, value: any) => Object.defineProperty(self, key, { value, writable: true, configurable: true, enumerable: true });
    const get = function (this: any): any {
      const value = callValue(func, this);
      store(this, value);
      return value;
    };
    // `del obj.name` removes the cached value (from the instance, as from its __dict__ in CPython).
    PROPERTY_DELETERS.set(get, (self: any) => {
      if (!Object.prototype.hasOwnProperty.call(self, key)) throw new AttributeError(key);
      delete self[key];
    });
    Object.defineProperty(cls.prototype, key, {
      get,
      set(this: any, value: any) { store(this, value); },
      configurable: true,
      enumerable: false,
    });
  }
}

// ---- singledispatch ----

/** The classes a dispatch walks for `cls`, most specific first (bool is an int). */
function dispatchOrder(cls: any): any[] {
  if (cls === bool) return [bool, int, ...mroOf(int).slice(1)];
  return mroOf(cls);
}

/** functools.singledispatch(func): a generic function dispatching on its first argument's type. */
function singledispatch(func: any): any {
  const registry = dictOf();
  const objectType = mroOf(int).at(-1);
  registry.__setitem__(objectType, func);
  const funcname = func.__name__ ?? func.name ?? "singledispatch function";
  const dispatch = (cls: any): any => {
    for (const c of dispatchOrder(cls)) if (registry.__contains__(c)) return registry.__getitem__(c);
    return func;
  };
  const register = (cls: any, f?: any): any => {
    if (!isTypeObject(cls)) {
      if (f === undefined && callable(cls)) {
        throw new TypeError(`Invalid first argument to \`register()\`: ${repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
      }
      throw new TypeError(`Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`);
    }
    if (f === undefined) return (g: any) => register(cls, g);
    registry.__setitem__(cls, f);
    return f;
  };
  const wrapper: any = function (...args: any[]): any {
    const keywords = keywordsOf(args);
    if (args.length === 0) throw new TypeError(`${funcname} requires at least 1 positional argument`);
    return call(dispatch(type(args[0])), args, keywords);
  };
  signature(updateWrapper(wrapper, func), "*args, **kwargs");
  setAttribute(wrapper, "register", register);
  setAttribute(wrapper, "dispatch", dispatch);
  setAttribute(wrapper, "registry", registry);
  return wrapper;
}

registerTypes();
function registerTypes(): void {
  typeObject(PyPartial, "partial", partial);
  typeObject(CacheInfo, "CacheInfo");
  Object.defineProperty(CachedProperty.prototype, "__typename__", { value: "cached_property" });
}

/** functools.update_wrapper(wrapper, wrapped): the copy wraps() makes. */
function update_wrapper(wrapper: any, wrapped: any): any {
  return updateWrapper(wrapper, wrapped);
}

export const functools = pyModule("functools", {
  update_wrapper,
  wraps,
  reduce,
  partial,
  lru_cache,
  cache,
  total_ordering,
  cached_property: typeObject(CachedProperty, "cached_property"),
  singledispatch,
});
