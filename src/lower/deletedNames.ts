// `del name` unbinds a variable: every read of a variable that some `del` statement
// (in its own scope, or through `global`/`nonlocal`) unbinds is checked at run time,
// so that it raises NameError/UnboundLocalError as CPython does instead of reading a
// cleared value. Variables no `del` mentions are read as before, unchecked.

import type { ExceptHandler, Expr, Loc, Module, Node } from "../ast/nodes";
import type { Binding, Resolution, Scope, ScopeInfo } from "../analyze/scopes";
import { children, opensScope } from "../analyze/walk";
import { isScopeHead } from "../analyze/walk";

/**
 * The variables (bindings) some `del` statement unbinds, and the `except E as
 * name` variables that are read where the unbinding at the end of a handler
 * shows (CPython ends every such handler with `name = None; del name`).
 */
export function deletedBindings(module: Module, info: ScopeInfo): { deleted: Set<Binding>; boundReads: Set<string> } {
  const out = new Set<Binding>();
  const targets = (t: Expr, scope: Scope): void => {
    if (t.kind === "Name") {
      const r = info.resolve(t.id, scope);
      if (r.kind !== "builtin" && r.kind !== "unbound") out.add(r.binding);
    } else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) targets(e, scope);
  };
  const visit = (node: Node, scope: Scope): void => {
    if (node.kind === "Delete") for (const t of node.targets) targets(t, scope);
    const inner = opensScope(node) ? info.scopeOf.get(node) ?? scope : scope;
    for (const c of children(node)) visit(c, isScopeHead(node, c) ? scope : inner);
  };
  visit(module, info.module);
  const handlerNames = observablyUnboundHandlerNames(module, info, out);
  for (const b of handlerNames.bindings) out.add(b);
  return { deleted: out, boundReads: handlerNames.boundReads };
}

/** The key of a read in `boundReads`. */
export function readKey(loc: Loc): string {
  return `${loc.line}:${loc.col}`;
}

/** Which CPython error a read of an unbound variable raises: see the runtime's `bound`. */
export function unboundKind(r: Resolution, readingScope: Scope): "global" | "local" | "free" {
  if (r.kind === "closure") return "free";
  if (r.kind === "local" && readingScope.kind !== "class" && r.scope === readingScope) {
    // a cell variable read in its own function is still a local variable for the message
    return "local";
  }
  return "global";
}

function within(loc: Loc, outer: Loc): boolean {
  const after = loc.line > outer.line || (loc.line === outer.line && loc.col >= outer.col);
  const before = loc.line < outer.endLine || (loc.line === outer.endLine && loc.col < outer.endCol);
  return after && before;
}

/**
 * `except E as name` variables a read can see unbound: a read in a nested
 * scope, or one that may run after a handler that binds it (later in the
 * source or in a loop around it) and is not inside that handler alone (a
 * nested handler rebinding the same name unbinds it early). Reads known to
 * see the handler's binding are listed in `boundReads`: they need no check.
 */
function observablyUnboundHandlerNames(
  module: Module,
  info: ScopeInfo,
  deleted: Set<Binding>,
): { bindings: Set<Binding>; boundReads: Set<string> } {
  const handlers = new Map<Binding, { scope: Scope; nodes: ExceptHandler[]; loops: Loc[] }>();
  const loops: Node[] = [];
  const collect = (node: Node, scope: Scope): void => {
    if (node.kind === "ExceptHandler" && node.name) {
      const r = info.resolve(node.name, scope);
      if (r.kind !== "builtin" && r.kind !== "unbound") {
        const entry = handlers.get(r.binding) ?? { scope, nodes: [], loops: [] };
        entry.nodes.push(node);
        for (const l of loops) entry.loops.push(l.loc);
        handlers.set(r.binding, entry);
      }
    }
    const isLoop = node.kind === "For" || node.kind === "While";
    if (isLoop) loops.push(node);
    const saved = opensScope(node) ? loops.splice(0) : undefined;
    const inner = opensScope(node) ? info.scopeOf.get(node) ?? scope : scope;
    for (const c of children(node)) collect(c, isScopeHead(node, c) ? scope : inner);
    if (saved) loops.push(...saved);
    if (isLoop) loops.pop();
  };
  collect(module, info.module);
  const bindings = new Set<Binding>();
  const boundReads = new Set<string>();
  if (handlers.size === 0) return { bindings, boundReads };
  const check = (node: Node, scope: Scope): void => {
    if (node.kind === "Name") {
      const r = info.resolve(node.id, scope);
      const entry = r.kind !== "builtin" && r.kind !== "unbound" ? handlers.get(r.binding) : undefined;
      if (entry && r.kind !== "builtin" && r.kind !== "unbound") {
        const inside = entry.nodes.filter((h) => within(node.loc, h.loc));
        const nestedRebinding = inside.length === 1 && entry.nodes.some((h) => h !== inside[0] && within(h.loc, inside[0].loc));
        const ownScope = scope === entry.scope;
        if (ownScope && inside.length === 1 && !nestedRebinding) {
          if (!deleted.has(r.binding)) boundReads.add(readKey(node.loc));
        }
        else {
          const first = entry.nodes[0].loc;
          const mayFollow =
            !ownScope ||
            inside.length > 0 ||
            node.loc.line > first.line ||
            (node.loc.line === first.line && node.loc.col > first.col) ||
            entry.loops.some((l) => within(node.loc, l));
          if (mayFollow) bindings.add(r.binding);
        }
      }
    }
    const inner = opensScope(node) ? info.scopeOf.get(node) ?? scope : scope;
    for (const c of children(node)) check(c, isScopeHead(node, c) ? scope : inner);
  };
  check(module, info.module);
  return { bindings, boundReads };
}
