// INDENT/DEDENT and logical lines for the generated PythonLexer.
//
// The grammar (grammar/PythonLexer.g4) produces raw tokens: every physical
// line break is a NEWLINE, leading whitespace is a hidden WS token. Every
// token antlr4ts creates passes through `emit(token)` (antlr4ts's nextToken
// calls `emit()` for each matched token and `emitEOF()` → `emit(eof)` at the
// end; it never calls `emitToken`), so this class hooks `emit` and turns the
// raw tokens into Python's token stream in a queue that `nextToken` drains:
//
// - NEWLINE inside brackets, on blank lines and on comment-only lines is
//   dropped; otherwise one NEWLINE ends each logical line.
// - The indentation of the first token of a logical line is compared with the
//   indentation stack: more → INDENT, less → one DEDENT per popped level.
// - At the end of input: a NEWLINE if the last line has none, then DEDENTs.
//
// Checks (as in CPython's tokenizer and grammars-v4 python3_12), reported as
// diagnostics with positions; lexing always continues:
// - "unindent does not match any outer indentation level" (IndentationError)
// - "inconsistent use of tabs and spaces in indentation" (TabError): the
//   indentation is measured twice, with tab stops of 8 and of 1, and both
//   measures must order the lines the same way (CPython's rule).
// - "unexpected indent" for an indented first line (IndentationError).
// - invalid characters and unterminated string literals (SyntaxError).
// - CPython's tokenizer limits: 200 nested brackets ("too many nested
//   parentheses", MAXLEVEL) and 100 indentation levels ("too many levels of
//   indentation", MAXINDENT), reported once each.

import { CharStream, CommonToken, Lexer, Token } from "antlr4ts";
import { Interval } from "antlr4ts/misc/Interval";
import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import type { Loc } from "../ast/nodes";

interface Indent {
  /** width with tab stops every 8 columns */
  col: number;
  /** width counting a tab as one column */
  alt: number;
}

/** MAXLEVEL in CPython 3.11's Parser/tokenizer.h: brackets nested deeper are a syntax error. */
const MAX_BRACKETS = 200;
/** MAXINDENT in CPython 3.11's Parser/tokenizer.h. */
const MAX_INDENTS = 100;

interface TokenTypes {
  NEWLINE: number;
  INDENT: number;
  DEDENT: number;
  WS: number;
  COMMENT: number;
  LINE_JOIN: number;
  ERRORCHAR: number;
  UNTERMINATED_STRING: number;
  STRING: number;
  NAME: number;
}

export abstract class PythonLexerBase extends Lexer {
  /** Indentation and lexical errors, in source order. */
  readonly diagnostics: Diagnostic[] = [];

  /**
   * Expression mode (for f-string replacement fields): no NEWLINE, INDENT or
   * DEDENT at all, as if the whole input were inside brackets.
   */
  expressionMode = false;

  private queue: Token[] = [];
  private indents: Indent[] = [{ col: 0, alt: 0 }];
  /** open brackets: the character and its 1-based position */
  private brackets: { ch: string; line: number; col: number }[] = [];
  /** true until the first default-channel token of a logical line */
  private atLineStart = true;
  /** the WS token that starts the current physical line, if any */
  private leadingWs: Token | undefined;
  /** true until the first token of the current physical line */
  private lineFresh = true;
  /** true once a default-channel token was queued (no EOF NEWLINE for empty input) */
  private sawCode = false;
  private types?: TokenTypes;
  /** a tokenizer limit was reported (CPython stops there: once is enough) */
  private overLimit = false;

  constructor(input: CharStream) {
    super(input);
  }

  // Called from the bracket rules' actions.
  protected openBracket(): void {
    if (this.brackets.length >= MAX_BRACKETS && !this.overLimit) {
      this.overLimit = true;
      const line = this._tokenStartLine;
      const col = this._tokenStartCharPositionInLine + 1;
      this.diagnostics.push(
        diagnostic(DiagnosticCodes.SyntaxError, "too many nested parentheses", { line, col, endLine: line, endCol: col + 1 }),
      );
    }
    this.brackets.push({
      ch: this.text,
      line: this._tokenStartLine,
      col: this._tokenStartCharPositionInLine + 1,
    });
  }

  protected closeBracket(): void {
    this.brackets.pop();
  }

  private get depth(): number {
    return this.brackets.length;
  }

  /** The innermost bracket still open (at the end of input: "'(' was never closed"). */
  get unclosedBracket(): { ch: string; line: number; col: number } | undefined {
    return this.brackets[this.brackets.length - 1];
  }

