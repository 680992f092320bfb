// The layout used instead of prettier when prettier would be too slow or
// would overflow the stack (see formatTypeScript.ts): every line is
// re-indented by the nesting of the brackets before it, two spaces a level.
// Line breaks are the lowering's own (one statement a line). Text inside
// string literals, template literals and comments is never touched, and a
// line that starts inside a multi-line template literal or comment is kept
// as it is. One pass, no recursion: linear in the size of the code.

const INDENT = "  ";

type Mode = "code" | "template" | "blockComment";

/** An open bracket, template literal or `${` substitution, and the indentation of the lines inside it. */
interface Open {
  kind: "bracket" | "template" | "substitution";
  level: number;
}

export function indentTypeScript(code: string): string {
  const out: string[] = [];
  const stack: Open[] = [];
  let mode: Mode = "code";
  for (const raw of code.split("\n")) {
    let level = 0;
    if (mode !== "code") {
      out.push(raw); // inside a template literal or a comment: the text is content
    } else {
      const text = raw.trim();
      // A line that starts by closing brackets is indented like the line that opened them.
      const leadingClosers = /^[)\]}]+/.exec(text)?.[0].length ?? 0;
      const inner = stack.length - leadingClosers - 1;
      level = inner >= 0 ? stack[inner].level : 0;
      const line = text === "" ? "" : INDENT.repeat(level) + text;
      // `}` then `else {` / `catch (e) {` / `finally {`: one line, as prettier writes it.
      if (/^(else\b|catch\b|finally\b)/.test(text) && out.length > 0 && out[out.length - 1] === INDENT.repeat(level) + "}") {
        out[out.length - 1] += " " + text;
      } else {
        out.push(line);
      }
    }
    // Brackets opened on this line indent the lines inside them one level deeper than this line.
    const opened = level + 1;
    let i = 0;
    while (i < raw.length) {
      const c = raw[i];
      if (mode === "blockComment") {
        const end = raw.indexOf("*/", i);
        if (end < 0) break;
        mode = "code";
        i = end + 2;
        continue;
      }
      if (mode === "template") {
        if (c === "\\") i += 2;
        else if (c === "`") {
          stack.pop();
          mode = "code";
          i++;
        } else if (c === "$" && raw[i + 1] === "{") {
          stack.push({ kind: "substitution", level: opened });
          mode = "code";
          i += 2;
        } else i++;
        continue;
      }
      if (c === '"' || c === "'") {
        i = skipQuoted(raw, i);
      } else if (c === "/" && raw[i + 1] === "/") {
        break;
      } else if (c === "/" && raw[i + 1] === "*") {
        mode = "blockComment";
        i += 2;
      } else if (c === "`") {
        stack.push({ kind: "template", level: opened });
        mode = "template";
        i++;
      } else if (c === "(" || c === "[" || c === "{") {
        stack.push({ kind: "bracket", level: opened });
        i++;
      } else if (c === ")" || c === "]" || c === "}") {
        if (stack.pop()?.kind === "substitution") mode = "template";
        i++;
      } else i++;
    }
  }
  return out.join("\n");
}

/** The index just past a '...' or "..." literal starting at `start` (literals never span lines). */
function skipQuoted(line: string, start: number): number {
  const quote = line[start];
  let i = start + 1;
  while (i < line.length && line[i] !== quote) i += line[i] === "\\" ? 2 : 1;
  return i + 1;
}
