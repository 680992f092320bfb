// Private name mangling, as CPython's compiler does it: inside a class, an
// identifier spelled `__spam` (two leading underscores, not two trailing) is
// `_ClassName__spam`, with the class name's leading underscores stripped.
// It applies to attribute names, variables, parameters, keyword arguments and
// the names of defs, so `self.__x` is stored and read as `_Vector__x`, which
// code outside the class can reach by that name. Rewritten in the AST before
// any analysis, so every later stage sees the names Python uses at run time.

import type { Arguments, Module, Node } from "../ast/nodes";
import { children, isScopeHead } from "./walk";

export function manglePrivateNames(module: Module): void {
  for (const s of module.body) visit(s, undefined);
}

/** The name CPython uses for `name` written inside class `className`. */
export function mangle(name: string, className: string | undefined): string {
  if (!className || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped ? `_${stripped}${name}` : name;
}

function mangleArgs(args: Arguments, className: string | undefined): void {
  for (const a of [...args.args, ...args.kwonlyargs]) a.name = mangle(a.name, className);
  if (args.vararg) args.vararg.name = mangle(args.vararg.name, className);
  if (args.kwarg) args.kwarg.name = mangle(args.kwarg.name, className);
}

function visit(node: Node, className: string | undefined): void {
  switch (node.kind) {
    case "Name":
      node.id = mangle(node.id, className);
      break;
    case "Attribute":
      node.attr = mangle(node.attr, className);
      break;
    case "keyword":
      if (node.arg) node.arg = mangle(node.arg, className);
      break;
    case "FunctionDef":
      node.name = mangle(node.name, className);
      mangleArgs(node.args, className);
      break;
    case "Lambda":
      mangleArgs(node.args, className);
      break;
    case "ExceptHandler":
      if (node.name) node.name = mangle(node.name, className);
      break;
    case "Global":
    case "Nonlocal":
      node.names = node.names.map((n) => mangle(n, className));
      break;
    case "ClassDef": {
      const own = node.name;
      node.name = mangle(own, className);
      // Decorators, bases and keywords belong to the enclosing class; the body to this one.
      for (const c of children(node)) visit(c, isScopeHead(node, c) ? className : own);
      return;
    }
  }
  for (const c of children(node)) visit(c, className);
}
