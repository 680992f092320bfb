// Python's str is a sequence of code points, and U+D800..U+DFFF (surrogates)
// are code points like any other: "\ud83d\ude00" is two of them, not "😀".
// A JavaScript string cannot hold two adjacent surrogates apart (they fuse
// into one astral character), so a Python surrogate is stored as the code
// point SURROGATE_OFFSET above it, in U+10F800..U+10FFFF (the top of the
// Supplementary Private Use Area-B). Everything that shows a code point to
// Python (ord, chr, repr, output encoding) maps it back.

export const SURROGATE_OFFSET = 0x10f800 - 0xd800;

/** A stored surrogate in a JS string (a pair \udbfe-\udbff + low surrogate). */
export const STORED_SURROGATE = /[\udbfe\udbff][\udc00-\udfff]/g;

/** The code point Python sees for a JS code point. */
export function pythonCodePoint(jsCodePoint: number): number {
  return jsCodePoint >= 0x10f800 ? jsCodePoint - SURROGATE_OFFSET : jsCodePoint;
}

/** The JS string holding the Python code point `cp` (0..0x10FFFF). */
export function fromPythonCodePoint(cp: number): string {
  return String.fromCodePoint(cp >= 0xd800 && cp <= 0xdfff ? cp + SURROGATE_OFFSET : cp);
}

/** Python's str ordering: by code point (JS's `<` orders UTF-16 units, which differs past U+FFFF). */
export function compareStrings(a: string, b: string): number {
  if (!/[\ud800-\udfff]/.test(a) && !/[\ud800-\udfff]/.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = Array.from(a), y = Array.from(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = pythonCodePoint(x[i].codePointAt(0)!), q = pythonCodePoint(y[i].codePointAt(0)!);
    if (p !== q) return p - q;
  }
  return x.length - y.length;
}
