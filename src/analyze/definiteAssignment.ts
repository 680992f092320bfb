// Which reads of a variable may find it unassigned. CPython raises NameError
// (UnboundLocalError in a function) when a variable is read on a path where
// nothing assigned it: `if c: n = 0` and then `n += 1`. JavaScript would read
// `undefined` there, so those reads must be checked at run time.
//
// A forward pass over one scope's own statements carries the set of names
// assigned on every path so far; branches meet by intersection, and a path
// that cannot continue (return, raise, break, continue) is `null`, which
// meets as "everything". The pass may flag more reads than necessary (a
// check is only slower, never wrong) but never fewer, with one assumption:
// a `with` block runs to its end or raises out of the statement (a context
// manager that swallows exceptions is rare outside contextlib.suppress).

import type { Expr, Node, Pattern, Stmt } from "../ast/nodes";
import type { Scope } from "./scopes";
import { children, isScopeHead, opensScope, patternCaptures, patternExprs } from "./walk";

type State = Set<string> | null;

/** `line:col` of each read (of a variable of `scope`) that may run before any assignment to it, and those variables. */
export function maybeUnassignedReads(scope: Scope, body: Stmt[]): { reads: Set<string>; names: Set<string> } {
  const tracked = new Set<string>();
  for (const [name, b] of scope.bindings) {
    if (!b.isParam && !b.imported && !scope.globals.has(name) && !scope.nonlocals.has(name)) tracked.add(name);
  }
  const flow = new AssignmentFlow(tracked);
  if (tracked.size > 0 && scope.kind !== "class") flow.block(body, new Set());
  return { reads: flow.flagged, names: flow.flaggedNames };
}

function meet(a: State, b: State): State {
  if (a === null) return b === null ? null : new Set(b);
  if (b === null) return new Set(a);
  const out = new Set<string>();
  for (const n of a) if (b.has(n)) out.add(n);
  return out;
}

function copy(s: State): State {
  return s === null ? null : new Set(s);
}

function isConstantTrue(e: Expr): boolean {
  const v = e.kind === "Constant" ? e.value : undefined;
  return (v?.type === "bool" && v.value) || (v?.type === "int" && v.value !== 0n);
}

class AssignmentFlow {
  readonly flagged = new Set<string>();
  readonly flaggedNames = new Set<string>();
  /** per enclosing loop: the states at its `break`s */
  private readonly breaks: State[][] = [];

  constructor(private readonly tracked: Set<string>) {}

  block(stmts: Stmt[], st: State): State {
    for (const s of stmts) st = this.stmt(s, st);
    return st;
  }

  /** Reads in `e` (evaluated in this scope); names a walrus binds are added to `st`. */
  expr(e: Node, st: State): void {
    if (st === null) return;
    if (e.kind === "Name") {
      if (this.tracked.has(e.id) && !st.has(e.id)) {
        this.flagged.add(`${e.loc.line}:${e.loc.col}`);
        this.flaggedNames.add(e.id);
      }
      return;
    }
    if (e.kind === "NamedExpr") {
      this.expr(e.value, st);
      this.bind(e.target, st);
      return;
    }
    if (e.kind === "BoolOp") {
      // Only the first operand always runs.
      this.expr(e.values[0], st);
      const rest = new Set(st);
      for (const v of e.values.slice(1)) this.expr(v, rest);
      return;
    }
    if (e.kind === "IfExp") {
      this.expr(e.test, st);
      this.expr(e.body, new Set(st));
      this.expr(e.orelse, new Set(st));
      return;
    }
    const scoped = opensScope(e);
    for (const c of children(e)) {
      // A nested scope runs later: only its head (defaults, decorators, first iterable) runs now.
      if (!scoped || isScopeHead(e, c)) this.expr(c, st);
    }
  }

  /** An assignment target: its subscripts and attribute owners are read, its names bound. */
  private bind(t: Expr, st: State): void {
    if (st === null) return;
    if (t.kind === "Name") st.add(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) this.bind(e, st);
    else if (t.kind === "Starred") this.bind(t.value, st);
    else this.expr(t, st);
  }

  private loop(body: () => State): State[] {
    this.breaks.push([]);
    body();
    return this.breaks.pop()!;
  }

