// Parse tree (antlr4ts contexts) → our AST (src/ast/nodes.ts).
//
// This file and src/parser/parse.ts are the only importers of
// src/parser/generated. Expressions are built by visiting (`visitXxx`);
// `defaultResult()` throws, so a rule without a handler fails loudly instead
// of producing an empty node. Statements are built by plain methods because
// one `simple_stmts` yields several statements.
//
// Locations: 1-based line and column, end exclusive. A compound statement
// ends where its last body statement ends (not at the synthesized DEDENT).

import { ParserRuleContext, Token } from "antlr4ts";
import { AbstractParseTreeVisitor } from "antlr4ts/tree/AbstractParseTreeVisitor";
import { TerminalNode } from "antlr4ts/tree/TerminalNode";
import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import { parseFStringExpr } from "../parser/parse";
import { tokenLoc } from "../parser/PythonLexerBase";
import {
  And_testContext,
  AnnassignContext,
  ArglistContext,
  ArgumentContext,
  AtomContext,
  Await_primaryContext,
  BinaryExprContext,
  BlockContext,
  BraceAtomContext,
  ClassdefContext,
  Comp_forContext,
  Comp_ifContext,
  ComparisonContext,
  Compound_stmtContext,
  DecoratedContext,
  Dict_itemContext,
  ExprContext,
  Expr_stmtContext,
  ExprlistContext,
  File_inputContext,
  Fstring_expr_inputContext,
  FuncdefContext,
  If_stmtContext,
  Import_fromContext,
  IndexSubscriptContext,
  LambdefContext,
  ListAtomContext,
  Namedexpr_testContext,
  NameContext,
  Not_testContext,
  Or_testContext,
  ParenAtomContext,
  PrimaryContext,
  PrimaryExprContext,
  PythonParser,
  Set_itemContext,
  Simple_stmtContext,
  Simple_stmtsContext,
  SliceSubscriptContext,
  Star_exprContext,
  StarSubscriptContext,
  StmtContext,
  StringAtomContext,
  SubscriptContext,
  SubscriptlistContext,
  TestContext,
  Testlist_compContext,
  Testlist_star_exprContext,
  TrailerContext,
  TparamContext,
  Try_stmtContext,
  TypedargslistContext,
  VparamContext,
  While_stmtContext,
  For_stmtContext,
  UnaryExprContext,
  VarargslistContext,
  With_stmtContext,
  Yield_exprContext,
} from "../parser/generated/PythonParser";
import type { PythonParserVisitor } from "../parser/generated/PythonParserVisitor";
import type {
  Alias,
  Arg,
  Arguments,
  BinOpName,
  CmpOpName,
  Comment,
  Comprehension,
  Constant,
  ConstantValue,
  ExceptHandler,
  Expr,
  FormattedValue,
  JoinedStr,
  Keyword,
  Loc,
  Module,
  Stmt,
  WithItem,
} from "./nodes";
import { PatternBuilder } from "./buildPatterns";
import { FPart, numberValue, scanFString, splitString, unescape } from "./strings";

type AnyCtx = ParserRuleContext;

const AUG_OPS: Record<string, BinOpName> = {
  "+=": "Add",
  "-=": "Sub",
  "*=": "Mult",
  "@=": "MatMult",
  "/=": "Div",
  "%=": "Mod",
  "&=": "BitAnd",
  "|=": "BitOr",
  "^=": "BitXor",
  "<<=": "LShift",
  ">>=": "RShift",
  "**=": "Pow",
  "//=": "FloorDiv",
};

const BIN_OPS: Record<string, BinOpName> = {
  "+": "Add",
  "-": "Sub",
  "*": "Mult",
  "@": "MatMult",
  "/": "Div",
  "%": "Mod",
  "&": "BitAnd",
  "|": "BitOr",
  "^": "BitXor",
  "<<": "LShift",
  ">>": "RShift",
  "**": "Pow",
  "//": "FloorDiv",
};

const CMP_OPS: Record<string, CmpOpName> = {
  "<": "Lt",
  ">": "Gt",
  "==": "Eq",
  ">=": "GtE",
  "<=": "LtE",
  "!=": "NotEq",
  in: "In",
  notin: "NotIn",
  is: "Is",
  isnot: "IsNot",
};

/** What CPython calls an expression that cannot be assigned to. */
const TARGET_NAMES: Partial<Record<Expr["kind"], string>> = {
  Call: "function call",
  Constant: "literal",
  JoinedStr: "f-string expression",
  BinOp: "expression",
  UnaryOp: "expression",
  BoolOp: "expression",
  Compare: "comparison",
  Lambda: "lambda",
  IfExp: "conditional expression",
  Dict: "dict literal",
  Set: "set display",
  ListComp: "list comprehension",
  SetComp: "set comprehension",
  DictComp: "dict comprehension",
  GeneratorExp: "generator expression",
  Await: "await expression",
  Yield: "yield expression",
  YieldFrom: "yield expression",
  NamedExpr: "named expression",
  Slice: "slice",
};

