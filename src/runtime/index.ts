// Public runtime API (imported by emitted code as `py2ts-coro/runtime`).
export * from "./exceptions";
export * from "./values";
export * from "./repr";
export * from "./iter";
export * from "./generator";
