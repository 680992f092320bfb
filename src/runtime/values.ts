// Core Python value classes: tuple, dict, set, frozenset, range, slice; identity and hashing.
import { KeyError, TypeError, ValueError, IndexError, RuntimeError } from "./exceptions";

/** Python None. */
export const None: any = null;

/** Python tuple: an Array subclass (immutable by convention). */
export class PyTuple extends Array<any> {
  static get [Symbol.species](): ArrayConstructor { return Array; }
}

export function tupleOf(...items: any[]): PyTuple {
  const t = new PyTuple(items.length);
  for (let i = 0; i < items.length; i++) t[i] = items[i];
  return t;
}

export function tupleFromArray(items: any[]): PyTuple {
  const t = new PyTuple(items.length);
  for (let i = 0; i < items.length; i++) t[i] = items[i];
  return t;
}

const EMPTY_TUPLE_PROTO: any = Object.prototype;
/** Keyword-arguments object: a plain object literal (no Python value is a plain object). */
export function isKwargs(x: any): boolean {
  if (x === null || typeof x !== "object") return false;
  const p = Object.getPrototypeOf(x);
  if (p === EMPTY_TUPLE_PROTO || p === null) return true;
  // A plain object made in another realm (a vm context) has that realm's Object.prototype.
  return Object.getPrototypeOf(p) === null && typeof p.constructor === "function" && p.constructor.name === "Object";
}

// ---- identity ----
const idObjects = new WeakMap<object, number>();
const idPrims = new Map<any, number>();
let idCounter = 0;
const ID_BASE = 0x7f3a2c100000;
/** Stable fake address of a value (a JS number). */
export function idNumber(x: any): number {
  if ((typeof x === "object" && x !== null) || typeof x === "function") {
    let n = idObjects.get(x);
    if (n === undefined) { n = ID_BASE + 0x60 * idCounter++; idObjects.set(x, n); }
    return n;
  }
  let n = idPrims.get(x);
  if (n === undefined) { n = ID_BASE + 0x60 * idCounter++; idPrims.set(x, n); }
  return n;
}
/** Python id(): an int. */
export function id(x: any): bigint { return BigInt(idNumber(x)); }
/** "0x7f..." address for reprs. */
export function addressOf(x: any): string { return "0x" + idNumber(x).toString(16).padStart(12, "0"); }

// ---- hashing: normalized Map keys implementing Python equality for hashable values ----
function hkeyPart(k: any): string {
  switch (typeof k) {
    case "string": return "s" + k.length + ":" + k;
    case "number": case "bigint": case "boolean": {
      const h = hashKey(k);
      return "n" + String(h);
    }
    case "undefined": return "N";
    case "object":
      if (k === null) return "N";
      if (k instanceof PyTuple) return "t(" + tupleKeyBody(k) + ")";
      if (k instanceof PyFrozenSet) return "f(" + frozenKeyBody(k) + ")";
      return "o" + idNumber(hashKey(k));
    default: return "o" + idNumber(k);
  }
}
function tupleKeyBody(t: any[]): string {
  let s = "";
  for (let i = 0; i < t.length; i++) s += (i ? "," : "") + hkeyPart(t[i]);
  return s;
}
function frozenKeyBody(f: PyFrozenSet): string {
  const parts: string[] = [];
  for (const v of f._m.values()) parts.push(hkeyPart(v));
  parts.sort();
  return parts.join(",");
}

/**
 * CPython sets `__hash__ = None` in a class that defines `__eq__` without
 * `__hash__`: the nearest class defining either decides (`__hash__ = None` too).
 */
function definesEqWithoutHash(k: any): boolean {
  if (typeof k.__eq__ !== "function") return false;
  for (let p = Object.getPrototypeOf(k); p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const hasHash = Object.prototype.hasOwnProperty.call(p, "__hash__");
    if (hasHash) return p.__hash__ === null;
    if (Object.prototype.hasOwnProperty.call(p, "__eq__")) return true;
  }
  return false;
}