export class AstBuilder
  extends AbstractParseTreeVisitor<Expr>
  implements PythonParserVisitor<Expr>
{
  readonly diagnostics: Diagnostic[] = [];

  protected defaultResult(): Expr {
    throw new Error("AstBuilder: no handler for this parse tree node");
  }

  // ---------------------------------------------------------------- module

  buildModule(tree: File_inputContext, tokens: Token[], source: string): Module {
    const body: Stmt[] = [];
    for (const s of tree.stmt()) body.push(...this.stmt(s));
    this.futureStatements(body);
    const lines = source.split(/\r\n|\r|\n/);
    const lastLine = lines.length;
    const endCol = [...lines[lastLine - 1]].length + 1;
    return {
      kind: "Module",
      body,
      comments: collectComments(tokens),
      loc: { line: 1, col: 1, endLine: lastLine, endCol },
    };
  }

  /**
   * `from __future__ import f`: CPython's compile-time checks (future.c). Every feature 3.11 knows
   * is mandatory or (annotations) only changes when annotations are evaluated, which we never do:
   * a valid future statement has no run-time effect, so it is dropped from the module body.
   */
  private futureStatements(body: Stmt[]): void {
    let atTop = true;
    for (let i = 0; i < body.length; i++) {
      const s = body[i];
      if (i === 0 && s.kind === "Expr" && s.value.kind === "Constant" && s.value.value.type === "str") continue;
      if (s.kind !== "ImportFrom" || s.module !== "__future__" || s.level !== 0) {
        atTop = false;
        continue;
      }
      if (!atTop) {
        this.error("from __future__ imports must occur at the beginning of the file", s.loc);
        continue;
      }
      for (const a of s.names) {
        if (a.name === "braces") this.error("not a chance", s.loc);
        else if (a.name === "barry_as_FLUFL") this.error("'barry_as_FLUFL' from module '__future__' is not supported", a.loc);
        else if (!FUTURE_FEATURES.has(a.name)) this.error(`future feature ${a.name} is not defined`, s.loc);
      }
      body.splice(i--, 1);
    }
  }

  // ---------------------------------------------------------------- statements

  stmt(ctx: StmtContext): Stmt[] {
    const simple = ctx.simple_stmts();
    if (simple) return this.simpleStmts(simple);
    return [this.compoundStmt(ctx.compound_stmt()!)];
  }

  block(ctx: BlockContext): Stmt[] {
    const simple = ctx.simple_stmts();
    if (simple) return this.simpleStmts(simple);
    const out: Stmt[] = [];
    for (const s of ctx.stmt()) out.push(...this.stmt(s));
    return out;
  }

  simpleStmts(ctx: Simple_stmtsContext): Stmt[] {
    return ctx.simple_stmt().map((s) => this.simpleStmt(s));
  }

  simpleStmt(ctx: Simple_stmtContext): Stmt {
    const loc = this.loc(ctx);
    const e = ctx.expr_stmt();
    if (e) return this.exprStmt(e);
    if (ctx.pass_stmt()) return { kind: "Pass", loc };
    if (ctx.break_stmt()) return { kind: "Break", loc };
    if (ctx.continue_stmt()) return { kind: "Continue", loc };
    const ret = ctx.return_stmt();
    if (ret) {
      const v = ret.testlist_star_expr();
      return { kind: "Return", value: v ? this.visit(v) : undefined, loc };
    }
    const del = ctx.del_stmt();
    if (del) {
      const targets = this.exprlistItems(del.exprlist());
      for (const t of targets) this.checkTarget(t, "delete");
      return { kind: "Delete", targets, loc };
    }
    const raise = ctx.raise_stmt();
    if (raise) {
      const tests = raise.test();
      return {
        kind: "Raise",
        exc: tests[0] ? this.visit(tests[0]) : undefined,
        cause: tests[1] ? this.visit(tests[1]) : undefined,
        loc,
      };
    }
    const y = ctx.yield_stmt();
    if (y) return { kind: "Expr", value: this.visit(y.yield_expr()), loc };
    const imp = ctx.import_stmt();
    if (imp) {
      const name = imp.import_name();
      if (name) {
        const names: Alias[] = name
          .dotted_as_names()
          .dotted_as_name()
          .map((d) => ({
            name: d.dotted_name().name().map((n) => n.text).join("."),
            asname: d.name()?.text,
            loc: this.loc(d),
          }));
        return { kind: "Import", names, loc };
      }
      return this.importFrom(imp.import_from()!);
    }
    const g = ctx.global_stmt();
    if (g) return { kind: "Global", names: g.name().map((n) => n.text), loc };
    const nl = ctx.nonlocal_stmt();
    if (nl) return { kind: "Nonlocal", names: nl.name().map((n) => n.text), loc };
    const a = ctx.assert_stmt();
    if (a) {
      const tests = a.test();
      return {
        kind: "Assert",
        test: this.visit(tests[0]),
        msg: tests[1] ? this.visit(tests[1]) : undefined,
        loc,
      };
    }
    throw new Error(`AstBuilder: unhandled simple statement at line ${loc.line}`);
  }

  private importFrom(ctx: Import_fromContext): Stmt {
    let level = 0;
    for (const child of ctx.children ?? []) {
      if (child instanceof TerminalNode) {
        if (child.symbol.type === PythonParser.DOT) level += 1;
        else if (child.symbol.type === PythonParser.ELLIPSIS) level += 3;
        else if (child.symbol.type === PythonParser.IMPORT) break;
      }
    }
    const dotted = ctx.dotted_name();
    const module = dotted ? dotted.name().map((n) => n.text).join(".") : "";
    let names: Alias[];
    const star = ctx.STAR();
    if (star) {
      names = [{ name: "*", loc: tokenLoc(star.symbol) }];
    } else {
      names = ctx
        .import_as_names()!
        .import_as_name()
        .map((n) => {
          const [name, asname] = n.name();
          return { name: name.text, asname: asname?.text, loc: this.loc(n) };
        });
    }
    return { kind: "ImportFrom", module, level, names, loc: this.loc(ctx) };
  }

  private exprStmt(ctx: Expr_stmtContext): Stmt {
    const loc = this.loc(ctx);
    const sides: Expr[] = [];
    for (const child of ctx.children ?? []) {
      if (child instanceof Testlist_star_exprContext || child instanceof Yield_exprContext) {
        sides.push(this.visit(child));
      }
    }
    const ann = ctx.annassign();
    if (ann) return this.annAssign(sides[0], ann, loc);
    const aug = ctx.augassign();
    if (aug) {
      const target = sides[0];
      if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
        this.error(`'${describe(target)}' is an illegal expression for augmented assignment`, target.loc);
      }
      return { kind: "AugAssign", target, op: AUG_OPS[aug.text], value: sides[1], loc };
    }
    if (sides.length === 1) return { kind: "Expr", value: sides[0], loc };
    const targets = sides.slice(0, -1);
    for (const t of targets) this.checkTarget(t, "assign to");
    return { kind: "Assign", targets, value: sides[sides.length - 1], loc };
  }

  private annAssign(target: Expr, ctx: AnnassignContext, loc: Loc): Stmt {
    if (target.kind === "Tuple" || target.kind === "List") {
      this.error("only single target (not tuple) can be annotated", target.loc);
    } else if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
      this.error("illegal target for annotation", target.loc);
    }
    const v = ctx.yield_expr() ?? ctx.testlist_star_expr();
    return {
      kind: "AnnAssign",
      target,
      annotation: this.visit(ctx.test()),
      value: v ? this.visit(v) : undefined,
      loc,
    };
  }

  compoundStmt(ctx: Compound_stmtContext): Stmt {
    const c =
      ctx.if_stmt() ??
      ctx.while_stmt() ??
      ctx.for_stmt() ??
      ctx.try_stmt() ??
      ctx.with_stmt() ??
      ctx.funcdef() ??
      ctx.classdef();
    if (c) return this.compound(c, false);
    const dec = ctx.decorated();
    if (dec) return this.decorated(dec);
    const match = ctx.match_stmt();
    if (match) return new PatternBuilder(this).matchStmt(match);
    const a = ctx.async_stmt()!;
    const inner = a.funcdef() ?? a.with_stmt() ?? a.for_stmt()!;
    return this.compound(inner, true, a.start);
  }

  private decorated(ctx: DecoratedContext): Stmt {
    const decorators = ctx.decorator().map((d) => this.visit(d.namedexpr_test()));
    const af = ctx.async_funcdef();
    const def = ctx.classdef() ?? ctx.funcdef() ?? af!.funcdef();
    const s = this.compound(def, af !== undefined, af?.start);
    if (s.kind === "FunctionDef" || s.kind === "ClassDef") s.decorators = decorators;
    return s;
  }

  /** if/while/for/try/with/def/class; `start` is the `async` token when there is one. */
  private compound(ctx: AnyCtx, isAsync: boolean, start: Token = ctx.start): Stmt {
    if (ctx instanceof If_stmtContext) {
      const test = this.visit(ctx.namedexpr_test());
      const body = this.block(ctx.block());
      const elifs = ctx.elif_clause().map((e) => {
        const clauseTest = this.visit(e.namedexpr_test());
        const clauseBody = this.block(e.block());
        return { test: clauseTest, body: clauseBody, loc: this.span(e.start, lastLoc(clauseBody)) };
      });
      const elseClause = ctx.else_clause();
      const orelse: Stmt[] = elseClause ? this.block(elseClause.block()) : [];
      const last = orelse.length ? orelse : elifs.length ? elifs[elifs.length - 1].body : body;
      return { kind: "If", test, body, elifs, orelse, loc: this.span(start, lastLoc(last)) };
    }
    if (ctx instanceof While_stmtContext) {
      const w = ctx;
      const body = this.block(w.block());
      const orelse = w.else_clause() ? this.block(w.else_clause()!.block()) : [];
      return {
        kind: "While",
        test: this.visit(w.namedexpr_test()),
        body,
        orelse,
        loc: this.span(start, lastLoc(orelse.length ? orelse : body)),
      };
    }
    if (ctx instanceof For_stmtContext) {
      const f = ctx;
      const target = this.exprlistTarget(f.exprlist());
      this.checkTarget(target, "assign to");
      const iter = this.visit(f.testlist_star_expr());
      const body = this.block(f.block());
      const orelse = f.else_clause() ? this.block(f.else_clause()!.block()) : [];
      return {
        kind: "For",
        target,
        iter,
        body,
        orelse,
        isAsync,
        loc: this.span(start, lastLoc(orelse.length ? orelse : body)),
      };
    }
    if (ctx instanceof Try_stmtContext) {
      const t = ctx;
      const body = this.block(t.block());
      const handlers: ExceptHandler[] = t.except_clause().map((h) => {
        const hb = this.block(h.block());
        const type = h.test();
        return {
          kind: "ExceptHandler",
          type: type ? this.visit(type) : undefined,
          name: h.name()?.text,
          body: hb,
          loc: this.span(h.start, lastLoc(hb)),
        };
      });
      const stars = t.except_clause().map((h) => h.STAR() !== undefined);
      const star = stars.some((x) => x);
      if (star && !stars.every((x) => x)) {
        this.error("cannot have both 'except' and 'except*' on the same 'try'", handlers[stars.indexOf(!stars[0])].loc);
      }
      const bare = handlers.findIndex((h) => h.type === undefined);
      if (star && bare >= 0) this.error("expected one or more exception types", handlers[bare].loc);
      else if (bare >= 0 && bare < handlers.length - 1) {
        this.error("default 'except:' must be last", handlers[bare].loc);
      }
      if (star) for (const h of handlers) this.checkExceptStarBody(h.body);
      const orelse = t.else_clause() ? this.block(t.else_clause()!.block()) : [];
      const finalbody = t.finally_clause() ? this.block(t.finally_clause()!.block()) : [];
      const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers : body;
      return { kind: "Try", body, handlers, orelse, finalbody, ...(star ? { star } : {}), loc: this.span(start, lastLoc(last)) };
    }
    if (ctx instanceof With_stmtContext) {
      const items: WithItem[] = ctx.with_item().map((w) => {
        const vars = w.expr();
        const optionalVars = vars ? this.visit(vars) : undefined;
        if (optionalVars) this.checkTarget(optionalVars, "assign to");
        return { contextExpr: this.visit(w.test()), optionalVars };
      });
      const body = this.block(ctx.block());
      return { kind: "With", items, body, isAsync, loc: this.span(start, lastLoc(body)) };
    }
    if (ctx instanceof FuncdefContext) {
      const name = ctx.name();
      const params = ctx.typedargslist();
      const args = params ? this.arguments(params) : emptyArguments();
      const returns = ctx.test();
      const body = this.block(ctx.block());
      return {
        kind: "FunctionDef",
        name: name.text,
        nameLoc: this.loc(name),
        args,
        body,
        decorators: [],
        isAsync,
        returns: returns ? this.visit(returns) : undefined,
        loc: this.span(start, lastLoc(body)),
      };
    }
    if (ctx instanceof ClassdefContext) {
      const arglist = ctx.arglist();
      const { args, keywords } = arglist ? this.arglist(arglist) : { args: [], keywords: [] };
      const body = this.block(ctx.block());
      return {
        kind: "ClassDef",
        name: ctx.name().text,
        bases: args,
        keywords,
        body,
        decorators: [],
        loc: this.span(start, lastLoc(body)),
      };
    }
    throw new Error(`AstBuilder: unhandled compound statement at line ${ctx.start.line}`);
  }

  // ---------------------------------------------------------------- parameters

  private arguments(ctx: TypedargslistContext | VarargslistContext): Arguments {
    const out = emptyArguments();
    let seenStar = false;
    let seenDefault = false;
    const params: (TparamContext | VparamContext)[] =
      ctx instanceof TypedargslistContext ? ctx.tparam() : ctx.vparam();
    for (const p of params) {
      const loc = this.loc(p);
      if (out.kwarg) this.error("arguments cannot follow var-keyword argument", loc);
      if (p.DIV()) {
        if (seenStar || out.posonlyCount > 0) this.error("/ must be ahead of *", loc);
        else if (out.args.length === 0) this.error("at least one argument must precede /", loc);
        out.posonlyCount = out.args.length;
        continue;
      }
      const arg = this.param(p);
      if (p.STAR()) {
        if (seenStar) this.error("* argument may appear only once", loc);
        seenStar = true;
        out.vararg = arg;
        continue;
      }
      if (p.POWER()) {
        out.kwarg = arg;
        continue;
      }
      const dflt = p.ASSIGN() ? p.test() : undefined;
      const value = dflt ? this.visit(dflt) : undefined;
      if (seenStar) {
        out.kwonlyargs.push(arg!);
        out.kwDefaults.push(value);
      } else {
        out.args.push(arg!);
        if (value) {
          out.defaults.push(value);
          seenDefault = true;
        } else if (seenDefault) {
          this.error("non-default argument follows default argument", arg!.loc);
        }
      }
    }
    if (seenStar && !out.vararg && out.kwonlyargs.length === 0) {
      this.error("named arguments must follow bare *", this.loc(ctx));
    }
    const seen = new Set<string>();
    for (const a of [...out.args, out.vararg, ...out.kwonlyargs, out.kwarg]) {
      if (!a) continue;
      if (seen.has(a.name)) this.error(`duplicate argument '${a.name}' in function definition`, a.loc);
      seen.add(a.name);
    }
    return out;
  }

  private param(p: TparamContext | VparamContext): Arg | undefined {
    const tf = p instanceof TparamContext ? p.tfpdef() : undefined;
    if (tf) {
      const name = tf.name();
      const ann = tf.test();
      return {
        kind: "arg",
        name: name.text,
        annotation: ann ? this.visit(ann) : undefined,
        loc: this.loc(tf),
      };
    }
    const name = p instanceof VparamContext ? p.name() : undefined;
    if (name) return { kind: "arg", name: name.text, loc: this.loc(name) };
    return undefined;
  }

  // ---------------------------------------------------------------- expressions

  visitTestlist_star_expr(ctx: Testlist_star_exprContext): Expr {
    return this.sequence(ctx, ctx.COMMA().length > 0);
  }

  visitFstring_expr_input(ctx: Fstring_expr_inputContext): Expr {
    return this.visit((ctx.yield_expr() ?? ctx.testlist_star_expr())!);
  }

  visitYield_expr(ctx: Yield_exprContext): Expr {
    const loc = this.loc(ctx);
    if (ctx.FROM()) return { kind: "YieldFrom", value: this.visit(ctx.test()!), loc };
    const v = ctx.testlist_star_expr();
    return { kind: "Yield", value: v ? this.visit(v) : undefined, loc };
  }

  visitNamedexpr_test(ctx: Namedexpr_testContext): Expr {
    const tests = ctx.test();
    if (tests.length === 1) return this.visit(tests[0]);
    const target = this.visit(tests[0]);
    const value = this.visit(tests[1]);
    if (target.kind !== "Name") {
      this.error(`cannot use assignment expressions with ${describe(target)}`, target.loc);
      return value;
    }
    return { kind: "NamedExpr", target, value, loc: this.loc(ctx) };
  }

  visitTest(ctx: TestContext): Expr {
    const lambda = ctx.lambdef();
    if (lambda) return this.visit(lambda);
    const ors = ctx.or_test();
    if (ors.length === 1) return this.visit(ors[0]);
    return {
      kind: "IfExp",
      body: this.visit(ors[0]),
      test: this.visit(ors[1]),
      orelse: this.visit(ctx.test()!),
      loc: this.loc(ctx),
    };
  }

  visitLambdef(ctx: LambdefContext): Expr {
    const params = ctx.varargslist();
    return {
      kind: "Lambda",
      args: params ? this.arguments(params) : emptyArguments(),
      body: this.visit(ctx.test()),
      loc: this.loc(ctx),
    };
  }

  visitOr_test(ctx: Or_testContext): Expr {
    const parts = ctx.and_test();
    if (parts.length === 1) return this.visit(parts[0]);
    return { kind: "BoolOp", op: "Or", values: parts.map((p) => this.visit(p)), loc: this.loc(ctx) };
  }

  visitAnd_test(ctx: And_testContext): Expr {
    const parts = ctx.not_test();
    if (parts.length === 1) return this.visit(parts[0]);
    return { kind: "BoolOp", op: "And", values: parts.map((p) => this.visit(p)), loc: this.loc(ctx) };
  }

  visitNot_test(ctx: Not_testContext): Expr {
    const cmp = ctx.comparison();
    if (cmp) return this.visit(cmp);
    return { kind: "UnaryOp", op: "Not", operand: this.visit(ctx.not_test()!), loc: this.loc(ctx) };
  }

  visitComparison(ctx: ComparisonContext): Expr {
    const exprs = ctx.expr();
    if (exprs.length === 1) return this.visit(exprs[0]);
    return {
      kind: "Compare",
      left: this.visit(exprs[0]),
      ops: ctx.comp_op().map((o) => CMP_OPS[o.text]),
      comparators: exprs.slice(1).map((e) => this.visit(e)),
      loc: this.loc(ctx),
    };
  }

  visitStar_expr(ctx: Star_exprContext): Expr {
    return { kind: "Starred", value: this.visit(ctx.expr()), loc: this.loc(ctx) };
  }

  visitPrimaryExpr(ctx: PrimaryExprContext): Expr {
    return this.visit(ctx.await_primary());
  }

  visitBinaryExpr(ctx: BinaryExprContext): Expr {
    return {
      kind: "BinOp",
      left: this.visit(ctx.expr(0)),
      op: BIN_OPS[ctx._op.text!],
      right: this.visit(ctx.expr(1)),
      loc: this.loc(ctx),
    };
  }

  visitUnaryExpr(ctx: UnaryExprContext): Expr {
    const op = ctx._op.type === PythonParser.MINUS ? "USub" : ctx._op.type === PythonParser.ADD ? "UAdd" : "Invert";
    return { kind: "UnaryOp", op, operand: this.visit(ctx.expr()), loc: this.loc(ctx) };
  }

  visitAwait_primary(ctx: Await_primaryContext): Expr {
    const p = this.visit(ctx.primary());
    if (!ctx.AWAIT()) return p;
    return { kind: "Await", value: p, loc: this.loc(ctx) };
  }

  visitPrimary(ctx: PrimaryContext): Expr {
    let acc = this.visit(ctx.atom());
    const start = ctx.start;
    for (const t of ctx.trailer()) acc = this.trailer(acc, t, start);
    return acc;
  }

  private trailer(value: Expr, t: TrailerContext, start: Token): Expr {
    const loc = this.span(start, this.loc(t));
    const name = t.name();
    if (name) return { kind: "Attribute", value, attr: name.text, loc };
    const subs = t.subscriptlist();
    if (subs) return { kind: "Subscript", value, slice: this.visit(subs), loc };
    const arglist = t.arglist();
    const { args, keywords } = arglist ? this.arglist(arglist) : { args: [], keywords: [] };
    return { kind: "Call", func: value, args, keywords, loc };
  }

  private arglist(ctx: ArglistContext): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    const list = ctx.argument();
    for (const a of list) {
      const loc = this.loc(a);
      const name = a.name();
      if (name) {
        keywords.push({ kind: "keyword", arg: name.text, value: this.visit(a.test()!), loc });
        continue;
      }
      if (a.POWER()) {
        keywords.push({ kind: "keyword", value: this.visit(a.test()!), loc });
        continue;
      }
      let value: Expr;
      if (a.STAR()) {
        value = { kind: "Starred", value: this.visit(a.test()!), loc };
      } else {
        const comp = a.comp_for();
        const elt = this.visit(a.namedexpr_test()!);
        if (comp) {
          if (list.length > 1) this.error("Generator expression must be parenthesized", loc);
          value = { kind: "GeneratorExp", elt, generators: this.comprehension(comp), loc };
        } else {
          value = elt;
        }
      }
      if (keywords.some((k) => k.arg === undefined) && value.kind !== "Starred") {
        this.error("positional argument follows keyword argument unpacking", loc);
      } else if (keywords.length > 0 && value.kind !== "Starred") {
        this.error("positional argument follows keyword argument", loc);
      } else if (keywords.some((k) => k.arg === undefined) && value.kind === "Starred") {
        this.error("iterable argument unpacking follows keyword argument unpacking", loc);
      }
      args.push(value);
    }
    return { args, keywords };
  }

  visitSubscriptlist(ctx: SubscriptlistContext): Expr {
    const subs = ctx.subscript();
    if (subs.length === 1 && ctx.COMMA().length === 0) return this.visit(subs[0]);
    return { kind: "Tuple", elts: subs.map((s) => this.visit(s)), parenthesized: false, loc: this.loc(ctx) };
  }

  visitSliceSubscript(ctx: SliceSubscriptContext): Expr {
    const parts: (Expr | undefined)[] = [undefined, undefined, undefined];
    let slot = 0;
    for (const child of ctx.children ?? []) {
      if (child instanceof TerminalNode) slot++;
      else parts[slot] = this.visit(child);
    }
    return { kind: "Slice", lower: parts[0], upper: parts[1], step: parts[2], loc: this.loc(ctx) };
  }

  visitIndexSubscript(ctx: IndexSubscriptContext): Expr {
    return this.visit(ctx.namedexpr_test());
  }

  visitStarSubscript(ctx: StarSubscriptContext): Expr {
    return this.visit(ctx.star_expr());
  }

  // ---------------------------------------------------------------- atoms

  visitNameAtom(ctx: AtomContext): Expr {
    return { kind: "Name", id: ctx.text, loc: this.loc(ctx) };
  }

  visitNumberAtom(ctx: AtomContext): Expr {
    return { kind: "Constant", value: numberValue(ctx.text), loc: this.loc(ctx) };
  }

  visitEllipsisAtom(ctx: AtomContext): Expr {
    return this.constant({ type: "Ellipsis" }, ctx);
  }

  visitNoneAtom(ctx: AtomContext): Expr {
    return this.constant({ type: "None" }, ctx);
  }

  visitTrueAtom(ctx: AtomContext): Expr {
    return this.constant({ type: "bool", value: true }, ctx);
  }

  visitFalseAtom(ctx: AtomContext): Expr {
    return this.constant({ type: "bool", value: false }, ctx);
  }

  visitParenAtom(ctx: ParenAtomContext): Expr {
    const loc = this.loc(ctx);
    const y = ctx.yield_expr();
    if (y) return this.visit(y);
    const tc = ctx.testlist_comp();
    if (!tc) return { kind: "Tuple", elts: [], parenthesized: true, loc };
    const comp = tc.comp_for();
    if (comp) {
      return { kind: "GeneratorExp", elt: this.visit(tc.getChild(0)), generators: this.comprehension(comp), loc };
    }
    if (tc.COMMA().length === 0) {
      const inner = this.visit(tc.getChild(0));
      if (inner.kind === "Starred") this.error("cannot use starred expression here", inner.loc);
      if (inner.kind === "Tuple") inner.parenthesized = true;
      return inner;
    }
    return { kind: "Tuple", elts: this.elements(tc), parenthesized: true, loc };
  }

  visitListAtom(ctx: ListAtomContext): Expr {
    const loc = this.loc(ctx);
    const tc = ctx.testlist_comp();
    if (!tc) return { kind: "List", elts: [], loc };
    const comp = tc.comp_for();
    if (comp) return { kind: "ListComp", elt: this.visit(tc.getChild(0)), generators: this.comprehension(comp), loc };
    return { kind: "List", elts: this.elements(tc), loc };
  }

  visitBraceAtom(ctx: BraceAtomContext): Expr {
    const loc = this.loc(ctx);
    const m = ctx.dictorsetmaker();
    if (!m) return { kind: "Dict", keys: [], values: [], loc };
    const comp = m.comp_for();
    const dictItems = m.dict_item();
    if (dictItems.length > 0) {
      if (comp) {
        const first = dictItems[0];
        if (first.POWER()) this.error("dict unpacking cannot be used in dict comprehension", this.loc(first));
        return {
          kind: "DictComp",
          key: this.visit(first.test(0)),
          value: this.visit(first.test(1)),
          generators: this.comprehension(comp),
          loc,
        };
      }
      const keys: (Expr | undefined)[] = [];
      const values: Expr[] = [];
      for (const d of dictItems) this.dictItem(d, keys, values);
      return { kind: "Dict", keys, values, loc };
    }
    const items = m.set_item();
    if (comp) return { kind: "SetComp", elt: this.setItem(items[0]), generators: this.comprehension(comp), loc };
    return { kind: "Set", elts: items.map((s) => this.setItem(s)), loc };
  }

  private dictItem(d: Dict_itemContext, keys: (Expr | undefined)[], values: Expr[]): void {
    const e = d.expr();
    if (e) {
      keys.push(undefined);
      values.push(this.visit(e));
      return;
    }
    keys.push(this.visit(d.test(0)));
    values.push(this.visit(d.test(1)));
  }

  private setItem(s: Set_itemContext): Expr {
    return this.visit((s.namedexpr_test() ?? s.star_expr())!);
  }

  visitStringAtom(ctx: StringAtomContext): Expr {
    return this.strings(ctx.STRING().map((t) => t.symbol), this.loc(ctx));
  }

  // ---------------------------------------------------------------- helpers: sequences

  private sequence(ctx: AnyCtx, hasComma: boolean): Expr {
    const elts: Expr[] = [];
    for (const child of ctx.children ?? []) {
      if (!(child instanceof TerminalNode)) elts.push(this.visit(child));
    }
    if (!hasComma) return elts[0];
    return { kind: "Tuple", elts, parenthesized: false, loc: this.loc(ctx) };
  }

  private elements(tc: Testlist_compContext): Expr[] {
    const elts: Expr[] = [];
    for (const child of tc.children ?? []) {
      if (!(child instanceof TerminalNode)) elts.push(this.visit(child));
    }
    return elts;
  }

  private exprlistItems(ctx: ExprlistContext): Expr[] {
    const items: Expr[] = [];
    for (const child of ctx.children ?? []) {
      if (!(child instanceof TerminalNode)) items.push(this.visit(child));
    }
    return items;
  }

  private exprlistTarget(ctx: ExprlistContext): Expr {
    const items = this.exprlistItems(ctx);
    if (ctx.COMMA().length === 0) return items[0];
    return { kind: "Tuple", elts: items, parenthesized: false, loc: this.loc(ctx) };
  }

  private comprehension(first: Comp_forContext): Comprehension[] {
    const out: Comprehension[] = [];
    let cur: Comp_forContext | Comp_ifContext | undefined = first;
    while (cur) {
      if (cur instanceof Comp_forContext) {
        const target = this.exprlistTarget(cur.exprlist());
        this.checkTarget(target, "assign to");
        out.push({ target, iter: this.visit(cur.or_test()), ifs: [], isAsync: cur.ASYNC() !== undefined });
      } else {
        out[out.length - 1].ifs.push(this.visit(cur.or_test()));
      }
      const next = cur.comp_iter();
      cur = next ? (next.comp_for() ?? next.comp_if()) : undefined;
    }
    return out;
  }

  private checkTarget(e: Expr, verb: "assign to" | "delete"): void {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return;
      case "Starred":
        if (verb === "delete") this.error("cannot delete starred", e.loc);
        else this.checkTarget(e.value, verb);
        return;
      case "Tuple":
      case "List": {
        let stars = 0;
        for (const x of e.elts) {
          if (x.kind === "Starred") stars++;
          this.checkTarget(x, verb);
        }
        if (stars > 1) this.error("multiple starred expressions in assignment", e.loc);
        return;
      }
      default:
        this.error(`cannot ${verb} ${TARGET_NAMES[e.kind] ?? "expression"}`, e.loc);
    }
  }

  // ---------------------------------------------------------------- helpers: strings

  /** Adjacent literals: one Constant (str or bytes) or one JoinedStr. */
  strings(tokens: Token[], loc: Loc): Expr {
    const pieces = tokens.map((t) => ({ t, s: splitString(t.text!) }));
    const bytes = pieces.filter((p) => p.s.bytes).length;
    if (bytes > 0 && bytes < pieces.length) {
      this.error("cannot mix bytes and nonbytes literals", loc);
    }
    if (!pieces.some((p) => p.s.fstring)) {
      let value = "";
      for (const { t, s } of pieces) {
        if (s.raw) {
          value += s.body;
          if (s.bytes && /[^\x00-\x7f]/.test(s.body)) {
            this.error("bytes can only contain ASCII literal characters", tokenLoc(t));
          }
          continue;
        }
        const u = unescape(s.body, s.bytes);
        if (u.error) this.error(u.error, tokenLoc(t));
        value += u.value;
      }
      return this.constant(bytes > 0 ? { type: "bytes", value } : { type: "str", value }, loc);
    }
    const values: (Constant | FormattedValue)[] = [];
    const addText = (text: string) => {
      if (!text) return;
      const last = values[values.length - 1];
      if (last && last.kind === "Constant" && last.value.type === "str") {
        last.value = { type: "str", value: last.value.value + text };
      } else {
        values.push(this.constant({ type: "str", value: text }, loc) as Constant);
      }
    };
    for (const { t, s } of pieces) {
      if (!s.fstring) {
        const u = s.raw ? { value: s.body } : unescape(s.body, false);
        if (u.error) this.error(u.error, tokenLoc(t));
        addText(u.value);
        continue;
      }
      const positions = new TokenPositions(t);
      const scan = scanFString(s.body, s.raw);
      for (const e of scan.errors) this.error(e.message, positions.point(s.bodyOffset + e.offset));
      for (const part of scan.parts) {
        if (part.kind === "literal") addText(part.value);
        else {
          if (part.debugText !== undefined) addText(part.debugText);
          values.push(this.formatted(part, s.body, s.bodyOffset, positions, loc));
        }
      }
    }
    return { kind: "JoinedStr", values, loc };
  }

  private formatted(
    part: Extract<FPart, { kind: "field" }>,
    body: string,
    bodyOffset: number,
    positions: TokenPositions,
    loc: Loc,
  ): FormattedValue {
    const text = body.slice(part.exprStart, part.exprEnd);
    const at = positions.at(bodyOffset + part.exprStart);
    let value: Expr;
    if (text.trim() === "") {
      value = { kind: "Constant", value: { type: "None" }, loc };
    } else {
      const r = parseFStringExpr(text, at.line, at.col0);
      if (r.diagnostics.length > 0) {
        this.diagnostics.push(...r.diagnostics.map((d) => ({ ...d, message: `f-string: ${d.message}` })));
        value = { kind: "Constant", value: { type: "None" }, loc };
      } else {
        value = this.visit(r.tree);
      }
    }
    let formatSpec: JoinedStr | undefined;
    if (part.spec) {
      const values: (Constant | FormattedValue)[] = [];
      for (const p of part.spec) {
        if (p.kind === "literal") values.push(this.constant({ type: "str", value: p.value }, loc) as Constant);
        else {
          if (p.debugText !== undefined) values.push(this.constant({ type: "str", value: p.debugText }, loc) as Constant);
          values.push(this.formatted(p, body, bodyOffset, positions, loc));
        }
      }
      formatSpec = { kind: "JoinedStr", values, loc };
    }
    const start = positions.at(bodyOffset + part.start);
    return {
      kind: "FormattedValue",
      value,
      conversion: part.conversion,
      formatSpec,
      loc: { line: start.line, col: start.col0 + 1, endLine: value.loc.endLine, endCol: value.loc.endCol },
    };
  }

  // ---------------------------------------------------------------- helpers: locations

  private constant(value: ConstantValue, at: AnyCtx | Loc): Expr {
    return { kind: "Constant", value, loc: at instanceof ParserRuleContext ? this.loc(at) : at };
  }

  loc(ctx: AnyCtx): Loc {
    const start = ctx.start;
    const stop = ctx.stop && ctx.stop.tokenIndex >= start.tokenIndex ? ctx.stop : start;
    const s = tokenLoc(start);
    const e = tokenLoc(stop);
    return { line: s.line, col: s.col, endLine: e.endLine, endCol: e.endCol };
  }

  private span(start: Token, end: Loc): Loc {
    const s = tokenLoc(start);
    return { line: s.line, col: s.col, endLine: end.endLine, endCol: end.endCol };
  }

  /** CPython's compiler: an except* block cannot leave by break/continue (of an outer loop) or return. */
  private checkExceptStarBody(body: Stmt[], inLoop = false): void {
    for (const s of body) {
      switch (s.kind) {
        case "Return":
          this.error("'break', 'continue' and 'return' cannot appear in an except* block", s.loc);
          break;
        case "Break":
        case "Continue":
          if (!inLoop) this.error("'break', 'continue' and 'return' cannot appear in an except* block", s.loc);
          break;
        case "For":
        case "While":
          this.checkExceptStarBody(s.body, true);
          this.checkExceptStarBody(s.orelse, inLoop);
          break;
        case "If":
          for (const b of [s.body, ...s.elifs.map((e) => e.body), s.orelse]) this.checkExceptStarBody(b, inLoop);
          break;
        case "With":
          this.checkExceptStarBody(s.body, inLoop);
          break;
        case "Try":
          for (const b of [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody]) this.checkExceptStarBody(b, inLoop);
          break;
      }
    }
  }

  error(message: string, loc: Loc): void {
    this.diagnostics.push(diagnostic(DiagnosticCodes.SyntaxError, message, loc));
  }
}

