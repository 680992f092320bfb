// Lowering: our Python AST → TypeScript text.
//
// Translation scheme (statements; expressions are in lowerExpr.ts):
//
// | Python                                  | TypeScript                                          |
// |-----------------------------------------|-----------------------------------------------------|
// | def f(a, b=1): ...                      | function f(a: any, b: any = 1n): any { ... }        |
// | def g(): ... yield ...                  | function g(): any { return generator("g", function* () { ... }); } |
// | async def c(): ...                      | function c(): any { return coroutine("c", function* () { ... }); } |
// | x = v (first binding, function level)   | const x = v;  /  let x: any = v;                    |
// | x = v (any other binding)               | x = v;  (with `let x: any;` at the top)             |
// | a, b = v                                | [a, b] = unpack(v, 2);                              |
// | x += v                                  | x = iadd(x, v);                                     |
// | for x in it: ... else: ...              | else_: { for (const x of iterate(it)) { ... break else_; } ... } |
// | for x in gen(): ... (a temporary)       | for (const x of iterateTemporary(gen())) — closed on break, as CPython drops it |
// | while c: ...                            | while (truthy(c)) { ... }                           |
// | try/except E as e/else/finally          | try { ... } catch (error) { if (error instanceof E) { const e = error; ... } else { throw error; } } finally { ... } |
// | raise E / raise E(x) / raise            | throw new E(); / throw new E(x); / throw error;     |
// | raise x from y                          | throw raiseFrom(x, y);                              |
// | assert c, m                             | if (!truthy(c)) throw new AssertionError(m);        |
// | import inspect / from inspect import g  | names imported from the runtime                     |
//
// Generators stay native `function*` bodies so that `yield` keeps its place
// in the code; the runtime's PyGenerator wraps them with what JS lacks
// (PEP 342 close() via GeneratorExit thrown at the yield, PEP 479, the CPython
// messages). `yield from` is never a bare `yield*`: it delegates through the
// runtime's `yieldFrom`, which implements PEP 380's expansion.

import type { ClassDef, Comment, ExceptHandler, Expr, FunctionDef, GeneratorExp, Lambda, Loc, Module, Node, Stmt, Try } from "../ast/nodes";
import type { Binding, Scope, ScopeInfo } from "../analyze/scopes";
import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import { CodeWriter } from "../emit/CodeWriter";
import { blockCommentLines, lineComment } from "../emit/escape";
import { BUILTIN_EXCEPTIONS, BUILTIN_FUNCTIONS, PYTHON_BUILTIN_NAMES, SUPPORTED_MODULES, moduleExportName, moduleProvides, supportedModulesList } from "./builtins";
import { STDLIB } from "../runtime/stdlib";
import { FinalizationPlan, isFreshAsyncGeneratorWithFinalizer, isFreshGenerator, isFreshGeneratorWithFinalizer, planFinalization } from "../analyze/finalization";
import { observesHandledException } from "../analyze/observesHandled";
import { children } from "../analyze/walk";
import { bindsName, explicitSuperAsZeroArgument, isConstantDefault, isImplicitClassMethod, isPropertyAccessorOf, mentionsNameIn } from "./classBody";
import { collectUses, DeclarationPlan, planDeclarations, registerLoopTargets, unboundReads } from "./declarations";
import { deletedBindings, readKey, unboundKind } from "./deletedNames";
import { maybeUnassignedReads } from "../analyze/definiteAssignment";
import { FunctionContext } from "./FunctionContext";
import { ExprLowering, inplaceHelper, LowerHost, propertyName, stringLiteral } from "./lowerExpr";
import { escapeName } from "./names";
import { LONG_CHAIN } from "./longChains";
import { lowerMatch } from "./lowerMatch";
import { NameManager } from "./NameManager";
import * as runtimeExports from "../runtime";
import { SelfAttributes } from "./selfAttributes";
import { KnownGenerators } from "./knownGenerators";
import { functionsWithRuntimeSignatures } from "../analyze/runtimeSignatures";
import { signatureSpec } from "./signatureSpec";
import { attributeKey } from "../runtime/attributeKeys";

/** One piece of the program: the whole `.py` file, or one notebook cell. */
export interface ProgramUnit {
  kind: "code" | "markdown";
  body: Stmt[];
  comments: Comment[];
  /** notebook cells: Jupyter's execution count (`In [N]`) */
  executionCount?: number | null;
  markdown?: string;
}

export interface LowerOptions {
  /** where emitted code imports the runtime from */
  runtimeModule: string;
  /** notebook: cells run one by one in one shared scope, Jupyter style */
  notebook: boolean;
  sourceName: string;
}

export interface LowerResult {
  code: string;
  diagnostics: Diagnostic[];
  /** runtime exports the code uses (for the import line or --standalone) */
  runtimeNames: Map<string, string>;
}

export function lower(module: Module, units: ProgramUnit[], info: ScopeInfo, options: LowerOptions): LowerResult {
  return new Lowering(module, info, options).program(units);
}

const RUNTIME_VALUES = new Set([...BUILTIN_FUNCTIONS, ...BUILTIN_EXCEPTIONS]);

class Lowering implements LowerHost {
  fn: FunctionContext;
  private writer = new CodeWriter();
  private readonly exprs: ExprLowering;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly imports = new Map<string, string>();
  /** every Python name in the program, so runtime helpers never shadow one */
  private readonly pythonNames = new Set<string>();
  private readonly plans = new Map<Scope, Map<string, DeclarationPlan>>();
  private readonly unbound = new Map<Scope, Set<string>>();
  /** per scope: reads that may find their variable unassigned (checked), and those variables (start unbound) */
  private readonly maybeUnassigned = new Map<Scope, { reads: Set<string>; names: Set<string>; captured: Set<string> }>();
  /** variables some `del` statement unbinds */
  private readonly deleted: Set<Binding>;
  /** reads of an `except ... as name` variable inside its own handler: bound there, unchecked */
  private readonly boundReads: Set<string>;
  private readonly finalization: FinalizationPlan;
  /** the program asks inspect whether functions are generator/coroutine functions: mark them */
  readonly marksFunctions: boolean;
  /** some class of the program defines __call__: a call of a plain variable may call an instance */
  readonly hasCallableInstances: boolean;
  /** defs of class bodies that run as functions of the body (not JS methods) */
  private readonly classBodyFunctions = new Set<FunctionDef>();
  /** some class of the program has several bases: `super()` follows the run-time C3 order */
  private readonly hasMultipleInheritance: boolean;
  /** some class of the program defines __init_subclass__: creating a subclass calls it */
  private readonly hasSubclassHooks: boolean;
  readonly selfAttributes: SelfAttributes;
  readonly knownGenerators: KnownGenerators;
  readonly runtimeSignatures: ReadonlySet<FunctionDef | Lambda>;
  /**
   * A generator expression over a fresh generator may fail; its source is then
   * finalized when the handler of that exception is done, so every handler
   * tells the runtime when it ends.
   */
  private readonly tracksEveryHandler: boolean;
  private comments: Comment[] = [];
  private commentIndex = 0;
  private lastLine = 0;

  constructor(
    module: Module,
    readonly info: ScopeInfo,
    private readonly options: LowerOptions,
  ) {
    for (const scope of allScopes(info.module)) {
      for (const [name, b] of scope.bindings) {
        // `from inspect import getgeneratorstate` binds the runtime's own name.
        if (b.imported && (b.imported.member ?? b.imported.module) === name) continue;
        this.pythonNames.add(escapeName(name));
      }
    }
    this.topLevelSet = new Set(module.body);
    ({ deleted: this.deleted, boundReads: this.boundReads } = deletedBindings(module, info));
    this.finalization = planFinalization(module, info, options.notebook);
    this.marksFunctions = mentionsName(module, /^is(generator|coroutine|asyncgen)function$/);
    this.selfAttributes = new SelfAttributes(module, info);
    this.knownGenerators = new KnownGenerators(module, info);
    this.runtimeSignatures = functionsWithRuntimeSignatures(module, info);
    this.hasMultipleInheritance = someNode(module, (n) => n.kind === "ClassDef" && n.bases.length > 1);
    this.hasSubclassHooks = someNode(module, (n) => n.kind === "ClassDef" && n.body.some((m) => m.kind === "FunctionDef" && m.name === "__init_subclass__"));
    this.hasCallableInstances = someNode(module, (n) => n.kind === "ClassDef" && n.body.some((m) => m.kind === "FunctionDef" && m.name === "__call__"));
    this.tracksEveryHandler = someNode(module, (n) => {
      const enclosing = n.kind === "GeneratorExp" ? info.scopeOf.get(n)?.parent : undefined;
      return !!enclosing && isFreshGeneratorWithFinalizer((n as GeneratorExp).generators[0].iter, info, enclosing);
    });
    this.diagnostics.push(...this.finalization.warnings);
    // Temporaries avoid the runtime's export names too, so that an import added later never meets one.
    this.fn = new FunctionContext(info.module, new NameManager([...this.pythonNames, ...Object.keys(runtimeExports)]));
    this.exprs = new ExprLowering(this);
  }

  // ------------------------------------------------------------ host services

  rt(name: string): string {
    let local = this.imports.get(name);
    if (!local) {
      local = this.pythonNames.has(name) ? this.fn.names.claimFreeName(`${name}_rt`) : name;
      this.imports.set(name, local);
    }
    return local;
  }

  /** the module-level statement being lowered, recorded on diagnostics */
  private currentTop?: Stmt;
  private readonly topLevelSet: Set<Stmt>;

  private report(d: Diagnostic): void {
    this.diagnostics.push({ ...d, statement: this.currentTop });
  }

  unsupported(message: string, loc: Loc): void {
    this.report(diagnostic(DiagnosticCodes.Unsupported, message, loc));
  }

