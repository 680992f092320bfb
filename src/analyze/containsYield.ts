// Whether a function body is a generator: one memoized predicate over the
// AST in which nested scopes (def, lambda, class, comprehensions) are opaque,
// because a `yield` there belongs to the nested scope, not to ours.

import type { Node } from "../ast/nodes";
import { children, opensScope } from "./walk";

const cache = new WeakMap<Node, boolean>();

export function containsYield(node: Node): boolean {
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  let result = node.kind === "Yield" || node.kind === "YieldFrom";
  if (!result) {
    for (const child of children(node)) {
      // A nested scope's own yields do not count, but the parts of it that are
      // evaluated in our scope do (decorators, defaults, a genexp's first iterable).
      if (opensScope(child)) {
        if (scopeHeadContainsYield(child)) {
          result = true;
          break;
        }
        continue;
      }
      if (containsYield(child)) {
        result = true;
        break;
      }
    }
  }
  cache.set(node, result);
  return result;
}

/** The parts of a scope-opening node that run in the enclosing scope. */
function scopeHeadContainsYield(node: Node): boolean {
  switch (node.kind) {
    case "FunctionDef":
      return [...node.decorators, ...node.args.defaults].some(containsYield);
    case "Lambda":
      return node.args.defaults.some(containsYield);
    case "ClassDef":
      return [...node.decorators, ...node.bases].some(containsYield);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return containsYield(node.generators[0].iter);
    default:
      return false;
  }
}

/** A yield in this node that belongs to the enclosing scope (a nested scope counts by its head only). */
function ownYield(node: Node): boolean {
  return opensScope(node) ? scopeHeadContainsYield(node) : containsYield(node);
}

/** The body statements/expressions of a scope, where its own yields live. */
export function scopeBodyContainsYield(node: Node): boolean {
  switch (node.kind) {
    case "FunctionDef":
      return node.body.some(ownYield);
    case "Lambda":
      return ownYield(node.body);
    default:
      return false;
  }
}
