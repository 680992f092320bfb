// INDENT/DEDENT and logical lines (src/parser/PythonLexerBase.ts), with the
// edge cases of grammars-v4 python3_12's tests: nested blocks, dedent at EOF,
// comments and blank lines at any indentation, implicit and explicit line
// joining, tabs, and each indentation error with its position.
import { describe, expect, test } from "@jest/globals";
import { CharStreams, Token } from "antlr4ts";
import { PythonLexer } from "../src/parser/generated/PythonLexer";
import type { Diagnostic } from "../src/diagnostics";

function lex(src: string): { tokens: string; diagnostics: Diagnostic[]; all: Token[] } {
  const lx = new PythonLexer(CharStreams.fromString(src));
  const names: string[] = [];
  const all: Token[] = [];
  for (;;) {
    const t = lx.nextToken();
    all.push(t);
    if (t.type === Token.EOF) break;
    if (t.channel !== Token.DEFAULT_CHANNEL) continue;
    names.push(lx.vocabulary.getSymbolicName(t.type)!);
  }
  return { tokens: names.join(" "), diagnostics: lx.diagnostics, all };
}

const toks = (src: string) => {
  const r = lex(src);
  expect(r.diagnostics).toEqual([]);
  return r.tokens;
};

describe("logical lines and indentation", () => {
  test("empty input and blank-only input produce nothing", () => {
    expect(toks("")).toBe("");
    expect(toks("\n\n   \n\t\n")).toBe("");
    expect(toks("# only a comment")).toBe("");
  });

  test("a final NEWLINE is added when the input does not end with one", () => {
    expect(toks("x")).toBe("NAME NEWLINE");
    expect(toks("x\n")).toBe("NAME NEWLINE");
  });

  test("nested blocks dedent to the right level", () => {
    const src = "if a:\n    if b:\n        c\n    d\ne\n";
    expect(toks(src)).toBe(
      "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT NAME NEWLINE",
    );
  });

  test("all open blocks are closed at EOF (with and without final newline)", () => {
    const expected = "DEF NAME LPAR RPAR COLON NEWLINE INDENT WHILE NAME COLON NEWLINE INDENT PASS NEWLINE DEDENT DEDENT";
    expect(toks("def f():\n    while x:\n        pass\n")).toBe(expected);
    expect(toks("def f():\n    while x:\n        pass")).toBe(expected);
    expect(toks("def f():\n    while x:\n        pass\n\n   \n# end\n")).toBe(expected);
  });

  test("several dedents at once", () => {
    expect(toks("if a:\n if b:\n  if c:\n   d\ne\n")).toBe(
      "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT DEDENT NAME NEWLINE",
    );
  });

  test("comments and blank lines at any indentation change nothing", () => {
    const src = "if a:\n    b\n# left\n        # right\n\n  \n    c\n  # between\nd\n";
    expect(toks(src)).toBe("IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT NAME NEWLINE");
  });

  test("a comment after code is hidden and the line still ends", () => {
    const r = lex("x = 1  # note\n");
    expect(r.tokens).toBe("NAME ASSIGN NUMBER NEWLINE");
    expect(r.all.some((t) => t.type === PythonLexer.COMMENT && t.text === "# note")).toBe(true);
  });

  test("line breaks inside brackets are implicit joins", () => {
    const src = "x = [1,\n  2,\n        3]\nf(a,\n# c\n\n  b)\ny\n";
    expect(toks(src)).toBe(
      "NAME ASSIGN LSQB NUMBER COMMA NUMBER COMMA NUMBER RSQB NEWLINE NAME LPAR NAME COMMA NAME RPAR NEWLINE NAME NEWLINE",
    );
  });

  test("bracket continuation inside a block keeps the block's indentation", () => {
    const src = "def f():\n    return (1 +\n2)\n    y\n";
    expect(toks(src)).toBe(
      "DEF NAME LPAR RPAR COLON NEWLINE INDENT RETURN LPAR NUMBER ADD NUMBER RPAR NEWLINE NAME NEWLINE DEDENT",
    );
  });

  test("backslash continuation joins lines", () => {
    expect(toks("x = 1 + \\\n        2\ny\n")).toBe("NAME ASSIGN NUMBER ADD NUMBER NEWLINE NAME NEWLINE");
    expect(toks("if a and \\\n b:\n    c\n")).toBe("IF NAME AND NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT");
  });

  test("tabs count to the next multiple of 8", () => {
    expect(toks("if a:\n\tb\n\tc\n")).toBe("IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT");
    expect(toks("if a:\n\tif b:\n\t\tc\n\td\n")).toBe(
      "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT",
    );
  });

  test("multi-line strings do not produce layout tokens", () => {
    expect(toks('def f():\n    """doc\nstring\n  """\n    x\n')).toBe(
      "DEF NAME LPAR RPAR COLON NEWLINE INDENT STRING NEWLINE NAME NEWLINE DEDENT",
    );
  });

  test("CRLF line ends (parse() turns a lone CR into LF first)", () => {
    expect(toks("if a:\r\n    b\r\nc\r\n")).toBe("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE");
  });

  test("INDENT and DEDENT sit at the first token of their line", () => {
    const r = lex("if a:\n    b\nc\n");
    const indent = r.all.find((t) => t.type === PythonLexer.INDENT)!;
    const dedent = r.all.find((t) => t.type === PythonLexer.DEDENT)!;
    expect([indent.line, indent.charPositionInLine]).toEqual([2, 4]);
    expect([dedent.line, dedent.charPositionInLine]).toEqual([3, 0]);
  });
});

