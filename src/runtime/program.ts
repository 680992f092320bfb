// Program and notebook-cell entry points used by emitted code.
import { BaseException, toPyException, formatTraceback, SystemExit } from "./exceptions";
import { repr, str, typeName } from "./repr";
import { closePendingGenerators, formatUnraisable } from "./generator";
import { writeStdout, writeStderr, flushOutput } from "./io";

let programStarted = false;

function exitWith(code: number): void {
  const p = (globalThis as any).process;
  if (p) p.exitCode = code;
}

/** Print the traceback of an uncaught exception to stderr; returns the exit code. */
export function reportUncaught(e: unknown): number {
  const pe = toPyException(e);
  if (pe instanceof SystemExit) {
    const c = pe.code;
    if (c === undefined || c === null) return 0;
    if (typeof c === "bigint") return Number(c);
    writeStderr(str(c) + "\n");
    return 1;
  }
  writeStderr(formatTraceback(pe));
  return 1;
}

/**
 * Called first by emitted programs run by plain node: installs (once) an 'uncaughtException'
 * handler printing a Python traceback (exit code 1), and an 'exit' hook that closes suspended
 * generators like CPython's interpreter shutdown. No-op when globalThis.__py2tsEmbedded is true.
 */
export function startProgram(): void {
  if ((globalThis as any).__py2tsEmbedded === true || programStarted) return;
  programStarted = true;
  const p = (globalThis as any).process;
  if (!p || typeof p.on !== "function") return;
  p.on("uncaughtException", (e: unknown) => {
    const code = reportUncaught(e);
    // CPython still finalizes suspended generators at shutdown after an uncaught exception.
    try { finishProgram(); } catch (_e) { /* finalizer errors are reported, never raised */ }
    flushOutput();
    exitWith(code);
    if (typeof p.exit === "function") p.exit(code);
  });
  p.once("beforeExit", () => finishProgram());
}

/** End of program: close still-suspended generators (CPython finalizes them at exit), flush output. */
export function finishProgram(): void {
  closePendingGenerators((g, e) => writeStderr(formatUnraisable(g, e)));
  flushOutput();
}

let cellListener: ((executionCount: number | null, tail: string | null) => void) | null = null;
/**
 * Observe notebook cells: after each cell the listener gets its execution count and its "tail":
 * the repr of the cell's value (Jupyter's Out) or "ExcName: message" for an uncaught error, or null.
 * While a listener is installed the tail is NOT printed. Returns a function removing the listener.
 */
export function setCellListener(fn: (executionCount: number | null, tail: string | null) => void): () => void {
  const prev = cellListener;
  cellListener = fn;
  return () => { cellListener = prev; };
}
let cellErrorSink: (text: string) => void = (t) => writeStderr(t);
/** Where an uncaught cell error's "ExcName: message\n" goes when no listener is set (default: stderr). */
export function setCellErrorSink(fn: (text: string) => void): void { cellErrorSink = fn; }

/**
 * Run one notebook cell. A non-None returned value is shown as its repr (stdout, like Out[N]);
 * an uncaught Python exception ends the cell only: its last traceback line goes to the cell error
 * sink (or the listener), and the next cell runs.
 */
export function runNotebookCell(executionCount: number | null, body: () => any): void {
  let tail: string | null = null;
  let isError = false;
  try {
    const v = body();
    if (v !== undefined && v !== null) tail = repr(v);
  } catch (e) {
    // Jupyter shows an error as `ename: evalue`, with ": " even when evalue is empty.
    const exc = toPyException(e);
    tail = typeName(exc) + ": " + str(exc);
    isError = true;
  }
  flushOutput();
  if (cellListener !== null) { cellListener(executionCount, tail); return; }
  if (tail === null) return;
  if (isError) cellErrorSink(tail + "\n");
  else writeStdout(tail + "\n");
}
void BaseException;
