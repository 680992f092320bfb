// Parse tree of a `match` statement → our AST (Match, MatchCase, patterns).
// The grammar accepts a superset of PEP 634 where the PEG grammar would need
// backtracking; the checks CPython's parser makes (with its messages) are here:
// group vs tuple, literal forms, positional patterns after keyword ones,
// `**rest` last, `_` as a target. The checks CPython's compiler makes
// (unreachable patterns, repeated names) are in src/analyze/matchPatterns.ts.

import { ParserRuleContext, Token } from "antlr4ts";
import { tokenLoc } from "../parser/PythonLexerBase";
import {
  Case_blockContext,
  Closed_patternContext,
  GroupOrTuplePatternContext,
  ListPatternContext,
  Literal_patternContext,
  LiteralPatternContext,
  Mapping_itemContext,
  MappingPatternContext,
  Match_stmtContext,
  NameContext,
  NameOrClassPatternContext,
  Or_patternContext,
  PatternContext,
  Pattern_itemContext,
  Pattern_itemsContext,
} from "../parser/generated/PythonParser";
import type { Expr, Loc, Match, MatchCase, Name, Pattern, Stmt } from "./nodes";
import { numberValue } from "./strings";

/** What the pattern builder needs from AstBuilder. */
export interface PatternBuilderHost {
  visit(ctx: ParserRuleContext): Expr;
  block(ctx: NonNullable<ReturnType<Case_blockContext["block"]>>): Stmt[];
  loc(ctx: ParserRuleContext): Loc;
  strings(tokens: Token[], loc: Loc): Expr;
  error(message: string, loc: Loc): void;
}

export class PatternBuilder {
  constructor(private readonly host: PatternBuilderHost) {}

  matchStmt(ctx: Match_stmtContext): Match {
    const subjectCtx = ctx.subject_expr();
    const parts = subjectCtx.children?.filter((c) => c instanceof ParserRuleContext) as ParserRuleContext[];
    const elts = parts.map((p) => this.host.visit(p));
    let subject: Expr;
    if (subjectCtx.COMMA().length === 0) {
      subject = elts[0];
      if (subject.kind === "Starred") this.host.error("invalid syntax", subject.loc);
    } else {
      subject = { kind: "Tuple", elts, parenthesized: false, loc: this.host.loc(subjectCtx) };
    }
    const cases = ctx.case_block().map((c) => this.caseBlock(c));
    const start = tokenLoc(ctx.start);
    const end = cases[cases.length - 1].loc;
    return { kind: "Match", subject, cases, loc: { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol } };
  }

  private caseBlock(ctx: Case_blockContext): MatchCase {
    const pattern = this.items(ctx.pattern_items(), false);
    const g = ctx.namedexpr_test();
    const guard = g ? this.host.visit(g) : undefined;
    const body = this.host.block(ctx.block());
    const start = tokenLoc(ctx.start);
    const last = body.length ? body[body.length - 1].loc : tokenLoc(ctx.stop ?? ctx.start);
    return { pattern, guard, body, loc: { line: start.line, col: start.col, endLine: last.endLine, endCol: last.endCol } };
  }

  /** `a, *b` / `(a, b)` / `[a]`: a sequence, unless one item without a comma stands in parentheses (a group). */
  private items(ctx: Pattern_itemsContext | undefined, bracketed: boolean, at?: ParserRuleContext): Pattern {
    if (!ctx) return { kind: "MatchSequence", patterns: [], loc: this.host.loc(at!) };
    const items = ctx.pattern_item();
    const patterns = items.map((i) => this.item(i));
    if (!bracketed && ctx.COMMA().length === 0) {
      if (patterns[0].kind === "MatchStar") this.host.error("invalid syntax", patterns[0].loc);
      return patterns[0];
    }
    return { kind: "MatchSequence", patterns, loc: this.host.loc(at ?? ctx) };
  }

  private item(ctx: Pattern_itemContext): Pattern {
    const p = ctx.pattern();
    if (p) return this.pattern(p);
    const name = ctx.name()!;
    return { kind: "MatchStar", name: this.target(name, false), loc: this.host.loc(ctx) };
  }

  private pattern(ctx: PatternContext): Pattern {
    const inner = this.orPattern(ctx.or_pattern());
    const asName = ctx.name();
    if (!asName) return inner;
    return { kind: "MatchAs", pattern: inner, name: this.target(asName, true), loc: this.host.loc(ctx) };
  }

  /** A capture target; `_` is the wildcard (undefined), and no target after `as`. */
  private target(ctx: NameContext, afterAs: boolean): Name | undefined {
    const loc = this.host.loc(ctx);
    if (ctx.text === "_") {
      if (afterAs) this.host.error("cannot use '_' as a target", loc);
      return undefined;
    }
    return { kind: "Name", id: ctx.text, loc };
  }