/**
 * Objects with their own `__hash__` and `__eq__`, by hash: the first object
 * of each class of equal ones met so far stands for all of them, so that
 * keys with equal hashes are one key only when `__eq__` says they are equal.
 */
const HASH_REPRESENTATIVES = new Map<string, any[]>();

function userHashKey(k: any): string {
  const h = String(k.__hash__());
  let reps = HASH_REPRESENTATIVES.get(h);
  if (reps === undefined) HASH_REPRESENTATIVES.set(h, (reps = []));
  let i = reps.findIndex((r) => r === k || equalKeys(k, r));
  if (i < 0) i = reps.push(k) - 1;
  return i === 0 ? "\0h" + h : "\0h" + h + "#" + i;
}

/** Python's `a == b` for two objects of the program (a's `__eq__`, then b's reflected one). */
function equalKeys(a: any, b: any): boolean {
  let r = a.__eq__(b);
  if (isNotImplemented(r)) r = typeof b.__eq__ === "function" ? b.__eq__(a) : false;
  if (isNotImplemented(r)) return false;
  return !(r === false || r === null || r === undefined || r === 0n || r === 0 || r === "");
}

function isNotImplemented(r: any): boolean {
  return r !== null && typeof r === "object" && r.__typename__ === "NotImplementedType";
}

/** Map key implementing Python's hash/eq for dict keys and set members. */
export function hashKey(k: any): any {
  switch (typeof k) {
    case "string": return k.length > 0 && k.charCodeAt(0) === 0 ? "\0s" + k : k;
    case "number":
      if (Number.isInteger(k) && !Number.isSafeInteger(k)) return BigInt(k);
      return k;
    case "bigint":
      return k >= -9007199254740991n && k <= 9007199254740991n ? Number(k) : k;
    case "boolean": return k ? 1 : 0;
    case "undefined": return undefined;
    case "object":
      if (k === null) return undefined;
      if (k instanceof PyTuple) return "\0t" + tupleKeyBody(k);
      if (k instanceof PyFrozenSet) return "\0f" + frozenKeyBody(k);
      if (Array.isArray(k)) throw new TypeError("unhashable type: 'list'");
      if (k instanceof PyDict) throw new TypeError("unhashable type: 'dict'");
      if (k instanceof PySet) throw new TypeError("unhashable type: 'set'");
      if (k instanceof PySlice) throw new TypeError("unhashable type: 'slice'");
      // Runtime values with a key of their own (bytes: by content; bytearray: unhashable).
      if (typeof k.__hashkey__ === "function") return k.__hashkey__();
      if (definesEqWithoutHash(k)) throw new TypeError("unhashable type: '" + (k.constructor.__name__ ?? k.constructor.name) + "'");
      if (typeof k.__hash__ === "function" && typeof k.__eq__ === "function") return userHashKey(k);
      return k;
    default: return k;
  }
}

// ---- dict ----
type Entry = [any, any];

