// The checks CPython's compiler makes on `match` patterns (compile.c,
// compiler_pattern*), with its messages and in its order: an irrefutable
// pattern before the last case, a name bound twice in one pattern,
// alternatives binding different names, two starred names, duplicate literal
// mapping keys, repeated keyword attributes.

import type { Expr, Loc, Match, Pattern } from "../ast/nodes";
import { eq, repr } from "../runtime";

export interface PatternError {
  message: string;
  loc: Loc;
}

class PatternChecker {
  /** names bound so far by the pattern being checked */
  stores: string[] = [];
  allowIrrefutable = true;

  /** Throws the first error, as CPython stops at it. */
  check(p: Pattern): void {
    switch (p.kind) {
      case "MatchAs":
        if (!p.pattern) {
          if (!this.allowIrrefutable) {
            throw fail(p.name ? `name capture '${p.name.id}' makes remaining patterns unreachable` : "wildcard makes remaining patterns unreachable", p.loc);
          }
        } else {
          this.check(p.pattern);
        }
        if (p.name) this.store(p.name.id, p.loc);
        return;
      case "MatchStar":
        if (p.name) this.store(p.name.id, p.loc);
        return;
      case "MatchValue":
      case "MatchSingleton":
        return;
      case "MatchSequence":
        if (p.patterns.filter((q) => q.kind === "MatchStar").length > 1) throw fail("multiple starred names in sequence pattern", p.loc);
        p.patterns.forEach((q) => this.subpattern(q));
        return;
      case "MatchMapping": {
        const seen: unknown[] = [];
        for (const k of p.keys) {
          const v = constantValue(k);
          if (v === NOT_CONSTANT) continue;
          if (seen.some((s) => eq(s, v))) throw fail(`mapping pattern checks duplicate key (${repr(v)})`, p.loc);
          seen.push(v);
        }
        p.patterns.forEach((q) => this.subpattern(q));
        if (p.rest) this.store(p.rest.id, p.loc);
        return;
      }
      case "MatchClass":
        p.kwdAttrs.forEach((attr, i) => {
          if (p.kwdAttrs.indexOf(attr) < i) throw fail(`attribute name repeated in class pattern: ${attr}`, p.kwdPatterns[i].loc);
        });
        [...p.patterns, ...p.kwdPatterns].forEach((q) => this.subpattern(q));
        return;
      case "MatchOr": {
        const outer = this.stores;
        const allow = this.allowIrrefutable;
        let control: string[] | undefined;
        p.patterns.forEach((alt, i) => {
          this.stores = [];
          this.allowIrrefutable = i === p.patterns.length - 1 && allow;
          this.check(alt);
          if (!control) control = this.stores;
          else if (control.length !== this.stores.length || !this.stores.every((n) => control!.includes(n))) {
            throw fail("alternative patterns bind different names", alt.loc);
          }
        });
        this.stores = outer;
        this.allowIrrefutable = allow;
        for (const n of control ?? []) this.store(n, p.loc);
        return;
      }
    }
  }

  /** Sub-patterns of sequences, mappings and classes may be irrefutable. */
  private subpattern(p: Pattern): void {
    const allow = this.allowIrrefutable;
    this.allowIrrefutable = true;
    this.check(p);
    this.allowIrrefutable = allow;
  }

  private store(name: string, loc: Loc): void {
    if (this.stores.includes(name)) throw fail(`multiple assignments to name '${name}' in pattern`, loc);
    this.stores.push(name);
  }
}

const NOT_CONSTANT = Symbol("not constant");

/** The value of a literal key (`-1` folded as CPython does), or NOT_CONSTANT. */
function constantValue(e: Expr): unknown {
  if (e.kind === "UnaryOp" && e.op === "USub" && e.operand.kind === "Constant") {
    const v = e.operand.value;
    if (v.type === "int") return -v.value;
    if (v.type === "float") return -v.value;
    return NOT_CONSTANT;
  }
  if (e.kind !== "Constant") return NOT_CONSTANT;
  const v = e.value;
  switch (v.type) {
    case "int":
    case "float":
    case "str":
    case "bool":
      return v.value;
    case "None":
      return null;
    default:
      return NOT_CONSTANT;
  }
}

function fail(message: string, loc: Loc): PatternError {
  return { message, loc };
}

/** CPython's first compile-time error in the patterns of `s`, if any. */
export function checkMatchPatterns(s: Match): PatternError | undefined {
  try {
    s.cases.forEach((c, i) => {
      const checker = new PatternChecker();
      checker.allowIrrefutable = c.guard !== undefined || i === s.cases.length - 1;
      checker.check(c.pattern);
    });
  } catch (e) {
    if (e && typeof e === "object" && "message" in e && "loc" in e && !(e instanceof Error)) return e as PatternError;
    throw e;
  }
  return undefined;
}
