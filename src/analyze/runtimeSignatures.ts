// Which functions carry their Python signature at run time.
//
// A call the compiler can match to a `def` it knows is emitted with its
// arguments already in parameter order. Every other call with keywords or
// unpacking is bound at run time (the runtime's callDynamic), which needs
// the callee's signature: so a `def` or lambda whose function object can
// reach such a call registers its signature when it is created. Those that
// provably cannot — only ever called by name with arguments that fit, or
// handed to a builtin that calls them positionally — stay plain functions.
// Methods always carry theirs (any receiver may be called with keywords).

import type { Arguments, Call, Expr, FunctionDef, Lambda, Module, Node } from "../ast/nodes";
import type { ScopeInfo, Scope } from "./scopes";
import { children, isScopeHead, opensScope } from "./walk";

/** Whether a call without unpacking fits these parameters (no TypeError when bound). */
export function fitsStatically(call: Call, a: Arguments): boolean {
  if (call.args.some((x) => x.kind === "Starred") || call.keywords.some((k) => k.arg === undefined)) return false;
  const params = a.args.map((p) => p.name);
  const kwonly = a.kwonlyargs.map((k) => k.name);
  if (call.args.length > params.length && !a.vararg) return false;
  const filled = new Set(params.slice(0, call.args.length));
  for (const k of call.keywords) {
    const name = k.arg!;
    const i = params.indexOf(name);
    if (i >= 0 && i < a.posonlyCount && !a.kwarg) return false; // positional-only passed as keyword
    if (i >= a.posonlyCount) {
      if (filled.has(name)) return false;
      filled.add(name);
    } else if (kwonly.includes(name)) {
      if (filled.has(name)) return false;
      filled.add(name);
    } else if (!a.kwarg) return false;
  }
  const firstDefault = params.length - a.defaults.length;
  if (params.some((p, i) => i < firstDefault && !filled.has(p))) return false;
  return a.kwonlyargs.every((k, i) => a.kwDefaults[i] !== undefined || filled.has(k.name));
}

/** The defs (outside class bodies) and lambdas that register their signature when created. */
export function functionsWithRuntimeSignatures(module: Module, info: ScopeInfo): Set<FunctionDef | Lambda> {
  const out = new Set<FunctionDef | Lambda>();

  const visit = (node: Node, scope: Scope, parent: Node | undefined, grandparent: Node | undefined): void => {
    if (node.kind === "FunctionDef" && scope.kind !== "class") {
      const r = info.resolve(node.name, scope);
      const b = r.kind === "local" || r.kind === "closure" || r.kind === "global" ? r.binding : undefined;
      // Called through its name only when the name always holds this def (as the call lowering checks).
      if (!(b?.def === node && !b.rebound && node.decorators.length === 0)) out.add(node);
    }
    if (node.kind === "Name") {
      const r = info.resolve(node.id, scope);
      const def = r.kind === "local" || r.kind === "closure" || r.kind === "global" ? r.binding.def : undefined;
      if (def && !calledByName(node, parent, def)) out.add(def);
    }
    if (node.kind === "Lambda" && !calledPositionallyByBuiltin(node, parent?.kind === "keyword" ? grandparent : parent, scope, info)) {
      if (!(parent?.kind === "Call" && parent.func === node && fitsStatically(parent, node.args))) out.add(node);
    }
    const inner = opensScope(node) ? info.scopeOf.get(node) ?? scope : scope;
    for (const c of children(node)) visit(c, isScopeHead(node, c) ? scope : inner, node, parent);
  };
  for (const s of module.body) visit(s, info.module, undefined, undefined);
  return out;
}

/** A reference that only calls the def: `f(...)` with arguments that fit, or `@f` taking one argument. */
function calledByName(name: Expr, parent: Node | undefined, def: FunctionDef): boolean {
  if (parent?.kind === "Call" && parent.func === name) return fitsStatically(parent, def.args);
  if ((parent?.kind === "FunctionDef" || parent?.kind === "ClassDef") && parent.decorators.includes(name)) {
    return fitsStatically({ kind: "Call", func: name, args: [name], keywords: [], loc: name.loc }, def.args);
  }
  return false;
}

/** `sorted(xs, key=lambda x: ...)`, `map(lambda x: ..., xs)`: a builtin calls it with positional arguments only. */
function calledPositionallyByBuiltin(lambda: Lambda, call: Node | undefined, scope: Scope, info: ScopeInfo): boolean {
  if (call?.kind !== "Call") return false;
  const func: Expr = call.func;
  if (func === lambda) return false;
  return func.kind === "Name" && info.resolve(func.id, scope).kind === "builtin";
}