  nameRef(id: string, loc: Loc): string {
    if (this.fn.selfAsThis === id) return "this";
    if (this.unbound.get(this.fn.scope)?.has(`${loc.line}:${loc.col}`)) {
      const local = this.fn.scope.kind !== "module";
      // A global read before its first binding is the builtin of that name (`p = print; def print(): ...`).
      if (!local && RUNTIME_VALUES.has(id)) return this.rt(id);
      return `${this.rt(local ? "unboundLocal" : "nameNotDefined")}(${stringLiteral(id)})`;
    }
    const r = this.info.resolve(id, this.fn.scope);
    if (r.kind === "builtin") {
      if (RUNTIME_VALUES.has(id) || id === "__name__") return id === "__name__" ? stringLiteral("__main__") : this.rt(id);
      if (!PYTHON_BUILTIN_NAMES.has(id)) return `${this.rt("nameNotDefined")}(${stringLiteral(id)})`;
      this.report(
        diagnostic(DiagnosticCodes.Unsupported, `builtin '${id}' is not supported`, loc),
      );
      return escapeName(id);
    }
    if (r.kind !== "unbound") {
      const imp = r.binding.imported;
      if (imp) return this.importedValue(imp.module, imp.member);
      const checked =
        (this.deleted.has(r.binding) && !this.boundReads.has(readKey(loc))) ||
        (r.scope === this.fn.scope
          ? this.maybeUnassigned.get(r.scope)?.reads.has(readKey(loc))
          : this.maybeUnassigned.get(r.scope)?.captured.has(id));
      if (checked) {
        const kind = unboundKind(r, this.fn.scope);
        if (kind === "global" && RUNTIME_VALUES.has(id)) return `${this.rt("boundOrBuiltin")}(${escapeName(id)}, ${this.rt(id)})`;
        return `${this.rt("bound")}(${escapeName(id)}, ${stringLiteral(id)}, ${stringLiteral(unboundKind(r, this.fn.scope))})`;
      }
    }
    return escapeName(id);
  }

  /**
   * What an imported name reads: the module object, or its member. A member
   * the runtime also exports under its own name is imported directly
   * (`getgeneratorstate`); any other is read from its module (`string.digits`).
   * typing's names (List, Set, Type...) would shadow JavaScript globals as exports.
   */
  private importedValue(module: string, member?: string): string {
    const moduleObject = () => this.rt(moduleExportName(module));
    if (member === undefined) return moduleObject();
    const exports = runtimeExports as Record<string, unknown>;
    const direct = module !== "typing" && Object.prototype.hasOwnProperty.call(exports, member) && exports[member] === STDLIB[module]?.[member];
    return direct ? this.rt(member) : `${moduleObject()}.${member}`;
  }

  /** `superMethod(C, self, "name", key)` in a method of class C, where the program has multiple inheritance. */
  dynamicSuper(name: string): string | undefined {
    let scope: Scope | undefined = this.fn.scope;
    while (scope && !(scope.kind === "function" && scope.parent?.kind === "class")) scope = scope.kind === "comprehension" || scope.kind === "lambda" ? scope.parent : undefined;
    const method = scope?.node as FunctionDef | undefined;
    const self = method?.args.args[0]?.name;
    if (!scope || !method || !self) return undefined;
    // A def of the class body that is not a JS method has no `super` of its own.
    if (!this.hasMultipleInheritance && !this.classBodyFunctions.has(method)) return undefined;
    const cls = escapeName((scope.parent!.node as ClassDef).name);
    return `${this.rt("superMethod")}(${cls}, ${this.nameRef(self, method.loc)}, ${stringLiteral(name)}, ${stringLiteral(attributeKey(name))})`;
  }

  /** A variable some `del` unbinds (its reads are checked). */
  private isDeletedName(id: string): boolean {
    const r = this.info.resolve(id, this.fn.scope);
    return r.kind !== "builtin" && r.kind !== "unbound" && this.deleted.has(r.binding);
  }

  isTemporaryGenerator(call: Expr): boolean {
    return this.finalization.temporaries.has(call);
  }

  /** Names of the current scope that own their generators (closed when released). */
  private ownedNames(): string[] {
    return [...(this.finalization.owned.get(this.fn.scope) ?? [])];
  }

  lowerNestedBody(scope: Scope, body: () => void): string[] {
    const outer = this.fn;
    this.fn = new FunctionContext(scope, outer.names, outer);
    try {
      body();
      return this.hoistedDeclarations();
    } finally {
      this.fn = outer;
    }
  }

  private hoistedDeclarations(): string[] {
    const names = [...new Set(this.fn.hoisted)];
    // A variable some `del` unbinds starts unbound: `del x` before any assignment raises.
    const deleted = new Set<string>();
    const maybe = this.maybeUnassigned.get(this.fn.scope)?.names;
    for (const [name, b] of this.fn.scope.bindings) if (this.deleted.has(b) || maybe?.has(name)) deleted.add(escapeName(name));
    const declare = (n: string) => (deleted.has(n) ? `${n}: any = ${this.rt("UNBOUND_NAME")}` : `${n}: any`);
    return names.length ? [`let ${names.map(declare).join(", ")};`] : [];
  }

  // ------------------------------------------------------------ program

  program(units: ProgramUnit[]): LowerResult {
    const moduleBody = units.flatMap((u) => u.body);
    const plan = this.planScope(this.info.module, moduleBody, this.options.notebook);
    for (const [name, p] of plan) if (p.where === "top") this.fn.hoisted.push(escapeName(name));

    const bodyWriter = new CodeWriter();
    this.writer = bodyWriter;
    for (const unit of units) {
      if (unit.kind === "markdown") {
        this.writer.blank();
        this.markdownComment(unit.markdown ?? "");
        continue;
      }
      this.comments = unit.comments;
      this.commentIndex = 0;
      this.lastLine = 0;
      if (this.options.notebook) this.notebookCell(unit);
      else this.statements(unit.body);
      this.flushComments(Infinity);
    }
    // A kernel keeps a notebook's globals alive; a program's are released at exit.
    if (!this.options.notebook) this.releaseAtEnd(moduleBody);

    const out = new CodeWriter();
    out.line(lineComment(`Generated by py2ts-coro from ${this.options.sourceName}. Python names and comments are kept.`));
    const start = this.rt(this.options.notebook ? "runNotebookCell" : "startProgram");
    const declarations = this.hoistedDeclarations(); // before the import line: it may use the runtime
    const importLine = this.importLine();
    out.line(importLine);
    out.blank();
    if (!this.options.notebook) out.line(`${start}();`);
    out.lines(declarations);
    out.blank();
    out.lines(bodyWriter.takeLines());
    return { code: out.toString(), diagnostics: this.diagnostics, runtimeNames: this.imports };
  }

  private importLine(): string {
    const specifiers = [...this.imports].map(([name, local]) => (name === local ? name : `${name} as ${local}`));
    return `import { ${specifiers.join(", ")} } from ${stringLiteral(this.options.runtimeModule)};`;
  }

  private markdownComment(text: string): void {
    const lines = blockCommentLines(text);
    this.writer.line("/*");
    for (const l of lines) this.writer.line(l === "" ? " *" : ` * ${l}`);
    this.writer.line(" */");
  }

  /**
   * A notebook cell: its statements run in an arrow function so that an
   * uncaught exception ends this cell only, as in Jupyter; a final
   * expression's value is returned so the runtime can show it like `Out[N]`.
   */
  private notebookCell(unit: ProgramUnit): void {
    const count = unit.executionCount ?? null;
    this.writer.blank();
    this.writer.line(`// In [${count ?? " "}]:`);
    const body = unit.body;
    const last = body[body.length - 1];
    const returnsValue = last?.kind === "Expr" && !isDocstringLike(last) && !this.isPrintCall(last.value);
    this.writer.block(`${this.rt("runNotebookCell")}(${count ?? "null"}, () =>`, () => {
      this.statements(returnsValue ? body.slice(0, -1) : body);
      if (returnsValue) {
        this.beforeStatement(last);
        this.writer.line(`return ${this.exprs.expr(last.value)};`);
        this.afterStatement(last);
      }
      this.flushComments(Infinity);
    }, "});");
  }

  /** The end of a scope's body: generators its names own lose their last reference. */
  private releaseAtEnd(body: Stmt[]): void {
    const last = body[body.length - 1];
    if (last && (last.kind === "Return" || last.kind === "Raise")) return;
    const owned = this.ownedNames();
    if (!owned.length) return;
    // In the order the names were first bound (CPython clears a module's globals in that order);
    // at exit no Python frame runs any more, which changes how a failing close is reported.
    const helper = this.fn.scope.kind === "module" ? "releaseAtExit" : "release";
    this.writer.line(`${this.rt(helper)}(${owned.map(escapeName).join(", ")});`);
  }

  /** print() returns None, so a cell ending with it shows no value. */
  private isPrintCall(e: Expr): boolean {
    return e.kind === "Call" && e.func.kind === "Name" && e.func.id === "print" && this.info.resolve("print", this.fn.scope).kind === "builtin";
  }

  private planScope(scope: Scope, body: Stmt[], forceTop: boolean): Map<string, DeclarationPlan> {
    registerLoopTargets(body);
    const uses = collectUses(body, scope, this.info);
    const plan = planDeclarations(scope, body, uses, forceTop);
    // Cells' positions are relative to each cell, so source order across a notebook is not
    // decidable from them; the notebook's module scope is left to run-time behaviour.
    if (!forceTop) {
      this.unbound.set(scope, unboundReads(scope, body, uses));
      const maybe = maybeUnassignedReads(scope, body);
      // A nested function may run before a variable declared at the top is assigned: its reads are checked too.
      const captured = new Set<string>();
      if (scope.kind !== "class") for (const n of uses.captured) if (plan.get(n)?.where === "top") captured.add(n);
      for (const n of captured) maybe.names.add(n);
      this.maybeUnassigned.set(scope, { ...maybe, captured });
    }
    this.plans.set(scope, plan);
    return plan;
  }

  private planFor(name: string): DeclarationPlan | undefined {
    const scope = this.fn.scope;
    if (scope.globals.has(name) || scope.nonlocals.has(name)) return undefined;
    return this.plans.get(scope)?.get(name);
  }

  // ------------------------------------------------------------ comments and layout

  private flushComments(beforeLine: number): void {
    while (this.commentIndex < this.comments.length && this.comments[this.commentIndex].loc.line < beforeLine) {
      const c = this.comments[this.commentIndex++];
      if (c.loc.line > this.lastLine + 1 && this.lastLine > 0) this.writer.blank();
      this.writer.line(lineComment(c.text));
      this.lastLine = c.loc.line;
    }
  }

