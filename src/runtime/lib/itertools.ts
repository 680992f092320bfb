// Python's `itertools` module, after CPython 3.11's Modules/itertoolsmodule.c:
// every function is a type whose instances are lazy iterators (`iter(x) is x`),
// with CPython's state machines (so an exception from an input leaves the
// object as CPython leaves it), reprs and argument errors.

import { pyModule, type PyTypeObject } from "../module";
import { OverflowError, RuntimeError, StopIteration, TypeError, ValueError } from "../exceptions";
import { registerBuiltinFunction, registerBuiltinType, repr, typeName } from "../repr";
import { PyTuple, addressOf, isKwargs, tupleFromArray } from "../values";
import { pyIter, tupleFrom } from "../iter";
import { callValue } from "../calls";
import { add, eq, truthy } from "../ops";

// ---- the iterator protocol on Python iterators ----

/** What `step` returns when an iterator is exhausted (PyIter_Next's NULL without an error). */
const DONE: unique symbol = Symbol("exhausted");
type Step = any;

/** The next item of a Python iterator, or DONE; its other exceptions propagate. */
function step(it: any): Step {
  try {
    return it.__next__();
  } catch (e) {
    if (e instanceof StopIteration) return DONE;
    throw e;
  }
}

/** Base of the itertools iterators: an iterator is its own iterable. */
abstract class ItertoolsIterator {
  abstract __next__(): any;
  __iter__(): this { return this; }
}

/**
 * Makes `cls` the Python type `itertools.<name>`: `make` is the callable the
 * module provides (a type object called like a function, as the runtime's
 * builtin types are), and instances of `cls` report it as their type.
 */
function itertoolsType(name: string, cls: any, make: (...args: any[]) => any): PyTypeObject {
  const tpName = `itertools.${name}`;
  // Called as a function (`chain(xs)`) or, from a Python subclass's constructor, with `new`:
  // the object then belongs to the subclass.
  const t: any = function (this: any, ...args: any[]) {
    const obj = make(...args);
    if (new.target !== undefined && new.target !== t) Object.setPrototypeOf(obj, new.target.prototype);
    return obj;
  };
  Object.defineProperty(t, "name", { value: name, configurable: true });
  t.prototype = cls.prototype;
  Object.defineProperty(cls.prototype, "constructor", { value: t, writable: true, configurable: true });
  // CPython's tp_name, used by reprs and error messages ('itertools.chain'); a subclass has its own name.
  Object.defineProperty(cls.prototype, "__typename__", {
    get(this: any) { return this.constructor === t ? tpName : undefined; },
    configurable: true,
  });
  registerBuiltinType(t, tpName);
  // Accessors, as registerBuiltinType's: a Python subclass inherits these statics and must report its own name.
  const own: [string, string, (sub: any) => string][] = [
    ["__name__", name, (sub) => sub.name],
    ["__qualname__", name, (sub) => sub.__name__],
    ["__module__", "itertools", () => "__main__"],
  ];
  for (const [key, value, inherited] of own) {
    Object.defineProperty(t, key, {
      get(this: any) { return this === t ? value : inherited(this); },
      set(this: any, v: any) { Object.defineProperty(this, key, { value: v, writable: true, configurable: true }); },
      configurable: true,
    });
  }
  return t;
}

/** The type's name without its module (CPython's _PyType_Name), for reprs that name a subclass. */
function shortTypeName(x: any): string {
  const name = typeName(x);
  return name.slice(name.lastIndexOf(".") + 1);
}

// ---- argument parsing, with the messages of CPython's argument parsers ----

/** A call's positional arguments and its keyword object (the runtime passes keywords as a trailing plain object). */
function splitArguments(args: any[]): [any[], Record<string, any>] {
  if (args.length && isKwargs(args[args.length - 1])) return [args.slice(0, -1), args[args.length - 1]];
  return [args, {}];
}

function keywordCount(kw: Record<string, any>): number {
  return Object.keys(kw).length;
}

