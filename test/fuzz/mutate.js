/*
 * mutate.js — turns a valid Python program into a probably-broken one, for the
 * input fuzzer (test/fuzz/input-fuzz.js). Plain CommonJS, deterministic from a
 * random source (mulberry32 from generate.js).
 *
 *   const { mutateProgram } = require("./mutate");
 *   const { bytes, steps } = mutateProgram(sourceText, rnd);   // bytes: a Buffer
 *
 * One to three mutations, each one of:
 *   token   delete / duplicate / swap tokens, insert a keyword, operator,
 *           bracket or quote between tokens
 *   line    delete / duplicate / swap lines, indent (spaces or a tab) or dedent a line
 *   byte    insert or overwrite random bytes: invalid UTF-8, NUL, U+2028/U+2029,
 *           a BOM, control characters, any byte
 *   truncate  cut the program at a random byte (possibly inside a UTF-8 sequence)
 * `steps` names what was done, e.g. ["token:swap", "byte:nul"].
 */
"use strict";

// A rough Python tokenizer: enough to cut a program at token boundaries.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:[rRbBuUfF]{0,2})(?:"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')`, // strings
    String.raw`#[^\n]*`, // comments
    String.raw`\d[\w.]*(?:[eE][+-]?\d+)?j?`, // numbers
    String.raw`[^\W\d]\w*`, // names and keywords
    String.raw`\*\*=?|//=?|>>=?|<<=?|->|:=|[-+*/%@&|^<>=!]=|\.\.\.|[-+*/%@&|^~<>=.,:;()\[\]{}]`, // operators
    String.raw`\n|[ \t]+|\S`, // layout and anything else
  ].join("|"),
  "g",
);

function tokenize(text) {
  return text.match(TOKEN_RE) || [];
}

const KEYWORDS = [
  "def", "async", "await", "yield", "yield from", "return", "lambda", "class", "if", "elif", "else", "for", "while",
  "try", "except", "finally", "with", "raise", "from", "import", "global", "nonlocal", "del", "pass", "break",
  "continue", "in", "not", "is", "and", "or", "None", "True", "False", "match", "case", "_", "print", "assert",
];
const OPERATORS = ["+", "-", "*", "**", "/", "//", "%", "@", "=", "==", "!=", ":=", "<", ">>", "->", ".", ",", ":", ";", "...", "~", "|", "&", "^", "+=", "!", "$", "?", "`", "\\"];
const BRACKETS = ["(", ")", "[", "]", "{", "}"];
const QUOTES = ['"', "'", '"""', "'''", 'f"', "b'", 'r"', 'f"{', "}"];
const LAYOUT = ["\n", " ", "\t", "\\\n", "\r", "\f"];

/** Byte strings that the decoder or tokenizer must deal with. */
const NASTY_BYTES = [
  [0x00], // NUL
  [0xff], [0xfe], [0xc3], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], // invalid UTF-8
  [0xe2, 0x80, 0xa8], [0xe2, 0x80, 0xa9], // U+2028, U+2029
  [0xef, 0xbb, 0xbf], // BOM (valid only at the start)
  [0xc2, 0xa0], [0xe2, 0x80, 0x8b], [0xc2, 0x85], // no-break space, zero-width space, NEL
  [0x0b], [0x0c], [0x0d], [0x1b], [0x7f], [0x08], [0x1a], [0x04], // control characters
  [0xf0, 0x9f, 0x98, 0x80], [0xc3, 0xa9], // valid non-ASCII: 😀, é
];

const pick = (rnd, xs) => xs[Math.floor(rnd() * xs.length)];
const int = (rnd, n) => Math.floor(rnd() * n);

/** Indices of tokens that are not pure layout (spaces, newlines). */
function solidTokens(tokens) {
  const out = [];
  tokens.forEach((t, i) => { if (!/^[ \t\n]+$/.test(t)) out.push(i); });
  return out;
}

