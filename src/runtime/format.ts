// format() mini-language, printf-style `%` formatting and str.format.
import { TypeError, ValueError, IndexError, KeyError, OverflowError } from "./exceptions";
import { PyTuple, PyDict, isKwargs } from "./values";
import { repr, str, ascii, typeName, floatRepr } from "./repr";

// ---- exact decimal rounding of doubles (round-half-even on the exact binary value) ----
function decompose(x: number): [bigint, number] {
  // x > 0 finite: x = mant * 2^exp
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (bexp === 0) exp = -1074; else { mant |= 1n << 52n; exp = bexp - 1075; }
  return [mant, exp];
}
/** round_half_even(x * 10^k) for finite x >= 0, as a bigint. */
export function roundScaled(x: number, k: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (k >= 0) num *= 10n ** BigInt(k); else den *= 10n ** BigInt(-k);
  const q = num / den, r = num % den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}
/** Fixed notation of |x| with `prec` decimals (x finite, >= 0). */
function fixedAbs(x: number, prec: number): string {
  const digits = roundScaled(x, prec).toString();
  if (prec === 0) return digits;
  const padded = digits.padStart(prec + 1, "0");
  return padded.slice(0, padded.length - prec) + "." + padded.slice(padded.length - prec);
}
/** [digits (prec+1 significant), decimal exponent] of |x| (x finite, > 0). */
function expDigits(x: number, prec: number): [string, number] {
  if (x === 0) return ["0".repeat(prec + 1), 0];
  let e = Math.floor(Math.log10(x));
  for (let iter = 0; iter < 4; iter++) {
    const n = roundScaled(x, prec - e);
    const s = n.toString();
    if (s.length > prec + 1) { e += 1; continue; }
    if (s.length < prec + 1) { e -= 1; continue; }
    return [s, e];
  }
  const s = roundScaled(x, prec - e).toString();
  return [s.slice(0, prec + 1), e];
}
function expAbs(x: number, prec: number, alt: boolean, upper: boolean): string {
  const [d, e] = expDigits(x, prec);
  let m = d[0];
  if (prec > 0 || alt) m += "." + d.slice(1);
  const ae = Math.abs(e);
  return m + (upper ? "E" : "e") + (e < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
}
/** 'g' formatting of |x|. */
function generalAbs(x: number, prec: number, alt: boolean, upper: boolean, noTypeMode: boolean): string {
  if (prec === 0) prec = 1;
  let exp: number;
  if (x === 0) exp = 0; else exp = expDigits(x, prec - 1)[1];
  let s: string;
  if (exp >= -4 && exp < prec) {
    s = fixedAbs(x, prec - 1 - exp);
    if (!alt && s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
    if (noTypeMode && !s.includes(".")) s += ".0";
  } else {
    s = expAbs(x, prec - 1, alt, upper);
    if (!alt) s = s.replace(/\.?0+(?=[eE])/, "");
  }
  return s;
}

// ---- format spec ----
interface Spec {
  fill: string; align: string; sign: string; z: boolean; alt: boolean; zero: boolean;
  width: number; grouping: string; precision: number; type: string;
}
const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/;
function parseSpec(spec: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) throw new ValueError("Invalid format specifier '" + spec + "' for object of type '%T'");
  return {
    fill: m[1] !== undefined ? m[1] : m[6] && !m[2] ? "0" : " ",
    align: m[2] || (m[6] ? "=" : ""),
    sign: m[3] || "", z: !!m[4], alt: !!m[5], zero: !!m[6],
    width: m[7] ? parseInt(m[7], 10) : 0, grouping: m[8] || "",
    precision: m[9] !== undefined ? parseInt(m[9], 10) : -1, type: m[10] || "",
  };
}
function group(intDigits: string, sep: string, every: number): string {
  if (!sep) return intDigits;
  let out = "";
  for (let i = intDigits.length; i > 0; i -= every) {
    const start = Math.max(0, i - every);
    out = intDigits.slice(start, i) + (out ? sep + out : "");
  }
  return out;
}
function pad(body: string, prefix: string, sp: Spec, defaultAlign: string): string {
  const len = Array.from(prefix + body).length;
  const w = sp.width;
  if (len >= w) return prefix + body;
  const n = w - len;
  const fill = sp.fill;
  const align = sp.align || defaultAlign;
  switch (align) {
    case "<": return prefix + body + fill.repeat(n);
    case ">": return fill.repeat(n) + prefix + body;
    case "^": { const l = Math.floor(n / 2); return fill.repeat(l) + prefix + body + fill.repeat(n - l); }
    default: return prefix + fill.repeat(n) + body; // '='
  }
}
function signOf(neg: boolean, sign: string): string {
  return neg ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
}
function zeroGroupPad(digits: string, sp: Spec, prefixLen: number, groupSep: string, every: number): string {
  // '0' flag with grouping: pad digits so grouping separators are inserted into the zero padding too
  if (!(sp.align === "=" && sp.fill === "0" && sp.zero && groupSep)) return group(digits, groupSep, every);
  let g = group(digits, groupSep, every);
  while (g.length + prefixLen < sp.width) {
    digits = "0" + digits;
    g = group(digits, groupSep, every);
  }
  return g;
}

function formatInt(v: bigint, sp: Spec, spec: string): string {
  let t = sp.type;
  if (t !== "" && "eEfFgG%".includes(t)) return formatFloatSpec(Number(v), sp, spec);
  if (sp.precision >= 0) throw new ValueError("Precision not allowed in integer format specifier");
  if (t === "c") {
    if (sp.sign) throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (v < 0n || v > 0x10ffffn) throw new OverflowError("%c arg not in range(0x110000)");
    return pad(String.fromCodePoint(Number(v)), "", sp, ">");
  }
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string, prefix = "", every = 3;
  switch (t) {
    case "": case "d": case "n": digits = a.toString(); break;
    case "x": digits = a.toString(16); if (sp.alt) prefix = "0x"; every = 4; break;
    case "X": digits = a.toString(16).toUpperCase(); if (sp.alt) prefix = "0X"; every = 4; break;
    case "o": digits = a.toString(8); if (sp.alt) prefix = "0o"; every = 4; break;
    case "b": digits = a.toString(2); if (sp.alt) prefix = "0b"; every = 4; break;
    default: throw new ValueError("Unknown format code '" + t + "' for object of type 'int'");
  }
  if (sp.grouping === "," && "xXob".includes(t) && t !== "") throw new ValueError("Cannot specify ',' with '" + t + "'.");
  const pre = signOf(neg, sp.sign) + prefix;
  return pad(zeroGroupPad(digits, sp, pre.length, sp.grouping, every), pre, sp, ">");
}

function formatFloatSpec(x: number, sp: Spec, _spec: string): string {
  let t = sp.type;
  const neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  let body: string;
  const prec = sp.precision;
  if (!isFinite(a)) {
    body = a !== a ? "nan" : "inf";
    if (t === "E" || t === "F" || t === "G") body = body.toUpperCase();
    if (t === "%") body += "%";
    const pre = signOf(neg && a === a, sp.sign);
    const sp2 = { ...sp };
    if (sp2.fill === "0" && sp2.zero) sp2.fill = " ";
    return pad(body, pre, sp2, ">");
  }
  switch (t) {
    case "f": case "F": body = fixedAbs(a, prec < 0 ? 6 : prec); if (sp.alt && !body.includes(".")) body += "."; break;
    case "e": case "E": body = expAbs(a, prec < 0 ? 6 : prec, sp.alt, t === "E"); break;
    case "g": case "G": case "n": body = generalAbs(a, prec < 0 ? 6 : prec, sp.alt, t === "G", false); break;
    case "%": body = fixedAbs(a * 100, prec < 0 ? 6 : prec) + "%"; break;
    case "":
      if (prec < 0) { body = floatRepr(a); }
      else body = generalAbs(a, prec, sp.alt, false, true);
      break;
    default: throw new ValueError("Unknown format code '" + t + "' for object of type 'float'");
  }
  let negOut = neg;
  if (sp.z && negOut && /^[0.]*(?:%|e|E|$)/.test(body.replace(/e.*$/i, ""))) negOut = false;
  const pre = signOf(negOut, sp.sign);
  if (sp.grouping) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) {
      return pad(zeroGroupPad(m[1], { ...sp, width: sp.width - m[2].length }, pre.length, sp.grouping, 3) + m[2], pre, sp, ">");
    }
  }
  return pad(body, pre, sp, ">");
}

