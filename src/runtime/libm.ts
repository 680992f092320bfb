// Correctly rounded exp, log, sin, cos, acos and pow of floats.
//
// CPython's math functions are the C library's; glibc's are correctly
// rounded in practice. V8's Math.exp/log/sin/cos/pow (fdlibm ports) are off
// by one ulp for several percent of arguments, which shows as a different
// last digit in a printed float. These compute in double-double arithmetic
// (about 100 significant bits) from Math's first approximation, then round
// once, so they give glibc's results.

/** A double-double value hi + lo, |lo| <= ulp(hi) / 2. */
type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

const SPLITTER = 134217729; // 2^27 + 1 (Dekker's split: no fused multiply-add in JavaScript)
function split(a: number): DD {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return twoSum(s, e + a[1] + b[1]);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

function ddMulNum(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return twoSum(p, e + a[1] * b);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN2_LO2 = 5.707708438416212e-34;
const PIO2: DD = [1.5707963267948966, 6.123233995736766e-17];
const PIO2_LO2 = -1.4973849048591698e-33;

/** 1/n! as double-doubles, n = 0..30. */
const INV_FACT: DD[] = (() => {
  const out: DD[] = [[1, 0]];
  for (let n = 1; n <= 30; n++) {
    // 1/n! = (1/(n-1)!) / n: divide in double-double by one Newton step.
    const prev = out[n - 1];
    const q = prev[0] / n;
    const r = ddAdd(prev, ddMulNum([q, 0], -n));
    out.push(twoSum(q, r[0] / n));
  }
  return out;
})();

/** exp(x) - 1 for |x| small, by its Taylor series. */
function expm1Series(x: DD): DD {
  let sum: DD = INV_FACT[10];
  for (let n = 9; n >= 1; n--) sum = ddAdd(ddMul(sum, x), INV_FACT[n]);
  return ddMul(sum, x);
}

/** exp of a double-double, as hi + lo and a power of two: (hi + lo) * 2^k. */
function expDD(x: DD): { m: DD; k: number } {
  const k = Math.round(x[0] / LN2[0]);
  // r = x - k ln2, with ln2 in three parts so that the reduction stays exact enough.
  let r = ddAdd(x, ddMulNum(LN2, -k));
  r = ddAdd(r, [-k * LN2_LO2, 0]);
  // exp(r) = (exp(r / 2^10))^(2^10); e = exp(s) - 1 squared up as e' = 2e + e^2.
  let e = expm1Series([r[0] / 1024, r[1] / 1024]);
  for (let i = 0; i < 10; i++) e = ddAdd(ddMulNum(e, 2), ddMul(e, e));
  return { m: ddAdd([1, 0], e), k };
}

function scale(m: number, k: number): number {
  // Two steps so that 2^k itself never overflows or underflows.
  const h = Math.trunc(k / 2);
  return m * Math.pow(2, h) * Math.pow(2, k - h);
}

/** exp(x), correctly rounded. */
export function crExp(x: number): number {
  if (!(x > -745.2)) return x !== x ? x : 0;
  if (x > 709.8) return Infinity;
  const { m, k } = expDD([x, 0]);
  return scale(m[0] + m[1], k);
}

/** log(x) as a double-double, for x > 0 finite. */
function logDD(x: number): DD {
  const d = x - 1;
  if (Math.abs(d) < 1e-5) return logNear1(d); // d is exact (Sterbenz)
  const y0 = Math.log(x);
  // One Newton step: log(x) = y0 + log1p(x * exp(-y0) - 1), the argument tiny.
  const { m, k } = expDD([-y0, 0]);
  const t = ddAdd(ddMulNum(m, scale(x, k)), [-1, 0]);
  const correction = t[0] - (t[0] * t[0]) / 2;
  return ddAdd([y0, 0], [correction, t[1]]);
}

/** log1p(d) for |d| < 1e-5 with double-double coefficients 1/n. */
function logNear1(d: number): DD {
  let sum: DD = [0, 0];
  for (let n = 8; n >= 1; n--) {
    const q = 1 / n;
    const [p, pe] = twoProd(q, n);
    const coefficient = twoSum(q, (1 - p - pe) / n);
    sum = ddAdd(ddMulNum(sum, d), n % 2 ? coefficient : [-coefficient[0], -coefficient[1]]);
  }
  return ddMulNum(sum, d);
}

/** log(x), correctly rounded; x <= 0 and non-finite x as Math.log (the caller raises). */
export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  const r = logDD(x);
  return r[0] + r[1];
}

/** sin and cos of a double-double |r| <= pi/4, by their Taylor series. */
function sinCosSeries(r: DD): { sin: DD; cos: DD } {
  const r2 = ddMul(r, r);
  let s: DD = INV_FACT[29];
  for (let n = 27; n >= 1; n -= 2) s = ddAdd(ddMul(s, [-r2[0], -r2[1]]), INV_FACT[n]);
  let c: DD = INV_FACT[30];
  for (let n = 28; n >= 0; n -= 2) c = ddAdd(ddMul(c, [-r2[0], -r2[1]]), INV_FACT[n]);
  return { sin: ddMul(s, r), cos: c };
}

/** x reduced by k pi/2: the quadrant k mod 4 and the remainder; undefined when |x| is too large for this reduction. */
function reduceByHalfPi(x: number): { q: number; r: DD } | undefined {
  if (!(Math.abs(x) < 1e6)) return undefined;
  const k = Math.round(x / PIO2[0]);
  let r = ddAdd([x, 0], ddMulNum(PIO2, -k));
  r = ddAdd(r, [-k * PIO2_LO2, 0]);
  return { q: ((k % 4) + 4) % 4, r };
}

function sinCosDD(x: number): { sin: DD; cos: DD } | undefined {
  const red = reduceByHalfPi(x);
  if (red === undefined) return undefined;
  const { sin, cos } = sinCosSeries(red.r);
  const neg = (v: DD): DD => [-v[0], -v[1]];
  switch (red.q) {
    case 0: return { sin, cos };
    case 1: return { sin: cos, cos: neg(sin) };
    case 2: return { sin: neg(sin), cos: neg(cos) };
    default: return { sin: neg(cos), cos: sin };
  }
}

/** sin(x), correctly rounded for |x| < 1e6 (beyond: Math.sin). */
export function crSin(x: number): number {
  if (x === 0) return x;
  const v = sinCosDD(x);
  return v === undefined ? Math.sin(x) : v.sin[0] + v.sin[1];
}

/** cos(x), correctly rounded for |x| < 1e6 (beyond: Math.cos). */
export function crCos(x: number): number {
  const v = sinCosDD(x);
  return v === undefined ? Math.cos(x) : v.cos[0] + v.cos[1];
}

/** acos(f) for |f| <= 1: Math.acos refined by one Newton step on cos. */
export function crAcos(f: number): number {
  const a0 = Math.acos(f);
  if (!(Math.abs(f) < 1) || a0 === 0) return a0;
  const v = sinCosDD(a0)!;
  // acos(f) = a0 + (cos(a0) - f) / sin(a0)
  const diff = ddAdd(v.cos, [-f, 0]);
  const step = diff[0] / (v.sin[0] + v.sin[1]);
  const r = ddAdd([a0, 0], [step, 0]);
  return r[0] + r[1];
}

/** x ** y for x > 0 finite and y finite: exp(y log x) in double-double; other cases as Math.pow. */
export function crPow(x: number, y: number): number {
  if (!(x > 0) || x === Infinity || !Number.isFinite(y) || y === 0 || x === 1) return Math.pow(x, y);
  const l = ddMulNum(logDD(x), y);
  if (l[0] > 709.8) return Infinity;
  if (l[0] < -745.2) return 0;
  const { m, k } = expDD(l);
  return scale(m[0] + m[1], k);
}