function mutateTokens(text, rnd) {
  const tokens = tokenize(text);
  const solid = solidTokens(tokens);
  if (!solid.length) return { text: text + pick(rnd, KEYWORDS), step: "token:append" };
  const i = pick(rnd, solid);
  const op = pick(rnd, ["delete", "duplicate", "swap", "swap-far", "insert-keyword", "insert-operator", "insert-bracket", "insert-quote", "insert-layout"]);
  switch (op) {
    case "delete": tokens.splice(i, 1); break;
    case "duplicate": tokens.splice(i, 0, tokens[i], rnd() < 0.5 ? " " : ""); break;
    case "swap": {
      const k = solid.indexOf(i);
      const j = solid[k + 1] ?? solid[k - 1] ?? i;
      [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
      break;
    }
    case "swap-far": { const j = pick(rnd, solid); [tokens[i], tokens[j]] = [tokens[j], tokens[i]]; break; }
    case "insert-keyword": tokens.splice(i, 0, pick(rnd, KEYWORDS), " "); break;
    case "insert-operator": tokens.splice(i, 0, pick(rnd, OPERATORS)); break;
    case "insert-bracket": tokens.splice(i, 0, pick(rnd, BRACKETS)); break;
    case "insert-quote": tokens.splice(i, 0, pick(rnd, QUOTES)); break;
    case "insert-layout": tokens.splice(i, 0, pick(rnd, LAYOUT)); break;
  }
  return { text: tokens.join(""), step: `token:${op}` };
}

function mutateLines(text, rnd) {
  const lines = text.split("\n");
  const i = int(rnd, lines.length);
  const op = pick(rnd, ["delete", "duplicate", "swap", "move", "indent", "indent-tab", "dedent", "dedent-all"]);
  switch (op) {
    case "delete": lines.splice(i, 1); break;
    case "duplicate": lines.splice(i, 0, lines[i]); break;
    case "swap": { const j = Math.min(lines.length - 1, i + 1); [lines[i], lines[j]] = [lines[j], lines[i]]; break; }
    case "move": { const [l] = lines.splice(i, 1); lines.splice(int(rnd, lines.length + 1), 0, l); break; }
    case "indent": lines[i] = " ".repeat(1 + int(rnd, 8)) + lines[i]; break;
    case "indent-tab": lines[i] = "\t" + lines[i]; break;
    case "dedent": lines[i] = lines[i].replace(/^( {1,4}|\t)/, ""); break;
    case "dedent-all": lines[i] = lines[i].replace(/^[ \t]+/, ""); break;
  }
  return { text: lines.join("\n"), step: `line:${op}` };
}

function mutateBytes(bytes, rnd) {
  const at = int(rnd, bytes.length + 1);
  const op = pick(rnd, ["insert-nasty", "insert-nasty", "overwrite-nasty", "insert-random", "overwrite-random", "bom-start"]);
  let ins;
  let remove = 0;
  switch (op) {
    case "insert-nasty": ins = pick(rnd, NASTY_BYTES); break;
    case "overwrite-nasty": ins = pick(rnd, NASTY_BYTES); remove = ins.length; break;
    case "insert-random": ins = Array.from({ length: 1 + int(rnd, 4) }, () => int(rnd, 256)); break;
    case "overwrite-random": ins = [int(rnd, 256)]; remove = 1; break;
    case "bom-start": return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), step: "byte:bom-start" };
  }
  return { bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(ins), bytes.subarray(Math.min(bytes.length, at + remove))]), step: `byte:${op}` };
}

function truncate(bytes, rnd) {
  return { bytes: bytes.subarray(0, int(rnd, bytes.length + 1)), step: "truncate" };
}

/** One to three mutations of `source`; text-level ones first, then byte-level ones. */
function mutateProgram(source, rnd) {
  const n = 1 + (rnd() < 0.6 ? 0 : rnd() < 0.6 ? 1 : 2);
  const kinds = Array.from({ length: n }, () => pick(rnd, ["token", "token", "token", "line", "line", "byte", "byte", "truncate"]));
  kinds.sort((a, b) => (a === "token" || a === "line" ? 0 : 1) - (b === "token" || b === "line" ? 0 : 1));
  const steps = [];
  let text = source;
  let bytes = null;
  for (const kind of kinds) {
    if (kind === "token" || kind === "line") {
      const r = kind === "token" ? mutateTokens(text, rnd) : mutateLines(text, rnd);
      text = r.text;
      steps.push(r.step);
    } else {
      bytes ??= Buffer.from(text, "utf8");
      const r = kind === "byte" ? mutateBytes(bytes, rnd) : truncate(bytes, rnd);
      bytes = r.bytes;
      steps.push(r.step);
    }
  }
  return { bytes: bytes ?? Buffer.from(text, "utf8"), steps };
}

module.exports = { mutateProgram, tokenize };
