// Module objects of the runtime's standard library. A module is a plain
// object whose enumerable properties are its members (the compiler reads them
// to know what `import m` / `from m import x` may use) plus `__name__`.

/** A module object: `members` become its attributes; its Python type is `module`. */
export function pyModule<T extends Record<string, any>>(name: string, members: T): T & { __name__: string } {
  const m: any = { __name__: name, ...members };
  Object.defineProperty(m, "__typename__", { value: "module", enumerable: false });
  return m;
}

/** The names a module object provides (what `from m import name` accepts). */
export function moduleMembers(m: Record<string, any>): string[] {
  return Object.keys(m).filter((k) => k !== "__name__");
}
