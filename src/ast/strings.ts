// String and number literals: prefixes, escape sequences, f-string
// structure. Pure text functions, no parse tree: AstBuilder calls them on the
// text of STRING and NUMBER tokens.

import type { ConstantValue } from "./nodes";
import { fromPythonCodePoint } from "../runtime/codepoints";

export interface StringToken {
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** the text between the quotes */
  body: string;
  /** offset of `body` in the token text */
  bodyOffset: number;
}

/** Splits a STRING token's text into its prefix flags and body. */
export function splitString(text: string): StringToken {
  let i = 0;
  while (i < text.length && text[i] !== "'" && text[i] !== '"') i++;
  const prefix = text.slice(0, i).toLowerCase();
  const q = text[i];
  const triple = text.startsWith(q.repeat(3), i) && text.length - i >= 6;
  const qlen = triple ? 3 : 1;
  return {
    raw: prefix.includes("r"),
    bytes: prefix.includes("b"),
    fstring: prefix.includes("f"),
    body: text.slice(i + qlen, text.length - qlen),
    bodyOffset: i + qlen,
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** A few \N{...} names; others are reported as unsupported. */
const UNICODE_NAMES: Record<string, string> = {
  "SPACE": " ",
  "NO-BREAK SPACE": "\u00a0",
  "BULLET": "\u2022",
  "EM DASH": "\u2014",
  "EN DASH": "\u2013",
  "HORIZONTAL ELLIPSIS": "\u2026",
  "DEGREE SIGN": "\u00b0",
  "GREEK SMALL LETTER ALPHA": "\u03b1",
  "GREEK SMALL LETTER BETA": "\u03b2",
  "GREEK SMALL LETTER PI": "\u03c0",
  "GREEK CAPITAL LETTER DELTA": "\u0394",
  "LATIN SMALL LETTER E WITH ACUTE": "\u00e9",
  "COPYRIGHT SIGN": "\u00a9",
  "EURO SIGN": "\u20ac",
  "CHECK MARK": "\u2713",
  "SNOWMAN": "\u2603",
  "BLACK STAR": "\u2605",
  "WHITE SMILING FACE": "\u263a",
  "GRINNING FACE": "\u{1F600}",
  "RIGHTWARDS ARROW": "\u2192",
  "LEFTWARDS ARROW": "\u2190",
  "MULTIPLICATION SIGN": "\u00d7",
  "NULL": "\0",
  "LINE FEED": "\n",
  "CHARACTER TABULATION": "\t",
};

export interface Unescaped {
  value: string;
  error?: string;
}

/**
 * Python's escape processing for a str (bytes = false) or bytes literal body.
 * Bytes come back as a string of char codes 0-255. Unknown escapes keep their
 * backslash, as CPython does (with a DeprecationWarning we do not repeat).
 */
export function unescape(body: string, bytes: boolean): Unescaped {
  if (!body.includes("\\")) {
    if (bytes && /[^\x00-\x7f]/.test(body)) {
      return { value: body, error: "bytes can only contain ASCII literal characters" };
    }
    return { value: body };
  }
  let out = "";
  let error: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      if (bytes && c.charCodeAt(0) > 0x7f) error ??= "bytes can only contain ASCII literal characters";
      out += c;
      continue;
    }
    const n = body[i + 1];
    if (n === undefined) {
      out += "\\";
      break;
    }
    if (n === "\n") {
      i += 1;
      continue;
    }
    if (n === "\r") {
      i += body[i + 2] === "\n" ? 2 : 1;
      continue;
    }
    if (n in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[n];
      i += 1;
      continue;
    }
    if (n >= "0" && n <= "7") {
      let j = i + 1;
      let digits = "";
      while (j < body.length && digits.length < 3 && body[j] >= "0" && body[j] <= "7") digits += body[j++];
      const code = parseInt(digits, 8);
      out += bytes ? String.fromCharCode(code & 0xff) : String.fromCodePoint(code);
      i = j - 1;
      continue;
    }
    const hexLen = n === "x" ? 2 : !bytes && n === "u" ? 4 : !bytes && n === "U" ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLen);
      if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) {
        const kind = n === "x" ? "\\xXX" : n === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        error ??= `(unicode error) 'unicodeescape' codec can't decode bytes: truncated ${kind} escape`;
        out += body.slice(i, i + 2);
        i += 1;
        continue;
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) {
        error ??= "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character";
      } else {
        out += bytes ? String.fromCharCode(code) : fromPythonCodePoint(code);
      }
      i += 1 + hexLen;
      continue;
    }
    if (!bytes && n === "N" && body[i + 2] === "{") {
      const close = body.indexOf("}", i + 3);
      const name = close < 0 ? "" : body.slice(i + 3, close).toUpperCase();
      const ch = UNICODE_NAMES[name];
      if (ch === undefined) {
        error ??= `(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name`;
        out += close < 0 ? body.slice(i) : body.slice(i, close + 1);
        i = close < 0 ? body.length : close;
      } else {
        out += ch;
        i = close;
      }
      continue;
    }
    out += "\\" + n;
    i += 1;
  }
  return { value: out, error };
}

// ---------------------------------------------------------------- f-strings

export type FPart = FLiteral | FField;

export interface FLiteral {
  kind: "literal";
  value: string;
}

