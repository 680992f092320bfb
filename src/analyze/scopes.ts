// Scope analysis: which names each scope binds, which it declares global or
// nonlocal, which generator/async kind each function is, and the static
// checks CPython's compiler makes ('yield' outside function, ...).

import type {
  Arguments,
  ClassDef,
  Comprehension,
  Expr,
  FunctionDef,
  Lambda,
  Loc,
  Module,
  Node,
  Stmt,
} from "../ast/nodes";
import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import { scopeBodyContainsYield } from "./containsYield";
import { checkMatchPatterns } from "./matchPatterns";
import { children, patternCaptures, patternExprs } from "./walk";

export type ScopeKind = "module" | "function" | "lambda" | "class" | "comprehension";

export interface Binding {
  name: string;
  /** how many statements or expressions bind it */
  count: number;
  /** set when every binding is one `def` (so calls can be resolved statically) */
  def?: FunctionDef;
  /** every binding is a `def` (redefinitions included): all of them, in source order */
  defs?: FunctionDef[];
  classDef?: ClassDef;
  isParam: boolean;
  /** the node of the first binding in source order */
  first: Node;
  /** true when some binding sits inside a loop or a nested block */
  boundInBlock: boolean;
  /** true when a nested scope rebinds it through `nonlocal`/`global` */
  rebound: boolean;
  /** imported names: the module and the imported member (undefined for `import m`) */
  imported?: { module: string; member?: string };
}

export interface Scope {
  kind: ScopeKind;
  node: Module | FunctionDef | Lambda | ClassDef | Node;
  parent?: Scope;
  qualname: string;
  bindings: Map<string, Binding>;
  globals: Set<string>;
  nonlocals: Set<string>;
  isGenerator: boolean;
  isAsync: boolean;
  children: Scope[];
}

export type Resolution =
  | { kind: "local"; scope: Scope; binding: Binding }
  | { kind: "closure"; scope: Scope; binding: Binding }
  | { kind: "global"; scope: Scope; binding: Binding }
  | { kind: "builtin" }
  | { kind: "unbound" };

export class ScopeInfo {
  readonly scopeOf = new Map<Node, Scope>();
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly module: Scope) {}

  /** Resolve a name used in `scope` as Python does (LEGB, class scopes skipped). */
  resolve(name: string, scope: Scope): Resolution {
    if (scope.globals.has(name)) return this.resolveGlobal(name);
    const own = scope.bindings.get(name);
    if (own && !scope.nonlocals.has(name)) {
      return scope.kind === "module" ? { kind: "global", scope, binding: own } : { kind: "local", scope, binding: own };
    }
    for (let s = scope.parent; s; s = s.parent) {
      if (s.kind === "class") continue;
      if (s.kind === "module") break;
      if (s.globals.has(name)) return this.resolveGlobal(name);
      const b = s.bindings.get(name);
      if (b && !s.nonlocals.has(name)) return { kind: "closure", scope: s, binding: b };
    }
    return this.resolveGlobal(name);
  }

  private resolveGlobal(name: string): Resolution {
    const b = this.module.bindings.get(name);
    if (b) return { kind: "global", scope: this.module, binding: b };
    return { kind: "builtin" };
  }
}

interface Context {
  scope: Scope;
  loopDepth: number;
  blockDepth: number;
}

export function analyzeScopes(module: Module): ScopeInfo {
  const moduleScope = newScope("module", module, undefined, "");
  const info = new ScopeInfo(moduleScope);
  info.scopeOf.set(module, moduleScope);
  const builder = new ScopeBuilder(info);
  for (const s of module.body) {
    builder.currentTop = s;
    builder.statement(s, { scope: moduleScope, loopDepth: 0, blockDepth: 0 });
  }
  builder.finish();
  return info;
}

function newScope(kind: ScopeKind, node: Scope["node"], parent: Scope | undefined, qualname: string): Scope {
  const scope: Scope = {
    kind,
    node,
    parent,
    qualname,
    bindings: new Map(),
    globals: new Set(),
    nonlocals: new Set(),
    isGenerator: false,
    isAsync: false,
    children: [],
  };
  parent?.children.push(scope);
  return scope;
}

