// `match` and `case` are soft keywords (PEP 634): they stay ordinary names
// (`match = 1`, `match(x)`, `case.x`) except where they begin a match
// statement or one of its case blocks. The lexer always emits NAME for them;
// this pass, run on the complete token list before parsing, retypes the ones
// that are keywords, so the grammar needs no lookahead predicates.
//
// - `match` is a keyword when it starts a statement whose logical line ends
//   with `:` (its block must follow: the parser reports a missing indent as
//   CPython does). No other statement that starts with a name can end with a
//   colon, so this never misreads valid code.
// - `case` is a keyword when it starts a statement directly inside the block
//   of a match statement (every statement there must be a case block).

import { Token, WritableToken } from "antlr4ts";
import { PythonLexer } from "./generated/PythonLexer";

export function markSoftKeywords(tokens: Token[]): void {
  const code = tokens.filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  let depth = 0; // indentation depth (INDENT/DEDENT)
  const caseDepths: number[] = []; // block depths of the enclosing match statements
  for (let i = 0; i < code.length; i++) {
    const t = code[i];
    if (t.type === PythonLexer.INDENT) depth++;
    else if (t.type === PythonLexer.DEDENT) {
      depth--;
      while (caseDepths.length && caseDepths[caseDepths.length - 1] > depth) caseDepths.pop();
    }
    if (t.type !== PythonLexer.NAME || !startsStatement(code, i)) continue;
    if (t.text === "case" && caseDepths[caseDepths.length - 1] === depth) {
      (t as WritableToken).type = PythonLexer.CASE;
    } else if (t.text === "match" && endsWithColon(code, i)) {
      (t as WritableToken).type = PythonLexer.MATCH;
      caseDepths.push(depth + 1);
    }
  }
}

function startsStatement(code: Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = code[i - 1].type;
  return prev === PythonLexer.NEWLINE || prev === PythonLexer.INDENT || prev === PythonLexer.DEDENT;
}

/** The logical line from `i` ends with `:`. */
function endsWithColon(code: Token[], i: number): boolean {
  let j = i + 1;
  while (j < code.length && code[j].type !== PythonLexer.NEWLINE && code[j].type !== Token.EOF) j++;
  return j > i + 1 && code[j - 1].type === PythonLexer.COLON && code[j]?.type === PythonLexer.NEWLINE;
}
