// Concatenation order of the runtime files for the standalone bundle (dependency order, index.ts excluded).
export const RUNTIME_FILES = [
  "codepoints.ts", "module.ts", "attributeKeys.ts", "exceptions.ts", "values.ts", "repr.ts", "iter.ts", "generator.ts", "io.ts",
  "format.ts", "ops.ts", "strmethods.ts", "builtins.ts", "program.ts", "emitted.ts", "mro.ts", "attributes.ts",
  "classes.ts", "calls.ts", "match.ts", "bytes.ts", "typing.ts", "exceptionGroups.ts", "unbound.ts", "libm.ts",
];
