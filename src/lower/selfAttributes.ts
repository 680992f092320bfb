// Where `self.x` may stay a plain JavaScript member access in an instance
// method (`this.x`, `this.m(...)`, `this.x = v`) instead of the runtime's
// attribute lookup: only where the program makes it provable that the plain
// access means what Python's lookup means. Everything else goes through
// getattr/setattr/callMethod, which raise AttributeError for a missing
// attribute and never reach a JavaScript internal.
//
// - read `this.x`: x is always present on every instance of the class and
//   of all its subclasses: a class-level constant of a class along the
//   chain, or set by the leading `self.x = <expr without self>` statements
//   of the __init__ that runs (through `super().__init__(...)` too), and
//   nothing in the program deletes an attribute of that name;
// - call `this.m(...)`: m is a plain method along the chain, and no class
//   body defines m otherwise, and nothing assigns or deletes an attribute m;
// - store `this.x = v`: no class of the program has a property x, and the
//   chain holds only classes of the program (no runtime accessor such as
//   SystemExit.code can intercept the store).
// Any class whose base is not a plain name (or any dynamic delattr/setattr
// name) turns the plain forms off for the whole program.

import type { ClassDef, Expr, FunctionDef, Module, Stmt } from "../ast/nodes";
import type { Scope, ScopeInfo } from "../analyze/scopes";

type AnyNode = { kind?: string; [key: string]: unknown };

function walk(n: unknown, visit: (node: AnyNode) => void): void {
  if (!n || typeof n !== "object") return;
  if (Array.isArray(n)) {
    for (const x of n) walk(x, visit);
    return;
  }
  const node = n as AnyNode;
  if (typeof node.kind === "string") visit(node);
  for (const [k, v] of Object.entries(node)) if (k !== "loc" && v && typeof v === "object") walk(v, visit);
}

function mentionsName(e: unknown, name: string): boolean {
  let found = false;
  walk(e, (n) => {
    if (n.kind === "Name" && n.id === name) found = true;
    // A lambda or comprehension may run later, or see self through a closure: not simple.
    if (n.kind === "Lambda" || n.kind === "Yield" || n.kind === "YieldFrom" || n.kind === "Await" || n.kind === "NamedExpr") found = true;
  });
  return found;
}

function isPlainMethod(s: Stmt): s is FunctionDef {
  return s.kind === "FunctionDef" && s.decorators.length === 0;
}

/** Values of class-level assignments that are never functions (so read from an instance unbound). */
function isPlainData(e: Expr): boolean {
  return e.kind === "Constant" || e.kind === "List" || e.kind === "Tuple" || e.kind === "Dict" || e.kind === "Set" || e.kind === "JoinedStr" ||
    (e.kind === "UnaryOp" && e.operand.kind === "Constant");
}

function isSuperInit(s: Stmt, self: string): boolean {
  if (s.kind !== "Expr" || s.value.kind !== "Call") return false;
  const call = s.value;
  const f = call.func;
  return (
    f.kind === "Attribute" && f.attr === "__init__" && f.value.kind === "Call" && f.value.func.kind === "Name" && f.value.func.id === "super" &&
    f.value.args.length === 0 && !mentionsName(call.args, self) && !mentionsName(call.keywords, self)
  );
}

export class SelfAttributes {
  private readonly classes: ClassDef[] = [];
  private disabled = false;
  private readonly deleted = new Set<string>();
  private readonly stored = new Set<string>();
  private readonly properties = new Set<string>();
  /** names of the functions class bodies define (read from an instance, they are bound methods) */
  private readonly functionNames = new Set<string>();
  /** names some class body binds otherwise than as a plain method */
  private readonly notPlainMethods = new Set<string>();
  private readonly present = new Map<ClassDef, Set<string>>();

  constructor(
    module: Module,
    private readonly info: ScopeInfo,
  ) {
    walk(module.body, (n) => {
      if (n.kind === "ClassDef") this.classes.push(n as unknown as ClassDef);
      if (n.kind === "Delete") for (const t of (n.targets as Expr[])) walk(t, (x) => x.kind === "Attribute" && this.deleted.add(x.attr as string));
      const targets = n.kind === "Assign" ? (n.targets as Expr[]) : n.kind === "AugAssign" || n.kind === "AnnAssign" || n.kind === "For" ? [n.target as Expr] : [];
      for (const t of targets) walk(t, (x) => x.kind === "Attribute" && this.stored.add(x.attr as string));
      if (n.kind === "Call" && (n.func as AnyNode).kind === "Name" && ["delattr", "setattr"].includes((n.func as AnyNode).id as string)) {
        const args = n.args as Expr[];
        const name = args[1];
        if (name && name.kind === "Constant" && name.value.type === "str") {
          (((n.func as AnyNode).id === "delattr" ? this.deleted : this.stored) as Set<string>).add(String(name.value.value));
        } else this.disabled = true;
      }
    });
    for (const c of this.classes) {
      // A base that is neither a builtin nor a class of the program (`class D(alias)`) hides a subclass.
      const scope = this.info.scopeOf.get(c)?.parent;
      const known = (b: Expr) => b.kind === "Name" && !!scope && (this.info.resolve(b.id, scope).kind === "builtin" || !!this.classNamed(b, scope));
      if (!c.bases.every(known)) this.disabled = true;
      // Several bases: attributes follow the C3 order, not the JavaScript chain.
      if (c.bases.length > 1) this.disabled = true;
      for (const s of c.body) {
        if (s.kind === "FunctionDef") {
          this.functionNames.add(s.name);
          if (s.decorators.length) this.notPlainMethods.add(s.name);
          if (s.decorators.some((d) => d.kind === "Name" && d.id === "property")) this.properties.add(s.name);
        } else if (s.kind === "Assign") for (const t of s.targets) walk(t, (x) => x.kind === "Name" && this.notPlainMethods.add(x.id as string));
        else if (s.kind === "AnnAssign") walk(s.target, (x) => x.kind === "Name" && this.notPlainMethods.add(x.id as string));
        // A class that intercepts every attribute read sees `self.x` too.
        if (s.kind === "FunctionDef" && (s.name === "__getattribute__" || s.name === "__setattr__")) this.disabled = true;
        // `__slots__` limits which attributes an instance can have: stores go through setattr.
        if (s.kind === "Assign" && s.targets.some((t) => t.kind === "Name" && t.id === "__slots__")) this.disabled = true;
      }
      // Names the body binds otherwise (for, if, nested classes, a def bound twice) are not plain methods either.
      const classScope = this.info.scopeOf.get(c);
      for (const [name, b] of classScope?.bindings ?? []) {
        if (b.count > 1 || !(b.first.kind === "FunctionDef" && (b.first as FunctionDef).decorators.length === 0)) this.notPlainMethods.add(name);
      }
    }
  }

