// Source bytes → text, as CPython 3.11 decodes a file it runs (PEP 3120,
// PEP 263; Parser/tokenizer.c). The rules, in CPython's order:
//   - a UTF-8 BOM makes the file UTF-8; a coding declaration other than
//     utf-8 is then "encoding problem: X with BOM";
//   - a coding declaration is looked for on line 1, and on line 2 when line 1
//     is blank or a comment (`get_coding_spec`: a comment line containing
//     `coding[:=]\s*([-\w.]+)`); its name is normalised (`get_normal_name`);
//   - a declared codec other than utf-8 decodes the rest of the file; an
//     unknown codec or undecodable bytes are "encoding problem: X";
//   - without BOM or declaration every line must be strict UTF-8:
//     "Non-UTF-8 code starting with '\xNN' in file F on line N, ...";
//   - with a BOM or `coding: utf-8` the lines are not checked; undecodable
//     bytes then fail in the token holding them ("(unicode error) 'utf-8'
//     codec can't decode byte ...", position counted in the token), except
//     in comments, which CPython skips;
//   - a NUL byte is "source code cannot contain null bytes".
// The first problem in the file is reported, as CPython stops at it.
//
// Known difference: CPython's codec reader decodes the file in 8 KB chunks,
// and a byte it rejects beyond the first chunk is reported as "(unicode
// error) 'X' codec can't decode ..." instead of "encoding problem: X".

import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import { lookupPythonCodec } from "./pythonCodecs";

export type DecodeSourceResult =
  | { ok: true; text: string; encoding: string }
  /** `displaySource` is the text the diagnostic's position points into */
  | { ok: false; diagnostic: Diagnostic; displaySource: string };

export interface DecodeSourceOptions {
  /** the file name CPython's message shows: the absolute path, or `<stdin>` */
  messageFileName: string;
}

const LF = 0x0a;
const CR = 0x0d;

export function decodeSource(input: Uint8Array, options: DecodeSourceOptions): DecodeSourceResult {
  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = hasBom ? input.subarray(3) : input;
  const fail = (code: Diagnostic["code"], message: string, offset: number, text?: (line: Uint8Array) => string) =>
    failure(bytes, code, message, offset, text);

  const declaration = findCodingDeclaration(bytes);
  let encoding = hasBom ? "utf-8" : null;
  if (declaration) {
    const name = declaration.name;
    if (hasBom && name !== "utf-8") {
      return fail(DiagnosticCodes.EncodingProblem, `encoding problem: ${name} with BOM`, declaration.nameOffset);
    }
    // A declaration on line 2: line 1 was read before it, as UTF-8.
    if (declaration.line === 2 && !hasBom) {
      const early = firstProblem(bytes, 0, declaration.lineStart, options);
      if (early) return fail(early.code, early.message, early.offset);
    }
    encoding = name;
  }

  if (encoding === null || encoding === "utf-8") {
    const problem = encoding === null ? firstProblem(bytes, 0, bytes.length, options) : firstTokenProblem(bytes);
    if (problem) return fail(problem.code, problem.message, problem.offset);
    return { ok: true, text: utf8Lossy(bytes), encoding: "utf-8" };
  }

  // A declared codec decodes what follows the declaration line.
  const name = encoding;
  const codec = lookupPythonCodec(name);
  const problem = `encoding problem: ${name}`;
  const rest = bytes.subarray(declaration!.lineEnd);
  if (codec.kind === "unknown" || /^utf_(16|32)/.test(codec.kind === "unsupported" ? codec.codec : "")) {
    return fail(DiagnosticCodes.EncodingProblem, problem, declaration!.nameOffset);
  }
  if (codec.kind === "unsupported") {
    return fail(
      DiagnosticCodes.UnsupportedEncoding,
      `source encoding '${name}' (Python codec ${codec.codec}) is not supported by py2ts-coro`,
      declaration!.nameOffset,
    );
  }
  const head = utf8Lossy(bytes.subarray(0, declaration!.lineEnd));
  if (codec.kind === "utf-8") return { ok: true, text: head + utf8Lossy(rest), encoding: "utf-8" };
  const decoded = codec.decode(rest);
  if (!decoded.ok) {
    return fail(DiagnosticCodes.EncodingProblem, problem, declaration!.lineEnd + decoded.offset, (line) =>
      lossy(line, codec.decode),
    );
  }
  const nulAt = bytes.indexOf(0);
  if (nulAt >= 0) {
    const decodeLine = nulAt < declaration!.lineEnd ? utf8Lossy : (line: Uint8Array) => lossy(line, codec.decode);
    return fail(DiagnosticCodes.NullBytes, "source code cannot contain null bytes", nulAt, decodeLine);
  }
  return { ok: true, text: head + decoded.text, encoding: codec.codec };
}

