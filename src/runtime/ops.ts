// Python operators: arithmetic, comparison, truth, containment, subscription.
import { crPow } from "./libm";
import { TypeError, ValueError, ZeroDivisionError, OverflowError, IndexError, MemoryError } from "./exceptions";
import { PyTuple, PyDict, PyDictView, PySet, PyFrozenSet, PyRange, PySlice, tupleFromArray, sliceSeq, setPyEqHook } from "./values";
import { typeName } from "./repr";
import { compareStrings } from "./codepoints";
import { iterate } from "./iter";
import { percentFormat } from "./format";

/** Python NotImplemented singleton (returned by user dunder methods). */
export const NotImplemented: any = Object.freeze({ __repr__: () => "NotImplemented", __typename__: "NotImplementedType" });

function isNum(x: any): boolean {
  const t = typeof x;
  return t === "bigint" || t === "number" || t === "boolean";
}
function toBig(x: any): bigint { return typeof x === "boolean" ? (x ? 1n : 0n) : (x as bigint); }
/** int → float conversion with CPython's overflow error. */
export function bigToFloat(x: bigint): number {
  const n = Number(x);
  if (n === Infinity || n === -Infinity) throw new OverflowError("int too large to convert to float");
  return n;
}
function toFloat(x: any): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return bigToFloat(x);
}

const OP_SYMBOLS = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "|", "^", "&"];
const OP_DUNDERS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "lshift", "rshift", "or", "xor", "and"];
const OP_ADD = 0, OP_SUB = 1, OP_MUL = 2, OP_TRUEDIV = 3, OP_FLOORDIV = 4, OP_MOD = 5, OP_POW = 6, OP_MATMUL = 7,
  OP_LSHIFT = 8, OP_RSHIFT = 9, OP_OR = 10, OP_XOR = 11, OP_AND = 12;

function floatFloorDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)`: NaN counts as true.
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) { // C's `if (div)`: NaN counts as true
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}
function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return (r !== 0n && (r < 0n) !== (b < 0n)) ? r + b : r;
}

function numericOp(op: number, a: any, b: any): any {
  const isFloat = typeof a === "number" || typeof b === "number";
  if (!isFloat) {
    const x = toBig(a), y = toBig(b);
    switch (op) {
      case OP_ADD: return x + y;
      case OP_SUB: return x - y;
      case OP_MUL: return x * y;
      case OP_TRUEDIV:
        if (y === 0n) throw new ZeroDivisionError("division by zero");
        return intTrueDiv(x, y);
      case OP_FLOORDIV:
        if (y === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
        return bigFloorDiv(x, y);
      case OP_MOD:
        if (y === 0n) throw new ZeroDivisionError("integer modulo by zero");
        return bigMod(x, y);
      case OP_POW:
        if (y < 0n) {
          if (x === 0n) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
          return floatPow(bigToFloat(x), Number(y));
        }
        return x ** y;
      case OP_LSHIFT:
        if (y < 0n) throw new ValueError("negative shift count");
        return x << y;
      case OP_RSHIFT:
        if (y < 0n) throw new ValueError("negative shift count");
        return x >> y;
      case OP_OR: return typeof a === "boolean" && typeof b === "boolean" ? a || b : x | y;
      case OP_XOR: return typeof a === "boolean" && typeof b === "boolean" ? a !== b : x ^ y;
      case OP_AND: return typeof a === "boolean" && typeof b === "boolean" ? a && b : x & y;
    }
    return NotImplemented;
  }
  const x = toFloat(a), y = toFloat(b);
  switch (op) {
    case OP_ADD: return x + y;
    case OP_SUB: return x - y;
    case OP_MUL: return x * y;
    case OP_TRUEDIV:
      if (y === 0) throw new ZeroDivisionError("float division by zero");
      return x / y;
    case OP_FLOORDIV:
      if (y === 0) throw new ZeroDivisionError("float floor division by zero");
      return floatFloorDivMod(x, y)[0];
    case OP_MOD:
      if (y === 0) throw new ZeroDivisionError("float modulo");
      return floatFloorDivMod(x, y)[1];
    case OP_POW: {
      if (x === 0 && y < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
      if (x === 1 || y === 0) return 1.0;
      const r = floatPow(x, y);
      if (r === Infinity || r === -Infinity) {
        if (isFinite(x) && isFinite(y)) throw new OverflowError("(34, 'Numerical result out of range')");
      }
      return r;
    }
  }
  return NotImplemented;
}

/**
 * CPython's float ** int is C's pow(), correctly rounded (or within a hair of
 * it) on its platforms; V8's Math.pow is off by an ulp for many negative and
 * some positive integer exponents. For integer exponents of moderate size
 * the exact power is a ratio of big integers, rounded once here.
 */
function floatPow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 256 && Number.isFinite(x) && x !== 0) {
    const [mantissa, exp2] = decomposeFloat(Math.abs(x));
    const n = Math.abs(y);
    const power = mantissa ** BigInt(n);
    const r = y >= 0 ? roundRatio(power, 1n, exp2 * n) : roundRatio(1n, power, -exp2 * n);
    return x < 0 && n % 2 === 1 ? -r : r;
  }
  // Other exponents: correctly rounded, as glibc's pow (V8's differs in the last bit for many inputs).
  return x > 0 && Number.isFinite(x) && Number.isFinite(y) ? crPow(x, y) : Math.pow(x, y);
}

/** A finite positive double as mantissa * 2**exp2 with an integer mantissa. */
function decomposeFloat(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0 ? [fraction, -1074] : [fraction | (1n << 52n), biased - 1075];
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** num / den * 2**exp2 (num, den > 0) rounded once to the nearest double, ties to even. */
function roundRatio(num: bigint, den: bigint, exp2: number): number {
  // A quotient of 55-56 bits and a sticky bit for what the division left.
  const t = bitLength(num) - bitLength(den) - 55;
  const q = t >= 0 ? num / (den << BigInt(t)) : (num << BigInt(-t)) / den;
  const sticky = (t >= 0 ? num % (den << BigInt(t)) : (num << BigInt(-t)) % den) !== 0n;
  const qBits = bitLength(q);
  const e = qBits - 1 + t + exp2; // value is in [2**e, 2**(e+1))
  if (e > 1023) return Infinity;
  // Subnormal results keep fewer bits.
  const precision = e >= -1022 ? 53 : 53 - (-1022 - e);
  if (precision < 0) return 0;
  const drop = qBits - precision;
  let kept = q >> BigInt(drop);
  const rest = q & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (sticky || (kept & 1n) === 1n))) kept += 1n;
  let r = Number(kept);
  let k = t + exp2 + drop;
  while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { r *= 2 ** -1000; k += 1000; }
  return r * 2 ** k;
}

function intTrueDiv(x: bigint, y: bigint): number {
  const fx = Number(x), fy = Number(y);
  if (Number.isSafeInteger(fx) && Number.isSafeInteger(fy)) return fx / fy;
  // Large ints: a quotient of 55+ bits with a sticky bit for the remainder, so that
  // converting it to a double rounds exactly once (correctly rounded, as CPython).
  const neg = (x < 0n) !== (y < 0n);
  let a = x < 0n ? -x : x;
  let b = y < 0n ? -y : y;
  if (a === 0n) return neg ? -0 : 0;
  const shift = a.toString(2).length - b.toString(2).length - 55;
  if (shift > 0) b <<= BigInt(shift);
  else a <<= BigInt(-shift);
  let q = a / b;
  if (a % b !== 0n) q |= 1n;
  let r = Number(q);
  // Scale by 2**shift in two steps so that the power itself cannot overflow.
  const half = Math.trunc(shift / 2);
  r = r * Math.pow(2, half) * Math.pow(2, shift - half);
  if (!Number.isFinite(r)) throw new OverflowError("integer division result too large for a float");
  return neg ? -r : r;
}

/** V8's FixedArray::kMaxLength on 64-bit hosts: growing an array past it aborts the process. */
const MAX_ARRAY_LENGTH = 134217725;
function seqRepeat(seq: any, n: any): any {
  const k = Number(toBig(n));
  if (typeof seq === "string") return k > 0 ? seq.repeat(k) : "";
  // Past V8's largest array the process would abort (not a catchable error): CPython's MemoryError.
  if (k > 0 && seq.length * k > MAX_ARRAY_LENGTH) throw new MemoryError();
  const out: any[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < seq.length; j++) out.push(seq[j]);
  return seq instanceof PyTuple ? tupleFromArray(out) : out;
}
function isIntLike(x: any): boolean { return typeof x === "bigint" || typeof x === "boolean"; }

function binopErr(op: number, a: any, b: any, inplace: boolean): any {
  const sym = OP_SYMBOLS[op] + (inplace ? "=" : op === OP_POW ? " or pow()" : "");
  return new TypeError("unsupported operand type(s) for " + sym + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
}

function binop(op: number, a: any, b: any, inplace: boolean): any {
  if (isNum(a) && isNum(b)) {
    const r = numericOp(op, a, b);
    if (r !== NotImplemented) return r;
    throw binopErr(op, a, b, inplace);
  }
  const d = OP_DUNDERS[op];
  if (a !== null && typeof a === "object") {
    if (inplace) {
      const fi = a["__i" + d + "__"];
      if (typeof fi === "function") { const r = fi.call(a, b); if (r !== NotImplemented) return r; }
    }
    const f = a["__" + d + "__"];
    if (typeof f === "function") { const r = f.call(a, b); if (r !== NotImplemented) return r; }
  }
  if (b !== null && typeof b === "object") {
    const f = b["__r" + d + "__"];
    if (typeof f === "function") { const r = f.call(b, a); if (r !== NotImplemented) return r; }
  }
  const ta = typeName(a), tb = typeName(b);
  switch (op) {
    case OP_ADD:
      if (typeof a === "string") {
        if (typeof b === "string") return a + b;
        throw new TypeError("can only concatenate str (not \"" + tb + "\") to str");
      }
      if (Array.isArray(a)) {
        const aTup = a instanceof PyTuple;
        if (Array.isArray(b) && aTup === (b instanceof PyTuple)) {
          if (inplace && !aTup) { for (let i = 0, n = b.length; i < n; i++) a.push(b[i]); return a; }
          const r = a.concat(b);
          return aTup ? tupleFromArray(r) : r;
        }
        if (inplace && !aTup) { const items = Array.from(iterate(b)); for (const x of items) a.push(x); return a; }
        throw new TypeError("can only concatenate " + ta + " (not \"" + tb + "\") to " + ta);
      }
      break;
    case OP_MUL:
      if ((typeof a === "string" || Array.isArray(a))) {
        if (isIntLike(b)) {
          if (inplace && !(a instanceof PyTuple) && Array.isArray(a)) { const r = seqRepeat(a, b); a.length = 0; for (const x of r) a.push(x); return a; }
          return seqRepeat(a, b);
        }
        throw new TypeError("can't multiply sequence by non-int of type '" + tb + "'");
      }
      if ((typeof b === "string" || Array.isArray(b))) {
        if (isIntLike(a)) return seqRepeat(b, a);
        throw new TypeError("can't multiply sequence by non-int of type '" + ta + "'");
      }
      break;
    case OP_MOD:
      if (typeof a === "string") return percentFormat(a, b);
      break;
    case OP_OR: case OP_AND: case OP_XOR: case OP_SUB:
      if (a instanceof PySet && b instanceof PySet) {
        const r = op === OP_OR ? a.union(b) : op === OP_AND ? a.intersection(b) : op === OP_XOR ? a.symmetric_difference(b) : a.difference(b);
        if (inplace && !(a instanceof PyFrozenSet)) { a._m = r._m; return a; }
        return r;
      }
      if (op === OP_OR && a instanceof PyDict && b instanceof PyDict) {
        if (inplace) { a.update(b); return a; }
        const r = a.copy(); r.update(b); return r;
      }
      break;
  }
  if (inplace && op === OP_OR && a instanceof PyDict) { a.update(b); return a; }
  throw binopErr(op, a, b, inplace);
}

export function add(a: any, b: any): any {
  const ta = typeof a;
  if (ta === typeof b && (ta === "bigint" || ta === "number" || ta === "string")) return a + b;
  return binop(OP_ADD, a, b, false);
}
export function sub(a: any, b: any): any {
  const ta = typeof a;
  if (ta === typeof b && (ta === "bigint" || ta === "number")) return a - b;
  return binop(OP_SUB, a, b, false);
}
export function mul(a: any, b: any): any {
  const ta = typeof a;
  if (ta === typeof b && (ta === "bigint" || ta === "number")) return a * b;
  return binop(OP_MUL, a, b, false);
}
export function truediv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return a / b;
  return binop(OP_TRUEDIV, a, b, false);
}
export function floordiv(a: any, b: any): any { return binop(OP_FLOORDIV, a, b, false); }
export function mod(a: any, b: any): any {
  if (typeof a === "bigint" && typeof b === "bigint" && b > 0n && a >= 0n) return a % b;
  return binop(OP_MOD, a, b, false);
}
/** x⁻¹ mod m (CPython's long_invmod), for pow(x, -e, m). */
function modularInverse(x: bigint, m: bigint): bigint {
  const n = m < 0n ? -m : m;
  let a = bigMod(x, n), b = n, s0 = 1n, s1 = 0n;
  while (b !== 0n) { const q = a / b; [a, b] = [b, a - q * b]; [s0, s1] = [s1, s0 - q * s1]; }
  if (a !== 1n) throw new ValueError("base is not invertible for the given modulus");
  return bigMod(s0, n);
}
export function pow(a: any, b: any, m?: any): any {
  if (m !== undefined && m !== null) {
    const integral = (x: any) => typeof x === "bigint" || typeof x === "boolean";
    if (!integral(a) || !integral(b) || !integral(m)) {
      const numeric = (x: any) => integral(x) || typeof x === "number";
      if (numeric(a) && numeric(b) && numeric(m)) throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
      throw new TypeError("unsupported operand type(s) for ** or pow(): '" + typeName(a) + "', '" + typeName(b) + "', '" + typeName(m) + "'");
    }
    let base = toBig(a), e = toBig(b); const md = toBig(m);
    if (md === 0n) throw new ValueError("pow() 3rd argument cannot be 0");
    base = bigMod(base, md);
    if (e < 0n) { base = modularInverse(base, md); e = -e; }
    let r = 1n;
    while (e > 0n) { if (e & 1n) r = (r * base) % md; base = (base * base) % md; e >>= 1n; }
    return bigMod(r, md);
  }
  return binop(OP_POW, a, b, false);
}
export function matmul(a: any, b: any): any { return binop(OP_MATMUL, a, b, false); }
export function lshift(a: any, b: any): any { return binop(OP_LSHIFT, a, b, false); }
export function rshift(a: any, b: any): any { return binop(OP_RSHIFT, a, b, false); }
export function bitor(a: any, b: any): any { return binop(OP_OR, a, b, false); }
export function bitxor(a: any, b: any): any { return binop(OP_XOR, a, b, false); }
export function bitand(a: any, b: any): any { return binop(OP_AND, a, b, false); }

export function iadd(a: any, b: any): any {
  const ta = typeof a;
  if (ta === typeof b && (ta === "bigint" || ta === "number" || ta === "string")) return a + b;
  return binop(OP_ADD, a, b, true);
}
export function isub(a: any, b: any): any {
  const ta = typeof a;
  if (ta === typeof b && (ta === "bigint" || ta === "number")) return a - b;
  return binop(OP_SUB, a, b, true);
}
export function imul(a: any, b: any): any { return binop(OP_MUL, a, b, true); }
export function itruediv(a: any, b: any): any { return binop(OP_TRUEDIV, a, b, true); }
export function ifloordiv(a: any, b: any): any { return binop(OP_FLOORDIV, a, b, true); }
export function imod(a: any, b: any): any { return binop(OP_MOD, a, b, true); }
export function ipow(a: any, b: any): any { return binop(OP_POW, a, b, true); }
export function imatmul(a: any, b: any): any { return binop(OP_MATMUL, a, b, true); }
export function ilshift(a: any, b: any): any { return binop(OP_LSHIFT, a, b, true); }
export function irshift(a: any, b: any): any { return binop(OP_RSHIFT, a, b, true); }
export function ibitor(a: any, b: any): any { return binop(OP_OR, a, b, true); }
export function ibitxor(a: any, b: any): any { return binop(OP_XOR, a, b, true); }
export function ibitand(a: any, b: any): any { return binop(OP_AND, a, b, true); }

function unaryErr(sym: string, a: any): any { return new TypeError("bad operand type for unary " + sym + ": '" + typeName(a) + "'"); }
export function neg(a: any): any {
  switch (typeof a) {
    case "bigint": return -a;
    case "number": return -a;
    case "boolean": return a ? -1n : 0n;
  }
  if (a !== null && typeof a === "object" && typeof a.__neg__ === "function") return a.__neg__();
  throw unaryErr("-", a);
}
export function pos(a: any): any {
  switch (typeof a) {
    case "bigint": case "number": return a;
    case "boolean": return a ? 1n : 0n;
  }
  if (a !== null && typeof a === "object" && typeof a.__pos__ === "function") return a.__pos__();
  throw unaryErr("+", a);
}
export function invert(a: any): any {
  if (typeof a === "bigint") return ~a;
  if (typeof a === "boolean") return a ? -2n : -1n;
  if (a !== null && typeof a === "object" && typeof a.__invert__ === "function") return a.__invert__();
  throw unaryErr("~", a);
}
/** Python `not x`. */
export function not(a: any): boolean { return !truthy(a); }

// ---- truth ----
/** Python truth value. */
export function truthy(x: any): boolean {
  switch (typeof x) {
    case "boolean": return x;
    case "bigint": return x !== 0n;
    case "number": return x !== 0;
    case "string": return x.length > 0;
    case "undefined": return false;
    case "function": return true;
  }
  if (x === null) return false;
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof PyDict || x instanceof PySet) return x._m.size > 0;
  if (x instanceof PyRange) return x.length > 0n;
  if (x instanceof PyDictView) return x.size > 0;
  const b = x.__bool__;
  if (typeof b === "function") {
    const r = b.call(x);
    if (typeof r !== "boolean") throw new TypeError("__bool__ should return bool, returned " + typeName(r));
    return r;
  }
  const l = x.__len__;
  if (typeof l === "function") return truthy(l.call(x));
  return true;
}

// ---- comparisons ----
function seqEq(a: any[], b: any[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !eq(a[i], b[i])) return false;
  return true;
}
/** Python ==. */
export function eq(a: any, b: any): boolean {
  if (a === b) return typeof a !== "number" || a === a;
  const ta = typeof a, tb = typeof b;
  if (isNum(a) && isNum(b)) {
    if (ta === "boolean") a = a ? 1n : 0n;
    if (tb === "boolean") b = b ? 1n : 0n;
    // eslint-disable-next-line eqeqeq
    return a == b;
  }
  if (ta !== "object" || tb !== "object" || a === null || b === null) {
    if (ta === "object" && a !== null && typeof a.__eq__ === "function") { const r = a.__eq__(b); if (r !== NotImplemented) return truthy(r); }
    if (tb === "object" && b !== null && typeof b.__eq__ === "function") { const r = b.__eq__(a); if (r !== NotImplemented) return truthy(r); }
    return (a === undefined || a === null) && (b === undefined || b === null);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || (a instanceof PyTuple) !== (b instanceof PyTuple)) return false;
    return seqEq(a, b);
  }
  if (a instanceof PyDict) {
    // A dict subclass may define equality (Counter, OrderedDict): its __eq__, then the reflected one.
    for (const [x, y] of [[a, b], [b, a]]) if (typeof x.__eq__ === "function") { const r = x.__eq__(y); if (r !== NotImplemented) return truthy(r); }
    if (!(b instanceof PyDict) || a._m.size !== b._m.size) return false;
    for (const [h, e] of a._m) { const o = b._m.get(h); if (o === undefined || !eq(e[1], o[1])) return false; }
    return true;
  }
  if (a instanceof PySet) {
    if (!(b instanceof PySet) || a._m.size !== b._m.size) return false;
    for (const h of a._m.keys()) if (!b._m.has(h)) return false;
    return true;
  }
  if (a instanceof PyRange) {
    if (!(b instanceof PyRange)) return false;
    const n = a.length;
    if (n !== b.length) return false;
    if (n === 0n) return true;
    if (a.start !== b.start) return false;
    return n === 1n || a.step === b.step;
  }
  if (a instanceof PySlice) {
    // Slices compare as the tuples (start, stop, step).
    return b instanceof PySlice && eq(a.start, b.start) && eq(a.stop, b.stop) && eq(a.step, b.step);
  }
  if (typeof a.__eq__ === "function") { const r = a.__eq__(b); if (r !== NotImplemented) return truthy(r); }
  if (typeof b.__eq__ === "function") { const r = b.__eq__(a); if (r !== NotImplemented) return truthy(r); }
  return false;
}
setPyEqHook(eq);
/** Python !=. */
export function ne(a: any, b: any): boolean {
  if (a !== null && typeof a === "object" && typeof a.__ne__ === "function") { const r = a.__ne__(b); if (r !== NotImplemented) return truthy(r); }
  return !eq(a, b);
}
/** Python `is`. */
export function is(a: any, b: any): boolean {
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  return a === b;
}

const CMP_SYM = ["<", "<=", ">", ">="];
const CMP_DUNDER = ["__lt__", "__le__", "__gt__", "__ge__"];
const CMP_REFLECT = ["__gt__", "__ge__", "__lt__", "__le__"];
function cmpPrim(op: number, a: any, b: any): boolean {
  switch (op) { case 0: return a < b; case 1: return a <= b; case 2: return a > b; default: return a >= b; }
}
function compare(op: number, a: any, b: any): boolean {
  if (isNum(a) && isNum(b)) {
    if (typeof a === "boolean") a = a ? 1n : 0n;
    if (typeof b === "boolean") b = b ? 1n : 0n;
    return cmpPrim(op, a, b);
  }
  if (typeof a === "string" && typeof b === "string") return cmpPrim(op, compareStrings(a, b), 0);
  if (Array.isArray(a) && Array.isArray(b) && (a instanceof PyTuple) === (b instanceof PyTuple)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!eq(a[i], b[i])) return compare(op, a[i], b[i]);
    }
    return cmpPrim(op, a.length, b.length);
  }
  if (a instanceof PySet && b instanceof PySet) {
    switch (op) {
      case 0: return a._m.size < b._m.size && a.issubset(b);
      case 1: return a.issubset(b);
      case 2: return a._m.size > b._m.size && a.issuperset(b);
      default: return a.issuperset(b);
    }
  }
  if (a !== null && typeof a === "object") {
    const f = a[CMP_DUNDER[op]];
    if (typeof f === "function") { const r = f.call(a, b); if (r !== NotImplemented) return truthy(r); }
  }
  if (b !== null && typeof b === "object") {
    const f = b[CMP_REFLECT[op]];
    if (typeof f === "function") { const r = f.call(b, a); if (r !== NotImplemented) return truthy(r); }
  }
  throw new TypeError("'" + CMP_SYM[op] + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
}
export function lt(a: any, b: any): boolean {
  const t = typeof a;
  if (t === typeof b && (t === "bigint" || t === "number")) return a < b;
  return compare(0, a, b);
}
export function le(a: any, b: any): boolean {
  const t = typeof a;
  if (t === typeof b && (t === "bigint" || t === "number")) return a <= b;
  return compare(1, a, b);
}
export function gt(a: any, b: any): boolean {
  const t = typeof a;
  if (t === typeof b && (t === "bigint" || t === "number")) return a > b;
  return compare(2, a, b);
}
export function ge(a: any, b: any): boolean {
  const t = typeof a;
  if (t === typeof b && (t === "bigint" || t === "number")) return a >= b;
  return compare(3, a, b);
}

/** Python `item in container`. */
export function contains(container: any, item: any): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") throw new TypeError("'in <string>' requires string as left operand, not " + typeName(item));
    return container.includes(item);
  }
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) if (container[i] === item || eq(container[i], item)) return true;
    return false;
  }
  if (container !== null && typeof container === "object") {
    const f = container.__contains__;
    if (typeof f === "function") return truthy(f.call(container, item));
    if (typeof container.__iter__ === "function" || typeof container.__getitem__ === "function" || typeof container[Symbol.iterator] === "function") {
      for (const x of iterate(container)) if (x === item || eq(x, item)) return true;
      return false;
    }
  }
  throw new TypeError("argument of type '" + typeName(container) + "' is not iterable");
}
/** Python `item not in container`. */
export function notContains(container: any, item: any): boolean { return !contains(container, item); }

// ---- subscription ----
function hasSurrogates(s: string): boolean { return /[\ud800-\udfff]/.test(s); }

function indexOf(key: any, n: number, what: string, kind: string): number {
  let i: number;
  if (typeof key === "bigint") i = Number(key);
  else if (typeof key === "boolean") i = key ? 1 : 0;
  else if (key !== null && typeof key === "object" && typeof key.__index__ === "function") i = Number(key.__index__());
  else {
    if (kind === "str") throw new TypeError("string indices must be integers, not '" + typeName(key) + "'");
    throw new TypeError(kind + " indices must be integers or slices, not " + typeName(key));
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw new IndexError(what);
  return i;
}

/** Python obj[key]. */
export function getitem(obj: any, key: any): any {
  if (Array.isArray(obj)) {
    if (typeof key === "bigint") {
      let i = Number(key);
      if (i < 0) i += obj.length;
      if (i >= 0 && i < obj.length) return obj[i];
      throw new IndexError(obj instanceof PyTuple ? "tuple index out of range" : "list index out of range");
    }
    const isTup = obj instanceof PyTuple;
    if (key instanceof PySlice) { const r = sliceSeq(obj, key); return isTup ? tupleFromArray(r) : r; }
    return obj[indexOf(key, obj.length, isTup ? "tuple index out of range" : "list index out of range", isTup ? "tuple" : "list")];
  }
  if (typeof obj === "string") {
    if (key instanceof PySlice) {
      if (!hasSurrogates(obj)) {
        const [s, e, st] = key.indicesNum(obj.length);
        if (st === 1) return s < e ? obj.slice(s, e) : "";
      }
      return sliceSeq(obj, key);
    }
    if (!hasSurrogates(obj)) return obj[indexOf(key, obj.length, "string index out of range", "str")];
    const cps = Array.from(obj);
    return cps[indexOf(key, cps.length, "string index out of range", "str")];
  }
  if (obj !== null && typeof obj === "object") {
    const f = obj.__getitem__;
    if (typeof f === "function") return f.call(obj, key);
  }
  if (typeof obj === "function" && typeof obj.__class_getitem__ === "function") return obj.__class_getitem__(key);
  throw new TypeError("'" + typeName(obj) + "' object is not subscriptable");
}

/** Python obj[key] = value. */
export function setitem(obj: any, key: any, value: any): void {
  if (Array.isArray(obj) && !(obj instanceof PyTuple)) {
    if (key instanceof PySlice) {
      const items = Array.from(iterate(value));
      const [s, e, st] = key.indicesNum(obj.length);
      if (st === 1) { obj.splice(s, Math.max(0, e - s), ...items); return; }
      const idx: number[] = [];
      if (st > 0) for (let i = s; i < e; i += st) idx.push(i); else for (let i = s; i > e; i += st) idx.push(i);
      if (idx.length !== items.length) throw new ValueError("attempt to assign sequence of size " + items.length + " to extended slice of size " + idx.length);
      for (let i = 0; i < idx.length; i++) obj[idx[i]] = items[i];
      return;
    }
    obj[indexOf(key, obj.length, "list assignment index out of range", "list")] = value;
    return;
  }
  if (obj !== null && typeof obj === "object") {
    const f = obj.__setitem__;
    if (typeof f === "function") { f.call(obj, key, value); return; }
  }
  throw new TypeError("'" + typeName(obj) + "' object does not support item assignment");
}

/** Python del obj[key]. */
export function delitem(obj: any, key: any): void {
  if (Array.isArray(obj) && !(obj instanceof PyTuple)) {
    if (key instanceof PySlice) {
      const [s, e, st] = key.indicesNum(obj.length);
      if (st === 1) { if (e > s) obj.splice(s, e - s); return; }
      const idx: number[] = [];
      if (st > 0) for (let i = s; i < e; i += st) idx.push(i); else for (let i = s; i > e; i += st) idx.push(i);
      idx.sort((x, y) => y - x);
      for (const i of idx) obj.splice(i, 1);
      return;
    }
    obj.splice(indexOf(key, obj.length, "list assignment index out of range", "list"), 1);
    return;
  }
  if (obj !== null && typeof obj === "object") {
    const f = obj.__delitem__;
    if (typeof f === "function") { f.call(obj, key); return; }
  }
  throw new TypeError("'" + typeName(obj) + "' object doesn't support item deletion");
}
