// Deterministic fresh names for temporaries: `claimFreeName("error")` gives
// `error`, then `error2`, `error3`, ... never colliding with a Python name
// of the module, so that golden files are stable.

export class NameManager {
  private readonly taken: Set<string>;

  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }

  claimFreeName(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}${i}`;
    this.taken.add(name);
    return name;
  }

  /** A manager for a nested function: it avoids every name taken so far. */
  child(): NameManager {
    return new NameManager(this.taken);
  }

  reserve(name: string): void {
    this.taken.add(name);
  }

  isTaken(name: string): boolean {
    return this.taken.has(name);
  }
}
