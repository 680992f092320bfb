// Python's `math` module: float functions with CPython's domain errors
// ("math domain error"), integer functions on bigints, and the constants.

import { pyModule } from "../module";
import { OverflowError, TypeError, ValueError } from "../exceptions";
import { typeName } from "../repr";
import { iterate } from "../iter";
import { mul } from "../ops";
import { tupleOf } from "../values";
import { callMethodDynamic } from "../calls";
// Correctly rounded, as glibc's (which CPython calls) are in nearly all cases; V8's Math.* are not.
import { crAcos, crCos, crExp, crLog, crPow, crSin } from "../libm";

/** A real number as a double, as PyFloat_AsDouble does (ints, bools, __float__). */
function toFloat(x: any): number {
  if (typeof x === "number") return x;
  if (typeof x === "bigint") {
    const f = Number(x);
    if (!Number.isFinite(f)) throw new OverflowError("int too large to convert to float");
    return f;
  }
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x !== null && typeof x === "object" && typeof x.__float__ === "function") return toFloat(callMethodDynamic(x, "__float__", [], {}));
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

/** An integer argument (bool counts; __index__ is honoured). */
function toInt(x: any): bigint {
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (x !== null && typeof x === "object" && typeof x.__index__ === "function") return toInt(callMethodDynamic(x, "__index__", [], {}));
  if (typeof x === "number") throw new TypeError("'float' object cannot be interpreted as an integer");
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

function domainError(): ValueError {
  return new ValueError("math domain error");
}

/** A float result: NaN from non-NaN input is a domain error, infinity from finite input an overflow. */
function checked(fn: (x: number) => number, allowInfinite = false): (x: any) => number {
  return (x: any) => {
    const v = toFloat(x);
    const r = fn(v);
    if (Number.isNaN(r) && !Number.isNaN(v)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(v) && !allowInfinite) throw new OverflowError("math range error");
    return r;
  };
}

/** floor/ceil/trunc: ints unchanged; floats to int (errors for inf and nan as CPython). */
function integral(round: (x: number) => number, dunder: string): (x: any) => bigint {
  return (x: any) => {
    if (typeof x === "bigint") return x;
    if (typeof x === "boolean") return x ? 1n : 0n;
    if (x !== null && typeof x === "object" && typeof x[dunder] === "function") return callMethodDynamic(x, dunder, [], {});
    const v = toFloat(x);
    if (Number.isNaN(v)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(v)) throw new OverflowError("cannot convert float infinity to integer");
    return BigInt(round(v));
  };
}

function sqrt(x: any): number {
  const v = toFloat(x);
  if (v < 0) throw domainError();
  return Math.sqrt(v);
}

function log(x: any, base?: any): number {
  const ln = (y: any): number => {
    if (typeof y === "bigint" && y > 0n && !Number.isFinite(Number(y))) {
      // ln of a huge int: log(x) + log(2) * e with y = x * 2**e, x in [0.5, 1), as CPython's loghelper does
      const bits = y.toString(2).length;
      const x = Number(y >> BigInt(bits - 64)) / 2 ** 64;
      return crLog(x) + crLog(2.0) * bits;
    }
    const v = toFloat(y);
    if (v <= 0 || Number.isNaN(v)) {
      if (Number.isNaN(v)) return v;
      throw domainError();
    }
    return crLog(v);
  };
  const num = ln(x);
  if (base === undefined) return num;
  const den = ln(base);
  if (den === 0) throw new ValueError("float division by zero");
  return num / den;
}

function log2(x: any): number {
  const v = toFloat(x);
  if (v <= 0) throw domainError();
  return Math.log2(v);
}

function log10(x: any): number {
  const v = toFloat(x);
  if (v <= 0) throw domainError();
  return Math.log10(v);
}

function pow(x: any, y: any): number {
  const a = toFloat(x);
  const b = toFloat(y);
  if (a === 0 && b < 0) throw domainError();
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) throw domainError();
  const r = crPow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw new OverflowError("math range error");
  return a === 1 || b === 0 ? 1 : r;
}

function factorial(n: any): bigint {
  if (typeof n === "number") throw new TypeError("'float' object cannot be interpreted as an integer");
  const k = toInt(n);
  if (k < 0n) throw new ValueError("factorial() not defined for negative values");
  let r = 1n;
  for (let i = 2n; i <= k; i++) r *= i;
  return r;
}

function gcd(...args: any[]): bigint {
  let g = 0n;
  for (const a of args) {
    let x = toInt(a);
    if (x < 0n) x = -x;
    let y = g;
    while (y) [x, y] = [y, x % y];
    g = x;
  }
  return g;
}

function lcm(...args: any[]): bigint {
  let l = 1n;
  if (args.length === 0) return 1n;
  for (const a of args) {
    let x = toInt(a);
    if (x < 0n) x = -x;
    if (x === 0n || l === 0n) {
      l = 0n;
      continue;
    }
    l = (l / gcd(l, x)) * x;
  }
  return l;
}

function isqrt(n: any): bigint {
  const k = toInt(n);
  if (k < 0n) throw new ValueError("isqrt() argument must be nonnegative");
  if (k < 2n) return k;
  let x = BigInt(Math.floor(Math.sqrt(Number(k))));
  // Newton steps from the float estimate until exact
  while (x * x > k) x = (x + k / x) / 2n;
  while ((x + 1n) * (x + 1n) <= k) x += 1n;
  return x;
}

