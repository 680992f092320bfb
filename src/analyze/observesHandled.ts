// Whether code run while an exception is being handled (an `except` block,
// or a `finally` reached by an exception) can tell which exception that is:
// it raises (the new exception's __context__; operators and subscripts can
// raise too), yields (the handled exception stays with the suspended
// generator), reads sys.exc_info(), or calls code that might do any of
// these. Blocks that cannot are emitted without the runtime's bookkeeping of
// the handled exception, so that plain handlers stay plain TypeScript.

import type { Node } from "../ast/nodes";
import { children } from "./walk";

/**
 * Builtins that raise nothing of their own for any argument (what they print
 * or convert is checked as an expression in its own right): len(True) or
 * int("x") raise, so they are not here.
 */
const INERT_BUILTINS = new Set(["print", "str", "repr", "type", "id"]);

export function observesHandledException(body: readonly Node[]): boolean {
  return body.some(observes);
}

function observes(node: Node): boolean {
  switch (node.kind) {
    case "Raise":
    case "Yield":
    case "YieldFrom":
    case "Await":
    case "Assert":
    case "With":
    case "For":
    case "Subscript":
    case "BinOp":
      return true;
    case "Attribute":
      if (node.attr === "__traceback__") return true;
      break;
    case "Call":
      if (node.func.kind !== "Name" || !INERT_BUILTINS.has(node.func.id)) return true;
      break;
    default:
      break;
  }
  return children(node).some(observes);
}