/** _PyArg_NoKeywords */
function noKeywords(name: string, kw: Record<string, any>): void {
  if (keywordCount(kw)) throw new TypeError(`${name}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional */
function checkPositional(name: string, n: number, min: number, max: number): void {
  const plural = (k: number) => (k === 1 ? "" : "s");
  if (n < min) throw new TypeError(`${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw new TypeError(`${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${n}`);
}

/**
 * _PyArg_UnpackKeywords: binds positional and keyword arguments to `names`
 * (the first `maxpos` may be positional, the first `minpos` are required);
 * a missing optional argument is undefined.
 */
function unpackKeywords(fname: string, pos: any[], kw: Record<string, any>, names: string[], minpos: number, maxpos: number): any[] {
  const nargs = pos.length;
  let nkwargs = keywordCount(kw);
  const maxargs = names.length;
  if (nargs + nkwargs > maxargs) {
    throw new TypeError(`${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkwargs} given)`);
  }
  if (nargs > maxpos) {
    throw new TypeError(`${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
  }
  const out: any[] = pos.slice();
  for (let i = nargs; i < maxargs; i++) {
    const has = nkwargs > 0 && Object.prototype.hasOwnProperty.call(kw, names[i]);
    out.push(has ? kw[names[i]] : undefined);
    if (has) nkwargs--;
    else if (i < minpos) throw new TypeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (nkwargs > 0) {
    for (let i = 0; i < nargs; i++) {
      if (Object.prototype.hasOwnProperty.call(kw, names[i])) {
        throw new TypeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
    }
    const unknown = Object.keys(kw).find((k) => !names.includes(k));
    throw new TypeError(`'${unknown}' is an invalid keyword argument for ${fname}()`);
  }
  return out;
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** An integer argument (`__index__`) that fits a C ssize_t, as a JS number (CPython's "n" format). */
function ssize(x: any): number {
  let v: bigint;
  if (typeof x === "bigint") v = x;
  else if (typeof x === "boolean") v = x ? 1n : 0n;
  else if (x !== null && typeof x === "object" && typeof x.__index__ === "function") v = x.__index__();
  else throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw new OverflowError("Python int too large to convert to C ssize_t");
  return Number(v);
}

/** Whether x is a number to CPython (PyNumber_Check). */
function isNumber(x: any): boolean {
  if (typeof x === "bigint" || typeof x === "number" || typeof x === "boolean") return true;
  return x !== null && typeof x === "object" && ["__index__", "__int__", "__float__", "__complex__"].some((m) => typeof x[m] === "function");
}

/** Whether x is an int equal to 1 (CPython's test for count's default step). */
function isIntOne(x: any): boolean {
  return x === 1n || x === true;
}

// ---- count(start=0, step=1) ----

class CountObject extends ItertoolsIterator {
  /** fast mode (CPython's): an int start with step 1; the repr then never shows the step */
  constructor(public _cnt: any, public _step: any, public _fast: boolean) { super(); }
  __next__(): any {
    const v = this._cnt;
    this._cnt = this._fast ? v + 1n : add(v, this._step);
    return v;
  }
  __repr__(): string {
    const name = shortTypeName(this);
    if (this._fast || isIntOne(this._step)) return `${name}(${repr(this._cnt)})`;
    return `${name}(${repr(this._cnt)}, ${repr(this._step)})`;
  }
}
const count = itertoolsType("count", CountObject, function count(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const [start, stepArg] = unpackKeywords("count", pos, kw, ["start", "step"], 0, 2);
  if ((start !== undefined && !isNumber(start)) || (stepArg !== undefined && !isNumber(stepArg))) throw new TypeError("a number is required");
  const cnt = start === undefined ? 0n : start;
  const by = stepArg === undefined ? 1n : stepArg;
  const fast = (typeof cnt === "bigint" || typeof cnt === "boolean") && isIntOne(by);
  return new CountObject(fast ? BigInt(cnt) : cnt, by, fast);
});

// ---- cycle(iterable, /) ----

class CycleObject extends ItertoolsIterator {
  _saved: any[] = [];
  _index = 0;
  constructor(public _it: any) { super(); }
  __next__(): any {
    if (this._it !== null) {
      const item = step(this._it);
      if (item !== DONE) {
        this._saved.push(item);
        return item;
      }
      this._it = null;
    }
    if (this._saved.length === 0) throw new StopIteration();
    const item = this._saved[this._index++];
    if (this._index >= this._saved.length) this._index = 0;
    return item;
  }
}
const cycle = itertoolsType("cycle", CycleObject, function cycle(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  noKeywords("cycle", kw);
  checkPositional("cycle", pos.length, 1, 1);
  return new CycleObject(pyIter(pos[0]));
});

// ---- repeat(object, times=None) ----

class RepeatObject extends ItertoolsIterator {
  /** times left, or -1 for ever */
  constructor(public _element: any, public _cnt: number) { super(); }
  __next__(): any {
    if (this._cnt === 0) throw new StopIteration();
    if (this._cnt > 0) this._cnt--;
    return this._element;
  }
  __length_hint__(): bigint {
    if (this._cnt === -1) throw new TypeError("len() of unsized object");
    return BigInt(this._cnt);
  }
  __repr__(): string {
    const name = shortTypeName(this);
    return this._cnt === -1 ? `${name}(${repr(this._element)})` : `${name}(${repr(this._element)}, ${this._cnt})`;
  }
}
const repeat = itertoolsType("repeat", RepeatObject, function repeat(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const [element, times] = unpackKeywords("repeat", pos, kw, ["object", "times"], 1, 2);
  return new RepeatObject(element, times === undefined ? -1 : Math.max(0, ssize(times)));
});

// ---- accumulate(iterable, func=None, *, initial=None) ----

class AccumulateObject extends ItertoolsIterator {
  _total: any = DONE;
  constructor(public _it: any, public _func: any, public _initial: any) { super(); }
  __next__(): any {
    if (this._initial !== null) {
      this._total = this._initial;
      this._initial = null;
      return this._total;
    }
    const v = step(this._it);
    if (v === DONE) throw new StopIteration();
    this._total = this._total === DONE ? v : this._func === null ? add(this._total, v) : callValue(this._func, this._total, v);
    return this._total;
  }
}
const accumulate = itertoolsType("accumulate", AccumulateObject, function accumulate(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const [iterable, func, initial] = unpackKeywords("accumulate", pos, kw, ["iterable", "func", "initial"], 1, 2);
  return new AccumulateObject(pyIter(iterable), func ?? null, initial ?? null);
});

// ---- chain(*iterables), chain.from_iterable(iterable) ----

class ChainObject extends ItertoolsIterator {
  _active: any = null;
  /** `source` yields the iterables; null once exhausted (or once one of them was not iterable) */
  constructor(public _source: any) { super(); }
  __next__(): any {
    while (this._source !== null) {
      if (this._active === null) {
        const iterable = step(this._source);
        if (iterable === DONE) {
          this._source = null;
          break;
        }
        try {
          this._active = pyIter(iterable);
        } catch (e) {
          this._source = null;
          throw e;
        }
      }
      const item = step(this._active);
      if (item !== DONE) return item;
      this._active = null;
    }
    throw new StopIteration();
  }
}
const chain = itertoolsType("chain", ChainObject, function chain(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  noKeywords("chain", kw);
  return new ChainObject(pyIter(tupleFromArray(pos)));
});
/** chain.from_iterable(iterable): a classmethod in CPython (METH_O). */
function from_iterable(...args: any[]): any {
  const [pos, kw] = splitArguments(args);
  noKeywords("chain.from_iterable", kw);
  if (pos.length !== 1) throw new TypeError(`chain.from_iterable() takes exactly one argument (${pos.length} given)`);
  return new ChainObject(pyIter(pos[0]));
}
Object.defineProperty(from_iterable, "__qualname__", { value: "chain.from_iterable", writable: true, configurable: true });
Object.defineProperty(from_iterable, "__repr__", { value: () => `<built-in method from_iterable of type object at ${addressOf(chain)}>`, configurable: true });
chain.from_iterable = from_iterable;

// ---- compress(data, selectors) ----

class CompressObject extends ItertoolsIterator {
  constructor(public _data: any, public _selectors: any) { super(); }
  __next__(): any {
    for (;;) {
      const datum = step(this._data);
      if (datum === DONE) throw new StopIteration();
      const selector = step(this._selectors);
      if (selector === DONE) throw new StopIteration();
      if (truthy(selector)) return datum;
    }
  }
}
const compress = itertoolsType("compress", CompressObject, function compress(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const [data, selectors] = unpackKeywords("compress", pos, kw, ["data", "selectors"], 2, 2);
  const dataIt = pyIter(data);
  return new CompressObject(dataIt, pyIter(selectors));
});

// ---- dropwhile, takewhile, filterfalse, starmap: (function, iterable, /) ----

/** Arguments of the two-argument positional-only constructors: [function, iterator]. */
function predicateArguments(name: string, args: any[]): [any, any] {
  const [pos, kw] = splitArguments(args);
  noKeywords(name, kw);
  checkPositional(name, pos.length, 2, 2);
  return [pos[0], pyIter(pos[1])];
}

class DropwhileObject extends ItertoolsIterator {
  _start = false;
  constructor(public _func: any, public _it: any) { super(); }
  __next__(): any {
    for (;;) {
      const item = step(this._it);
      if (item === DONE) throw new StopIteration();
      if (this._start) return item;
      if (!truthy(callValue(this._func, item))) {
        this._start = true;
        return item;
      }
    }
  }
}
const dropwhile = itertoolsType("dropwhile", DropwhileObject, function dropwhile(...args: any[]) {
  return new DropwhileObject(...predicateArguments("dropwhile", args));
});

class TakewhileObject extends ItertoolsIterator {
  _stop = false;
  constructor(public _func: any, public _it: any) { super(); }
  __next__(): any {
    if (this._stop) throw new StopIteration();
    const item = step(this._it);
    if (item === DONE) throw new StopIteration();
    if (truthy(callValue(this._func, item))) return item;
    this._stop = true;
    throw new StopIteration();
  }
}
const takewhile = itertoolsType("takewhile", TakewhileObject, function takewhile(...args: any[]) {
  return new TakewhileObject(...predicateArguments("takewhile", args));
});

class FilterfalseObject extends ItertoolsIterator {
  constructor(public _func: any, public _it: any) { super(); }
  __next__(): any {
    for (;;) {
      const item = step(this._it);
      if (item === DONE) throw new StopIteration();
      // None (or bool) tests the item itself.
      const ok = this._func === null || this._func === undefined ? truthy(item) : truthy(callValue(this._func, item));
      if (!ok) return item;
    }
  }
}
const filterfalse = itertoolsType("filterfalse", FilterfalseObject, function filterfalse(...args: any[]) {
  return new FilterfalseObject(...predicateArguments("filterfalse", args));
});

class StarmapObject extends ItertoolsIterator {
  constructor(public _func: any, public _it: any) { super(); }
  __next__(): any {
    const args = step(this._it);
    if (args === DONE) throw new StopIteration();
    return callValue(this._func, ...(args instanceof PyTuple ? args : tupleFrom(args)));
  }
}
const starmap = itertoolsType("starmap", StarmapObject, function starmap(...args: any[]) {
  return new StarmapObject(...predicateArguments("starmap", args));
});

// ---- groupby(iterable, key=None) and its _grouper sub-iterators ----

class GroupbyObject extends ItertoolsIterator {
  _tgtkey: any = DONE;
  _currkey: any = DONE;
  _currvalue: any = DONE;
  /** the only _grouper that may still yield: a group becomes invalid when the groupby advances */
  _currgrouper: GrouperObject | null = null;
  constructor(public _it: any, public _keyfunc: any) { super(); }
  /** Reads the next value and its key; false when the input is exhausted. */
  _step(): boolean {
    const value = step(this._it);
    if (value === DONE) return false;
    const key = this._keyfunc === null ? value : callValue(this._keyfunc, value);
    this._currvalue = value;
    this._currkey = key;
    return true;
  }
  __next__(): any {
    this._currgrouper = null;
    // Skip to the next group: the first value whose key differs from the current group's.
    for (;;) {
      if (this._currkey !== DONE && (this._tgtkey === DONE || !eq(this._tgtkey, this._currkey))) break;
      if (!this._step()) throw new StopIteration();
    }
    this._tgtkey = this._currkey;
    const grouper = new GrouperObject(this, this._tgtkey);
    this._currgrouper = grouper;
    return tupleFromArray([this._currkey, grouper]);
  }
}
const groupby = itertoolsType("groupby", GroupbyObject, function groupby(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const [iterable, key] = unpackKeywords("groupby", pos, kw, ["iterable", "key"], 1, 2);
  return new GroupbyObject(pyIter(iterable), key ?? null);
});

class GrouperObject extends ItertoolsIterator {
  constructor(public _parent: GroupbyObject, public _tgtkey: any) { super(); }
  __next__(): any {
    const gbo = this._parent;
    if (gbo._currgrouper !== this) throw new StopIteration();
    if (gbo._currvalue === DONE && !gbo._step()) throw new StopIteration();
    if (!eq(this._tgtkey, gbo._currkey)) throw new StopIteration();
    const r = gbo._currvalue;
    gbo._currvalue = DONE;
    gbo._currkey = DONE;
    return r;
  }
}
itertoolsType("_grouper", GrouperObject, function _grouper() {
  throw new TypeError("cannot create 'itertools._grouper' instances");
});

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----

const ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/** PyNumber_AsSsize_t with its error cleared: -1 for a value that is not an index or does not fit. */
function indexOrMinusOne(x: any): number {
  try {
    return ssize(x);
  } catch (e) {
    if (e instanceof TypeError || e instanceof OverflowError) return -1;
    throw e;
  }
}

class IsliceObject extends ItertoolsIterator {
  _cnt = 0;
  /** `_next`: the index of the next item to return; `_stop` -1 for no end */
  constructor(public _it: any, public _next: number, public _stop: number, public _step: number) { super(); }
  __next__(): any {
    const it = this._it;
    if (it === null) throw new StopIteration();
    try {
      while (this._cnt < this._next) {
        if (step(it) === DONE) return this._empty();
        this._cnt++;
      }
      if (this._stop !== -1 && this._cnt >= this._stop) return this._empty();
      const item = step(it);
      if (item === DONE) return this._empty();
      this._cnt++;
      this._next += this._step;
      if (this._stop !== -1 && this._next > this._stop) this._next = this._stop;
      return item;
    } catch (e) {
      this._it = null; // CPython drops the input on any error as on exhaustion
      throw e;
    }
  }
  _empty(): never {
    this._it = null;
    throw new StopIteration();
  }
}
const islice = itertoolsType("islice", IsliceObject, function islice(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  noKeywords("islice", kw);
  checkPositional("islice", pos.length, 2, 4);
  let start = 0, stop = -1, by = 1;
  if (pos.length === 2) {
    if (pos[1] !== null) {
      stop = indexOrMinusOne(pos[1]);
      if (stop === -1) throw new ValueError(ISLICE_STOP);
    }
  } else {
    if (pos[1] !== null) start = indexOrMinusOne(pos[1]);
    if (pos[2] !== null) {
      stop = indexOrMinusOne(pos[2]);
      if (stop === -1) throw new ValueError(ISLICE_STOP);
    }
  }
  if (start < 0 || stop < -1) throw new ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (pos.length === 4 && pos[3] !== null) by = indexOrMinusOne(pos[3]);
  if (by < 1) throw new ValueError("Step for islice() must be a positive integer or None.");
  return new IsliceObject(pyIter(pos[0]), start, stop, by);
});

// ---- pairwise(iterable, /) ----

class PairwiseObject extends ItertoolsIterator {
  _old: any = DONE;
  constructor(public _it: any) { super(); }
  __next__(): any {
    if (this._it === null) throw new StopIteration();
    if (this._old === DONE) {
      this._old = step(this._it);
      if (this._old === DONE) {
        this._it = null;
        throw new StopIteration();
      }
    }
    const item = step(this._it);
    if (item === DONE) {
      this._it = null;
      this._old = DONE;
      throw new StopIteration();
    }
    const pair = tupleFromArray([this._old, item]);
    this._old = item;
    return pair;
  }
}
const pairwise = itertoolsType("pairwise", PairwiseObject, function pairwise(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  noKeywords("pairwise", kw);
  checkPositional("pairwise", pos.length, 1, 1);
  return new PairwiseObject(pyIter(pos[0]));
});

// ---- tee(iterable, n=2, /) and its _tee iterators sharing one buffer ----

/** Values read from the input, in links of 57 as CPython's teedataobject; the lead iterator reads more. */
class TeeData {
  _values: any[] = [];
  _nextLink: TeeData | null = null;
  _running = false;
  constructor(public _it: any) {}
  static readonly LINKCELLS = 57;
  _getitem(i: number): Step {
    if (i < this._values.length) return this._values[i];
    if (this._running) throw new RuntimeError("cannot re-enter the tee iterator");
    this._running = true;
    let value: Step;
    try {
      value = step(this._it);
    } finally {
      this._running = false;
    }
    if (value !== DONE) this._values.push(value);
    return value;
  }
  _jumplink(): TeeData {
    if (this._nextLink === null) this._nextLink = new TeeData(this._it);
    return this._nextLink;
  }
}

class TeeObject extends ItertoolsIterator {
  constructor(public _data: TeeData, public _index: number) { super(); }
  __next__(): any {
    if (this._index >= TeeData.LINKCELLS) {
      this._data = this._data._jumplink();
      this._index = 0;
    }
    const value = this._data._getitem(this._index);
    if (value === DONE) throw new StopIteration();
    this._index++;
    return value;
  }
  __copy__(): TeeObject { return new TeeObject(this._data, this._index); }
}

/** A tee iterator over `it`: a copy when it is one already (tee_fromiterable). */
function teeFromIterator(it: any): TeeObject {
  return it instanceof TeeObject ? it.__copy__() : new TeeObject(new TeeData(it), 0);
}
itertoolsType("_tee", TeeObject, function _tee(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const [iterable] = unpackKeywords("_tee", pos, kw, ["iterable"], 1, 1);
  return teeFromIterator(pyIter(iterable));
});

function tee(...args: any[]): PyTuple {
  const [pos, kw] = splitArguments(args);
  noKeywords("itertools.tee", kw);
  checkPositional("tee", pos.length, 1, 2);
  const n = pos.length > 1 ? ssize(pos[1]) : 2;
  if (n < 0) throw new ValueError("n must be >= 0");
  if (n === 0) return tupleFromArray([]);
  const it = pyIter(pos[0]);
  // An iterator with __copy__ (a tee iterator) is copied; any other is wrapped in one.
  const first = typeof it.__copy__ === "function" ? it : teeFromIterator(it);
  const out = [first];
  for (let i = 1; i < n; i++) out.push(first.__copy__());
  return tupleFromArray(out);
}
registerBuiltinFunction(tee, "tee");

// ---- zip_longest(*iterables, fillvalue=None) ----

class ZipLongestObject extends ItertoolsIterator {
  _numactive: number;
  constructor(public _its: (any | null)[], public _fillvalue: any) {
    super();
    this._numactive = _its.length;
  }
  __next__(): any {
    const n = this._its.length;
    if (n === 0 || this._numactive === 0) throw new StopIteration();
    const result: any[] = [];
    for (let i = 0; i < n; i++) {
      const it = this._its[i];
      if (it === null) {
        result.push(this._fillvalue);
        continue;
      }
      let item: Step;
      try {
        item = step(it);
      } catch (e) {
        this._numactive = 0;
        throw e;
      }
      if (item === DONE) {
        this._numactive--;
        if (this._numactive === 0) throw new StopIteration();
        item = this._fillvalue;
        this._its[i] = null;
      }
      result.push(item);
    }
    return tupleFromArray(result);
  }
}
const zip_longest = itertoolsType("zip_longest", ZipLongestObject, function zip_longest(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const keys = Object.keys(kw);
  if (keys.length > 1 || (keys.length === 1 && keys[0] !== "fillvalue")) throw new TypeError("zip_longest() got an unexpected keyword argument");
  return new ZipLongestObject(pos.map((x) => pyIter(x)), keys.length ? kw.fillvalue : null);
});

// ---- product(*iterables, repeat=1) ----

class ProductObject extends ItertoolsIterator {
  _indices: number[];
  _result: any[] | null = null;
  _stopped = false;
  constructor(public _pools: any[][]) {
    super();
    this._indices = _pools.map(() => 0);
  }
  __next__(): any {
    if (this._stopped) throw new StopIteration();
    const pools = this._pools;
    if (this._result === null) {
      // The first tuple takes the first element of every pool.
      if (pools.some((p) => p.length === 0)) return this._empty();
      this._result = pools.map((p) => p[0]);
    } else {
      // Advance the indices right to left: a pool moves on when the one after it rolls over.
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        const pool = pools[i];
        if (++this._indices[i] === pool.length) {
          this._indices[i] = 0;
          this._result[i] = pool[0];
        } else {
          this._result[i] = pool[this._indices[i]];
          break;
        }
      }
      if (i < 0) return this._empty();
    }
    return tupleFromArray(this._result);
  }
  _empty(): never {
    this._stopped = true;
    throw new StopIteration();
  }
}
const product = itertoolsType("product", ProductObject, function product(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  let times = 1;
  if (keywordCount(kw)) {
    const [r] = unpackKeywords("product", [], kw, ["repeat"], 0, 0);
    if (r !== undefined) times = ssize(r);
    if (times < 0) throw new ValueError("repeat argument cannot be negative");
  }
  const pools = times === 0 ? [] : pos.map((x) => Array.from(tupleFrom(x)));
  const all: any[][] = [];
  for (let k = 0; k < times; k++) all.push(...pools);
  return new ProductObject(all);
});

// ---- permutations, combinations, combinations_with_replacement ----

class PermutationsObject extends ItertoolsIterator {
  _indices: number[];
  _cycles: number[];
  _result: any[] | null = null;
  _stopped: boolean;
  constructor(public _pool: any[], public _r: number) {
    super();
    const n = _pool.length;
    this._indices = _pool.map((_, i) => i);
    this._cycles = Array.from({ length: Math.min(_r, n) }, (_, i) => n - i);
    this._stopped = _r > n;
  }
  __next__(): any {
    if (this._stopped) throw new StopIteration();
    const pool = this._pool, n = pool.length, r = this._r, indices = this._indices, cycles = this._cycles;
    if (this._result === null) {
      this._result = indices.slice(0, r).map((i) => pool[i]);
      return tupleFromArray(this._result);
    }
    if (n === 0) return this._empty();
    // Decrement the rightmost cycle, moving left when it rolls over to zero.
    let i = r - 1;
    for (; i >= 0; i--) {
      if (--cycles[i] === 0) {
        // indices[i:] = indices[i+1:] + indices[i:i+1]
        const index = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
        for (let k = i; k < r; k++) this._result[k] = pool[indices[k]];
        break;
      }
    }
    if (i < 0) return this._empty();
    return tupleFromArray(this._result);
  }
  _empty(): never {
    this._stopped = true;
    throw new StopIteration();
  }
}
const permutations = itertoolsType("permutations", PermutationsObject, function permutations(...args: any[]) {
  const [pos, kw] = splitArguments(args);
  const [iterable, robj] = unpackKeywords("permutations", pos, kw, ["iterable", "r"], 1, 2);
  const pool = Array.from(tupleFrom(iterable));
  let r = pool.length;
  if (robj !== undefined && robj !== null) {
    if (typeof robj !== "bigint" && typeof robj !== "boolean") throw new TypeError("Expected int as r");
    r = ssize(robj);
  }
  if (r < 0) throw new ValueError("r must be non-negative");
  return new PermutationsObject(pool, r);
});

/** The arguments of combinations and combinations_with_replacement: the pool and r. */
function combinationArguments(name: string, args: any[]): [any[], number] {
  const [pos, kw] = splitArguments(args);
  const [iterable, robj] = unpackKeywords(name, pos, kw, ["iterable", "r"], 2, 2);
  const r = ssize(robj);
  const pool = Array.from(tupleFrom(iterable));
  if (r < 0) throw new ValueError("r must be non-negative");
  return [pool, r];
}

class CombinationsObject extends ItertoolsIterator {
  _indices: number[];
  _result: any[] | null = null;
  _stopped: boolean;
  constructor(public _pool: any[], public _r: number) {
    super();
    this._indices = Array.from({ length: _r }, (_, i) => i);
    this._stopped = _r > _pool.length;
  }
  __next__(): any {
    if (this._stopped) throw new StopIteration();
    const pool = this._pool, n = pool.length, r = this._r, indices = this._indices;
    if (this._result === null) {
      this._result = pool.slice(0, r);
      return tupleFromArray(this._result);
    }
    // Find the rightmost index not at its maximum (i + n - r), bump it, and reset the ones after it.
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      this._stopped = true;
      throw new StopIteration();
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    for (; i < r; i++) this._result[i] = pool[indices[i]];
    return tupleFromArray(this._result);
  }
}
const combinations = itertoolsType("combinations", CombinationsObject, function combinations(...args: any[]) {
  return new CombinationsObject(...combinationArguments("combinations", args));
});

class CombinationsWithReplacementObject extends ItertoolsIterator {
  _indices: number[];
  _result: any[] | null = null;
  _stopped: boolean;
  constructor(public _pool: any[], public _r: number) {
    super();
    this._indices = new Array(_r).fill(0);
    this._stopped = _pool.length === 0 && _r > 0;
  }
  __next__(): any {
    if (this._stopped) throw new StopIteration();
    const pool = this._pool, n = pool.length, r = this._r, indices = this._indices;
    if (this._result === null) {
      this._result = new Array(r).fill(pool[0]);
      return tupleFromArray(this._result);
    }
    // Find the rightmost index not at its maximum (n - 1); it and all after it take its next value.
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      this._stopped = true;
      throw new StopIteration();
    }
    const index = indices[i] + 1;
    for (; i < r; i++) {
      indices[i] = index;
      this._result[i] = pool[index];
    }
    return tupleFromArray(this._result);
  }
}
const combinations_with_replacement = itertoolsType(
  "combinations_with_replacement",
  CombinationsWithReplacementObject,
  function combinations_with_replacement(...args: any[]) {
    return new CombinationsWithReplacementObject(...combinationArguments("combinations_with_replacement", args));
  },
);

export const itertools = pyModule("itertools", {
  accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle, dropwhile, filterfalse,
  groupby, islice, pairwise, permutations, product, repeat, starmap, takewhile, tee, zip_longest,
});
