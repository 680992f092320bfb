/*
 * classify.js — the verdict of the input fuzzer (test/fuzz/input-fuzz.js) on
 * one mutated program, from what CPython did with it and what
 * `py2ts-coro FILE --run` did with it.
 *
 * Verdicts:
 *   ran-same        both ran it: same stdout, exit status and last traceback line
 *   rejected-both   we gave a PY2TS1xxx diagnostic, CPython rejected it at compile time
 *   unsupported     we gave only PY2TS2xxx diagnostics ("not supported"): allowed
 *   crash           internal error, a JavaScript stack trace or JS error message,
 *                   stderr that is neither diagnostics nor a traceback, an odd exit status
 *   hang            ours did not finish in time (decided by the parent process)
 *   false-accept    we ran it, CPython rejects it at compile time
 *   false-reject    we gave a PY2TS1xxx diagnostic, CPython compiled and ran it
 *   divergence      both ran it, with different results
 *   skipped         CPython took too long or printed too much (nothing to compare)
 * Failures: crash, hang, false-accept, false-reject; divergence is counted apart.
 */
"use strict";

const FAILURES = ["crash", "hang", "false-accept", "false-reject"];

// only the addresses in reprs: hex numbers a program prints are compared
const norm = (s) => s.replace(/\bat 0x[0-9a-fA-F]+/g, "at 0x…");

function lastLine(text) {
  const lines = text.replace(/\s+$/, "").split("\n");
  return lines[lines.length - 1];
}

