// Output sinks. The default stdout sink (process.stdout via globalThis) is buffered and flushed
// at 8 KiB, before any stderr write, by flushOutput()/finishProgram(), and at process exit.
// A sink installed with setStdout()/redirectOutput() receives every write immediately.

import { pythonCodePoint } from "./codepoints";

//
// Python strings may hold surrogate code points (stored as described in
// codepoints.ts), which UTF-8 cannot encode. CPython under a UTF-8 locale
// writes stdout with errors="surrogateescape" (U+DC80..U+DCFF become the bytes
// 0x80..0xFF, any other surrogate is a UnicodeEncodeError) and stderr with
// errors="backslashreplace".

/** A surrogate as Python sees it: stored (see codepoints.ts) or a lone JS surrogate. */
const SURROGATE = /[\udbfe\udbff][\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function surrogateValue(ch: string): number {
  return ch.length === 2 ? pythonCodePoint(ch.codePointAt(0)!) : ch.charCodeAt(0);
}

/** The code point range [start, end) that surrogateescape cannot write, or null. */
export function unencodableRange(s: string): [number, number] | null {
  if (!/[\ud800-\udfff]/.test(s)) return null;
  const points = Array.from(s);
  const surrogate = (i: number) => (pythonCodePoint(points[i].codePointAt(0)!) & 0xfff800) === 0xd800;
  for (let i = 0; i < points.length; i++) {
    if (!surrogate(i)) continue;
    let end = i;
    while (end < points.length && surrogate(end)) end++;
    let k = i;
    while (k < end && pythonCodePoint(points[k].codePointAt(0)!) >= 0xdc80 && pythonCodePoint(points[k].codePointAt(0)!) <= 0xdcff) k++;
    if (k < end) return [k, end];
    i = end - 1;
  }
  return null;
}

/** UTF-8 bytes of `s`, surrogates U+DC80..U+DCFF written as the raw bytes they escape. */
function surrogateEscaped(s: string): any {
  const B = (globalThis as any).Buffer;
  const parts: any[] = [];
  let last = 0;
  for (const m of s.matchAll(SURROGATE)) {
    parts.push(B.from(s.slice(last, m.index), "utf8"), B.from([surrogateValue(m[0]) & 0xff]));
    last = m.index! + m[0].length;
  }
  parts.push(B.from(s.slice(last), "utf8"));
  return B.concat(parts);
}

function processOf(): any { return (globalThis as any).process; }
export function defaultStdoutWrite(s: string): void {
  const p = processOf();
  if (p && p.stdout && typeof p.stdout.write === "function") {
    p.stdout.write(/[\ud800-\udfff]/.test(s) && (globalThis as any).Buffer ? surrogateEscaped(s) : s);
  } else if ((globalThis as any).console) (globalThis as any).console.log(s.replace(/\n$/, ""));
}
export function defaultStderrWrite(s: string): void {
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
  stderrSink(s.replace(SURROGATE, (c) => "\\u" + surrogateValue(c).toString(16)));
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
