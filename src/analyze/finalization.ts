// When CPython would finalize a generator. CPython closes a suspended
// generator the moment its last reference goes away: when the only
// variable holding it is rebound or deleted, when a function holding it in
// a local returns, right after a call that used a temporary generator, and
// at interpreter exit for module globals. JavaScript has no such hook, so
// we decide it statically where the program makes it decidable:
//
//   - a variable *owns* its generators when every value assigned to it is a
//     fresh generator (a call to a generator function of the program, or a
//     generator expression) or a constant, and every use of it keeps no
//     reference (next(g), g.send(...), print(g), for x in g, ...);
//   - a *temporary* is a fresh generator used directly by such a call and
//     never stored (`next(gen())`, `gen().send(1)`).
//
// Only generators whose closing is observable matter (their body has a
// `finally`, catches GeneratorExit, uses `with` or delegates with `yield
// from`). Where such a generator escapes our reasoning, a warning names the
// line: it is then closed at program end, not when CPython would.

import type { Call, Expr, FunctionDef, Loc, Node, Stmt } from "../ast/nodes";
import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import type { Scope, ScopeInfo } from "./scopes";
import { children, opensScope } from "./walk";

export interface FinalizationPlan {
  /** per scope: the names that own their generators (released statically) */
  owned: Map<Scope, Set<string>>;
  /** fresh generators used once by a call and dropped right after it */
  temporaries: Set<Expr>;
  warnings: Diagnostic[];
}

/** Builtins that use a generator without keeping a reference to it. */
const CONSUMING_BUILTINS = new Set([
  "next", "print", "repr", "str", "type", "id", "isinstance", "list", "tuple", "sorted", "sum", "set",
  "min", "max", "any", "all", "getgeneratorstate", "len", "hash", "dict", "frozenset",
]);

/**
 * The def a fresh-generator expression creates; for a generator expression,
 * what its first iterable creates when that is fresh too (the genexp then
 * holds the only reference to it), else no def.
 */
function freshGenerator(e: Expr, info: ScopeInfo, scope: Scope): { def?: FunctionDef } | undefined {
  if (e.kind === "GeneratorExp") return freshGenerator(e.generators[0].iter, info, scope) ?? {};
  const defs = generatorDefsCalled(e, info, scope, false);
  return defs && { def: defs.find(hasObservableFinalization) ?? defs[defs.length - 1] };
}

/**
 * The defs a call creates a generator (or async generator) of: a name bound
 * only by defs of such functions (a redefinition too), never rebound elsewhere.
 */
function generatorDefsCalled(e: Expr, info: ScopeInfo, scope: Scope, isAsync: boolean): FunctionDef[] | undefined {
  if (e.kind !== "Call" || e.func.kind !== "Name") return undefined;
  const r = info.resolve(e.func.id, scope);
  if (r.kind === "builtin" || r.kind === "unbound" || r.binding.rebound) return undefined;
  const defs = r.binding.defs ?? [];
  // A decorated def may return anything (a priming wrapper returns what it likes).
  const kindMatches = (d: FunctionDef) =>
    d.decorators.length === 0 && !!info.scopeOf.get(d)?.isGenerator && info.scopeOf.get(d)?.isAsync === isAsync;
  return defs.length && defs.every(kindMatches) ? defs : undefined;
}

/** A new generator nobody else can reference yet: a generator expression or a call of a generator def. */
export function isFreshGenerator(e: Expr, info: ScopeInfo, scope: Scope): boolean {
  return freshGenerator(e, info, scope) !== undefined;
}

/** A fresh generator whose closing runs code of the program (finalizing it is observable). */
export function isFreshGeneratorWithFinalizer(e: Expr, info: ScopeInfo, scope: Scope): boolean {
  const fresh = freshGenerator(e, info, scope);
  return !!fresh?.def && hasObservableFinalization(fresh.def);
}

/** `async for x in agen()`: a call of an async generator def whose closing runs code. */
export function isFreshAsyncGeneratorWithFinalizer(e: Expr, info: ScopeInfo, scope: Scope): boolean {
  return !!generatorDefsCalled(e, info, scope, true)?.some(hasObservableFinalization);
}

