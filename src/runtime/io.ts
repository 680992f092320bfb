// Output sinks. The default stdout sink (process.stdout via globalThis) is buffered and flushed
// at 8 KiB, before any stderr write, by flushOutput()/finishProgram(), and at process exit.
// A sink installed with setStdout()/redirectOutput() receives every write immediately.

function processOf(): any { return (globalThis as any).process; }
function defaultStdoutWrite(s: string): void {
  const p = processOf();
  if (p && p.stdout && typeof p.stdout.write === "function") p.stdout.write(s);
  else if ((globalThis as any).console) (globalThis as any).console.log(s.replace(/\n$/, ""));
}
function defaultStderrWrite(s: string): void {
  const p = processOf();
  if (p && p.stderr && typeof p.stderr.write === "function") p.stderr.write(s);
  else if ((globalThis as any).console) (globalThis as any).console.error(s.replace(/\n$/, ""));
}

let stdoutSink: ((s: string) => void) | null = null; // null: default buffered process.stdout
let stderrSink: (s: string) => void = defaultStderrWrite;
let outBuffer = "";
let exitHookInstalled = false;

/** Write program output (print goes through here). */
export function writeStdout(s: string): void {
  if (stdoutSink !== null) { stdoutSink(s); return; }
  outBuffer += s;
  if (outBuffer.length > 8192) flushOutput();
  else if (!exitHookInstalled) {
    exitHookInstalled = true;
    const p = processOf();
    if (p && typeof p.once === "function") p.once("exit", flushOutput);
  }
}
/** Write to stderr (flushes buffered stdout first to keep the order). */
export function writeStderr(s: string): void {
  flushOutput();
  stderrSink(s);
}
/** Flush buffered stdout. */
export function flushOutput(): void {
  if (outBuffer.length > 0) {
    const s = outBuffer;
    outBuffer = "";
    defaultStdoutWrite(s);
  }
}
/** Replace where print() writes. */
export function setStdout(write: (s: string) => void): void { flushOutput(); stdoutSink = write; }
/** Current stdout writer. */
export function getStdout(): (s: string) => void { return stdoutSink === null ? writeStdout : stdoutSink; }
/** Replace the stderr sink (tracebacks, print(file=sys.stderr)). */
export function setStderr(write: (s: string) => void): void { stderrSink = write; }
export function getStderr(): (s: string) => void { return stderrSink; }
/** Redirect both streams; returns a function restoring the previous sinks. */
export function redirectOutput(out: (s: string) => void, err?: (s: string) => void): () => void {
  flushOutput();
  const prevOut = stdoutSink, prevErr = stderrSink;
  stdoutSink = out;
  if (err) stderrSink = err;
  return () => { stdoutSink = prevOut; stderrSink = prevErr; };
}