  private beforeStatement(s: Stmt): void {
    this.flushComments(s.loc.line);
    if (this.lastLine > 0 && s.loc.line > this.lastLine + 1) this.writer.blank();
  }

  /** Trailing comments on the statement's lines go at the end of what was written. */
  private afterStatement(s: Stmt, lastLineOfHeader = s.loc.endLine): void {
    while (this.commentIndex < this.comments.length) {
      const c = this.comments[this.commentIndex];
      if (!(c.trailing && c.loc.line <= lastLineOfHeader)) break;
      this.writer.append(` ${lineComment(c.text)}`);
      this.commentIndex++;
    }
    this.lastLine = Math.max(this.lastLine, s.loc.endLine);
  }

  // ------------------------------------------------------------ statements

  statements(stmts: Stmt[]): void {
    for (const s of stmts) {
      if (this.topLevelSet.has(s)) this.currentTop = s;
      this.beforeStatement(s);
      this.statement(s);
    }
  }

  /** A nested block: its comments stay inside it. */
  private block(header: string, stmts: Stmt[], owner: Stmt, close = "}", endLine?: number): void {
    this.writer.line(`${header} {`);
    this.afterStatement(owner, owner.loc.line);
    this.writer.indent(() => {
      this.statements(stmts);
      if (endLine !== undefined) this.flushComments(endLine + 1);
    });
    this.writer.line(close);
  }

  private statement(s: Stmt): void {
    switch (s.kind) {
      case "Expr":
        if (isDocstringLike(s)) {
          this.docstring(s.value);
        } else {
          this.writer.line(`${this.exprStatement(s.value)};`);
        }
        this.afterStatement(s);
        return;
      case "Assign":
        this.assign(s.targets, s.value, s);
        this.afterStatement(s);
        return;
      case "AugAssign":
        this.augAssign(s.target, s.op, s.value);
        this.afterStatement(s);
        return;
      case "AnnAssign":
        if (s.value) this.assign([s.target], s.value, s);
        this.afterStatement(s);
        return;
      case "FunctionDef":
        this.functionDef(s);
        return;
      case "Return": {
        const owned = this.ownedNames().map(escapeName);
        if (owned.length) {
          // Locals die after the return value is computed: their generators are closed then.
          const value = s.value ? this.exprs.expr(s.value) : this.rt("None");
          this.writer.line(`return ${this.rt("releasing")}(${value}, ${owned.join(", ")});`);
        } else {
          this.writer.line(s.value ? `return ${this.exprs.expr(s.value)};` : "return;");
        }
        this.afterStatement(s);
        return;
      }
      case "If":
        this.ifStatement(s);
        return;
      case "While":
        this.whileStatement(s);
        return;
      case "For":
        this.forStatement(s);
        return;
      case "Break": {
        const loop = this.fn.innermostLoop();
        this.writer.line(loop?.breakLabel ? `break ${loop.breakLabel};` : "break;");
        this.afterStatement(s);
        return;
      }
      case "Continue":
        this.writer.line("continue;");
        this.afterStatement(s);
        return;
      case "Pass":
        this.afterStatement(s);
        return;
      case "Raise":
        this.raise(s.exc, s.cause);
        this.afterStatement(s);
        return;
      case "Try":
        this.tryStatement(s);
        return;
      case "Assert": {
        const msg = s.msg ? this.exprs.expr(s.msg) : "";
        this.writer.line(`if (!${paren(this.exprs.test(s.test))}) throw new ${this.rt("AssertionError")}(${msg});`);
        this.afterStatement(s);
        return;
      }
      case "Import":
      case "ImportFrom":
        this.importStatement(s);
        this.afterStatement(s);
        return;
      case "Global":
      case "Nonlocal":
        // The emitted functions close over the outer variable already.
        this.afterStatement(s);
        return;
      case "Delete":
        for (const t of s.targets) this.deleteTarget(t);
        this.afterStatement(s);
        return;
      case "ClassDef":
        this.classDef(s);
        return;
      case "With":
        this.withStatement(s, 0);
        return;
      case "Match":
        lowerMatch(s, {
          writer: this.writer,
          exprs: this.exprs,
          rt: (name) => this.rt(name),
          claimFreeName: (base) => this.fn.names.claimFreeName(base),
          bindName: (id, value) => this.bindName(id, value),
          statements: (body) => this.statements(body),
          afterLine: (line) => this.afterStatement(s, line),
        });
        return;
    }
  }

  private exprStatement(e: Expr): string {
    // As a statement, a yield needs no parentheses.
    if (e.kind === "Yield" || e.kind === "YieldFrom" || e.kind === "Await") return this.exprs.yieldExpression(e);
    return this.exprs.expr(e);
  }

  private docstring(e: Expr): void {
    const text = e.kind === "Constant" && e.value.type === "str" ? e.value.value : "";
    const lines = blockCommentLines(text);
    if (lines.length === 1) {
      this.writer.line(`/** ${lines[0].trim()} */`);
      return;
    }
    this.writer.line("/**");
    for (const l of lines) this.writer.line(` * ${l}`.trimEnd());
    this.writer.line(" */");
  }

  private importStatement(s: Stmt & { kind: "Import" | "ImportFrom" }): void {
    if (s.kind === "Import") {
      for (const a of s.names) {
        const top = a.name.split(".")[0];
        if (!SUPPORTED_MODULES[top] || a.name.includes(".")) {
          this.report(diagnostic(DiagnosticCodes.UnknownModule, `module '${a.name}' is not supported${supportedModulesList()}`, a.loc));
        } else this.storeImport(a.asname ?? top, () => this.importedValue(top));
      }
      return;
    }
    const members = SUPPORTED_MODULES[s.module];
    for (const a of s.names) {
      if (!members || s.level > 0) {
        this.report(diagnostic(DiagnosticCodes.UnknownModule, `module '${s.module}' is not supported${supportedModulesList()}`, s.loc));
        return;
      }
      if (!members.has(a.name)) {
        this.report(
          diagnostic(DiagnosticCodes.UnknownModule, `'${a.name}' from module '${s.module}' is not supported${moduleProvides(s.module)}`, a.loc),
        );
      } else this.storeImport(a.asname ?? a.name, () => this.importedValue(s.module, a.name));
    }
  }

  /**
   * An imported name that is bound only by this import reads the runtime's
   * export directly (nameRef); one that is also bound elsewhere (imported
   * twice, assigned, deleted) is a variable like any other: the import stores into it.
   */
  private storeImport(local: string, value: () => string): void {
    const r = this.info.resolve(local, this.fn.scope);
    if (r.kind === "builtin" || r.kind === "unbound" || r.binding.imported) return;
    this.writer.line(`${this.bindName(local, value())};`);
  }

  // ------------------------------------------------------------ assignment

  /** Declare-or-assign text for a simple name target. */
  private bindName(id: string, value: string): string {
    const name = this.nameRefForStore(id);
    const plan = this.planFor(id);
    if (plan?.where === "site" && !this.fn.declared.has(id)) {
      this.fn.declared.add(id);
      return plan.keyword === "const" && !isLiteralish(value) ? `const ${name} = ${value}` : `${plan.keyword} ${name}: any = ${value}`;
    }
    // The old generator loses its last reference here: CPython closes it.
    if (this.finalization.owned.get(this.fn.scope)?.has(id)) return `${name} = ${this.rt("rebind")}(${name}, ${value})`;
    return `${name} = ${value}`;
  }

  nameRefForStore(id: string): string {
    return escapeName(id);
  }

  private assign(targets: Expr[], value: Expr, s: Stmt): void {
    let valueText = this.exprs.boundValue(value);
    if (targets.length > 1) {
      // `a = b = v`: v once, then the targets left to right.
      const first = targets[0];
      if (first.kind === "Name") {
        this.writer.line(`${this.bindName(first.id, valueText)};`);
        valueText = escapeName(first.id);
      } else {
        const t = this.fn.names.claimFreeName("value");
        this.writer.line(`const ${t} = ${valueText};`);
        valueText = t;
        this.assignTarget(first, valueText);
      }
      for (const t of targets.slice(1)) this.assignTarget(t, valueText);
      return;
    }
    const target = targets[0];
    if (target.kind === "Subscript" && hasSideEffects(value) && (hasSideEffects(target.value) || hasSideEffects(target.slice))) {
      // Python evaluates the value before the target's parts.
      const t = this.fn.names.claimFreeName("value");
      this.writer.line(`const ${t} = ${valueText};`);
      valueText = t;
    }
    void s;
    this.assignTarget(target, valueText);
  }

  private assignTarget(target: Expr, value: string): void {
    switch (target.kind) {
      case "Name":
        this.writer.line(`${this.bindName(target.id, value)};`);
        return;
      case "Attribute":
        this.writer.line(this.exprs.attributeStore(target.value, this.exprs.expr(target.value), target.attr, value));
        return;
      case "Subscript":
        this.writer.line(
          `${this.rt("setitem")}(${this.exprs.expr(target.value)}, ${this.exprs.expr(target.slice)}, ${value});`,
        );
        return;
      case "Tuple":
      case "List":
        this.unpackTarget(target.elts, value);
        return;
      default:
        this.unsupported(`cannot assign to ${target.kind}`, target.loc);
    }
  }

  /** `a, b = v` / `a, *b, c = v`: unpack with Python's checks and messages. */
  private unpackTarget(elts: Expr[], value: string): void {
    const starIndex = elts.findIndex((e) => e.kind === "Starred");
    const unpacked =
      starIndex < 0
        ? `${this.rt("unpack")}(${value}, ${elts.length})`
        : `${this.rt("unpackStar")}(${value}, ${starIndex}, ${elts.length - starIndex - 1})`;
    const flat = elts.map((e) => (e.kind === "Starred" ? e.value : e));
    const allNames = flat.every((e) => e.kind === "Name");
    if (allNames) {
      const names = flat.map((e) => (e as { id: string }).id);
      const plans = names.map((n) => this.planFor(n));
      const declareHere = names.every((n, i) => plans[i]?.where === "site" && !this.fn.declared.has(n));
      if (declareHere) {
        names.forEach((n) => this.fn.declared.add(n));
        const keyword = plans.every((p) => p?.where === "site" && p.keyword === "const") ? "const" : "let";
        this.writer.line(`${keyword} [${names.map(escapeName).join(", ")}] = ${unpacked};`);
        return;
      }
      for (const n of names) {
        const p = this.planFor(n);
        if (p?.where === "site" && !this.fn.declared.has(n)) {
          this.fn.declared.add(n);
          this.writer.line(`let ${escapeName(n)}: any;`);
        }
      }
      this.writer.line(`[${names.map(escapeName).join(", ")}] = ${unpacked};`);
      return;
    }
    const t = this.fn.names.claimFreeName("values");
    this.writer.line(`const ${t} = ${unpacked};`);
    flat.forEach((e, i) => this.assignTarget(e, `${t}[${i}]`));
  }