  /** The class of the program a base expression names, if it is one (not rebound). */
  private classNamed(e: Expr, scope: Scope): ClassDef | undefined {
    if (e.kind !== "Name") return undefined;
    const r = this.info.resolve(e.id, scope);
    return r.kind !== "builtin" && r.kind !== "unbound" && !r.binding.rebound ? r.binding.classDef : undefined;
  }

  /** c, its base, its base's base, ... as far as they are classes of the program. */
  private chain(c: ClassDef): { classes: ClassDef[]; programOnly: boolean } {
    const classes: ClassDef[] = [];
    for (let k: ClassDef | undefined = c; k && !classes.includes(k); ) {
      classes.push(k);
      if (k.bases.length === 0) return { classes, programOnly: true };
      const scope: Scope | undefined = this.info.scopeOf.get(k)?.parent;
      k = scope ? this.classNamed(k.bases[0], scope) : undefined;
    }
    return { classes, programOnly: false };
  }

  /** Classes of the program that have c along their chain (c included). */
  private familyOf(c: ClassDef): ClassDef[] {
    return this.classes.filter((k) => this.chain(k).classes.includes(c));
  }

  /** Attributes every instance of exactly this class has once its methods can run. */
  private presentOnInstancesOf(c: ClassDef): Set<string> {
    let names = this.present.get(c);
    if (names) return names;
    names = new Set();
    this.present.set(c, names);
    const { classes } = this.chain(c);
    for (const k of classes) {
      for (const s of k.body) {
        if (s.kind === "Assign" && isPlainData(s.value)) for (const t of s.targets) if (t.kind === "Name") names.add(t.id);
      }
    }
    this.addInitPrefix(classes, names);
    return names;
  }

  /** The leading `self.x = ...` of the __init__ that runs for instances of classes[0]. */
  private addInitPrefix(classes: ClassDef[], into: Set<string>): void {
    const i = classes.findIndex((k) => k.body.some((s) => s.kind === "FunctionDef" && s.name === "__init__"));
    if (i < 0) return;
    const init = classes[i].body.find((s): s is FunctionDef => s.kind === "FunctionDef" && s.name === "__init__")!;
    const self = init.args.args[0]?.name;
    if (!self || init.decorators.length) return;
    for (const s of init.body) {
      if (s.kind === "Pass" || (s.kind === "Expr" && s.value.kind === "Constant")) continue;
      if (isSuperInit(s, self)) {
        this.addInitPrefix(classes.slice(i + 1), into);
        continue;
      }
      if (s.kind === "Assign" && s.targets.length === 1 && !mentionsName(s.value, self)) {
        const t = s.targets[0];
        if (t.kind === "Attribute" && t.value.kind === "Name" && t.value.id === self && !this.properties.has(t.attr)) {
          into.add(t.attr);
          continue;
        }
      }
      break;
    }
  }

  /** The class whose plain instance method `scope` is, if it is one. */
  private methodClass(scope: Scope): ClassDef | undefined {
    const f = scope.node as FunctionDef;
    if (this.disabled || scope.kind !== "function" || scope.parent?.kind !== "class") return undefined;
    if (f.kind !== "FunctionDef" || f.decorators.some((d) => !(d.kind === "Name" && d.id === "property"))) return undefined;
    return scope.parent.node as ClassDef;
  }

  /** `self.attr` in this method may be read as `this.attr`. */
  canRead(scope: Scope, attr: string): boolean {
    const c = this.methodClass(scope);
    if (!c || this.deleted.has(attr) || this.functionNames.has(attr)) return false;
    return this.familyOf(c).every((k) => this.presentOnInstancesOf(k).has(attr));
  }

  /** `self.attr(...)` in this method may be called as `this.attr(...)`. */
  canCall(scope: Scope, attr: string): boolean {
    const c = this.methodClass(scope);
    if (!c || this.deleted.has(attr) || this.stored.has(attr) || this.notPlainMethods.has(attr)) return false;
    return this.chain(c).classes.some((k) => k.body.some((s) => isPlainMethod(s) && s.name === attr));
  }

  /** `self.attr = v` in this method may be stored as `this.attr = v`. */
  canStore(scope: Scope, attr: string): boolean {
    const c = this.methodClass(scope);
    if (!c || this.properties.has(attr)) return false;
    return this.chain(c).programOnly;
  }
}