  stmt(s: Stmt, st: State): State {
    if (st === null) return null; // unreachable code reads nothing at run time
    switch (s.kind) {
      case "FunctionDef":
      case "ClassDef":
        for (const c of children(s)) if (isScopeHead(s, c)) this.expr(c, st);
        st.add(s.name);
        return st;
      case "Return":
        if (s.value) this.expr(s.value, st);
        return null;
      case "Raise":
        if (s.exc) this.expr(s.exc, st);
        if (s.cause) this.expr(s.cause, st);
        return null;
      case "Break":
        this.breaks[this.breaks.length - 1]?.push(new Set(st));
        return null;
      case "Continue":
        return null;
      case "Delete":
        for (const t of s.targets) this.unbind(t, st);
        return st;
      case "Assign":
        this.expr(s.value, st);
        for (const t of s.targets) this.bind(t, st);
        return st;
      case "AugAssign":
        this.expr(s.target, st);
        this.expr(s.value, st);
        this.bind(s.target, st);
        return st;
      case "AnnAssign":
        if (!s.value) return st; // `x: int` assigns nothing
        this.expr(s.value, st);
        this.bind(s.target, st);
        return st;
      case "Expr":
        this.expr(s.value, st);
        return st;
      case "Assert":
        this.expr(s.test, st);
        if (s.msg) this.expr(s.msg, new Set(st));
        return st;
      case "If": {
        this.expr(s.test, st);
        let after = this.block(s.body, new Set(st));
        for (const elif of s.elifs) {
          this.expr(elif.test, st);
          after = meet(after, this.block(elif.body, new Set(st)));
        }
        return meet(after, this.block(s.orelse, st));
      }
      case "While": {
        this.expr(s.test, st);
        const breaks = this.loop(() => this.block(s.body, new Set(st)));
        const normal = isConstantTrue(s.test) ? null : this.block(s.orelse, new Set(st));
        return breaks.reduce<State>(meet, normal);
      }
      case "For": {
        this.expr(s.iter, st);
        const breaks = this.loop(() => {
          const inner = new Set(st);
          this.bind(s.target, inner);
          return this.block(s.body, inner);
        });
        return breaks.reduce<State>(meet, this.block(s.orelse, new Set(st)));
      }
      case "With": {
        for (const item of s.items) {
          this.expr(item.contextExpr, st);
          if (item.optionalVars) this.bind(item.optionalVars, st);
        }
        const end = this.block(s.body, new Set(st));
        return s.items.some((i) => suppresses(i.contextExpr)) ? meet(end, st) : end;
      }
      case "Try": {
        const entry = new Set(st);
        const normal = this.block(s.orelse, this.block(s.body, new Set(st)));
        let after = normal;
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, new Set(entry));
          const inner = new Set(entry);
          if (h.name) inner.add(h.name);
          const end = this.block(h.body, inner);
          if (end && h.name) end.delete(h.name); // `name = None; del name` at the handler's end
          after = meet(after, end);
        }
        if (s.finalbody.length === 0) return after;
        // `finally` also runs while an exception escapes from anywhere above.
        const finalEnd = this.block(s.finalbody, meet(entry, after) ?? new Set(entry));
        if (after === null || finalEnd === null) return null;
        for (const n of finalEnd) after.add(n);
        return after;
      }
      case "Match": {
        this.expr(s.subject, st);
        let after: State = null;
        let exhaustive = false;
        for (const c of s.cases) {
          const inner = new Set(st);
          for (const e of patternExprs(c.pattern)) if (e.kind !== "Name") this.expr(e, inner);
          for (const n of patternCaptures(c.pattern)) inner.add(n.id);
          if (c.guard) this.expr(c.guard, inner);
          after = meet(after, this.block(c.body, inner));
          if (!c.guard && isIrrefutable(c.pattern)) exhaustive = true;
        }
        return exhaustive ? after : meet(after, st);
      }
      case "Import":
      case "ImportFrom":
        for (const a of s.names) if (a.name !== "*") st.add(a.asname ?? a.name.split(".")[0]);
        return st;
      default:
        // Global, Nonlocal, Pass
        return st;
    }
  }

  private unbind(t: Expr, st: Set<string>): void {
    if (t.kind === "Name") st.delete(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) this.unbind(e, st);
    else this.expr(t, st);
  }
}

/** `case _:` and `case name:` match anything. */
function isIrrefutable(p: Pattern): boolean {
  if (p.kind === "MatchAs") return !p.pattern || isIrrefutable(p.pattern);
  if (p.kind === "MatchOr") return p.patterns.some(isIrrefutable);
  return false;
}

/** `with suppress(...)` / `with contextlib.suppress(...)`: the block may stop anywhere and go on after it. */
function suppresses(e: Expr): boolean {
  if (e.kind !== "Call") return false;
  const f = e.func;
  return (f.kind === "Name" && f.id === "suppress") || (f.kind === "Attribute" && f.attr === "suppress");
}