/** CPython's qualname of a nested definition: `outer.<locals>.inner`. */
function childQualname(parent: Scope, name: string): string {
  if (parent.kind === "module") return name;
  if (parent.kind === "class") return `${parent.qualname}.${name}`;
  return `${parent.qualname}.<locals>.${name}`;
}

/** How a name was met in a scope before a `global`/`nonlocal` for it (CPython's symtable flags). */
const USE = 1;
const ASSIGN = 2;
const PARAM = 4;
const ANNOTATED = 8;

class ScopeBuilder {
  private pendingNonlocals: { scope: Scope; name: string; loc: Loc }[] = [];
  private readonly seen = new Map<Scope, Map<string, number>>();

  constructor(private readonly info: ScopeInfo) {}

  /** the module-level statement being analysed, recorded on diagnostics */
  currentTop?: Stmt;

  private error(code: (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes], message: string, loc: Loc): void {
    this.info.diagnostics.push({ ...diagnostic(code, message, loc), statement: this.currentTop });
  }

  finish(): void {
    for (const { scope, name, loc } of this.pendingNonlocals) {
      let found = false;
      for (let s = scope.parent; s && s.kind !== "module"; s = s.parent) {
        if (s.kind === "class") continue;
        const b = s.bindings.get(name);
        if (b) {
          b.rebound = true;
          found = true;
          break;
        }
      }
      if (!found) this.error(DiagnosticCodes.NoBindingForNonlocal, `no binding for nonlocal '${name}' found`, loc);
    }
    for (const scope of allScopes(this.info.module)) {
      for (const name of scope.globals) {
        const b = this.info.module.bindings.get(name);
        if (b && scope !== this.info.module) b.rebound = true;
      }
    }
  }

  /** Records a use or binding of `name`, checked by later `global`/`nonlocal` statements. */
  private see(scope: Scope, name: string, flag: number): void {
    let names = this.seen.get(scope);
    if (!names) this.seen.set(scope, (names = new Map()));
    names.set(name, (names.get(name) ?? 0) | flag);
  }

  /** CPython's symtable errors for a `global`/`nonlocal` of a name the scope already met. */
  private declare(s: Stmt, name: string, ctx: Context, which: "global" | "nonlocal"): void {
    const other = which === "global" ? ctx.scope.nonlocals : ctx.scope.globals;
    if (other.has(name)) {
      this.error(DiagnosticCodes.GlobalAndNonlocal, `name '${name}' is nonlocal and global`, s.loc);
      return;
    }
    const flags = this.seen.get(ctx.scope)?.get(name) ?? 0;
    if (flags & PARAM) this.error(DiagnosticCodes.DeclarationAfterUse, `name '${name}' is parameter and ${which}`, s.loc);
    else if (flags & USE) this.error(DiagnosticCodes.DeclarationAfterUse, `name '${name}' is used prior to ${which} declaration`, s.loc);
    else if (flags & ANNOTATED) this.error(DiagnosticCodes.DeclarationAfterUse, `annotated name '${name}' can't be ${which}`, s.loc);
    else if (flags & ASSIGN) this.error(DiagnosticCodes.DeclarationAfterUse, `name '${name}' is assigned to before ${which} declaration`, s.loc);
  }

  bind(name: string, node: Node, ctx: Context, isParam = false): void {
    const scope = ctx.scope;
    // CPython flags imports apart (DEF_IMPORT), and a later `global` accepts them.
    if (node.kind !== "Import" && node.kind !== "ImportFrom") this.see(scope, name, isParam ? PARAM : ASSIGN);
    if (scope.globals.has(name) && scope.kind !== "module") {
      this.bindIn(this.info.module, name, node, true, false);
      return;
    }
    this.bindIn(scope, name, node, ctx.blockDepth > 0 || ctx.loopDepth > 0, isParam);
  }

  private bindIn(scope: Scope, name: string, node: Node, inBlock: boolean, isParam: boolean): void {
    const existing = scope.bindings.get(name);
    const isDef = node.kind === "FunctionDef";
    const isClass = node.kind === "ClassDef";
    if (existing) {
      existing.count++;
      existing.defs = isDef && existing.defs ? [...existing.defs, node as FunctionDef] : undefined;
      existing.def = undefined;
      existing.classDef = undefined;
      existing.boundInBlock ||= inBlock;
      existing.imported = undefined;
      return;
    }
    scope.bindings.set(name, {
      name,
      count: 1,
      def: isDef ? (node as FunctionDef) : undefined,
      defs: isDef ? [node as FunctionDef] : undefined,
      classDef: isClass ? (node as ClassDef) : undefined,
      isParam,
      first: node,
      boundInBlock: inBlock,
      rebound: false,
    });
  }

