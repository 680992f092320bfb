// String and number literals: prefixes, escape sequences, f-string
// structure. Pure text functions, no parse tree: AstBuilder calls them on the
// text of STRING and NUMBER tokens.

import { lookupUnicodeName } from "./unicodeNames";
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
  /** CPython's "can't decode bytes in position a-b" for body[start, end). */
  const fail = (start: number, end: number, reason: string) => {
    error ??= `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escapePosition(body, start)}-${escapePosition(body, end) - 1}: ${reason}`;
  };
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
        const valid = /^[0-9a-fA-F]*/.exec(hex)![0].length;
        const reason = `truncated ${kind} escape`;
        if (bytes) error ??= `(value error) invalid \\x escape at position ${i}`;
        else fail(i, i + 2 + valid, reason);
        out += body.slice(i, i + 2);
        i += 1;
        continue;
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) {
        fail(i, i + 2 + hexLen, "illegal Unicode character");
      } else {
        out += bytes ? String.fromCharCode(code) : fromPythonCodePoint(code);
      }
      i += 1 + hexLen;
      continue;
    }
    if (!bytes && n === "N") {
      // CPython's spans: up to the closing brace for an unknown name, else to where parsing stopped.
      const close = body[i + 2] === "{" ? body.indexOf("}", i + 3) : -1;
      const cp = close > i + 3 ? lookupUnicodeName(body.slice(i + 3, close)) : undefined;
      if (cp !== undefined) {
        out += fromPythonCodePoint(cp);
        i = close;
        continue;
      }
      if (close > i + 3) fail(i, close + 1, "unknown Unicode character name");
      else fail(i, body[i + 2] !== "{" ? i + 2 : close < 0 ? body.length : close, "malformed \\N character escape");
      out += close < 0 ? body.slice(i) : body.slice(i, close + 1);
      i = close < 0 ? body.length : close;
      continue;
    }
    out += "\\" + n;
    i += 1;
  }
  return { value: out, error };
}

/**
 * A position in CPython's error messages for a string literal: it decodes a buffer where every
 * non-ASCII character of the source was first rewritten as a 10-character \\U escape.
 */
function escapePosition(body: string, index: number): number {
  let pos = 0;
  for (let i = 0; i < index && i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x80) pos += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) { pos += 10; i++; }
    else pos += 10;
  }
  return pos + Math.max(0, index - body.length);
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
  let chunkStart = start;
  let lit = "";
  const flushChunk = () => {
    if (chunk) {
      const u = raw ? { value: chunk } : unescape(chunk, false);
      if (u.error) errors.push({ message: u.error, offset: chunkStart });
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
    if (!chunk) chunkStart = i;
    if (c === "\\" && !raw && body[i + 1] === "N" && body[i + 2] === "{") {
      // \N{NAME}: its braces belong to the escape, not to a replacement field.
      const close = body.indexOf("}", i + 3);
      const end = close < 0 ? body.length : close + 1;
      chunk += body.slice(i, end);
      i = end;
      continue;
    }
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
