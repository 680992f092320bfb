// What encloses the statement being lowered: the Python scope and, inside
// it, a stack of loops, `except` handlers and `for`/`while` ... `else`
// blocks. Entries are pushed with a scoped `withEntry` that asserts it pops
// what it pushed, so no flag is ever saved and restored by hand.

import type { Scope } from "../analyze/scopes";
import { NameManager } from "./NameManager";

export type LeapEntry =
  | { kind: "loop"; /** label to break to when the loop has an `else` */ breakLabel?: string }
  | { kind: "except"; /** the JS variable holding the exception being handled */ errorVar: string }
  | { kind: "finally" };

export class FunctionContext {
  readonly names: NameManager;
  /** `let` declarations hoisted to the top of the function body */
  readonly hoisted: string[] = [];
  /** Python names already declared in the emitted code of this scope */
  readonly declared = new Set<string>();
  private readonly stack: LeapEntry[] = [];
  /** in a method: the Python name of `self`, when it is emitted as `this` */
  selfAsThis?: string;
  /**
   * in a generator or coroutine method, whose body is a `function*` where JS
   * has no `super`: the methods `super().name(...)` calls, each reached
   * through an arrow function declared in the method itself (name → arrow)
   */
  superCaptures?: Map<string, string>;

  constructor(
    readonly scope: Scope,
    parentNames: NameManager,
    readonly parent?: FunctionContext,
  ) {
    this.names = parentNames.child();
  }

  withEntry<T>(entry: LeapEntry, body: () => T): T {
    this.stack.push(entry);
    const depth = this.stack.length;
    try {
      return body();
    } finally {
      if (this.stack.length !== depth || this.stack[depth - 1] !== entry) {
        throw new Error("internal error: unbalanced lowering context stack");
      }
      this.stack.pop();
    }
  }

  /** The innermost loop, for `break` and `continue`. */
  innermostLoop(): Extract<LeapEntry, { kind: "loop" }> | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const e = this.stack[i];
      if (e.kind === "loop") return e;
    }
    return undefined;
  }

  /** The exception a bare `raise` re-raises: the innermost handler's of this function, if any. */
  currentException(): string | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const e = this.stack[i];
      if (e.kind === "except") return e.errorVar;
    }
    return undefined;
  }

  /** Inside an `except` or `finally` block of this function (an exception may be being handled). */
  inHandler(): boolean {
    return this.stack.some((e) => e.kind === "except" || e.kind === "finally");
  }

  /** A temporary declared at the top of this function (`let name: any;`). */
  temp(base: string): string {
    const name = this.names.claimFreeName(base);
    this.hoisted.push(name);
    return name;
  }
}
