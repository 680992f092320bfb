// How deeply the emitted TypeScript will nest, estimated on our AST: the
// longest chain of nodes from the module down, where a node that becomes a
// chain of JS operators (`a and b and c`, `a < b < c`) counts once per
// operator. Deciding from the AST keeps the decision the same wherever the
// transpiler runs (the depth at which a recursive tool overflows depends on
// the caller's stack). Iterative: safe for any depth.

import type { Node } from "../ast/nodes";
import { children } from "./walk";

/** The weight of one node on a path: how many levels of JS nesting it becomes. */
function weight(node: Node): number {
  if (node.kind === "BoolOp") return node.values.length;
  if (node.kind === "Compare") return node.ops.length;
  return 1;
}

export function nestingDepth(root: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, above] = stack.pop()!;
    const depth = above + weight(node);
    if (depth > max) max = depth;
    for (const child of children(node)) stack.push([child, depth]);
  }
  return max;
}
