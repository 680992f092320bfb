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
export * from "./attributeKeys";
export * from "./unbound";