export class PyDict {
  _m: Map<any, Entry> = new Map();
  constructor(pairs?: Iterable<[any, any]>) {
    if (pairs) for (const p of pairs) this._m.set(hashKey(p[0]), [p[0], p[1]]);
  }
  get size(): number { return this._m.size; }
  __len__(): bigint { return BigInt(this._m.size); }
  __contains__(k: any): boolean { return this._m.has(hashKey(k)); }
  __getitem__(k: any): any {
    const e = this._m.get(hashKey(k));
    if (e === undefined) {
      const miss = (this as any).__missing__;
      if (typeof miss === "function") return miss.call(this, k);
      throw new KeyError(k);
    }
    return e[1];
  }
  __setitem__(k: any, v: any): void {
    const h = hashKey(k);
    const e = this._m.get(h);
    if (e !== undefined) e[1] = v; else this._m.set(h, [k, v]);
  }
  __delitem__(k: any): void {
    if (!this._m.delete(hashKey(k))) throw new KeyError(k);
  }
  get(k: any, d?: any): any {
    const e = this._m.get(hashKey(k));
    return e === undefined ? d : e[1];
  }
  pop(k: any, ...d: any[]): any {
    const h = hashKey(k);
    const e = this._m.get(h);
    if (e === undefined) {
      if (d.length > 0) return d[0];
      throw new KeyError(k);
    }
    this._m.delete(h);
    return e[1];
  }
  popitem(): PyTuple {
    if (this._m.size === 0) throw new KeyError("popitem(): dictionary is empty");
    let last: any;
    for (const k of this._m.keys()) last = k;
    const e = this._m.get(last)!;
    this._m.delete(last);
    return tupleOf(e[0], e[1]);
  }
  setdefault(k: any, d?: any): any {
    const h = hashKey(k);
    const e = this._m.get(h);
    if (e !== undefined) return e[1];
    this._m.set(h, [k, d]);
    return d;
  }
  update(other?: any, kw?: any): void {
    if (other !== undefined && other !== null) {
      if (other instanceof PyDict) {
        for (const e of other._m.values()) this.__setitem__(e[0], e[1]);
      } else if (isKwargs(other) && kw === undefined) {
        for (const k of Object.keys(other)) this.__setitem__(k, other[k]);
      } else if (typeof other.keys === "function" && typeof other.__getitem__ === "function") {
        for (const k of dictIterHelper(other.keys())) this.__setitem__(k, other.__getitem__(k));
      } else {
        let i = 0;
        for (const p of dictIterHelper(other)) {
          const arr = p instanceof Array ? p : typeof p === "string" ? Array.from(p) : Array.from(dictIterHelper(p));
          if (arr.length !== 2) {
            throw new ValueError("dictionary update sequence element #" + i + " has length " + arr.length + "; 2 is required");
          }
          this.__setitem__(arr[0], arr[1]);
          i++;
        }
      }
    }
    if (kw !== undefined && kw !== null) for (const k of Object.keys(kw)) this.__setitem__(k, kw[k]);
  }
  clear(): void { this._m.clear(); }
  copy(): PyDict {
    const d = new PyDict();
    for (const [h, e] of this._m) d._m.set(h, [e[0], e[1]]);
    return d;
  }
  keys(): PyDictView { return new PyDictView(this, 0); }
  values(): PyDictView { return new PyDictView(this, 1); }
  items(): PyDictView { return new PyDictView(this, 2); }
  static fromkeys(it: any, v?: any): PyDict {
    const d = new PyDict();
    for (const k of dictIterHelper(it)) d.__setitem__(k, v);
    return d;
  }
  *_iter(kind: number): Generator<any, void, any> {
    const m = this._m;
    const n = m.size;
    for (const e of m.values()) {
      if (m.size !== n) throw new RuntimeError("dictionary changed size during iteration");
      yield kind === 0 ? e[0] : kind === 1 ? e[1] : tupleOf(e[0], e[1]);
    }
    if (m.size !== n) throw new RuntimeError("dictionary changed size during iteration");
  }
  [Symbol.iterator](): Iterator<any> { return this._iter(0); }
  __iter__(): any { return pyIterOf(this._iter(0), "dict_keyiterator"); }
}

