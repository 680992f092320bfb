// Stage entry: source text → our AST (or the diagnostics that stop it).
// parse() builds the parse tree; AstBuilder turns it into nodes.ts types.
// With any syntax, indentation or literal error there is no module.

import type { Diagnostic } from "../diagnostics";
import { parse } from "../parser/parse";
import { AstBuilder } from "./AstBuilder";
import type { Module } from "./nodes";

export interface BuildAstResult {
  module?: Module;
  diagnostics: Diagnostic[];
}

/** Parses `source` (one Python module or notebook cell) into a Module. */
export function buildAst(source: string, _fileName?: string): BuildAstResult {
  const parsed = parse(source);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const builder = new AstBuilder();
  const module = builder.buildModule(parsed.tree, parsed.tokens, source);
  if (builder.diagnostics.length > 0) {
    const diagnostics = [...builder.diagnostics].sort(
      (a, b) => a.loc.line - b.loc.line || a.loc.col - b.loc.col,
    );
    return { diagnostics };
  }
  return { module, diagnostics: [] };
}
