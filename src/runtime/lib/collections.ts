// Python's `collections` module (CPython 3.11's Lib/collections/__init__.py
// and Modules/_collectionsmodule.c): namedtuple, deque, defaultdict, Counter,
// OrderedDict and ChainMap, with CPython's reprs and error messages.
//
// The container types are JavaScript classes wrapped in a callable type
// object (`runtimeClass`): emitted code calls `collections.deque(xs)` as a
// function, while `class D(deque)` extends it and constructs through it.

import { pyModule } from "../module";
import { AttributeError, IndexError, KeyError, NotImplementedError, RuntimeError, TypeError, ValueError } from "../exceptions";
import { repr, typeName, typeObjectName } from "../repr";
import { PyDict, PyTuple, isKwargs, pyIterOf, tupleFromArray, tupleOf, hashKey } from "../values";
import { iterate } from "../iter";
import { callValue, signature } from "../calls";
import { markClassMethod } from "../attributes";
import { attributeKey } from "../attributeKeys";
import { eq, lt, gt, add, sub, truthy, NotImplemented, getitem, contains } from "../ops";

/** Splits a trailing keyword-arguments object off a runtime call's arguments. */
function takeKwargs(args: any[]): Record<string, any> {
  return args.length > 0 && isKwargs(args[args.length - 1]) ? args.pop() : {};
}

/**
 * How emitted TypeScript sees a class made at run time: callable, constructible
 * with any arguments, and extendable by a class statement (`class V(namedtuple(...))`).
 */
type RuntimeClass = { new (...args: any[]): any; (...args: any[]): any; [member: string]: any };

/**
 * A type object for a runtime class: callable without `new` (as emitted code
 * calls it), constructible by a subclass (`class D(deque)` extends it, and
 * instances get the subclass's prototype), named `module.name` in reprs.
 */
function runtimeClass(impl: any, name: string): RuntimeClass {
  const t: any = function (this: any, ...args: any[]) {
    return Reflect.construct(impl, args, new.target ?? t);
  };
  t.prototype = impl.prototype;
  Object.defineProperty(impl.prototype, "constructor", { value: t, writable: true, configurable: true });
  Object.defineProperty(t, "name", { value: name, configurable: true });
  Object.defineProperty(t, "__isPyClass__", { value: true, configurable: true });
  Object.defineProperty(t, "__module__", { value: "collections", writable: true, configurable: true });
  return t;
}

/** The Python class name of an instance (a subclass shows its own). */
const className = (self: any): string => typeObjectName(self.constructor);

function toIndex(x: any, what: string): number {
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return Number(x.__index__());
  throw new TypeError(what);
}

// ------------------------------------------------------------ namedtuple

const PY_KEYWORDS = new Set(("False None True and as assert async await break class continue def del elif else except finally for from global if " +
  "import in is lambda nonlocal not or pass raise return try while with yield").split(" "));
const isIdentifier = (s: string): boolean => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);

/** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None): a tuple subclass. */
function namedtuple(typename: any, field_names: any, ...rest: any[]): RuntimeClass {
  const kw = takeKwargs(rest);
  if (rest.length) throw new TypeError(`namedtuple() takes 2 positional arguments but ${2 + rest.length} were given`);
  for (const k of Object.keys(kw)) {
    if (!["rename", "defaults", "module"].includes(k)) throw new TypeError(`namedtuple() got an unexpected keyword argument '${k}'`);
  }
  const rename = truthy(kw.rename ?? false);
  const defaults = kw.defaults ?? null;
  const module = kw.module ?? null;
  let names: string[] = typeof field_names === "string"
    ? field_names.replace(/,/g, " ").split(/\s+/).filter((s) => s !== "")
    : Array.from(iterate(field_names), (f) => String(typeof f === "string" ? f : repr(f)));
  const name = String(typename);
  if (rename) {
    const seen = new Set<string>();
    names = names.map((n, i) => {
      const bad = !isIdentifier(n) || PY_KEYWORDS.has(n) || n.startsWith("_") || seen.has(n);
      seen.add(n);
      return bad ? "_" + i : n;
    });
  }
  for (const n of [name, ...names]) {
    if (!isIdentifier(n)) throw new ValueError(`Type names and field names must be valid identifiers: ${repr(n)}`);
    if (PY_KEYWORDS.has(n)) throw new ValueError(`Type names and field names cannot be a keyword: ${repr(n)}`);
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (n.startsWith("_") && !rename) throw new ValueError(`Field names cannot start with an underscore: ${repr(n)}`);
    if (seen.has(n)) throw new ValueError(`Encountered duplicate field name: ${repr(n)}`);
    seen.add(n);
  }
  const defaultValues: any[] = defaults === null ? [] : Array.from(iterate(defaults));
  if (defaultValues.length > names.length) throw new TypeError("Got more default values than field names");
  const firstDefault = names.length - defaultValues.length;
  const nfields = names.length;

  const cls: any = class extends PyTuple {
    constructor(...values: any[]) {
      super();
      for (let i = 0; i < nfields; i++) this.push(values[i] === undefined && i >= firstDefault ? defaultValues[i - firstDefault] : values[i]);
    }
    /** Only its signature matters: calls bind arguments by it (CPython's `Point.__new__` messages). */
    __init__(): void {}
    __repr__(): string {
      return className(this) + "(" + names.map((n, i) => n + "=" + repr(this[i])).join(", ") + ")";
    }
    _asdict(): PyDict {
      const d = new PyDict();
      names.forEach((n, i) => d.__setitem__(n, this[i]));
      return d;
    }
    _replace(...args: any[]): any {
      const kwds = { ...takeKwargs(args) };
      if (args.length) throw new TypeError(`${name}._replace() takes 1 positional argument but ${args.length + 1} were given`);
      const values = names.map((n, i) => {
        if (!(n in kwds)) return this[i];
        const v = kwds[n];
        delete kwds[n];
        return v;
      });
      const extra = Object.keys(kwds);
      if (extra.length) throw new ValueError("Got unexpected field names: [" + extra.map((k) => repr(k)).join(", ") + "]");
      return makeFrom(this.constructor, values);
    }
    __getnewargs__(): PyTuple {
      return tupleFromArray(Array.from(this));
    }
  };
  function makeFrom(klass: any, values: any[]): any {
    const t: any = Reflect.construct(cls, [], klass);
    t.length = 0;
    for (const v of values) t.push(v);
    return t;
  }
  Object.defineProperty(cls, "name", { value: name, configurable: true });
  Object.defineProperty(cls, "__isPyClass__", { value: true, configurable: true });
  if (module !== null) Object.defineProperty(cls, "__module__", { value: String(module), writable: true, configurable: true });
  signature(cls.prototype.__init__, ["_cls", ...names.map((n, i) => (i >= firstDefault ? n + "=" : n))].join(", "), name + ".__new__");
  names.forEach((n, i) => {
    Object.defineProperty(cls.prototype, attributeKey(n), {
      get(this: any) { return this[i]; },
      set() { throw new AttributeError("can't set attribute"); },
      configurable: true,
    });
  });
  const fields = tupleFromArray(names);
  const fieldDefaults = new PyDict();
  defaultValues.forEach((v, i) => fieldDefaults.__setitem__(names[firstDefault + i], v));
  Object.defineProperty(cls, "_fields", { value: fields, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(cls, "_field_defaults", { value: fieldDefaults, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(cls.prototype, "__match_args__", { value: fields, writable: true, configurable: true });
  Object.defineProperty(cls.prototype, "__slots__", { value: tupleOf(), writable: true, configurable: true });
  const make = markClassMethod(function (this: any, iterable: any): any {
    const values = Array.from(iterate(iterable));
    if (values.length !== nfields) throw new TypeError(`Expected ${nfields} arguments, got ${values.length}`);
    return makeFrom(this, values);
  });
  Object.defineProperty(make, "name", { value: "_make", configurable: true });
  Object.defineProperty(cls, "_make", { value: make, writable: true, configurable: true, enumerable: true });
  return cls;
}

// ------------------------------------------------------------ deque

/** collections.deque: a list with a `state` counter that iterators check (CPython's "mutated during iteration"). */
class Deque {
  _a: any[] = [];
  _maxlen: number | null = null;
  _state = 0;
  constructor(...args: any[]) {
    const kw = takeKwargs(args);
    if (args.length > 2) throw new TypeError(`deque() takes at most 2 arguments (${args.length} given)`);
    const iterable = args.length > 0 ? args[0] : kw.iterable;
    const maxlen = args.length > 1 ? args[1] : kw.maxlen;
    if (maxlen !== undefined && maxlen !== null) {
      if (typeof maxlen !== "bigint" && typeof maxlen !== "boolean") throw new TypeError("an integer is required");
      const m = Number(maxlen);
      if (m < 0) throw new ValueError("maxlen must be non-negative");
      this._maxlen = m;
    }
    if (iterable !== undefined && iterable !== null) this.extend(iterable);
  }
  get maxlen(): any { return this._maxlen === null ? null : BigInt(this._maxlen); }
  __len__(): bigint { return BigInt(this._a.length); }
  __bool__(): boolean { return this._a.length > 0; }
  _trimLeft(): void { while (this._maxlen !== null && this._a.length > this._maxlen) this._a.shift(); }
  _trimRight(): void { while (this._maxlen !== null && this._a.length > this._maxlen) this._a.pop(); }
  append(x: any): void { this._state++; this._a.push(x); this._trimLeft(); }
  appendleft(x: any): void { this._state++; this._a.unshift(x); this._trimRight(); }
  pop(): any {
    if (this._a.length === 0) throw new IndexError("pop from an empty deque");
    this._state++;
    return this._a.pop();
  }
  popleft(): any {
    if (this._a.length === 0) throw new IndexError("pop from an empty deque");
    this._state++;
    return this._a.shift();
  }
  extend(iterable: any): void {
    const items = iterable === this ? this._a.slice() : Array.from(iterate(iterable));
    for (const x of items) this.append(x);
  }
  extendleft(iterable: any): void {
    const items = iterable === this ? this._a.slice() : Array.from(iterate(iterable));
    for (const x of items) this.appendleft(x);
  }
  rotate(n: any = 1n): void {
    const len = this._a.length;
    let k = toIndex(n, `'${typeName(n)}' object cannot be interpreted as an integer`);
    if (len <= 1) return;
    k = ((k % len) + len) % len;
    if (k === 0) return;
    this._state++;
    this._a = this._a.slice(len - k).concat(this._a.slice(0, len - k));
  }
  clear(): void { this._state++; this._a = []; }
  copy(): any { return callValue(this.constructor, this._a.slice(), ...(this._maxlen === null ? [] : [BigInt(this._maxlen)])); }
  __copy__(): any { return this.copy(); }
  count(x: any): bigint {
    let n = 0n;
    const state = this._state;
    for (const v of this._a) {
      if (v === x || eq(v, x)) n++;
      if (state !== this._state) throw new RuntimeError("deque mutated during iteration");
    }
    return n;
  }
  index(x: any, start?: any, stop?: any): bigint {
    const len = this._a.length;
    const norm = (v: any, d: number) => {
      if (v === undefined) return d;
      let i = toIndex(v, "slice indices must be integers or have an __index__ method");
      if (i < 0) i = Math.max(0, i + len);
      return Math.min(i, len);
    };
    const s = norm(start, 0), e = norm(stop, len);
    for (let i = s; i < e; i++) if (this._a[i] === x || eq(this._a[i], x)) return BigInt(i);
    throw new ValueError(repr(x) + " is not in deque");
  }
  remove(x: any): void {
    const i = this._a.findIndex((v) => v === x || eq(v, x));
    if (i < 0) throw new ValueError(repr(x) + " is not in deque");
    this._state++;
    this._a.splice(i, 1);
  }
  insert(i: any, x: any): void {
    if (this._maxlen !== null && this._a.length >= this._maxlen) throw new IndexError("deque already at its maximum size");
    let k = toIndex(i, `'${typeName(i)}' object cannot be interpreted as an integer`);
    const len = this._a.length;
    if (k < 0) k = Math.max(0, k + len);
    this._state++;
    this._a.splice(Math.min(k, len), 0, x);
  }
  reverse(): void { this._state++; this._a.reverse(); }
  _index(i: any): number {
    const k0 = toIndex(i, `sequence index must be integer, not '${typeName(i)}'`);
    const k = k0 < 0 ? k0 + this._a.length : k0;
    if (k < 0 || k >= this._a.length) throw new IndexError("deque index out of range");
    return k;
  }
  __getitem__(i: any): any { return this._a[this._index(i)]; }
  __setitem__(i: any, v: any): void { this._a[this._index(i)] = v; }
  __delitem__(i: any): void { const k = this._index(i); this._state++; this._a.splice(k, 1); }
  __contains__(x: any): boolean {
    const state = this._state;
    for (const v of this._a) {
      if (v === x || eq(v, x)) return true;
      if (state !== this._state) throw new RuntimeError("deque mutated during iteration");
    }
    return false;
  }
  *_iter(reverse: boolean): Generator<any, void, any> {
    const a = this._a, state = this._state, n = a.length;
    for (let i = 0; i < n; i++) {
      if (this._state !== state || this._a !== a) throw new RuntimeError("deque mutated during iteration");
      yield a[reverse ? n - 1 - i : i];
    }
  }
  [Symbol.iterator](): Iterator<any> { return this._iter(false); }
  __iter__(): any { return pyIterOf(this._iter(false), "_collections._deque_iterator"); }
  __reversed__(): any { return pyIterOf(this._iter(true), "_collections._deque_reverse_iterator"); }
  __repr__(): string {
    if (REPR_ACTIVE.has(this)) return "[...]";
    REPR_ACTIVE.add(this);
    try {
      const body = "[" + this._a.map((x) => repr(x)).join(", ") + "]";
      return className(this) + "(" + body + (this._maxlen === null ? "" : ", maxlen=" + this._maxlen) + ")";
    } finally {
      REPR_ACTIVE.delete(this);
    }
  }
  __eq__(o: any): any {
    if (!(o instanceof Deque)) return NotImplemented;
    return this._a.length === o._a.length && this._a.every((v, i) => v === o._a[i] || eq(v, o._a[i]));
  }
  __ne__(o: any): any { const r = this.__eq__(o); return r === NotImplemented ? r : !r; }
  _cmp(o: any, op: (a: any, b: any) => boolean, lenOp: (a: number, b: number) => boolean): any {
    if (!(o instanceof Deque)) return NotImplemented;
    const n = Math.min(this._a.length, o._a.length);
    for (let i = 0; i < n; i++) if (!eq(this._a[i], o._a[i])) return op(this._a[i], o._a[i]);
    return lenOp(this._a.length, o._a.length);
  }
  __lt__(o: any): any { return this._cmp(o, lt, (a, b) => a < b); }
  __le__(o: any): any { return this._cmp(o, (a, b) => !gt(a, b), (a, b) => a <= b); }
  __gt__(o: any): any { return this._cmp(o, gt, (a, b) => a > b); }
  __ge__(o: any): any { return this._cmp(o, (a, b) => !lt(a, b), (a, b) => a >= b); }
  __add__(o: any): any {
    if (!(o instanceof Deque)) throw new TypeError(`can only concatenate deque (not "${typeName(o)}") to deque`);
    const r = this.copy();
    r.extend(o);
    return r;
  }
  __iadd__(o: any): any { this.extend(o); return this; }
  __mul__(n: any): any {
    if (typeof n !== "bigint" && typeof n !== "boolean") return NotImplemented;
    const r = this.copy();
    r._a = [];
    for (let i = 0; i < Number(n); i++) r.extend(this._a);
    return r;
  }
  __rmul__(n: any): any { return this.__mul__(n); }
  __imul__(n: any): any { const items = this._a.slice(); this.clear(); for (let i = 0; i < Number(n); i++) this.extend(items); return this; }
  __hashkey__(): any { throw new TypeError("unhashable type: 'collections.deque'"); }
}
const REPR_ACTIVE = new Set<any>();
const deque = runtimeClass(Deque, "deque");

// ------------------------------------------------------------ dict subclasses

/** `dict.__repr__` of a dict subclass: its entries only (`{'a': 1}`), as `dict.__repr__(self)`. */
function dictBodyRepr(d: PyDict): string {
  if (REPR_ACTIVE.has(d)) return "{...}";
  REPR_ACTIVE.add(d);
  try {
    const parts: string[] = [];
    for (const [k, v] of d._m.values()) parts.push(repr(k) + ": " + repr(v));
    return "{" + parts.join(", ") + "}";
  } finally {
    REPR_ACTIVE.delete(d);
  }
}

/** collections.defaultdict(default_factory=None, /, ...): missing keys get default_factory(). */
class DefaultDict extends PyDict {
  default_factory: any = null;
  constructor(...args: any[]) {
    super();
    const kw = takeKwargs(args);
    const factory = args.length > 0 ? args.shift() : null;
    if (factory !== null && typeof factory !== "function" && !(typeof factory === "object" && typeof factory.__call__ === "function")) {
      throw new TypeError("first argument must be callable or None");
    }
    this.default_factory = factory;
    if (args.length > 1) throw new TypeError(`dict expected at most 1 argument, got ${args.length}`);
    this.update(args.length ? args[0] : undefined, kw);
  }
  __missing__(key: any): any {
    if (this.default_factory === null) throw new KeyError(key);
    const v = callValue(this.default_factory);
    this.__setitem__(key, v);
    return v;
  }
  __repr__(): string {
    const f = this.default_factory;
    return className(this) + "(" + (REPR_ACTIVE.has(f) ? "..." : repr(f)) + ", " + dictBodyRepr(this) + ")";
  }
  copy(): any {
    return callValue(this.constructor, this.default_factory, this);
  }
  __copy__(): any { return this.copy(); }
  __or__(o: any): any {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = this.copy();
    r.update(o);
    return r;
  }
}
const defaultdict = runtimeClass(DefaultDict, "defaultdict");

/** dict.fromkeys(iterable, value=None) as a class method of a dict subclass: an instance of that class. */
const fromkeys = markClassMethod(function (this: any, iterable: any, value: any = null): any {
  const d = callValue(this);
  for (const k of iterate(iterable)) d.__setitem__(k, value);
  return d;
});
Object.defineProperty(fromkeys, "name", { value: "fromkeys", configurable: true });
defaultdict.fromkeys = fromkeys;

/** collections.OrderedDict: a dict whose order can be changed (move_to_end, popitem(last=False)). */
class OrderedDictImpl extends PyDict {
  constructor(...args: any[]) {
    super();
    const kw = takeKwargs(args);
    if (args.length > 1) throw new TypeError(`expected at most 1 arguments, got ${args.length}`);
    this.update(args.length ? args[0] : undefined, kw);
  }
  move_to_end(key: any, ...args: any[]): void {
    const kw = takeKwargs(args);
    const last = truthy(args.length ? args[0] : (kw.last ?? true));
    const h = hashKey(key);
    const e = this._m.get(h);
    if (e === undefined) throw new KeyError(key);
    this._m.delete(h);
    if (last) this._m.set(h, e);
    else this._m = new Map([[h, e], ...this._m]);
  }
  popitem(...args: any[]): PyTuple {
    const kw = takeKwargs(args);
    const last = truthy(args.length ? args[0] : (kw.last ?? true));
    if (this._m.size === 0) throw new KeyError("dictionary is empty");
    const keys = Array.from(this._m.keys());
    const h = last ? keys[keys.length - 1] : keys[0];
    const e = this._m.get(h)!;
    this._m.delete(h);
    return tupleOf(e[0], e[1]);
  }
  __repr__(): string {
    if (this._m.size === 0) return className(this) + "()";
    if (REPR_ACTIVE.has(this)) return "...";
    REPR_ACTIVE.add(this);
    try {
      const items = Array.from(this._m.values(), ([k, v]) => "(" + repr(k) + ", " + repr(v) + ")");
      return className(this) + "([" + items.join(", ") + "])";
    } finally {
      REPR_ACTIVE.delete(this);
    }
  }
  /** Two OrderedDicts are equal only in the same order; with a plain dict, as dicts. */
  __eq__(o: any): any {
    if (!(o instanceof PyDict)) return NotImplemented;
    if (this._m.size !== o._m.size) return false;
    if (o instanceof OrderedDictImpl) {
      const a = Array.from(this._m.entries()), b = Array.from(o._m.entries());
      return a.every(([h, e], i) => h === b[i][0] && eq(e[1], b[i][1][1]));
    }
    for (const [h, e] of this._m) { const x = o._m.get(h); if (x === undefined || !eq(e[1], x[1])) return false; }
    return true;
  }
  copy(): any { return callValue(this.constructor, this); }
  __copy__(): any { return this.copy(); }
  __or__(o: any): any {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = this.copy();
    r.update(o);
    return r;
  }
}
const OrderedDict = runtimeClass(OrderedDictImpl, "OrderedDict");
OrderedDict.fromkeys = fromkeys;

// ------------------------------------------------------------ Counter

/** collections.Counter: a dict of counts; missing keys count 0. */
class CounterImpl extends PyDict {
  constructor(...args: any[]) {
    super();
    this.update(...args);
  }
  __missing__(_key: any): bigint { return 0n; }
  /** Counter.update(iterable_or_mapping=None, /, **kwds): adds counts. */
  update(...args: any[]): void {
    const kw = takeKwargs(args);
    if (args.length > 1) throw new TypeError(`expected at most 1 arguments, got ${args.length}`);
    const src = args.length ? args[0] : null;
    if (src !== null && src !== undefined) {
      if (src instanceof PyDict || (typeof src === "object" && typeof src.keys === "function" && typeof src.__getitem__ === "function")) {
        if (this._m.size === 0 && src instanceof PyDict) super.update(src);
        else for (const k of iterate(src instanceof PyDict ? src : src.keys())) this.__setitem__(k, add(this.get(k, 0n), getitem(src, k)));
      } else {
        for (const k of iterate(src)) this.__setitem__(k, add(this.get(k, 0n), 1n));
      }
    }
    for (const k of Object.keys(kw)) this.__setitem__(k, add(this.get(k, 0n), kw[k]));
  }
  /** Counter.subtract(iterable_or_mapping=None, /, **kwds): counts may go to zero or below. */
  subtract(...args: any[]): void {
    const kw = takeKwargs(args);
    if (args.length > 1) throw new TypeError(`expected at most 1 arguments, got ${args.length}`);
    const src = args.length ? args[0] : null;
    if (src !== null && src !== undefined) {
      if (src instanceof PyDict) for (const [k, v] of src._m.values()) this.__setitem__(k, sub(this.get(k, 0n), v));
      else for (const k of iterate(src)) this.__setitem__(k, sub(this.get(k, 0n), 1n));
    }
    for (const k of Object.keys(kw)) this.__setitem__(k, sub(this.get(k, 0n), kw[k]));
  }
  /** The items by count, largest first; equal counts keep insertion order (sorted(..., reverse=True) is stable). */
  most_common(n: any = null): any[] {
    const items = Array.from(this._m.values());
    const sorted = items
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (lt(a.e[1], b.e[1]) ? 1 : lt(b.e[1], a.e[1]) ? -1 : a.i - b.i))
      .map(({ e }) => tupleOf(e[0], e[1]));
    if (n === null || n === undefined) return sorted;
    const k = toIndex(n, `'${typeName(n)}' object cannot be interpreted as an integer`);
    return sorted.slice(0, Math.max(0, k));
  }
  /** An iterator over each element repeated as many times as its count (counts below one: none). */
  elements(): any {
    const entries = Array.from(this._m.values());
    function* gen(): Generator<any, void, any> {
      for (const [k, v] of entries) {
        const n = toIndex(v, `'${typeName(v)}' object cannot be interpreted as an integer`);
        for (let i = 0; i < n; i++) yield k;
      }
    }
    return pyIterOf(gen(), "itertools.chain");
  }
  total(): any {
    let t: any = 0n;
    for (const [, v] of this._m.values()) t = add(t, v);
    return t;
  }
  __delitem__(k: any): void { this._m.delete(hashKey(k)); }
  copy(): any { return callValue(this.constructor, this); }
  __copy__(): any { return this.copy(); }
  __repr__(): string {
    if (this._m.size === 0) return className(this) + "()";
    let body: string;
    try {
      const d = new PyDict();
      for (const t of this.most_common()) d.__setitem__(t[0], t[1]);
      body = dictBodyRepr(d);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      body = dictBodyRepr(this);
    }
    return className(this) + "(" + body + ")";
  }
  __eq__(o: any): any {
    if (!(o instanceof CounterImpl)) return NotImplemented;
    for (const c of [this, o]) for (const [k] of c._m.values()) if (!eq(this.__getitem__(k), o.__getitem__(k))) return false;
    return true;
  }
  __ne__(o: any): any { const r = this.__eq__(o); return r === NotImplemented ? r : !r; }
  _fresh(): CounterImpl { return new (counter as any)(); }
  _keepPositive(): this {
    for (const [h, e] of Array.from(this._m)) if (!gt(e[1], 0n)) this._m.delete(h);
    return this;
  }
  /** Counter + Counter and the other binary operators, as Lib/collections/__init__.py writes them. */
  _combine(o: any, f: (a: any, b: any) => any, fromOther: (c: any) => any): any {
    if (!(o instanceof CounterImpl)) return NotImplemented;
    const r = this._fresh();
    for (const [k, v] of this._m.values()) { const n = f(v, o.__getitem__(k)); if (gt(n, 0n)) r.__setitem__(k, n); }
    for (const [k, v] of o._m.values()) {
      if (this._m.has(hashKey(k))) continue;
      const n = fromOther(v);
      if (n !== undefined) r.__setitem__(k, n);
    }
    return r;
  }
  __add__(o: any): any { return this._combine(o, add, (c) => (gt(c, 0n) ? c : undefined)); }
  __sub__(o: any): any { return this._combine(o, sub, (c) => (lt(c, 0n) ? sub(0n, c) : undefined)); }
  __or__(o: any): any { return this._combine(o, (a, b) => (lt(a, b) ? b : a), (c) => (gt(c, 0n) ? c : undefined)); }
  __and__(o: any): any { return this._combine(o, (a, b) => (lt(a, b) ? a : b), () => undefined); }
  __pos__(): any {
    const r = this._fresh();
    for (const [k, v] of this._m.values()) if (gt(v, 0n)) r.__setitem__(k, v);
    return r;
  }
  __neg__(): any {
    const r = this._fresh();
    for (const [k, v] of this._m.values()) if (lt(v, 0n)) r.__setitem__(k, sub(0n, v));
    return r;
  }
  _inplace(o: any, f: (a: any, b: any) => any): any {
    if (!(o instanceof CounterImpl)) return NotImplemented;
    for (const [k, v] of o._m.values()) this.__setitem__(k, f(this.__getitem__(k), v));
    return this._keepPositive();
  }
  __iadd__(o: any): any { return this._inplace(o, add); }
  __isub__(o: any): any { return this._inplace(o, sub); }
  __ior__(o: any): any { return this._inplace(o, (a, b) => (lt(a, b) ? b : a)); }
  __iand__(o: any): any {
    if (!(o instanceof CounterImpl)) return NotImplemented;
    for (const [k, v] of Array.from(this._m.values())) { const c = o.__getitem__(k); if (lt(c, v)) this.__setitem__(k, c); }
    return this._keepPositive();
  }
}
const counter = runtimeClass(CounterImpl, "Counter");
counter.fromkeys = markClassMethod(function fromkeys(): never {
  throw new NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
});

// ------------------------------------------------------------ ChainMap

/** collections.ChainMap(*maps): one view of several mappings, looked up in order; writes go to the first. */
class ChainMapImpl {
  maps: any[];
  constructor(...maps: any[]) {
    this.maps = maps.length ? maps : [new PyDict()];
  }
  __getitem__(key: any): any {
    for (const m of this.maps) {
      try {
        return getitem(m, key);
      } catch (e) {
        if (!(e instanceof KeyError)) throw e;
      }
    }
    return this.__missing__(key);
  }
  __missing__(key: any): any { throw new KeyError(key); }
  get(key: any, d: any = null): any { return this.__contains__(key) ? this.__getitem__(key) : d; }
  __len__(): bigint { return BigInt(this._merged().size); }
  __bool__(): boolean { return this.maps.some((m) => truthy(m)); }
  /** Every key once, in the order of the last mapping first (as CPython's `__iter__`). */
  _merged(): PyDict {
    const d = new PyDict();
    for (const m of [...this.maps].reverse()) for (const k of iterate(m)) d.__setitem__(k, null);
    return d;
  }
  [Symbol.iterator](): Iterator<any> { return this._merged()[Symbol.iterator](); }
  __iter__(): any { return this._merged().__iter__(); }
  __contains__(key: any): boolean { return this.maps.some((m) => contains(m, key)); }
  keys(): any { return this._view().keys(); }
  values(): any { return this._view().values(); }
  items(): any { return this._view().items(); }
  /** A snapshot dict in iteration order with the looked-up values (for keys/values/items). */
  _view(): PyDict {
    const d = this._merged();
    for (const [k] of Array.from(d._m.values())) d.__setitem__(k, this.__getitem__(k));
    return d;
  }
  __setitem__(key: any, v: any): void { callSet(this.maps[0], key, v); }
  __delitem__(key: any): void {
    try {
      delFrom(this.maps[0], key);
    } catch (e) {
      if (e instanceof KeyError) throw new KeyError("Key not found in the first mapping: " + repr(key));
      throw e;
    }
  }
  pop(key: any, ...d: any[]): any {
    const m = this.maps[0];
    if (contains(m, key)) { const v = getitem(m, key); delFrom(m, key); return v; }
    if (d.length) return d[0];
    throw new KeyError("Key not found in the first mapping: " + repr(key));
  }
  popitem(): any {
    const m = this.maps[0];
    if (!truthy(m)) throw new KeyError("No keys found in the first mapping.");
    return m.popitem();
  }
  clear(): void { this.maps[0].clear(); }
  copy(): any { return callValue(this.constructor, this.maps[0].copy(), ...this.maps.slice(1)); }
  __copy__(): any { return this.copy(); }
  new_child(...args: any[]): any {
    const kw = takeKwargs(args);
    let m = args.length ? args[0] : (kw.m ?? null);
    const rest = Object.keys(kw).filter((k) => !(args.length === 0 && k === "m"));
    if (m === null) m = new PyDict();
    if (rest.length) { for (const k of rest) callSet(m, k, kw[k]); }
    return callValue(this.constructor, m, ...this.maps);
  }
  get parents(): any { return callValue(this.constructor, ...this.maps.slice(1)); }
  __repr__(): string {
    if (REPR_ACTIVE.has(this)) return "...";
    REPR_ACTIVE.add(this);
    try {
      return className(this) + "(" + this.maps.map((m) => repr(m)).join(", ") + ")";
    } finally {
      REPR_ACTIVE.delete(this);
    }
  }
  __eq__(o: any): any {
    if (!(o instanceof ChainMapImpl) && !(o instanceof PyDict)) return NotImplemented;
    return eq(this._view(), o instanceof ChainMapImpl ? o._view() : o);
  }
  __hashkey__(): any { throw new TypeError("unhashable type: 'ChainMap'"); }
}
function callSet(m: any, k: any, v: any): void {
  if (typeof m.__setitem__ !== "function") throw new TypeError(`'${typeName(m)}' object does not support item assignment`);
  m.__setitem__(k, v);
}
function delFrom(m: any, k: any): void {
  if (typeof m.__delitem__ !== "function") throw new TypeError(`'${typeName(m)}' object doesn't support item deletion`);
  m.__delitem__(k);
}
const ChainMap = runtimeClass(ChainMapImpl, "ChainMap");

export const collections = pyModule("collections", {
  namedtuple, deque, defaultdict, Counter: counter, OrderedDict, ChainMap,
});