describe("tokens", () => {
  test("unicode identifiers, strings and comments", () => {
    const r = lex("변수 = '한국어'  # 주석\nπ = 3.14\n");
    expect(r.tokens).toBe("NAME ASSIGN STRING NEWLINE NAME ASSIGN NUMBER NEWLINE");
  });

  test("every string prefix and quote form is one STRING", () => {
    for (const s of ["'a'", '"a"', "'''a\n'b'''", '"""a"""', "r'\\d'", "b'x'", "Rb'x'", "bR'x'", "u'x'", "f'{x}'", "rf'{x}'", "FR'{x}'", "f'{x[\"k\"]}'", "'it\\'s'", "'a\\\nb'"]) {
      expect(toks(s)).toBe("STRING NEWLINE");
    }
  });

  test("numbers", () => {
    for (const n of ["0", "00", "1_000", "0x_1F", "0o17", "0b1010", "1.5", ".5", "5.", "1e16", "1E-5", "1_0.0_1e+1_0", "1j", "1.5J", "0j"]) {
      expect(toks(n)).toBe("NUMBER NEWLINE");
    }
  });

  test("operators take the longest match", () => {
    expect(toks("a **= b // c := d -> e ... f")).toBe(
      "NAME POWER_ASSIGN NAME IDIV NAME WALRUS NAME ARROW NAME ELLIPSIS NAME NEWLINE",
    );
  });
});

describe("indentation errors", () => {
  const only = (src: string) => {
    const r = lex(src);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    return { code: d.code, message: d.message, line: d.loc.line, col: d.loc.col };
  };

  test("inconsistent dedent", () => {
    expect(only("if a:\n    b\n  c\n")).toEqual({
      code: "PY2TS1001",
      message: "unindent does not match any outer indentation level",
      line: 3,
      col: 3,
    });
  });

  test("first statement indented", () => {
    expect(only("  x = 1\n")).toEqual({ code: "PY2TS1001", message: "unexpected indent", line: 1, col: 3 });
    expect(only("# c\n\n   x = 1\n")).toEqual({ code: "PY2TS1001", message: "unexpected indent", line: 3, col: 4 });
  });

  test("tabs and spaces that order lines differently", () => {
    // 8 spaces vs one tab: equal with tab size 8, different with tab size 1.
    expect(only("if a:\n        b\n\tc\n")).toEqual({
      code: "PY2TS1002",
      message: "inconsistent use of tabs and spaces in indentation",
      line: 3,
      col: 2,
    });
    expect(only("if a:\n\tb\n        c\n")).toEqual({
      code: "PY2TS1002",
      message: "inconsistent use of tabs and spaces in indentation",
      line: 3,
      col: 9,
    });
    // A tab then 8 spaces after a tab: deeper in both measures, so consistent.
    expect(toks("if a:\n\tif b:\n\t        c\n")).toBe(
      "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT",
    );
  });

  test("invalid characters and unterminated strings are syntax errors", () => {
    expect(only("x = 1 $ 2\n")).toMatchObject({ code: "PY2TS1000", message: "invalid syntax", line: 1, col: 7 });
    expect(only("x = €\n")).toMatchObject({ message: "invalid character '€' (U+20AC)", line: 1, col: 5 });
    expect(only("x = 'abc\n")).toMatchObject({ message: "unterminated string literal (detected at line 1)", col: 5 });
  });
});
