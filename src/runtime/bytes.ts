// bytes and bytearray: sequences of byte values (0..255) with CPython's constructors, reprs,
// operators, common methods and the utf-8 / ascii / latin-1 codecs (str.encode, bytes.decode).
// Both store a JS number array; a bytes object never changes its array.

import { TypeError, ValueError, IndexError, LookupError, UnicodeEncodeError, UnicodeDecodeError } from "./exceptions";
import { PySlice, PyIterWrapper, PyTuple, isKwargs } from "./values";
import { NotImplemented } from "./ops";
import { OverflowError } from "./exceptions";
import { typeName, registerBuiltinType } from "./repr";
import { iterate } from "./iter";
import { fromPythonCodePoint, pythonCodePoint } from "./codepoints";

/** The byte values of a bytes-like object, or null. */
function bytesOf(x: any): number[] | null {
  return x instanceof PyBytesLike ? x._b : null;
}
function requireBytes(x: any, what = "a bytes-like object is required, not '" + typeName(x) + "'"): number[] {
  const b = bytesOf(x);
  if (b === null) throw new TypeError(what);
  return b;
}
/** An int argument (bool counts), as a JS number, or CPython's TypeError. */
function intArg(x: any): number {
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError("'" + typeName(x) + "' object cannot be interpreted as an integer");
}
function byteValue(x: any, message = "byte must be in range(0, 256)"): number {
  const n = intArg(x);
  if (n < 0 || n > 255) throw new ValueError(message);
  return n;
}
/** Splits a trailing keyword-argument bag off `args` and names positional-or-keyword parameters. */
function params(args: any[], names: string[]): any[] {
  const kw = args.length > 0 && isKwargs(args[args.length - 1]) ? args.pop() : null;
  const out = names.map((_, i) => args[i]);
  if (kw) for (const k of Object.keys(kw)) {
    const i = names.indexOf(k);
    if (i < 0) throw new TypeError("'" + k + "' is an invalid keyword argument");
    out[i] = kw[k];
  }
  return out;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;

function indexOfSeq(hay: number[], needle: number[], from: number, to: number): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
function lastIndexOfSeq(hay: number[], needle: number[], from: number, to: number): number {
  outer: for (let i = to - needle.length; i >= from; i--) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
/** A search argument: bytes-like, or an int (a single byte). */
function needleOf(x: any): number[] {
  if (typeof x === "bigint" || typeof x === "boolean") return [byteValue(x)];
  return requireBytes(x, "argument should be integer or bytes-like object, not '" + typeName(x) + "'");
}
/** [start, end) of s[start:end] for optional start/end arguments. */
function window(n: number, start: any, end: any): [number, number] {
  const norm = (v: any, d: number) => {
    if (v === undefined || v === null) return d;
    let i = intArg(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [norm(start, 0), norm(end, n)];
}

/** What bytes and bytearray share. */
export abstract class PyBytesLike {
  constructor(public _b: number[]) {}
  /** A new object of the same type (bytes → bytes, bytearray → bytearray). */
  abstract _make(b: number[]): PyBytesLike;

  __len__(): bigint { return BigInt(this._b.length); }
  __bool__(): boolean { return this._b.length > 0; }
  __iter__(): PyIterWrapper {
    const b = this._b;
    return new PyIterWrapper((function* () { for (let i = 0; i < b.length; i++) yield BigInt(b[i]); })(), this instanceof PyByteArray ? "bytearray_iterator" : "bytes_iterator");
  }
  __getitem__(key: any): any {
    if (key instanceof PySlice) {
      const [start, stop, step] = key.indicesNum(this._b.length);
      const out: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) out.push(this._b[i]);
      else for (let i = start; i > stop; i += step) out.push(this._b[i]);
      return this._make(out);
    }
    if (typeof key !== "bigint" && typeof key !== "boolean") {
      throw new TypeError((this instanceof PyByteArray ? "bytearray" : "byte") + " indices must be integers or slices, not " + typeName(key));
    }
    let i = intArg(key);
    if (i < 0) i += this._b.length;
    if (i < 0 || i >= this._b.length) throw new IndexError(this instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
    return BigInt(this._b[i]);
  }
  __reversed__(): PyIterWrapper {
    const b = this._b;
    return new PyIterWrapper((function* () { for (let i = b.length - 1; i >= 0; i--) yield BigInt(b[i]); })(), "reversed");
  }
  __contains__(x: any): boolean {
    if (typeof x === "bigint" || typeof x === "boolean") return this._b.includes(byteValue(x));
    return indexOfSeq(this._b, requireBytes(x), 0, this._b.length) >= 0;
  }
  __add__(other: any): PyBytesLike {
    const b = bytesOf(other);
    if (b === null) throw new TypeError("can't concat " + typeName(other) + " to " + typeName(this));
    return this._make(this._b.concat(b));
  }
  __mul__(n: any): PyBytesLike {
    if (typeof n !== "bigint" && typeof n !== "boolean") throw new TypeError("can't multiply sequence by non-int of type '" + typeName(n) + "'");
    const out: number[] = [];
    for (let k = intArg(n); k > 0; k--) out.push(...this._b);
    return this._make(out);
  }
  __rmul__(n: any): PyBytesLike { return this.__mul__(n); }
  __eq__(other: any): any {
    const b = bytesOf(other);
    if (b === null) return NotImplemented;
    return b.length === this._b.length && b.every((v, i) => v === this._b[i]);
  }
  __ne__(other: any): any { const r = this.__eq__(other); return r === NotImplemented ? r : !r; }
  _cmp(other: any): number | null {
    const b = bytesOf(other);
    if (b === null) return null;
    const a = this._b, n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  }
  __lt__(o: any): any { const c = this._cmp(o); return c === null ? NotImplemented : c < 0; }
  __le__(o: any): any { const c = this._cmp(o); return c === null ? NotImplemented : c <= 0; }
  __gt__(o: any): any { const c = this._cmp(o); return c === null ? NotImplemented : c > 0; }
  __ge__(o: any): any { const c = this._cmp(o); return c === null ? NotImplemented : c >= 0; }
  __str__(): string { return this.__repr__(); }
  abstract __repr__(): string;

  decode(...args: any[]): string {
    const [encoding, errors] = params(args, ["encoding", "errors"]);
    return decodeBytes(this._b, this, encoding ?? "utf-8", errors ?? "strict");
  }
  hex(...args: any[]): string {
    const [sep, perGroup] = params(args, ["sep", "bytes_per_sep"]);
    const digits = this._b.map((v) => v.toString(16).padStart(2, "0"));
    if (sep === undefined || sep === null) return digits.join("");
    const s = typeof sep === "string" ? sep : String.fromCharCode(...requireBytes(sep));
    let n = perGroup === undefined ? 1 : intArg(perGroup);
    const groups: string[] = [];
    if (n === 0) return digits.join("");
    // A positive count groups from the right, a negative one from the left.
    const fromRight = n > 0;
    n = Math.abs(n);
    if (fromRight) for (let end = digits.length; end > 0; end -= n) groups.unshift(digits.slice(Math.max(0, end - n), end).join(""));
    else for (let start = 0; start < digits.length; start += n) groups.push(digits.slice(start, start + n).join(""));
    return groups.join(s);
  }
  count(x: any, start?: any, end?: any): bigint {
    const needle = needleOf(x);
    const [from, to] = window(this._b.length, start, end);
    if (needle.length === 0) return BigInt(Math.max(0, to - from + 1));
    let n = 0;
    for (let i = indexOfSeq(this._b, needle, from, to); i >= 0; i = indexOfSeq(this._b, needle, i + needle.length, to)) n++;
    return BigInt(n);
  }
  find(x: any, start?: any, end?: any): bigint {
    const [from, to] = window(this._b.length, start, end);
    return BigInt(indexOfSeq(this._b, needleOf(x), from, to));
  }
  rfind(x: any, start?: any, end?: any): bigint {
    const [from, to] = window(this._b.length, start, end);
    return BigInt(lastIndexOfSeq(this._b, needleOf(x), from, to));
  }
  index(x: any, start?: any, end?: any): bigint {
    const i = this.find(x, start, end);
    if (i < 0n) throw new ValueError("subsection not found");
    return i;
  }
  startswith(prefix: any, start?: any, end?: any): boolean { return this._affix(prefix, start, end, "startswith", true); }
  endswith(suffix: any, start?: any, end?: any): boolean { return this._affix(suffix, start, end, "endswith", false); }
  _affix(x: any, start: any, end: any, name: string, atStart: boolean): boolean {
    const [from, to] = window(this._b.length, start, end);
    const candidates = x instanceof PyTuple ? Array.from(x) : [x];
    for (const c of candidates) {
      const p = bytesOf(c);
      if (p === null) throw new TypeError(name + " first arg must be bytes or a tuple of bytes, not " + typeName(c));
      if (to - from < p.length) continue;
      const at = atStart ? from : to - p.length;
      if (p.every((v, i) => this._b[at + i] === v)) return true;
    }
    return false;
  }
  split(...args: any[]): any[] {
    const [sep, maxsplitArg] = params(args, ["sep", "maxsplit"]);
    let maxsplit = maxsplitArg === undefined ? -1 : intArg(maxsplitArg);
    const b = this._b, out: PyBytesLike[] = [];
    if (sep === undefined || sep === null) {
      let i = 0;
      while (true) {
        while (i < b.length && WHITESPACE.has(b[i])) i++;
        if (i >= b.length) break;
        if (maxsplit === 0) { let e = b.length; while (e > i && WHITESPACE.has(b[e - 1])) e--; out.push(this._make(b.slice(i, e))); break; }
        let j = i;
        while (j < b.length && !WHITESPACE.has(b[j])) j++;
        out.push(this._make(b.slice(i, j)));
        maxsplit--;
        i = j;
      }
      return out;
    }
    const s = requireBytes(sep);
    if (s.length === 0) throw new ValueError("empty separator");
    let i = 0;
    while (maxsplit !== 0) {
      const j = indexOfSeq(b, s, i, b.length);
      if (j < 0) break;
      out.push(this._make(b.slice(i, j)));
      i = j + s.length;
      maxsplit--;
    }
    out.push(this._make(b.slice(i)));
    return out;
  }
  join(items: any): PyBytesLike {
    const out: number[] = [];
    let k = 0;
    for (const item of iterate(items)) {
      const b = bytesOf(item);
      if (b === null) throw new TypeError("sequence item " + k + ": expected a bytes-like object, " + typeName(item) + " found");
      if (k++ > 0) out.push(...this._b);
      out.push(...b);
    }
    return this._make(out);
  }
  replace(old: any, replacement: any, count?: any): PyBytesLike {
    const o = requireBytes(old), r = requireBytes(replacement);
    let n = count === undefined ? -1 : intArg(count);
    const b = this._b, out: number[] = [];
    if (o.length === 0) {
      for (let i = 0; i <= b.length; i++) {
        if (n !== 0) { out.push(...r); n--; }
        if (i < b.length) out.push(b[i]);
      }
      return this._make(out);
    }
    let i = 0;
    while (n !== 0) {
      const j = indexOfSeq(b, o, i, b.length);
      if (j < 0) break;
      out.push(...b.slice(i, j), ...r);
      i = j + o.length;
      n--;
    }
    out.push(...b.slice(i));
    return this._make(out);
  }
  upper(): PyBytesLike { return this._make(this._b.map((c) => (isLower(c) ? c - 32 : c))); }
  lower(): PyBytesLike { return this._make(this._b.map((c) => (isUpper(c) ? c + 32 : c))); }
  strip(chars?: any): PyBytesLike { return this._strip(chars, true, true); }
  lstrip(chars?: any): PyBytesLike { return this._strip(chars, true, false); }
  rstrip(chars?: any): PyBytesLike { return this._strip(chars, false, true); }
  _strip(chars: any, left: boolean, right: boolean): PyBytesLike {
    const set = chars === undefined || chars === null ? WHITESPACE : new Set(requireBytes(chars));
    let i = 0, j = this._b.length;
    if (left) while (i < j && set.has(this._b[i])) i++;
    if (right) while (j > i && set.has(this._b[j - 1])) j--;
    return this._make(this._b.slice(i, j));
  }
  isdigit(): boolean { return this._b.length > 0 && this._b.every(isDigit); }
  isalpha(): boolean { return this._b.length > 0 && this._b.every((c) => isLower(c) || isUpper(c)); }
  isalnum(): boolean { return this._b.length > 0 && this._b.every((c) => isLower(c) || isUpper(c) || isDigit(c)); }
  isspace(): boolean { return this._b.length > 0 && this._b.every((c) => WHITESPACE.has(c)); }
  islower(): boolean { return this._b.some(isLower) && !this._b.some(isUpper); }
  isupper(): boolean { return this._b.some(isUpper) && !this._b.some(isLower); }
}


/** CPython's bytes repr: b'...' (double quotes when the bytes hold ' and no "). */
export function bytesRepr(b: number[], bytearray = false): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? 0x22 : 0x27;
  let s = "b" + String.fromCharCode(quote);
  for (const c of b) {
    // bytearray's repr (bytearray_repr) escapes ' even inside double quotes.
    if (c === quote || c === 0x5c || (bytearray && c === 0x27)) s += "\\" + String.fromCharCode(c);
    else if (c === 0x09) s += "\\t";
    else if (c === 0x0a) s += "\\n";
    else if (c === 0x0d) s += "\\r";
    else if (c < 0x20 || c >= 0x7f) s += "\\x" + c.toString(16).padStart(2, "0");
    else s += String.fromCharCode(c);
  }
  return s + String.fromCharCode(quote);
}

export class PyBytes extends PyBytesLike {
  _make(b: number[]): PyBytes { return new PyBytes(b); }
  get __typename__(): string { return "bytes"; }
  __repr__(): string { return bytesRepr(this._b); }
  /** Any stable value will do: CPython's bytes hash is randomized per process. */
  __hash__(): bigint {
    let h = 0n;
    for (const c of this._b) h = (h * 1000003n + BigInt(c)) & ((1n << 61n) - 1n);
    return h;
  }
  /** The dict/set key (see hashKey): equal bytes, equal keys. */
  __hashkey__(): string { return "\0b" + String.fromCharCode(...this._b); }
}

export class PyByteArray extends PyBytesLike {
  _make(b: number[]): PyByteArray { return new PyByteArray(b); }
  get __typename__(): string { return "bytearray"; }
  __repr__(): string { return "bytearray(" + bytesRepr(this._b, true) + ")"; }
  __hashkey__(): never { throw new TypeError("unhashable type: 'bytearray'"); }
  __setitem__(key: any, value: any): void {
    if (key instanceof PySlice) {
      const items = valuesOf(value);
      const [start, stop, step] = key.indicesNum(this._b.length);
      if (step === 1) { this._b.splice(start, Math.max(0, stop - start), ...items); return; }
      const idx: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
      else for (let i = start; i > stop; i += step) idx.push(i);
      if (idx.length !== items.length) throw new ValueError("attempt to assign bytes of size " + items.length + " to extended slice of size " + idx.length);
      idx.forEach((i, k) => (this._b[i] = items[k]));
      return;
    }
    if (typeof key !== "bigint" && typeof key !== "boolean") throw new TypeError("bytearray indices must be integers or slices, not " + typeName(key));
    let i = intArg(key);
    if (i < 0) i += this._b.length;
    if (i < 0 || i >= this._b.length) throw new IndexError("bytearray index out of range");
    this._b[i] = byteValue(value);
  }
  __delitem__(key: any): void {
    if (key instanceof PySlice) {
      const [start, stop, step] = key.indicesNum(this._b.length);
      const drop = new Set<number>();
      if (step > 0) for (let i = start; i < stop; i += step) drop.add(i);
      else for (let i = start; i > stop; i += step) drop.add(i);
      this._b = this._b.filter((_, i) => !drop.has(i));
      return;
    }
    let i = intArg(key);
    if (i < 0) i += this._b.length;
    if (i < 0 || i >= this._b.length) throw new IndexError("bytearray index out of range");
    this._b.splice(i, 1);
  }
  __iadd__(other: any): PyByteArray { this._b.push(...requireBytes(other, "can't concat " + typeName(other) + " to bytearray")); return this; }
  append(x: any): void { this._b.push(byteValue(x)); }
  extend(x: any): void { this._b.push(...valuesOf(x)); }
  insert(index: any, x: any): void {
    let i = intArg(index);
    const n = this._b.length;
    if (i < 0) i = Math.max(0, i + n);
    this._b.splice(Math.min(i, n), 0, byteValue(x));
  }
  pop(index?: any): bigint {
    if (this._b.length === 0) throw new IndexError("pop from empty bytearray");
    let i = index === undefined ? this._b.length - 1 : intArg(index);
    if (i < 0) i += this._b.length;
    if (i < 0 || i >= this._b.length) throw new IndexError("pop index out of range");
    return BigInt(this._b.splice(i, 1)[0]);
  }
  remove(x: any): void {
    const i = this._b.indexOf(byteValue(x));
    if (i < 0) throw new ValueError("value not found in bytearray");
    this._b.splice(i, 1);
  }
  clear(): void { this._b.length = 0; }
  reverse(): void { this._b.reverse(); }
  copy(): PyByteArray { return new PyByteArray(this._b.slice()); }
}

/** The byte values of an iterable of ints or a bytes-like object (bytes(x), bytearray.extend(x)). */
function valuesOf(x: any, rangeMessage = "byte must be in range(0, 256)"): number[] {
  const b = bytesOf(x);
  if (b !== null) return b.slice();
  if (typeof x === "string") throw new TypeError("expected iterable of integers; got: 'str'");
  const out: number[] = [];
  for (const v of iterate(x)) {
    if (typeof v !== "bigint" && typeof v !== "boolean") throw new TypeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    out.push(byteValue(v, rangeMessage));
  }
  return out;
}

/** What bytes(...) and bytearray(...) accept. */
function constructorValues(name: string, args: any[]): number[] {
  const [source, encoding, errors] = params(args, ["source", "encoding", "errors"]);
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw new TypeError(encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
    return [];
  }
  if (typeof source === "string") {
    if (encoding === undefined) throw new TypeError("string argument without an encoding");
    return encodeString(source, encoding, errors ?? "strict");
  }
  if (encoding !== undefined) throw new TypeError("encoding without a string argument");
  if (errors !== undefined) throw new TypeError("errors without a string argument");
  if (typeof source === "bigint" || typeof source === "boolean") {
    const n = intArg(source);
    if (n < 0) throw new ValueError("negative count");
    return new Array(n).fill(0);
  }
  if (typeof source === "number") throw new TypeError("cannot convert 'float' object to " + name);
  if (source === undefined || source === null || (typeof source === "object" && !(bytesOf(source) || typeof source.__iter__ === "function" || Array.isArray(source) || typeof source[Symbol.iterator] === "function"))) {
    throw new TypeError("cannot convert '" + typeName(source) + "' object to " + name);
  }
  return valuesOf(source, name === "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
}

function fromhex(s: any, make: (b: number[]) => PyBytesLike, name: string): PyBytesLike {
  if (typeof s !== "string") throw new TypeError("fromhex() argument must be str, not " + typeName(s));
  const out: number[] = [];
  const hexDigit = (c: string) => /[0-9a-fA-F]/.test(c);
  let i = 0;
  while (i < s.length) {
    if (WHITESPACE.has(s.charCodeAt(i))) { i++; continue; }
    if (!hexDigit(s[i]) || i + 1 >= s.length || !hexDigit(s[i + 1])) {
      const at = hexDigit(s[i]) ? i + 1 : i;
      throw new ValueError("non-hexadecimal number found in fromhex() arg at position " + at);
    }
    out.push(parseInt(s.slice(i, i + 2), 16));
    i += 2;
  }
  void name;
  return make(out);
}

/** bytes(...): callable without `new`; `bytes.fromhex`; isinstance/type see PyBytes instances. */
export const bytes: any = function bytes(...args: any[]): PyBytes {
  return new PyBytes(constructorValues("bytes", args));
};
bytes.prototype = PyBytes.prototype;
Object.defineProperty(PyBytes.prototype, "constructor", { value: bytes, writable: true, configurable: true });
bytes.fromhex = (s: any) => fromhex(s, (b) => new PyBytes(b), "bytes");
registerBuiltinType(bytes, "bytes");

export const bytearray: any = function bytearray(...args: any[]): PyByteArray {
  return new PyByteArray(constructorValues("bytearray", args));
};
bytearray.prototype = PyByteArray.prototype;
Object.defineProperty(PyByteArray.prototype, "constructor", { value: bytearray, writable: true, configurable: true });
bytearray.fromhex = (s: any) => fromhex(s, (b) => new PyByteArray(b), "bytearray");
registerBuiltinType(bytearray, "bytearray");

/** A bytes literal of the program: its bytes as the char codes of a string. */
export function bytesLiteral(s: string): PyBytes {
  const b: number[] = new Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return new PyBytes(b);
}

// ---- codecs ----

/** The codecs we implement, by CPython's normalized name (lowercase, '-' and ' ' → '_'). */
function codecName(encoding: any): "utf-8" | "ascii" | "latin-1" {
  if (typeof encoding !== "string") throw new TypeError("decode() argument 'encoding' must be str, not " + typeName(encoding));
  const n = encoding.toLowerCase().replace(/[- ]/g, "_");
  if (n === "utf_8" || n === "utf8" || n === "u8" || n === "utf") return "utf-8";
  if (n === "ascii" || n === "us_ascii" || n === "646") return "ascii";
  if (n === "latin_1" || n === "latin1" || n === "latin" || n === "iso_8859_1" || n === "iso8859_1" || n === "l1" || n === "8859" || n === "cp819") return "latin-1";
  throw new LookupError("unknown encoding: " + encoding);
}

function checkErrors(errors: any): string {
  if (typeof errors !== "string") throw new TypeError("argument 'errors' must be str, not " + typeName(errors));
  return errors;
}
function unknownHandler(errors: string): never {
  throw new LookupError("unknown error handler name '" + errors + "'");
}

/** str.encode(encoding, errors): CPython's codec result, its UnicodeEncodeError, or a handler's replacement. */
export function encodeString(s: string, encoding: any, errors: any): number[] {
  const codec = codecName(encoding);
  errors = checkErrors(errors);
  const points = Array.from(s).map((c) => pythonCodePoint(c.codePointAt(0)!));
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const encodable = (c: number) => c < limit && !(codec === "utf-8" && c >= 0xd800 && c <= 0xdfff);
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const c = points[i];
    if (encodable(c)) { pushEncoded(out, c, codec); continue; }
    let end = i + 1;
    while (end < points.length && !encodable(points[end])) end++;
    switch (errors) {
      case "strict": {
        const reason = codec === "utf-8" ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        throw new UnicodeEncodeError(codec, s, BigInt(i), BigInt(end), reason);
      }
      case "ignore": break;
      case "replace": for (let k = i; k < end; k++) out.push(0x3f); break;
      case "backslashreplace":
        for (let k = i; k < end; k++) {
          const p = points[k];
          const esc = p <= 0xff ? "\\x" + p.toString(16).padStart(2, "0") : p <= 0xffff ? "\\u" + p.toString(16).padStart(4, "0") : "\\U" + p.toString(16).padStart(8, "0");
          for (const ch of esc) out.push(ch.charCodeAt(0));
        }
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) for (const ch of "&#" + points[k] + ";") out.push(ch.charCodeAt(0));
        break;
      default: unknownHandler(errors);
    }
    i = end - 1;
  }
  return out;
}
function pushEncoded(out: number[], c: number, codec: string): void {
  if (codec !== "utf-8" || c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/**
 * One UTF-8 sequence at b[i]: [code point, length], or [-1, bad span, reason] with CPython's
 * error span (the maximal valid prefix of a sequence, at least one byte).
 */
function utf8At(b: number[], i: number): [number, number, string?] {
  const c = b[i];
  if (c < 0x80) return [c, 1];
  let need: number, lo = 0x80, hi = 0xbf, cp: number;
  if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
  else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
  else return [-1, 1, "invalid start byte"];
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return [-1, k, "unexpected end of data"];
    const d = b[i + k];
    if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return [-1, k, "invalid continuation byte"];
    cp = (cp << 6) | (d & 0x3f);
  }
  return [cp, need + 1];
}

export function decodeBytes(b: number[], obj: any, encoding: any, errors: any): string {
  const codec = codecName(encoding);
  errors = checkErrors(errors);
  let out = "";
  for (let i = 0; i < b.length; ) {
    let cp: number, len: number, reason: string | undefined;
    if (codec === "utf-8") [cp, len, reason] = utf8At(b, i);
    else if (codec === "ascii" && b[i] >= 0x80) [cp, len, reason] = [-1, 1, "ordinal not in range(128)"];
    else [cp, len] = [b[i], 1];
    if (cp >= 0) {
      out += cp < 0x80 ? String.fromCharCode(cp) : fromPythonCodePoint(cp);
    } else {
      switch (errors) {
        case "strict": throw new UnicodeDecodeError(codec, obj instanceof PyBytes ? obj : new PyBytes(b.slice()), BigInt(i), BigInt(i + len), reason!);
        case "ignore": break;
        case "replace": out += "\ufffd"; break;
        case "backslashreplace": for (let k = i; k < i + len; k++) out += "\\x" + b[k].toString(16).padStart(2, "0"); break;
        case "surrogateescape": for (let k = i; k < i + len; k++) out += fromPythonCodePoint(0xdc00 + b[k]); break;
        default: unknownHandler(errors);
      }
    }
    i += len;
  }
  return out;
}

/** str.encode(encoding='utf-8', errors='strict') */
export function strEncode(s: string, ...args: any[]): PyBytes {
  const [encoding, errors] = params(args, ["encoding", "errors"]);
  return new PyBytes(encodeString(s, encoding ?? "utf-8", errors ?? "strict"));
}

// ---- int.to_bytes / int.from_bytes ----

function byteOrder(order: any): boolean {
  if (order !== "big" && order !== "little") {
    if (typeof order !== "string") throw new TypeError("to_bytes() argument 'byteorder' must be str, not " + typeName(order));
    throw new ValueError("byteorder must be either 'little' or 'big'");
  }
  return order === "little";
}

/** (n).to_bytes(length=1, byteorder='big', *, signed=False) */
export function intToBytes(self: any, ...args: any[]): PyBytes {
  const [lengthArg, orderArg, signedArg] = params(args, ["length", "byteorder", "signed"]);
  let n = typeof self === "boolean" ? (self ? 1n : 0n) : (self as bigint);
  const length = lengthArg === undefined ? 1 : intArg(lengthArg);
  if (length < 0) throw new ValueError("length argument must be non-negative");
  const little = byteOrder(orderArg ?? "big");
  const signed = signedArg === true;
  if (n < 0n && !signed) throw new OverflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed ? n >= 1n << (bits - 1n) || n < -(1n << (bits - 1n)) : n >= 1n << bits) throw new OverflowError("int too big to convert");
  if (n < 0n) n += 1n << bits;
  const out: number[] = [];
  for (let i = 0; i < length; i++) { out.push(Number(n & 0xffn)); n >>= 8n; }
  return new PyBytes(little ? out : out.reverse());
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) */
export function intFromBytes(...args: any[]): bigint {
  const [source, orderArg, signedArg] = params(args, ["bytes", "byteorder", "signed"]);
  const b = bytesOf(source) ?? valuesOf(source);
  const little = byteOrder(orderArg ?? "big");
  let n = 0n;
  const ordered = little ? b.slice().reverse() : b;
  for (const v of ordered) n = (n << 8n) | BigInt(v);
  if (signedArg === true && b.length > 0 && n >= 1n << BigInt(b.length * 8 - 1)) n -= 1n << BigInt(b.length * 8);
  return n;
}
