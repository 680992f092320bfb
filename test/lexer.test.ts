import { describe, expect, test } from "@jest/globals";
import { CharStreams, Token } from "antlr4ts";
import { PythonLexer } from "../src/parser/generated/PythonLexer";

function dump(src: string): string {
  const lx = new PythonLexer(CharStreams.fromString(src));
  const out: string[] = [];
  for (;;) {
    const t = lx.nextToken();
    if (t.channel !== Token.DEFAULT_CHANNEL) continue;
    out.push(t.type === Token.EOF ? "EOF" : lx.vocabulary.getSymbolicName(t.type)!);
    if (t.type === Token.EOF) break;
  }
  return out.join(" ") + (lx.diagnostics.length ? " | " + JSON.stringify(lx.diagnostics) : "");
}

test("smoke", () => {
  console.log(dump("if x:\n    y = 1\n\n  # c\n    z\nw\n"));
  console.log(dump("def f(\n  a,\n b):\n\tpass"));
});
