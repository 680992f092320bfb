/**
 * The optional arbiter of `--check`: runs notebook cells in CPython.
 *
 * This is the ONLY module under src/ that starts python3. It runs a small
 * embedded driver (`python3 -c DRIVER`, the cells as JSON on stdin) that
 * behaves like one Jupyter kernel:
 *   - the cells run in order in ONE shared namespace (`__name__ == "__main__"`);
 *   - stdout is captured per cell;
 *   - if the last statement of a cell is an expression, it is evaluated
 *     separately and, when not None, its repr is shown (Jupyter's `Out[N]`);
 *     the value stays referenced afterwards, as in IPython's `Out` history;
 *   - an uncaught exception stops the cell and shows `ExcName: message`
 *     (`type(e).__name__ + ": " + str(e)`, as IPython's last traceback line);
 *     like IPython, the driver keeps it in `sys.last_value`, so the frames of
 *     the failed cell stay alive until the next failure;
 *   - the results are written as JSON and the driver leaves with `os._exit`,
 *     so nothing that would only happen at interpreter exit (finalising
 *     suspended generators, atexit handlers) is printed: a kernel does not
 *     exit between cells.
 * Each cell's text is built exactly as `cellText` in checkNotebook.ts does.
 */
import { spawnSync } from "child_process";
import type { CellOutput } from "./checkNotebook";

const DRIVER = String.raw`
import ast, builtins, io, json, os, sys

def main():
    cells = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    real_stdout = sys.stdout
    ns = {"__name__": "__main__", "__builtins__": builtins}
    shown = []  # like IPython's Out: displayed values stay referenced
    results = []
    for i, src in enumerate(cells):
        fname = "<cell %d>" % (i + 1)
        buf = io.StringIO()
        tail = None
        sys.stdout = buf
        try:
            tree = ast.parse(src, filename=fname, mode="exec")
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            exec(compile(tree, fname, "exec"), ns)
            if last is not None:
                value = eval(compile(last, fname, "eval"), ns)
                if value is not None:
                    shown.append(value)
                    builtins._ = value
                    tail = repr(value)
        except BaseException as e:
            sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
            tail = "%s: %s" % (type(e).__name__, e)
        finally:
            sys.stdout = real_stdout
        out = buf.getvalue()
        if tail is not None:
            if out and not out.endswith("\n"):
                out += "\n"
            out += tail + "\n"
        results.append(out)
    real_stdout.write(json.dumps(results))
    real_stdout.flush()
    os._exit(0)

main()
`;

export interface RunCpythonOptions {
  /** Execution counts to attach to the results (default: null each). */
  executionCounts?: Array<number | null>;
  /** Interpreter to start (default "python3"). */
  python?: string;
  /** Wall-clock limit for the whole run (default 60 s). */
  timeoutMs?: number;
}

/**
 * Runs `cells` in CPython as one kernel would; one CellOutput per cell.
 * Returns null when python3 cannot be started (not installed).
 * Throws when the driver itself fails (timeout, unexpected output).
 */
export function runCellsInCpython(cells: string[], options: RunCpythonOptions = {}): CellOutput[] | null {
  const python = options.python ?? "python3";
  const result = spawnSync(python, ["-c", DRIVER], {
    input: JSON.stringify(cells),
    encoding: "utf8",
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: "utf-8" },
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EACCES") return null;
    throw new Error(`running cells in ${python} failed: ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new Error(`running cells in ${python} failed (exit ${result.status}): ${result.stderr.trim()}`);
  }
  let texts: unknown;
  try {
    texts = JSON.parse(result.stdout);
  } catch {
    throw new Error(`running cells in ${python}: unexpected driver output: ${result.stdout.slice(0, 200)}`);
  }
  if (!Array.isArray(texts) || texts.length !== cells.length || !texts.every((t) => typeof t === "string")) {
    throw new Error(`running cells in ${python}: driver returned ${texts instanceof Array ? texts.length : "no"} results for ${cells.length} cells`);
  }
  return texts.map((text: string, i) => ({ executionCount: options.executionCounts?.[i] ?? null, text }));
}