const observableCache = new WeakMap<Node, boolean>();

/** Closing a generator of this def runs user code (finally, except GeneratorExit, with, yield from). */
export function hasObservableFinalization(def: FunctionDef): boolean {
  const cached = observableCache.get(def);
  if (cached !== undefined) return cached;
  const visit = (n: Node): boolean => {
    if (n.kind === "Try" && (n.finalbody.length > 0 || n.handlers.some((h) => catchesGeneratorExit(h.type)))) return true;
    if (n.kind === "With" || n.kind === "YieldFrom") return true;
    return children(n).some((c) => !opensScope(c) && visit(c));
  };
  const result = def.body.some(visit);
  observableCache.set(def, result);
  return result;
}

function catchesGeneratorExit(type: Expr | undefined): boolean {
  if (!type) return true;
  if (type.kind === "Name") return type.id === "GeneratorExit" || type.id === "BaseException";
  if (type.kind === "Tuple") return type.elts.some(catchesGeneratorExit);
  return true; // an expression we cannot see through
}

export function planFinalization(module: { body: Stmt[] }, info: ScopeInfo, notebook: boolean): FinalizationPlan {
  const plan: FinalizationPlan = { owned: new Map(), temporaries: new Set(), warnings: [] };
  const analyzer = new Analyzer(info, plan, notebook);
  analyzer.scope(info.module, module.body);
  return plan;
}

/** What a Name occurrence does with the generator it holds. */
type Use = "keeps-none" | "escapes";

class Analyzer {
  constructor(
    private readonly info: ScopeInfo,
    private readonly plan: FinalizationPlan,
    private readonly notebook: boolean,
  ) {}

  private freshGenerator(e: Expr, scope: Scope): { def?: FunctionDef } | undefined {
    return freshGenerator(e, this.info, scope);
  }

  /** `@types.coroutine` returns the function itself: its generators stay as visible as undecorated ones. */
  /**
   * A decorator of the standard library that drives the generators it is given to their end
   * itself (types.coroutine, contextlib.contextmanager's __exit__): nothing left to finalize.
   */
  private isTypesCoroutine(d: Expr, scope: Scope): boolean {
    const drivers = new Map([["types", ["coroutine"]], ["contextlib", ["contextmanager", "asynccontextmanager"]]]);
    const imported = (name: string) => {
      const r = this.info.resolve(name, scope);
      return r.kind !== "builtin" && r.kind !== "unbound" ? r.binding.imported : undefined;
    };
    if (d.kind === "Attribute" && d.value.kind === "Name") {
      const m = imported(d.value.id);
      return m !== undefined && m.member === undefined && !!drivers.get(m.module)?.includes(d.attr);
    }
    if (d.kind === "Name") {
      const m = imported(d.id);
      return m !== undefined && m.member !== undefined && !!drivers.get(m.module)?.includes(m.member);
    }
    return false;
  }

  private observable(fresh: { def?: FunctionDef }): boolean {
    return fresh.def ? hasObservableFinalization(fresh.def) : false;
  }

