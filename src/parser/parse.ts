// Source text → parse tree (antlr4ts contexts) + diagnostics.
//
// The parse tree is internal to the front end: only src/ast/AstBuilder.ts
// consumes it. Errors are collected, never thrown or printed: lexical and
// indentation errors come from PythonLexerBase, syntax errors from the
// listener below, which converts ANTLR's 0-based columns to 1-based ones
// (the one place this happens) and words messages as CPython does.
//
// Parsing runs in SLL mode with a bail-out strategy first (fast, and exact
// for almost all input); on a failure it reruns in full LL mode with the
// default error strategy, which finds the real error, if any.

import {
  ANTLRErrorListener,
  CharStream,
  CharStreams,
  CommonTokenStream,
  DefaultErrorStrategy,
  NoViableAltException,
  BailErrorStrategy,
  Parser,
  ParserRuleContext,
  RecognitionException,
  Recognizer,
  Token,
} from "antlr4ts";
import { Interval } from "antlr4ts/misc/Interval";
import { PredictionMode } from "antlr4ts/atn/PredictionMode";
import { ParseCancellationException } from "antlr4ts/misc/ParseCancellationException";
import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import type { Loc } from "../ast/nodes";
import { PythonLexer } from "./generated/PythonLexer";
import {
  BlockContext,
  File_inputContext,
  Fstring_expr_inputContext,
  Match_stmtContext,
  PythonParser,
} from "./generated/PythonParser";
import { tokenLoc } from "./PythonLexerBase";
import { markSoftKeywords } from "./softKeywords";

export interface ParseResult<T> {
  tree: T;
  diagnostics: Diagnostic[];
  /** all tokens, hidden channel included (comments) */
  tokens: Token[];
}

/** Parses a whole module (file_input). */
export function parse(source: string): ParseResult<File_inputContext> {
  return run(source, false, 1, 0, (p) => p.file_input());
}

/**
 * Parses the expression of an f-string replacement field. `line`/`col0` are
 * the position of `text` in the enclosing source (1-based line, 0-based
 * column), so every token and diagnostic carries the real position.
 */
export function parseFStringExpr(
  text: string,
  line: number,
  col0: number,
): ParseResult<Fstring_expr_inputContext> {
  return run(text, true, line, col0, (p) => p.fstring_expr_input());
}

function run<T extends ParserRuleContext>(
  source: string,
  expressionMode: boolean,
  line: number,
  col0: number,
  entry: (p: PythonParser) => T,
): ParseResult<T> {
  // A lone CR ends a line as in CPython's universal newlines; antlr4ts only
  // counts LF, so it becomes LF here (same length: offsets are unchanged).
  const lexer = new PythonLexer(charStream(source.replace(/\r(?!\n)/g, "\n")));
  lexer.expressionMode = expressionMode;
  lexer.line = line;
  lexer.charPositionInLine = col0;
  lexer.removeErrorListeners();
  const lexErrors: Diagnostic[] = [];
  lexer.addErrorListener({
    syntaxError: (_r, _sym, l, c, msg) => {
      lexErrors.push(diagnostic(DiagnosticCodes.SyntaxError, msg, point(l, c + 1)));
    },
  });
  const tokens = new CommonTokenStream(lexer);
  tokens.fill();
  markSoftKeywords(tokens.getTokens());

  const parser = new PythonParser(tokens);
  parser.removeErrorListeners();
  parser.interpreter.setPredictionMode(PredictionMode.SLL);
  parser.errorHandler = new BailErrorStrategy();
  let tree: T;
  const syntax: Diagnostic[] = [];
  try {
    tree = entry(parser);
  } catch (e) {
    if (!(e instanceof ParseCancellationException)) throw e;
    tokens.seek(0);
    parser.reset();
    parser.errorHandler = new DefaultErrorStrategy();
    parser.interpreter.setPredictionMode(PredictionMode.LL);
    parser.addErrorListener(new SyntaxErrorListener(syntax, lexer));
    tree = entry(parser);
  }

  // CPython stops at the first error; later ANTLR errors are mostly
  // consequences of recovery, so only the first syntax error is kept, and
  // only when the parser met it before any lexical error (after one, it is a
  // consequence of the token the lexer dropped). "'(' was never closed"
  // points at the bracket but is met at the end of the input.
  const diagnostics = [...lexer.diagnostics, ...lexErrors];
  const first = syntax[0];
  const metAt = first && (syntaxDetectedAt.get(first) ?? first.loc);
  if (metAt && !diagnostics.some((d) => d.loc.line < metAt.line || (d.loc.line === metAt.line && d.loc.col <= metAt.col))) {
    diagnostics.push(first);
  }
  diagnostics.sort((a, b) => a.loc.line - b.loc.line || a.loc.col - b.loc.col);
  return { tree, diagnostics, tokens: tokens.getTokens() };
}