/** CPython's compile error without what varies from program to program (byte, path, line). */
function pySignature(line) {
  return line
    .replace(/'\\x[0-9a-fA-F]{2}'/g, "'\\xNN'")
    .replace(/in file \S+/g, "in file FILE")
    .replace(/line \d+/g, "line N")
    .replace(/\(detected at line N\)|\(.*, line N\)/g, "")
    .slice(0, 160);
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Error messages of JavaScript itself, not of Python: seen in our output they are our bug.
const JS_MESSAGE = /Cannot read propert|Cannot set propert|is not a function|is not iterable|is not a constructor|Maximum call stack|Invalid array length|Invalid string length|undefined is not|null is not|Unexpected token|\[object Object\]|RangeError/;
// A JavaScript stack frame: "    at fn (file.js:1:2)" or "    at file.js:1:2"
const JS_FRAME = /^\s+at (?:.+ \()?[^\s()]+:\d+:\d+\)?$/m;

/**
 * Splits our stderr into diagnostics and the rest. `file` is the path given to
 * the CLI. Returns { warnings, errors: [{code, message}], rest, wellFormed }.
 */
function parseDiagnostics(stderr, file) {
  const lines = stderr.split("\n");
  const head = new RegExp(`^${escapeRe(file)}:(\\d+):(\\d+): (error|warning) (PY2TS\\d{4}): ([^\\n]*)$`);
  const warnings = [];
  const errors = [];
  let i = 0;
  let wellFormed = true;
  while (i < lines.length) {
    const m = head.exec(lines[i]);
    if (!m) break;
    if (m[3] === "warning") { warnings.push({ code: m[4], message: m[5] }); i++; continue; }
    errors.push({ code: m[4], message: m[5] });
    // an error is followed by its source line and a caret line (when the position is in the file)
    if (i + 2 < lines.length && /^[ \t]*\^~*$/.test(lines[i + 2])) i += 3;
    else if (i + 1 < lines.length && head.test(lines[i + 1])) i += 1;
    else if (i + 1 === lines.length - 1 && lines[i + 1] === "") i += 1;
    else { wellFormed = false; i++; }
  }
  return { warnings, errors, rest: lines.slice(i).join("\n"), wellFormed };
}

/**
 * py: { syntax } (compile-time rejection: its last line), { timeout }, { tooMuchOutput },
 *     or { stdout, status, stderr } of a run.
 * ours: { stdout, stderr, status, file } of the in-process CLI run, or { hang }.
 * Returns { verdict, signature, detail }.
 */
function classify(py, ours) {
  if (py.timeout || py.tooMuchOutput) return { verdict: "skipped", signature: py.timeout ? "CPython timeout" : "CPython output too large" };
  if (ours.hang) return { verdict: "hang", signature: "hang" };
  if (ours.tooMuchOutput) return { verdict: "divergence", signature: "ours: output too large" };
  const stderr = ours.stderr;
  const internal = /internal error[^\n]*/.exec(stderr);
  if (internal) return { verdict: "crash", signature: internal[0].replace(/\d+/g, "N").slice(0, 160) };
  if (ours.threw) return { verdict: "crash", signature: `the CLI threw: ${ours.threw.split("\n")[0]}`.slice(0, 160) };
  if (JS_FRAME.test(stderr)) return { verdict: "crash", signature: `JS stack trace: ${stderr.split("\n").find((l) => l.trim())}`.slice(0, 160) };
  if (ours.status !== 0 && ours.status !== 1) return { verdict: "crash", signature: `exit status ${ours.status}` };

  const diags = parseDiagnostics(stderr, ours.file);
  if (!diags.wellFormed) return { verdict: "crash", signature: "malformed diagnostic" };
  if (diags.errors.length) {
    if (ours.status !== 1 || ours.stdout !== "" || diags.rest.trim() !== "") {
      return { verdict: "crash", signature: `diagnostics with exit ${ours.status} and more output` };
    }
    const syntax = diags.errors.filter((e) => e.code < "PY2TS2000");
    const first = syntax[0] || diags.errors[0];
    const sig = `${first.code}: ${first.message.replace(/'[^']*'/g, "'…'")}`;
    if (!syntax.length) return { verdict: "unsupported", signature: sig };
    if (py.syntax) return { verdict: "rejected-both", signature: sig };
    return { verdict: "false-reject", signature: sig, detail: `CPython ran it (exit ${py.status})` };
  }
  // we ran it
  const rest = diags.rest;
  // What the program itself writes to stderr (print(file=sys.stderr)) is output like stdout.
  const programStderr = py.stderr !== undefined && py.stderr.trim() !== "" && py.status === 0;
  if (rest.trim() && ours.status === 0 && !/^Exception ignored in/m.test(rest) && !programStderr) {
    return { verdict: "crash", signature: `stray stderr: ${rest.trim().split("\n")[0]}`.slice(0, 160) };
  }
  if (ours.status === 1 && !/^Traceback \(most recent call last\):/m.test(rest)) {
    return { verdict: "crash", signature: `exit 1 without a traceback: ${lastLine(rest)}`.slice(0, 160) };
  }
  const ourLast = ours.status ? lastLine(rest) : null;
  // CPython's own messages can look alike ("'int' object is not iterable"): only a line CPython did not print counts
  if (ourLast && JS_MESSAGE.test(ourLast) && !(py.status && lastLine(py.stderr) === ourLast)) return { verdict: "crash", signature: `JS error as exception: ${ourLast}`.replace(/\d+/g, "N").slice(0, 160) };
  if (py.syntax) return { verdict: "false-accept", signature: pySignature(py.syntax) };
  const pyLast = py.status ? lastLine(py.stderr) : null;
  const kinds = [];
  if (norm(py.stdout) !== norm(ours.stdout)) kinds.push("stdout");
  if (programStderr && ours.status === 0 && norm(py.stderr) !== norm(rest)) kinds.push("stderr");
  if (py.status !== ours.status) kinds.push("status");
  else if (py.status !== 0 && pyLast !== ourLast) kinds.push("exception");
  if (!kinds.length) return { verdict: "ran-same", signature: "" };
  // a JavaScript error caught by the program's `except` and printed: our bug, not a difference in behaviour
  const jsInStdout = JS_MESSAGE.exec(ours.stdout);
  if (jsInStdout && !JS_MESSAGE.test(py.stdout)) {
    const line = ours.stdout.split("\n").find((l) => JS_MESSAGE.test(l));
    return { verdict: "crash", signature: `JS error as exception: ${line.replace(/^L\d+ /, "")}`.replace(/\d+/g, "N").slice(0, 160) };
  }
  let sig;
  if (!kinds.includes("stdout")) sig = `${kinds.join("+")}: ${pyLast} | ${ourLast}`;
  else {
    const a = norm(py.stdout).split("\n");
    const b = norm(ours.stdout).split("\n");
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    sig = `${kinds.join("+")}: ${a[i] ?? "<end>"} | ${b[i] ?? "<end>"}`;
  }
  // names and numbers vary from program to program: "NameError: name '…' is not defined"
  return { verdict: "divergence", signature: sig.replace(/'[^'\n]*'/g, "'…'").replace(/-?\d+(\.\d+)?/g, "N").slice(0, 200) };
}

module.exports = { classify, parseDiagnostics, FAILURES, norm, lastLine };
