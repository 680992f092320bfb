// Methods of str and list, callable as str.join(s, xs) and through callMethod.
import { TypeError, ValueError, IndexError } from "./exceptions";
import { PyTuple, isKwargs, tupleFromArray } from "./values";
import { str, repr, typeName } from "./repr";
import { iterate, toArray } from "./iter";
import { eq, lt, truthy } from "./ops";
import { strFormat, format } from "./format";
import { strEncode } from "./bytes";

const WS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const WS_RUN = new RegExp("[" + WS + "]+", "g");
const WS_LEAD = new RegExp("^[" + WS + "]+");
const WS_TRAIL = new RegExp("[" + WS + "]+$");
function escapeRe(s: string): string { return s.replace(/[.*+?^${}()|[\]\\\/-]/g, "\\$&"); }
function needStr(x: any, what: string): string {
  if (typeof x !== "string") throw new TypeError(what + " arg must be None or str");
  return x;
}
function kwOf(args: any[]): any { return args.length > 0 && isKwargs(args[args.length - 1]) ? args.pop() : null; }
function cpLen(s: string): number { return /[\ud800-\udfff]/.test(s) ? Array.from(s).length : s.length; }
function padTo(s: string, width: any, fill: any, mode: number): string {
  const w = Number(width);
  const f = fill === undefined ? " " : fill;
  if (typeof f !== "string" || cpLen(f) !== 1) throw new TypeError("The fill character must be exactly one character long");
  const n = w - cpLen(s);
  if (n <= 0) return s;
  if (mode === 0) return s + f.repeat(n);
  if (mode === 1) return f.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & w & 1);
  return f.repeat(left) + s + f.repeat(n - left);
}
function idxArg(x: any, n: number, dflt: number): number {
  if (x === undefined || x === null) return dflt;
  let i = Number(x);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  return Math.min(i, n);
}
function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let rest = s.replace(WS_LEAD, "");
  while (rest.length > 0) {
    if (maxsplit >= 0 && out.length >= maxsplit) { out.push(rest); return out; }
    WS_RUN.lastIndex = 0;
    const m = WS_RUN.exec(rest);
    if (!m) { out.push(rest); break; }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}
function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let rest = s.replace(WS_TRAIL, "");
  while (rest.length > 0) {
    if (maxsplit >= 0 && out.length >= maxsplit) { out.unshift(rest); return out; }
    const m = new RegExp("[" + WS + "]+(?=[^" + WS + "]*$)").exec(rest);
    if (!m) { out.unshift(rest); break; }
    out.unshift(rest.slice(m.index + m[0].length));
    rest = rest.slice(0, m.index);
  }
  return out;
}
function checkStrSelf(self: any, name: string): string {
  if (typeof self !== "string") throw new TypeError("descriptor '" + name + "' for 'str' objects doesn't apply to a '" + typeName(self) + "' object");
  return self;
}

