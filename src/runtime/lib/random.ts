// Python's `random` module (CPython 3.11's Lib/random.py over _random's
// Mersenne Twister): the same seed gives the same sequence of every function,
// bit for bit. Floats come from genrand_res53; ints from getrandbits through
// _randbelow, as CPython.

import { pyModule, type PyTypeObject } from "../module";
import { boundMethod } from "../attributes";
import { TypeError, ValueError, IndexError, OverflowError, ZeroDivisionError } from "../exceptions";
import { typeName, registerBuiltinFunction, str } from "../repr";
import { PyTuple, PyRange, tupleOf, tupleFromArray, addressOf, isKwargs } from "../values";
import { PyBytes, PyBytesLike, encodeString } from "../bytes";
import { add, sub, mul, truediv, mod, pow as pyPow, eq, lt, le, gt, getitem, setitem } from "../ops";
import { int, float, hash, len, range, PyObject } from "../builtins";
import { iterate } from "../iter";
import { crExp, crLog, crSin, crCos, crAcos, crPow } from "../libm";
import { bindArguments, signature, signatureOf, Signature } from "../calls";

// ---- SHA-512 (FIPS 180-4), for seed(str | bytes): int.from_bytes(a + sha512(a).digest()) ----

const MASK = (1n << 64n) - 1n;

const K: bigint[] = [
  "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538", "59f111f1b605d019",
  "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe", "243185be4ee4b28c", "550c7dc3d5ffb4e2",
  "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235", "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3",
  "0fc19dc68b8cd5b5", "240ca1cc77ac9c65", "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5",
  "983e5152ee66dfab", "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725",
  "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed", "53380d139d95b3df",
  "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b", "a2bfe8a14cf10364", "a81a664bbc423001",
  "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218", "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8",
  "19a4c116b8d2d0c8", "1e376c085141ab53", "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb",
  "5b9cca4f7763e373", "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec",
  "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c", "d186b8c721c0c207",
  "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6", "113f9804bef90dae", "1b710b35131c471b",
  "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc", "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a",
  "5fcb6fab3ad6faec", "6c44198c4a475817",
].map((h) => BigInt("0x" + h));

const H0: bigint[] = [
  "6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1",
  "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179",
].map((h) => BigInt("0x" + h));

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

/** The 64-byte SHA-512 digest of `data` (bytes as numbers 0..255). */
function sha512(data: number[]): number[] {
  const bitLength = BigInt(data.length) * 8n;
  const msg = data.slice();
  msg.push(0x80);
  while (msg.length % 128 !== 112) msg.push(0);
  for (let i = 15; i >= 0; i--) msg.push(Number((bitLength >> BigInt(i * 8)) & 0xffn));
  const h = H0.slice();
  const w: bigint[] = new Array(80);
  for (let block = 0; block < msg.length; block += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(msg[block + t * 8 + b]);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + S1 + ch + K[t] + w[t]) & MASK;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK;
      hh = g; g = f; f = e; e = (d + t1) & MASK; d = c; c = b; b = a; a = (t1 + t2) & MASK;
    }
    const add = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + add[i]) & MASK;
  }
  const out: number[] = [];
  for (const v of h) for (let b = 7; b >= 0; b--) out.push(Number((v >> BigInt(b * 8)) & 0xffn));
  return out;
}