  scope(scope: Scope, body: Node[]): void {
    // Assignments and uses of each name in this scope's own code.
    const assigned = new Map<string, { fresh: boolean; observable: boolean; loc: Loc }[]>();
    const uses = new Map<string, Use[]>();
    const captured = new Set<string>();
    const record = (name: string, use: Use) => {
      const list = uses.get(name) ?? [];
      list.push(use);
      uses.set(name, list);
    };

    const visitExpr = (e: Node, parent: Node | undefined, current: Scope): void => {
      if (opensScope(e)) {
        const inner = this.info.scopeOf.get(e);
        if (inner && e.kind !== "ClassDef") {
          // Names of ours that a nested scope uses escape our reasoning.
          for (const n of namesIn(e)) {
            const r = this.info.resolve(n, inner);
            if ((r.kind === "local" || r.kind === "closure" || r.kind === "global") && r.scope === scope) captured.add(n);
          }
        }
        return;
      }
      if (e.kind === "Name" && current === scope) {
        record(e.id, classifyUse(e, parent));
      }
      if (e.kind === "Call") {
        this.noteTemporaries(e, current);
        this.noteUntracked(e, parent, current);
      }
      for (const c of children(e)) visitExpr(c, e, current);
    };

    const visitStmt = (s: Node): void => {
      if (s.kind === "FunctionDef") {
        for (const d of [...s.decorators, ...s.args.defaults]) visitExpr(d, s, scope);
        const inner = this.info.scopeOf.get(s);
        if (s.decorators.some((d) => !this.isTypesCoroutine(d, scope)) && inner?.isGenerator && hasObservableFinalization(s)) {
          // What a decorator returns is opaque, so none of these generators can be followed.
          this.plan.warnings.push(
            diagnostic(
              DiagnosticCodes.FinalizationWarning,
              `generators of '${s.name}' are made through its decorator: they are closed at program end, not when CPython drops them`,
              s.nameLoc,
              "warning",
            ),
          );
        }
        if (inner) {
          for (const n of namesIn(s)) {
            const r = this.info.resolve(n, inner);
            if (r.kind !== "builtin" && r.kind !== "unbound" && r.scope === scope && !(r.kind === "local")) captured.add(n);
          }
          this.scope(inner, s.body);
        }
        return;
      }
      if (s.kind === "ClassDef") {
        const inner = this.info.scopeOf.get(s);
        for (const st of s.body) if (st.kind === "FunctionDef" && inner) visitStmt(st);
        return;
      }
      if (s.kind === "Assign") {
        const fresh = this.freshGenerator(s.value, scope);
        for (const t of s.targets) {
          if (t.kind === "Name") {
            const list = assigned.get(t.id) ?? [];
            list.push({ fresh: !!fresh || isConstant(s.value), observable: !!fresh && this.observable(fresh), loc: s.value.loc });
            assigned.set(t.id, list);
          } else visitExpr(t, s, scope);
        }
        if (fresh && s.value.kind === "Call") {
          for (const a of s.value.args) visitExpr(a, s.value, scope);
        } else if (!fresh) visitExpr(s.value, s, scope);
        if (s.targets.length > 1) for (const t of s.targets) if (t.kind === "Name") record(t.id, "escapes");
        return;
      }
      if (s.kind === "Delete") {
        for (const t of s.targets) if (t.kind !== "Name") visitExpr(t, s, scope);
        return;
      }
      if (s.kind === "Global" || s.kind === "Nonlocal") {
        for (const n of s.names) captured.add(n);
        return;
      }
      if (s.kind === "For") {
        if (s.iter.kind === "Name") record(s.iter.id, "keeps-none");
        else visitExpr(s.iter, s, scope);
        visitTargets(s.target);
        s.body.forEach(visitStmt);
        s.orelse.forEach(visitStmt);
        return;
      }
      if (isStmtNode(s)) {
        for (const c of children(s)) {
          if (isStmtNode(c) || c.kind === "ExceptHandler") visitStmt(c);
          else visitExpr(c, s, scope);
        }
        if (s.kind === "AugAssign" && s.target.kind === "Name") record(s.target.id, "escapes");
        if (s.kind === "AnnAssign" && s.target.kind === "Name") record(s.target.id, "escapes");
        return;
      }
      if (s.kind === "ExceptHandler") {
        if (s.type) visitExpr(s.type, s, scope);
        if (s.name) record(s.name, "escapes");
        s.body.forEach(visitStmt);
        return;
      }
      visitExpr(s, undefined, scope);
    };
    const visitTargets = (t: Expr): void => {
      if (t.kind === "Name") record(t.id, "escapes");
      else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(visitTargets);
      else visitExpr(t, undefined, scope);
    };

    body.forEach(visitStmt);

    const owned = new Set<string>();
    let deletes: Map<string, number> | undefined; // counted once per scope, when first needed
    for (const [name, list] of assigned) {
      const b = scope.bindings.get(name) ?? (scope.globals.has(name) ? undefined : undefined);
      if (!b || b.isParam || scope.globals.has(name) || scope.nonlocals.has(name)) continue;
      if (!list.some((a) => a.observable)) continue;
      const escapes =
        captured.has(name) ||
        b.rebound ||
        b.count !== list.length + ((deletes ??= countDeletes(body)).get(name) ?? 0) ||
        list.some((a) => !a.fresh) ||
        (uses.get(name) ?? []).some((u) => u === "escapes");
      if (escapes) {
        const at = list.find((a) => a.observable)!.loc;
        this.plan.warnings.push(
          diagnostic(
            DiagnosticCodes.FinalizationWarning,
            `the generator assigned to '${name}' is closed at program end, not when CPython drops it (its uses cannot be followed statically)`,
            at,
            "warning",
          ),
        );
        continue;
      }
      if (this.notebook && scope.kind === "module") {
        // A kernel keeps globals alive: only rebinding and `del` release them.
      }
      owned.add(name);
    }
    this.plan.owned.set(scope, owned);
  }

