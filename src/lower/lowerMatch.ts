// `match` statements → an if/else chain over the subject, evaluated once:
//
//   match point:                     {
//       case Point(x=0, y=yy) if yy:   const subject: any = point;
//           ...                        let attrs: any, items: any;
//       case [a, *rest]:               if ((attrs = matchClass(subject, Point, 0, ["x", "y"])) !== undefined &&
//           ...                            eq(attrs[0], 0n) && ((yy = attrs[1]), truthy(yy))) {
//                                        ...
//                                      } else if ((items = matchSequence(subject, 2, 1)) !== undefined) {
//                                        a = items[0];
//                                        rest = items[1];
//                                        ...
//                                      }
//                                    }
//
// A pattern is a chain of checks (runtime helpers from src/runtime/match.ts
// return the parts the sub-patterns look at, kept in temporaries). Names are
// bound only once the whole pattern has matched, as in CPython 3.11, then the
// guard runs; a guard and the case bodies are ordinary code of the function,
// so `yield`/`await` work there. Patterns themselves never suspend.

import type { Expr, Match, Pattern, Stmt } from "../ast/nodes";
import type { CodeWriter } from "../emit/CodeWriter";
import type { ExprLowering } from "./lowerExpr";
import { stringLiteral } from "../emit/escape";
import { joinLogical, LONG_CHAIN } from "./longChains";

export interface MatchLoweringHost {
  readonly writer: CodeWriter;
  readonly exprs: ExprLowering;
  rt(name: string): string;
  claimFreeName(base: string): string;
  /** `x = value` (or the declaration/rebinding the name needs) */
  bindName(id: string, value: string): string;
  statements(body: Stmt[]): void;
  /** trailing comments of the source line `line` */
  afterLine(line: number): void;
}

interface Compiled {
  /** checks that all must hold, in order */
  checks: string[];
  /** names to bind, with the value each gets, once the checks hold */
  binds: [string, string][];
}

export function lowerMatch(s: Match, host: MatchLoweringHost): void {
  new MatchLowering(host).statement(s);
}

class MatchLowering {
  /** temporaries by base name, shared by the cases */
  private readonly pool = new Map<string, string[]>();
  /** how many of each the current case has taken */
  private readonly used = new Map<string, number>();

  constructor(private readonly host: MatchLoweringHost) {}

  statement(s: Match): void {
    const { writer } = this.host;
    const subject = this.host.claimFreeName("subject");
    writer.line("{");
    this.host.afterLine(s.loc.line);
    writer.indent(() => {
      writer.line(`const ${subject}: any = ${this.host.exprs.expr(s.subject)};`);
      // The patterns first: their temporaries are declared before the chain.
      // A case's temporaries are dead once its names are bound, so the next case reuses them.
      const patterns = s.cases.map((c) => {
        this.used.clear();
        return this.pattern(c.pattern, subject);
      });
      const temps = [...this.pool.values()].flat();
      if (temps.length) writer.line(`let ${temps.map((t) => `${t}: any`).join(", ")};`);
      // Past LONG_CHAIN cases, `else if` would nest as deep as the cases are many.
      const flat = s.cases.length > LONG_CHAIN ? this.host.claimFreeName("match") : undefined;
      if (flat) writer.line(`${flat}: {`);
      s.cases.forEach((c, i) => {
        const compiled = patterns[i];
        const checks = [...compiled.checks];
        const bindsFirst = c.guard !== undefined;
        if (bindsFirst) {
          // The names are bound before the guard runs, and stay bound if it fails.
          const binds = compiled.binds.map(([name, value]) => `(${this.host.bindName(name, value)})`);
          checks.push(`(${[...binds, this.host.exprs.test(c.guard!)].join(", ")})`);
        }
        const always = checks.length === 0;
        const test = always ? "true" : joinLogical(checks, "&&");
        if (flat) writer.line(`if (${test}) {`);
        else if (i === 0) writer.line(`if (${test}) {`);
        else if (always && i === s.cases.length - 1) writer.line("} else {");
        else writer.line(`} else if (${test}) {`);
        this.host.afterLine(c.loc.line);
        writer.indent(() => {
          if (!bindsFirst) for (const [name, value] of compiled.binds) writer.line(`${this.host.bindName(name, value)};`);
          this.host.statements(c.body);
          if (flat) writer.line(`break ${flat};`);
        });
        if (flat) writer.line("}");
      });
      writer.line("}");
    });
    writer.line("}");
  }

  /** The `n`-th temporary named `base` of the current case (shared with the other cases). */
  private temp(base: string): string {
    const n = this.used.get(base) ?? 0;
    this.used.set(base, n + 1);
    const list = this.pool.get(base) ?? [];
    this.pool.set(base, list);
    if (list.length <= n) list.push(this.host.claimFreeName(base));
    return list[n];
  }