// ---------------------------------------------------------------- free helpers

/** The features CPython 3.11's __future__ module defines (barry_as_FLUFL and braces are handled apart). */
const FUTURE_FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "generator_stop", "annotations",
]);

function emptyArguments(): Arguments {
  return { args: [], posonlyCount: 0, defaults: [], kwonlyargs: [], kwDefaults: [] };
}

function lastLoc(nodes: { loc: Loc }[]): Loc {
  return nodes[nodes.length - 1].loc;
}

function describe(e: Expr): string {
  return TARGET_NAMES[e.kind] ?? (e.kind === "Tuple" ? "tuple" : e.kind === "List" ? "list" : e.kind === "Starred" ? "starred" : "expression");
}

/** Line and 0-based column of each UTF-16 offset in a token's text (columns count code points). */
class TokenPositions {
  private readonly lines: number[] = [];
  private readonly cols: number[] = [];

  constructor(t: Token) {
    const text = t.text ?? "";
    let line = t.line;
    let col = t.charPositionInLine;
    for (let i = 0; i < text.length; i++) {
      this.lines.push(line);
      this.cols.push(col);
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        col = 0;
      } else if (c < 0xd800 || c > 0xdbff) {
        col++;
      }
    }
    this.lines.push(line);
    this.cols.push(col);
  }

  at(offset: number): { line: number; col0: number } {
    const i = Math.min(offset, this.lines.length - 1);
    return { line: this.lines[i], col0: this.cols[i] };
  }

  point(offset: number): Loc {
    const p = this.at(offset);
    return { line: p.line, col: p.col0 + 1, endLine: p.line, endCol: p.col0 + 2 };
  }
}

/** Comments in source order; `trailing` when code precedes them on their line. */
function collectComments(tokens: Token[]): Comment[] {
  const out: Comment[] = [];
  let codeLine = 0;
  for (const t of tokens) {
    if (t.type === PythonParser.COMMENT) {
      out.push({ text: (t.text ?? "").slice(1), loc: tokenLoc(t), trailing: codeLine === t.line });
      continue;
    }
    if (
      t.channel === Token.DEFAULT_CHANNEL &&
      t.type !== PythonParser.NEWLINE &&
      t.type !== PythonParser.INDENT &&
      t.type !== PythonParser.DEDENT &&
      t.type !== Token.EOF
    ) {
      codeLine = tokenLoc(t).endLine;
    }
  }
  return out;
}