function comb(n: any, k: any): bigint {
  const a = toInt(n);
  const b = toInt(k);
  if (a < 0n) throw new ValueError("n must be a non-negative integer");
  if (b < 0n) throw new ValueError("k must be a non-negative integer");
  if (b > a) return 0n;
  const r = b > a - b ? a - b : b;
  let out = 1n;
  for (let i = 1n; i <= r; i++) out = (out * (a - r + i)) / i;
  return out;
}

function perm(n: any, k: any = null): bigint {
  const a = toInt(n);
  if (a < 0n) throw new ValueError("n must be a non-negative integer");
  const b = k === null ? a : toInt(k);
  if (b < 0n) throw new ValueError("k must be a non-negative integer");
  if (b > a) return 0n;
  let out = 1n;
  for (let i = a - b + 1n; i <= a; i++) out *= i;
  return out;
}

function isclose(a: any, b: any, kw?: any): boolean {
  const x = toFloat(a);
  const y = toFloat(b);
  const rel = kw && kw.rel_tol !== undefined ? toFloat(kw.rel_tol) : 1e-9;
  const abs = kw && kw.abs_tol !== undefined ? toFloat(kw.abs_tol) : 0;
  if (rel < 0 || abs < 0) throw new ValueError("tolerances must be non-negative");
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

/** fsum: exact summation (Shewchuk's partials, as CPython's msum). */
function fsum(iterable: any): number {
  const partials: number[] = [];
  for (const item of iterate(iterable)) {
    let x = toFloat(item);
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let hi = 0;
  let n = partials.length;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo) break;
    }
    // round half-even across the remaining partials, as msum does
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

function prod(iterable: any, kw?: any): any {
  let acc: any = kw && kw.start !== undefined ? kw.start : 1n;
  for (const x of iterate(iterable)) acc = mul(acc, x);
  return acc;
}

function dist(p: any, q: any): number {
  const a = [...iterate(p)].map(toFloat);
  const b = [...iterate(q)].map(toFloat);
  if (a.length !== b.length) throw new ValueError("both points must have the same number of dimensions");
  return Math.hypot(...a.map((x, i) => x - b[i]));
}

function fmod(x: any, y: any): number {
  const a = toFloat(x);
  const b = toFloat(y);
  if (b === 0 || !Number.isFinite(a)) {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    throw domainError();
  }
  return a % b;
}

function modf(x: any): any {
  const v = toFloat(x);
  const whole = Number.isFinite(v) ? Math.trunc(v) : v;
  const frac = Number.isFinite(v) ? v - whole : Number.isNaN(v) ? v : Math.sign(v) * 0;
  return tupleOf(Object.is(frac, -0) || (frac === 0 && v < 0) ? -0 : frac, whole);
}

function frexp(x: any): any {
  const v = toFloat(x);
  if (v === 0 || !Number.isFinite(v)) return tupleOf(v, 0n);
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1);
  let m = v * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e -= 1;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e += 1;
  }
  return tupleOf(m, BigInt(e));
}

function ldexp(x: any, i: any): number {
  const v = toFloat(x);
  const e = Number(toInt(i));
  let r = v;
  let k = e;
  // scale in steps so that intermediate powers of two stay finite
  while (k > 1000) {
    r *= Math.pow(2, 1000);
    k -= 1000;
  }
  while (k < -1000) {
    r *= Math.pow(2, -1000);
    k += 1000;
  }
  r *= Math.pow(2, k);
  if (!Number.isFinite(r) && Number.isFinite(v)) throw new OverflowError("math range error");
  return r;
}

function copysign(x: any, y: any): number {
  const a = Math.abs(toFloat(x));
  const b = toFloat(y);
  return b < 0 || Object.is(b, -0) ? -a : a;
}

function hypot(...coords: any[]): number {
  return Math.hypot(...coords.map(toFloat));
}

function atan2(y: any, x: any): number {
  return Math.atan2(toFloat(y), toFloat(x));
}

function fabs(x: any): number {
  return Math.abs(toFloat(x));
}

function degrees(x: any): number {
  return (toFloat(x) * 180) / Math.PI;
}

function radians(x: any): number {
  return (toFloat(x) * Math.PI) / 180;
}

function isfinite(x: any): boolean {
  return Number.isFinite(toFloat(x));
}

function isinf(x: any): boolean {
  const v = toFloat(x);
  return v === Infinity || v === -Infinity;
}

function isnan(x: any): boolean {
  return Number.isNaN(toFloat(x));
}

export const math = pyModule("math", {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
  sqrt,
  exp: checked(crExp),
  expm1: checked(Math.expm1),
  log,
  log1p: checked((x) => (x <= -1 ? NaN : Math.log1p(x))),
  log2,
  log10,
  pow,
  sin: checked(crSin),
  cos: checked(crCos),
  tan: checked(Math.tan),
  asin: checked(Math.asin),
  acos: checked(crAcos),
  atan: checked(Math.atan),
  atan2,
  sinh: checked(Math.sinh),
  cosh: checked(Math.cosh),
  tanh: checked(Math.tanh),
  asinh: checked(Math.asinh),
  acosh: checked(Math.acosh),
  atanh: checked((x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x))),
  hypot,
  dist,
  degrees,
  radians,
  floor: integral(Math.floor, "__floor__"),
  ceil: integral(Math.ceil, "__ceil__"),
  trunc: integral(Math.trunc, "__trunc__"),
  fabs,
  fmod,
  modf,
  frexp,
  ldexp,
  copysign,
  factorial,
  gcd,
  lcm,
  isqrt,
  comb,
  perm,
  isclose,
  isfinite,
  isinf,
  isnan,
  fsum,
  prod,
});
