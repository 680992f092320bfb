/**
 * The comparison behind `py2ts-coro FILE.ipynb --check`, independent of how
 * the cells were run.
 *
 * Text form of a cell (both sides are reduced to it):
 *   everything the cell printed to stdout, then
 *   - if the cell raised: the line `ExcName: message` (Jupyter's last
 *     traceback line; for an empty message that is `ExcName: `), or
 *   - if its last statement is an expression whose value is not None: the
 *     value's repr on a line of its own (Jupyter's `Out[N]`).
 *   The error/repr line always starts on a new line (see `cellText`).
 *
 * Recorded outputs become that form by concatenating, in order:
 *   stream (stdout)          → its text as is
 *   execute_result/display   → text/plain + "\n"
 *   error                    → ename + ": " + evalue + "\n"
 * stderr streams are not part of the text (py2ts-coro's cell text has no
 * stderr either: warnings and the like are not compared).
 *
 * Comparison is on normalised text: memory addresses in reprs (`at 0x7f…`)
 * become `at 0x…` (hex numbers a cell prints are compared), whitespace at
 * line ends is dropped, trailing blank lines are dropped (so the seed's
 * `StopIteration: ` equals `StopIteration:`).
 *
 * Verdict per code cell: match, mismatch, or stale. Stale means "the recording
 * is not what CPython prints for this cell run in order", decided from
 * evidence only:
 *   (a) with `options.cpython` (the same cells run in CPython): a mismatching
 *       cell is stale when CPython's text equals ours; otherwise (CPython
 *       equals the recording, or differs from both) it is a mismatch, i.e. a
 *       py2ts-coro bug;
 *   (b) without CPython: a mismatching cell whose execution count is not
 *       greater than every execution count before it (a kernel restart or an
 *       out-of-order run, e.g. `In [1]` after `In [19]`) is stale, marked
 *       "(not verified: python3 not found)".
 * Exit code: 0 when every cell matches or is stale, 1 otherwise; with
 * `strict`, stale cells fail as well.
 */
import { escapeForTerminal } from "../terminalText";
import type { Notebook, NotebookCell, RecordedOutput } from "./readNotebook";

/** What a cell showed when py2ts-coro (or CPython) ran it; see `cellText`. */
export interface CellOutput {
  executionCount: number | null;
  text: string;
}

export interface CheckOptions {
  strict?: boolean;
  /** Outputs of the same code cells run in CPython, in the same order; null/absent when python3 is unavailable. */
  cpython?: CellOutput[] | null;
}

export interface CheckResult {
  lines: string[];
  exitCode: number;
}

/**
 * Builds the text form of a cell from its parts: stdout, then (if any) the
 * error line `ExcName: message` or the final expression's repr, on a line of
 * its own.
 */
export function cellText(stdout: string, tail: string | null): string {
  if (tail === null) return stdout;
  const sep = stdout === "" || stdout.endsWith("\n") ? "" : "\n";
  return stdout + sep + tail + "\n";
}

/** The recorded outputs of a cell in the text form described above. */
export function recordedText(outputs: RecordedOutput[]): string {
  let text = "";
  const line = (s: string) => {
    text = cellText(text, s);
  };
  for (const out of outputs) {
    switch (out.type) {
      case "stream":
        if (out.name === "stdout") text += out.text;
        break;
      case "result":
        line(out.text);
        break;
      case "error":
        line(`${out.ename}: ${out.evalue}`);
        break;
    }
  }
  return text;
}

/** Address and whitespace normalisation applied to both sides before comparing. */
export function normalizeOutput(text: string): string {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/\bat 0x[0-9a-fA-F]+/g, "at 0x…")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

function splitLines(normalized: string): string[] {
  return normalized === "" ? [] : normalized.split("\n");
}

/** A small LCS line diff: ` ` common, `-` only in a, `+` only in b. */
export function lineDiff(a: string[], b: string[]): string[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(" " + a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      out.push("-" + a[i++]);
    } else {
      out.push("+" + b[j++]);
    }
  }
  while (i < n) out.push("-" + a[i++]);
  while (j < m) out.push("+" + b[j++]);
  return out;
}

function label(cell: NotebookCell): string {
  return `In [${cell.executionCount === null ? " " : cell.executionCount}]`;
}

export function checkNotebook(nb: Notebook, actual: CellOutput[], options: CheckOptions = {}): CheckResult {
  const codeCells = nb.cells.filter((c) => c.kind === "code");
  const cpython = options.cpython ?? null;
  const lines: string[] = [];
  let matches = 0;
  let mismatches = 0;
  let stale = 0;
  let maxCountBefore: number | null = null;

  codeCells.forEach((cell, k) => {
    const recorded = normalizeOutput(recordedText(cell.outputs));
    const ours = actual[k];
    const got = ours === undefined ? null : normalizeOutput(ours.text);
    const count = cell.executionCount;
    const outOfOrder = count !== null && maxCountBefore !== null && count <= maxCountBefore;
    const previousMax = maxCountBefore;
    if (count !== null) maxCountBefore = maxCountBefore === null ? count : Math.max(maxCountBefore, count);

    if (got !== null && got === recorded) {
      matches++;
      lines.push(`${label(cell)}: match`);
      return;
    }
    let verdict: string;
    if (got === null) {
      verdict = "mismatch (cell was not run)";
      mismatches++;
    } else if (cpython !== null) {
      const cp = cpython[k];
      if (cp !== undefined && normalizeOutput(cp.text) === got) {
        verdict = "stale: CPython agrees with py2ts-coro";
        stale++;
      } else {
        verdict = "mismatch";
        mismatches++;
      }
    } else if (outOfOrder) {
      verdict = `stale: run out of order, after In [${previousMax}] (not verified: python3 not found)`;
      stale++;
    } else {
      verdict = "mismatch";
      mismatches++;
    }
    lines.push(`${label(cell)}: ${verdict}`);
    lines.push("    --- recorded");
    lines.push("    +++ py2ts-coro");
    // Output text may hold ANSI escapes or control characters: shown escaped.
    for (const d of lineDiff(splitLines(recorded), splitLines(got ?? ""))) lines.push("    " + escapeForTerminal(d));
  });

  lines.push(`${matches} match, ${mismatches} mismatch, ${stale} stale (${codeCells.length} cells)`);
  const failed = mismatches > 0 || (options.strict === true && stale > 0);
  return { lines, exitCode: failed ? 1 : 0 };
}