interface Problem {
  code: Diagnostic["code"];
  message: string;
  offset: number;
}

/** Without a declaration: the first non-UTF-8 sequence or NUL byte in [start, end). */
function firstProblem(bytes: Uint8Array, start: number, end: number, options: DecodeSourceOptions): Problem | null {
  const bad = firstInvalidUtf8(bytes, start, end);
  const nul = bytes.subarray(start, end).indexOf(0);
  const nulOffset = nul < 0 ? -1 : start + nul;
  if (nulOffset >= 0 && (bad === null || nulOffset < bad.offset)) return nullBytes(nulOffset);
  if (bad === null) return null;
  const hex = bytes[bad.offset].toString(16).padStart(2, "0");
  return {
    code: DiagnosticCodes.NonUtf8Source,
    message:
      `Non-UTF-8 code starting with '\\x${hex}' in file ${options.messageFileName} on line ${lineOf(bytes, bad.offset)}, ` +
      "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
    offset: bad.offset,
  };
}

function nullBytes(offset: number): Problem {
  return { code: DiagnosticCodes.NullBytes, message: "source code cannot contain null bytes", offset };
}

/**
 * With a BOM or `coding: utf-8`: CPython decodes each token on its own, so
 * undecodable bytes fail in the identifier or string holding them (position
 * counted from the token's start, or its body's for a string) and pass in
 * comments. A bytes literal rejects them as non-ASCII.
 */
function firstTokenProblem(bytes: Uint8Array): Problem | null {
  const n = bytes.length;
  const nulAt = bytes.indexOf(0);
  const found = (p: Problem | null): Problem | null => (nulAt >= 0 && (p === null || nulAt < p.offset) ? nullBytes(nulAt) : p);
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c === 0x23 /* # */) {
      while (i < n && bytes[i] !== LF && bytes[i] !== CR) i++;
      continue;
    }
    if (isWordByte(c)) {
      const start = i;
      while (i < n && isWordByte(bytes[i])) i++;
      const word = bytes.subarray(start, i);
      const quote = bytes[i];
      if ((quote === 0x22 || quote === 0x27) && isStringPrefix(word)) {
        const token = readString(bytes, i);
        const bad = firstInvalidUtf8(bytes, token.bodyStart, token.bodyEnd);
        if (bad) {
          if (/b/i.test(Buffer.from(word).toString("latin1"))) {
            return found({ code: DiagnosticCodes.SyntaxError, message: "bytes can only contain ASCII literal characters", offset: start });
          }
          return found(unicodeError(bytes, bad, token.bodyStart));
        }
        i = token.end;
        continue;
      }
      const bad = firstInvalidUtf8(bytes, start, i);
      if (bad) return found(unicodeError(bytes, bad, start));
      continue;
    }
    if (c === 0x22 || c === 0x27) {
      const token = readString(bytes, i);
      const bad = firstInvalidUtf8(bytes, token.bodyStart, token.bodyEnd);
      if (bad) return found(unicodeError(bytes, bad, token.bodyStart));
      i = token.end;
      continue;
    }
    i++;
  }
  return found(null);
}

function unicodeError(bytes: Uint8Array, bad: InvalidUtf8, tokenStart: number): Problem {
  const hex = bytes[bad.offset].toString(16).padStart(2, "0");
  return {
    code: DiagnosticCodes.UnicodeError,
    message: `(unicode error) 'utf-8' codec can't decode byte 0x${hex} in position ${bad.offset - tokenStart}: ${bad.reason}`,
    offset: bad.offset,
  };
}

/** Identifier bytes as CPython's tokenizer sees them: ASCII letters, digits, `_`, and every byte >= 0x80. */
function isWordByte(c: number): boolean {
  return c >= 0x80 || c === 0x5f || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

function isStringPrefix(word: Uint8Array): boolean {
  const w = Buffer.from(word).toString("latin1").toLowerCase();
  return ["r", "u", "b", "br", "rb", "f", "fr", "rf"].includes(w);
}

/** A string token from its opening quote: where its body starts and ends, and where the token ends. */
function readString(bytes: Uint8Array, quoteAt: number): { bodyStart: number; bodyEnd: number; end: number } {
  const q = bytes[quoteAt];
  const triple = bytes[quoteAt + 1] === q && bytes[quoteAt + 2] === q;
  let i = quoteAt + (triple ? 3 : 1);
  const bodyStart = i;
  while (i < bytes.length) {
    const c = bytes[i];
    if (c === 0x5c /* backslash */) {
      i += 2;
      continue;
    }
    if (!triple && (c === LF || c === CR)) return { bodyStart, bodyEnd: i, end: i };
    if (c === q && (!triple || (bytes[i + 1] === q && bytes[i + 2] === q))) {
      return { bodyStart, bodyEnd: i, end: i + (triple ? 3 : 1) };
    }
    i++;
  }
  return { bodyStart, bodyEnd: bytes.length, end: bytes.length };
}

export interface InvalidUtf8 {
  offset: number;
  reason: "invalid start byte" | "invalid continuation byte" | "unexpected end of data";
}

/** The first sequence in [start, end) that CPython's strict UTF-8 decoder rejects, with its reason. */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): InvalidUtf8 | null {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { offset: i, reason: "invalid start byte" };
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) return { offset: i, reason: "unexpected end of data" };
      const c = bytes[i + k];
      const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
      if (!ok) return { offset: i, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return null;
}