  /**
   * A fresh generator with observable finalization that is neither a
   * temporary, nor a loop's or `yield from`'s iterable, nor assigned to a
   * name (those are judged per name): where it ends up we cannot follow.
   */
  private noteUntracked(call: Call, parent: Node | undefined, scope: Scope): void {
    const fresh = this.freshGenerator(call, scope);
    if (!fresh || !this.observable(fresh) || this.plan.temporaries.has(call)) return;
    if (parent && (parent.kind === "YieldFrom" || (parent.kind === "For" && parent.iter === call))) return;
    if (parent && parent.kind === "Call" && this.plan.temporaries.has(call)) return;
    this.plan.warnings.push(
      diagnostic(
        DiagnosticCodes.FinalizationWarning,
        "this generator is closed at program end, not when CPython drops it (where it is kept cannot be followed statically)",
        call.loc,
        "warning",
      ),
    );
  }

  /** `next(gen())`, `gen().send(x)`: a fresh generator that nothing keeps. */
  private noteTemporaries(call: Call, scope: Scope): void {
    const f = call.func;
    const consumerArg =
      f.kind === "Name" && CONSUMING_BUILTINS.has(f.id) && this.info.resolve(f.id, scope).kind === "builtin" ? call.args[0] : undefined;
    const receiver = f.kind === "Attribute" && ["send", "throw", "close", "__next__"].includes(f.attr) ? f.value : undefined;
    const candidate = consumerArg ?? receiver;
    if (!candidate) return;
    const fresh = this.freshGenerator(candidate, scope);
    if (fresh && this.observable(fresh)) this.plan.temporaries.add(candidate);
  }
}

function classifyUse(name: Node, parent: Node | undefined): Use {
  if (!parent) return "escapes";
  if (parent.kind === "Attribute") return "keeps-none";
  if (parent.kind === "Compare") return "keeps-none";
  if (parent.kind === "YieldFrom") return "keeps-none";
  if (parent.kind === "Call" && parent.func.kind === "Name" && CONSUMING_BUILTINS.has(parent.func.id) && parent.args.includes(name as Expr)) {
    return "keeps-none";
  }
  if (parent.kind === "Call" && parent.func.kind === "Attribute" && parent.func.attr === "getgeneratorstate") return "keeps-none";
  return "escapes";
}

function isConstant(e: Expr): boolean {
  return e.kind === "Constant";
}

function isStmtNode(n: Node): n is Stmt {
  return [
    "Return", "Assign", "AugAssign", "AnnAssign", "While", "If", "Match", "With", "Raise", "Try", "Assert",
    "Import", "ImportFrom", "Expr", "Pass", "Break", "Continue", "Delete", "Global", "Nonlocal", "For",
    "FunctionDef", "ClassDef",
  ].includes(n.kind);
}

function namesIn(n: Node): Set<string> {
  const out = new Set<string>();
  const visit = (x: Node): void => {
    if (x.kind === "Name") out.add(x.id);
    for (const c of children(x)) visit(c);
  };
  visit(n);
  return out;
}

/** How many `del name` statements this scope's own code has, per name. */
function countDeletes(body: Node[]): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (x: Node): void => {
    if (x.kind === "Delete") {
      for (const t of x.targets) if (t.kind === "Name") counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
    }
    for (const c of children(x)) if (!opensScope(c)) visit(c);
  };
  body.forEach(visit);
  return counts;
}