  override reset(resetInput?: boolean): void {
    this.queue = [];
    this.indents = [{ col: 0, alt: 0 }];
    this.brackets = [];
    this.atLineStart = true;
    this.leadingWs = undefined;
    this.lineFresh = true;
    this.sawCode = false;
    this.overLimit = false;
    if (resetInput === undefined) super.reset();
    else super.reset(resetInput);
  }

  override nextToken(): Token {
    while (this.queue.length === 0) super.nextToken();
    return this.queue.shift()!;
  }

  override emit(token?: Token): Token {
    const t = token ? super.emit(token) : super.emit();
    // A CommonToken rebuilds its text from the input at every read: keep it once.
    if (t instanceof CommonToken) t.text = t.text;
    this.process(t);
    return t;
  }

  private tokenTypes(): TokenTypes {
    if (this.types) return this.types;
    const v = this.vocabulary;
    const find = (name: string): number => {
      for (let i = 1; i <= v.maxTokenType; i++) if (v.getSymbolicName(i) === name) return i;
      throw new Error(`PythonLexerBase: token ${name} is not in the lexer's vocabulary`);
    };
    this.types = {
      NEWLINE: find("NEWLINE"),
      INDENT: find("INDENT"),
      DEDENT: find("DEDENT"),
      WS: find("WS"),
      COMMENT: find("COMMENT"),
      LINE_JOIN: find("LINE_JOIN"),
      ERRORCHAR: find("ERRORCHAR"),
      UNTERMINATED_STRING: find("UNTERMINATED_STRING"),
      STRING: find("STRING"),
      NAME: find("NAME"),
    };
    return this.types;
  }

