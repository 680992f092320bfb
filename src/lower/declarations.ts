// Where each Python local is declared in the emitted code. Python names are
// function-scoped and may be assigned in any block; TypeScript's `let` is
// block-scoped. A name is declared where it is first assigned when that
// statement sits directly in the function body and nothing reads the name
// before it; otherwise it is declared once at the top (`let x: any;`).

import type { Expr, Loc, Node, Stmt } from "../ast/nodes";
import type { Binding, Scope, ScopeInfo } from "../analyze/scopes";
import { children, opensScope } from "../analyze/walk";

export type DeclarationPlan =
  | { where: "site"; keyword: "const" | "let" }
  | { where: "top" }
  /** a `for` target used only inside its loop: `for (const x of ...)` */
  | { where: "loop" }
  /** an `except ... as e` name used only in its handler: `const e = error;` there */
  | { where: "handler" };

export interface ScopeUses {
  /** every occurrence of a name in the scope's own code, in source order */
  refs: Map<string, Loc[]>;
  /** names that a nested scope mentions (closures see the variable, not a copy) */
  captured: Set<string>;
}

function before(a: Loc, b: Loc): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

function within(loc: Loc, outer: Loc): boolean {
  return !before(loc, outer) && (loc.line < outer.endLine || (loc.line === outer.endLine && loc.col < outer.endCol));
}

/**
 * Uses of the names of `scope` in its own code, and which of its names a
 * nested scope refers to (resolved as Python resolves names, so a nested
 * function's own local of the same name is not a capture).
 */
export function collectUses(body: Node[], scope: Scope, info: ScopeInfo): ScopeUses {
  const uses: ScopeUses = { refs: new Map(), captured: new Set() };
  const visit = (node: Node, current: Scope): void => {
    if (node.kind === "Name") {
      if (current === scope) {
        const list = uses.refs.get(node.id) ?? [];
        list.push(node.loc);
        uses.refs.set(node.id, list);
      } else {
        const r = info.resolve(node.id, current);
        if ((r.kind === "closure" || r.kind === "global") && r.scope === scope) uses.captured.add(node.id);
      }
    }
    if ((node.kind === "Global" || node.kind === "Nonlocal") && current !== scope) {
      for (const n of node.names) uses.captured.add(n);
    }
    const inner = opensScope(node) ? info.scopeOf.get(node) ?? current : current;
    for (const c of children(node)) {
      // A def's decorators and defaults run in the enclosing scope.
      visit(c, isScopeHead(node, c) ? current : inner);
    }
  };
  for (const n of body) visit(n, scope);
  return uses;
}

export function isScopeHead(owner: Node, child: Node): boolean {
  if (owner.kind === "FunctionDef") return owner.decorators.includes(child as Expr) || owner.args.defaults.includes(child as Expr);
  if (owner.kind === "Lambda") return owner.args.defaults.includes(child as Expr);
  if (owner.kind === "ClassDef") return owner.decorators.includes(child as Expr) || owner.bases.includes(child as Expr);
  if (owner.kind === "ListComp" || owner.kind === "SetComp" || owner.kind === "DictComp" || owner.kind === "GeneratorExp") {
    return owner.generators[0].iter === child;
  }
  return false;
}

/** The Name nodes that a top-level statement may declare at its site. */
function siteTargets(s: Stmt): Node[] {
  if (s.kind === "FunctionDef" || s.kind === "ClassDef") return [s];
  if (s.kind === "Assign" && s.targets.length === 1) {
    const t = s.targets[0];
    if (t.kind === "Name") return [t];
    if ((t.kind === "Tuple" || t.kind === "List") && t.elts.every((x: Expr) => x.kind === "Name")) return t.elts;
  }
  if (s.kind === "AnnAssign" && s.value && s.target.kind === "Name") return [s.target];
  return [];
}

export function planDeclarations(
  scope: Scope,
  body: Stmt[],
  uses: ScopeUses,
  forceTop: boolean,
): Map<string, DeclarationPlan> {
  const plans = new Map<string, DeclarationPlan>();
  const siteOf = new Map<Node, Stmt>();
  for (const s of body) for (const t of siteTargets(s)) siteOf.set(t, s);
  for (const [name, b] of scope.bindings) {
    if (b.isParam || scope.globals.has(name) || scope.nonlocals.has(name)) continue;
    // Imports of supported modules are names of the runtime, imported at the top.
    if (b.imported) continue;
    plans.set(name, forceTop ? { where: "top" } : planOne(b, siteOf, uses));
  }
  return plans;
}