  /** Bind every Name in an assignment target. */
  target(t: Expr, ctx: Context): void {
    switch (t.kind) {
      case "Name":
        this.bind(t.id, t, ctx);
        return;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.target(e, ctx);
        return;
      case "Starred":
        this.target(t.value, ctx);
        return;
      default:
        this.expr(t, ctx);
    }
  }

  statements(stmts: Stmt[], ctx: Context): void {
    for (const s of stmts) this.statement(s, ctx);
  }

  private block(stmts: Stmt[], ctx: Context, loop = false): void {
    this.statements(stmts, {
      scope: ctx.scope,
      loopDepth: ctx.loopDepth + (loop ? 1 : 0),
      blockDepth: ctx.blockDepth + 1,
    });
  }

  statement(s: Stmt, ctx: Context): void {
    switch (s.kind) {
      case "FunctionDef":
        for (const d of s.decorators) this.expr(d, ctx);
        this.argumentDefaults(s.args, ctx);
        this.bind(s.name, s, ctx);
        this.functionScope(s, ctx);
        return;
      case "ClassDef": {
        for (const d of [...s.decorators, ...s.bases]) this.expr(d, ctx);
        for (const k of s.keywords) this.expr(k.value, ctx);
        this.bind(s.name, s, ctx);
        const scope = newScope("class", s, ctx.scope, childQualname(ctx.scope, s.name));
        this.info.scopeOf.set(s, scope);
        this.statements(s.body, { scope, loopDepth: 0, blockDepth: 0 });
        return;
      }
      case "Return":
        if (ctx.scope.kind !== "function") {
          this.error(DiagnosticCodes.ReturnOutsideFunction, "'return' outside function", s.loc);
        } else if (s.value && ctx.scope.isAsync && ctx.scope.isGenerator) {
          this.error(DiagnosticCodes.ReturnWithValueInAsyncGen, "'return' with value in async generator", s.loc);
        }
        if (s.value) this.expr(s.value, ctx);
        return;
      case "Delete":
        for (const t of s.targets) {
          if (t.kind === "Name") this.bind(t.id, t, ctx);
          else this.target(t, ctx);
        }
        return;
      case "Assign":
        this.expr(s.value, ctx);
        for (const t of s.targets) this.target(t, ctx);
        return;
      case "AugAssign":
        this.expr(s.value, ctx);
        if (s.target.kind === "Name") this.bind(s.target.id, s.target, ctx);
        else this.expr(s.target, ctx);
        return;
      case "AnnAssign":
        if (s.value) this.expr(s.value, ctx);
        this.expr(s.annotation, ctx);
        if (s.target.kind === "Name") {
          this.see(ctx.scope, s.target.id, ANNOTATED);
          if (s.value || ctx.scope.kind !== "module") this.bind(s.target.id, s.target, ctx);
        } else this.expr(s.target, ctx);
        return;
      case "For":
        if (s.isAsync && !ctx.scope.isAsync) {
          this.error(DiagnosticCodes.AwaitOutsideAsync, "'async for' outside async function", s.loc);
        }
        this.expr(s.iter, ctx);
        this.target(s.target, { ...ctx, loopDepth: ctx.loopDepth + 1, blockDepth: ctx.blockDepth + 1 });
        this.block(s.body, ctx, true);
        this.block(s.orelse, ctx);
        return;
      case "While":
        this.expr(s.test, ctx);
        this.block(s.body, ctx, true);
        this.block(s.orelse, ctx);
        return;
      case "If":
        this.expr(s.test, ctx);
        this.block(s.body, ctx);
        for (const clause of s.elifs) {
          this.expr(clause.test, ctx);
          this.block(clause.body, ctx);
        }
        this.block(s.orelse, ctx);
        return;
      case "Match": {
        const invalid = checkMatchPatterns(s);
        if (invalid) this.error(DiagnosticCodes.PatternError, invalid.message, invalid.loc);
        this.expr(s.subject, ctx);
        for (const c of s.cases) {
          const captures = new Set<Node>(patternCaptures(c.pattern));
          for (const e of patternExprs(c.pattern)) {
            if (captures.has(e) && e.kind === "Name") this.bind(e.id, e, { ...ctx, blockDepth: ctx.blockDepth + 1 });
            else this.expr(e, ctx);
          }
          if (c.guard) this.expr(c.guard, ctx);
          this.block(c.body, ctx);
        }
        return;
      }
      case "With":
        if (s.isAsync && !ctx.scope.isAsync) {
          this.error(DiagnosticCodes.AwaitOutsideAsync, "'async with' outside async function", s.loc);
        }
        for (const item of s.items) {
          this.expr(item.contextExpr, ctx);
          if (item.optionalVars) this.target(item.optionalVars, ctx);
        }
        this.block(s.body, ctx);
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc, ctx);
        if (s.cause) this.expr(s.cause, ctx);
        return;
      case "Try":
        this.block(s.body, ctx);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, ctx);
          if (h.name) this.bind(h.name, h, { ...ctx, blockDepth: ctx.blockDepth + 1 });
          this.block(h.body, ctx);
        }
        this.block(s.orelse, ctx);
        this.block(s.finalbody, ctx);
        return;
      case "Assert":
        this.expr(s.test, ctx);
        if (s.msg) this.expr(s.msg, ctx);
        return;
      case "Import":
        for (const a of s.names) {
          const local = a.asname ?? a.name.split(".")[0];
          this.bind(local, s, ctx);
          const b = this.lookupBinding(ctx, local);
          if (b && b.count === 1) b.imported = { module: a.asname ? a.name : a.name.split(".")[0] };
        }
        return;
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") continue;
          const local = a.asname ?? a.name;
          this.bind(local, s, ctx);
          const b = this.lookupBinding(ctx, local);
          if (b && b.count === 1) b.imported = { module: s.module, member: a.name };
        }
        return;
      case "Global":
        for (const n of s.names) {
          this.declare(s, n, ctx, "global");
          ctx.scope.globals.add(n);
        }
        return;
      case "Nonlocal":
        if (ctx.scope.kind === "module") {
          this.error(DiagnosticCodes.NonlocalAtModuleLevel, "nonlocal declaration not allowed at module level", s.loc);
          return;
        }
        for (const n of s.names) {
          this.declare(s, n, ctx, "nonlocal");
          ctx.scope.nonlocals.add(n);
          this.pendingNonlocals.push({ scope: ctx.scope, name: n, loc: s.loc });
        }
        return;
      case "Expr":
        this.expr(s.value, ctx);
        return;
      case "Break":
        if (ctx.loopDepth === 0) this.error(DiagnosticCodes.BreakOutsideLoop, "'break' outside loop", s.loc);
        return;
      case "Continue":
        if (ctx.loopDepth === 0) {
          this.error(DiagnosticCodes.ContinueOutsideLoop, "'continue' not properly in loop", s.loc);
        }
        return;
      case "Pass":
        return;
    }
  }

  private lookupBinding(ctx: Context, name: string): Binding | undefined {
    if (ctx.scope.globals.has(name)) return this.info.module.bindings.get(name);
    return ctx.scope.bindings.get(name);
  }

  private argumentDefaults(args: Arguments, ctx: Context): void {
    for (const d of args.defaults) this.expr(d, ctx);
    for (const d of args.kwDefaults) if (d) this.expr(d, ctx);
  }

  private params(args: Arguments, ctx: Context): void {
    const all = [...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs];
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) this.bind(a.name, a, ctx, true);
  }

  private functionScope(f: FunctionDef, ctx: Context): void {
    const scope = newScope("function", f, ctx.scope, childQualname(ctx.scope, f.name));
    scope.isAsync = f.isAsync;
    scope.isGenerator = scopeBodyContainsYield(f);
    this.info.scopeOf.set(f, scope);
    const inner: Context = { scope, loopDepth: 0, blockDepth: 0 };
    this.params(f.args, inner);
    this.statements(f.body, inner);
  }

  private comprehension(node: Node, gens: Comprehension[], parts: Expr[], ctx: Context, name: string): void {
    // The first iterable is evaluated in the enclosing scope.
    this.expr(gens[0].iter, ctx);
    const scope = newScope("comprehension", node, ctx.scope, childQualname(ctx.scope, name));
    scope.isGenerator = node.kind === "GeneratorExp";
    // `async for` in it, or (in a coroutine) an `await`, makes it asynchronous.
    const awaits = ctx.scope.isAsync && [...parts, ...gens.flatMap((g, i) => [...(i > 0 ? [g.iter] : []), ...g.ifs])].some(containsAwait);
    scope.isAsync = gens.some((g) => g.isAsync) || awaits;
    if (scope.isAsync && node.kind !== "GeneratorExp" && !ctx.scope.isAsync) {
      this.error(DiagnosticCodes.AwaitOutsideAsync, "asynchronous comprehension outside of an asynchronous function", node.loc);
    }
    this.info.scopeOf.set(node, scope);
    const inner: Context = { scope, loopDepth: 0, blockDepth: 1 };
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, inner);
      this.target(g.target, inner);
      for (const cond of g.ifs) this.expr(cond, inner);
    });
    for (const p of parts) this.expr(p, inner);
  }

  expr(e: Expr, ctx: Context): void {
    switch (e.kind) {
      case "Name":
        this.see(ctx.scope, e.id, USE);
        return;
      case "Yield":
      case "YieldFrom":
        if (ctx.scope.kind === "module" || ctx.scope.kind === "class") {
          this.error(DiagnosticCodes.YieldOutsideFunction, `'${e.kind === "Yield" ? "yield" : "yield from"}' outside function`, e.loc);
        } else if (ctx.scope.kind === "comprehension") {
          this.error(DiagnosticCodes.YieldOutsideFunction, "'yield' inside comprehension", e.loc);
        } else if (e.kind === "YieldFrom" && ctx.scope.isAsync) {
          this.error(DiagnosticCodes.YieldFromInAsync, "'yield from' inside async function", e.loc);
        }
        if (e.value) this.expr(e.value, ctx);
        return;
      case "Await":
        if (!ctx.scope.isAsync) {
          this.error(DiagnosticCodes.AwaitOutsideAsync, "'await' outside async function", e.loc);
        }
        this.expr(e.value, ctx);
        return;
      case "Lambda": {
        this.argumentDefaults(e.args, ctx);
        const scope = newScope("lambda", e, ctx.scope, childQualname(ctx.scope, "<lambda>"));
        scope.isGenerator = scopeBodyContainsYield(e);
        this.info.scopeOf.set(e, scope);
        const inner: Context = { scope, loopDepth: 0, blockDepth: 0 };
        this.params(e.args, inner);
        this.expr(e.body, inner);
        return;
      }
      case "ListComp":
        this.comprehension(e, e.generators, [e.elt], ctx, "<listcomp>");
        return;
      case "SetComp":
        this.comprehension(e, e.generators, [e.elt], ctx, "<setcomp>");
        return;
      case "GeneratorExp":
        this.comprehension(e, e.generators, [e.elt], ctx, "<genexpr>");
        return;
      case "DictComp":
        this.comprehension(e, e.generators, [e.key, e.value], ctx, "<dictcomp>");
        return;
      case "NamedExpr": {
        this.expr(e.value, ctx);
        // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
        let scope = ctx.scope;
        while (scope.kind === "comprehension" && scope.parent) scope = scope.parent;
        this.bind(e.target.id, e.target, { ...ctx, scope, blockDepth: ctx.blockDepth + 1 });
        return;
      }
      default:
        for (const c of children(e)) {
          if (c.kind === "keyword") this.expr(c.value, ctx);
          else if (c.kind !== "FormattedValue") this.expr(c as Expr, ctx);
          else {
            this.expr(c.value, ctx);
            if (c.formatSpec) this.expr(c.formatSpec, ctx);
          }
        }
    }
  }
}

export function allScopes(root: Scope): Scope[] {
  const out: Scope[] = [root];
  for (const c of root.children) out.push(...allScopes(c));
  return out;
}

/** An `await` in this expression, nested comprehensions included (they run inside it), lambdas not. */
function containsAwait(node: Node): boolean {
  if (node.kind === "Await") return true;
  if (node.kind === "Lambda") return false;
  return children(node).some(containsAwait);
}
