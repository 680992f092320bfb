// Python iteration protocol: iter()/next() objects and JS-iterable views of Python iterables.
import { StopIteration, TypeError, ValueError } from "./exceptions";
import { PyTuple, PyDict, PyDictView, PySet, PyRange, PyIterWrapper, tupleFromArray, setIterHelper, setStopIterationClass } from "./values";
import { typeName } from "./repr";

/** Iterator over a JS array (list_iterator / tuple_iterator). */
export class PyListIterator {
  _i = 0;
  constructor(public _a: any[] | null, public __typename__: string) {}
  __next__(): any {
    const a = this._a;
    if (a !== null && this._i < a.length) return a[this._i++];
    this._a = null;
    throw new StopIteration();
  }
  __iter__(): this { return this; }
  __length_hint__(): bigint { return this._a === null ? 0n : BigInt(Math.max(0, this._a.length - this._i)); }
  *[Symbol.iterator](): Generator<any, void, any> {
    const a = this._a;
    if (a === null) return;
    while (this._i < a.length) yield a[this._i++];
    this._a = null;
  }
}

/** Iterator over a string by code point. */
export class PyStrIterator {
  _i = 0;
  constructor(public _s: string, public __typename__: string) {}
  __next__(): any {
    const s = this._s, i = this._i;
    if (i >= s.length) throw new StopIteration();
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) { this._i = i + 2; return s.slice(i, i + 2); }
    this._i = i + 1;
    return s[i];
  }
  __iter__(): this { return this; }
  *[Symbol.iterator](): Generator<any, void, any> {
    for (;;) {
      if (this._i >= this._s.length) return;
      yield this.__next__();
    }
  }
}

/** Iterator calling a Python __getitem__ with 0, 1, ... until IndexError (old sequence protocol). */
class PySeqIterator {
  _i = 0n;
  __typename__ = "iterator";
  constructor(public _o: any) {}
  __next__(): any {
    if (this._o === null) throw new StopIteration();
    try { return this._o.__getitem__(this._i++); } catch (e: any) {
      if (e && (e.constructor.__name__ === "IndexError" || e instanceof StopIteration)) { this._o = null; throw new StopIteration(); }
      throw e;
    }
  }
  __iter__(): this { return this; }
}

/** Python iter(x): returns an object with __next__. */
export function pyIter(x: any): any {
  if (typeof x === "string") return new PyStrIterator(x, /^[\x00-\x7f]*$/.test(x) ? "str_ascii_iterator" : "str_iterator");
  if (x !== null && typeof x === "object") {
    if (Array.isArray(x)) return new PyListIterator(x, x instanceof PyTuple ? "tuple_iterator" : "list_iterator");
    const f = x.__iter__;
    if (typeof f === "function") {
      const it = f.call(x);
      if (it === null || typeof it !== "object" || typeof it.__next__ !== "function") {
        throw new TypeError("iter() returned non-iterator of type '" + typeName(it) + "'");
      }
      return it;
    }
    if (typeof x.__getitem__ === "function") return new PySeqIterator(x);
    if (typeof x[Symbol.iterator] === "function") return new PyIterWrapper(x[Symbol.iterator](), "iterator");
  }
  throw new TypeError("'" + typeName(x) + "' object is not iterable");
}

/** Python next(it) without default (raises StopIteration). */
export function pyNext(it: any): any {
  if (it !== null && typeof it === "object" && typeof it.__next__ === "function") return it.__next__();
  throw new TypeError("'" + typeName(it) + "' object is not an iterator");
}

function* iterProtocolGen(it: any): Generator<any, void, any> {
  for (;;) {
    let v: any;
    try { v = it.__next__(); } catch (e) {
      if (e instanceof StopIteration) return;
      throw e;
    }
    yield v;
  }
}

/**
 * A JS Iterable over a Python iterable, for `for (const x of iterate(xs))`.
 * Breaking out of the loop never closes a Python generator.
 */
export function iterate(x: any): Iterable<any> {
  if (typeof x === "string") return x; // JS string iteration is by code point
  if (x !== null && typeof x === "object") {
    if (Array.isArray(x)) return x;
    if (x instanceof PyDict || x instanceof PySet || x instanceof PyRange || x instanceof PyDictView) return x;
    const f = x.__iter__;
    if (typeof f === "function") {
      const it = f.call(x);
      if (it === x && typeof x[Symbol.iterator] === "function" && typeof x.next === "function") return x; // PyGenerator
      if (it === null || typeof it !== "object" || typeof it.__next__ !== "function") {
        throw new TypeError("iter() returned non-iterator of type '" + typeName(it) + "'");
      }
      if (typeof it[Symbol.iterator] === "function" && !(it instanceof PyListIterator)) {
        if (it instanceof PyIterWrapper || it instanceof PyStrIterator) return it;
      }
      return { [Symbol.iterator]: () => iterProtocolGen(it) };
    }
    if (typeof x.__getitem__ === "function") { const it = new PySeqIterator(x); return { [Symbol.iterator]: () => iterProtocolGen(it) }; }
    if (typeof x[Symbol.iterator] === "function") return x;
  }
  throw new TypeError("'" + typeName(x) + "' object is not iterable");
}
setIterHelper(iterate);

/** Whether `iter(x)` can work (CPython's PyIterable check: `__iter__`, or a sequence). */
export function isIterable(x: any): boolean {
  if (typeof x === "string") return true;
  if (x === null || typeof x !== "object") return false;
  return Array.isArray(x) || typeof x.__iter__ === "function" || typeof x.__getitem__ === "function" || typeof x[Symbol.iterator] === "function";
}

/** `[*x]`, `(*x,)`, `f(a, *x)`: x's items, with CPython's message when x is not iterable. */
export function starredValues(x: any): Iterable<any> {
  if (!isIterable(x)) throw new TypeError("Value after * must be an iterable, not " + typeName(x));
  return iterate(x);
}
setStopIterationClass(StopIteration);

/** Materialize a Python iterable as a fresh JS array. */
export function toArray(x: any): any[] {
  if (Array.isArray(x)) return x.slice();
  return Array.from(iterate(x));
}

/** `a, b, c = it` → JS array of exactly n values. */
export function unpack(x: any, n: number): any[] {
  if (Array.isArray(x)) {
    if (x.length === n) return x;
    if (x.length < n) throw new ValueError("not enough values to unpack (expected " + n + ", got " + x.length + ")");
    throw new ValueError("too many values to unpack (expected " + n + ")");
  }
  if (!isIterable(x)) throw new TypeError("cannot unpack non-iterable " + typeName(x) + " object");
  const out: any[] = [];
  for (const v of iterate(x)) {
    if (out.length === n) throw new ValueError("too many values to unpack (expected " + n + ")");
    out.push(v);
  }
  if (out.length < n) throw new ValueError("not enough values to unpack (expected " + n + ", got " + out.length + ")");
  return out;
}

/** `a, *b, c = it`: returns [...before, starList, ...after]. */
export function unpackStar(x: any, before: number, after: number): any[] {
  if (!isIterable(x)) throw new TypeError("cannot unpack non-iterable " + typeName(x) + " object");
  const all = toArray(x);
  if (all.length < before + after) {
    throw new ValueError("not enough values to unpack (expected at least " + (before + after) + ", got " + all.length + ")");
  }
  const out = all.slice(0, before);
  out.push(all.slice(before, all.length - after));
  for (let i = all.length - after; i < all.length; i++) out.push(all[i]);
  return out;
}

/** Tuple from any iterable. */
export function tupleFrom(x: any): PyTuple {
  if (x instanceof PyTuple) return x;
  return tupleFromArray(toArray(x));
}