  private augAssign(target: Expr, op: Parameters<typeof inplaceHelper>[0], value: Expr): void {
    const helper = this.rt(inplaceHelper(op));
    switch (target.kind) {
      case "Name": {
        const name = this.nameRef(target.id, target.loc);
        if (this.unbound.get(this.fn.scope)?.has(`${target.loc.line}:${target.loc.col}`)) {
          // Read before any assignment: the read raises before the value is evaluated.
          this.writer.line(`${name};`);
          return;
        }
        const store = this.nameRefForStore(target.id);
        this.writer.line(`${store} = ${helper}(${name}, ${this.exprs.expr(value)});`);
        return;
      }
      case "Attribute": {
        let obj = this.exprs.expr(target.value);
        if (target.value.kind !== "Name") {
          const t = this.fn.names.claimFreeName("object");
          this.writer.line(`const ${t} = ${obj};`);
          obj = t;
        }
        const current = this.exprs.attributeReadOf(target.value, obj, target.attr);
        this.writer.line(this.exprs.attributeStore(target.value, obj, target.attr, `${helper}(${current}, ${this.exprs.expr(value)})`));
        return;
      }
      case "Subscript": {
        let obj = this.exprs.expr(target.value);
        let key = this.exprs.expr(target.slice);
        if (target.value.kind !== "Name") {
          const t = this.fn.names.claimFreeName("object");
          this.writer.line(`const ${t} = ${obj};`);
          obj = t;
        }
        if (target.slice.kind !== "Name" && target.slice.kind !== "Constant") {
          const t = this.fn.names.claimFreeName("key");
          this.writer.line(`const ${t} = ${key};`);
          key = t;
        }
        const getitem = this.rt("getitem");
        this.writer.line(
          `${this.rt("setitem")}(${obj}, ${key}, ${helper}(${getitem}(${obj}, ${key}), ${this.exprs.expr(value)}));`,
        );
        return;
      }
      default:
        this.unsupported("illegal expression for augmented assignment", target.loc);
    }
  }

  private deleteTarget(t: Expr): void {
    switch (t.kind) {
      case "Name": {
        // The variable holds UNBOUND_NAME from now on (an owned generator is closed); reads check it.
        const helper = this.finalization.owned.get(this.fn.scope)?.has(t.id) ? "unbindReleasing" : "unbind";
        const kind = unboundKind(this.info.resolve(t.id, this.fn.scope), this.fn.scope);
        this.writer.line(`${escapeName(t.id)} = ${this.rt(helper)}(${escapeName(t.id)}, ${stringLiteral(t.id)}, ${stringLiteral(kind)});`);
        return;
      }
      case "Subscript":
        this.writer.line(`${this.rt("delitem")}(${this.exprs.expr(t.value)}, ${this.exprs.expr(t.slice)});`);
        return;
      case "Attribute":
        this.writer.line(`${this.rt("delattr")}(${this.exprs.expr(t.value)}, ${stringLiteral(t.attr)});`);
        return;
      case "Tuple":
      case "List":
        t.elts.forEach((e) => this.deleteTarget(e));
        return;
      default:
        this.unsupported("cannot delete this expression", t.loc);
    }
  }

  // ------------------------------------------------------------ functions

  /**
   * The body of a def, lowered in its own context: `let` declarations,
   * statements, and for generators and coroutines the runtime wrapper.
   * `self` of a method is `this`, or an alias when a nested function or a
   * generator body (where `this` is not bound) needs it.
   */
  private functionBody(f: FunctionDef, prologue: string[], method?: { selfName: string }): string[] {
    const scope = this.info.scopeOf.get(f)!;
    const wrapper = scope.isAsync ? (scope.isGenerator ? "asyncGenerator" : "coroutine") : scope.isGenerator ? "generator" : undefined;
    const outer = this.fn;
    this.fn = new FunctionContext(scope, outer.names, outer);
    const bodyWriter = new CodeWriter();
    const savedWriter = this.writer;
    this.writer = bodyWriter;
    let selfAlias: string | undefined;
    try {
      const plan = this.planScope(scope, f.body, false);
      for (const [n, p] of plan) if (p.where === "top") this.fn.hoisted.push(escapeName(n));
      if (method) {
        const captured = collectUses(f.body, scope, this.info).captured.has(method.selfName);
        if (wrapper || captured) selfAlias = escapeName(method.selfName);
        else this.fn.selfAsThis = method.selfName;
        if (wrapper) this.fn.superCaptures = new Map();
      }
      for (const line of prologue) this.writer.line(line);
      this.statements(f.body);
      this.releaseAtEnd(f.body);
      this.flushComments(f.loc.endLine + 1);
    } finally {
      this.writer = savedWriter;
    }
    const decls = this.hoistedDeclarations();
    const superCaptures = this.fn.superCaptures;
    this.fn = outer;
    const lines = new CodeWriter();
    if (selfAlias) lines.line(`const ${selfAlias} = this;`);
    for (const [attr, arrow] of superCaptures ?? []) lines.line(`const ${arrow} = (...args: any[]): any => (super.${attributeKey(attr)} as any)(...args);`);
    if (wrapper) {
      lines.line(`return ${this.rt(wrapper)}(${stringLiteral(scope.qualname)}, function* () {`);
      lines.indent(() => {
        lines.lines(decls);
        lines.lines(bodyWriter.takeLines());
      });
      lines.line("});");
    } else {
      lines.lines(decls);
      lines.lines(bodyWriter.takeLines());
    }
    return lines.takeLines();
  }