function planOne(b: Binding, siteOf: Map<Node, Stmt>, uses: ScopeUses): DeclarationPlan {
  const refs = uses.refs.get(b.name) ?? [];
  const captured = uses.captured.has(b.name);
  const site = siteOf.get(b.first);
  if (site) {
    const readBefore = refs.some((loc) => before(loc, site.loc));
    if (!readBefore) {
      const constant = b.count === 1 && !b.rebound && !b.boundInBlock;
      return { where: "site", keyword: constant ? "const" : "let" };
    }
    return { where: "top" };
  }
  const first = b.first as { kind: string; loc: Loc };
  if (b.count === 1 && !captured && !b.rebound && first.kind === "Name") {
    // A loop variable used only inside its own loop.
    const loop = loopOf.get(first as Node);
    if (loop && refs.every((loc) => within(loc, loop.loc))) return { where: "loop" };
  }
  if (b.count === 1 && !captured && !b.rebound && first.kind === "ExceptHandler") {
    // `except E as e`: used only inside its handler.
    if (refs.every((loc) => within(loc, first.loc))) return { where: "handler" };
  }
  return { where: "top" };
}

/** For-statement targets, registered by the lowering before planning. */
const loopOf = new WeakMap<Node, Stmt>();

export function registerLoopTargets(body: Node[]): void {
  visitOwnCode(body, (node) => {
    if (node.kind === "For") {
      const t = node.target;
      if (t.kind === "Name") loopOf.set(t, node);
      // `for a, b in ...` with plain names only: the loop destructures them itself.
      if ((t.kind === "Tuple" || t.kind === "List") && t.elts.every((e) => e.kind === "Name")) {
        for (const e of t.elts) loopOf.set(e, node);
      }
    }
  });
}

/**
 * Calls `visit` on every node of one scope's own code: of a nested scope
 * only the head runs here (decorators, defaults, bases, first iterable).
 */
function visitOwnCode(body: Node[], visit: (node: Node) => void): void {
  const walk = (node: Node): void => {
    visit(node);
    const nested = opensScope(node);
    for (const c of children(node)) if (!nested || isScopeHead(node, c)) walk(c);
  };
  body.forEach(walk);
}

/** The Name nodes a binding target binds (`a`, `a, (b, *c)`). */
function boundNames(target: Expr, out: Loc[]): void {
  if (target.kind === "Name") out.push(target.loc);
  else if (target.kind === "Tuple" || target.kind === "List") for (const e of target.elts) boundNames(e, out);
  else if (target.kind === "Starred") boundNames(target.value, out);
}

const locKey = (loc: Loc): string => `${loc.line}:${loc.col}`;

/**
 * Reads of a local that come before any assignment to it, outside loops:
 * CPython raises UnboundLocalError (NameError at module level) there, so
 * the emitted code raises it too instead of reading an empty variable.
 * Keys are `line:col` of the Name.
 */
export function unboundReads(scope: Scope, body: Node[], uses: ScopeUses): Set<string> {
  const loops: Loc[] = [];
  const augmented: Loc[] = [];
  // `x = f(x)`: the value is evaluated before the targets are bound. Keyed by each bound name's position.
  const assignedValue = new Map<string, Loc>();
  visitOwnCode(body, (node) => {
    if (node.kind === "For" || node.kind === "While") loops.push(node.loc);
    if (node.kind === "Assign") {
      const names: Loc[] = [];
      for (const t of node.targets) boundNames(t, names);
      for (const loc of names) if (!assignedValue.has(locKey(loc))) assignedValue.set(locKey(loc), node.value.loc);
    }
    if (node.kind === "AugAssign" && node.target.kind === "Name") augmented.push(node.target.loc);
  });
  const out = new Set<string>();
  for (const [name, b] of scope.bindings) {
    if (b.isParam || b.imported || scope.globals.has(name) || scope.nonlocals.has(name)) continue;
    const first = (b.first as { loc: Loc }).loc;
    const bindingValue = assignedValue.get(locKey(first));
    for (const loc of uses.refs.get(name) ?? []) {
      const readFirst = before(loc, first) || (bindingValue !== undefined && within(loc, bindingValue));
      if (readFirst && !loops.some((l) => within(loc, l))) out.add(`${loc.line}:${loc.col}`);
    }
    // `x += 1` as the first binding reads x before anything was assigned to it.
    const aug = augmented.find((l) => l.line === first.line && l.col === first.col);
    if (aug && !loops.some((l) => within(aug, l))) out.add(`${aug.line}:${aug.col}`);
  }
  return out;
}
