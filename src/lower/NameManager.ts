// Deterministic fresh names for temporaries: `claimFreeName("error")` gives
// `error`, then `error2`, `error3`, ... never colliding with a Python name
// of the module, so that golden files are stable.
//
// A nested function's manager avoids every name taken so far in the
// enclosing ones. It looks them up through its parent instead of copying
// them (a copy per function made big programs quadratic), seeing only the
// names the parent had taken when the child was made, as a copy would.

/** Orders every claim, so a child can tell its parent's earlier names from later ones. */
let clock = 0;

export class NameManager {
  /** name → when it was taken */
  private readonly taken = new Map<string, number>();

  /** `parent` and `parentUntil` are child()'s business. */
  constructor(
    reserved: Iterable<string>,
    private readonly parent?: NameManager,
    /** the parent's names taken before this time are taken here too */
    private readonly parentUntil = 0,
  ) {
    for (const name of reserved) this.reserve(name);
  }

  claimFreeName(base: string): string {
    let name = base;
    for (let i = 2; this.isTaken(name); i++) name = `${base}${i}`;
    this.reserve(name);
    return name;
  }

  /** A manager for a nested function: it avoids every name taken so far. */
  child(): NameManager {
    return new NameManager([], this, ++clock);
  }

  reserve(name: string): void {
    if (!this.taken.has(name)) this.taken.set(name, ++clock);
  }

  isTaken(name: string): boolean {
    return this.takenBefore(name, Infinity);
  }

  private takenBefore(name: string, until: number): boolean {
    const at = this.taken.get(name);
    if (at !== undefined && at < until) return true;
    return this.parent !== undefined && this.parent.takenBefore(name, this.parentUntil);
  }
}
