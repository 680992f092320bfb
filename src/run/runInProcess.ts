// --run: the emitted TypeScript is compiled with TypeScript's
// transpileModule and executed in this process against our runtime. No
// Python is involved. The program's stdout goes through the runtime's
// print sink, so callers (tests, --check) can capture it.

import * as ts from "typescript";
import * as runtime from "../runtime";

export interface RunOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** the last traceback line of an uncaught exception ("ExcName: message") */
  uncaught?: string;
}

export interface RunOptions {
  /** where printed text goes (default: process.stdout) */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** told the last traceback line of an uncaught exception (finalization reports may follow it on stderr) */
  onUncaught?: (line: string) => void;
  /** the module name emitted code imports the runtime from */
  runtimeModule?: string;
}

export function compileToJavaScript(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
}

/** Runs emitted TypeScript; returns the exit code (1 after an uncaught Python exception). */
export function runTypeScript(code: string, options: RunOptions = {}): number {
  const js = compileToJavaScript(code);
  const runtimeModule = options.runtimeModule ?? "py2ts-coro/runtime";
  const requireShim = (name: string): unknown => {
    if (name === runtimeModule) return runtime;
    throw new Error(`py2ts-coro --run: unexpected import '${name}'`);
  };
  const write = options.stdout ?? runtime.defaultStdoutWrite;
  const writeErr = options.stderr ?? runtime.defaultStderrWrite;
  const g = globalThis as { __py2tsEmbedded?: boolean };
  const wasEmbedded = g.__py2tsEmbedded;
  g.__py2tsEmbedded = true;
  const restore = runtime.redirectOutput(write, writeErr);
  try {
    const module = { exports: {} };
    const fn = new Function("require", "module", "exports", js);
    fn(requireShim, module, module.exports);
    runtime.finishProgram();
    return 0;
  } catch (e) {
    runtime.flushOutput();
    const pe = runtime.toPyException(e);
    runtime.writeStderr(runtime.formatTraceback(pe));
    options.onUncaught?.(runtime.formatException(pe));
    runtime.finishProgram(); // CPython finalizes suspended generators after the traceback too
    return 1;
  } finally {
    runtime.flushOutput();
    restore();
    g.__py2tsEmbedded = wasEmbedded;
  }
}

/** Runs emitted code and collects what it printed. */
export function runCaptured(code: string, runtimeModule?: string): RunOutput {
  let stdout = "";
  let stderr = "";
  let uncaught: string | undefined;
  const exitCode = runTypeScript(code, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    onUncaught: (line) => (uncaught = line),
    runtimeModule,
  });
  return { stdout, stderr, exitCode, uncaught };
}
