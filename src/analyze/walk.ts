// Generic traversal of our AST. `children` lists the direct sub-nodes of a
// node so that analyses need not know every node type.

import type { Arguments, Comprehension, Expr, Name, Node, Pattern, Stmt } from "../ast/nodes";

function argumentDefaults(a: Arguments): Expr[] {
  const out: Expr[] = [...a.defaults];
  for (const d of a.kwDefaults) if (d) out.push(d);
  return out;
}

function comprehensionParts(gens: Comprehension[]): Expr[] {
  const out: Expr[] = [];
  for (const g of gens) out.push(g.target, g.iter, ...g.ifs);
  return out;
}

/** The Names a pattern binds (captures, `*rest`, `**rest`, `as` targets), in source order. */
export function patternCaptures(p: Pattern): Name[] {
  const out: Name[] = [];
  const visit = (q: Pattern): void => {
    if (q.kind === "MatchStar" && q.name) out.push(q.name);
    if (q.kind === "MatchAs") {
      if (q.pattern) visit(q.pattern);
      if (q.name) out.push(q.name);
    }
    if (q.kind === "MatchSequence" || q.kind === "MatchOr") q.patterns.forEach(visit);
    if (q.kind === "MatchMapping") {
      q.patterns.forEach(visit);
      if (q.rest) out.push(q.rest);
    }
    if (q.kind === "MatchClass") [...q.patterns, ...q.kwdPatterns].forEach(visit);
  };
  visit(p);
  return out;
}

/** The expressions of a pattern: values, classes, mapping keys and the Names it binds, in source order. */
export function patternExprs(p: Pattern, out: Expr[] = []): Expr[] {
  switch (p.kind) {
    case "MatchValue":
      out.push(p.value);
      break;
    case "MatchSingleton":
      break;
    case "MatchSequence":
    case "MatchOr":
      for (const q of p.patterns) patternExprs(q, out);
      break;
    case "MatchMapping":
      p.keys.forEach((k, i) => {
        out.push(k);
        patternExprs(p.patterns[i], out);
      });
      if (p.rest) out.push(p.rest);
      break;
    case "MatchClass":
      out.push(p.cls);
      for (const q of [...p.patterns, ...p.kwdPatterns]) patternExprs(q, out);
      break;
    case "MatchStar":
      if (p.name) out.push(p.name);
      break;
    case "MatchAs":
      if (p.pattern) patternExprs(p.pattern, out);
      if (p.name) out.push(p.name);
      break;
  }
  return out;
}

/** Direct children of a node, in source order. */
export function children(node: Node): Node[] {
  switch (node.kind) {
    case "Module":
      return node.body;
    case "FunctionDef":
      return [...node.decorators, ...argumentDefaults(node.args), ...node.body];
    case "ClassDef":
      return [...node.decorators, ...node.bases, ...node.keywords, ...node.body];
    case "Return":
      return node.value ? [node.value] : [];
    case "Delete":
      return node.targets;
    case "Assign":
      return [...node.targets, node.value];
    case "AugAssign":
      return [node.target, node.value];
    case "AnnAssign":
      return node.value ? [node.target, node.value] : [node.target];
    case "For":
      return [node.target, node.iter, ...node.body, ...node.orelse];
    case "While":
      return [node.test, ...node.body, ...node.orelse];
    case "If": {
      const out: Node[] = [node.test, ...node.body];
      for (const clause of node.elifs) out.push(clause.test, ...clause.body);
      return [...out, ...node.orelse];
    }
    case "With": {
      const out: Node[] = [];
      for (const item of node.items) {
        out.push(item.contextExpr);
        if (item.optionalVars) out.push(item.optionalVars);
      }
      return [...out, ...node.body];
    }
    case "Match": {
      const out: Node[] = [node.subject];
      for (const c of node.cases) {
        out.push(...patternExprs(c.pattern));
        if (c.guard) out.push(c.guard);
        out.push(...c.body);
      }
      return out;
    }
    case "Raise":
      return [node.exc, node.cause].filter((x): x is Expr => !!x);
    case "Try":
      return [...node.body, ...node.handlers, ...node.orelse, ...node.finalbody];
    case "ExceptHandler":
      return node.type ? [node.type, ...node.body] : node.body;
    case "Assert":
      return node.msg ? [node.test, node.msg] : [node.test];
    case "Expr":
      return [node.value];
    case "BoolOp":
      return node.values;
    case "NamedExpr":
      return [node.target, node.value];
    case "BinOp":
      return [node.left, node.right];
    case "UnaryOp":
      return [node.operand];
    case "Lambda":
      return [...argumentDefaults(node.args), node.body];
    case "IfExp":
      return [node.test, node.body, node.orelse];
    case "Dict": {
      const out: Node[] = [];
      node.keys.forEach((k, i) => {
        if (k) out.push(k);
        out.push(node.values[i]);
      });
      return out;
    }
    case "Set":
    case "List":
    case "Tuple":
      return node.elts;
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return [node.elt, ...comprehensionParts(node.generators)];
    case "DictComp":
      return [node.key, node.value, ...comprehensionParts(node.generators)];
    case "Await":
    case "YieldFrom":
    case "Starred":
    case "Attribute":
    case "keyword":
      return [node.value];
    case "Yield":
      return node.value ? [node.value] : [];
    case "Compare":
      return [node.left, ...node.comparators];
    case "Call":
      return [node.func, ...node.args, ...node.keywords];
    case "JoinedStr":
      return node.values;
    case "FormattedValue":
      return node.formatSpec ? [node.value, node.formatSpec] : [node.value];
    case "Subscript":
      return [node.value, node.slice];
    case "Slice":
      return [node.lower, node.upper, node.step].filter((x): x is Expr => !!x);
    case "Constant":
    case "Name":
    case "arg":
    case "Import":
    case "ImportFrom":
    case "Global":
    case "Nonlocal":
    case "Pass":
    case "Break":
    case "Continue":
      return [];
  }
}

/** A child of a scope-opening node that runs in the enclosing scope: decorators, defaults, bases, the first iterable. */
export function isScopeHead(owner: Node, child: Node): boolean {
  const isDefault = (a: Arguments) => a.defaults.includes(child as Expr) || a.kwDefaults.includes(child as Expr);
  if (owner.kind === "FunctionDef") return owner.decorators.includes(child as Expr) || isDefault(owner.args);
  if (owner.kind === "Lambda") return isDefault(owner.args);
  if (owner.kind === "ClassDef") return owner.decorators.includes(child as Expr) || owner.bases.includes(child as Expr) || owner.keywords.includes(child as never);
  if (owner.kind === "ListComp" || owner.kind === "SetComp" || owner.kind === "DictComp" || owner.kind === "GeneratorExp") {
    return owner.generators[0].iter === child;
  }
  return false;
}

/** Nodes that open a new Python scope (their bodies are analysed separately). */
export function opensScope(node: Node): boolean {
  return (
    node.kind === "FunctionDef" ||
    node.kind === "Lambda" ||
    node.kind === "ClassDef" ||
    node.kind === "ListComp" ||
    node.kind === "SetComp" ||
    node.kind === "DictComp" ||
    node.kind === "GeneratorExp"
  );
}

export function isStmt(node: Node): node is Stmt {
  return "kind" in node && /^[A-Z]/.test(node.kind) && !isExprKind(node.kind);
}

const exprKinds = new Set([
  "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
  "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
  "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
]);

function isExprKind(kind: string): boolean {
  return exprKinds.has(kind);
}
