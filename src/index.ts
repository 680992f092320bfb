// py2ts-coro: Python generator and coroutine code → TypeScript that behaves
// like CPython. This file is the table of contents of the pipeline:
//
//   readProgram (notebook cells / .py) → buildAst (lexer, parser, AST)
//     → manglePrivateNames → analyzeScopes → lower → formatTypeScript → (bundleStandalone)

import { nestingDepth } from "./analyze/nestingDepth";
import { analyzeScopes } from "./analyze/scopes";
import { manglePrivateNames } from "./analyze/privateNames";
import { checkStaticBlocks } from "./analyze/staticBlocks";
import { Diagnostic, DiagnosticCodes, diagnostic, formatDiagnostic } from "./diagnostics";
import { formatTypeScript } from "./format/formatTypeScript";
import { lower } from "./lower/lower";
import { isNotebookFile, readProgram } from "./program";
import { bundleStandalone } from "./run/standalone";
import { decodeSource } from "./source/decodeSource";

export type { Diagnostic } from "./diagnostics";

export interface TranspileOptions {
  /** the name diagnostics show; `.ipynb` selects notebook mode */
  fileName?: string;
  /** the module emitted code imports the runtime from */
  runtimeModule?: string;
  /** inline the runtime so the output needs nothing installed */
  standalone?: boolean;
  /** run prettier on the output (default true) */
  format?: boolean;
  /** the file name CPython's encoding messages show (default: fileName); used when the source is bytes */
  messageFileName?: string;
}

export interface TranspileResult {
  /** the TypeScript; empty when there are errors */
  code: string;
  diagnostics: Diagnostic[];
  /** diagnostics formatted for people: `file:line:col`, source line, caret */
  messages: string[];
  ok: boolean;
  notebook: boolean;
}

export const RUNTIME_MODULE = "py2ts-coro/runtime";

/**
 * Source as text, or as the bytes of a .py file: those are decoded as CPython
 * does (BOM, coding declaration, invalid bytes and NUL are diagnostics).
 */
export async function transpile(input: string | Uint8Array, options: TranspileOptions = {}): Promise<TranspileResult> {
  let source: string;
  if (typeof input === "string") source = input;
  else if (isNotebookFile(options.fileName ?? "")) source = new TextDecoder().decode(input);
  else {
    const decoded = decodeSource(input, { messageFileName: options.messageFileName ?? options.fileName ?? "<stdin>" });
    if (!decoded.ok) {
      return result("", [{ diagnostic: decoded.diagnostic, source: decoded.displaySource, label: options.fileName ?? "<stdin>.py" }], false);
    }
    source = decoded.text;
  }
  try {
    return await transpileProgram(source, options);
  } catch (e) {
    // The stages recurse on the program's nesting. Chains CPython accepts are
    // handled within the default stack (README, "Big and deeply nested
    // programs"); a shape nested deeper still is reported, not a crash.
    if (!(e instanceof RangeError && /call stack/i.test(e.message))) throw e;
    const at = { line: 1, col: 1, endLine: 1, endCol: 1 };
    const d = diagnostic(DiagnosticCodes.Unsupported, "the program is nested too deeply to translate", at);
    return result("", [{ diagnostic: d, source, label: options.fileName ?? "<stdin>.py" }], isNotebookFile(options.fileName ?? ""));
  }
}

async function transpileProgram(source: string, options: TranspileOptions): Promise<TranspileResult> {
  const fileName = options.fileName ?? "<stdin>.py";
  const program = readProgram(source, fileName);
  const found = [...program.diagnostics];
  if (found.length === 0) {
    manglePrivateNames(program.module);
    const info = analyzeScopes(program.module);
    const lowered = lower(program.module, program.units.map((u) => u.unit), info, {
      runtimeModule: options.runtimeModule ?? RUNTIME_MODULE,
      notebook: program.notebook,
      sourceName: fileName.replace(/^.*[\\/]/, ""),
    });
    const located = [...info.diagnostics, ...checkStaticBlocks(program.module), ...lowered.diagnostics].map((d) => ({ diagnostic: d, ...unitOf(program, d) }));
    found.push(...located);
    if (!found.some((d) => d.diagnostic.severity === "error")) {
      let code = lowered.code;
      // Format our output first: the inlined runtime is already formatted source.
      if (options.format !== false) code = await formatTypeScript(code, nestingDepth(program.module));
      if (options.standalone) code = bundleStandalone(code, options.runtimeModule ?? RUNTIME_MODULE);
      return result(code, found, program.notebook);
    }
  }
  return result("", found, program.notebook);
}

/** Which cell a diagnostic belongs to: the top-level statement it was found in. */
function unitOf(program: ReturnType<typeof readProgram>, d: Diagnostic): { source: string; label: string } {
  const unit =
    program.units.find((u) => u.unit.kind === "code" && u.unit.body.some((s) => s === d.statement)) ??
    program.units.find((u) => u.unit.kind === "code") ??
    program.units[0];
  return { source: unit?.source ?? "", label: unit?.label ?? "" };
}

function result(
  code: string,
  found: { diagnostic: Diagnostic; source: string; label: string }[],
  notebook: boolean,
): TranspileResult {
  found.sort((a, b) => a.diagnostic.loc.line - b.diagnostic.loc.line || a.diagnostic.loc.col - b.diagnostic.loc.col);
  return {
    code,
    diagnostics: found.map((f) => f.diagnostic),
    messages: found.map((f) => formatDiagnostic(f.diagnostic, f.source, f.label)),
    ok: !found.some((f) => f.diagnostic.severity === "error"),
    notebook,
  };
}
