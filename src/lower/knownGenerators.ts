// Variables that provably always hold a generator of the program: assigned
// exactly once, from a call of a generator def or a generator expression,
// never a parameter, never rebound (nonlocal/global) nor deleted. For them
// `g.send(v)`, `g.throw(...)`, `g.close()` stay plain JavaScript method calls
// of the runtime's generator object: the generator hot path skips the
// runtime's attribute lookup.

import type { Expr, Module } from "../ast/nodes";
import type { Scope, ScopeInfo } from "../analyze/scopes";
import { isFreshGenerator } from "../analyze/finalization";

/** The methods of a generator object that are called directly on a known generator. */
export const GENERATOR_METHODS: ReadonlySet<string> = new Set(["send", "throw", "close"]);

export class KnownGenerators {
  /** Name nodes assigned by `name = value` → the value */
  private readonly assignedFrom = new Map<Expr, Expr>();

  constructor(
    module: Module,
    private readonly info: ScopeInfo,
  ) {
    const visit = (n: unknown): void => {
      if (!n || typeof n !== "object") return;
      if (Array.isArray(n)) return n.forEach(visit);
      const node = n as { kind?: string; targets?: Expr[]; value?: Expr };
      if (node.kind === "Assign" && node.value) for (const t of node.targets ?? []) if (t.kind === "Name") this.assignedFrom.set(t, node.value);
      for (const [k, v] of Object.entries(n)) if (k !== "loc" && v && typeof v === "object") visit(v);
    };
    visit(module.body);
  }

  /** e is a variable that always holds a (synchronous) generator of the program. */
  isGenerator(e: Expr, scope: Scope): boolean {
    if (e.kind !== "Name") return false;
    const r = this.info.resolve(e.id, scope);
    if (r.kind === "builtin" || r.kind === "unbound") return false;
    const b = r.binding;
    if (b.count !== 1 || b.rebound || b.isParam) return false;
    const value = this.assignedFrom.get(b.first as Expr);
    return value !== undefined && isFreshGenerator(value, this.info, r.scope);
  }
}