  private process(t: Token): void {
    const T = this.tokenTypes();
    const type = t.type;
    const fresh = this.lineFresh;
    this.lineFresh = false;

    if (type === Token.EOF) {
      if (!this.expressionMode) {
        // Inside an unclosed bracket the parser must meet EOF, not NEWLINE
        // ("'(' was never closed").
        if (this.sawCode && !this.atLineStart && this.depth === 0) this.queue.push(this.synth(T.NEWLINE, "", t));
        while (this.indents.length > 1) {
          this.indents.pop();
          this.queue.push(this.synth(T.DEDENT, "", t));
        }
        this.atLineStart = true;
      }
      this.queue.push(t);
      return;
    }

    if (type === T.NEWLINE) {
      const logicalEnd = !this.expressionMode && this.depth === 0 && !this.atLineStart;
      if (logicalEnd) {
        this.queue.push(t);
        this.atLineStart = true;
      }
      // Otherwise an implicit line join, a blank or a comment-only line.
      this.leadingWs = undefined;
      this.lineFresh = true;
      return;
    }

    if (type === T.WS) {
      if (this.atLineStart && fresh) this.leadingWs = t;
      this.queue.push(t);
      return;
    }

    if (type === T.COMMENT || t.channel !== Token.DEFAULT_CHANNEL) {
      this.queue.push(t);
      return;
    }

    if (type === T.ERRORCHAR) {
      const ch = t.text ?? "";
      const cp = ch.codePointAt(0) ?? 0;
      const hex = cp.toString(16).toUpperCase().padStart(4, "0");
      const msg =
        ch === "\\"
          ? "unexpected character after line continuation character"
          : cp < 128 && /[$?`!]/.test(ch)
            ? "invalid syntax"
            : /^[\p{C}\p{Z}]/u.test(ch) // not str.isprintable(): CPython does not echo it
              ? `invalid non-printable character U+${hex}`
              : `invalid character '${ch}' (U+${hex})`;
      this.report(DiagnosticCodes.SyntaxError, msg, t);
      return;
    }

    if (type === T.UNTERMINATED_STRING) {
      this.report(
        DiagnosticCodes.SyntaxError,
        `unterminated string literal (detected at line ${t.line})`,
        t,
      );
      return;
    }

    if (type === T.STRING && this.opensUnterminatedTripleQuote(t)) return;

    // CPython reads identifiers in NFKC form (`ﬁ` is `fi`): every later stage sees that spelling.
    if (type === T.NAME && /[^\x00-\x7f]/.test(t.text ?? "")) (t as CommonToken).text = t.text!.normalize("NFKC");

    // A default-channel token.
    if (this.atLineStart && !this.expressionMode) {
      this.indentation(t);
      this.atLineStart = false;
    }
    this.sawCode = true;
    this.queue.push(t);
  }

  /**
   * `""` directly followed by `"` is where CPython's tokenizer starts a
   * triple-quoted string; the grammar only reads one when it is closed, so an
   * unclosed one lexes as an empty string here. Like CPython, report it at its
   * opening quote and read no further: the string runs to the end of the input.
   */
  private opensUnterminatedTripleQuote(t: Token): boolean {
    const body = (t.text ?? "").replace(/^[A-Za-z]+/, "");
    const input = this.inputStream;
    if ((body !== '""' && body !== "''") || input.LA(1) !== body.charCodeAt(0)) return false;
    const rest = input.getText(Interval.of(input.index, input.size - 1));
    const breaks = rest.match(/\r\n|\r|\n/g)?.length ?? 0;
    const lastLine = t.line + breaks - (/[\r\n]$/.test(rest) ? 1 : 0);
    this.report(DiagnosticCodes.SyntaxError, `unterminated triple-quoted string literal (detected at line ${lastLine})`, t);
    input.seek(input.size);
    return true;
  }

  /** Compares the indentation of `first` (the first token of a logical line) with the stack. */
  private indentation(first: Token): void {
    const T = this.tokenTypes();
    const ws = this.leadingWs ? (this.leadingWs.text ?? "") : "";
    const cur = measure(ws);
    const top = this.indents[this.indents.length - 1];

    if (!this.sawCode && cur.col > 0) {
      this.report(DiagnosticCodes.IndentationError, "unexpected indent", first);
      return;
    }

    if (cur.col === top.col) {
      if (cur.alt !== top.alt) this.tabError(first);
      return;
    }
    if (cur.col > top.col) {
      if (cur.alt <= top.alt) this.tabError(first);
      if (this.indents.length >= MAX_INDENTS && !this.overLimit) {
        this.overLimit = true;
        const at = { line: first.line, col: 1, endLine: first.line, endCol: 1 };
        this.diagnostics.push(diagnostic(DiagnosticCodes.IndentationError, "too many levels of indentation", at));
      }
      this.indents.push(cur);
      this.queue.push(this.synth(T.INDENT, ws, first));
      return;
    }
    while (this.indents.length > 1 && cur.col < this.indents[this.indents.length - 1].col) {
      this.indents.pop();
      this.queue.push(this.synth(T.DEDENT, "", first));
    }
    const now = this.indents[this.indents.length - 1];
    if (cur.col !== now.col) {
      this.report(
        DiagnosticCodes.IndentationError,
        "unindent does not match any outer indentation level",
        first,
      );
    } else if (cur.alt !== now.alt) {
      this.tabError(first);
    }
  }

  private tabError(at: Token): void {
    this.report(DiagnosticCodes.TabError, "inconsistent use of tabs and spaces in indentation", at);
  }

  private report(code: (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes], message: string, t: Token): void {
    this.diagnostics.push(diagnostic(code, message, tokenLoc(t)));
  }

  /** A zero-width token at the position of `at`. */
  private synth(type: number, text: string, at: Token): Token {
    const tok = new CommonToken(type, text);
    tok.line = at.line;
    tok.charPositionInLine = at.charPositionInLine;
    tok.startIndex = at.startIndex;
    tok.stopIndex = at.startIndex - 1;
    tok.channel = Token.DEFAULT_CHANNEL;
    return tok;
  }
}

/** Indentation widths of leading whitespace (form feed resets, as in CPython). */
function measure(ws: string): Indent {
  let col = 0;
  let alt = 0;
  for (const ch of ws) {
    if (ch === " ") {
      col++;
      alt++;
    } else if (ch === "\t") {
      col = (Math.floor(col / 8) + 1) * 8;
      alt++;
    } else if (ch === "\f") {
      col = 0;
      alt = 0;
    }
  }
  return { col, alt };
}

/** The 1-based location of a token (end exclusive; multi-line tokens end on their last line). */
export function tokenLoc(t: Token): Loc {
  const text = t.text ?? "";
  const line = t.line;
  const col = t.charPositionInLine + 1;
  const nl = text.lastIndexOf("\n");
  const cr = text.lastIndexOf("\r");
  const last = Math.max(nl, cr);
  if (last < 0 || t.type === Token.EOF) {
    return { line, col, endLine: line, endCol: col + Math.max(t.type === Token.EOF ? 0 : codeUnits(text), 0) };
  }
  const breaks = (text.match(/\r\n|\r|\n/g) ?? []).length;
  return { line, col, endLine: line + breaks, endCol: codeUnits(text.slice(last + 1)) + 1 };
}

/** Columns count code points, as antlr4ts's CodePointCharStream does. */
function codeUnits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
