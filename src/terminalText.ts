// Text from the user's files shown on a terminal (echoed source lines,
// `--check` diffs) must not drive the terminal: control characters, ANSI
// escapes, line and paragraph separators, bidirectional overrides and lone
// surrogates are shown as escapes (`\x1b`, `\u2028`). Tabs stay (they line
// up carets under tab-indented code).

const UNSAFE =
  /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
