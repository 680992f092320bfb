// CPython's limit on statically nested blocks: its compiler keeps a stack of
// at most 20 "frame blocks" per function (CO_MAXBLOCKS) and rejects deeper
// code with `SyntaxError: too many statically nested blocks`. This pass
// counts the blocks as CPython 3.11's compiler (compile.c) pushes them:
//
//   for / async for / while   one block around the body (not around `else`)
//   with / async with         one block per context manager
//   try ... finally           one block around the body and the handlers,
//                             one around the second compilation of `finally`
//   try ... except            one block around the body; a handler's body
//                             is two blocks deep (EXCEPTION_HANDLER and
//                             HANDLER_CLEANUP), the error pointing at it
//   def / class / lambda / comprehension   a new code unit: back to zero
//
// The compiler stops at the first error, so this reports only the first one
// in compilation order. `if`/`elif` push nothing; an `elif` ladder is walked
// by a loop, so a long one cannot overflow the stack here.

import { Diagnostic, DiagnosticCodes, diagnostic } from "../diagnostics";
import type { Loc, Module, Stmt } from "../ast/nodes";

/** CO_MAXBLOCKS in CPython 3.11's Include/cpython/code.h. */
export const MAX_STATIC_BLOCKS = 20;

export function checkStaticBlocks(module: Module): Diagnostic[] {
  for (const top of module.body) {
    const loc = firstTooDeep([top], 0);
    if (loc) return [{ ...diagnostic(DiagnosticCodes.SyntaxError, "too many statically nested blocks", loc), statement: top }];
  }
  return [];
}

/** Where the first block that does not fit is pushed, compiling `stmts` inside `depth` blocks. */
function firstTooDeep(stmts: Stmt[], depth: number): Loc | undefined {
  for (const s of stmts) {
    const found = inStatement(s, depth);
    if (found) return found;
  }
  return undefined;
}

function inStatement(s: Stmt, depth: number): Loc | undefined {
  switch (s.kind) {
    case "FunctionDef":
    case "ClassDef":
      return firstTooDeep(s.body, 0);
    case "For":
    case "While":
      if (depth >= MAX_STATIC_BLOCKS) return s.loc;
      return firstTooDeep(s.body, depth + 1) ?? firstTooDeep(s.orelse, depth);
    case "With":
      if (depth + s.items.length > MAX_STATIC_BLOCKS) return s.loc;
      return firstTooDeep(s.body, depth + s.items.length);
    case "If":
      for (const body of [s.body, ...s.elifs.map((c) => c.body)]) {
        const found = firstTooDeep(body, depth);
        if (found) return found;
      }
      return firstTooDeep(s.orelse, depth);
    case "Match":
      for (const c of s.cases) {
        const found = firstTooDeep(c.body, depth);
        if (found) return found;
      }
      return undefined;
    case "Try": {
      const hasFinally = s.finalbody.length > 0;
      if (hasFinally && depth >= MAX_STATIC_BLOCKS) return s.loc;
      const inner = hasFinally ? depth + 1 : depth;
      const found = s.handlers.length > 0 ? tryExcept(s, inner) : firstTooDeep(s.body, inner);
      if (found || !hasFinally) return found;
      // `finally` is compiled twice: for the normal exit, then inside the FINALLY_END block.
      return firstTooDeep(s.finalbody, depth) ?? firstTooDeep(s.finalbody, depth + 1);
    }
    default:
      return undefined;
  }
}

/** The try/except part of a try statement (compile.c's compiler_try_except): body, else, handlers. */
function tryExcept(s: Extract<Stmt, { kind: "Try" }>, depth: number): Loc | undefined {
  if (depth >= MAX_STATIC_BLOCKS) return s.loc;
  const found = firstTooDeep(s.body, depth + 1) ?? firstTooDeep(s.orelse, depth);
  if (found) return found;
  for (const h of s.handlers) {
    if (depth + 1 >= MAX_STATIC_BLOCKS) return h.loc;
    const inHandler = firstTooDeep(h.body, depth + 2);
    if (inHandler) return inHandler;
  }
  return undefined;
}
