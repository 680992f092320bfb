// Python identifiers that are not usable as TypeScript identifiers, or that
// would shadow a global emitted code or the (inlined) runtime relies on, get
// a trailing underscore, consistently everywhere they appear. Wherever Python
// shows a name (__name__, reprs, NameError messages) the Python spelling is
// used, never this one.

import { JS_GLOBAL_NAMES } from "./jsGlobals";
import { STANDALONE_NAMESPACE } from "./standaloneNamespace";

/** JavaScript reserved words (strict mode), and TypeScript words that cannot name a class or a binding. */
export const JS_RESERVED_WORDS: readonly string[] = [
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
  "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally",
  "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new",
  "null", "package", "private", "protected", "public", "return", "static", "super", "switch",
  "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
  "any", "unknown", "never", "number", "string", "boolean", "symbol", "bigint", "object", "undefined",
  "type", "declare", "namespace", "module", "as", "of", "keyof", "infer", "is", "asserts", "readonly",
  "abstract", "satisfies", "unique", "global", "require",
];

const RESERVED = new Set([...JS_RESERVED_WORDS, ...JS_GLOBAL_NAMES, STANDALONE_NAMESPACE]);

export function escapeName(name: string): string {
  return RESERVED.has(name) || (name.endsWith("_") && RESERVED.has(name.replace(/_+$/, ""))) ? `${name}_` : name;
}