/** str methods; each takes self first. Keyword args as trailing plain object. */
export const STR_METHODS: { [name: string]: (self: any, ...args: any[]) => any } = {
  join(self: string, iterable: any): string {
    checkStrSelf(self, "join");
    // CPython collects the whole iterable first, then checks the items.
    const parts: any[] = Array.isArray(iterable) ? iterable : Array.from(iterate(iterable));
    for (let i = 0; i < parts.length; i++) {
      if (typeof parts[i] !== "string") throw new TypeError("sequence item " + i + ": expected str instance, " + typeName(parts[i]) + " found");
    }
    return parts.join(self);
  },
  split(self: string, ...args: any[]): any[] {
    const kw = kwOf(args);
    let sep = args.length > 0 ? args[0] : kw && kw.sep;
    let maxsplit = Number(args.length > 1 ? args[1] : kw && kw.maxsplit !== undefined ? kw.maxsplit : -1n);
    if (sep === undefined || sep === null) return splitWs(self, maxsplit);
    sep = needStr(sep, "must be str or None, not");
    if (sep === "") throw new ValueError("empty separator");
    if (maxsplit < 0) return self.split(sep);
    const out: string[] = [];
    let rest = self;
    while (out.length < maxsplit) {
      const k = rest.indexOf(sep);
      if (k < 0) break;
      out.push(rest.slice(0, k)); rest = rest.slice(k + sep.length);
    }
    out.push(rest);
    return out;
  },
  rsplit(self: string, ...args: any[]): any[] {
    const kw = kwOf(args);
    let sep = args.length > 0 ? args[0] : kw && kw.sep;
    let maxsplit = Number(args.length > 1 ? args[1] : kw && kw.maxsplit !== undefined ? kw.maxsplit : -1n);
    if (sep === undefined || sep === null) return rsplitWs(self, maxsplit);
    if (sep === "") throw new ValueError("empty separator");
    if (maxsplit < 0) return self.split(sep);
    const out: string[] = [];
    let rest = self;
    while (out.length < maxsplit) {
      const k = rest.lastIndexOf(sep);
      if (k < 0) break;
      out.unshift(rest.slice(k + sep.length)); rest = rest.slice(0, k);
    }
    out.unshift(rest);
    return out;
  },
  splitlines(self: string, keepends?: any): any[] {
    const out: string[] = [];
    const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0, m: RegExpExecArray | null;
    while ((m = re.exec(self))) {
      out.push(self.slice(last, truthy(keepends) ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < self.length) out.push(self.slice(last));
    return out;
  },
  strip(self: string, chars?: any): string {
    if (chars === undefined || chars === null) return self.replace(WS_LEAD, "").replace(WS_TRAIL, "");
    if (chars === "") return self;
    const c = escapeRe(chars);
    return self.replace(new RegExp("^[" + c + "]+", "u"), "").replace(new RegExp("[" + c + "]+$", "u"), "");
  },
  lstrip(self: string, chars?: any): string {
    if (chars === undefined || chars === null) return self.replace(WS_LEAD, "");
    if (chars === "") return self;
    return self.replace(new RegExp("^[" + escapeRe(chars) + "]+", "u"), "");
  },
  rstrip(self: string, chars?: any): string {
    if (chars === undefined || chars === null) return self.replace(WS_TRAIL, "");
    if (chars === "") return self;
    return self.replace(new RegExp("[" + escapeRe(chars) + "]+$", "u"), "");
  },
  upper(self: string): string { return self.toUpperCase(); },
  lower(self: string): string { return self.toLowerCase(); },
  casefold(self: string): string { return self.toLowerCase(); },
  swapcase(self: string): string { return Array.from(self).map((c) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()).join(""); },
  title(self: string): string {
    return self.replace(/[\p{L}\p{N}'\u2019]+/gu, (w) => {
      return w.replace(/[\p{L}\p{N}]+/gu, (p) => p[0].toUpperCase() + p.slice(1).toLowerCase());
    }).replace(/(?<=[\p{L}])'(\p{L})/gu, (_m, c) => "'" + c.toLowerCase());
  },
  capitalize(self: string): string { return self.length === 0 ? self : self[0].toUpperCase() + self.slice(1).toLowerCase(); },
  replace(self: string, old: string, nw: string, count?: any): string {
    let n = count === undefined || count === null ? -1 : Number(count);
    if (n < 0) return old === "" ? Array.from(self).map((c) => nw + c).join("") + nw : self.split(old).join(nw);
    let out = "", rest = self;
    while (n-- > 0) {
      const k = rest.indexOf(old);
      if (k < 0) break;
      if (old === "") { out += nw + rest.slice(0, 1); rest = rest.slice(1); if (rest === "" ) { n = 0; } continue; }
      out += rest.slice(0, k) + nw; rest = rest.slice(k + old.length);
    }
    return out + rest;
  },
  startswith(self: string, prefix: any, start?: any, end?: any): boolean {
    const s = self.slice(idxArg(start, self.length, 0), idxArg(end, self.length, self.length));
    if (prefix instanceof PyTuple) return prefix.some((p: string) => s.startsWith(p));
    if (typeof prefix !== "string") throw new TypeError("startswith first arg must be str or a tuple of str, not " + typeName(prefix));
    return s.startsWith(prefix);
  },
  endswith(self: string, suffix: any, start?: any, end?: any): boolean {
    const s = self.slice(idxArg(start, self.length, 0), idxArg(end, self.length, self.length));
    if (suffix instanceof PyTuple) return suffix.some((p: string) => s.endsWith(p));
    if (typeof suffix !== "string") throw new TypeError("endswith first arg must be str or a tuple of str, not " + typeName(suffix));
    return s.endsWith(suffix);
  },
  find(self: string, sub: string, start?: any, end?: any): bigint {
    const a = idxArg(start, self.length, 0), b = idxArg(end, self.length, self.length);
    const k = self.slice(0, b).indexOf(sub, a);
    return BigInt(k);
  },
  rfind(self: string, sub: string, start?: any, end?: any): bigint {
    const a = idxArg(start, self.length, 0), b = idxArg(end, self.length, self.length);
    const k = self.slice(0, b).lastIndexOf(sub);
    return BigInt(k >= a ? k : -1);
  },
  index(self: string, sub: string, start?: any, end?: any): bigint {
    const k = STR_METHODS.find(self, sub, start, end);
    if (k < 0n) throw new ValueError("substring not found");
    return k;
  },
  rindex(self: string, sub: string, start?: any, end?: any): bigint {
    const k = STR_METHODS.rfind(self, sub, start, end);
    if (k < 0n) throw new ValueError("substring not found");
    return k;
  },
  count(self: string, sub: string, start?: any, end?: any): bigint {
    const s = self.slice(idxArg(start, self.length, 0), idxArg(end, self.length, self.length));
    if (sub === "") return BigInt(cpLen(s) + 1);
    return BigInt(s.split(sub).length - 1);
  },
  format(self: string, ...args: any[]): string { return strFormat(self, ...args); },
  format_map(self: string, mapping: any): string { return strFormat(self, Object.fromEntries(Array.from(iterate(mapping), (k: any) => [k, mapping.__getitem__(k)]))); },
  isdigit(self: string): boolean { return self.length > 0 && /^\p{Nd}+$/u.test(self); },
  isdecimal(self: string): boolean { return self.length > 0 && /^\p{Nd}+$/u.test(self); },
  isnumeric(self: string): boolean { return self.length > 0 && /^\p{N}+$/u.test(self); },
  isalpha(self: string): boolean { return self.length > 0 && /^\p{L}+$/u.test(self); },
  isalnum(self: string): boolean { return self.length > 0 && /^[\p{L}\p{N}]+$/u.test(self); },
  isspace(self: string): boolean { return self.length > 0 && new RegExp("^[" + WS + "]+$").test(self); },
  isupper(self: string): boolean { return /\p{Lu}/u.test(self) && !/\p{Ll}/u.test(self); },
  islower(self: string): boolean { return /\p{Ll}/u.test(self) && !/\p{Lu}/u.test(self); },
  isidentifier(self: string): boolean { return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(self); },
  istitle(self: string): boolean { return self.length > 0 && STR_METHODS.title(self) === self && /\p{L}/u.test(self); },
  isascii(self: string): boolean { return /^[\x00-\x7f]*$/.test(self); },
  center(self: string, width: any, fill?: any): string { return padTo(self, width, fill, 2); },
  ljust(self: string, width: any, fill?: any): string { return padTo(self, width, fill, 0); },
  rjust(self: string, width: any, fill?: any): string { return padTo(self, width, fill, 1); },
  zfill(self: string, width: any): string {
    const w = Number(width);
    const n = w - cpLen(self);
    if (n <= 0) return self;
    if (self[0] === "-" || self[0] === "+") return self[0] + "0".repeat(n) + self.slice(1);
    return "0".repeat(n) + self;
  },
  partition(self: string, sep: string): PyTuple {
    const k = self.indexOf(sep);
    return k < 0 ? tupleFromArray([self, "", ""]) : tupleFromArray([self.slice(0, k), sep, self.slice(k + sep.length)]);
  },
  rpartition(self: string, sep: string): PyTuple {
    const k = self.lastIndexOf(sep);
    return k < 0 ? tupleFromArray(["", "", self]) : tupleFromArray([self.slice(0, k), sep, self.slice(k + sep.length)]);
  },
  removeprefix(self: string, p: string): string { return p && self.startsWith(p) ? self.slice(p.length) : self; },
  removesuffix(self: string, p: string): string { return p && self.endsWith(p) ? self.slice(0, self.length - p.length) : self; },
  expandtabs(self: string, tabsize?: any): string {
    const ts = tabsize === undefined ? 8 : Number(tabsize);
    let col = 0, out = "";
    for (const c of self) {
      if (c === "\t") { const n = ts > 0 ? ts - (col % ts) : 0; out += " ".repeat(n); col += n; }
      else if (c === "\n" || c === "\r") { out += c; col = 0; }
      else { out += c; col++; }
    }
    return out;
  },
  encode(self: string, ...args: any[]): any { return strEncode(self, ...args); },
  __len__(self: string): bigint { return BigInt(cpLen(self)); },
  __contains__(self: string, x: any): boolean { return self.includes(x); },
  __format__(self: string, spec: string): string { return format(self, spec); },
  __str__(self: string): string { return self; },
  __repr__(self: string): string { return repr(self); },
};

// How a sort key is called: any Python callable (itemgetter, partial, an instance with __call__);
// builtins.ts installs calls.callValue (importing it here would make an import cycle).
let callKey: (key: any, x: any) => any = (key, x) => key(x);
export function setSortKeyCaller(f: (key: any, x: any) => any): void { callKey = f; }

function sortInPlace(a: any[], key: any, reverse: boolean): void {
  const keys = key === undefined || key === null ? a.slice() : a.map((x) => callKey(key, x));
  const idx = a.map((_x, i) => i);
  const cmp = reverse
    ? (i: number, j: number) => (lt(keys[j], keys[i]) ? -1 : lt(keys[i], keys[j]) ? 1 : 0)
    : (i: number, j: number) => (lt(keys[i], keys[j]) ? -1 : lt(keys[j], keys[i]) ? 1 : 0);
  idx.sort(cmp);
  const vals = idx.map((i) => a[i]);
  for (let i = 0; i < vals.length; i++) a[i] = vals[i];
}
/** Sort helper shared with sorted(). */
export function pySortArray(a: any[], key: any, reverse: any): any[] { sortInPlace(a, key, truthy(reverse)); return a; }

function seqIndex(self: any[], x: any, start?: any, end?: any): bigint {
  const a = idxArg(start, self.length, 0), b = idxArg(end, self.length, self.length);
  for (let i = a; i < b; i++) if (self[i] === x || eq(self[i], x)) return BigInt(i);
  throw new ValueError(self instanceof PyTuple ? "tuple.index(x): x not in tuple" : repr(x) + " is not in list");
}
function seqCount(self: any[], x: any): bigint {
  let n = 0;
  for (let i = 0; i < self.length; i++) if (self[i] === x || eq(self[i], x)) n++;
  return BigInt(n);
}

/** list methods; each takes self first. */
/**
 * CPython's argument-count errors for list methods; `given` counts the
 * arguments after self (a trailing keyword object: keywords were passed).
 */
function listArity(name: string, args: IArguments, min: number, max: number): void {
  let given = args.length - 1;
  if (given > 0 && isKwargs(args[given])) throw new TypeError(`list.${name}() takes no keyword arguments`);
  if (given >= min && given <= max) return;
  if (min === 1 && max === 1) throw new TypeError(`list.${name}() takes exactly one argument (${given} given)`);
  if (max === 0) throw new TypeError(`list.${name}() takes no arguments (${given} given)`);
  if (min === max) throw new TypeError(`${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${given}`);
  if (given < min) throw new TypeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${given}`);
  throw new TypeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${given}`);
}

export const LIST_METHODS: { [name: string]: (self: any, ...args: any[]) => any } = {
  append(self: any[], x: any): void {
    if (arguments.length !== 2) listArity("append", arguments, 1, 1);
    self.push(x);
  },
  extend(self: any[], it: any): void {
    if (arguments.length !== 2) listArity("extend", arguments, 1, 1);
    const items = toArray(it);
    for (const x of items) self.push(x);
  },
  insert(self: any[], i: any, x: any): void {
    if (arguments.length !== 3) listArity("insert", arguments, 2, 2);
    let k = Number(i);
    if (k < 0) { k += self.length; if (k < 0) k = 0; }
    if (k > self.length) k = self.length;
    self.splice(k, 0, x);
  },
  pop(self: any[], i?: any): any {
    if (arguments.length > 2) listArity("pop", arguments, 0, 1);
    if (self.length === 0) throw new IndexError("pop from empty list");
    if (i === undefined) return self.pop();
    let k = Number(i);
    if (k < 0) k += self.length;
    if (k < 0 || k >= self.length) throw new IndexError("pop index out of range");
    return self.splice(k, 1)[0];
  },
  remove(self: any[], x: any): void {
    if (arguments.length !== 2) listArity("remove", arguments, 1, 1);
    for (let i = 0; i < self.length; i++) if (self[i] === x || eq(self[i], x)) { self.splice(i, 1); return; }
    throw new ValueError("list.remove(x): x not in list");
  },
  index(self: any[], ...args: any[]): any {
    if (args.length < 1 || args.length > 3) listArity("index", arguments, 1, 3);
    return seqIndex(self, args[0], args[1], args[2]);
  },
  count(self: any[], x: any): any {
    if (arguments.length !== 2) listArity("count", arguments, 1, 1);
    return seqCount(self, x);
  },
  sort(self: any[], ...args: any[]): void {
    const kw = kwOf(args) || {};
    if (args.length > 0) throw new TypeError("sort() takes no positional arguments");
    sortInPlace(self, kw.key, truthy(kw.reverse));
  },
  reverse(self: any[]): void {
    if (arguments.length !== 1) listArity("reverse", arguments, 0, 0);
    self.reverse();
  },
  copy(self: any[]): any[] {
    if (arguments.length !== 1) listArity("copy", arguments, 0, 0);
    return self.slice();
  },
  clear(self: any[]): void {
    if (arguments.length !== 1) listArity("clear", arguments, 0, 0);
    self.length = 0;
  },
};
export const TUPLE_METHODS: { [name: string]: (self: any, ...args: any[]) => any } = { index: seqIndex, count: seqCount };

/** `str.upper(x)`: the method read from the class checks its first argument as CPython's descriptor does. */
function strDescriptor(name: string): (...args: any[]) => any {
  const method = STR_METHODS[name];
  const f = (...args: any[]): any => {
    if (args.length === 0) throw new TypeError(`unbound method str.${name}() needs an argument`);
    if (typeof args[0] !== "string") {
      throw new TypeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(args[0])}' object`);
    }
    return method(...(args as [any, ...any[]]));
  };
  Object.defineProperty(f, "name", { value: name });
  return f;
}
for (const k of Object.keys(STR_METHODS)) if (!k.startsWith("__")) (str as any)[k] = strDescriptor(k);
void str;
