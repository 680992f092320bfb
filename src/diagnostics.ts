// Diagnostics are data: a code from one table, a message and a source
// position. They are formatted in one place, `formatDiagnostic`, as
// `file.py:3:5: error PY2TS1001: message`, the source line and a caret.
// Lines and columns are 1-based everywhere users see them.

import type { Loc } from "./ast/nodes";
import { escapeForTerminal } from "./terminalText";

export const DiagnosticCodes = {
  SyntaxError: "PY2TS1000",
  IndentationError: "PY2TS1001",
  TabError: "PY2TS1002",
  NonUtf8Source: "PY2TS1100",
  NullBytes: "PY2TS1101",
  EncodingProblem: "PY2TS1102",
  UnicodeError: "PY2TS1103",
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
  PatternError: "PY2TS1021",
  Unsupported: "PY2TS2000",
  UnknownModule: "PY2TS2001",
  UnsupportedEncoding: "PY2TS2100",
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

/**
 * Formats one diagnostic: position line, the source line, a caret underline.
 * Columns count code points. Characters that would drive a terminal are shown
 * escaped (see terminalText.ts) and the caret is placed under the escaped text.
 */
export function formatDiagnostic(d: Diagnostic, source: string, fileName: string): string {
  const lines = source.split(/\r\n|\r|\n/);
  const lineText = lines[d.loc.line - 1] ?? "";
  const head = escapeForTerminal(`${fileName}:${d.loc.line}:${d.loc.col}: ${d.severity} ${d.code}: ${d.message}`);
  // A warning is one line: the program still runs; it only names the place.
  if (d.severity === "warning" || d.loc.line < 1 || d.loc.line > lines.length) return head;
  const chars = [...lineText];
  const start = Math.max(1, d.loc.col);
  const endCol = d.loc.endLine === d.loc.line ? d.loc.endCol : chars.length + 1;
  const before = escapeForTerminal(chars.slice(0, start - 1).join(""));
  const marked = escapeForTerminal(chars.slice(start - 1, Math.max(start, endCol) - 1).join(""));
  const width = Math.max(1, [...marked].length);
  // Keep tabs in the padding so the caret lines up under tab-indented code.
  const pad = before.replace(/[^\t]/gu, " ");
  return `${head}\n${escapeForTerminal(lineText)}\n${pad}^${"~".repeat(width - 1)}`;
}

export function formatDiagnostics(ds: Diagnostic[], source: string, fileName: string): string {
  return ds.map((d) => formatDiagnostic(d, source, fileName)).join("\n");
}

/** How many formatted diagnostics a command prints before it stops with a count line. */
export const DIAGNOSTIC_LIMIT = 20;

/** The first `limit` formatted diagnostics and `... and N more errors` for the rest. */
export function limitDiagnostics(messages: string[], limit = DIAGNOSTIC_LIMIT): string[] {
  if (messages.length <= limit) return messages;
  const more = messages.length - limit;
  return [...messages.slice(0, limit), `... and ${more} more error${more === 1 ? "" : "s"}`];
}
