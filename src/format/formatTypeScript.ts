// The last stage: prettier lays out the emitted TypeScript, so the lowering
// only has to produce correct text, not pretty text.
//
// Prettier is recursive and superlinear: it overflows the stack on code
// nested about a thousand levels deep, and takes minutes on tens of
// thousands of lines. Past the limits below the code is laid out by
// indentTypeScript instead (the lowering's lines, re-indented by bracket
// nesting); README.md, "Formatting", documents them.

import * as prettier from "prettier";
import { indentTypeScript } from "./indentTypeScript";

/** Emitted code longer than this is not given to prettier (about 1.5 s of prettier at the limit). */
export const PRETTIER_MAX_LINES = 4000;
export const PRETTIER_MAX_CHARS = 500_000;
/** Nesting depth (src/analyze/nestingDepth.ts) past which prettier is not used; it overflows near 1000. */
export const PRETTIER_MAX_NESTING = 150;

/** `nesting`: the program's nesting depth, as nestingDepth() measures it. */
export async function formatTypeScript(code: string, nesting = 0): Promise<string> {
  if (!prettierCanFormat(code, nesting)) return indentTypeScript(code);
  try {
    return await prettier.format(code, { parser: "typescript", printWidth: 100 });
  } catch (e) {
    // A shape the limits above did not foresee: still valid code, laid out by us.
    if (e instanceof RangeError) return indentTypeScript(code);
    throw e;
  }
}

function prettierCanFormat(code: string, nesting: number): boolean {
  if (nesting > PRETTIER_MAX_NESTING || code.length > PRETTIER_MAX_CHARS) return false;
  let lines = 0;
  for (let i = code.indexOf("\n"); i >= 0 && lines <= PRETTIER_MAX_LINES; i = code.indexOf("\n", i + 1)) lines++;
  return lines <= PRETTIER_MAX_LINES;
}
