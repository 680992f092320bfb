// Public runtime API (imported by emitted code as `py2ts-coro/runtime`).
export * from "./exceptions";
export * from "./exceptionGroups";
export * from "./values";
export * from "./repr";
export * from "./iter";
export * from "./generator";
export * from "./io";
export * from "./codepoints";
export * from "./format";
export * from "./ops";
export * from "./strmethods";
export * from "./builtins";
export * from "./program";
export * from "./emitted";
export * from "./attributes";
export * from "./classes";
export * from "./mro";
export * from "./attributeKeys";
export * from "./calls";
export * from "./match";
export * from "./typing";
export * from "./bytes";
export * from "./unbound";
export * from "./module";
// The standard library modules (src/runtime/lib), one file per Python module.
export * from "./lib";