/**
 * antlr4ts's CodePointCharStream builds a token's text with
 * `String.fromCodePoint(...codePoints)`: one call argument per character,
 * which overflows the stack for a string literal of a few hundred KB.
 * This stream converts in bounded chunks instead.
 */
function charStream(source: string): CharStream {
  const stream = CharStreams.fromString(source);
  const whole = stream.getText.bind(stream);
  stream.getText = (interval: Interval): string => {
    if (interval.b - interval.a < TEXT_CHUNK) return whole(interval);
    const parts: string[] = [];
    for (let a = interval.a; a <= interval.b; a += TEXT_CHUNK) {
      parts.push(whole(Interval.of(a, Math.min(interval.b, a + TEXT_CHUNK - 1))));
    }
    return parts.join("");
  };
  return stream;
}

/** Characters per String.fromCodePoint call: far below any engine's argument limit. */
const TEXT_CHUNK = 8192;

function point(line: number, col: number): Loc {
  return { line, col, endLine: line, endCol: col + 1 };
}

/** Where a syntax error points: the offending token, a line break as one column. */
function offendingLoc(t: Token): Loc {
  if (t.type === PythonParser.NEWLINE || t.type === Token.EOF || t.type === PythonParser.INDENT || t.type === PythonParser.DEDENT) {
    return point(t.line, t.charPositionInLine + 1);
  }
  return tokenLoc(t);
}

const BLOCK_OWNERS: Record<number, string> = {
  [PythonParser.RULE_if_stmt]: "'if' statement",
  [PythonParser.RULE_match_stmt]: "'match' statement",
  [PythonParser.RULE_elif_clause]: "'elif' statement",
  [PythonParser.RULE_else_clause]: "'else' statement",
  [PythonParser.RULE_while_stmt]: "'while' statement",
  [PythonParser.RULE_for_stmt]: "'for' statement",
  [PythonParser.RULE_try_stmt]: "'try' statement",
  [PythonParser.RULE_except_clause]: "'except' statement",
  [PythonParser.RULE_finally_clause]: "'finally' statement",
  [PythonParser.RULE_with_stmt]: "'with' statement",
  [PythonParser.RULE_funcdef]: "function definition",
  [PythonParser.RULE_classdef]: "class definition",
  [PythonParser.RULE_case_block]: "'case' statement",
};

/**
 * The `match` token of a match statement whose indented block is missing:
 * the error is at the token after the NEWLINE that ends the match line
 * (ANTLR may report it while predicting the statement or the subject).
 */
function missingMatchBlock(parser: Parser, offending: Token | undefined, e: RecognitionException | undefined): Token | undefined {
  let start: Token | undefined;
  for (let c: ParserRuleContext | undefined = parser.context; c && !start; c = c.parent) {
    if (c instanceof Match_stmtContext) start = c.start;
  }
  if (!start && e instanceof NoViableAltException && e.startToken.type === PythonParser.MATCH) start = e.startToken;
  if (!start || !offending) return undefined;
  const stream = parser.inputStream as CommonTokenStream;
  let newlines = 0;
  for (let i = start.tokenIndex + 1; i < offending.tokenIndex; i++) {
    const t = stream.get(i);
    if (t.channel === Token.DEFAULT_CHANNEL && t.type === PythonParser.NEWLINE) newlines++;
    else if (t.channel === Token.DEFAULT_CHANNEL && newlines > 0) return undefined;
  }
  return newlines === 1 && offending.type !== PythonParser.INDENT ? start : undefined;
}

