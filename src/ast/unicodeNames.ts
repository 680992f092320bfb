// `\N{NAME}` lookup: CPython's unicodedata names and aliases (case-insensitive), decoded once,
// on first use, from the compressed table of unicodeNames.generated.ts (format described in
// test/scripts/make-unicode-names.js), plus the algorithmic names CPython computes.

import { ALGORITHMIC_RANGES, ALIASES, HANGUL_RANGE, NAMES, RUNS, WORDS } from "./unicodeNames.generated";

let table: Map<string, number> | undefined;

function alphabetValue(c: string): number {
  const n = c.charCodeAt(0);
  return n < 0x5c ? n - 0x23 : n - 0x24; // 0x23..0x7e without the backslash
}

function decode(): Map<string, number> {
  const words = WORDS.split(" ");
  const B = 91, ONE = 60, TWO_LEADS = 28;
  const starts = new Map<number, number>();
  for (const run of RUNS.split(",")) {
    const [k, cp] = run.split(":");
    starts.set(parseInt(k, 36), parseInt(cp, 36));
  }
  const map = new Map<string, number>();
  let prev: string[] = [];
  let cp = 0;
  let entry = 0;
  for (let i = 0; i < NAMES.length; entry++) {
    const shared = alphabetValue(NAMES[i++]);
    const ws = prev.slice(0, shared);
    while (NAMES[i] !== "!") {
      const v = alphabetValue(NAMES[i++]);
      let w: number;
      if (v < ONE) w = v;
      else if (v < ONE + TWO_LEADS) w = ONE + (v - ONE) * B + alphabetValue(NAMES[i++]);
      else {
        const mid = alphabetValue(NAMES[i++]);
        w = ONE + TWO_LEADS * B + ((v - ONE - TWO_LEADS) * B + mid) * B + alphabetValue(NAMES[i++]);
      }
      ws.push(words[w]);
    }
    i++;
    cp = starts.get(entry) ?? cp + 1;
    map.set(ws.join(" "), cp);
    prev = ws;
  }
  for (const a of ALIASES.split("|")) {
    const colon = a.indexOf(":");
    map.set(a.slice(colon + 1), parseInt(a.slice(0, colon), 36));
  }
  return map;
}

/** Hangul syllable names, built on first use. */
function hangulNames(): Map<string, number> {
  const map = new Map<string, number>();
  // Hangul syllables: "HANGUL SYLLABLE " + the short names of their three jamo.
  const L = "G GG N D DD R M B BB S SS  J JJ C K T P H".split(" ");
  const V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ");
  const T = " G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split(" ");
  for (let s = HANGUL_RANGE[0]; s <= HANGUL_RANGE[1]; s++) {
    const k = s - 0xac00;
    map.set("HANGUL SYLLABLE " + L[Math.floor(k / 588)] + V[Math.floor((k % 588) / 28)] + T[k % 28], s);
  }
  return map;
}
let hangul: Map<string, number> | undefined;

/** The code point CPython's `\N{name}` gives, or undefined for an unknown name. */
export function lookupUnicodeName(name: string): number | undefined {
  // CPython computes these two kinds of names, comparing them case-sensitively.
  const unified = "CJK UNIFIED IDEOGRAPH-";
  if (name.startsWith(unified)) {
    const hex = name.slice(unified.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    return inRanges(ALGORITHMIC_RANGES[unified], parseInt(hex, 16));
  }
  if (name.startsWith("HANGUL SYLLABLE ")) {
    hangul ??= hangulNames();
    return hangul.get(name);
  }
  // The others are in its name table, compared case-insensitively: the hex must be the canonical one.
  const upper = name.toUpperCase();
  for (const prefix of Object.keys(ALGORITHMIC_RANGES)) {
    if (prefix === unified || !upper.startsWith(prefix)) continue;
    const cp = parseInt(upper.slice(prefix.length), 16);
    return prefix + cp.toString(16).toUpperCase() === upper ? inRanges(ALGORITHMIC_RANGES[prefix], cp) : undefined;
  }
  table ??= decode();
  return table.get(upper);
}

function inRanges(ranges: [number, number][], cp: number): number | undefined {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi) ? cp : undefined;
}
