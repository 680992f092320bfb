// Diagnostics are data: a code from one table, a message and a source
// position. They are formatted in one place, `formatDiagnostic`, as
// `file.py:3:5: error PY2TS1001: message`, the source line and a caret.
// Lines and columns are 1-based everywhere users see them.

import type { Loc } from "./ast/nodes";

export const DiagnosticCodes = {
  SyntaxError: "PY2TS1000",
  IndentationError: "PY2TS1001",
  TabError: "PY2TS1002",
  YieldOutsideFunction: "PY2TS1010",
  ReturnOutsideFunction: "PY2TS1011",
  AwaitOutsideAsync: "PY2TS1012",
  BreakOutsideLoop: "PY2TS1013",
  ContinueOutsideLoop: "PY2TS1014",
  NonlocalAtModuleLevel: "PY2TS1015",
  NoBindingForNonlocal: "PY2TS1016",
  YieldFromInAsync: "PY2TS1017",
  ReturnWithValueInAsyncGen: "PY2TS1018",
  DeclarationAfterUse: "PY2TS1019",
  GlobalAndNonlocal: "PY2TS1020",
  Unsupported: "PY2TS2000",
  UnknownModule: "PY2TS2001",
  NotebookError: "PY2TS3000",
  FinalizationWarning: "PY2TS4000",
} as const;

export type DiagnosticCode = (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes];

export interface Diagnostic {
  code: DiagnosticCode;
  severity: "error" | "warning";
  message: string;
  /** 1-based line and column of the start; end is exclusive */
  loc: Loc;
  /** the top-level statement it was found in (tells a notebook's cells apart) */
  statement?: object;
}

export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("\n"));
  }
}

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  loc: Loc,
  severity: "error" | "warning" = "error",
): Diagnostic {
  return { code, severity, message, loc };
}

/** Formats one diagnostic: position line, the source line, a caret underline. */
export function formatDiagnostic(d: Diagnostic, source: string, fileName: string): string {
  const lines = source.split(/\r\n|\r|\n/);
  const lineText = lines[d.loc.line - 1] ?? "";
  const head = `${fileName}:${d.loc.line}:${d.loc.col}: ${d.severity} ${d.code}: ${d.message}`;
  // A warning is one line: the program still runs; it only names the place.
  if (d.severity === "warning" || d.loc.line < 1 || d.loc.line > lines.length) return head;
  const start = Math.max(1, d.loc.col);
  const endCol = d.loc.endLine === d.loc.line ? d.loc.endCol : lineText.length + 1;
  const width = Math.max(1, endCol - start);
  // Keep tabs in the padding so the caret lines up under tab-indented code.
  const pad = lineText.slice(0, start - 1).replace(/[^\t]/g, " ");
  return `${head}\n${lineText}\n${pad}^${"~".repeat(width - 1)}`;
}

export function formatDiagnostics(ds: Diagnostic[], source: string, fileName: string): string {
  return ds.map((d) => formatDiagnostic(d, source, fileName)).join("\n");
}