interface CodingDeclaration {
  /** the normalised name (`get_normal_name`) */
  name: string;
  line: 1 | 2;
  lineStart: number;
  /** offset after the line's end of line */
  lineEnd: number;
  nameOffset: number;
}

/** `check_coding_spec` on line 1, then on line 2 if line 1 holds nothing but a comment or blanks. */
function findCodingDeclaration(bytes: Uint8Array): CodingDeclaration | null {
  let lineStart = 0;
  for (const line of [1, 2] as const) {
    const lineEnd = endOfLine(bytes, lineStart);
    const text = Buffer.from(bytes.subarray(lineStart, lineEnd)).toString("latin1");
    const spec = codingSpec(text);
    if (spec) return { name: normalName(spec.name), line, lineStart, lineEnd, nameOffset: lineStart + spec.index };
    if (!/^[ \t\f]*(#|\r|\n|$)/.test(text) || lineEnd >= bytes.length) return null;
    lineStart = lineEnd;
  }
  return null;
}

function endOfLine(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && bytes[i] !== LF && bytes[i] !== CR) i++;
  if (bytes[i] === CR && bytes[i + 1] === LF) return i + 2;
  return Math.min(i + 1, bytes.length);
}

/** `get_coding_spec`: a line that is only a comment, containing `coding:` or `coding=` and a name. */
function codingSpec(line: string): { name: string; index: number } | null {
  const size = line.length;
  let i = 0;
  for (; i < size - 6; i++) {
    const c = line[i];
    if (c === "#") break;
    if (c !== " " && c !== "\t" && c !== "\f") return null;
  }
  for (; i < size - 6; i++) {
    if (!line.startsWith("coding", i)) continue;
    let t = i + 6;
    if (line[t] !== ":" && line[t] !== "=") continue;
    do t++;
    while (line[t] === " " || line[t] === "\t");
    const m = /^[A-Za-z0-9\-_.]+/.exec(line.slice(t));
    if (m) return { name: m[0], index: t };
  }
  return null;
}

/** `get_normal_name`: spellings of utf-8 and latin-1 (first 12 characters, `_` as `-`). */
function normalName(name: string): string {
  const buf = name.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    ["latin-1", "iso-8859-1", "iso-latin-1"].includes(buf) ||
    ["latin-1-", "iso-8859-1-", "iso-latin-1-"].some((p) => buf.startsWith(p))
  ) {
    return "iso-8859-1";
  }
  return name;
}

function utf8Lossy(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** Decodes, replacing each byte the codec rejects by U+FFFD. */
function lossy(bytes: Uint8Array, decode: (b: Uint8Array) => { ok: true; text: string } | { ok: false; offset: number }): string {
  let text = "";
  let rest = bytes;
  for (;;) {
    const r = decode(rest);
    if (r.ok) return text + r.text;
    const head = decode(rest.subarray(0, r.offset));
    text += (head.ok ? head.text : "") + "\ufffd";
    rest = rest.subarray(r.offset + 1);
  }
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) line++;
  }
  return line;
}

/** The diagnostic at a byte offset: its line, and its column in the line shown (U+FFFD for undecodable bytes). */
function failure(
  bytes: Uint8Array,
  code: Diagnostic["code"],
  message: string,
  offset: number,
  decodeLine: (line: Uint8Array) => string = utf8Lossy,
): DecodeSourceResult {
  const line = lineOf(bytes, offset);
  let start = offset;
  while (start > 0 && bytes[start - 1] !== LF && bytes[start - 1] !== CR) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR) end++;
  const shown = decodeLine(bytes.subarray(start, end));
  const col = [...decodeLine(bytes.subarray(start, offset))].length + 1;
  const loc = { line, col, endLine: line, endCol: col + 1 };
  return { ok: false, diagnostic: diagnostic(code, message, loc), displaySource: "\n".repeat(line - 1) + shown };
}