// ---- MT19937, as CPython's Modules/_randommodule.c ----

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** Mersenne Twister state: 624 words and the index of the next one to temper. */
class MersenneTwister {
  mt = new Uint32Array(N);
  mti = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** genrand_uint32: the next 32-bit output. */
  next(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

/** The 32-bit words of a non-negative int, least significant first ([0] for 0): init_by_array's key. */
function wordsOf(n: bigint): number[] {
  const key: number[] = [];
  do {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return key;
}

// ---- argument binding: CPython's messages for the methods' Python signatures ----

const NO_KEYWORDS: Record<string, any> = Object.freeze(Object.create(null));
const SIGNATURES = new Map<string, Signature>();

/** Registers `Random.<name>`'s parameters (spec as calls.ts's `signature`, `self` first). */
function declare(name: string, spec: string): void {
  SIGNATURES.set(name, signatureOf(signature(function () {}, spec, `Random.${name}`))!);
}

/**
 * The arguments of a call of method `name` as its parameter slots
 * (undefined for a default), keyword-only ones in a trailing object;
 * CPython's TypeError when they do not fit.
 */
function bind(name: string, self: any, args: any[]): any[] {
  const sig = SIGNATURES.get(name)!;
  let keywords = NO_KEYWORDS;
  if (args.length && isKwargs(args[args.length - 1])) {
    keywords = args[args.length - 1];
    args = args.slice(0, -1);
  }
  const bound = bindArguments(sig, [self, ...args], keywords);
  bound.shift();
  return bound;
}

declare("__init__", "self, x=");
declare("seed", "self, a=, version=");
declare("getstate", "self");
declare("setstate", "self, state");
declare("getrandbits", "self, k, /");
declare("randbytes", "self, n");
declare("randrange", "self, start, stop=, step=");
declare("randint", "self, a, b");
declare("choice", "self, seq");
declare("shuffle", "self, x");
declare("sample", "self, population, k, *, counts=");
declare("choices", "self, population, weights=, *, cum_weights=, k=");
declare("uniform", "self, a, b");
declare("triangular", "self, low=, high=, mode=");
declare("normalvariate", "self, mu=, sigma=");
declare("gauss", "self, mu=, sigma=");
declare("lognormvariate", "self, mu, sigma");
declare("expovariate", "self, lambd");
declare("vonmisesvariate", "self, mu, kappa");
declare("gammavariate", "self, alpha, beta");
declare("betavariate", "self, alpha, beta");
declare("paretovariate", "self, alpha");
declare("weibullvariate", "self, alpha, beta");

// ---- helpers with Python semantics ----

/** operator.index(x), or undefined when x has no __index__ (the caller decides). */
function indexOrUndefined(x: any): bigint | undefined {
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return x.__index__();
  return undefined;
}

function requireIndex(x: any): bigint {
  const i = indexOrUndefined(x);
  if (i === undefined) throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return i;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** randrange's argument: an index, or (deprecated) an integral value int() accepts; else ValueError `what`. */
function randrangeArgument(x: any, what: string): bigint {
  const i = indexOrUndefined(x);
  if (i !== undefined) return i;
  const converted: bigint = int(x);
  if (!eq(converted, x)) throw new ValueError(`non-integer ${what} for randrange()`);
  return converted;
}

/** math.log with CPython's error for a non-positive argument. */
function log(x: number): number {
  if (x <= 0) throw new ValueError("math domain error");
  return crLog(x);
}

/** x ** y as CPython's float power (the C library's pow, correctly rounded) where both are floats and x > 0. */
function pow(x: any, y: any): any {
  return typeof x === "number" && typeof y === "number" && x > 0 ? crPow(x, y) : pyPow(x, y);
}

/** Python float(x) for arithmetic inside the module (ints convert, others raise as float() does). */
function asFloat(x: any): number {
  return typeof x === "number" ? x : float(x);
}

/** bisect.bisect_right(a, x, lo, hi) with Python comparisons. */
function bisectRight(a: any[], x: any, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lt(x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** itertools.accumulate(xs) as a list, with Python addition. */
function accumulate(xs: any): any[] {
  const out: any[] = [];
  let total: any;
  for (const x of iterate(xs)) {
    total = out.length === 0 ? x : add(total, x);
    out.push(total);
  }
  return out;
}

/** collections.abc.Sequence, for sample(): list, tuple, str, range, bytes, bytearray. */
function isSequence(x: any): boolean {
  return typeof x === "string" || Array.isArray(x) || x instanceof PyRange || x instanceof PyBytesLike;
}

const TWOPI = 2.0 * Math.PI;
const LOG4 = crLog(4.0);
const NV_MAGICCONST = (4 * crExp(-0.5)) / Math.sqrt(2.0);
const SG_MAGICCONST = 1.0 + crLog(4.5);
const VERSION = 3n;

// ---- the Random class ----

/**
 * random.Random: a Mersenne Twister generator with its own state. Python
 * instantiation (PyObject's constructor) runs __init__, which seeds; a
 * subclass's __init__ may call it through super().
 */
class RandomObject extends PyObject {
  declare _state: MersenneTwister | undefined;
  declare gauss_next: any;

  __init__(...args: any[]): null {
    const [x] = bind("__init__", this, args);
    this.seed(x ?? null);
    this.gauss_next = null;
    return null;
  }

  /** The generator; seeded from entropy if __init__ never ran (a subclass that does not call it). */
  get _mt(): MersenneTwister {
    if (this._state === undefined) {
      this._state = new MersenneTwister();
      this._seed(null);
    }
    return this._state;
  }

  __repr__(): string {
    const cls = this.constructor as any;
    return `<${cls.__module__}.${cls.__qualname__} object at ${addressOf(this)}>`;
  }

  seed(...args: any[]): null {
    let [a, version] = bind("seed", this, args);
    a = a ?? null;
    version = version ?? 2n;
    if (eq(version, 1n) && (typeof a === "string" || a instanceof PyBytes)) {
      const codes = typeof a === "string" ? Array.from(a, (c) => BigInt(c.codePointAt(0)!)) : a._b.map((b: number) => BigInt(b));
      let x = codes.length ? codes[0] << 7n : 0n;
      for (const c of codes) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
      x ^= BigInt(codes.length);
      a = x === -1n ? -2n : x;
    } else if (eq(version, 2n) && (typeof a === "string" || a instanceof PyBytesLike)) {
      const bytes: number[] = typeof a === "string" ? encodeString(a, "utf-8", "strict") : a._b.slice();
      let n = 0n;
      for (const b of bytes.concat(sha512(bytes))) n = (n << 8n) | BigInt(b);
      a = n;
    } else if (!(a === null || typeof a === "bigint" || typeof a === "boolean" || typeof a === "number" || typeof a === "string" || a instanceof PyBytesLike)) {
      throw new TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    if (this._state === undefined) this._state = new MersenneTwister();
    this._seed(a);
    this.gauss_next = null;
    return null;
  }

  /** _random.Random.seed: an int's absolute value, another value's hash as an unsigned 64-bit number, None from entropy. */
  _seed(a: any): void {
    if (a === null) {
      const key: number[] = [];
      for (let i = 0; i < N; i++) key.push(Math.floor(Math.random() * 0x100000000) ^ (Date.now() & 0xffffffff));
      this._mt.initByArray(key.map((w) => w >>> 0));
      return;
    }
    let n: bigint;
    if (typeof a === "bigint") n = a < 0n ? -a : a;
    else if (typeof a === "boolean") n = a ? 1n : 0n;
    else n = BigInt.asUintN(64, hash(a));
    this._mt.initByArray(wordsOf(n));
  }

  random(...args: any[]): number {
    if (args.length) throw new TypeError(`Random.random() takes no arguments (${args.length} given)`);
    const a = this._mt.next() >>> 5;
    const b = this._mt.next() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  getrandbits(...args: any[]): bigint {
    const [kArg] = bind("getrandbits", this, args);
    const kBig = requireIndex(kArg);
    if (kBig < 0n) throw new ValueError("number of bits must be non-negative");
    if (kBig > 0x7fffffffn) throw new OverflowError("Python int too large to convert to C int");
    let k = Number(kBig);
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this._mt.next() >>> (32 - k));
    let result = 0n;
    for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
      let r = this._mt.next();
      if (k < 32) r >>>= 32 - k;
      result |= BigInt(r) << shift;
    }
    return result;
  }

  getstate(...args: any[]): PyTuple {
    bind("getstate", this, args);
    const words: bigint[] = Array.from(this._mt.mt, (w) => BigInt(w));
    words.push(BigInt(this._mt.mti));
    return tupleOf(VERSION, tupleFromArray(words), this.gauss_next);
  }

  setstate(...args: any[]): null {
    const [state] = bind("setstate", this, args);
    const version = getitem(state, 0n);
    if (eq(version, 3n) || eq(version, 2n)) {
      const parts = Array.from(iterate(state));
      if (parts.length !== 3) {
        throw new ValueError(parts.length < 3 ? `not enough values to unpack (expected 3, got ${parts.length})` : "too many values to unpack (expected 3)");
      }
      let internal = parts[1];
      this.gauss_next = parts[2];
      if (eq(version, 2n)) internal = tupleFromArray(Array.from(iterate(internal), (x) => mod(x, 1n << 32n)));
      this._setInternalState(internal);
      return null;
    }
    throw new ValueError(`state with version ${str(version)} passed to Random.setstate() of version 3`);
  }

  /** _random.Random.setstate: a tuple of 624 words and the index. */
  _setInternalState(state: any): void {
    if (!(state instanceof PyTuple)) throw new TypeError("state vector must be a tuple");
    if (state.length !== N + 1) throw new ValueError("state vector is the wrong size");
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const w = requireIndex(state[i]);
      if (w < 0n) throw new OverflowError("can't convert negative value to unsigned int");
      if (w > 0xffffffffn) throw new OverflowError("Python int too large to convert to C unsigned long");
      words[i] = Number(w);
    }
    const index = requireIndex(state[N]);
    if (index < 0n || index > BigInt(N)) throw new ValueError("invalid state");
    this._mt.mt = words;
    this._mt.mti = Number(index);
  }

  _randbelow(n: bigint): bigint {
    const k = BigInt(bitLength(n));
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randbytes(...args: any[]): PyBytes {
    const [nArg] = bind("randbytes", this, args);
    const n = requireIndex(nArg);
    if (n < 0n) throw new ValueError("number of bits must be non-negative");
    let bits = this.getrandbits(n * 8n);
    const out: number[] = [];
    for (let i = 0n; i < n; i++) {
      out.push(Number(bits & 0xffn));
      bits >>= 8n;
    }
    return new PyBytes(out);
  }

  randrange(...args: any[]): bigint {
    const [start, stop, step] = bind("randrange", this, args);
    const istart = randrangeArgument(start, "arg 1");
    if (stop === undefined || stop === null) {
      if (step !== undefined) throw new TypeError("Missing a non-None stop argument");
      if (istart > 0n) return this._randbelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = randrangeArgument(stop, "stop");
    const width = istop - istart;
    const istep = step === undefined ? 1n : randrangeArgument(step, "step");
    if (istep === 1n) {
      if (width > 0n) return istart + this._randbelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0n) throw new ValueError("empty range for randrange()");
    return istart + istep * this._randbelow(n);
  }

  randint(...args: any[]): bigint {
    const [a, b] = bind("randint", this, args);
    return this.randrange(a, add(b, 1n));
  }

  choice(...args: any[]): any {
    const [seq] = bind("choice", this, args);
    const n = len(seq);
    if (n === 0n) throw new IndexError("Cannot choose from an empty sequence");
    return getitem(seq, this._randbelow(n));
  }

  shuffle(...args: any[]): null {
    const [x] = bind("shuffle", this, args);
    for (let i = len(x) - 1n; i >= 1n; i--) {
      const j = this._randbelow(i + 1n);
      const xi = getitem(x, i);
      const xj = getitem(x, j);
      setitem(x, i, xj);
      setitem(x, j, xi);
    }
    return null;
  }

  sample(...args: any[]): any[] {
    const [population, kArg, keywords] = bind("sample", this, args);
    const counts = keywords.counts ?? null;
    if (!isSequence(population)) throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    const n = len(population);
    if (counts !== null) {
      const cumCounts = accumulate(counts);
      if (BigInt(cumCounts.length) !== n) throw new ValueError("The number of counts does not match the population");
      const total = cumCounts.pop();
      if (typeof total !== "bigint" && typeof total !== "boolean") throw new TypeError("Counts must be integers");
      if (!gt(total, 0n)) throw new ValueError("Total of counts must be greater than zero");
      const selections = this.sample(range(total), { k: kArg });
      return selections.map((s) => getitem(population, BigInt(bisectRight(cumCounts, s, 0, cumCounts.length))));
    }
    if (!(le(0n, kArg) && le(kArg, n))) throw new ValueError("Sample larger than population or is negative");
    if (typeof kArg !== "bigint" && typeof kArg !== "boolean") throw new TypeError(`can't multiply sequence by non-int of type '${typeName(kArg)}'`);
    const k = Number(kArg);
    const size = Number(n);
    const result: any[] = new Array(k).fill(null);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(crLog(k * 3) / crLog(4));
    if (size <= setsize) {
      const pool = Array.from(iterate(population));
      for (let i = 0; i < k; i++) {
        const j = Number(this._randbelow(BigInt(size - i)));
        result[i] = pool[j];
        pool[j] = pool[size - i - 1];
      }
    } else {
      const selected = new Set<bigint>();
      for (let i = 0; i < k; i++) {
        let j = this._randbelow(n);
        while (selected.has(j)) j = this._randbelow(n);
        selected.add(j);
        result[i] = getitem(population, j);
      }
    }
    return result;
  }

  choices(...args: any[]): any[] {
    const [population, weightsArg, keywords] = bind("choices", this, args);
    let weights = weightsArg ?? null;
    let cumWeights = keywords.cum_weights ?? null;
    const k = keywords.k ?? 1n;
    const n = len(population);
    const times = (): number => {
      const count = requireIndex(k);
      return count > 0n ? Number(count) : 0;
    };
    if (cumWeights === null) {
      if (weights === null) {
        const nf = Number(n);
        const out: any[] = [];
        for (let i = times(); i > 0; i--) out.push(getitem(population, BigInt(Math.floor(this.random() * nf))));
        return out;
      }
      try {
        cumWeights = accumulate(weights);
      } catch (e) {
        if (!(e instanceof TypeError) || typeof weights !== "bigint") throw e;
        throw new TypeError(`The number of choices must be a keyword argument: k=${weights}`);
      }
    } else if (weights !== null) {
      throw new TypeError("Cannot specify both weights and cumulative weights");
    } else {
      cumWeights = Array.isArray(cumWeights) ? cumWeights : Array.from(iterate(cumWeights));
    }
    if (BigInt(len(cumWeights)) !== n) throw new ValueError("The number of weights does not match the population");
    const total: number = add(getitem(cumWeights, -1n), 0.0);
    if (total <= 0.0) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    const hi = Number(n) - 1;
    const out: any[] = [];
    for (let i = times(); i > 0; i--) out.push(getitem(population, BigInt(bisectRight(cumWeights, this.random() * total, 0, hi))));
    return out;
  }

  uniform(...args: any[]): any {
    const [a, b] = bind("uniform", this, args);
    return add(a, mul(sub(b, a), this.random()));
  }

  triangular(...args: any[]): any {
    let [low, high, mode] = bind("triangular", this, args);
    low = low ?? 0.0;
    high = high ?? 1.0;
    mode = mode ?? null;
    let u = this.random();
    let c: number;
    try {
      c = mode === null ? 0.5 : truediv(sub(mode, low), sub(high, low));
    } catch (e) {
      if (e instanceof ZeroDivisionError) return low;
      throw e;
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return add(low, mul(sub(high, low), Math.sqrt(u * c)));
  }

  normalvariate(...args: any[]): any {
    const [mu, sigma] = bind("normalvariate", this, args);
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -log(u2)) break;
    }
    return add(mu ?? 0.0, mul(z, sigma ?? 1.0));
  }

  gauss(...args: any[]): any {
    const [mu, sigma] = bind("gauss", this, args);
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * log(1.0 - this.random()));
      z = crCos(x2pi) * g2rad;
      this.gauss_next = crSin(x2pi) * g2rad;
    }
    return add(mu ?? 0.0, mul(z, sigma ?? 1.0));
  }

  lognormvariate(...args: any[]): number {
    const [mu, sigma] = bind("lognormvariate", this, args);
    return crExp(asFloat(this.normalvariate(mu, sigma)));
  }

  expovariate(...args: any[]): any {
    const [lambd] = bind("expovariate", this, args);
    return truediv(-log(1.0 - this.random()), lambd);
  }

  vonmisesvariate(...args: any[]): number {
    const [muArg, kappaArg] = bind("vonmisesvariate", this, args);
    const mu = asFloat(muArg);
    const kappa = asFloat(kappaArg);
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = crCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? mod(mu + crAcos(f), TWOPI) : mod(mu - crAcos(f), TWOPI);
  }

  gammavariate(...args: any[]): any {
    const [alphaArg, betaArg] = bind("gammavariate", this, args);
    const alpha = asFloat(alphaArg);
    const beta = asFloat(betaArg);
    if (alpha <= 0.0 || beta <= 0.0) throw new ValueError("gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * crExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -log(1.0 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pow(x, alpha - 1.0)) break;
      } else if (u1 <= crExp(-x)) break;
    }
    return x * beta;
  }

  betavariate(...args: any[]): number {
    const [alpha, beta] = bind("betavariate", this, args);
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(...args: any[]): any {
    const [alpha] = bind("paretovariate", this, args);
    const u = 1.0 - this.random();
    return pow(u, truediv(-1.0, alpha));
  }

  weibullvariate(...args: any[]): any {
    const [alpha, beta] = bind("weibullvariate", this, args);
    const u = 1.0 - this.random();
    return mul(alpha, pow(-log(u), truediv(1.0, beta)));
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * `random.Random(x)`: callable without `new` (emitted code calls it as a
 * function) and usable as a base class; instances are RandomObjects.
 */
const Random: any = function (this: any, ...args: any[]) {
  return Reflect.construct(RandomObject, args, new.target ?? Random);
};
Random.prototype = RandomObject.prototype;
Object.defineProperty(RandomObject.prototype, "constructor", { value: Random, writable: true, configurable: true });
// A class of module `random` (its subclasses, defined by the program, are in __main__).
Random.__isPyClass__ = true;
// Accessors, as registerBuiltinType's: a subclass inherits static properties but has its own names.
for (const [key, own, inherited] of [
  ["__name__", "Random", (c: any) => c.name],
  ["__qualname__", "Random", (c: any) => c.__name__],
  ["__module__", "random", () => "__main__"],
] as [string, string, (c: any) => string][]) {
  Object.defineProperty(Random, key, {
    get(this: any) { return this === Random ? own : inherited(this); },
    set(this: any, v: any) { Object.defineProperty(this, key, { value: v, writable: true, configurable: true }); },
    configurable: true,
  });
}
Object.setPrototypeOf(Random, PyObject);

/** The hidden instance whose bound methods are the module's functions. */
const _inst: RandomObject = new Random();
const METHOD_NAMES = [
  "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices",
  "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
  "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes",
] as const;
const functions: Record<string, (...args: any[]) => any> = {};
for (const name of METHOD_NAMES) functions[name] = boundMethod((RandomObject.prototype as any)[name], _inst, Random);
// random() is a C method in CPython: a builtin_function_or_method, not a bound method.
functions.random = registerBuiltinFunction((...args: any[]) => _inst.random(...args), "random");

export const random = pyModule("random", { Random: Random as PyTypeObject, ...functions });
