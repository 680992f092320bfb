// Python codec names → byte decoders, for PEP 263 coding declarations.
//
// A name is looked up as CPython's `codecs.lookup` does (normalisation, then
// the alias table recorded from CPython in pythonCodecs.generated.ts).
// Single-byte codecs decode with CPython's own recorded tables (so Python's
// `latin-1` is true ISO-8859-1, not WHATWG's windows-1252). Multi-byte CJK
// codecs use Node's TextDecoder (full ICU), which decodes a superset
// of several Python codecs; `accepts` narrows them to the byte ranges
// CPython accepts, and `fixups` restores the few characters where CPython's
// table differs from ICU's.

import { PYTHON_CODEC_ALIASES, PYTHON_TEXT_CODECS, SINGLE_BYTE_TABLES } from "./pythonCodecs.generated";

export type CodecLookup =
  | { kind: "decoder"; codec: string; decode: (bytes: Uint8Array) => DecodeOutcome }
  | { kind: "utf-8"; codec: "utf_8" }
  /** a text codec of CPython that py2ts-coro does not decode */
  | { kind: "unsupported"; codec: string }
  /** not a text codec CPython knows */
  | { kind: "unknown" };

/** The decoded text, or the byte offset of the first byte the codec rejects. */
export type DecodeOutcome = { ok: true; text: string } | { ok: false; offset: number };

/** `encodings.normalize_encoding` after `codecs.lookup`'s lower-casing. */
export function normalizeCodecName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export function lookupPythonCodec(name: string): CodecLookup {
  const norm = normalizeCodecName(name);
  const codec = PYTHON_CODEC_ALIASES[norm] ?? PYTHON_CODEC_ALIASES[norm.replace(/\./g, "_")] ?? norm;
  if (!PYTHON_TEXT_CODECS.includes(codec)) return { kind: "unknown" };
  if (codec === "utf_8") return { kind: "utf-8", codec };
  const table = SINGLE_BYTE_TABLES[codec];
  if (table !== undefined) return { kind: "decoder", codec, decode: (bytes) => decodeSingleByte(bytes, table) };
  const multi = MULTI_BYTE[codec];
  if (multi !== undefined) return { kind: "decoder", codec, decode: (bytes) => decodeMultiByte(bytes, multi) };
  return { kind: "unsupported", codec };
}

function decodeSingleByte(bytes: Uint8Array, table: string): DecodeOutcome {
  let text = "";
  for (let i = 0; i < bytes.length; i++) {
    const c = table[bytes[i]];
    if (c === "\ufffe") return { ok: false, offset: i };
    text += c;
  }
  return { ok: true, text };
}

interface MultiByteCodec {
  /** the WHATWG label */
  label: string;
  /** byte-pair ranges CPython's codec accepts (lead, trail); undefined: all WHATWG decodes */
  accepts?: (lead: number, trail: number) => boolean;
  /** double-byte sequences that decode differently in CPython (lead << 8 | trail → text) */
  fixups?: Record<number, string>;
  /** single bytes >= 0x80 that CPython decodes on their own */
  singles?: (b: number) => boolean;
}

const inRange = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

// JIS X 0208 row 1 characters that Python's shift_jis / euc_jp map to their
// JIS meaning where WHATWG (Windows code page 932) maps them to full-width forms.
const JIS_ROW1: Record<number, string> = {
  0x8160: "\u301c",
  0x8161: "\u2016",
  0x817c: "\u2212",
  0x8191: "\u00a2",
  0x8192: "\u00a3",
  0x81ca: "\u00ac",
};

// Only codecs whose every one- and two-byte sequence decodes as in CPython
// (test/cli-input.test.ts compares them with python3). Node's ICU decoders
// for cp949, cp932, euc_jp, gb2312, gbk, gb18030, big5 and cp950 differ
// from CPython's in hundreds of sequences: those codecs are reported as not
// supported rather than decoded differently.
const MULTI_BYTE: Record<string, MultiByteCodec> = {
  euc_kr: {
    label: "euc-kr",
    // KS X 1001 rows without the user-defined rows (0xC9, 0xFE) and the Hangul filler CPython rejects alone
    accepts: (l, t) => inRange(l, 0xa1, 0xfd) && l !== 0xc9 && inRange(t, 0xa1, 0xfe) && !(l === 0xa4 && t === 0xd4),
    // the euro and registered signs added to KS X 1001 in 1998
    fixups: { 0xa2e6: "\u20ac", 0xa2e7: "\u00ae" },
  },
  shift_jis: {
    label: "shift_jis",
    accepts: (l, t) =>
      (inRange(l, 0x81, 0x9f) || inRange(l, 0xe0, 0xef)) && l !== 0x87 && !inRange(l, 0xed, 0xee) &&
      (inRange(t, 0x40, 0x7e) || inRange(t, 0x80, 0xfc)),
    fixups: JIS_ROW1,
    singles: (b) => inRange(b, 0xa1, 0xdf),
  },
};

/**
 * Decodes character by character so a rejected sequence has an offset:
 * ASCII bytes stand alone; any other lead byte takes one trail byte (four
 * bytes for GB18030's four-byte form).
 */
function decodeMultiByte(bytes: Uint8Array, codec: MultiByteCodec): DecodeOutcome {
  const decoder = new TextDecoder(codec.label, { fatal: true });
  const parts: string[] = [];
  let i = 0;
  let asciiStart = 0;
  const flushAscii = () => {
    if (asciiStart < i) parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + asciiStart, i - asciiStart).toString("latin1"));
  };
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    flushAscii();
    let length = 2;
    if (codec.singles?.(lead)) length = 1;
    if (codec.label === "gb18030" && inRange(bytes[i + 1] ?? 0, 0x30, 0x39)) length = 4;
    if (codec.label === "euc-jp" && lead === 0x8f) length = 3;
    if (i + length > bytes.length) return { ok: false, offset: i };
    const seq = bytes.subarray(i, i + length);
    const key = length === 2 ? (lead << 8) | seq[1] : -1;
    const fixed = codec.fixups?.[key];
    let text: string;
    if (fixed !== undefined) {
      text = fixed;
    } else {
      if (length === 2 && codec.accepts && !codec.accepts(lead, seq[1])) return { ok: false, offset: i };
      try {
        text = decoder.decode(seq);
      } catch {
        return { ok: false, offset: i };
      }
      // A pair WHATWG reads as an ASCII byte and a character, or as a
      // replacement, is not one character of the codec.
      if ([...text].length !== 1 || text.charCodeAt(0) < 0x80) return { ok: false, offset: i };
    }
    parts.push(text);
    i += length;
    asciiStart = i;
  }
  flushAscii();
  return { ok: true, text: parts.join("") };
}