  private expr(e: Expr): string {
    return this.host.exprs.expr(e);
  }

  /** The checks and bindings of `p` matched against the value `subject` (a name or an element of a temporary). */
  private pattern(p: Pattern, subject: string): Compiled {
    const rt = (name: string): string => this.host.rt(name);
    switch (p.kind) {
      case "MatchAs": {
        const inner = p.pattern ? this.pattern(p.pattern, subject) : { checks: [], binds: [] };
        if (p.name) inner.binds.push([p.name.id, subject]);
        return inner;
      }
      case "MatchStar":
        return { checks: [], binds: p.name ? [[p.name.id, subject]] : [] };
      case "MatchValue":
        return { checks: [`${rt("eq")}(${subject}, ${this.expr(p.value)})`], binds: [] };
      case "MatchSingleton": {
        const v = p.value.value;
        const literal = v.type === "bool" ? String(v.value) : rt("None");
        return { checks: [`${rt("is")}(${subject}, ${literal})`], binds: [] };
      }
      case "MatchSequence": {
        const star = p.patterns.findIndex((q) => q.kind === "MatchStar");
        const args = [subject, String(p.patterns.length), ...(star >= 0 ? [String(star)] : [])];
        return this.parts(`${rt("matchSequence")}(${args.join(", ")})`, "items", p.patterns);
      }
      case "MatchMapping": {
        const keys = `[${p.keys.map((k) => this.expr(k)).join(", ")}]`;
        const args = [subject, keys, ...(p.rest ? ["true"] : [])];
        const rest: Pattern[] = p.rest ? [{ kind: "MatchAs", name: p.rest, loc: p.rest.loc }] : [];
        return this.parts(`${rt("matchMapping")}(${args.join(", ")})`, "values", [...p.patterns, ...rest]);
      }
      case "MatchClass": {
        const args = [subject, this.expr(p.cls), String(p.patterns.length)];
        if (p.kwdAttrs.length) args.push(`[${p.kwdAttrs.map(stringLiteral).join(", ")}]`);
        return this.parts(`${rt("matchClass")}(${args.join(", ")})`, "attrs", [...p.patterns, ...p.kwdPatterns]);
      }
      case "MatchOr":
        return this.alternatives(p.patterns, subject);
    }
  }

  /** A helper call returning the values `subs` are matched against (or undefined), then the sub-patterns. */
  private parts(call: string, base: string, subs: Pattern[]): Compiled {
    const needsValues = subs.some((q) => !(q.kind === "MatchAs" && !q.pattern && !q.name) && !(q.kind === "MatchStar" && !q.name));
    if (!needsValues) return { checks: [`${call} !== undefined`], binds: [] };
    const t = this.temp(base);
    const out: Compiled = { checks: [`(${t} = ${call}) !== undefined`], binds: [] };
    subs.forEach((q, i) => {
      const c = this.pattern(q, `${t}[${i}]`);
      out.checks.push(...c.checks);
      out.binds.push(...c.binds);
    });
    return out;
  }

  /**
   * `p1 | p2 | ...`: the first alternative that matches wins. Each binds the
   * same names (checked at compile time), into shared temporaries.
   */
  private alternatives(alts: Pattern[], subject: string): Compiled {
    // An alternative's temporaries are dead once it is decided: the next one reuses them.
    const start = new Map(this.used);
    const most = new Map(start);
    const compiled = alts.map((a) => {
      this.used.clear();
      start.forEach((n, base) => this.used.set(base, n));
      const c = this.pattern(a, subject);
      this.used.forEach((n, base) => most.set(base, Math.max(n, most.get(base) ?? 0)));
      return c;
    });
    this.used.clear();
    most.forEach((n, base) => this.used.set(base, n));
    const names = [...new Set(compiled[0].binds.map(([n]) => n))];
    const staged = new Map(names.map((n) => [n, this.temp(`matched_${n}`)]));
    const tests = compiled.map((c) => {
      const stores = c.binds.filter(([n]) => staged.has(n)).map(([n, v]) => `(${staged.get(n)} = ${v})`);
      const parts = [...c.checks, ...(stores.length ? [`(${[...stores, "true"].join(", ")})`] : [])];
      return parts.length === 0 ? "true" : parts.length === 1 ? parts[0] : `(${parts.join(" && ")})`;
    });
    return { checks: [tests.length === 1 ? tests[0] : `(${joinLogical(tests, "||")})`], binds: names.map((n) => [n, staged.get(n)!]) };
  }
}
