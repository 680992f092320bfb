// Module objects of the runtime's standard library. A module is a plain
// object whose enumerable properties are its members (the compiler reads them
// to know what `import m` / `from m import x` may use) plus `__name__`.

/** A module object: `members` become its attributes; its Python type is `module`. */
export function pyModule<T extends Record<string, any>>(name: string, members: T): T & { __name__: string; [member: string]: any } {
  // Not a plain object literal: that is how keyword arguments travel (isKwargs).
  const m: any = Object.assign(Object.create(MODULE_PROTOTYPE), { __name__: name }, members);
  return m;
}

/** What every module object inherits: its Python type name. */
const MODULE_PROTOTYPE: object = Object.create(Object.prototype, { __typename__: { value: "module", enumerable: false } });

/** A module object of the runtime (made by pyModule). */
export function isModule(x: any): boolean {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === MODULE_PROTOTYPE;
}

/** The names a module object provides (what `from m import name` accepts). */
export function moduleMembers(m: Record<string, any>): string[] {
  return Object.keys(m).filter((k) => k !== "__name__");
}

/** A type object of a library module as emitted code uses it: called, extended by a class statement (`new` with arguments), read as a namespace. */
export type PyTypeObject = { new (...args: any[]): any; (...args: any[]): any; [name: string]: any };