/** dict.keys()/values()/items() view. kind: 0 keys, 1 values, 2 items. */
export class PyDictView {
  constructor(public _d: PyDict, public _kind: number) {}
  __len__(): bigint { return BigInt(this._d._m.size); }
  get size(): number { return this._d._m.size; }
  __contains__(x: any): boolean {
    if (this._kind === 0) return this._d.__contains__(x);
    for (const v of this) if (pyEqHook(v, x)) return true;
    return false;
  }
  [Symbol.iterator](): Iterator<any> { return this._d._iter(this._kind); }
  __iter__(): any { return pyIterOf(this._d._iter(this._kind), ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"][this._kind]); }
  get __typename__(): string { return ["dict_keys", "dict_values", "dict_items"][this._kind]; }
}

/** Python equality used by containers (set by ops.ts to its eq). */
export let pyEqHook: (a: any, b: any) => boolean = (a, b) => a === b;
export function setPyEqHook(f: (a: any, b: any) => boolean): void { pyEqHook = f; }
/** Iteration over any Python iterable (set by iter.ts). */
export let dictIterHelper: (x: any) => Iterable<any> = (x) => x;
export function setIterHelper(f: (x: any) => Iterable<any>): void { dictIterHelper = f; }

/** Wrap a JS iterator as a Python iterator object with __next__. */
export class PyIterWrapper {
  constructor(public _it: Iterator<any>, public __typename__: string) {}
  __next__(): any {
    const r = this._it.next();
    if (r.done) throw new StopIterationHook();
    return r.value;
  }
  __iter__(): this { return this; }
  [Symbol.iterator](): Iterator<any> { return this._it; }
}
let StopIterationHook: any = Error;
export function setStopIterationClass(c: any): void { StopIterationHook = c; }
export function pyIterOf(it: Iterator<any>, typename: string): PyIterWrapper { return new PyIterWrapper(it, typename); }

// ---- set / frozenset ----
export class PySet {
  _m: Map<any, any> = new Map();
  constructor(items?: Iterable<any>) {
    if (items) for (const x of items) this._put(x);
  }
  /** set.add: an element equal to one already there leaves that one in place (`{True, 1}` is `{True}`). */
  _put(x: any): void {
    const h = hashKey(x);
    if (!this._m.has(h)) this._m.set(h, x);
  }
  get size(): number { return this._m.size; }
  __len__(): bigint { return BigInt(this._m.size); }
  __contains__(x: any): boolean {
    if (x instanceof PySet && !(x instanceof PyFrozenSet)) return this._m.has(hashKey(new PyFrozenSet(x)));
    return this._m.has(hashKey(x));
  }
  [Symbol.iterator](): Iterator<any> { return setIterGen(this._m); }
  __iter__(): any { return pyIterOf(setIterGen(this._m), "set_iterator"); }
  _new(items?: Iterable<any>): PySet { return new (this.constructor as any)(items); }
  add(x: any): void { this._put(x); }
  discard(x: any): void { this._m.delete(hashKey(x)); }
  remove(x: any): void { if (!this._m.delete(hashKey(x))) throw new KeyError(x); }
  pop(): any {
    for (const [h, v] of this._m) { this._m.delete(h); return v; }
    throw new KeyError("pop from an empty set");
  }
  clear(): void { this._m.clear(); }
  copy(): PySet { return this._new(this._m.values()); }
  union(...others: any[]): PySet {
    const r = this._new(this._m.values());
    for (const o of others) for (const x of dictIterHelper(o)) r._put(x);
    return r;
  }
  update(...others: any[]): void { for (const o of others) for (const x of dictIterHelper(o)) this._put(x); }
  intersection(...others: any[]): PySet {
    let cur: PySet = this._new(this._m.values());
    for (const o of others) {
      // CPython walks the smaller set (the argument when sizes tie, or an
      // iterable's items) and keeps the elements it walks.
      const r = this._new();
      if (o instanceof PySet) {
        const [walk, probe] = o._m.size > cur._m.size ? [cur, o] : [o, cur];
        for (const [h, v] of walk._m) if (probe._m.has(h)) r._m.set(h, v);
      } else {
        for (const x of dictIterHelper(o)) if (cur._m.has(hashKey(x))) r._put(x);
      }
      cur = r;
    }
    return cur;
  }
  intersection_update(...others: any[]): void { const r = this.intersection(...others); this._m = r._m; }
  difference(...others: any[]): PySet {
    const r = this._new(this._m.values());
    for (const o of others) for (const x of dictIterHelper(o)) r._m.delete(hashKey(x));
    return r;
  }
  difference_update(...others: any[]): void { for (const o of others) for (const x of dictIterHelper(o)) this._m.delete(hashKey(x)); }
  symmetric_difference(o: any): PySet {
    const os = o instanceof PySet ? o : new PySet(dictIterHelper(o));
    const r = this._new();
    for (const [h, v] of this._m) if (!os._m.has(h)) r._m.set(h, v);
    for (const [h, v] of os._m) if (!this._m.has(h)) r._m.set(h, v);
    return r;
  }
  symmetric_difference_update(o: any): void { this._m = this.symmetric_difference(o)._m; }
  issubset(o: any): boolean {
    const os = o instanceof PySet ? o : new PySet(dictIterHelper(o));
    for (const h of this._m.keys()) if (!os._m.has(h)) return false;
    return true;
  }
  issuperset(o: any): boolean {
    const os = o instanceof PySet ? o : new PySet(dictIterHelper(o));
    return os.issubset(this);
  }
  isdisjoint(o: any): boolean {
    for (const x of dictIterHelper(o)) if (this._m.has(hashKey(x))) return false;
    return true;
  }
}
/**
 * CPython's iteration order for a set of ints built by successive adds (no deletions modelled):
 * replays CPython 3.11's open-addressing table (linear probes + perturbation, resize at 3/5 full).
 * Returns null when some member is not an int (then insertion order is used).
 */
function cpythonIntSetOrder(vals: any[]): any[] | null {
  const n = vals.length;
  if (n < 2 || n > 100000) return null;
  const M = (1n << 61n) - 1n;
  const hashes: bigint[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const v = vals[k];
    let b: bigint;
    if (typeof v === "bigint") b = v;
    else if (typeof v === "boolean") b = v ? 1n : 0n;
    else if (typeof v === "number" && Number.isInteger(v)) b = BigInt(v);
    else return null;
    let h = (b < 0n ? -b : b) % M;
    if (b < 0n) h = -h;
    if (h === -1n) h = -2n;
    hashes[k] = BigInt.asUintN(64, h);
  }
  const insert = (tbl: number[], mask: number, idx: number): void => {
    const h = hashes[idx];
    const bm = BigInt(mask);
    let i = Number(h & bm);
    let perturb = h;
    for (;;) {
      let probes = i + 9 <= mask ? 9 : 0;
      let j = i;
      do { if (tbl[j] === -1) { tbl[j] = idx; return; } j++; } while (probes-- > 0);
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & bm);
    }
  };
  let size = 8;
  let table: number[] = new Array(size).fill(-1);
  for (let k = 0; k < n; k++) {
    insert(table, size - 1, k);
    const fill = k + 1;
    if (fill * 5 >= (size - 1) * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let ns = 8;
      while (ns <= minused) ns <<= 1;
      const nt: number[] = new Array(ns).fill(-1);
      for (const idx of table) if (idx !== -1) insert(nt, ns - 1, idx);
      table = nt; size = ns;
    }
  }
  const out: any[] = [];
  for (const idx of table) if (idx !== -1) out.push(vals[idx]);
  return out;
}

function* setIterGen(m: Map<any, any>): Generator<any, void, any> {
  const n = m.size;
  const ordered = n > 1 ? cpythonIntSetOrder(Array.from(m.values())) : null;
  for (const v of ordered !== null ? ordered : m.values()) {
    if (m.size !== n) throw new RuntimeError("Set changed size during iteration");
    yield v;
  }
}
export class PyFrozenSet extends PySet {
  add(_x: any): void { throw new TypeError("'frozenset' object has no attribute 'add'"); }
}

// ---- range ----
export class PyRange {
  start: bigint; stop: bigint; step: bigint;
  constructor(start: bigint, stop: bigint, step: bigint) {
    if (step === 0n) throw new ValueError("range() arg 3 must not be zero");
    this.start = start; this.stop = stop; this.step = step;
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
  __len__(): bigint { return this.length; }
  get size(): number { return Number(this.length); }
  __getitem__(i: any): any {
    if (i instanceof PySlice) {
      const n = this.length;
      const [s, e, st] = i.indicesBig(n);
      return new PyRange(this.start + s * this.step, this.start + e * this.step, this.step * st);
    }
    let k = typeof i === "bigint" ? i : typeof i === "boolean" ? (i ? 1n : 0n) : null;
    if (k === null) throw new TypeError("range indices must be integers or slices, not " + (typeof i === "number" ? "float" : typeof i));
    const n = this.length;
    if (k < 0n) k += n;
    if (k < 0n || k >= n) throw new IndexError("range object index out of range");
    return this.start + k * this.step;
  }
  __contains__(x: any): boolean {
    let v: bigint;
    if (typeof x === "bigint") v = x;
    else if (typeof x === "boolean") v = x ? 1n : 0n;
    else if (typeof x === "number" && Number.isInteger(x)) v = BigInt(x);
    else return false;
    const { start, stop, step } = this;
    if (step > 0n ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
    return (v - start) % step === 0n;
  }
  *[Symbol.iterator](): Generator<bigint, void, any> {
    const { stop, step } = this;
    if (step > 0n) for (let i = this.start; i < stop; i += step) yield i;
    else for (let i = this.start; i > stop; i += step) yield i;
  }
  __iter__(): any { return pyIterOf(this[Symbol.iterator](), "range_iterator"); }
  index(x: any): bigint {
    if (!this.__contains__(x)) throw new ValueError(String(x) + " is not in range");
    return (BigInt(x) - this.start) / this.step;
  }
  count(x: any): bigint { return this.__contains__(x) ? 1n : 0n; }
}

// ---- slice ----
function sliceIdx(x: any): bigint | undefined {
  if (x === undefined || x === null) return undefined;
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (typeof x === "number" && Number.isInteger(x)) return BigInt(x);
  if (x && typeof x.__index__ === "function") return x.__index__();
  throw new TypeError("slice indices must be integers or None or have an __index__ method");
}
export class PySlice {
  constructor(public start: any, public stop: any, public step: any) {}
  /** Normalized [start, stop, step] for a sequence of length n (bigints). */
  indicesBig(n: bigint): [bigint, bigint, bigint] {
    const stepRaw = sliceIdx(this.step);
    const step = stepRaw === undefined ? 1n : stepRaw;
    if (step === 0n) throw new ValueError("slice step cannot be zero");
    let start = sliceIdx(this.start), stop = sliceIdx(this.stop);
    const lower = step < 0n ? -1n : 0n, upper = step < 0n ? n - 1n : n;
    if (start === undefined) start = step < 0n ? upper : lower;
    else { if (start < 0n) { start += n; if (start < lower) start = lower; } else if (start > upper) start = upper; }
    if (stop === undefined) stop = step < 0n ? lower : upper;
    else { if (stop < 0n) { stop += n; if (stop < lower) stop = lower; } else if (stop > upper) stop = upper; }
    return [start, stop, step];
  }
  /** Same as indicesBig, as JS numbers. */
  indicesNum(n: number): [number, number, number] {
    const [a, b, c] = this.indicesBig(BigInt(n));
    return [Number(a), Number(b), Number(c)];
  }
  indices(n: any): PyTuple { const [a, b, c] = this.indicesBig(BigInt(n)); return tupleOf(a, b, c); }
}
/** Python slice(start, stop, step) / slice(stop). */
export function slice(start: any, stop?: any, step?: any): PySlice {
  if (arguments.length === 1) return new PySlice(undefined, start, undefined);
  return new PySlice(start, stop, step);
}
/** Apply a slice to an array-like / string; returns a JS array or string. */
export function sliceSeq(seq: any, sl: PySlice): any {
  const isStr = typeof seq === "string";
  const arr: any[] = isStr ? Array.from(seq as string) : seq;
  const [start, stop, step] = sl.indicesNum(arr.length);
  const out: any[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(arr[i]);
  else for (let i = start; i > stop; i += step) out.push(arr[i]);
  return isStr ? out.join("") : out;
}

/** Dict display `{k: v, ...}` → dictOf([k, v], ...). */
export function dictOf(...pairs: [any, any][]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < pairs.length; i++) d.__setitem__(pairs[i][0], pairs[i][1]);
  return d;
}
/** Set display `{a, b}` → setOf(a, b). */
export function setOf(...items: any[]): PySet {
  const s = new PySet();
  for (let i = 0; i < items.length; i++) s.add(items[i]);
  return s;
}