/** Python format(value, spec). */
export function format(value: any, spec: string = ""): string {
  if (typeof spec !== "string") throw new TypeError("format() argument 2 must be str, not " + typeName(spec));
  const t = typeof value;
  if (spec === "") {
    if (t === "string") return value;
    if (value !== null && t === "object" && typeof value.__format__ === "function") return value.__format__(spec);
    return str(value);
  }
  if (value !== null && t === "object" && typeof value.__format__ === "function") return value.__format__(spec);
  let sp: Spec;
  try { sp = parseSpec(spec); } catch (e) {
    throw new ValueError("Invalid format specifier '" + spec + "' for object of type '" + typeName(value) + "'");
  }
  if (t === "bigint") return formatInt(value, sp, spec);
  if (t === "boolean") {
    return formatInt(value ? 1n : 0n, sp, spec);
  }
  if (t === "number") return formatFloatSpec(value, sp, spec);
  if (t === "string") {
    if (sp.type !== "" && sp.type !== "s") throw new ValueError("Unknown format code '" + sp.type + "' for object of type 'str'");
    if (sp.sign) throw new ValueError("Sign not allowed in string format specifier");
    if (sp.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
    if (sp.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
    let s: string = value;
    if (sp.precision >= 0) s = Array.from(s).slice(0, sp.precision).join("");
    return pad(s, "", sp, "<");
  }
  throw new TypeError("unsupported format string passed to " + typeName(value) + ".__format__");
}

/** f-string field: `${fstr(x, spec, conv)}`. */
export function fstr(value: any, spec?: string, conversion?: string): string {
  if (conversion === "r") value = repr(value);
  else if (conversion === "s") value = str(value);
  else if (conversion === "a") value = ascii(value);
  if (spec === undefined || spec === "") {
    if (typeof value === "string") return value;
    return format(value, "");
  }
  return format(value, spec);
}

// ---- printf-style ----
const PCT_RE = /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])?/g;
function toIntForPct(v: any, conv: string): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v === "number") {
    if (conv === "d" || conv === "i" || conv === "u") {
      if (!isFinite(v)) throw new OverflowError("cannot convert float " + (v !== v ? "NaN" : "infinity") + " to integer");
      return BigInt(Math.trunc(v));
    }
    throw new TypeError("%" + conv + " format: an integer is required, not float");
  }
  if (conv === "d" || conv === "i" || conv === "u") throw new TypeError("%" + conv + " format: a real number is required, not " + typeName(v));
  throw new TypeError("%" + conv + " format: an integer is required, not " + typeName(v));
}
/** Python `fmt % args`. */
export function percentFormat(fmt: string, args: any): string {
  const isTuple = args instanceof PyTuple;
  const list: any[] = isTuple ? args : [args];
  const mapping = !isTuple && args !== null && typeof args === "object" && (args instanceof PyDict || typeof args.__getitem__ === "function") && !Array.isArray(args) ? args : null;
  let idx = 0;
  let usedMapping = false;
  const nextArg = (): any => {
    if (idx >= list.length) throw new TypeError("not enough arguments for format string");
    return list[idx++];
  };
  const out = fmt.replace(PCT_RE, (whole, key, flags, width, precision, conv, offset: number) => {
    if (conv === undefined) {
      const at = offset + whole.length;
      if (at >= fmt.length) throw new ValueError("incomplete format");
      const c = fmt.codePointAt(at)!;
      const shown = c >= 31 && c <= 126 ? String.fromCharCode(c) : "?";
      const index = Array.from(fmt.slice(0, at)).length;
      throw new ValueError(`unsupported format character '${shown}' (0x${c.toString(16)}) at index ${index}`);
    }
    if (conv === "%" && whole === "%%") return "%";
    let v: any;
    if (key !== undefined) {
      if (mapping === null) throw new TypeError("format requires a mapping");
      usedMapping = true;
      v = mapping instanceof PyDict ? mapping.__getitem__(key) : mapping.__getitem__(key);
    }
    let w = 0, p = -1;
    if (width === "*") w = Number(nextArg()); else if (width) w = parseInt(width, 10);
    if (precision === "*") p = Number(nextArg()); else if (precision !== undefined) p = parseInt(precision, 10);
    if (conv === "%") return "%";
    if (key === undefined) v = nextArg();
    const left = flags.includes("-") || w < 0;
    if (w < 0) w = -w;
    const zero = flags.includes("0") && !left;
    const sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    let spec = (left ? "<" : zero ? "" : ">") + sign + (flags.includes("#") ? "#" : "") + (zero ? "0" : "") + (w ? String(w) : "");
    switch (conv) {
      case "s": { const s = str(v); return format(p >= 0 ? s.slice(0, p) : s, (left ? "<" : ">") + (w ? w : "")); }
      case "r": { const s = repr(v); return format(p >= 0 ? s.slice(0, p) : s, (left ? "<" : ">") + (w ? w : "")); }
      case "a": { const s = ascii(v); return format(p >= 0 ? s.slice(0, p) : s, (left ? "<" : ">") + (w ? w : "")); }
      case "c": {
        const ch = typeof v === "string" ? v : String.fromCodePoint(Number(toIntForPct(v, "c")));
        return format(ch, (left ? "<" : ">") + (w ? w : ""));
      }
      case "d": case "i": case "u": {
        const n = toIntForPct(v, conv);
        if (p >= 0) {
          const neg = n < 0n;
          const digits = (neg ? -n : n).toString().padStart(p, "0");
          return format(digits, (left ? "<" : ">") + (w ? w - ((neg || sign) ? 1 : 0) : "")).replace(/^(\s*)/, "$1" + (neg ? "-" : sign));
        }
        return format(n, spec + "d");
      }
      case "x": case "X": case "o": {
        const n = toIntForPct(v, conv);
        let s = format(n, spec + conv);
        return s;
      }
      default: {
        let x: number;
        if (typeof v === "number") x = v;
        else if (typeof v === "bigint" || typeof v === "boolean") x = Number(v);
        else throw new TypeError("must be real number, not " + typeName(v));
        return format(x, spec + "." + (p >= 0 ? p : 6) + conv);
      }
    }
  });
  if (mapping === null && idx < list.length) throw new TypeError("not all arguments converted during string formatting");
  void usedMapping;
  return out;
}

