// Where a Python attribute lives on a JavaScript object. Python attribute
// names that JavaScript gives a meaning of its own (`constructor`,
// `__proto__`, `prototype`, `call`, `toString`, ...) are kept under a
// `$`-prefixed key, so no Python name can reach or replace a JavaScript
// internal; names that already start with `$` get one more `$` (the mapping
// stays one-to-one). Shared by the lowering (keys written in emitted code)
// and the runtime (getattr/setattr with names known only at run time).

/** Names JavaScript objects, functions, classes and errors have of their own. */
export const JS_INTERNAL_NAMES: ReadonlySet<string> = new Set([
  // Object.prototype
  "constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toString", "toLocaleString", "valueOf",
  // functions and classes (Function.prototype and their own properties)
  "prototype", "name", "length", "caller", "arguments", "call", "apply", "bind",
  // errors (Error.prototype, Error instances and the Error constructor)
  "message", "stack", "cause", "captureStackTrace", "stackTraceLimit", "prepareStackTrace",
  // thenables: an object with `then` would be awaited as a Promise
  "then",
]);

/** The JavaScript property key that holds the Python attribute `name`. */
export function attributeKey(name: string): string {
  return JS_INTERNAL_NAMES.has(name) || name.charCodeAt(0) === 36 /* $ */ ? "$" + name : name;
}