export interface FField {
  kind: "field";
  /** offsets of the expression text in the body (end exclusive) */
  exprStart: number;
  exprEnd: number;
  /** for f"{x=}": the literal "x=" (with its spaces) */
  debugText?: string;
  conversion: -1 | 115 | 114 | 97;
  /** the format spec's parts, when there is a ':' */
  spec?: FPart[];
  /** offset of the '{' in the body */
  start: number;
}

export interface FScan {
  parts: FPart[];
  errors: { message: string; offset: number }[];
}

/** Splits an f-string body into literal parts (already unescaped) and fields. */
export function scanFString(body: string, raw: boolean): FScan {
  const errors: FScan["errors"] = [];
  const { parts } = scanParts(body, 0, raw, false, errors, 0);
  return { parts, errors };
}

function scanParts(
  body: string,
  start: number,
  raw: boolean,
  inSpec: boolean,
  errors: FScan["errors"],
  nesting: number,
): { parts: FPart[]; pos: number } {
  const parts: FPart[] = [];
  let chunk = "";
  let lit = "";
  const flushChunk = () => {
    if (chunk) {
      const u = raw ? { value: chunk } : unescape(chunk, false);
      lit += u.value;
      chunk = "";
    }
  };
  const flushLit = () => {
    flushChunk();
    if (lit) parts.push({ kind: "literal", value: lit });
    lit = "";
  };
  let i = start;
  while (i < body.length) {
    const c = body[i];
    if (c === "{") {
      if (!inSpec && body[i + 1] === "{") {
        flushChunk();
        lit += "{";
        i += 2;
        continue;
      }
      flushLit();
      if (nesting >= 2) {
        errors.push({ message: "f-string: expressions nested too deeply", offset: i });
      }
      const r = scanField(body, i, raw, errors, nesting);
      if (r.field) parts.push(r.field);
      i = r.pos;
      continue;
    }
    if (c === "}") {
      if (inSpec) break;
      if (body[i + 1] === "}") {
        flushChunk();
        lit += "}";
        i += 2;
        continue;
      }
      errors.push({ message: "f-string: single '}' is not allowed", offset: i });
      i++;
      continue;
    }
    if (c === "\\" && !raw) {
      if (body[i + 1] === "N" && body[i + 2] === "{") {
        const close = body.indexOf("}", i);
        const end = close < 0 ? body.length : close + 1;
        chunk += body.slice(i, end);
        i = end;
        continue;
      }
      chunk += body.slice(i, i + 2);
      i += 2;
      continue;
    }
    chunk += c;
    i++;
  }
  flushLit();
  return { parts, pos: i };
}

function scanField(
  body: string,
  open: number,
  raw: boolean,
  errors: FScan["errors"],
  nesting: number,
): { field?: FField; pos: number } {
  const exprStart = open + 1;
  let i = exprStart;
  let depth = 0;
  let quote: string | undefined;
  let debug = false;
  for (; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (body.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = undefined;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
      continue;
    }
    if (c === "\\") {
      errors.push({ message: "f-string expression part cannot include a backslash", offset: i });
      continue;
    }
    if (c === "#") {
      errors.push({ message: "f-string expression part cannot include '#'", offset: i });
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      depth++;
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (c === "!" && body[i + 1] !== "=") break;
    if (c === ":") break;
    if (c === "=") {
      const prev = body[i - 1];
      if (body[i + 1] === "=") {
        i++;
        continue;
      }
      if (prev === "=" || prev === "!" || prev === "<" || prev === ">") continue;
      debug = true;
      break;
    }
  }
  const exprEnd = i;
  if (body.slice(exprStart, exprEnd).trim() === "") {
    errors.push({ message: "f-string: empty expression not allowed", offset: open });
  }
  let debugText: string | undefined;
  if (debug) {
    i++;
    while (i < body.length && /\s/.test(body[i])) i++;
    debugText = body.slice(exprStart, i);
  }
  let conversion: FField["conversion"] = -1;
  if (body[i] === "!") {
    const k = body[i + 1];
    if (k === "s" || k === "r" || k === "a") {
      conversion = k.charCodeAt(0) as 115 | 114 | 97;
    } else {
      errors.push({ message: "f-string: invalid conversion character: expected 's', 'r', or 'a'", offset: i + 1 });
    }
    i += 2;
  }
  let spec: FPart[] | undefined;
  if (body[i] === ":") {
    const r = scanParts(body, i + 1, raw, true, errors, nesting + 1);
    spec = r.parts;
    i = r.pos;
  }
  if (body[i] !== "}") {
    errors.push({ message: "f-string: expecting '}'", offset: Math.min(i, body.length) });
    return { pos: body.length };
  }
  if (debug && conversion === -1 && spec === undefined) conversion = 114;
  return {
    field: { kind: "field", exprStart, exprEnd, debugText, conversion, spec, start: open },
    pos: i + 1,
  };
}

// ---------------------------------------------------------------- numbers

/** The value of a NUMBER token. */
export function numberValue(text: string): ConstantValue {
  const s = text.replace(/_/g, "");
  const last = s[s.length - 1];
  if (last === "j" || last === "J") return { type: "complex", imag: Number(s.slice(0, -1)) };
  if (/^0[xXoObB]/.test(s)) return { type: "int", value: BigInt(s.toLowerCase()) };
  if (/[.eE]/.test(s)) return { type: "float", value: Number(s) };
  return { type: "int", value: BigInt(s) };
}