  private orPattern(ctx: Or_patternContext): Pattern {
    const alts = ctx.closed_pattern().map((c) => this.closed(c));
    if (alts.length === 1) return alts[0];
    return { kind: "MatchOr", patterns: alts, loc: this.host.loc(ctx) };
  }

  private closed(ctx: Closed_patternContext): Pattern {
    const loc = this.host.loc(ctx);
    if (ctx instanceof LiteralPatternContext) return this.literal(ctx.literal_pattern());
    if (ctx instanceof GroupOrTuplePatternContext) return this.items(ctx.pattern_items(), false, ctx);
    if (ctx instanceof ListPatternContext) return this.items(ctx.pattern_items(), true, ctx);
    if (ctx instanceof MappingPatternContext) return this.mapping(ctx, loc);
    const c = ctx as NameOrClassPatternContext;
    const names = c.name();
    if (c.LPAR()) return this.classPattern(c, this.dotted(names), loc);
    if (names.length > 1) return { kind: "MatchValue", value: this.dotted(names), loc };
    return { kind: "MatchAs", name: this.target(names[0], false), loc };
  }

  private dotted(names: NameContext[]): Expr {
    let e: Expr = { kind: "Name", id: names[0].text, loc: this.host.loc(names[0]) };
    for (const n of names.slice(1)) {
      const nl = this.host.loc(n);
      e = { kind: "Attribute", value: e, attr: n.text, loc: { ...e.loc, endLine: nl.endLine, endCol: nl.endCol } };
    }
    return e;
  }

  private classPattern(ctx: NameOrClassPatternContext, cls: Expr, loc: Loc): Pattern {
    const patterns: Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: Pattern[] = [];
    for (const arg of ctx.pattern_args()?.pattern_arg() ?? []) {
      const p = this.pattern(arg.pattern());
      const kw = arg.name();
      if (kw) {
        kwdAttrs.push(kw.text);
        kwdPatterns.push(p);
      } else {
        if (kwdAttrs.length) this.host.error("positional patterns follow keyword patterns", p.loc);
        patterns.push(p);
      }
    }
    return { kind: "MatchClass", cls, patterns, kwdAttrs, kwdPatterns, loc };
  }

  private mapping(ctx: MappingPatternContext, loc: Loc): Pattern {
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: Name | undefined;
    const items = ctx.mapping_item();
    items.forEach((item: Mapping_itemContext, i) => {
      const p = item.pattern();
      if (!p) {
        const name = item.name()[0];
        if (name.text === "_" || i !== items.length - 1) this.host.error("invalid syntax", this.host.loc(name));
        rest = this.target(name, false);
        return;
      }
      const lit = item.literal_pattern();
      let key: Expr;
      if (lit) {
        const k = this.literal(lit);
        key = k.kind === "MatchValue" ? k.value : k.kind === "MatchSingleton" ? k.value : (k as never);
      } else {
        const names = item.name();
        if (names.length === 1) this.host.error("invalid syntax", tokenLoc(item.COLON()!.symbol));
        key = this.dotted(names);
      }
      keys.push(key);
      patterns.push(this.pattern(p));
    });
    return { kind: "MatchMapping", keys, patterns, rest, loc };
  }

  private literal(ctx: Literal_patternContext): Pattern {
    const loc = this.host.loc(ctx);
    if (ctx.NONE()) return { kind: "MatchSingleton", value: { kind: "Constant", value: { type: "None" }, loc }, loc };
    if (ctx.TRUE() || ctx.FALSE()) {
      return { kind: "MatchSingleton", value: { kind: "Constant", value: { type: "bool", value: !!ctx.TRUE() }, loc }, loc };
    }
    const strings = ctx.STRING();
    if (strings.length) {
      const value = this.host.strings(strings.map((t) => t.symbol), loc);
      if (value.kind !== "Constant") this.host.error("patterns may only match literals and attribute lookups", loc);
      return { kind: "MatchValue", value, loc };
    }
    const numbers = ctx.NUMBER();
    const number = (t: Token): Expr => ({ kind: "Constant", value: numberValue(t.text ?? ""), loc: tokenLoc(t) });
    const first = number(numbers[0].symbol);
    const minus = ctx.MINUS().find((m) => m.symbol.tokenIndex < numbers[0].symbol.tokenIndex);
    let value: Expr = minus ? { kind: "UnaryOp", op: "USub", operand: first, loc: { ...tokenLoc(minus.symbol), endLine: first.loc.endLine, endCol: first.loc.endCol } } : first;
    if (numbers.length === 2) {
      const second = number(numbers[1].symbol);
      const isImag = (e: Expr): boolean => e.kind === "Constant" && e.value.type === "complex";
      if (isImag(first)) this.host.error("real number required in complex literal", first.loc);
      else if (!isImag(second)) this.host.error("imaginary number required in complex literal", second.loc);
      const op = ctx.ADD() ? "Add" : "Sub";
      value = { kind: "BinOp", left: value, op, right: second, loc };
    }
    return { kind: "MatchValue", value, loc };
  }
}
