// Python identifiers that are not usable as TypeScript identifiers get a
// trailing underscore, consistently everywhere they appear.

const RESERVED = new Set([
  // JavaScript / TypeScript reserved and strict-mode words
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
  "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally",
  "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new",
  "null", "package", "private", "protected", "public", "return", "static", "super", "switch",
  "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
  // globals whose shadowing would confuse readers or the emitted code
  "undefined", "NaN", "Infinity", "Object", "Array", "Symbol", "Error", "Math", "Number",
  "String", "Boolean", "BigInt", "JSON", "Promise", "Map", "Set", "process", "globalThis",
  "require", "module", "exports", "console", "any", "unknown", "never", "number", "string",
  "boolean", "symbol", "bigint", "object", "type", "declare", "namespace", "as", "of", "keyof",
]);

export function escapeName(name: string): string {
  return RESERVED.has(name) || name.endsWith("_") && RESERVED.has(name.replace(/_+$/, ""))
    ? `${name}_`
    : name;
}