// ---- str.format ----
function resolveField(name: string, args: any[], kwargs: any, state: { auto: number; mode: number }): any {
  const m = /^([^.[]*)(.*)$/s.exec(name)!;
  const first = m[1];
  let rest = m[2];
  let v: any;
  if (first === "") {
    if (state.mode === 2) throw new ValueError("cannot switch from manual field specification to automatic field numbering");
    state.mode = 1;
    const i = state.auto++;
    if (i >= args.length) throw new IndexError("Replacement index " + i + " out of range for positional args tuple");
    v = args[i];
  } else if (/^\d+$/.test(first)) {
    if (state.mode === 1) throw new ValueError("cannot switch from automatic field numbering to manual field specification");
    state.mode = 2;
    const i = parseInt(first, 10);
    if (i >= args.length) throw new IndexError("Replacement index " + i + " out of range for positional args tuple");
    v = args[i];
  } else {
    if (kwargs === null || !Object.prototype.hasOwnProperty.call(kwargs, first)) throw new KeyError(first);
    v = kwargs[first];
  }
  while (rest.length > 0) {
    let mm: RegExpExecArray | null;
    if ((mm = /^\.([^.[]+)/.exec(rest))) {
      const attr = mm[1];
      v = getattrForFormat(v, attr);
      rest = rest.slice(mm[0].length);
    } else if ((mm = /^\[([^\]]*)\]/.exec(rest))) {
      const k = /^\d+$/.test(mm[1]) ? BigInt(mm[1]) : mm[1];
      v = getitemForFormat(v, k);
      rest = rest.slice(mm[0].length);
    } else throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return v;
}
let getitemForFormat: (o: any, k: any) => any = (o, k) => o[k];
export function setFormatGetitem(f: (o: any, k: any) => any): void { getitemForFormat = f; }
/** `{0.attr}`: Python's attribute lookup (the runtime's getattr, set by attributes.ts). */
let getattrForFormat: (o: any, name: string) => any = () => { throw new Error("py2ts-coro: getattr not installed"); };
export function setFormatGetattr(f: (o: any, name: string) => any): void { getattrForFormat = f; }

function formatTemplate(fmt: string, args: any[], kwargs: any, state: { auto: number; mode: number }, depth: number): string {
  if (depth > 2) throw new ValueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "{") {
      if (fmt[i + 1] === "{") { out += "{"; i += 2; continue; }
      // find matching close brace (nesting for the spec)
      let j = i + 1, level = 1;
      while (j < n) {
        if (fmt[j] === "{") level++;
        else if (fmt[j] === "}") { level--; if (level === 0) break; }
        j++;
      }
      if (j >= n) throw new ValueError("expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      let name = field, conv = "", spec = "";
      const m = /^([^!:]*)(?:!([^:]*))?(?::([\s\S]*))?$/.exec(field);
      if (m) { name = m[1]; conv = m[2] === undefined ? "" : m[2]; spec = m[3] === undefined ? "" : m[3]; }
      if (m && m[2] !== undefined && conv.length !== 1) throw new ValueError("expected ':' after conversion specifier");
      let v = resolveField(name, args, kwargs, state);
      if (conv === "r") v = repr(v); else if (conv === "s") v = str(v); else if (conv === "a") v = ascii(v);
      else if (conv !== "") throw new ValueError("Unknown conversion specifier " + conv);
      if (spec.includes("{")) spec = formatTemplate(spec, args, kwargs, state, depth + 1);
      out += format(v, spec);
      i = j + 1;
    } else if (c === "}") {
      if (fmt[i + 1] === "}") { out += "}"; i += 2; continue; }
      throw new ValueError("Single '}' encountered in format string");
    } else { out += c; i++; }
  }
  return out;
}
/** Python str.format(fmt, *args, **kwargs) (kwargs as a trailing plain object). */
export function strFormat(fmt: string, ...args: any[]): string {
  let kwargs: any = null;
  if (args.length > 0 && isKwargs(args[args.length - 1])) kwargs = args.pop();
  return formatTemplate(fmt, args, kwargs, { auto: 0, mode: 0 }, 0);
}
