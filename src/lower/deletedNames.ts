// `del name` unbinds a variable: every read of a variable that some `del` statement
// (in its own scope, or through `global`/`nonlocal`) unbinds is checked at run time,
// so that it raises NameError/UnboundLocalError as CPython does instead of reading a
// cleared value. Variables no `del` mentions are read as before, unchecked.

import type { Expr, Module, Node } from "../ast/nodes";
import type { Binding, Resolution, Scope, ScopeInfo } from "../analyze/scopes";
import { children, opensScope } from "../analyze/walk";
import { isScopeHead } from "../analyze/walk";

/** The variables (bindings) some `del` statement unbinds. */
export function deletedBindings(module: Module, info: ScopeInfo): Set<Binding> {
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
  return out;
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
