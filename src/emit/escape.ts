// Every piece of user text (Python strings, comments, docstrings, notebook
// markdown, file names) reaches the emitted TypeScript through this module,
// so that data can never become code. JavaScript ends a `//` comment at any
// of its line terminators (LF, CR, U+2028, U+2029), a block comment at `*/`,
// a template literal at a backtick or `${`; and a lone surrogate cannot be
// written to a UTF-8 file at all (it would become U+FFFD). Those characters,
// NUL and the other control characters are written as visible `\uXXXX`
// escapes.

/** JS line terminators, C0/C1 controls except tab, and lone surrogates. */
const UNSAFE_IN_COMMENT = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** A JS string literal (double quotes; prettier keeps them) with the same value. */
export function stringLiteral(s: string): string {
  // JSON.stringify escapes quotes, backslashes, controls and lone surrogates; JS strings
  // also end at U+2028/U+2029 in engines before ES2019, and readers cannot see them.
  return JSON.stringify(s).replace(/[\u2028\u2029]/g, unicodeEscape);
}

/** The text of a template literal chunk with the value `s`: no `${`, backtick or stray escape. */
export function templateText(s: string): string {
  return s
    .replace(/[\\`]|\$\{/g, (m) => `\\${m}`)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, unicodeEscape);
}

/** Text safe on one `//` line: it cannot end the comment. */
export function lineCommentText(s: string): string {
  return s.replace(UNSAFE_IN_COMMENT, unicodeEscape);
}

/** `// text` (a space after the slashes unless the text starts with one). */
export function lineComment(text: string): string {
  const safe = lineCommentText(text);
  return `//${safe.startsWith(" ") || safe === "" ? "" : " "}${safe}`;
}

// The lines of a block comment's body: no line can close the comment or hold a line terminator.
export function blockCommentLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => lineCommentText(l).replace(/\*\//g, "*\\/"));
}
