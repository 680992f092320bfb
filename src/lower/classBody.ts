// Questions the class lowering asks about the statements of a class body.

import type { Expr, FunctionDef, Node, Stmt } from "../ast/nodes";
import { children } from "../analyze/walk";

/** Python makes these class methods without a decorator. */
export function isImplicitClassMethod(f: FunctionDef): boolean {
  return f.name === "__init_subclass__" || f.name === "__class_getitem__";
}

/** Whether some node under n (not inside a nested def, lambda or class body) satisfies test. */
function someInScope(n: Node, test: (n: Node) => boolean): boolean {
  if (test(n)) return true;
  if (n.kind === "FunctionDef" || n.kind === "ClassDef") return false;
  if (n.kind === "Lambda") return false;
  return children(n).some((c) => someInScope(c, test));
}

/** The names an assignment target binds (`a`, `a, *b`), not those it only reads (`d[k]`, `o.x`). */
function targetBinds(t: Expr | undefined, name: string): boolean {
  if (t === undefined) return false;
  switch (t.kind) {
    case "Name":
      return t.id === name;
    case "Tuple":
    case "List":
      return t.elts.some((e) => targetBinds(e, name));
    case "Starred":
      return targetBinds(t.value, name);
    default:
      return false;
  }
}

/** The statement binds `name` in the class namespace (assignment, def, class, for, import, ...). */
export function bindsName(s: Stmt, name: string): boolean {
  return someInScope(s, (n) => {
    switch (n.kind) {
      case "FunctionDef":
      case "ClassDef":
        return n.name === name;
      case "Assign":
        return n.targets.some((t) => targetBinds(t, name));
      case "AugAssign":
      case "For":
      case "NamedExpr":
        return targetBinds(n.target, name);
      case "AnnAssign":
        return n.value !== undefined && targetBinds(n.target, name);
      case "Delete":
        return n.targets.some((t) => targetBinds(t, name));
      case "With":
        return n.items.some((i) => targetBinds(i.optionalVars, name));
      case "ExceptHandler":
        return n.name === name;
      case "Import":
      case "ImportFrom":
        return n.names.some((a) => (a.asname ?? a.name.split(".")[0]) === name);
      default:
        return false;
    }
  });
}

/** Some statement reads `name` (in the class body itself or in a decorator, default or nested class). */
export function mentionsNameIn(stmts: Stmt[], name: string): boolean {
  const visit = (n: Node): boolean => {
    if (n.kind === "Name" && n.id === name) return true;
    if (n.kind === "FunctionDef") return [...n.decorators, ...n.args.defaults].some(visit);
    return children(n).some(visit);
  };
  return stmts.some(visit);
}

/** `@name.setter` / `@name.deleter` def name(...): an accessor of the property `name`. */
export function isPropertyAccessorOf(s: Stmt, name: string): boolean {
  if (s.kind !== "FunctionDef" || s.name !== name || s.decorators.length !== 1) return false;
  const d = s.decorators[0];
  return d.kind === "Attribute" && d.value.kind === "Name" && d.value.id === name && (d.attr === "setter" || d.attr === "deleter");
}

/**
 * `super(C, self)` in a method of class C, where `self` is the method's first
 * parameter, means what `super()` means there: it is lowered as `super()`.
 */
export function explicitSuperAsZeroArgument(f: FunctionDef, className: string): void {
  const self = f.args.args[0]?.name;
  if (self === undefined) return;
  const visit = (n: Node): void => {
    if (n.kind === "Call" && n.func.kind === "Name" && n.func.id === "super" && n.keywords.length === 0 && n.args.length === 2) {
      const [cls, obj] = n.args;
      if (cls.kind === "Name" && cls.id === className && obj.kind === "Name" && obj.id === self) n.args = [];
    }
    if (n.kind === "FunctionDef" || n.kind === "ClassDef" || n.kind === "Lambda") return;
    children(n).forEach(visit);
  };
  f.body.forEach(visit);
}

/** A default value the emitted method can hold in its parameter list (as lowerExpr's constant defaults). */
export function isConstantDefault(e: Expr): boolean {
  if (e.kind === "Constant") return true;
  if (e.kind === "UnaryOp" && (e.op === "USub" || e.op === "UAdd")) return isConstantDefault(e.operand);
  if (e.kind === "Tuple") return e.elts.every(isConstantDefault);
  return false;
}