/** Where the parser met each syntax error it reports (the offending token). */
const syntaxDetectedAt = new WeakMap<Diagnostic, Loc>();

class SyntaxErrorListener implements ANTLRErrorListener<Token> {
  constructor(
    private readonly out: Diagnostic[],
    private readonly lexer: PythonLexer,
  ) {}

  syntaxError<T extends Token>(
    recognizer: Recognizer<T, any>,
    offending: T | undefined,
    line: number,
    charPositionInLine: number,
    _msg: string,
    e: RecognitionException | undefined,
  ): void {
    const parser = recognizer as unknown as Parser;
    const loc = offending ? offendingLoc(offending) : point(line, charPositionInLine + 1);
    const before = this.out.length;
    this.report(parser, offending, loc, e);
    for (const d of this.out.slice(before)) syntaxDetectedAt.set(d, loc);
  }

  private report<T extends Token>(parser: Parser, offending: T | undefined, loc: Loc, e: RecognitionException | undefined): void {
    const type = offending?.type ?? Token.INVALID_TYPE;
    const expected = e?.expectedTokens ?? safeExpected(parser);
    const ctx = parser.context;

    if (type === PythonParser.INDENT) {
      this.out.push(diagnostic(DiagnosticCodes.IndentationError, "unexpected indent", loc));
      return;
    }
    const match = missingMatchBlock(parser, offending, e);
    if (match) {
      const message = `expected an indented block after 'match' statement on line ${match.line}`;
      this.out.push(diagnostic(DiagnosticCodes.IndentationError, message, loc));
      return;
    }
    if (expected?.contains(PythonParser.INDENT) && ctx instanceof BlockContext) {
      const owner = ctx.parent as ParserRuleContext | undefined;
      const what = owner ? BLOCK_OWNERS[owner.ruleIndex] : undefined;
      const where = owner ? ` on line ${owner.start.line}` : "";
      const message = what ? `expected an indented block after ${what}${where}` : "expected an indented block";
      this.out.push(diagnostic(DiagnosticCodes.IndentationError, message, loc));
      return;
    }
    if (type === PythonParser.DEDENT) {
      this.out.push(diagnostic(DiagnosticCodes.IndentationError, "unexpected unindent", loc));
      return;
    }
    if (type === Token.EOF) {
      const open = this.lexer.unclosedBracket;
      if (open) {
        this.out.push(
          diagnostic(DiagnosticCodes.SyntaxError, `'${open.ch}' was never closed`, point(open.line, open.col)),
        );
      } else {
        this.out.push(diagnostic(DiagnosticCodes.SyntaxError, "unexpected EOF while parsing", loc));
      }
      return;
    }
    if (expected && expected.size === 1 && expected.contains(PythonParser.COLON)) {
      this.out.push(diagnostic(DiagnosticCodes.SyntaxError, "expected ':'", loc));
      return;
    }
    if (type === PythonParser.RPAR || type === PythonParser.RSQB || type === PythonParser.RBRACE) {
      const ch = offending?.text ?? ")";
      this.out.push(diagnostic(DiagnosticCodes.SyntaxError, `unmatched '${ch}'`, loc));
      return;
    }
    // Inside a bracket that is never closed, CPython's parser reads on to the
    // end of the input looking for the close, and reports the bracket there.
    const open = this.lexer.unclosedBracket;
    if (open && (loc.line > open.line || (loc.line === open.line && loc.col > open.col))) {
      this.out.push(diagnostic(DiagnosticCodes.SyntaxError, `'${open.ch}' was never closed`, point(open.line, open.col)));
      return;
    }
    this.out.push(diagnostic(DiagnosticCodes.SyntaxError, "invalid syntax", loc));
  }
}

function safeExpected(parser: Parser) {
  try {
    return parser.getExpectedTokens();
  } catch {
    return undefined;
  }
}