  private functionDef(f: FunctionDef): void {
    const name = escapeName(f.name);
    // A decorator may be any callable (an instance with __call__, a class): called through callValue
    // unless it is a def or builtin function known here.
    const decorators = f.decorators.map((d) => (this.isPlainFunction(d) ? `${this.exprs.expr(d)}(` : `${this.rt("callValue")}(${this.exprs.expr(d)}, `));
    const { params, prologue } = this.exprs.parameters(f.args);
    for (const d of this.exprs.pendingDefaults.splice(0)) this.writer.line(`const ${d};`);
    const body = this.functionBody(f, prologue);
    const plan = this.planFor(f.name);
    const declaredAtSite = plan?.where === "site" && !this.fn.declared.has(f.name);
    const asDeclaration = declaredAtSite && plan.keyword === "const" && decorators.length === 0 && !this.options.notebook;
    if (declaredAtSite) this.fn.declared.add(f.name);
    // Assigned to a variable, the function stays anonymous (JS names it after the variable), so
    // that its own name inside the body means the variable, which may be rebound, as in Python.
    // A decorated def names its function expression (for __name__), unless the body reads the name:
    // that read must find the decorated result (a recursive call through lru_cache), so the
    // expression stays anonymous and gets its name from pythonName.
    const ownName = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`);
    const readsOwnName = decorators.length > 0 && body.some((line) => ownName.test(line.replace(/"(?:[^"\\]|\\.)*"/g, '""')));
    const innerName = decorators.length && !readsOwnName ? ` ${name}` : " ";
    // A decorator receives the function with its signature registered (the wrapper it returns may pass keywords on).
    // A nested def registers too: that call also gives it its qualname.
    const nested = this.info.scopeOf.get(f)!.qualname !== f.name;
    const registered = this.runtimeSignatures.has(f) || nested ? this.signatureArguments(f) : undefined;
    const decorated = decorators.length > 0 && registered !== undefined;

    const headerStart = asDeclaration
      ? `function ${name}(${params}): any`
      : `${declaredAtSite ? `${plan.keyword} ${name}${plan.keyword === "let" ? ": any" : ""} = ` : `${name} = `}${decorators
          .map((d) => d)
          .join("")}${decorated ? `${this.rt("signature")}(` : ""}${readsOwnName ? `${this.rt("pythonName")}(` : ""}function${innerName}(${params}): any`;
    const namedAs = readsOwnName ? `, ${stringLiteral(f.name)})` : "";
    const closing = asDeclaration ? "}" : `}${namedAs}${decorated ? `, ${registered})` : ""}${")".repeat(decorators.length)};`;
    this.writer.line(`${headerStart} {`);
    this.afterStatement(f, f.loc.line);
    this.writer.indent(() => this.writer.lines(body));
    this.writer.line(closing);
    this.keepPythonName(name, f.name);
    if (registered !== undefined && !decorated) this.writer.line(`${this.rt("signature")}(${name}, ${registered});`);
    const marker = this.functionMarker(f);
    if (marker) this.writer.line(`${this.rt(marker)}(${name});`);
    this.lastLine = f.loc.endLine;
  }

  /** A decorator that is a JavaScript function taking the decorated function as is: a def or builtin function. */
  private isPlainFunction(d: Expr): boolean {
    if (d.kind !== "Name") return false;
    const r = this.info.resolve(d.id, this.fn.scope);
    if (r.kind === "builtin") return typeof (runtimeExports as Record<string, unknown>)[d.id] === "function" && !BUILTIN_EXCEPTIONS.has(d.id);
    return r.kind !== "unbound" && !!r.binding.def && !r.binding.rebound && r.binding.def.decorators.length === 0;
  }

  /** The spec (and qualname, when it differs from the name) that `signature(f, ...)` registers. */
  private signatureArguments(f: FunctionDef): string {
    const qualname = this.info.scopeOf.get(f)!.qualname;
    const spec = stringLiteral(signatureSpec(f.args));
    return qualname === f.name ? spec : `${spec}, ${stringLiteral(qualname)}`;
  }

  /** `def Object` is `Object_` in TypeScript: its __name__ and repr still say `Object`. */
  private keepPythonName(local: string, pythonName: string, qualname = pythonName): void {
    if (qualname !== pythonName) {
      this.writer.line(`${this.rt("pythonName")}(${local}, ${stringLiteral(pythonName)}, ${stringLiteral(qualname)});`);
    } else if (local !== pythonName) this.writer.line(`${this.rt("pythonName")}(${local}, ${stringLiteral(pythonName)});`);
  }

  /** The runtime marker that lets inspect.isgeneratorfunction & co. recognise a def. */
  private functionMarker(f: FunctionDef): string | undefined {
    if (!this.marksFunctions) return undefined;
    const scope = this.info.scopeOf.get(f)!;
    if (scope.isAsync) return scope.isGenerator ? "markAsyncGeneratorFunction" : "markCoroutineFunction";
    return scope.isGenerator ? "markGeneratorFunction" : undefined;
  }

  // ------------------------------------------------------------ classes

  /** Methods carry their Python signatures: any call with keywords may reach them through a receiver. */
  private registerMethodSignatures(members: FunctionDef[], local: string): void {
    const specs: string[] = [];
    for (const m of members) {
      const decorator = m.decorators.length === 1 && m.decorators[0].kind === "Name" ? m.decorators[0].id : undefined;
      if (m.decorators.length && decorator !== "staticmethod" && decorator !== "classmethod") continue;
      specs.push(`${propertyName(m.name)}: ${stringLiteral(signatureSpec(m.args))}`);
    }
    if (specs.length) this.writer.line(`${this.rt("methodSignatures")}(${local}, { ${specs.join(", ")} });`);
  }


  /**
   * class C(Base): a JS class extending the runtime's `object` (whose
   * constructor calls `__init__`, as Python's instantiation does); its `def`s
   * are the JS class's methods (Python names kept, `self` is `this`). Every
   * other statement of the body runs after it, in order, in a block whose
   * variables are the class namespace (`classBody`); what they bound becomes
   * class attributes, which live in the class's namespace, its prototype
   * (`classAttributes`). The class statement runs each time it is reached, as
   * in Python (a redefinition, a class in a loop or function).
   */
  private classDef(c: ClassDef): void {
    const scope = this.info.scopeOf.get(c)!;
    // A decorated class is built under a name of its own, then the decorators' result is bound.
    const name = c.decorators.length ? this.fn.names.claimFreeName(`${escapeName(c.name)}_undecorated`) : escapeName(c.name);
    const metaclass = c.keywords.find((k) => k.arg === "metaclass");
    if (metaclass) {
      this.unsupported("metaclasses are not supported", metaclass.loc);
      return;
    }
    // The runtime's list, dict, set, str, int... are functions, not classes a class can extend.
    const builtinBase = c.bases.find(
      (b) => b.kind === "Name" && b.id !== "object" && BUILTIN_FUNCTIONS.has(b.id) && this.info.resolve(b.id, this.fn.scope).kind === "builtin",
    );
    if (builtinBase) {
      const base = (builtinBase as { id: string }).id;
      this.unsupported(base === "type" ? "metaclasses are not supported" : `subclassing the builtin type '${base}' is not supported yet`, builtinBase.loc);
      return;
    }
    const doubleStar = c.keywords.find((k) => k.arg === undefined);
    if (doubleStar) {
      this.unsupported("'**' arguments in a class statement are not supported", doubleStar.loc);
      return;
    }
    if (c.bases.length > 1 && !c.bases.every((b) => b.kind === "Name" || b.kind === "Attribute")) {
      this.unsupported("the bases of a class with several bases must be names", c.bases.find((b) => b.kind !== "Name" && b.kind !== "Attribute")!.loc);
      return;
    }
    for (const m of c.body) if (m.kind === "FunctionDef") explicitSuperAsZeroArgument(m, c.name);
    const base = c.bases.length ? this.exprs.expr(c.bases[0]) : this.rt("object");
    const plan = c.decorators.length ? undefined : this.planFor(c.name);
    const declaredAtSite = plan?.where === "site" && !this.fn.declared.has(c.name);
    if (declaredAtSite) this.fn.declared.add(c.name);
    const asDeclaration = (declaredAtSite && plan.keyword === "const" && !this.options.notebook) || c.decorators.length > 0;
    const header = asDeclaration
      ? `class ${name} extends ${base}`
      : `${declaredAtSite ? `${plan.keyword} ${name}${plan.keyword === "let" ? ": any" : ""} = ` : `${name} = `}class ${name} extends ${base}`;
    const members = c.body.filter((s): s is FunctionDef => this.isClassMethodMember(s, c));
    for (const s of c.body) if (s.kind === "FunctionDef" && !members.includes(s)) this.classBodyFunctions.add(s);
    const docstring = c.body[0]?.kind === "Expr" && isDocstringLike(c.body[0]) ? c.body[0] : undefined;
    const rest = c.body.filter((s) => !members.includes(s as FunctionDef) && s !== docstring && s.kind !== "Pass");
    this.writer.line(`${header} {`);
    this.afterStatement(c, c.loc.line);
    const outer = this.fn;
    this.fn = new FunctionContext(scope, outer.names, outer);
    try {
      this.writer.indent(() => {
        for (const s of members) {
          this.beforeStatement(s);
          this.method(s);
        }
        if (!rest.length) this.flushComments(c.loc.endLine + 1);
      });
    } finally {
      this.fn = outer;
    }
    this.writer.line(asDeclaration ? "}" : "};");
    this.keepPythonName(name, c.name, scope.qualname);
    for (const m of members) {
      const marker = this.functionMarker(m);
      const decorator = m.decorators[0]?.kind === "Name" ? m.decorators[0].id : undefined;
      if (!marker || m.decorators.length > 1 || (m.decorators.length && decorator !== "staticmethod" && decorator !== "classmethod")) continue;
      // static and class methods live on the class, the others on its prototype.
      const owner = decorator === "staticmethod" || decorator === "classmethod" || isImplicitClassMethod(m) || m.name === "__new__" ? name : `${name}.prototype`;
      this.writer.line(`${this.rt(marker)}(${owner}.${attributeKey(m.name)});`);
    }
    for (const m of members) {
      // Read from an instance or the class, a class method is bound to the class.
      const decorator = m.decorators.length === 1 && m.decorators[0].kind === "Name" ? m.decorators[0].id : undefined;
      if (decorator === "classmethod" || isImplicitClassMethod(m)) {
        this.writer.line(`${this.rt("markClassMethod")}(${name}.${attributeKey(m.name)});`);
      }
    }
    this.registerMethodSignatures(members, name);
    for (const m of members) {
      // `@x.deleter`: JavaScript accessors have no deleter; the runtime keeps it for `del obj.x`.
      const d = m.decorators[0];
      if (d?.kind === "Attribute" && d.attr === "deleter") this.propertyDeleter(name, m);
    }
    // More than one base: the JS class extends the first; the runtime keeps the others and the C3 order.
    if (c.bases.length > 1) this.writer.line(`${this.rt("multipleBases")}(${name}, [${c.bases.map((b) => this.exprs.expr(b)).join(", ")}]);`);
    if (rest.length || docstring) this.classBody(c, name, members, rest, docstring);
    // Keywords of the class statement go to the base's __init_subclass__.
    const keywords = c.keywords.map((k) => `${stringLiteral(k.arg!)}: ${this.exprs.expr(k.value)}`);
    if (keywords.length) this.writer.line(`${this.rt("initSubclass")}(${name}, { ${keywords.join(", ")} });`);
    else if (c.bases.length && this.hasSubclassHooks) this.writer.line(`${this.rt("initSubclass")}(${name});`);
    if (c.decorators.length) {
      const decorated = c.decorators.reduceRight((inner, d) => `${this.rt("callValue")}(${this.exprs.expr(d)}, ${inner})`, name);
      this.writer.line(`${this.bindName(c.name, decorated)};`);
    }
    this.lastLine = c.loc.endLine;
  }

  /**
   * A statement of a class body that the emitted JS class holds as a method:
   * a `def` undecorated or decorated with `@staticmethod`, `@classmethod`,
   * `@property`, or `@x.setter`/`@x.deleter` of a `@property x` defined before
   * it in the same body. A name bound twice in the body is left to the body.
   */
  private isClassMethodMember(s: Stmt, c: ClassDef): boolean {
    if (s.kind !== "FunctionDef") return false;
    // Defaults are evaluated when the def runs, in the class body: such a def runs in the body.
    if (![...s.args.defaults, ...s.args.kwDefaults].every((d) => d === undefined || d === null || isConstantDefault(d))) return false;
    const sameName = c.body.filter((m) => m !== s && bindsName(m, s.name));
    if (s.decorators.length === 0) return sameName.length === 0;
    if (s.decorators.length > 1) return false;
    const d = s.decorators[0];
    if (d.kind === "Name") return ["staticmethod", "classmethod", "property"].includes(d.id) && this.info.resolve(d.id, this.info.scopeOf.get(c)!).kind === "builtin" && sameName.every((m) => isPropertyAccessorOf(m, s.name));
    if (d.kind !== "Attribute" || d.value.kind !== "Name" || d.value.id !== s.name || (d.attr !== "setter" && d.attr !== "deleter")) return false;
    const i = c.body.indexOf(s);
    const getter = c.body.find((m) => m.kind === "FunctionDef" && m.name === s.name && m.decorators.length === 1 && m.decorators[0].kind === "Name" && m.decorators[0].id === "property");
    return getter !== undefined && c.body.indexOf(getter) < i && sameName.every((m) => m === getter || isPropertyAccessorOf(m, s.name));
  }

  /**
   * A body of plain `name = value` statements whose values read no name of
   * the class body: one `classAttributes(C, { name: value, ... })`.
   */
  private simpleClassBody(c: ClassDef, cls: string, rest: Stmt[], docstring: Stmt | undefined): boolean {
    const scope = this.info.scopeOf.get(c)!;
    const pairs: [string, Expr][] = [];
    for (const s of rest) {
      if (s.kind === "Assign" && s.targets.length === 1 && s.targets[0].kind === "Name") pairs.push([s.targets[0].id, s.value]);
      else if (s.kind === "AnnAssign" && s.value && s.target.kind === "Name") pairs.push([s.target.id, s.value]);
      else return false;
    }
    const names = new Set(pairs.map(([n]) => n));
    if (names.size !== pairs.length || [...scope.bindings.keys()].some((n) => mentionsNameIn(rest, n) && pairs.some(([, v]) => mentionsNameIn([{ kind: "Expr", value: v, loc: v.loc } as Stmt], n)))) return false;
    const attributes: string[] = [];
    if (docstring?.kind === "Expr") attributes.push(`__doc__: ${this.exprs.expr(docstring.value)}`);
    const outer = this.fn;
    this.fn = new FunctionContext(scope, outer.names, outer);
    try {
      for (const s of rest) {
        this.beforeStatement(s);
        const [name, value] = pairs[rest.indexOf(s)];
        attributes.push(`${attributeKey(name)}: ${this.exprs.boundValue(value)}`);
        this.afterStatement(s);
      }
    } finally {
      // Class attributes are evaluated after the class, in the enclosing function: so are their temporaries.
      outer.hoisted.push(...this.fn.hoisted);
      this.fn = outer;
    }
    this.writer.line(`${this.rt("classAttributes")}(${cls}, { ${attributes.join(", ")} });`);
    return true;
  }

  /** `propertyDeleter(C, "x", function (this: any) { ... })` for `@x.deleter def x(self)`. */
  private propertyDeleter(cls: string, f: FunctionDef): void {
    const first = f.args.args[0];
    if (!first || f.args.args.length > 1) {
      this.unsupported("a property deleter takes only 'self'", f.loc);
      return;
    }
    const body = this.functionBody(f, [], { selfName: first.name });
    this.writer.line(`${this.rt("propertyDeleter")}(${cls}, ${stringLiteral(f.name)}, function (this: any): any {`);
    this.writer.indent(() => this.writer.lines(body));
    this.writer.line("});");
  }

  /**
   * The statements of a class body other than its methods, run in order
   * once the class exists: the names they bind are block variables (a `def`
   * they read starts as its Python value, `classMember`), and what they hold
   * at the end becomes the class's attributes.
   */
  private classBody(c: ClassDef, cls: string, members: FunctionDef[], rest: Stmt[], docstring: Stmt | undefined): void {
    const scope = this.info.scopeOf.get(c)!;
    const memberNames = new Set(members.map((m) => m.name));
    const bound = [...scope.bindings.keys()].filter((n) => !memberNames.has(n) || rest.some((s) => bindsName(s, n)));
    const readMembers = [...memberNames].filter((n) => !bound.includes(n) && mentionsNameIn(rest, n));
    if (this.simpleClassBody(c, cls, rest, docstring)) return;
    const outer = this.fn;
    this.fn = new FunctionContext(scope, outer.names, outer);
    const bodyWriter = new CodeWriter();
    const savedWriter = this.writer;
    this.writer = bodyWriter;
    try {
      this.planScope(scope, rest, true);
      for (const n of bound) this.fn.declared.add(n);
      this.statements(rest);
      this.flushComments(c.loc.endLine + 1);
    } finally {
      this.writer = savedWriter;
    }
    const temps = [...new Set(this.fn.hoisted)];
    this.fn = outer;
    const attributes = bound.map((n) => (escapeName(n) === attributeKey(n) ? escapeName(n) : `${attributeKey(n)}: ${escapeName(n)}`));
    if (docstring?.kind === "Expr") attributes.unshift(`__doc__: ${this.exprs.expr(docstring.value)}`);
    if (!rest.length) {
      this.writer.line(`${this.rt("classAttributes")}(${cls}, { ${attributes.join(", ")} });`);
      return;
    }
    this.writer.line("{");
    this.writer.indent(() => {
      const locals = [
        ...readMembers.map((n) => `${escapeName(n)}: any = ${this.rt("classMember")}(${cls}, ${stringLiteral(n)})`),
        ...bound.filter((n) => memberNames.has(n)).map((n) => `${escapeName(n)}: any = ${this.rt("classMember")}(${cls}, ${stringLiteral(n)})`),
        ...bound.filter((n) => !memberNames.has(n)).map((n) => `${escapeName(n)}: any`),
        ...temps.map((t) => `${t}: any`),
      ];
      if (locals.length) this.writer.line(`let ${locals.join(", ")};`);
      this.writer.lines(bodyWriter.takeLines());
      this.writer.line(`${this.rt("classAttributes")}(${cls}, { ${attributes.join(", ")} });`);
    });
    this.writer.line("}");
  }

  /** A member of the emitted JS class (see isClassMethodMember): a method, static method or accessor. */
  private method(f: FunctionDef): void {
    const d = f.decorators[0];
    // __init_subclass__ and __class_getitem__ are class methods, __new__ a static method, undecorated.
    const implicit = isImplicitClassMethod(f) ? "classmethod" : f.name === "__new__" ? "staticmethod" : undefined;
    const decorator = d?.kind === "Name" ? d.id : d?.kind === "Attribute" ? d.attr : implicit;
    if (decorator === "deleter") return; // registered after the class (propertyDeleter)
    const isStatic = decorator === "staticmethod";
    const first = f.args.args[0];
    if (!isStatic && !first) {
      this.unsupported("a method needs a 'self' parameter", f.loc);
      return;
    }
    const args = isStatic ? f.args : { ...f.args, args: f.args.args.slice(1) };
    // __init__ runs from the runtime too (g.throw(Cls), raise Cls): it checks its arguments.
    const checkedAs = f.name === "__init__" ? `${this.info.scopeOf.get(f)!.qualname}` : undefined;
    const { params, prologue } = this.exprs.parameters(args, checkedAs);
    if (this.exprs.pendingDefaults.length) {
      this.exprs.pendingDefaults.length = 0;
      this.unsupported("only constant default values are supported on methods yet", f.loc);
    }
    const body = this.functionBody(f, prologue, isStatic ? undefined : { selfName: first.name });
    const head =
      decorator === "property"
        ? `get ${attributeKey(f.name)}(): any`
        : decorator === "setter"
          ? `set ${attributeKey(f.name)}(${params})`
          : `${decorator === "staticmethod" || decorator === "classmethod" ? "static " : ""}${attributeKey(f.name)}(${params}): any`;
    this.writer.line(`${head} {`);
    this.afterStatement(f, f.loc.line);
    this.writer.indent(() => this.writer.lines(body));
    this.writer.line("}");
    this.lastLine = f.loc.endLine;
  }

  // ------------------------------------------------------------ control flow

  private ifStatement(s: Stmt & { kind: "If" }): void {
    if (s.elifs.length > LONG_CHAIN) {
      this.longElifLadder(s);
      return;
    }
    this.writer.line(`if (${this.exprs.test(s.test)}) {`);
    this.afterStatement(s, s.loc.line);
    this.writer.indent(() => this.statements(s.body));
    for (const clause of s.elifs) {
      this.writer.line(`} else if (${this.exprs.test(clause.test)}) {`);
      this.afterStatement(s, clause.loc.line);
      this.writer.indent(() => this.statements(clause.body));
    }
    if (s.orelse.length) {
      this.writer.line("} else {");
      this.writer.indent(() => this.statements(s.orelse));
    }
    this.writer.line("}");
  }

  /**
   * A ladder of more elifs than LONG_CHAIN, flat: JavaScript's `else if`
   * nests one statement per clause, and TypeScript, prettier and V8 recurse
   * on that nesting. Each branch leaves a labeled block when it is taken:
   *   ladder: { if (a) { ...; break ladder; } if (b) { ...; break ladder; } ...else }
   */
  private longElifLadder(s: Stmt & { kind: "If" }): void {
    const label = this.fn.names.claimFreeName("ladder");
    this.writer.line(`${label}: {`);
    this.writer.indent(() => {
      for (const [i, clause] of [{ test: s.test, body: s.body, loc: s.loc }, ...s.elifs].entries()) {
        this.writer.line(`if (${this.exprs.test(clause.test)}) {`);
        this.afterStatement(s, i === 0 ? s.loc.line : clause.loc.line);
        this.writer.indent(() => {
          this.statements(clause.body);
          this.writer.line(`break ${label};`);
        });
        this.writer.line("}");
      }
      this.statements(s.orelse);
    });
    this.writer.line("}");
  }

  /** A loop with an `else` runs inside a labeled block that `break` leaves. */
  private loopWithElse(orelse: Stmt[], owner: Stmt, loop: (breakLabel?: string) => void): void {
    if (orelse.length === 0) {
      loop();
      return;
    }
    const label = this.fn.names.claimFreeName("loop");
    this.writer.line(`${label}: {`);
    this.writer.indent(() => {
      loop(label);
      this.statements(orelse);
    });
    this.writer.line("}");
    void owner;
  }

  private whileStatement(s: Stmt & { kind: "While" }): void {
    this.loopWithElse(s.orelse, s, (breakLabel) => {
      const test = this.exprs.test(s.test);
      this.fn.withEntry({ kind: "loop", breakLabel }, () => this.block(`while (${test})`, s.body, s));
    });
  }

  private forStatement(s: Stmt & { kind: "For" }): void {
    if (s.isAsync) {
      this.asyncForStatement(s);
      return;
    }
    this.loopWithElse(s.orelse, s, (breakLabel) => {
      const iterable = this.forIterable(s.iter);
      this.fn.withEntry({ kind: "loop", breakLabel }, () => {
        const t = s.target;
        if (t.kind === "Name") {
          const plan = this.planFor(t.id);
          // A store: never the checked read of a deleted name.
          const head = plan?.where === "loop" ? `const ${escapeName(t.id)}` : this.nameRefForStore(t.id);
          this.block(`for (${head} of ${iterable})`, s.body, s);
          return;
        }
        const names = t.kind === "Tuple" || t.kind === "List" ? t.elts : [];
        const loopLocal = names.length > 0 && names.every((n) => n.kind === "Name" && this.planFor(n.id)?.where === "loop");
        const pattern = loopLocal ? `[${names.map((n) => escapeName((n as { id: string }).id)).join(", ")}]` : "";
        if (loopLocal && yieldsPairsOf(s.iter, this.info, this.fn.scope) === names.length) {
          // enumerate()/zip()/.items() give tuples of a known length: destructure directly.
          this.block(`for (const ${pattern} of ${iterable})`, s.body, s);
          return;
        }
        const item = this.fn.names.claimFreeName("item");
        this.writer.line(`for (const ${item} of ${iterable}) {`);
        this.afterStatement(s, s.loc.line);
        this.writer.indent(() => {
          this.loopTarget(t, item);
          this.statements(s.body);
        });
        this.writer.line("}");
      });
    });
  }

  /**
   * CPython drops a temporary iterator after its loop, and dropping a
   * suspended generator closes it; a named generator stays open. So a loop
   * over a call to a known generator function (or a generator expression)
   * closes it when the loop ends early.
   */
  private forIterable(iter: Expr): string {
    const text = this.exprs.expr(iter);
    if (isFreshGenerator(iter, this.info, this.fn.scope)) return `${this.rt("iterateTemporary")}(${text})`;
    // Strings, lists, tuples and the builtins' results iterate natively, as in Python.
    if (isNativelyIterable(iter, this.info, this.fn.scope)) return text;
    return `${this.rt("iterate")}(${text})`;
  }

  /** Bind a loop's target to the current item: loop-local names are declared here. */
  private loopTarget(t: Expr, item: string): void {
    const names = t.kind === "Name" ? [t] : t.kind === "Tuple" || t.kind === "List" ? t.elts : [];
    const loopLocal = names.length > 0 && names.every((n) => n.kind === "Name" && this.planFor(n.id)?.where === "loop");
    if (!loopLocal) {
      // Names used only inside the loop are declared by the loop itself, in its body.
      const local = names.filter((n) => n.kind === "Name" && this.planFor(n.id)?.where === "loop").map((n) => escapeName((n as { id: string }).id));
      if (local.length) this.writer.line(`let ${local.map((n) => `${n}: any`).join(", ")};`);
      this.assignTarget(t, item);
      return;
    }
    const list = names.map((n) => escapeName((n as { id: string }).id));
    if (t.kind === "Name") this.writer.line(`const ${list[0]} = ${item};`);
    else this.writer.line(`const [${list.join(", ")}] = ${this.rt("unpack")}(${item}, ${names.length});`);
  }

  /**
   * `async for x in it:` — PEP 492: `__aiter__` once, then `await __anext__()`
   * until StopAsyncIteration.
   */
  private asyncForStatement(s: Stmt & { kind: "For" }): void {
    this.loopWithElse(s.orelse, s, (breakLabel) => {
      const iterator = this.fn.names.claimFreeName("iterator");
      this.writer.line(`const ${iterator} = ${this.rt("asyncIterator")}(${this.exprs.expr(s.iter)});`);
      // Over a new async generator the loop holds the only reference: left early, CPython
      // drops and so finalizes it (closes it, hooks aside).
      const temporary = isFreshAsyncGeneratorWithFinalizer(s.iter, this.info, this.fn.scope);
      if (temporary) this.writer.line("try {");
      const loop = () =>
        this.fn.withEntry({ kind: "loop", breakLabel }, () => {
          this.writer.line("while (true) {");
          this.afterStatement(s, s.loc.line);
          this.writer.indent(() => {
            const item = this.fn.names.claimFreeName("item");
            this.writer.line(`const ${item} = yield* ${this.rt("awaitNext")}(${iterator});`);
            this.writer.line(`if (${item} === ${this.rt("ASYNC_DONE")}) break;`);
            this.loopTarget(s.target, item);
            this.statements(s.body);
          });
          this.writer.line("}");
        });
      if (!temporary) return loop();
      this.writer.indent(loop);
      this.writer.line("} finally {");
      this.writer.indent(() => this.writer.line(`${this.rt("release")}(${iterator});`));
      this.writer.line("}");
    });
  }

  /**
   * `with m as x:` (PEP 343): `__exit__` sees an exception raised in the
   * block (and may suppress it), or three Nones on any other way out.
   * Several items nest, left to right.
   */
  private withStatement(s: Stmt & { kind: "With" }, index: number): void {
    if (index === s.items.length) {
      this.statements(s.body);
      return;
    }
    const item = s.items[index];
    const context = this.fn.names.claimFreeName("context");
    const errorVar = this.fn.names.claimFreeName("error");
    const y = s.isAsync ? "yield* " : "";
    this.writer.line(
      `const ${context} = ${y}${this.rt(s.isAsync ? "enterAsyncContext" : "enterContext")}(${this.exprs.expr(item.contextExpr)});`,
    );
    this.writer.line("try {");
    if (index === 0) this.afterStatement(s, s.loc.line);
    this.writer.indent(() => {
      if (item.optionalVars) this.assignTarget(item.optionalVars, `${context}.value`);
      this.withStatement(s, index + 1);
    });
    this.writer.line(`} catch (${errorVar}: any) {`);
    this.writer.indent(() => this.writer.line(`if (!(${y}${context}.exitWith(${errorVar}))) throw ${errorVar};`));
    this.writer.line("} finally {");
    this.writer.indent(() => this.writer.line(`${y}${context}.exit();`));
    this.writer.line("}");
  }

  // ------------------------------------------------------------ exceptions

  private raise(exc?: Expr, cause?: Expr): void {
    if (!exc) {
      // Outside an `except` block of this function it re-raises whatever is handled at run time.
      const current = this.fn.currentException();
      this.writer.line(`throw ${current ?? `${this.rt("reraise")}()`};`);
      return;
    }
    let value: string;
    if (exc.kind === "Name" && BUILTIN_EXCEPTIONS.has(exc.id) && this.info.resolve(exc.id, this.fn.scope).kind === "builtin") {
      value = `new ${this.rt(exc.id)}()`;
    } else if (exc.kind === "Name" && this.isKnownClass(exc.id)) {
      value = this.raisedHere(`new ${this.nameRef(exc.id, exc.loc)}()`);
    } else if (exc.kind === "Call" && exc.func.kind === "Name" && this.isExceptionClassCall(exc.func.id)) {
      this.exprs.raiseOperand = exc;
      value = this.exprs.expr(exc);
      this.exprs.raiseOperand = undefined;
      if (this.info.resolve(exc.func.id, this.fn.scope).kind !== "builtin") value = this.raisedHere(value);
    } else {
      value = `${this.rt("exceptionFrom")}(${this.exprs.expr(exc)})`;
    }
    // The exception being handled becomes its __context__ in the runtime (PEP 3134).
    if (cause) value = `${this.rt("raiseFrom")}(${value}, ${this.exprs.expr(cause)})`;
    this.writer.line(`throw ${value};`);
  }

  /**
   * An exception of a Python class takes its __context__ when raised (the runtime's builtin
   * ones when created); module-level code outside except/finally has no exception being handled.
   */
  private raisedHere(created: string): string {
    if (this.fn.scope.kind === "module" && !this.fn.inHandler()) return created;
    return `${this.rt("raisedHere")}(${created})`;
  }

  /** Could this `except` clause catch what a JS error becomes (RecursionError, NameError, ...)? */
  private mayCatchJavaScriptError(type: Expr | undefined): boolean {
    if (!type) return true;
    if (type.kind === "Tuple") return type.elts.some((t) => this.mayCatchJavaScriptError(t));
    if (type.kind === "Name" && this.info.resolve(type.id, this.fn.scope).kind === "builtin") {
      return ["BaseException", "Exception", "NameError", "RuntimeError", "RecursionError", "TypeError", "AttributeError"].includes(type.id);
    }
    return type.kind !== "Name" || !this.isKnownClass(type.id);
  }

  private isKnownClass(id: string): boolean {
    const r = this.info.resolve(id, this.fn.scope);
    return r.kind !== "builtin" && r.kind !== "unbound" && !!r.binding.classDef && !r.binding.rebound;
  }

  /** `raise X(...)` where X is a builtin exception or a class of the program: already an instance. */
  private isExceptionClassCall(id: string): boolean {
    const r = this.info.resolve(id, this.fn.scope);
    return (r.kind === "builtin" && BUILTIN_EXCEPTIONS.has(id)) || this.isKnownClass(id);
  }

  private tryStatement(s: Try): void {
    if (!s.finalbody.length) {
      this.tryExcept(s);
    } else if (observesHandledException(s.finalbody)) {
      this.trackedFinally(s);
    } else {
      // The try/except(/else), or just the body, sits in a try/finally.
      this.tryBlockOf(s);
      this.writer.line("} finally {");
      this.writer.indent(() => this.finallyBody(s.finalbody));
      this.writer.line("}");
    }
  }

  /** `try {` and, inside it, the try/except(/else) of s without its finally. */
  private tryBlockOf(s: Try): void {
    this.writer.line("try {");
    if (!s.handlers.length) this.afterStatement(s, s.loc.line);
    this.writer.indent(() => this.tryExcept(s));
  }

  /** try/except/else without the finally; a try without handlers is just its body. */
  private tryExcept(s: Try): void {
    if (!s.handlers.length) {
      this.statements(s.body);
      return;
    }
    if (s.star) {
      this.tryExceptStar(s);
      return;
    }
    // try/except/else: `else` runs outside the handlers' reach.
    const completed = this.openTryBody(s);
    const errorVar = this.fn.names.claimFreeName("error");
    if (s.handlers.some((h) => this.mayCatchJavaScriptError(h.type))) {
      // JS errors (stack overflow, a name read too early) reach Python code as Python exceptions.
      const caught = this.fn.names.claimFreeName("caught");
      this.writer.line(`} catch (${caught}: any) {`);
      this.writer.indent(() => {
        this.writer.line(`const ${errorVar} = ${this.rt("toPyException")}(${caught});`);
        this.trackedHandlers(s.handlers, errorVar);
      });
    } else {
      this.writer.line(`} catch (${errorVar}: any) {`);
      this.writer.indent(() => this.trackedHandlers(s.handlers, errorVar));
    }
    this.writer.line("}");
    if (completed) {
      this.writer.line(`if (${completed}) {`);
      this.writer.indent(() => this.statements(s.orelse));
      this.writer.line("}");
    }
  }

  /**
   * `try {` and the body. With an `else`, a flag the body sets when it
   * completes: `else` runs after the handlers, outside their reach.
   */
  private openTryBody(s: Try): string | undefined {
    const completed = s.orelse.length ? this.fn.names.claimFreeName("completed") : undefined;
    if (completed) this.writer.line(`let ${completed} = false;`);
    this.writer.line("try {");
    this.afterStatement(s, s.loc.line);
    this.writer.indent(() => {
      this.statements(s.body);
      if (completed) this.writer.line(`${completed} = true;`);
    });
    return completed;
  }

  /**
   * try/except* (PEP 654): each handler gets the part of the exception (group) its types
   * match, the runtime's ExceptStar collects what the handlers raise and finish() throws
   * what remains, combined as CPython does.
   */
  private tryExceptStar(s: Try): void {
    const completed = this.openTryBody(s);
    const caught = this.fn.names.claimFreeName("caught");
    const star = this.fn.names.claimFreeName("exceptStar");
    this.writer.line(`} catch (${caught}: any) {`);
    this.writer.indent(() => {
      this.writer.line(`const ${star} = new ${this.rt("ExceptStar")}(${caught});`);
      for (const h of s.handlers) {
        const match = this.fn.names.claimFreeName("matched");
        const raised = this.fn.names.claimFreeName("raised");
        this.writer.line(`const ${match} = ${star}.match(${this.exprs.expr(h.type!)});`);
        this.writer.line(`if (${match} !== null) {`);
        this.writer.indent(() => {
          this.writer.line("try {");
          this.writer.indent(() =>
            this.whileHandling("beginHandling", match, "endHandling", () =>
              this.fn.withEntry({ kind: "except", errorVar: match }, () => {
                if (h.name) {
                  const local = this.planFor(h.name)?.where === "handler";
                  this.writer.line(local ? `const ${escapeName(h.name)} = ${match};` : `${this.bindName(h.name, match)};`);
                }
                this.handlerBody(h);
              }),
            ),
          );
          this.writer.line(`} catch (${raised}: any) {`);
          this.writer.indent(() => this.writer.line(`${star}.raised(${raised});`));
          this.writer.line("}");
        });
        this.writer.line("}");
      }
      this.writer.line(`${star}.finish();`);
    });
    this.writer.line("}");
    if (completed) {
      this.writer.line(`if (${completed}) {`);
      this.writer.indent(() => this.statements(s.orelse));
      this.writer.line("}");
    }
  }

  private finallyBody(body: Stmt[]): void {
    this.fn.withEntry({ kind: "finally" }, () => this.statements(body));
  }

  /**
   * A `finally` whose body can tell which exception is escaping (it raises,
   * calls code, reads sys.exc_info()): in Python that exception is being
   * handled there, so the JS `finally` needs to know it.
   */
  private trackedFinally(s: Try): void {
    const escaping = this.fn.names.claimFreeName("escaping");
    const unwinding = this.fn.names.claimFreeName("unwinding");
    this.writer.line(`let ${escaping}: any = undefined;`);
    this.tryBlockOf(s);
    this.writer.line(`} catch (${unwinding}: any) {`);
    this.writer.indent(() => {
      this.writer.line(`${escaping} = ${unwinding};`);
      this.writer.line(`throw ${unwinding};`);
    });
    this.writer.line("} finally {");
    this.writer.indent(() => this.whileHandling("beginFinally", escaping, "endFinally", () => this.finallyBody(s.finalbody)));
    this.writer.line("}");
  }

  /** `const before = begin(exception); try { body } finally { end(before); }` */
  private whileHandling(begin: string, exception: string, end: string, body: () => void): void {
    const before = this.fn.names.claimFreeName("handledBefore");
    this.writer.line(`const ${before} = ${this.rt(begin)}(${exception});`);
    this.writer.line("try {");
    this.writer.indent(body);
    this.writer.line("} finally {");
    this.writer.indent(() => this.writer.line(`${this.rt(end)}(${before});`));
    this.writer.line("}");
  }

  /**
   * A handler's statements. `except E as name` ends with `name = None; del
   * name` in CPython, however the handler is left; where a later read can see
   * that (the name is checked like a deleted one), the variable is unbound here.
   */
  private handlerBody(h: ExceptHandler): void {
    if (!h.name || !this.isDeletedName(h.name)) {
      this.statements(h.body);
      return;
    }
    this.writer.line("try {");
    this.writer.indent(() => this.statements(h.body));
    this.writer.line("} finally {");
    this.writer.indent(() => this.writer.line(`${escapeName(h.name!)} = ${this.rt("UNBOUND_NAME")};`));
    this.writer.line("}");
  }

  /** The handlers of a try, with the caught exception recorded as handled while they run when that is observable. */
  private trackedHandlers(handlers: ExceptHandler[], errorVar: string): void {
    if (!this.tracksEveryHandler && !handlers.some((h) => observesHandledException(h.body))) {
      this.handlers(handlers, errorVar);
      return;
    }
    this.whileHandling("beginHandling", errorVar, "endHandling", () => this.handlers(handlers, errorVar));
  }

  private handlers(handlers: ExceptHandler[], errorVar: string): void {
    let first = true;
    let catchesAll = false;
    for (const h of handlers) {
      const test = h.type ? this.exceptionTest(h.type, errorVar) : undefined;
      const body = () =>
        this.fn.withEntry({ kind: "except", errorVar }, () => {
          if (h.name) {
            const local = this.planFor(h.name)?.where === "handler";
            this.writer.line(local ? `const ${escapeName(h.name)} = ${errorVar};` : `${this.bindName(h.name, errorVar)};`);
          }
          this.handlerBody(h);
        });
      if (!test) {
        if (first) {
          body();
        } else {
          this.writer.line("} else {");
          this.writer.indent(body);
        }
        catchesAll = true;
        break;
      }
      this.writer.line(`${first ? "" : "} else "}if (${test}) {`);
      this.writer.indent(body);
      first = false;
    }
    if (!catchesAll) {
      this.writer.line("} else {");
      this.writer.indent(() => this.writer.line(`throw ${errorVar};`));
      this.writer.line("}");
    } else if (!first) {
      this.writer.line("}");
    }
  }

  /** The test of `except T:`; undefined when it catches everything. */
  private exceptionTest(type: Expr, errorVar: string): string | undefined {
    const one = (t: Expr): string | undefined => {
      if (t.kind === "Name" && this.info.resolve(t.id, this.fn.scope).kind === "builtin") {
        if (t.id === "BaseException") return undefined;
        if (BUILTIN_EXCEPTIONS.has(t.id)) return `${errorVar} instanceof ${this.rt(t.id)}`;
      }
      return `${this.rt("isinstance")}(${errorVar}, ${this.exprs.expr(t)})`;
    };
    if (type.kind === "Tuple") {
      const parts = type.elts.map(one);
      if (parts.some((p) => p === undefined)) return undefined;
      return parts.join(" || ");
    }
    return one(type);
  }
}

// ------------------------------------------------------------ helpers

function allScopes(root: Scope): Scope[] {
  const out: Scope[] = [root];
  for (const c of root.children) out.push(...allScopes(c));
  return out;
}

/** Whether the program mentions a name or attribute matching the pattern anywhere. */
function mentionsName(module: Module, pattern: RegExp): boolean {
  const visit = (n: unknown): boolean => {
    if (!n || typeof n !== "object") return false;
    if (Array.isArray(n)) return n.some(visit);
    const node = n as { kind?: string; id?: string; attr?: string; names?: { name: string }[] };
    if (node.kind === "Name" && node.id && pattern.test(node.id)) return true;
    if (node.kind === "Attribute" && node.attr && pattern.test(node.attr)) return true;
    if (node.kind === "ImportFrom" && node.names?.some((a) => pattern.test(a.name))) return true;
    return Object.entries(n).some(([k, v]) => k !== "loc" && typeof v === "object" && visit(v));
  };
  return visit(module.body);
}

/** Whether some node of the program satisfies the test. */
function someNode(root: Node, test: (n: Node) => boolean): boolean {
  return test(root) || children(root).some((c) => someNode(c, test));
}

function paren(s: string): string {
  return /^[\w$.]+(\([^()]*\))?$/.test(s) ? s : `(${s})`;
}

function isDocstringLike(s: Stmt): boolean {
  return s.kind === "Expr" && s.value.kind === "Constant" && s.value.value.type === "str";
}

function isLiteralish(value: string): boolean {
  return /^(-?\d[\d_]*n|-?[\d.]+(e[+-]?\d+)?|"(?:[^"\\]|\\.)*"|true|false|None|\[.*\])$/s.test(value);
}

function hasSideEffects(e: Expr): boolean {
  if (e.kind === "Name" || e.kind === "Constant") return false;
  if (e.kind === "Call" || e.kind === "Yield" || e.kind === "YieldFrom" || e.kind === "Await" || e.kind === "NamedExpr") return true;
  return Object.values(e).some((v) =>
    Array.isArray(v) ? v.some((x) => x && typeof x === "object" && "kind" in x && hasSideEffects(x as Expr)) : v && typeof v === "object" && "kind" in v && hasSideEffects(v as Expr),
  );
}

/** Builtins whose results are JS iterables that iterate as Python does. */
const NATIVE_ITERABLE_BUILTINS = new Set(["range", "enumerate", "zip", "reversed", "map", "filter", "sorted", "list", "tuple"]);

function isNativelyIterable(iter: Expr, info: ScopeInfo, scope: Scope): boolean {
  if (iter.kind === "Constant") return iter.value.type === "str";
  if (iter.kind === "List" || iter.kind === "Tuple") return true;
  return (
    iter.kind === "Call" &&
    iter.func.kind === "Name" &&
    NATIVE_ITERABLE_BUILTINS.has(iter.func.id) &&
    info.resolve(iter.func.id, scope).kind === "builtin"
  );
}

/** The length of the tuples an iterable yields, when it is fixed: enumerate → 2, zip(a, b) → 2. */
function yieldsPairsOf(iter: Expr, info: ScopeInfo, scope: Scope): number | undefined {
  if (iter.kind !== "Call" || iter.args.some((a) => a.kind === "Starred")) return undefined;
  const f = iter.func;
  if (f.kind === "Name" && info.resolve(f.id, scope).kind === "builtin") {
    if (f.id === "enumerate") return 2;
    if (f.id === "zip" && iter.keywords.length === 0) return iter.args.length;
  }
  return undefined;
}

